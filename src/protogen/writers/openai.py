"""The ``openai`` writer: the Brief from any OpenAI-compatible endpoint, via the official SDK.

One streamed chat request per prototype on the happy path. Servers differ, so:

* the reply format is probed in order ``json_schema`` -> ``json_object`` (with the schema,
  which llama.cpp turns into a grammar) -> schema described in the prompt; the mode that
  worked is remembered per base URL and model, so later runs skip the probe;
* the reply is unwrapped from prose and code fences, a ``length`` finish is truncation,
  and the JSON is validated with the Brief model; an invalid reply is re-asked once with
  the validation errors; if it is still invalid, the bad fields come from the offline
  writer (recorded as ``openai+offline-fallback``), or ``--strict`` fails;
* 429, 5xx, timeouts and connection errors are retried with backoff, bounded in count
  and in total time; 401/403 and unknown models are one-line errors that name the fix.

The API key is only handed to the SDK; every message that leaves this module is scrubbed
of it. Only this module imports ``openai`` (lazily: the SDK takes ~0.4 s to import).
"""

from __future__ import annotations

import json
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from protogen.config import LLMSettings
from protogen.errors import UserError
from protogen.files import cache_dir, write_atomic
from protogen.idea import Idea
from protogen.writers import WriteResult

MODES = ("json_schema", "json_object", "prompt")
MODE_CACHE_DAYS = 7
#: status, tokens received so far, seconds since the request started
Progress = Callable[[str, int, float], None]


