"""The offline writer: a deterministic Brief from the idea's own meaning, in milliseconds.

It needs no network and no model, so ``protogen new`` works on a plane. A reader for
the idea's language family (:mod:`.english`, :mod:`.french`, :mod:`.romance`,
:mod:`.german`, :mod:`.cjk`) turns the idea into a :class:`~.reading.Reading`
(product, audience, pain, promises, kind of product), validating every chunk;
:mod:`.compose` writes each part of the Brief from it with the phrasebook of the idea's
language (:mod:`.books`). What it
cannot read safely it leaves out: saying less is better than saying it wrong.

The same idea, tone and seed always give the same Brief; the default seed derives from
the idea, and another seed gives another draft that is just as correct.
"""

from __future__ import annotations

import hashlib

from protogen.idea import Idea
from protogen.writers import WriteResult
from protogen.writers.offline.books import LANGS, load_book
from protogen.writers.offline.compose import Composer
from protogen.writers.offline.reading import Reading

#: Languages whose new phrasebook is not written yet: the previous writer serves them.
LEGACY_LANGS = ("es", "de", "pt", "ja", "zh")


def default_seed(text: str) -> int:
    return int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:4], "big")


def read_idea(idea: Idea) -> Reading:
    """The Reading of ``idea`` by the reader of its language family."""
    lang = idea.lang
    if lang == "en":
        from protogen.writers.offline import english

        return english.read(idea.text)
    if lang == "fr":
        from protogen.writers.offline import french

        return french.read(idea.text)
    if lang in ("es", "pt"):
        from protogen.writers.offline import romance

        return romance.read(idea.text, lang)
    if lang == "de":
        from protogen.writers.offline import german

        return german.read(idea.text)
    if lang in ("ja", "zh"):
        from protogen.writers.offline import cjk

        return cjk.read(idea.text, lang)
    # A language without a phrasebook: English frames that need nothing from the idea;
    # the page quotes the idea in its own language.
    from protogen.writers.offline.kinds import kind_of

    return Reading(lang="en", text=idea.text, kind=kind_of(idea.text))


def composer(idea: Idea, *, tone: str, seed: int | None = None, hint: str = "") -> Composer:
    """A Composer for ``idea``: ask it for one part (``.features()``), for hero variants
    (``.hero_variants(3)``) or for the whole Brief (``.brief()``)."""
    reading = read_idea(idea)
    book = load_book(reading.lang if reading.lang in LANGS else "en")
    return Composer(
        reading,
        book,
        tone=tone,
        seed=default_seed(idea.text) if seed is None else seed,
        hint=hint,
    )


class OfflineWriter:
    """Deterministic writer: the idea's product, audience, pain and promises, set in
    frames that fit its kind of product, its language and the tone."""

    name = "offline"

    def write(
        self, idea: Idea, *, tone: str, seed: int | None = None, hint: str = ""
    ) -> WriteResult:
        if idea.lang in LEGACY_LANGS:
            from protogen.writers.offline.legacy import LegacyWriter

            return LegacyWriter().write(idea, tone=tone)
        brief = composer(idea, tone=tone, seed=seed, hint=hint).brief()
        return WriteResult(brief=brief, writer=self.name, meta={})
