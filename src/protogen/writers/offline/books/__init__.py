"""Phrasebooks as data, one module per language, loaded only for the idea's language.

Every book has the same keys, and every frame the same placeholders as its counterpart
in the other books (``tests/test_phrasebooks.py`` checks it), so a frame that works in
one language has a translation that works in all. Frames are plain ``str.format``-style
strings with named slots; a ``"Title|Text"`` frame holds a title and its sentence.

Each book comes with its language's :class:`Grammar`: articles and agreement for the
noun phrases the reader took from the idea.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from functools import cache
from typing import Any, ClassVar

from protogen.writers.offline.reading import Phrase

LANGS = ("en", "es", "fr", "de", "pt", "ja", "zh")


_SLOT = re.compile(r"\{(\w+)\}")


class Grammar:
    """English, and the default: no articles to agree.

    The composer calls four hooks that a language's grammar may override (a book module
    that defines ``GRAMMAR`` brings its own): :meth:`fill` sets the slot values into a
    frame (where a language joins words at the seams), :meth:`usable` says whether a
    frame can be said for this idea (an agreement it cannot make), :meth:`persona_names`
    narrows the persona's names to those that fit the role, :meth:`them` says a subject
    named nearby as a pronoun, and :attr:`pronouns` finds pronouns that would point at
    nobody once a chunk stands alone.
    """

    lang = "en"
    pronouns = re.compile(r"\b(?:they|their|them|themselves|he|she|his|her)\b", re.I)

    def fill(self, frame: str, values: dict[str, str], c: Any = None) -> str:
        return _SLOT.sub(lambda mm: values.get(mm.group(1), ""), frame)

    def usable(self, frame: str, c: Any) -> bool:
        return True

    def persona_names(self, names: list[str], role: str) -> list[str]:
        return names

    def them(self, does: str, subject: str) -> str:
        """``does`` with ``subject`` (already named nearby) said as a pronoun: "lets
        students swap ..." -> "lets them swap ..."; other languages override it, or keep
        the subject."""
        if self.lang != "en":
            return does
        return does.replace(f" {subject} ", " them ", 1)

    def cap(self, text: str) -> str:
        return text[:1].upper() + text[1:] if text else text

    def lower_title(self, title: str) -> str:
        first, _, rest = title.partition(" ")
        if first[1:] == first[1:].lower():
            first = first.lower()
        return f"{first} {rest}".strip()

    def a_product(self, p: Phrase) -> str:
        from protogen.writers.offline.en_morph import with_article

        return with_article(p.text)

    def the_audience(self, p: Phrase) -> str:
        return p.text

    def for_audience(self, p: Phrase) -> str:
        return f"for {p.text}"

    def one(self, p: Phrase) -> str:
        from protogen.writers.offline.en_morph import with_article

        return with_article(p.singular or p.text)


class RomanceGrammar(Grammar):
    """Spanish, French and Portuguese: the idea's own article carries the gender."""

    INDEF: ClassVar[dict[str, dict[str, str]]] = {
        "es": {"m": "un", "f": "una"},
        "fr": {"m": "un", "f": "une"},
        "pt": {"m": "um", "f": "uma"},
    }
    DEF_PL: ClassVar[dict[str, dict[str, str]]] = {
        "es": {"m": "los", "f": "las"},
        "fr": {"m": "les", "f": "les"},
        "pt": {"m": "os", "f": "as"},
    }
    FOR: ClassVar[dict[str, str]] = {"es": "para", "fr": "pour", "pt": "para"}

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def lower_title(self, title: str) -> str:
        return title[:1].lower() + title[1:] if title[1:2].islower() else title

    def a_product(self, p: Phrase) -> str:
        art = p.article if p.article in ("un", "una", "une", "um", "uma") else ""
        return f"{art or self.INDEF[self.lang][p.gender or 'm']} {p.text}"

    def the_audience(self, p: Phrase) -> str:
        if p.article in ("los", "las", "les", "os", "as"):
            return f"{p.article} {p.text}"
        return f"{self.DEF_PL[self.lang][p.gender or 'm']} {p.text}"

    def for_audience(self, p: Phrase) -> str:
        if self.lang == "fr":
            return f"pour {self.the_audience(p)}"
        return f"{self.FOR[self.lang]} {p.text}"

    def one(self, p: Phrase) -> str:
        return f"{self.INDEF[self.lang][p.gender or 'm']} {p.singular or p.text}"


class GermanGrammar(Grammar):
    lang = "de"

    def lower_title(self, title: str) -> str:
        return title

    def a_product(self, p: Phrase) -> str:
        art = {"eine": "eine", "ein": "ein", "einen": "ein"}.get(p.article, "")
        if not art:
            art = {"f": "eine", "m": "ein", "n": "ein"}.get(p.gender, "ein")
        return f"{art} {p.text}"

    def for_audience(self, p: Phrase) -> str:
        return f"für {p.text}"

    def one(self, p: Phrase) -> str:
        return p.singular or p.text


class CjkGrammar(Grammar):
    def __init__(self, lang: str) -> None:
        self.lang = lang

    def lower_title(self, title: str) -> str:
        return title

    def a_product(self, p: Phrase) -> str:
        return p.text

    def for_audience(self, p: Phrase) -> str:
        return f"{p.text}向け" if self.lang == "ja" else f"面向{p.text}"

    def one(self, p: Phrase) -> str:
        return p.singular or p.text


@dataclass(frozen=True)
class Book:
    lang: str
    data: dict[str, Any]
    grammar: Grammar

    def kind(self, kind: str) -> dict[str, Any]:
        return self.data["kinds"][kind]


@cache
def load_book(lang: str) -> Book:
    """The phrasebook for ``lang`` (English for languages without one)."""
    lang = lang if lang in LANGS else "en"
    module = importlib.import_module(f"protogen.writers.offline.books.{lang}")
    data = module.BOOK
    if getattr(module, "GRAMMAR", None) is not None:
        grammar: Grammar = module.GRAMMAR
    elif lang in ("es", "fr", "pt"):
        grammar = RomanceGrammar(lang)
    elif lang == "de":
        grammar = GermanGrammar()
    elif lang in ("ja", "zh"):
        grammar = CjkGrammar(lang)
    else:
        grammar = Grammar()
    return Book(lang, data, grammar)
