"""The record (``protogen.json``): everything needed to re-render a prototype, no LLM.

It is written beside each prototype and is what ``protogen list`` and the gallery site
read. Reading and writing it stays free of pydantic on purpose: pydantic costs ~0.1 s to
import, more than protogen's whole offline run may take. The Brief inside a record is
validated with :class:`protogen.brief.Brief` wherever it comes from an untrusted source
(an LLM reply, a hand-edited record); the offline writer's output is proven valid by the
test suite.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

RECORD_FILE = "protogen.json"
#: The key under which a summary carries values derived from it (see the gallery's
#: record cache); never part of a record on disk.
DERIVED = "_derived"
SCHEMA_VERSION = 1
_REQUIRED = {
    "slug": str,
    "idea": str,
    "brief": dict,
    "template": dict,
    "created_at": str,
    "writer": str,
}


class Data(dict):
    """A dict whose keys also read as attributes (``brief.persona.name``), recursively."""

    __slots__ = ()

    def __getattr__(self, name: str) -> Any:
        try:
            return _wrap(self[name])
        except KeyError:
            raise AttributeError(name) from None


def _wrap(value: Any) -> Any:
    if isinstance(value, dict) and not isinstance(value, Data):
        return Data(value)
    if isinstance(value, list):
        return [_wrap(v) for v in value]
    return value


class Record(Data):
    """One prototype's record. Build it with :meth:`create`, read it with :meth:`load`."""

    __slots__ = ()

    @classmethod
    def create(
        cls,
        *,
        slug: str,
        idea: str,
        idea_lang: str,
        brief: dict[str, Any],
        template: dict[str, str],
        knobs: dict[str, Any],
        writer: str,
        writer_meta: dict[str, Any],
        protogen_version: str,
        created_at: datetime,
        timings: dict[str, float],
        seconds: float,
    ) -> Record:
        return cls(
            schema_version=SCHEMA_VERSION,
            slug=slug,
            idea=idea,
            idea_lang=idea_lang,
            brief=brief,
            template=template,
            knobs=knobs,
            writer=writer,
            writer_meta=writer_meta,
            protogen_version=protogen_version,
            created_at=created_at.isoformat(),
            timings=timings,
            seconds=seconds,
        )

    @classmethod
    def load(cls, path: Path) -> Record:
        """Read and sanity-check a record; raise ValueError if it is not one."""
        return cls.from_data(json.loads(path.read_text(encoding="utf-8")), str(path))

    @classmethod
    def from_data(cls, data: Any, where: str = "record") -> Record:
        """Sanity-check parsed JSON as a record; raise ValueError if it is not one."""
        if not isinstance(data, dict):
            raise ValueError(f"{where} does not hold a JSON object")
        for key, kind in _REQUIRED.items():
            if not isinstance(data.get(key), kind):
                raise ValueError(f"{where}: '{key}' is missing or not a {kind.__name__}")
        for key in ("name", "tagline"):
            if not isinstance(data["brief"].get(key), str):
                raise ValueError(f"{where}: brief.{key} is missing")
        cls.parse_time(data["created_at"])
        return cls(data)

    @staticmethod
    def parse_time(value: str) -> datetime:
        moment = datetime.fromisoformat(value)
        if moment.tzinfo is None:
            raise ValueError("created_at needs a time zone")
        return moment

    @property
    def created(self) -> datetime:
        return self.parse_time(self["created_at"])

    def to_json(self) -> str:
        return json.dumps(self, ensure_ascii=False, indent=2) + "\n"


def summary(record: Record) -> Record:
    """The record trimmed to what lists and cards show (kept small: a gallery of a
    thousand prototypes reads a thousand of these on every change)."""
    out = Record({k: record[k] for k in _SUMMARY_KEYS if k in record})
    brief = record.get("brief") if isinstance(record.get("brief"), dict) else {}
    out["brief"] = {k: brief[k] for k in _SUMMARY_BRIEF if k in brief}
    for key, keep in _SUMMARY_NESTED.items():
        value = record.get(key)
        if isinstance(value, dict):
            out[key] = {k: value[k] for k in keep if k in value}
    colors = out.get("knobs", {}).get("palette_colors")
    if isinstance(colors, dict):
        out["knobs"]["palette_colors"] = {k: colors[k] for k in _SUMMARY_COLORS if k in colors}
    return out


_SUMMARY_KEYS = ("slug", "created_at", "writer", "tags")
_SUMMARY_NESTED = {
    "template": ("name", "kind", "entry"),
    "writer_meta": ("model",),
    "media": ("thumbnail",),
    "knobs": ("palette", "tone", "palette_colors"),
}
_SUMMARY_COLORS = ("soft", "ink", "accent", "bg")


_SUMMARY_BRIEF = ("lang", "name", "tagline", "audience")
