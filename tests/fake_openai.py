"""A real HTTP server on 127.0.0.1 that speaks the OpenAI chat-completions wire protocol,
and can also misbehave the ways real servers do.

It stands in for the provider so the real ``openai`` SDK code path runs: HTTP, SSE
streaming, status codes, headers, retries and timeouts. Each test scripts its replies
with :meth:`FakeOpenAI.enqueue` (in the spirit of simonw/llm's fake model); every request
body is kept in :attr:`FakeOpenAI.requests` for assertions, with its arrival time in
:attr:`FakeOpenAI.times`.

Only ``POST {prefix}/chat/completions`` and ``GET {prefix}/models`` exist (``prefix`` is
``/v1`` by default); any other path answers 404 with an HTML page, like a web server
would. Paths that were asked for are in :attr:`FakeOpenAI.paths`.

A scripted reply is a dict:
  {"content": str, "finish_reason": "stop", "usage": bool, "chunk": 40, "chunk_delay": s}
  {"status": 500, "error": "message", "headers": {...}}     an OpenAI-style JSON error
  {"status": 502, "body": b"<html>...", "content_type": "text/html"}  any error body
  {"body": b"...", "content_type": "text/html"}  a 200 with this raw body, not SSE
  {"sse": b"data: ...\\n\\n"}   this raw body as a text/event-stream (broken framing, bytes)
  {"json_completion": True}     ignore ``stream`` and answer one chat.completion JSON
  {"stall_after": n}            send the first n content chunks, then go silent
  {"drop": True}                close the connection without answering
  {"delay": seconds}            (added to any of these, before anything is sent)
or a callable taking the request body and returning such a dict.

:func:`closed_port` gives a port on 127.0.0.1 that nothing listens on.
"""

from __future__ import annotations

import contextlib
import json
import socket
import threading
import time
from collections import deque
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

NOT_FOUND_PAGE = (
    b"<!DOCTYPE html>\n<html><head><title>404 Not Found</title></head>"
    b"<body><h1>Not Found</h1><p>The requested URL was not found on this server.</p>"
    b"</body></html>\n"
)


