"""The ``openai`` writer: the Brief from any OpenAI-compatible endpoint, via the official SDK.

One streamed chat request per prototype on the happy path. Servers differ, so:

* the reply format is probed in order ``json_schema`` -> ``json_object`` (with the schema,
  which llama.cpp turns into a grammar) -> schema described in the prompt; a mode is
  remembered per base URL and model only once it has produced a valid Brief;
* the reply is unwrapped from prose, code fences and outer objects, a ``length`` finish is
  truncation, and the JSON is validated with the Brief model; an invalid reply is re-asked
  once with the validation errors (with the schema in the prompt when the server ignored
  ``response_format``); if it is still invalid, the bad fields come from the offline
  writer (recorded as ``openai+offline-fallback``), unless so much would have to that the
  prototype is no longer the model's (:func:`~protogen.writers.reply.fallback_verdict`):
  then it fails, unless ``--allow-fallback``. ``--strict`` fails on any invalid field;
* something that is not an OpenAI-compatible reply at all (an HTML page, prose, bytes
  that are not UTF-8, broken event-stream framing) is a one-line error naming the host;
* a 404 is told apart: a wrong base URL (no ``/models`` either) or an unknown model (the
  server's models are listed).

Time: ``--timeout`` bounds the whole wait for the model, from the first request to the last
byte, with every retry, backoff and the re-ask inside it. The SDK keeps its own retry loop
and ``Retry-After`` handling (``max_retries`` = ``PROTOGEN_RETRIES``); the HTTP transport
under it (:mod:`protogen.writers.wire`) enforces the one deadline, calls off a retry that
could not finish in time, fails at once when a server on this machine refuses the
connection, and counts what the server really received, so every message says what
happened.

The API key is only handed to the SDK; every message that leaves this module is scrubbed
of it. Only this module imports ``openai`` (lazily: the SDK takes ~0.4 s to import).
"""

from __future__ import annotations

import contextlib
import functools
import importlib
import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from protogen.config import LLMSettings
from protogen.errors import WriterError
from protogen.files import cache_dir, write_atomic
from protogen.idea import Idea
from protogen.writers import WriteResult
from protogen.writers.wire import STOP_HEADER, TIMEOUT

MODES = ("json_schema", "json_object", "prompt")
MODE_CACHE_DAYS = 7
#: status, tokens received so far, seconds since the request started
Progress = Callable[[str, int, float], None]


class _Rejected(Exception):
    """The server refused this response_format (or stream option): try the next one."""


class _Expired(Exception):
    """The time limit ran out while a reply was streaming."""


@dataclass
class _Reply:
    text: str
    finish_reason: str | None
    tokens_in: int | None
    tokens_out: int | None
    seconds: float


def _mode_cache_path() -> Path:
    return cache_dir() / "llm-modes.json"