class _Rejected(Exception):
    """The server refused this response_format (or stream option): try the next one."""


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
        self._cache_key = f"{settings.base_url or 'https://api.openai.com/v1'}|{settings.model}"

    # -- the interface --------------------------------------------------------------
    def write(self, idea: Idea, *, tone: str) -> WriteResult:
        from protogen.writers import prompt as prompts
        from protogen.writers.reply import (
            extract_json,
            merge_with_fallback,
            validated,
            validation_problems,
        )

        client = self._client()
        started = time.monotonic()
        cached = self._cached_mode()
        order = (
            [cached["mode"]] + [m for m in MODES if m != cached["mode"]] if cached else list(MODES)
        )
        usage_ok = cached.get("usage", True) if cached else True
        reply = None
        mode = order[0]
        messages: list[dict] = []
        requests = 0
        for mode in order:
            messages = prompts.messages(
                idea.text, idea.lang, tone, schema_in_prompt=mode != "json_schema"
            )
            try:
                reply, usage_ok, n = self._call(client, messages, mode, usage_ok)
                requests += n
                break
            except _Rejected:
                requests += 1
                continue
        if reply is None:  # every format refused: the last mode's error was a rejection too
            raise UserError(
                self._scrub(
                    f"The LLM server at {self.settings.host} refused every response format "
                    "protogen tried (json_schema, json_object, plain prompt). Check the model name "
                    "and the server's logs, or use '--writer offline'."
                )
            )
        if not cached or cached.get("mode") != mode or cached.get("usage") != usage_ok:
            self._remember(mode, usage_ok)

        data = extract_json(reply.text)
        problems = self._problems(reply, data, validation_problems)
        replies = [reply]
        if problems:
            self.progress("re-asking with the validation errors", 0, time.monotonic() - started)
            retry_messages = [
                *messages,
                {"role": "assistant", "content": reply.text[:12000]},
                {"role": "user", "content": self._reask_text(problems)},
            ]
            second, usage_ok, n = self._call(client, retry_messages, mode, usage_ok)
            requests += n
            replies.append(second)
            data2 = extract_json(second.text)
            problems2 = self._problems(second, data2, validation_problems)
            if not problems2 or data2 is not None:
                data, problems = data2, problems2
        meta: dict[str, Any] = {
            "model": self.settings.model,
            "endpoint_host": self.settings.host,
            "response_format": mode,
            "prompt_version": prompts.load_prompt().version,
            "requests": requests,
            "reasked": len(replies) > 1,
            "finish_reason": replies[-1].finish_reason,
            "tokens_in": _sum(r.tokens_in for r in replies),
            "tokens_out": _sum(r.tokens_out for r in replies),
            "latency_s": round(sum(r.seconds for r in replies), 3),
        }
        if not problems:
            brief = validated({**data, "tone": tone})
            return WriteResult(brief=brief, writer="openai", meta=meta)
        if self.settings.strict:
            raise UserError(
                self._scrub(
                    "The model's reply is still invalid after one retry "
                    f"({'; '.join(problems[:3])}); without --strict protogen fills those "
                    "parts from the offline writer."
                )
            )
        from protogen.writers.offline import OfflineWriter

        fallback = OfflineWriter().write(idea, tone=tone).brief
        brief, fell_back = merge_with_fallback(
            {**data, "tone": tone} if isinstance(data, dict) else None, fallback
        )
        brief["tone"] = tone
        meta["fallback_fields"] = fell_back
        meta["fallback_reason"] = problems[0][:300]
        return WriteResult(brief=brief, writer="openai+offline-fallback", meta=meta)

    # -- one request, with retries -----------------------------------------------------
    def _client(self):
        try:
            import openai
        except ImportError as exc:  # pragma: no cover - it is a dependency
            raise UserError("The openai package is missing: pip install openai") from exc
        s = self.settings
        extra: dict[str, Any] = {}
        if s.base_url and s.base_url.startswith("http://"):
            # Plain HTTP (a local Ollama, llama.cpp or vLLM): no TLS, so don't pay ~40 ms
            # to build a certificate store that would never be used.
            extra["http_client"] = openai.DefaultHttpxClient(verify=False)
        return openai.OpenAI(
            api_key=s.api_key or "not-needed",
            base_url=s.base_url,
            max_retries=0,
            timeout=openai.Timeout(s.timeout, connect=min(10.0, s.timeout)),
            **extra,
        )

    def _call(
        self, client, messages: list[dict], mode: str, usage_ok: bool
    ) -> tuple[_Reply, bool, int]:
        """Send one request, retrying transient failures. Returns (reply, usage_ok, sent)."""
        import openai

        s = self.settings
        attempt, sent = 0, 0
        budget = s.timeout * (s.retries + 1) + 30.0
        start = time.monotonic()
        while True:
            sent += 1
            try:
                return self._stream(client, messages, mode, usage_ok), usage_ok, sent
            except (openai.AuthenticationError, openai.PermissionDeniedError) as exc:
                where = (
                    "OPENAI_API_KEY"
                    if s.base_url is None
                    else (f"OPENAI_API_KEY (or OPENAI_BASE_URL={s.base_url})")
                )
                raise UserError(
                    self._scrub(
                        f"The LLM server at {s.host} refused the credentials (HTTP "
                        f"{exc.status_code}); check {where}."
                    )
                ) from None
            except openai.NotFoundError:
                raise UserError(self._scrub(self._model_not_found(client))) from None
            except (openai.BadRequestError, openai.UnprocessableEntityError) as exc:
                detail = _detail(exc)
                if usage_ok and "stream_options" in detail:
                    usage_ok = False  # an older server: ask again without it
                    continue
                if self._temperature is not None and "temperature" in detail:
                    self._temperature = None  # reasoning models take only the default
                    continue
                if self._token_param == "max_tokens" and "max_tokens" in detail:
                    self._token_param = "max_completion_tokens"  # newer OpenAI models
                    continue
                if mode != "prompt":
                    raise _Rejected() from None
                raise UserError(
                    self._scrub(
                        f"The LLM server at {s.host} refused the request (HTTP {exc.status_code}): "
                        f"{detail}"
                    )
                ) from None
            except openai.APIStatusError as exc:
                status = exc.status_code
                if mode != "prompt" and attempt == 0 and status in (500, 501):
                    raise _Rejected() from None  # llama.cpp answers json_schema with a 500
                if status != 429 and status < 500:
                    raise UserError(
                        self._scrub(
                            f"The LLM server at {s.host} answered HTTP {status}: {_detail(exc)}"
                        )
                    ) from None
                why = (
                    "is rate-limiting requests (HTTP 429)"
                    if status == 429
                    else (f"keeps failing (HTTP {status})")
                )
                wait = _retry_after(exc)
            except openai.APITimeoutError:
                why = f"did not answer within {s.timeout:g} s"
                wait = None
            except openai.APIConnectionError as exc:
                why = f"cannot be reached ({_detail(exc) or 'connection failed'})"
                wait = None
            attempt += 1
            delay = wait if wait is not None else min(0.5 * 2 ** (attempt - 1), 8.0)
            delay *= 1 + random.uniform(0, 0.25)
            delay = min(delay, 30.0)
            if attempt > s.retries or time.monotonic() - start + delay > budget:
                hint = (
                    "raise --timeout or PROTOGEN_TIMEOUT"
                    if "within" in why
                    else "check that the server is running"
                    if "reached" in why
                    else "try again later"
                )
                raise UserError(
                    self._scrub(
                        f"The LLM server at {s.host} {why}; gave up after {attempt} attempt"
                        f"{'s' if attempt != 1 else ''}. {hint[:1].upper()}{hint[1:]}, or use "
                        "'--writer offline'."
                    )
                )
            self.progress(f"{s.host} {why}; retrying in {delay:.1f} s", 0, time.monotonic() - start)
            time.sleep(delay)

    def _stream(self, client, messages: list[dict], mode: str, usage_ok: bool) -> _Reply:
        from protogen.writers.prompt import llm_schema

        kwargs: dict[str, Any] = {}
        if mode == "json_schema":
            kwargs["response_format"] = {
                "type": "json_schema",
                "json_schema": {"name": "brief", "schema": llm_schema(), "strict": False},
            }
        elif mode == "json_object":
            kwargs["response_format"] = {"type": "json_object", "schema": llm_schema()}
        if usage_ok:
            kwargs["stream_options"] = {"include_usage": True}
        start = time.monotonic()
        label = f"{self.settings.model} @ {self.settings.host}"
        self.progress(label, 0, 0.0)
        self.before_request()
        kwargs[self._token_param] = self.settings.max_tokens
        if self._temperature is not None:
            kwargs["temperature"] = self._temperature
        stream = client.chat.completions.create(
            model=self.settings.model, messages=messages, stream=True, **kwargs
        )
        parts: list[str] = []
        chunks = 0
        finish = None
        tokens_in = tokens_out = None
        last = 0.0
        try:
            for chunk in stream:
                if getattr(chunk, "usage", None):
                    tokens_in = chunk.usage.prompt_tokens
                    tokens_out = chunk.usage.completion_tokens
                for choice in chunk.choices or []:
                    if choice.delta and choice.delta.content:
                        parts.append(choice.delta.content)
                        chunks += 1
                    if choice.finish_reason:
                        finish = choice.finish_reason
                now = time.monotonic()
                if now - last > 0.1:
                    self.progress(label, chunks, now - start)
                    last = now
        finally:
            stream.close()
        text = "".join(parts)
        if tokens_out is None:  # the server sent no usage: estimate, ~4 characters a token
            tokens_out = max(chunks, len(text) // 4)
            tokens_in = sum(len(m["content"]) for m in messages) // 4
        return _Reply(text, finish, tokens_in, tokens_out, round(time.monotonic() - start, 3))

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

    def _model_not_found(self, client) -> str:
        s = self.settings
        names: list[str] = []
        try:
            names = sorted(m.id for m in client.models.list())[:8]
        except Exception:
            names = []
        known = f" It offers: {', '.join(names)}." if names else ""
        return (
            f"Model '{s.model}' was not found at {s.host}.{known} Pick one with --model "
            "or PROTOGEN_MODEL."
        )

    def _scrub(self, text: str) -> str:
        key = self.settings.api_key
        return text.replace(key, "***") if key and len(key) >= 4 else text

    def _cached_mode(self) -> dict[str, Any] | None:
        try:
            entry = json.loads(_mode_cache_path().read_text(encoding="utf-8"))[self._cache_key]
        except (OSError, ValueError, KeyError, TypeError):
            return None
        if not isinstance(entry, dict) or entry.get("mode") not in MODES:
            return None
        if time.time() - float(entry.get("at", 0)) > MODE_CACHE_DAYS * 86400:
            return None
        return entry

    def _remember(self, mode: str, usage_ok: bool) -> None:
        path = _mode_cache_path()
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if not isinstance(data, dict):
                data = {}
        except (OSError, ValueError):
            data = {}
        data[self._cache_key] = {"mode": mode, "usage": usage_ok, "at": int(time.time())}
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(path, json.dumps(data, indent=1))
        except OSError:
            pass  # the cache only saves a probe next time


def _detail(exc: Exception) -> str:
    """The server's own error message, short and on one line."""
    body = getattr(exc, "body", None)
    msg = ""
    if isinstance(body, dict):
        err = body.get("error", body)
        msg = err.get("message", "") if isinstance(err, dict) else str(err)
    msg = msg or getattr(exc, "message", "") or str(exc)
    return " ".join(str(msg).split())[:300]


def _retry_after(exc: Exception) -> float | None:
    response = getattr(exc, "response", None)
    raw = response.headers.get("retry-after") if response is not None else None
    try:
        return min(max(float(raw), 0.0), 30.0) if raw else None
    except ValueError:
        return None


def _sum(values) -> int | None:
    values = [v for v in values if v is not None]
    return sum(values) if values else None
