"""Writers fill a Brief from an Idea. They all share one small interface.

``offline`` is deterministic and needs no network; ``openai`` talks to any
OpenAI-compatible endpoint. New writers implement :class:`Writer` and register in
:func:`get_writer`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from protogen.errors import ConfigError
from protogen.idea import Idea
from protogen.knobs import TONES

WRITERS = ("offline", "openai")


@dataclass
class WriteResult:
    """A filled Brief (plain data, valid against :class:`protogen.brief.Brief`) plus what
    the record should say about how it was written."""

    brief: dict[str, Any]
    writer: str
    meta: dict[str, Any] = field(default_factory=dict)


class Writer(Protocol):
    name: str

    def write(self, idea: Idea, *, tone: str) -> WriteResult:
        """Return a complete, validated Brief for ``idea`` in the given tone."""
        ...


def get_writer(
    name: str,
    *,
    config: dict[str, Any] | None = None,
    model: str | None = None,
    timeout: float | None = None,
    strict: bool | None = None,
    allow_fallback: bool | None = None,
    progress: Callable[[str, int, float], None] | None = None,
) -> Writer:
    """Return the writer called ``name`` or raise a ConfigError that lists the choices.

    ``config`` is the gallery's protogen.toml; the other arguments are command-line
    overrides (see :mod:`protogen.config` for the order in which settings apply).
    """
    if name == "offline":
        from protogen.writers.offline import OfflineWriter

        return OfflineWriter()
    if name == "openai":
        from protogen.config import llm_settings
        from protogen.writers.openai import OpenAIWriter

        settings = llm_settings(
            config or {},
            model=model,
            timeout=timeout,
            strict=strict,
            allow_fallback=allow_fallback,
        )
        return OpenAIWriter(settings, progress)
    raise ConfigError(f"Unknown writer '{name}'. Choose one of: {', '.join(WRITERS)}.")


def check_tone(tone: str) -> str:
    """Return ``tone`` if it is known, else raise a ConfigError naming the choices."""
    if tone not in TONES:
        raise ConfigError(f"Unknown tone '{tone}'. Choose one of: {', '.join(TONES)}.")
    return tone
