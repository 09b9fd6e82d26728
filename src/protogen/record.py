"""The record (``protogen.json``): everything needed to re-render a prototype, no LLM.

It is written beside each prototype and is what ``protogen list`` and the gallery site
read. Its schema is versioned so later releases can read older galleries.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from protogen.brief import Brief

RECORD_FILE = "protogen.json"
SCHEMA_VERSION = 1


class TemplateRef(BaseModel):
    name: str
    version: str
    entry: str = "index.html"


class Knobs(BaseModel):
    tone: str
    palette: str
    palette_colors: dict[str, str] = Field(default_factory=dict)


class Record(BaseModel):
    """What protogen knows about one prototype."""

    model_config = ConfigDict(extra="allow")

    schema_version: int = SCHEMA_VERSION
    slug: str
    idea: str
    idea_lang: str
    brief: Brief
    template: TemplateRef
    knobs: Knobs
    writer: str
    writer_meta: dict[str, Any] = Field(default_factory=dict)
    protogen_version: str
    created_at: datetime
    timings: dict[str, float] = Field(default_factory=dict)
    seconds: float = 0.0

    def to_json(self) -> str:
        return self.model_dump_json(indent=2) + "\n"

    @classmethod
    def load(cls, path: Path) -> Record:
        return cls.model_validate_json(path.read_text(encoding="utf-8"))
