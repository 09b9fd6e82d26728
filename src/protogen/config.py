"""Where each setting comes from: the command line, then the environment, then the
gallery's ``protogen.toml``, then a sensible default.

The writer defaults to ``openai`` when an endpoint is configured (``OPENAI_API_KEY`` or
``OPENAI_BASE_URL`` is set) and to ``offline`` otherwise, so the tool works on a plane.

``protogen.toml`` is checked as a whole when it is read: every key must be known and every
value of the right type and range, and a mistake is reported with the key and its line.
API keys are read from the environment only: the gallery is a git repository that may be
pushed, so a secret in ``protogen.toml`` is refused, never used. Secrets are recognised
by what they are (a key *named* like a credential, or a value *shaped* like one), not by
a substring, so ``max_tokens`` is a setting and ``api_key`` is refused.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from protogen.errors import ConfigError

CONFIG_FILE = "protogen.toml"
DEFAULT_MODEL = "gpt-4o-mini"
#: The most protogen waits for the LLM in all: every request, retry and re-ask together.
DEFAULT_TIMEOUT = 300.0
DEFAULT_RETRIES = 3
DEFAULT_MAX_TOKENS = 4096

#: What each protogen.toml setting must hold: a type and, for numbers, a range.
_STR, _INT, _NUM, _BOOL = "string", "integer", "number", "boolean"
_SPECS: dict[str, tuple[str, float | None, float | None]] = {
    "writer": (_STR, None, None),
    "model": (_STR, None, None),
    "base_url": (_STR, None, None),
    "template": (_STR, None, None),
    "palette": (_STR, None, None),
    "tone": (_STR, None, None),
    "timeout": (_NUM, 1, 3600),
    "retries": (_INT, 0, 10),
    "max_tokens": (_INT, 256, 65536),
    "strict": (_BOOL, None, None),
    "allow_fallback": (_BOOL, None, None),
    # the gallery site (protogen.site)
    "title": (_STR, None, None),
    "intro": (_STR, None, None),
    "pages_workflow": (_BOOL, None, None),
    # screenshots (protogen.screens)
    "shots": (_BOOL, None, None),
    "chromium": (_STR, None, None),
    "shot_timeout": (_NUM, 1, 600),
}
_UNITS = {"timeout": " seconds"}

#: Key names that hold credentials: the whole name, or its last word (``openai_api_key``,
#: ``client_secret``, ``github_token``), or its first (``auth_header``).
_SECRET_NAMES = {"apikey", "api_key", "access_token", "auth", "authorization", "bearer"}
_SECRET_LAST_WORDS = {"key", "apikey", "secret", "password", "passwd", "pwd", "token"}
_SECRET_LAST_WORDS |= {"credential", "credentials", "auth"}
_SECRET_FIRST_WORDS = {"auth", "authorization", "bearer", "secret", "password"}
#: Values shaped like a credential: OpenAI/Anthropic/Stripe/Groq/HF/GitHub/GitLab/Slack/
#: AWS/Google keys, a bearer header, a JWT.
_SECRET_VALUE = re.compile(
    r"^\s*(?:sk[-_][A-Za-z0-9_-]{8,}|(?:rk|sk)_live_\S{8,}|gsk_\S{8,}|hf_\S{8,}"
    r"|gh[pousr]_\S{8,}|github_pat_\S{8,}|glpat-\S{8,}|xox[abprs]-\S{8,}|A[KS]IA[A-Z0-9]{12,}"
    r"|AIza\S{20,}|Bearer\s+\S{8,}|eyJ[\w-]{8,}\.eyJ[\w-]{8,}\.[\w-]*)\s*$"
)


@dataclass(frozen=True)
class LLMSettings:
    """How to reach an OpenAI-compatible endpoint. ``api_key`` never leaves the process."""

    model: str
    base_url: str | None
    api_key: str | None
    #: seconds protogen waits for the model in all (requests, retries and re-ask)
    timeout: float
    retries: int
    strict: bool
    max_tokens: int = DEFAULT_MAX_TOKENS
    allow_fallback: bool = False

    @property
    def host(self) -> str:
        """The endpoint's host (and port) for messages and records: never the key."""
        from urllib.parse import urlsplit

        if not self.base_url:
            return "api.openai.com"
        parts = urlsplit(self.base_url)
        return parts.netloc.rsplit("@", 1)[-1] or self.base_url

    @property
    def public_url(self) -> str:
        """The base URL as it may be shown or stored: without any user:password@ part."""
        from urllib.parse import urlsplit

        if not self.base_url:
            return "https://api.openai.com/v1"
        parts = urlsplit(self.base_url)
        return f"{parts.scheme}://{self.host}{parts.path}".rstrip("/")


