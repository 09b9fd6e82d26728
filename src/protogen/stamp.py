"""Marks on the files protogen generates, so it can tell its own text from a person's.

protogen rebuilds the gallery site on every change. A person may still edit those files
(a note at the top of the gallery README, a tweak to ``index.html``), and such an edit
must never vanish without a word. So every file protogen owns carries a mark it can
check before overwriting:

* an HTML page ends with ``<!-- protogen:digest sha256:... -->``: the digest of
  everything before that line. If the page changed since protogen wrote it, the digest
  no longer matches and protogen refuses to overwrite it.
* a Markdown file is shared: protogen owns only the region between two markers, and
  the end marker carries the digest of that region. Text above or below the markers is
  the user's and is kept, byte for byte.

The marks survive a clone, unlike any state kept in ``.git``.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

_HTML_MARK = re.compile(r"\n<!-- protogen:digest sha256:([0-9a-f]{64}) -->\n?\Z")
REGION_START = (
    "<!-- protogen:start (protogen rebuilds the text between these markers; "
    "write your own above or below them) -->"
)
_REGION_START = re.compile(r"<!-- protogen:start\b[^>]*-->\n?")
_REGION_END = re.compile(r"\n?<!-- protogen:end sha256:([0-9a-f]{64}) -->\n?")
#: Files protogen wrote before it marked them (so an old gallery upgrades quietly).
_LEGACY_HTML = '<meta name="generator" content="protogen'
_LEGACY_MD = "_Built by protogen "


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def stamp_html(text: str) -> str:
    """``text`` with its digest mark appended (the page must end with a newline)."""
    if not text.endswith("\n"):
        text += "\n"
    return f"{text}<!-- protogen:digest sha256:{_digest(text)} -->\n"


def html_is_pristine(text: str) -> bool:
    """True if the page is as protogen wrote it (or is an unmarked page of an older
    protogen, which has its generator tag)."""
    m = _HTML_MARK.search(text)
    if m:
        return _digest(text[: m.start() + 1]) == m.group(1)
    return _LEGACY_HTML in text and "protogen:digest" not in text


@dataclass(frozen=True)
class Region:
    """protogen's part of a Markdown file shared with the user."""

    text: str

    def block(self) -> str:
        body = self.text.strip("\n")
        return f"{REGION_START}\n{body}\n<!-- protogen:end sha256:{_digest(body)} -->\n"


def region_is_pristine(existing: str) -> bool:
    """True if protogen's region of ``existing`` is as protogen wrote it, or there is no
    region at all (then protogen adds one and keeps the rest)."""
    start = _REGION_START.search(existing)
    end = _REGION_END.search(existing, start.end()) if start else None
    if not start and not end:
        return True
    if not (start and end):
        return False  # a marker was deleted: someone edited the region
    return _digest(existing[start.end() : end.start()]) == end.group(1)


def merge_region(existing: str | None, region: Region) -> str:
    """``existing`` with protogen's region replaced by ``region`` (appended if absent).

    A Markdown file that an older protogen wrote whole, without markers, is replaced.
    """
    block = region.block()
    if not existing or (_LEGACY_MD in existing and "protogen:start" not in existing):
        return block
    start = _REGION_START.search(existing)
    end = _REGION_END.search(existing, start.end()) if start else None
    if start and end:
        before = existing[: start.start()]
        after = existing[end.end() :]
        return before + block + after
    return existing.rstrip("\n") + "\n\n" + block


@dataclass(frozen=True)
class Ensure:
    """A file that only has to exist (``.nojekyll``): created when missing, never
    rewritten, and committed only when HEAD lacks it."""

    content: str = ""


@dataclass(frozen=True)
class Remove:
    """A file protogen wrote before and no longer needs (a removed prototype's page)."""


#: What a builder hands the gallery per path: a whole file protogen owns (text or
#: bytes), protogen's region of a shared Markdown file, a file that only has to exist,
#: or a file to remove.
FileValue = str | bytes | Region | Ensure | Remove
