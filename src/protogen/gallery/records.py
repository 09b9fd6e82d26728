"""The prototypes' records as the gallery sees them: on disk, and as committed.

The site and ``protogen list`` need every record, and a gallery can hold a thousand, so
records are read once and cached in ``.git/protogen/records-cache.bin``, keyed by each
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
import marshal
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from collections.abc import Callable
from typing import Any

from protogen.files import write_atomic_bytes
from protogen.record import DERIVED, RECORD_FILE, Record, summary

PROTOTYPES = "prototypes"
#: marshal is Python's own format: ~8x faster to write than JSON for the cache of a
#: thousand prototypes (what every change pays), and tied to the Python version, which
#: is therefore part of the cache's version. The file is protogen's, inside .git.
_CACHE_VERSION = f"4-py{sys.version_info[0]}.{sys.version_info[1]}"


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


#: A function of a record summary whose result the cache keeps beside it (the site's
#: card), with a version: a new version recomputes it for every record once.
Derive = tuple[str, Callable[[Record], dict[str, Any]]]


class RecordCache:
    """Records on disk, read through the mtime/size cache.

    A caller may ask for something derived from each summary to be cached too
    (``derive``): the site's cards, which a thousand prototypes make worth keeping. It is
    stored in the summary under ``_derived``, never in a record on disk.
    """

    def __init__(self, root: Path, state_dir: Path | None) -> None:
        self.root = root
        self.path = state_dir / "records-cache.bin" if state_dir else None

    def _load(self) -> dict[str, Any]:
        if not self.path:
            return {}
        try:
            data = marshal.loads(self.path.read_bytes())
        except (OSError, ValueError, EOFError, TypeError):
            return {}
        if not isinstance(data, dict) or data.get("version") != _CACHE_VERSION:
            return {}
        entries = data.get("entries")
        return entries if isinstance(entries, dict) else {}

    def on_disk(self, derive: Derive | None = None) -> dict[str, Entry]:
        """Every readable record under ``prototypes/``, by slug. Unreadable ones are
        skipped (a hand-broken record must not take the gallery down)."""
        base = self.root / PROTOTYPES
        if not base.is_dir():
            return {}
        entries = self._load()
        fresh: dict[str, Any] = {}
        out: dict[str, Entry] = {}
        dirty = False
        with os.scandir(base) as listing:  # one stat per prototype, no listing of each
            slugs = [e.name for e in listing if e.is_dir(follow_symlinks=False)]
        for slug in slugs:
            path = base / slug / RECORD_FILE
            try:
                st = os.stat(path)
                stamp = [st.st_mtime_ns, st.st_size]
                hit = entries.get(slug)
                if isinstance(hit, dict) and hit.get("stamp") == stamp:
                    entry = Entry(slug, str(hit["blob"]), Record(hit["record"]))
                else:
                    data = path.read_bytes()
                    entry = Entry(slug, blob_id(data), summary(parse_record(data, str(path))))
                    hit = None
                if derive and add_derived(entry.record, derive):
                    hit = None
                if hit is None:
                    hit = {"stamp": stamp, "blob": entry.blob, "record": dict(entry.record)}
                    dirty = True
                fresh[slug] = hit
            except (OSError, ValueError, KeyError, TypeError):
                continue
            out[slug] = entry
        if self.path and (dirty or len(fresh) != len(entries)):
            with contextlib.suppress(OSError, ValueError):  # the cache only saves time
                write_atomic_bytes(
                    self.path, marshal.dumps({"version": _CACHE_VERSION, "entries": fresh})
                )
        return out


def add_derived(record: Record, derive: Derive) -> bool:
    """Put ``derive``'s value into ``record`` unless it holds this version already;
    True if it computed it."""
    version, function = derive
    held = record.get(DERIVED)
    if isinstance(held, dict) and held.get("v") == version:
        return False
    record[DERIVED] = {"v": version, **function(record)}
    return True


def newest_first(records: list[Record]) -> list[Record]:
    return sorted(records, key=lambda r: (r.created, r.slug), reverse=True)