# -- protogen.toml ---------------------------------------------------------------------
def gallery_config(gallery: Path) -> dict[str, Any]:
    """The gallery's ``protogen.toml``, checked, as a dict ({} when there is none).

    Raises :class:`ConfigError` naming the line for a syntax error, an unknown key, a
    value of the wrong type or range, or anything that looks like a secret.
    """
    path = gallery / CONFIG_FILE
    if not path.is_file():
        return {}
    import tomllib

    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"{path} cannot be read: {exc.strerror or exc}.") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ConfigError(f"{path} line {line}: not UTF-8 text; save it as UTF-8.") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(_syntax_error(path, str(exc))) from None
    check_config(data, text, str(path))
    return data


def _syntax_error(path: Path, message: str) -> str:
    """tomllib says '... (at line 3, column 9)': lead with the line, like every other error."""
    found = re.search(r"\s*\(at line (\d+), column (\d+)\)", message)
    if not found:
        found_end = re.search(r"\s*\(at end of document\)", message)
        what = message[: found_end.start()] if found_end else message
        return f"{path}: not valid TOML ({what} at the end of the file)."
    what = message[: found.start()] + message[found.end() :]
    return f"{path} line {found.group(1)}: not valid TOML ({what}, column {found.group(2)})."


def check_config(data: dict[str, Any], text: str, where: str = CONFIG_FILE) -> None:
    """Check every key and value of a parsed protogen.toml; ``text`` gives line numbers."""
    for key, value in data.items():  # secrets first: the message must not echo them
        secret = _secret_in(key, value)
        if secret:
            raise ConfigError(
                f"{where} line {_line_of(text, secret)}: '{secret}' looks like a secret (an "
                "API key, token or password); remove it, since the gallery is a git repository "
                "you may push, and set OPENAI_API_KEY in the environment instead."
            )
    for key, value in data.items():
        line = _line_of(text, key)
        if key not in _SPECS:
            import difflib

            close = difflib.get_close_matches(key, list(_SPECS), n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            raise ConfigError(
                f"{where} line {line}: unknown setting '{key}'{hint}; known: {', '.join(_SPECS)}."
            )
        problem = _value_problem(key, value)
        if problem:
            raise ConfigError(f"{where} line {line}: '{key}' {problem}.")


def _secret_in(key: str, value: Any) -> str | None:
    """The name of the first key (here or in a nested table) that holds a secret."""
    name = key.lower().replace("-", "_").strip()
    words = [w for w in re.split(r"[_.\s]+", name) if w]
    if (
        name in _SECRET_NAMES
        or (words and (words[-1] in _SECRET_LAST_WORDS or words[0] in _SECRET_FIRST_WORDS))
        or _holds_secret_value(value)
    ):
        return key
    if isinstance(value, dict):
        for sub, subvalue in value.items():
            found = _secret_in(sub, subvalue)
            if found:
                return found
    if isinstance(value, list):
        for item in value:
            if isinstance(item, dict):
                for sub, subvalue in item.items():
                    found = _secret_in(sub, subvalue)
                    if found:
                        return found
    return None


def _holds_secret_value(value: Any) -> bool:
    if isinstance(value, str):
        return bool(_SECRET_VALUE.match(value)) or _url_has_password(value)
    if isinstance(value, list):
        return any(isinstance(v, str) and _holds_secret_value(v) for v in value)
    return False


def _url_has_password(value: str) -> bool:
    if not value.startswith(("http://", "https://")):
        return False
    from urllib.parse import urlsplit

    try:
        return bool(urlsplit(value.strip()).password)
    except ValueError:
        return False


def _type_name(value: Any) -> str:
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int):
        return "an integer"
    if isinstance(value, float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "a table"
    return f"a {type(value).__name__}"  # TOML dates and times


def _value_problem(key: str, value: Any) -> str | None:
    """What is wrong with ``value`` for setting ``key`` (None when it is fine)."""
    kind, low, high = _SPECS[key]
    if kind == _BOOL:
        if isinstance(value, bool):
            return None
        return f"must be true or false, not {_type_name(value)}"
    if kind == _STR:
        if not isinstance(value, str):
            return f"must be a string, not {_type_name(value)}"
        if not value.strip():
            return "must not be empty"
        return _choice_problem(key, value.strip())
    if isinstance(value, bool) or not isinstance(value, int | float):
        want = "a whole number" if kind == _INT else "a number"
        return f"must be {want}, not {_type_name(value)}"
    if kind == _INT and not float(value).is_integer():
        return f"must be a whole number, not {value:g}"
    assert low is not None and high is not None
    if not low <= value <= high:
        unit = _UNITS.get(key, "")
        return f"must be between {low:g} and {high:g}{unit}, not {value:g}"
    return None


def _choice_problem(key: str, value: str) -> str | None:
    if key == "writer":
        from protogen.writers import WRITERS

        if value not in WRITERS:
            return f"must be one of {', '.join(WRITERS)}, not '{value}'"
    if key == "tone":
        from protogen.knobs import TONES

        if value not in TONES:
            return f"must be one of {', '.join(TONES)}, not '{value}'"
    if key == "base_url" and not value.startswith(("http://", "https://")):
        return f"must start with http:// or https://, not '{value}'"
    return None


def _line_of(text: str, key: str) -> int:
    """The line where top-level ``key`` is set (as ``key =``, a dotted key or a table)."""
    quoted = re.escape(key)
    name = rf"(?:{quoted}|\"{quoted}\"|'{quoted}')"
    patterns = (
        rf"^\s*{name}\s*=",  # key = value
        rf"^\s*{name}\s*\.",  # key.sub = value
        rf"^\s*\[\[?\s*{name}\s*[\].]",  # [key] or [key.sub] or [[key]]
        rf"^\s*[\w\"'.-]+\.\s*{name}\s*=",  # a nested key (secrets in a table)
    )
    lines = text.splitlines()
    for pattern in patterns:
        rx = re.compile(pattern)
        for number, line in enumerate(lines, 1):
            if rx.match(line):
                return number
    return 1


# -- the settings, resolved ------------------------------------------------------------
def choose_writer(cli: str | None, config: dict[str, Any]) -> str:
    """``--writer``, else ``$PROTOGEN_WRITER``, else the gallery config, else auto."""
    for value in (cli, os.environ.get("PROTOGEN_WRITER"), config.get("writer")):
        if value:
            return str(value)
    if os.environ.get("OPENAI_API_KEY") or os.environ.get("OPENAI_BASE_URL"):
        return "openai"
    return "offline"


def _first(*pairs: tuple[str, Any]) -> tuple[str, Any]:
    """The first (source, value) whose value is set; ('', None) when none is."""
    for source, value in pairs:
        if value is not None and value != "":
            return source, value
    return "", None


def _number(source: str, raw: Any, kind: type, low: float, high: float, unit: str = "") -> Any:
    try:
        value = kind(raw)
        if kind is int and isinstance(raw, str) and not raw.strip().lstrip("+-").isdigit():
            raise ValueError(raw)
    except (TypeError, ValueError):
        want = "a whole number" if kind is int else "a number"
        raise ConfigError(f"{source} must be {want}{unit and ' of' + unit}, not '{raw}'.") from None
    if value != value or not low <= value <= high:  # NaN fails every comparison
        raise ConfigError(f"{source} must be between {low:g} and {high:g}{unit}, not {raw}.")
    return value


_TRUE = ("1", "true", "yes", "on")
_FALSE = ("0", "false", "no", "off", "")


def _flag(name: str, cli: bool | None, config_key: str, config: dict[str, Any]) -> bool:
    """A yes/no setting: the flag if given, else ``$name``, else protogen.toml, else off."""
    if cli is not None:
        return bool(cli)
    raw = os.environ.get(name)
    if raw is not None and raw.strip():
        word = raw.strip().lower()
        if word in _TRUE:
            return True
        if word not in _FALSE:
            raise ConfigError(f"{name} must be 1 or 0 (or true/false), not '{raw}'.")
        return False
    return bool(config.get(config_key, False))


def llm_settings(
    config: dict[str, Any],
    *,
    model: str | None = None,
    timeout: float | None = None,
    strict: bool | None = None,
    allow_fallback: bool | None = None,
) -> LLMSettings:
    """Settings for the openai writer, from flags, environment and gallery config."""
    env = os.environ
    where, base_url = _first(
        ("OPENAI_BASE_URL", env.get("OPENAI_BASE_URL", "").strip()),
        (f"{CONFIG_FILE} 'base_url'", config.get("base_url")),
    )
    if base_url and not base_url.startswith(("http://", "https://")):
        raise ConfigError(f"{where} must start with http:// or https://, not '{base_url}'.")
    api_key = env.get("OPENAI_API_KEY") or None
    if not api_key and not base_url:
        raise ConfigError(
            "The openai writer needs an endpoint: set OPENAI_API_KEY (for OpenAI) "
            "or OPENAI_BASE_URL (e.g. http://localhost:11434/v1 for Ollama), "
            "or use '--writer offline'."
        )
    t_source, raw_timeout = _first(
        ("--timeout", timeout),
        ("PROTOGEN_TIMEOUT", env.get("PROTOGEN_TIMEOUT")),
        (f"{CONFIG_FILE} 'timeout'", config.get("timeout")),
        ("the timeout", DEFAULT_TIMEOUT),
    )
    r_source, raw_retries = _first(
        ("PROTOGEN_RETRIES", env.get("PROTOGEN_RETRIES")),
        (f"{CONFIG_FILE} 'retries'", config.get("retries")),
        ("retries", DEFAULT_RETRIES),
    )
    m_source, raw_tokens = _first(
        ("PROTOGEN_MAX_TOKENS", env.get("PROTOGEN_MAX_TOKENS")),
        (f"{CONFIG_FILE} 'max_tokens'", config.get("max_tokens")),
        ("max_tokens", DEFAULT_MAX_TOKENS),
    )
    _, chosen_model = _first(
        ("--model", model),
        ("PROTOGEN_MODEL", env.get("PROTOGEN_MODEL", "").strip()),
        ("model", config.get("model")),
        ("default", DEFAULT_MODEL),
    )
    return LLMSettings(
        model=str(chosen_model).strip(),
        base_url=base_url.rstrip("/") if base_url else None,
        api_key=api_key,
        timeout=_number(t_source, raw_timeout, float, 1, 3600, " seconds"),
        retries=_number(r_source, raw_retries, int, 0, 10),
        strict=_flag("PROTOGEN_STRICT", strict, "strict", config),
        max_tokens=_number(m_source, raw_tokens, int, 256, 65536),
        allow_fallback=_flag("PROTOGEN_ALLOW_FALLBACK", allow_fallback, "allow_fallback", config),
    )
