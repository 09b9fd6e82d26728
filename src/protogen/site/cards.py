"""A prototype as the gallery shows it: one card, in plain words.

Everything here is read from a (possibly hand-edited) record, so every value is checked
before it reaches a page: colours must be hex colours, paths must stay inside the
prototype's folder, and text is left to the templates' autoescaping.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
from dataclasses import dataclass
from datetime import UTC
from functools import cache
from pathlib import Path

from protogen.record import DERIVED, Record

_COLOR = re.compile(r"^#[0-9a-fA-F]{3,8}$")
_DEFAULT_COLORS = {"soft": "#e3eefa", "ink": "#0f1b2d", "accent": "#0b5cad", "bg": "#ffffff"}
_SAFE_PATH = re.compile(r"^[A-Za-z0-9._-]+(?:/[A-Za-z0-9._-]+)*$")
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
TEMPLATE_LABELS = {"landing": "Landing page", "app": "Web app", "imported": "Imported"}


def safe_relpath(value: object, default: str | None = None) -> str | None:
    """``value`` if it is a plain relative path inside a folder, else ``default``."""
    if isinstance(value, str) and _SAFE_PATH.match(value) and ".." not in value.split("/"):
        return value
    return default


def colors(record: Record) -> dict[str, str]:
    """The prototype's palette colours, only well-formed hex colours."""
    knobs = record.get("knobs")
    given = knobs.get("palette_colors") if isinstance(knobs, dict) else None
    given = given if isinstance(given, dict) else {}
    return dict(_checked_colors(tuple(str(given.get(k, "")) for k in _DEFAULT_COLORS)))


@cache
def _checked_colors(values: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    return tuple(
        (k, v if _COLOR.match(v) else default)
        for (k, default), v in zip(_DEFAULT_COLORS.items(), values, strict=True)
    )


def writer_label(record: Record) -> str:
    """Who wrote the copy, in plain words: "offline draft", "LLM: gpt-4o-mini"."""
    writer = str(record.get("writer") or "")
    meta = record.get("writer_meta") if isinstance(record.get("writer_meta"), dict) else {}
    model = str(meta.get("model") or "").strip()[:60]
    if writer.startswith("openai"):
        label = f"LLM: {model}" if model else "LLM"
        return label + (" (some parts offline)" if "fallback" in writer else "")
    if writer == "offline":
        return "offline draft"
    if writer == "imported":
        return "imported"
    return writer[:40] or "unknown"


def template_label(record: Record) -> str:
    template = record.get("template") if isinstance(record.get("template"), dict) else {}
    name = str(template.get("name") or "")
    return TEMPLATE_LABELS.get(name, name[:40] or "unknown")


def tags(record: Record) -> list[str]:
    raw = record.get("tags")
    if not isinstance(raw, list):
        return []
    out = []
    for tag in raw:
        if isinstance(tag, str) and tag.strip() and tag.strip() not in out:
            out.append(tag.strip()[:40])
    return out[:8]


def entry(record: Record) -> str:
    template = record.get("template") if isinstance(record.get("template"), dict) else {}
    return safe_relpath(template.get("entry"), "index.html") or "index.html"


def is_app(record: Record) -> bool:
    template = record.get("template") if isinstance(record.get("template"), dict) else {}
    return template.get("kind") == "app"


@dataclass(frozen=True)
class Card:
    slug: str
    name: str
    tagline: str
    lang: str
    template: str
    writer: str
    tags: list[str]
    created_iso: str
    created_human: str
    month: str  # "2026-11"
    month_human: str  # "November 2026"
    colors: dict[str, str]
    thumbnail: str | None  # relative to the prototype folder
    entry: str
    is_app: bool
    audience: str
    js: str = ""  # as_json() as a JavaScript literal, made once (the cache keeps it)

    def as_json(self) -> dict[str, object]:
        """What the search script needs (site/index.js)."""
        return {
            "s": self.slug,
            "n": self.name,
            "t": self.tagline,
            "l": self.lang,
            "tp": self.template,
            "w": self.writer,
            "g": self.tags,
            "c": self.created_iso,
            "d": self.created_human,
            "m": self.month,
            "th": self.thumbnail,
            "e": self.entry,
            "a": self.is_app,
            "au": self.audience,
        }


def card(record: Record) -> Card:
    """The card of ``record``: from the gallery's cache of derived values when it holds
    one made by this very code (see :data:`DERIVE`), else computed."""
    held = record.get(DERIVED)
    if isinstance(held, dict) and held.get("v") == CARD_VERSION:
        try:
            return Card(**{k: v for k, v in held.items() if k != "v"})
        except TypeError:
            pass
    return _compute(record)


def _compute(record: Record) -> Card:
    made = _make(record)
    text = json.dumps(made.as_json(), ensure_ascii=False, separators=(",", ":"))
    return dataclasses.replace(made, js=text.replace("<", "\\u003c"))


def _make(record: Record) -> Card:
    brief = record.get("brief") if isinstance(record.get("brief"), dict) else {}
    lang = brief.get("lang") if isinstance(brief.get("lang"), str) else "en"
    created = record.created.astimezone(UTC)
    month_name = _MONTHS[created.month - 1]
    media = record.get("media") if isinstance(record.get("media"), dict) else {}
    name, tagline = str(brief.get("name", "")), str(brief.get("tagline", ""))
    template, writer, tag_list = template_label(record), writer_label(record), tags(record)
    return Card(
        slug=record.slug,
        name=name,
        tagline=tagline,
        lang=lang,
        template=template,
        writer=writer,
        tags=tag_list,
        created_iso=(
            f"{created.year:04d}-{created.month:02d}-{created.day:02d}T"
            f"{created.hour:02d}:{created.minute:02d}:{created.second:02d}Z"
        ),
        created_human=f"{created.day} {month_name[:3]} {created.year}",
        month=f"{created.year:04d}-{created.month:02d}",
        month_human=f"{month_name} {created.year}",
        colors=colors(record),
        thumbnail=safe_relpath(media.get("thumbnail")),
        entry=entry(record),
        is_app=is_app(record),
        audience=str(brief.get("audience", ""))[:120],
    )


#: The cards are cached beside the records (a thousand prototypes make it worth it); the
#: version is this file's own digest, so any change to how a card is made recomputes them.
CARD_VERSION = hashlib.sha1(Path(__file__).read_bytes()).hexdigest()[:12]


def card_fields(record: Record) -> dict[str, object]:
    return dataclasses.asdict(_compute(record))


DERIVE = (CARD_VERSION, card_fields)
