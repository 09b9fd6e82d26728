"""A user story as one sentence, in the prototype's language.

The Brief keeps a story's three parts apart (``as_a``, ``i_want``, ``so_that``); the
storyboard README, the prototype's page and the meeting pack set them in the frame of
the idea's language ("As a …, I want …, so that …", "En tant que …, je veux …"), with
that language's agreement at the seams (a/an, que → qu'). Plain text comes out: each
place escapes it for its own format.
"""

from __future__ import annotations

import re
from typing import Any

_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def names_in(text: str) -> frozenset[str]:
    """Words written with a capital inside a sentence: names ("Slack", "HR") that keep
    their capital when a story part starts with them."""
    out: set[str] = set()
    for sentence in re.split(r"(?<=[.!?。！？])\s+|\n+", text):
        words = _WORD.findall(sentence)
        out.update(w for w in words[1:] if w[:1].isupper())
    return frozenset(out)


def _mid(text: str, names: frozenset[str]) -> str:
    """A part that sits mid-sentence: without the capital the writer gave it to start a
    field ("To see reviews" -> "to see reviews"), unless it starts with a name."""
    text = text.strip().rstrip(".")
    first = text.split(" ", 1)[0].strip(",;:")
    if first in names or not (text[1:2].islower() or text[1:2] in "’'"):
        return text
    return text[:1].lower() + text[1:]


def story_line(lang: str, story: dict[str, Any], names: frozenset[str] = frozenset()) -> str:
    """``story`` as one sentence of plain text in ``lang`` (see the module docstring)."""
    from protogen.writers.offline.books import load_book
    from protogen.writers.offline.tidy import tidy

    parts = {k: str(story.get(k, "")) for k in ("as_a", "i_want", "so_that")}
    try:
        book = load_book(lang)
    except ModuleNotFoundError:
        book = None
    frame = (book.data.get("storyboard") or {}).get("story") if book else None
    if not frame:  # no frame in this language yet: its words, side by side
        return f"{parts['as_a'].strip()}: {parts['i_want'].strip()} ({parts['so_that'].strip()})"
    values = {k: _mid(v, names) for k, v in parts.items()}
    return tidy(book.grammar.fill(frame, values), lang)
