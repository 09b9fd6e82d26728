"""The prototypes' records as the gallery sees them: on disk, and as committed.

The site and ``protogen list`` need every record, and a gallery can hold a thousand, so
records are read once and cached in ``.git/protogen/records-cache.json``, keyed by each
file's mtime and size. Each cached entry also keeps the record's git blob id, so the
gallery can tell, without reading the file again, whether the record on disk is the one
committed: the committed site is built from committed records only.

Briefs are trimmed to the fields the site shows (the page of each prototype is built
from its full record when that prototype changes).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from protogen.files import write_atomic
from protogen.record import RECORD_FILE, Record, summary

PROTOTYPES = "prototypes"
_CACHE_VERSION = 3


def blob_id(data: bytes) -> str:
    """The id git gives a blob with this content (without filters)."""
    return hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()


def parse_record(data: bytes, where: str) -> Record:
    """A record from the bytes of a ``protogen.json``; ValueError if it is not one."""
    try:
        obj = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise ValueError(f"{where}: not JSON ({exc})") from None
    return Record.from_data(obj, where)


@dataclass(frozen=True)
class Entry:
    """One prototype's record, with the blob id of its ``protogen.json``."""

    slug: str
    blob: str
    record: Record


class RecordCache:
    """Records on disk, read through the mtime/size cache."""

    def __init__(self, root: Path, state_dir: Path | None) -> None:
        self.root = root
        self.path = state_dir / "records-cache.json" if state_dir else None

    def _load(self) -> dict[str, Any]:
        if not self.path:
            return {}
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        if not isinstance(data, dict) or data.get("version") != _CACHE_VERSION:
            return {}
        entries = data.get("entries")
        return entries if isinstance(entries, dict) else {}

    def on_disk(self) -> dict[str, Entry]:
        """Every readable record under ``prototypes/``, by slug. Unreadable ones are
        skipped (a hand-broken record must not take the gallery down)."""
        base = self.root / PROTOTYPES
        if not base.is_dir():
            return {}
        entries = self._load()
        fresh: dict[str, Any] = {}
        out: dict[str, Entry] = {}
        for path in base.glob(f"*/{RECORD_FILE}"):
            slug = path.parent.name
            try:
                st = path.stat()
                stamp = [st.st_mtime_ns, st.st_size]
                hit = entries.get(slug)
                if isinstance(hit, dict) and hit.get("stamp") == stamp:
                    entry = Entry(slug, str(hit["blob"]), Record(hit["record"]))
                else:
                    data = path.read_bytes()
                    entry = Entry(slug, blob_id(data), summary(parse_record(data, str(path))))
            except (OSError, ValueError, KeyError, TypeError):
                continue
            fresh[slug] = {"stamp": stamp, "blob": entry.blob, "record": entry.record}
            out[slug] = entry
        if self.path and fresh != entries:
            with contextlib.suppress(OSError):
                write_atomic(self.path, json.dumps({"version": _CACHE_VERSION, "entries": fresh}))
        return out


def newest_first(records: list[Record]) -> list[Record]:
    return sorted(records, key=lambda r: (r.created, r.slug), reverse=True)