def closed_port() -> int:
    """A port on 127.0.0.1 with nothing listening: connecting is refused at once."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class FakeOpenAI:
    def __init__(self, prefix: str = "/v1") -> None:
        self.prefix = prefix.rstrip("/")
        self.script: deque = deque()
        self.requests: list[dict] = []
        self.headers: list[dict] = []
        self.times: list[float] = []
        self.paths: list[str] = []
        self.models: list[str] | None = ["fake-model", "other-model"]
        self.stop = threading.Event()  # set on close: stalled replies end
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:
                pass

            def do_GET(self) -> None:
                fake.paths.append(f"GET {self.path}")
                if self.path.rstrip("/") == f"{fake.prefix}/models" and fake.models is not None:
                    body = {
                        "object": "list",
                        "data": [
                            {"id": m, "object": "model", "created": 0, "owned_by": "fake"}
                            for m in fake.models
                        ],
                    }
                    return self._json(200, body)
                return self._raw(404, NOT_FOUND_PAGE, "text/html")

            def handle(self) -> None:
                # the client gave up (a timeout test): nothing left to answer
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    super().handle()

            def do_POST(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                raw = self.rfile.read(length)
                fake.paths.append(f"POST {self.path}")
                if self.path != f"{fake.prefix}/chat/completions":
                    return self._raw(404, NOT_FOUND_PAGE, "text/html")
                body = json.loads(raw or b"{}")
                fake.requests.append(body)
                fake.times.append(time.monotonic())
                fake.headers.append({k.lower(): v for k, v in self.headers.items()})
                step = (
                    fake.script.popleft()
                    if fake.script
                    else {"status": 500, "error": "no scripted reply left"}
                )
                if callable(step):
                    step = step(body)
                if fake.stop.wait(step.get("delay", 0)):
                    return
                if step.get("drop"):
                    self.close_connection = True
                    with contextlib.suppress(OSError):
                        self.connection.shutdown(socket.SHUT_RDWR)
                    return
                status = step.get("status", 200)
                if "body" in step:
                    return self._raw(
                        status, step["body"], step.get("content_type"), step.get("headers")
                    )
                if status != 200:
                    return self._json(
                        status,
                        {
                            "error": {
                                "message": step.get("error", "error"),
                                "type": "fake_error",
                                "code": step.get("code"),
                            }
                        },
                        step.get("headers"),
                    )
                if "sse" in step:
                    return self._raw(200, step["sse"], "text/event-stream")
                if body.get("stream") and not step.get("json_completion"):
                    return self._stream(body, step)
                return self._json(200, self._completion(body, step))

            def _raw(
                self, status: int, data: bytes, ctype: str | None, headers: dict | None = None
            ) -> None:
                self.send_response(status)
                if ctype:
                    self.send_header("content-type", ctype)
                self.send_header("content-length", str(len(data)))
                for k, v in (headers or {}).items():
                    self.send_header(k, str(v))
                self.end_headers()
                self.wfile.write(data)

            def _json(self, status: int, body: dict, headers: dict | None = None) -> None:
                self._raw(status, json.dumps(body).encode(), "application/json", headers)

            def _completion(self, body: dict, step: dict) -> dict:
                content = step.get("content", "")
                return {
                    "id": "chatcmpl-fake",
                    "object": "chat.completion",
                    "created": 0,
                    "model": body.get("model"),
                    "choices": [
                        {
                            "index": 0,
                            "finish_reason": step.get("finish_reason", "stop"),
                            "message": {"role": "assistant", "content": content},
                        }
                    ],
                    "usage": {
                        "prompt_tokens": 321,
                        "completion_tokens": len(content) // 4,
                        "total_tokens": 321 + len(content) // 4,
                    },
                }

            def _stream(self, body: dict, step: dict) -> None:
                self.send_response(200)
                self.send_header("content-type", "text/event-stream")
                self.send_header("cache-control", "no-cache")
                self.send_header("connection", "close")
                self.end_headers()
                content = step.get("content", "")
                size = step.get("chunk", 40)
                base = {
                    "id": "chatcmpl-fake",
                    "object": "chat.completion.chunk",
                    "created": 0,
                    "model": body.get("model"),
                }

                def send(obj: dict) -> None:
                    self.wfile.write(f"data: {json.dumps(obj)}\n\n".encode())
                    self.wfile.flush()

                send(
                    {
                        **base,
                        "choices": [
                            {
                                "index": 0,
                                "delta": {"role": "assistant", "content": ""},
                                "finish_reason": None,
                            }
                        ],
                    }
                )
                for n, i in enumerate(range(0, len(content), size)):
                    if n == step.get("stall_after"):
                        fake.stop.wait(3600)  # silent, with the connection open
                        return
                    send(
                        {
                            **base,
                            "choices": [
                                {
                                    "index": 0,
                                    "delta": {"content": content[i : i + size]},
                                    "finish_reason": None,
                                }
                            ],
                        }
                    )
                    if step.get("chunk_delay") and fake.stop.wait(step["chunk_delay"]):
                        return
                send(
                    {
                        **base,
                        "choices": [
                            {
                                "index": 0,
                                "delta": {},
                                "finish_reason": step.get("finish_reason", "stop"),
                            }
                        ],
                    }
                )
                wants_usage = (body.get("stream_options") or {}).get("include_usage")
                if wants_usage and step.get("usage", True):
                    send(
                        {
                            **base,
                            "choices": [],
                            "usage": {
                                "prompt_tokens": 321,
                                "completion_tokens": max(1, len(content) // 4),
                                "total_tokens": 321 + len(content) // 4,
                            },
                        }
                    )
                self.wfile.write(b"data: [DONE]\n\n")
                self.wfile.flush()
                self.close_connection = True

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def root(self) -> str:
        """The server without any path: ``http://127.0.0.1:PORT``."""
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    @property
    def url(self) -> str:
        """The base URL a client should use (the root plus the prefix)."""
        return self.root + self.prefix

    def enqueue(self, *steps) -> None:
        self.script.extend(steps)

    def close(self) -> None:
        self.stop.set()
        self.server.shutdown()
        self.server.server_close()
