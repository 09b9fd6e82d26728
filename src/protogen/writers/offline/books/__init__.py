"""Phrasebooks as data, one module per language, loaded only for the idea's language.

Every book has the same keys, and every frame the same placeholders as its counterpart
in the other books (``tests/test_phrasebooks.py`` checks it), so a frame that works in
one language has a translation that works in all. Frames are plain ``str.format``-style
strings with named slots; a ``"Title|Text"`` frame holds a title and its sentence.

Each book comes with its language's :class:`Grammar`: articles and agreement for the
noun phrases the reader took from the idea, and the hooks a language fills when its
words need more than a slot (see :class:`Grammar`). A book module may name its own
grammar (``GRAMMAR = ...``); frames may then carry agreement marks that the grammar
resolves (they are grammar, not slots: a frame keeps the placeholders of its English
original) and ask for a form of a slot (``{does:polite}``).
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from protogen.writers.offline.reading import Phrase, Reading

LANGS = ("en", "es", "fr", "de", "pt", "ja", "zh")


#: ``{slot}`` or ``{slot:form}``: the form (str.format's format spec) asks the grammar
#: for an inflected form of the slot's value (:meth:`Grammar.inflect`).
_SLOT = re.compile(r"\{(\w+)(?::(\w+))?\}")


class Grammar:
    """English, and the default of every hook: no agreement, no forms, no seams.

    A book module names its language's grammar (``GRAMMAR = ...``); the composer calls
    its hooks, whose defaults change nothing, so English reads as its frames say:

    - :meth:`usable`: a quick look at a frame before it is tried (a mark it cannot
      resolve for this idea);
    - :meth:`agree`: the frame and the slot values with the language's agreement marks
      resolved (``⟦der {product}⟧`` in German, ``⟨p conçu|conçue⟩`` in French,
      ``{P:o|a}`` in Spanish and Portuguese) and the person of the quoted chunks; None
      when this idea cannot give the agreement (the composer then picks another frame);
    - :meth:`fill` sets the values into the frame, and for each slot asks
      :meth:`inflect` for the form the frame wants (``{does:polite}``, ``{as_a:a}``),
      starts a slot that begins a sentence with a capital, and lets :meth:`seam` join
      the frame's word before it to the value (French "de" + "les" -> "des");
    - :meth:`voice` puts the filled sentence in the register of the tone (Japanese plain
      style when bold, formal Spanish "usted", formal Chinese 您), :meth:`finish` is the
      language's last pass over it (CJK typesetting, capitals after "¿"); then
      :func:`tidy.tidy` cleans the punctuation and spacing for every language.

    Besides: the noun phrases from the idea (:meth:`a_product`, :meth:`the_audience`,
    :meth:`for_audience`, :meth:`one`, :meth:`label` for the eyebrow), the persona
    (:meth:`persona_names` narrows the names to those that fit the role,
    :meth:`persona` makes name and role agree), :meth:`them` (a subject named nearby
    said as a pronoun), :attr:`pronouns` (pronouns that would point at nobody once a
    chunk stands alone), and names (:meth:`make_name`, :meth:`romanise` for the slug).
    """

    lang = "en"
    pronouns = re.compile(r"\b(?:they|their|them|themselves|he|she|his|her)\b", re.I)
    #: How long a one-word product must be to say more than the kind's label in the
    #: eyebrow: never in English ("app"), a compound in German ("Lernplattform", not
    #: "Plattform"), any word in Japanese and Chinese (no spaces); 0 means never.
    telling_word = 0

    # -- frames, in the order the composer calls them --------------------------------
    def usable(self, frame: str, c: Any) -> bool:
        return True

    def agree(
        self, frame: str, values: dict[str, str], c: Any
    ) -> tuple[str, dict[str, str]] | None:
        """The frame and slot values with the language's agreement resolved for the
        composer ``c`` (its Reading, tone and persona); None when the frame needs an
        agreement this idea cannot give (the composer then picks another frame)."""
        return frame, values

    def fill(self, frame: str, values: dict[str, str]) -> str:
        """``frame`` with ``values`` set into its slots: each in the form the frame asks
        for, with a capital where it starts a sentence ("{does}. {does2}."), joined to
        the frame's words at the seams."""
        out = ""
        pos = 0
        for mm in _SLOT.finditer(frame):
            out += frame[pos : mm.start()]
            pos = mm.end()
            value = values.get(mm.group(1), "")
            if not value:
                continue
            if mm.group(2):
                value = self.inflect(value, mm.group(2))
            if out.rstrip().endswith((".", "!", "?", "|")) and value[:1].islower():
                value = self.cap(value)
            out, value = self.seam(out, value)
            out += value
        return out + frame[pos:]

    def inflect(self, value: str, form: str) -> str:
        """``value`` in the form a frame asks for with ``{slot:form}``. English knows
        one form, ``a``: the phrase with "a" or "an" ("As {as_a:a}, ...")."""
        if form == "a" and self.lang == "en":
            from protogen.writers.offline.en_morph import with_article

            return with_article(value)
        return value

    def seam(self, before: str, value: str) -> tuple[str, str]:
        """The frame's text up to a slot and the slot's value, joined as the language
        requires where they meet (the idea's own words are never changed inside)."""
        return before, value

    def voice(self, text: str, tone: str) -> str:
        """The sentence in the register of ``tone``, for a language whose register lives
        in its endings or pronouns (Japanese です/ます or だ); frames carry the rest."""
        return text

    def finish(self, text: str) -> str:
        """The language's last pass over a filled sentence (before :func:`tidy.tidy`)."""
        return text

    # -- noun phrases and people -------------------------------------------------------
    def cap(self, text: str) -> str:
        return text[:1].upper() + text[1:] if text else text

    def lower_title(self, title: str) -> str:
        """A title or sentence set mid-sentence: its first word in lower case, unless
        that word is a name, an acronym ("SaaS", "PhD") or the pronoun "I"."""
        first, _, rest = title.partition(" ")
        if first[1:] == first[1:].lower() and not re.match(r"I(?:$|['’])", first):
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
        """One member of the audience, without an article ("dog owner", "small
        bakery"): a role frame adds one where it needs it (``{one:a}``)."""
        return p.singular or p.text

    def label(self, p: Phrase) -> str:
        """The audience as the page's eyebrow shows it."""
        return p.text

    def persona_names(self, names: list[str], role: str) -> list[str]:
        return names

    def persona(self, names: list[str], i: int, role: str) -> tuple[str, str]:
        """The persona (one of ``names``, the ``i``-th by default) and their role, made
        to agree with each other ("Lucía, dueña de perros"); the role as it is here."""
        return names[i % len(names)], role

    def them(self, does: str, subject: str) -> str:
        """``does`` with ``subject`` (already named nearby) said as a pronoun: "lets
        students swap ..." -> "lets them swap ..."; other languages override it, or keep
        the subject."""
        if self.lang != "en":
            return does
        return does.replace(f" {subject} ", " them ", 1)

    # -- names -------------------------------------------------------------------------
    def make_name(self, reading: Reading, book: Book, seed: int) -> str:
        """A product name coined the language's own way; "" leaves it to
        :func:`names.make_name`."""
        return ""

    def romanise(self, name: str) -> str:
        """An ASCII form of ``name`` for the slug; "" when python-slugify's own
        transliteration reads well."""
        return ""


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
    return Book(lang, module.BOOK, getattr(module, "GRAMMAR", None) or Grammar())
