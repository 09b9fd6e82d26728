"""Validate and normalise the idea text before anything else sees it.

The idea is data typed or pasted by a person (or piped from a script): it can be empty,
huge, full of control characters or NUL bytes, or in any script. This stage makes it a
clean, bounded Unicode string, or raises a :class:`UserError` that says what to change.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from protogen.errors import UserError
from protogen.language import detect_language

#: Longest idea accepted, in characters (after clean-up). A one-paragraph idea is a few
#: hundred; 20,000 leaves room for a pasted brief without letting a whole file through.
MAX_IDEA_CHARS = 20_000


@dataclass(frozen=True)
class Idea:
    """A cleaned idea: the text as the user meant it, and its language."""

    text: str
    lang: str


def _strip_controls(text: str) -> str:
    """Drop control and format characters (NUL, ESC, bidi overrides) but keep newlines/tabs.

    Zero-width joiners stay: emoji sequences need them.
    """
    out = []
    for ch in text:
        if ch in "\n\t":
            out.append(ch)
            continue
        cat = unicodedata.category(ch)
        if cat == "Cc" or (cat == "Cf" and ch not in "\u200d\ufe0f") or cat in ("Cs", "Co"):
            continue
        out.append(ch)
    return "".join(out)


def normalise_idea(raw: str) -> Idea:
    """Clean ``raw`` and return an :class:`Idea`, or raise :class:`UserError`."""
    if raw is None:
        raise UserError("No idea given: pass the idea as text, or '-' to read it from stdin.")
    text = unicodedata.normalize("NFC", raw)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _strip_controls(text)
    # Collapse runs of blank lines and trailing spaces; keep paragraphs.
    lines = [" ".join(line.split()) for line in text.split("\n")]
    paragraphs: list[str] = []
    blank = False
    for line in lines:
        if line:
            paragraphs.append(line)
            blank = False
        elif paragraphs and not blank:
            paragraphs.append("")
            blank = True
    text = "\n".join(paragraphs).strip()
    if not text:
        raise UserError("The idea is empty: describe the product in a sentence or more.")
    if len(text) > MAX_IDEA_CHARS:
        raise UserError(
            f"The idea is {len(text):,} characters; the limit is {MAX_IDEA_CHARS:,}. "
            "Shorten it to the core paragraph."
        )
    if not any(ch.isalnum() for ch in text):
        raise UserError("The idea has no words in it: describe the product in a sentence.")
    return Idea(text=text, lang=detect_language(text))