class OpenAIWriter:
    """Writes a Brief with an LLM behind an OpenAI-compatible chat-completions API."""

    name = "openai"

    def __init__(self, settings: LLMSettings, progress: Progress | None = None) -> None:
        self.settings = settings
        self.progress = progress or (lambda status, tokens, seconds: None)
        #: called just before each request is sent: the caller may use the wait
        self.before_request: Callable[[], None] = lambda: None
        # Parameters some models refuse; dropped or renamed when a server says so.
        self._temperature: float | None = 0.7
        self._token_param = "max_tokens"
        self._usage_ok = True
        self._cache_key = f"{settings.public_url}|{settings.model}"
        self._wire: Any = None

    # -- the interface --------------------------------------------------------------
    def write(self, idea: Idea, *, tone: str) -> WriteResult:
        from protogen.writers import prompt as prompts
        from protogen.writers.reply import brief_key_count, extract_json, validation_problems

        client = self._client()
        cached = self._cached_mode()
        known = cached["mode"] if cached else None
        order = [known] + [m for m in MODES if m != known] if known else list(MODES)
        self._usage_ok = bool(cached.get("usage", True)) if cached else True
        reply = None
        mode = order[0]
        messages: list[dict] = []
        for mode in order:
            messages = prompts.messages(
                idea.text, idea.lang, tone, schema_in_prompt=mode != "json_schema"
            )
            try:
                reply = self._call(client, messages, mode, probing=mode not in ("prompt", known))
                break
            except _Rejected:
                if mode == known:
                    self._remember(None)  # it no longer works: probe afresh next time
                continue
        if reply is None:  # every format refused: the last mode's error was a rejection too
            raise WriterError(
                self._scrub(
                    f"The LLM server at {self.settings.host} refused every response format "
                    "protogen tried (json_schema, json_object, plain prompt). Check the model name "
                    "and the server's logs, or use '--writer offline'."
                )
            )

        data = extract_json(reply.text)
        problems = self._problems(reply, data, validation_problems)
        replies = [reply]
        if problems:
            ignored = not brief_key_count(data) and reply.finish_reason != "length"
            if mode == "json_schema" and ignored:
                # Not even the Brief's field names came back: the server ignored the
                # schema. Ask again with the schema in the prompt, which any server sees.
                mode = "prompt"
                messages = prompts.messages(idea.text, idea.lang, tone, schema_in_prompt=True)
            self.progress("re-asking with the validation errors", 0, self._elapsed())
            retry_messages = [
                *messages,
                {"role": "assistant", "content": reply.text[:12000] or "(an empty reply)"},
                {"role": "user", "content": self._reask_text(problems)},
            ]
            second = self._call(client, retry_messages, mode, probing=False)
            replies.append(second)
            data2 = extract_json(second.text)
            problems2 = self._problems(second, data2, validation_problems)
            if not problems2 or brief_key_count(data2) >= brief_key_count(data):
                data, problems = data2, problems2
        meta: dict[str, Any] = {
            "model": self.settings.model,
            "endpoint_host": self.settings.host,
            "response_format": mode,
            "prompt_version": prompts.load_prompt().version,
            "requests": self._wire.received,
            "reasked": len(replies) > 1,
            "finish_reason": replies[-1].finish_reason,
            "tokens_in": _sum(r.tokens_in for r in replies),
            "tokens_out": _sum(r.tokens_out for r in replies),
            "latency_s": round(sum(r.seconds for r in replies), 3),
        }
        if not problems:
            from protogen.writers.reply import validated

            brief = validated({**data, "tone": tone})
            if not cached or cached.get("mode") != mode or cached.get("usage") != self._usage_ok:
                self._remember(mode)  # only a mode that produced a valid Brief
            return WriteResult(brief=brief, writer="openai", meta=meta)
        return self._with_fallback(idea, tone, data, problems, replies[-1].text, meta)

    def _with_fallback(
        self,
        idea: Idea,
        tone: str,
        data: dict | None,
        problems: list[str],
        text: str,
        meta: dict[str, Any],
    ) -> WriteResult:
        """Fill the invalid parts from the offline writer, if that leaves the model's
        prototype; otherwise (or with --strict) fail with a message that says why."""
        from protogen.writers.offline import OfflineWriter
        from protogen.writers.reply import (
            CORE_FIELDS,
            MAX_CORE_FALLBACK,
            brief_key_count,
            fallback_verdict,
            merge_with_fallback,
        )

        s = self.settings
        if problems[0].startswith("the reply was cut off"):
            reason = problems[0]
        elif data is None:
            reason = "no JSON object in the reply, " + (
                f"which began: '{_clip(text, 60)}'" if text.strip() else "which was empty"
            )
        elif not brief_key_count(data):
            reason = "the JSON in the reply has none of the Brief's fields"
        else:
            reason = problems[0]
        if s.strict:
            raise WriterError(
                self._scrub(
                    "The model's reply is still invalid after one retry "
                    f"({'; '.join(problems[:3]) if data else reason}); without --strict protogen "
                    "fills those parts from the offline writer."
                )
            )
        fallback = OfflineWriter().write(idea, tone=tone).brief
        brief, fell_back = merge_with_fallback(
            {**data, "tone": tone} if isinstance(data, dict) else None, fallback
        )
        brief["tone"] = tone
        verdict = fallback_verdict(fell_back)
        if verdict and not s.allow_fallback:
            raise WriterError(
                self._scrub(
                    f"The reply from {s.model} at {s.host} is not a usable Brief: {verdict} "
                    f"({_clip(reason, 160)}). protogen stops when more than half of the fields, or "
                    f"more than {MAX_CORE_FALLBACK} of the core ones ({', '.join(CORE_FIELDS)}), "
                    "would be the offline writer's; pass --allow-fallback (or set "
                    "PROTOGEN_ALLOW_FALLBACK=1) to keep such a prototype, or use "
                    "'--writer offline'."
                )
            )
        meta["fallback_fields"] = fell_back
        meta["fallback_reason"] = _clip(reason, 300)
        return WriteResult(brief=brief, writer="openai+offline-fallback", meta=meta)

    # -- the client and its transport ------------------------------------------------
    def _client(self):
        try:
            import openai
        except ImportError as exc:  # pragma: no cover - it is a dependency
            raise WriterError("The openai package is missing: pip install openai") from exc
        from protogen.writers import wire

        s = self.settings
        http = _http()
        url = s.base_url or "https://api.openai.com/v1"
        options: dict[str, Any] = {}
        # Plain HTTP (a local Ollama, llama.cpp or vLLM): no TLS, so don't pay ~40 ms to
        # build a certificate store that would never be used.
        if url.startswith("http://"):
            options["verify"] = False
        proxy = wire.env_proxy(url)
        if proxy:
            options["proxy"] = proxy
        self._wire = wire.wire_class(http)(
            http.HTTPTransport(**options),
            budget=s.timeout,
            max_retries=s.retries,
            loopback=wire.is_loopback(url),
            notify=lambda text: self.progress(f"{s.host} {text}", 0, self._elapsed()),
        )
        return openai.OpenAI(
            api_key=s.api_key or "not-needed",
            base_url=s.base_url,
            max_retries=s.retries,
            timeout=openai.Timeout(s.timeout, connect=min(wire.CONNECT_TIMEOUT, s.timeout)),
            http_client=openai.DefaultHttpxClient(transport=self._wire),
        )

    def _elapsed(self) -> float:
        wire = self._wire
        return time.monotonic() - wire.started if wire is not None and wire.started else 0.0

    # -- one request: the SDK retries, this maps what is left to a message ------------
    def _call(self, client, messages: list[dict], mode: str, *, probing: bool) -> _Reply:
        """Send one chat request (the SDK retries transient failures within the time
        limit). ``probing``: a 5xx means "try the next format", not "retry"."""
        import openai

        s = self.settings
        self._wire.probing = probing
        while True:
            try:
                return self._stream(client, messages, mode)
            except (openai.AuthenticationError, openai.PermissionDeniedError) as exc:
                where = (
                    "OPENAI_API_KEY"
                    if s.base_url is None
                    else f"OPENAI_API_KEY (or OPENAI_BASE_URL={s.public_url})"
                )
                raise WriterError(
                    self._scrub(
                        f"The LLM server at {s.host} refused the credentials (HTTP "
                        f"{exc.status_code}); check {where}."
                    )
                ) from None
            except openai.NotFoundError as exc:
                raise WriterError(self._scrub(self._not_found(client, exc))) from None
            except (openai.BadRequestError, openai.UnprocessableEntityError) as exc:
                detail = _detail(exc)
                if self._usage_ok and "stream_options" in detail:
                    self._usage_ok = False  # an older server: ask again without it
                    continue
                if self._temperature is not None and "temperature" in detail:
                    self._temperature = None  # reasoning models take only the default
                    continue
                if self._token_param == "max_tokens" and "max_tokens" in detail:
                    self._token_param = "max_completion_tokens"  # newer OpenAI models
                    continue
                if mode != "prompt":
                    raise _Rejected() from None
                raise WriterError(
                    self._scrub(
                        f"The LLM server at {s.host} refused the request (HTTP {exc.status_code}): "
                        f"{detail}"
                    )
                ) from None
            except openai.APIStatusError as exc:
                stop = exc.response.headers.get(STOP_HEADER)
                if stop == TIMEOUT:
                    raise WriterError(self._scrub(self._timed_out())) from None
                if stop:
                    raise WriterError(self._scrub(self._unreachable(exc))) from None
                if probing and exc.status_code in (500, 501):
                    raise _Rejected() from None  # llama.cpp answers json_schema with a 500
                raise WriterError(self._scrub(self._status_message(exc))) from None
            except (openai.APITimeoutError, _Expired):
                raise WriterError(self._scrub(self._timed_out())) from None
            except openai.APIConnectionError as exc:
                if self._wire.expired:
                    raise WriterError(self._scrub(self._timed_out())) from None
                raise WriterError(self._scrub(self._unreachable(exc))) from None
            except openai.APIError as exc:  # an error event in the middle of the stream
                raise WriterError(
                    self._scrub(
                        f"The LLM server at {s.host} reported an error in its reply: "
                        f"{_detail(exc) or 'no details'}. Try again, or use '--writer offline'."
                    )
                ) from None
            except _http().TransportError as exc:  # older SDKs: a broken stream, unwrapped
                if self._wire.expired or isinstance(exc, _http().TimeoutException):
                    raise WriterError(self._scrub(self._timed_out())) from None
                raise WriterError(self._scrub(self._unreachable(exc))) from None

    def _stream(self, client, messages: list[dict], mode: str) -> _Reply:
        from protogen.writers import wire
        from protogen.writers.prompt import llm_schema

        kwargs: dict[str, Any] = {}
        if mode == "json_schema":
            kwargs["response_format"] = {
                "type": "json_schema",
                "json_schema": {"name": "brief", "schema": llm_schema(), "strict": False},
            }
        elif mode == "json_object":
            kwargs["response_format"] = {"type": "json_object", "schema": llm_schema()}
        if self._usage_ok:
            kwargs["stream_options"] = {"include_usage": True}
        start = time.monotonic()
        label = f"{self.settings.model} @ {self.settings.host}"
        self.progress(label, 0, self._elapsed())
        self.before_request()
        kwargs[self._token_param] = self.settings.max_tokens
        if self._temperature is not None:
            kwargs["temperature"] = self._temperature
        stream = client.chat.completions.create(
            model=self.settings.model, messages=messages, stream=True, **kwargs
        )
        parts: list[str] = []
        events = chunks = 0
        finish = None
        tokens_in = tokens_out = None
        last = 0.0
        try:
            ctype = stream.response.headers.get("content-type", "").split(";")[0].strip().lower()
            if ctype == "application/json" or ctype.endswith("+json"):
                return self._whole_completion(stream.response, start)
            if "html" in ctype or "xml" in ctype:
                wire.peek(stream.response)
                raise WriterError(self._scrub(self._not_an_api(ctype)))
            for chunk in stream:
                events += 1
                texts, reason, usage = _chunk_parts(chunk)
                if usage:
                    tokens_in, tokens_out = usage
                parts.extend(texts)
                chunks += len(texts)
                finish = reason or finish
                now = time.monotonic()
                if now - last > 0.1:
                    self.progress(label, chunks, self._elapsed())
                    last = now
        except UnicodeDecodeError as exc:
            raise WriterError(self._scrub(self._not_utf8(exc))) from None
        except json.JSONDecodeError as exc:
            raise WriterError(
                self._scrub(
                    f"The LLM server at {self.settings.host} sent an event whose data is not JSON "
                    f"({exc.msg}, at character {exc.pos}: '{_clip(exc.doc, 40)}'); it does not "
                    "speak the OpenAI streaming protocol. Check OPENAI_BASE_URL, or use "
                    "'--writer offline'."
                )
            ) from None
        finally:
            stream.close()
        if self._wire.expired:
            raise _Expired()
        if not events and not wire.looks_like_sse(bytes(self._wire.head)):
            raise WriterError(self._scrub(self._not_an_api(ctype or "no content type")))
        text = "".join(parts)
        if tokens_out is None:  # the server sent no usage: estimate, ~4 characters a token
            tokens_out = max(chunks, len(text) // 4)
            tokens_in = sum(len(m["content"]) for m in messages) // 4
        return _Reply(text, finish, tokens_in, tokens_out, round(time.monotonic() - start, 3))

    def _whole_completion(self, response, start: float) -> _Reply:
        """A server that ignored ``stream`` and sent one chat.completion JSON: use it."""
        try:
            body = json.loads(response.read().decode("utf-8"))
        except UnicodeDecodeError as exc:
            raise WriterError(self._scrub(self._not_utf8(exc))) from None
        except ValueError:
            body = None
        if self._wire.expired:
            raise _Expired()
        choices = body.get("choices") if isinstance(body, dict) else None
        first = choices[0] if isinstance(choices, list) and choices else None
        message = first.get("message") if isinstance(first, dict) else None
        text = message.get("content") if isinstance(message, dict) else None
        if not isinstance(text, str):
            raise WriterError(
                self._scrub(
                    f"The LLM server at {self.settings.host} answered with JSON that is not a "
                    "chat completion; check OPENAI_BASE_URL (it usually ends in /v1), or use "
                    "'--writer offline'."
                )
            )
        usage = body.get("usage") if isinstance(body.get("usage"), dict) else {}
        return _Reply(
            text,
            first.get("finish_reason") if isinstance(first.get("finish_reason"), str) else None,
            _int_or_none(usage.get("prompt_tokens")),
            _int_or_none(usage.get("completion_tokens")),
            round(time.monotonic() - start, 3),
        )

    # -- messages that say what happened ---------------------------------------------
    def _counted(self) -> str:
        """How many requests the server received, and over how long."""
        n = self._wire.received
        return f"it received {n} request{'s' if n != 1 else ''} in {self._elapsed():.1f} s"

    def _timed_out(self) -> str:
        s = self.settings
        return (
            f"The LLM server at {s.host} did not finish within the {s.timeout:g} s time limit "
            f"({self._counted()}); --timeout (or PROTOGEN_TIMEOUT) bounds all of the writer's "
            "requests, retries and waits together. Raise it, or use '--writer offline'."
        )

    def _unreachable(self, exc: Exception) -> str:
        from protogen.writers.wire import NO_SUCH_HOST

        s, wire = self.settings, self._wire
        tries = wire.unreached
        if wire.received == 0 and tries:
            why = wire.failures[-1] if wire.failures else "the connection failed"
            check = (
                "Check the host name in OPENAI_BASE_URL"
                if why == NO_SUCH_HOST
                else "Check that the server is running and that OPENAI_BASE_URL is right"
            )
            return (
                f"Nothing answered at {s.host}: {why} ({tries} tr{'ies' if tries != 1 else 'y'} "
                f"in {self._elapsed():.1f} s). {check}, or use '--writer offline'."
            )
        return (
            f"The LLM server at {s.host} closed the connection before a complete reply "
            f"({self._counted()}). Check the server's logs, or use '--writer offline'."
        )

    def _status_message(self, exc: Exception) -> str:
        s, wire = self.settings, self._wire
        status = getattr(exc, "status_code", 0)
        detail = _detail(exc)
        said = f": {detail}" if detail else ""
        if status == 429 or status >= 500 or status in (408, 409):
            why = (
                "is rate-limiting requests"
                if status == 429
                else "is busy"
                if status in (408, 409)
                else "keeps failing"
            )
            late = ""
            if wire.too_long is not None:
                late = (
                    f"; it asked to wait {wire.too_long:.0f} s more, past the {s.timeout:g} s "
                    "time limit (--timeout)"
                )
            return (
                f"The LLM server at {s.host} {why} (HTTP {status}{said}); gave up: "
                f"{self._counted()}{late}. Try again later, or use '--writer offline'."
            )
        hint = ""
        if status in (405, 410) or detail.startswith("an HTML page"):
            hint = " Check OPENAI_BASE_URL: it is the API's base URL, which usually ends in /v1."
        return (
            f"The LLM server at {s.host} answered HTTP {status} to POST "
            f"{_path(s.public_url)}/chat/completions{said}.{hint}"
        )

    def _not_found(self, client, exc: Exception) -> str:
        """A 404: a wrong base URL (no model list there either) or an unknown model."""
        s = self.settings
        names = self._model_list(client)
        if self._wire.expired:
            return self._timed_out()
        if names is None:
            if s.base_url is None:
                return (
                    f"Model '{s.model}' was not found at {s.host}. Pick one with --model or "
                    "PROTOGEN_MODEL."
                )
            return (
                f"Nothing at {s.public_url} speaks the OpenAI API: POST .../chat/completions "
                "answered HTTP 404 and GET .../models gave no model list. Check OPENAI_BASE_URL: "
                "it is the API's base URL, which usually ends in /v1 (e.g. "
                "http://localhost:11434/v1 for Ollama, http://localhost:8080/v1 for llama.cpp)."
            )
        if s.model not in names:
            shown = ", ".join(names[:8]) + (f" and {len(names) - 8} more" if len(names) > 8 else "")
            offers = f"It offers: {shown}." if names else "It lists no models: load one first."
            return (
                f"Model '{s.model}' was not found at {s.host}. {offers} Pick one with --model "
                "or PROTOGEN_MODEL."
            )
        return (
            f"The LLM server at {s.host} lists model '{s.model}' but answered HTTP 404 to POST "
            f"{_path(s.public_url)}/chat/completions ({_detail(exc) or 'no details'}). Check "
            "OPENAI_BASE_URL and the server's logs, or use '--writer offline'."
        )

    def _model_list(self, client) -> list[str] | None:
        """The ids from GET {base}/models; None when there is no model list there."""
        try:
            raw = client.models.with_raw_response.list()
            body = json.loads(raw.http_response.content)
        except Exception:  # any failure means the same here: no usable list
            return None
        data = body.get("data") if isinstance(body, dict) else None
        if not isinstance(data, list):
            return None
        # ids are the server's text: one line each, printable, short
        return sorted(_clip(m["id"], 60) for m in data if isinstance(m, dict) and m.get("id"))

    def _not_an_api(self, ctype: str) -> str:
        s = self.settings
        what = "an HTML page" if "html" in ctype else f"{ctype}"
        began = _clip(bytes(self._wire.head).decode("utf-8", "replace"), 60)
        return (
            f"The server at {s.host} answered POST {_path(s.public_url)}/chat/completions with "
            f"{what}, not an OpenAI event stream"
            + (f" (it began: '{began}')" if began else "")
            + ". Check OPENAI_BASE_URL: it is the API's base URL, which usually ends in /v1."
        )

    def _not_utf8(self, exc: UnicodeDecodeError) -> str:
        byte = exc.object[exc.start : exc.start + 1].hex() if exc.object else "?"
        return (
            f"The server at {self.settings.host} sent bytes that are not UTF-8 text (0x{byte} "
            f"at byte {exc.start} of a line); it does not speak the OpenAI API as expected. "
            "Check OPENAI_BASE_URL, or use '--writer offline'."
        )

    # -- helpers ---------------------------------------------------------------------
    @staticmethod
    def _problems(reply: _Reply, data: dict | None, check) -> list[str]:
        if reply.finish_reason == "length":
            return [
                "the reply was cut off at the token limit (finish_reason=length); keep "
                "every field shorter"
            ]
        if data is None:
            return ["no JSON object was found in the reply"]
        return check({**data, "tone": "friendly"})

    @staticmethod
    def _reask_text(problems: list[str]) -> str:
        listed = "\n".join(f"- {p}" for p in problems[:20])
        return (
            "Your reply could not be used:\n" + listed + "\nReply again with the complete, "
            "corrected JSON object only: every required field, within the limits."
        )

    def _scrub(self, text: str) -> str:
        secrets = [self.settings.api_key]
        if self.settings.base_url:
            from urllib.parse import urlsplit

            with contextlib.suppress(ValueError):
                secrets.append(urlsplit(self.settings.base_url).password)
        for secret in secrets:
            if secret and len(secret) >= 4:
                text = text.replace(secret, "***")
        return text

    def _cached_mode(self) -> dict[str, Any] | None:
        try:
            entry = json.loads(_mode_cache_path().read_text(encoding="utf-8"))[self._cache_key]
        except (OSError, ValueError, KeyError, TypeError):
            return None
        if not isinstance(entry, dict) or entry.get("mode") not in MODES:
            return None
        try:
            if time.time() - float(entry.get("at", 0)) > MODE_CACHE_DAYS * 86400:
                return None
        except (TypeError, ValueError):
            return None
        return entry

    def _remember(self, mode: str | None) -> None:
        """Record ``mode`` (one that produced a valid Brief) for this endpoint and model;
        None forgets it."""
        path = _mode_cache_path()
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if not isinstance(data, dict):
                data = {}
        except (OSError, ValueError):
            data = {}
        if mode is None:
            if data.pop(self._cache_key, None) is None:
                return
        else:
            data[self._cache_key] = {"mode": mode, "usage": self._usage_ok, "at": int(time.time())}
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(path, json.dumps(data, indent=1))
        except OSError:
            pass  # the cache only saves a probe next time


# -- the HTTP transport under the SDK ---------------------------------------------------
@functools.cache
def _http() -> ModuleType:
    """The HTTP library the installed SDK is built on (httpx2 for openai 3.x, httpx before)."""
    import openai

    for base in openai.DefaultHttpxClient.__mro__:
        root = base.__module__.split(".")[0]
        if root in ("httpx2", "httpx"):
            return importlib.import_module(root)
    return importlib.import_module("httpx")  # pragma: no cover


def _field(obj: Any, name: str) -> Any:
    return obj.get(name) if isinstance(obj, dict) else getattr(obj, name, None)


def _chunk_parts(chunk: Any) -> tuple[list[str], str | None, tuple[int, int] | None]:
    """Text, finish reason and usage of one stream chunk, whatever its shape: the SDK
    builds chunks without validation, so a server's odd JSON must not crash here."""
    texts: list[str] = []
    finish = None
    choices = _field(chunk, "choices")
    for choice in choices if isinstance(choices, list) else []:
        delta = _field(choice, "delta")
        content = _field(delta, "content") if delta is not None else None
        if isinstance(content, str) and content:
            texts.append(content)
        reason = _field(choice, "finish_reason")
        if isinstance(reason, str) and reason:
            finish = reason
    usage = _field(chunk, "usage")
    counts = None
    if usage is not None:
        p, c = _field(usage, "prompt_tokens"), _field(usage, "completion_tokens")
        if isinstance(p, int) and isinstance(c, int):
            counts = (p, c)
    return texts, finish, counts


def _clip(text: Any, limit: int) -> str:
    """``text`` on one line, printable characters only (a server's reply may hold terminal
    escapes), at most ``limit`` characters."""
    flat = " ".join("".join(ch if ch.isprintable() else " " for ch in str(text)).split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def _detail(exc: Exception) -> str:
    """The server's own error message, short and on one line ('an HTML page' for one)."""
    body = getattr(exc, "body", None)
    msg = ""
    if isinstance(body, dict):
        err = body.get("error", body)
        msg = err.get("message", "") if isinstance(err, dict) else str(err)
        if not isinstance(msg, str):
            msg = json.dumps(msg)[:300]
    elif isinstance(body, str):
        msg = body
    if not msg:
        msg = getattr(exc, "message", "") or str(exc)
    lowered = msg.lstrip()[:200].lower()
    if lowered.startswith(("<!doctype", "<html", "<?xml", "<head", "<body")) or "<html" in lowered:
        import re

        title = re.search(r"<title[^>]*>(.*?)</title>", msg, re.I | re.S)
        return "an HTML page" + (f" ('{_clip(title.group(1), 60)}')" if title else "")
    if "\ufffd" in msg:
        return "a body that is not UTF-8 text"
    return _clip(msg, 300)


def _path(url: str) -> str:
    from urllib.parse import urlsplit

    return urlsplit(url).path.rstrip("/")


def _int_or_none(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    return None


def _sum(values) -> int | None:
    values = [v for v in values if v is not None]
    return sum(values) if values else None
