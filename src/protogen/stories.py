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


def story_line(lang: str, story: dict[str, Any], names: frozenset[str] = frozenset()) -> str:
    """``story`` as one sentence of plain text in ``lang``: the book's frame ("As
    {as_a:a}, I want …", "En tant que …"), set by the language's grammar (a/an, "que" ->
    "qu’", full-width punctuation)."""
    from protogen.writers.offline.books import load_book
    from protogen.writers.offline.tidy import tidy

    book = load_book(lang)  # English for a language without a book
    g = book.grammar

    def mid(text: str) -> str:
        """A part that sits mid-sentence: no full stop, and no capital a writer gave it to
        start (by the language's own rule: German nouns keep theirs; a name keeps its)."""
        text = str(text).strip().rstrip(".。")
        if text.split(" ", 1)[0].strip(",;:") in names:
            return text
        if text[1:2] in "’'":
            return text[:1].lower() + text[1:]  # "L’application" -> "l’application"
        return g.lower_title(text)

    values = {k: mid(story.get(k, "")) for k in ("as_a", "i_want", "so_that")}
    frame = book.data["storyboard"]["story"]
    return tidy(g.finish(g.fill(frame, values)), book.lang)
