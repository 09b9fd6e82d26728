"""A real HTTP server on 127.0.0.1 that speaks the OpenAI chat-completions wire protocol.

It stands in for the provider so the real ``openai`` SDK code path runs: HTTP, SSE
streaming, status codes, headers, retries and timeouts. Each test scripts its replies
with :meth:`FakeOpenAI.enqueue` (in the spirit of simonw/llm's fake model); every request
body is kept in :attr:`FakeOpenAI.requests` for assertions.

A scripted reply is a dict:
  {"content": str, "finish_reason": "stop", "usage": bool, "chunk": 40}
  {"status": 500, "error": "message", "headers": {...}}
  {"delay": seconds}  (added to either, before anything is sent)
or a callable taking the request body and returning such a dict.
"""

from __future__ import annotations

import contextlib
import json
import threading
import time
from collections import deque
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class FakeOpenAI:
    def __init__(self) -> None:
        self.script: deque = deque()
        self.requests: list[dict] = []
        self.headers: list[dict] = []
        self.models = ["fake-model", "other-model"]
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:
                pass

            def do_GET(self) -> None:
                if self.path.rstrip("/").endswith("/models"):
                    body = {
                        "object": "list",
                        "data": [
                            {"id": m, "object": "model", "created": 0, "owned_by": "fake"}
                            for m in fake.models
                        ],
                    }
                    return self._json(200, body)
                return self._json(404, {"error": {"message": "not found"}})

            def handle(self) -> None:
                # the client gave up (a timeout test): nothing left to answer
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    super().handle()

            def do_POST(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                body = json.loads(self.rfile.read(length) or b"{}")
                fake.requests.append(body)
                fake.headers.append({k.lower(): v for k, v in self.headers.items()})
                step = (
                    fake.script.popleft()
                    if fake.script
                    else {"status": 500, "error": "no scripted reply left"}
                )
                if callable(step):
                    step = step(body)
                time.sleep(step.get("delay", 0))
                if "status" in step and step["status"] != 200:
                    return self._json(
                        step["status"],
                        {
                            "error": {
                                "message": step.get("error", "error"),
                                "type": "fake_error",
                                "code": step.get("code"),
                            }
                        },
                        step.get("headers"),
                    )
                if body.get("stream"):
                    return self._stream(body, step)
                return self._json(200, self._completion(body, step))

            def _json(self, status: int, body: dict, headers: dict | None = None) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(data)))
                for k, v in (headers or {}).items():
                    self.send_header(k, str(v))
                self.end_headers()
                self.wfile.write(data)

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
                for i in range(0, len(content), size):
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
                    if step.get("chunk_delay"):
                        time.sleep(step["chunk_delay"])
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
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/v1"

    def enqueue(self, *steps) -> None:
        self.script.extend(steps)

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
