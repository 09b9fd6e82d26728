"""Phrasebooks as data, one module per language, loaded only for the idea's language.

Every book has the same keys, and every frame the same placeholders as its counterpart
in the other books (``tests/test_phrasebooks.py`` checks it), so a frame that works in
one language has a translation that works in all. Frames are plain ``str.format``-style
strings with named slots; a ``"Title|Text"`` frame holds a title and its sentence.

Each book comes with its language's :class:`Grammar`: articles and agreement for the
noun phrases the reader took from the idea. A book module may name its own grammar
(``GRAMMAR``); its hooks (``agree``, ``finish``, ``persona``) let a language resolve
agreement marks in its frames, polish the filled sentence and match a persona's name
with their role.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from functools import cache
from typing import Any, ClassVar

from protogen.writers.offline.reading import Phrase, Promise

LANGS = ("en", "es", "fr", "de", "pt", "ja", "zh")


class Grammar:
    """English, and the default: no articles to agree."""

    lang = "en"

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

    # Hooks a language's grammar may fill; the defaults change nothing.
    def agree(self, frame: str, composer, values: dict[str, str]) -> str:
        """The frame with its agreement marks resolved, before the idea's words go in
        (so nothing from the idea is read as a mark)."""
        return frame

    def finish(self, text: str, composer) -> str:
        """The last pass over a filled sentence, after :func:`tidy.tidy`."""
        return text

    def persona(self, people: list[str], i: int, role: str) -> tuple[str, str]:
        """The persona's name and their role, agreeing with each other."""
        return people[i % len(people)], role

    def does_them(self, p: Promise, audience: Phrase | None) -> str | None:
        """What the product does for ``p``, in a sentence that has just named the
        audience (so it is not named twice); None: the composer's own way."""
        return None

    def label(self, p: Phrase) -> str:
        """The audience as the page's eyebrow shows it."""
        return p.text

    def looks_adjective(self, word: str) -> bool | None:
        """Whether a keyword is an adjective, for names; None: no opinion (names.py
        then goes by the word's ending)."""
        return None


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
    if hasattr(module, "GRAMMAR"):  # a book may bring its language's own grammar
        return Book(lang, data, module.GRAMMAR)
    if lang in ("es", "fr", "pt"):
        grammar: Grammar = RomanceGrammar(lang)
    elif lang == "de":
        grammar = GermanGrammar()
    elif lang in ("ja", "zh"):
        grammar = CjkGrammar(lang)
    else:
        grammar = Grammar()
    return Book(lang, data, grammar)
