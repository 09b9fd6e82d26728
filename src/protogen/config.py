"""Where each setting comes from: the command line, then the environment, then the
gallery's ``protogen.toml``, then a sensible default.

The writer defaults to ``openai`` when an endpoint is configured (``OPENAI_API_KEY`` or
``OPENAI_BASE_URL`` is set) and to ``offline`` otherwise, so the tool works on a plane.
API keys are read from the environment only: the gallery is a git repository that may be
pushed, so a key in ``protogen.toml`` is refused rather than used.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from protogen.errors import UserError

CONFIG_FILE = "protogen.toml"
DEFAULT_MODEL = "gpt-4o-mini"
DEFAULT_TIMEOUT = 120.0
DEFAULT_RETRIES = 3
DEFAULT_MAX_TOKENS = 4096
_KNOWN_KEYS = {
    "writer",
    "model",
    "base_url",
    "timeout",
    "retries",
    "max_tokens",
    "tone",
    "palette",
    "template",
    "strict",
    "title",
    "intro",
    "pages_workflow",
    "shots",
    "chromium",
    "shot_timeout",
}


@dataclass(frozen=True)
class LLMSettings:
    """How to reach an OpenAI-compatible endpoint. ``api_key`` never leaves the process."""

    model: str
    base_url: str | None
    api_key: str | None
    timeout: float
    retries: int
    strict: bool
    max_tokens: int = DEFAULT_MAX_TOKENS

    @property
    def host(self) -> str:
        """The endpoint's host (and port) for messages and records: never the key."""
        from urllib.parse import urlsplit

        if not self.base_url:
            return "api.openai.com"
        parts = urlsplit(self.base_url)
        return parts.netloc.rsplit("@", 1)[-1] or self.base_url


def gallery_config(gallery: Path) -> dict[str, Any]:
    """The gallery's ``protogen.toml`` as a dict ({} when there is none)."""
    path = gallery / CONFIG_FILE
    if not path.is_file():
        return {}
    import tomllib

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise UserError(f"{path} is not valid TOML: {exc}") from exc
    if any("key" in k.lower() or "token" in k.lower() for k in data):
        raise UserError(
            f"{path} holds a key or token; remove it (the gallery is a git "
            "repository) and set OPENAI_API_KEY in the environment instead."
        )
    unknown = set(data) - _KNOWN_KEYS
    if unknown:
        raise UserError(
            f"{path}: unknown setting(s) {', '.join(sorted(unknown))}; known: "
            f"{', '.join(sorted(_KNOWN_KEYS))}."
        )
    return data


def choose_writer(cli: str | None, config: dict[str, Any]) -> str:
    """``--writer``, else ``$PROTOGEN_WRITER``, else the gallery config, else auto."""
    for value in (cli, os.environ.get("PROTOGEN_WRITER"), config.get("writer")):
        if value:
            return str(value)
    if os.environ.get("OPENAI_API_KEY") or os.environ.get("OPENAI_BASE_URL"):
        return "openai"
    return "offline"


def _number(name: str, raw: Any, kind: type, low: float, high: float) -> Any:
    try:
        value = kind(raw)
    except (TypeError, ValueError):
        raise UserError(f"{name} must be a number, not '{raw}'.") from None
    if not low <= value <= high:
        raise UserError(f"{name} must be between {low:g} and {high:g}, not {value:g}.")
    return value


def llm_settings(
    config: dict[str, Any],
    *,
    model: str | None = None,
    timeout: float | None = None,
    strict: bool | None = None,
) -> LLMSettings:
    """Settings for the openai writer, from flags, environment and gallery config."""
    env = os.environ
    base_url = env.get("OPENAI_BASE_URL") or config.get("base_url") or None
    if base_url and not base_url.startswith(("http://", "https://")):
        raise UserError(f"OPENAI_BASE_URL must start with http:// or https://, not '{base_url}'.")
    api_key = env.get("OPENAI_API_KEY") or None
    if not api_key and not base_url:
        raise UserError(
            "The openai writer needs an endpoint: set OPENAI_API_KEY (for OpenAI) "
            "or OPENAI_BASE_URL (e.g. http://localhost:11434/v1 for Ollama), "
            "or use '--writer offline'."
        )
    raw_timeout = (
        timeout
        if timeout is not None
        else (env.get("PROTOGEN_TIMEOUT") or config.get("timeout") or DEFAULT_TIMEOUT)
    )
    raw_retries = env.get("PROTOGEN_RETRIES") or config.get("retries") or DEFAULT_RETRIES
    raw_tokens = env.get("PROTOGEN_MAX_TOKENS") or config.get("max_tokens") or DEFAULT_MAX_TOKENS
    if strict is None:
        strict = env.get("PROTOGEN_STRICT", "") in ("1", "true", "yes") or bool(
            config.get("strict", False)
        )
    return LLMSettings(
        model=str(model or env.get("PROTOGEN_MODEL") or config.get("model") or DEFAULT_MODEL),
        base_url=base_url.rstrip("/") if base_url else None,
        api_key=api_key,
        timeout=_number("The timeout", raw_timeout, float, 1, 3600),
        retries=_number("PROTOGEN_RETRIES", raw_retries, int, 0, 10),
        strict=strict,
        max_tokens=_number("PROTOGEN_MAX_TOKENS", raw_tokens, int, 256, 65536),
    )
