"""Japanese grammar for the phrasebook: the forms frames ask for, the last pass over a
sentence, and product names with their romaji.

Frames in ``books/ja.py`` set phrases from the idea in the plain form inside a sentence
and ask for another form where the sentence needs it: ``{does:polite}`` ends a です/ます
sentence (需要を予測します), ``{product_does:te}`` goes before ほしい (予測してほしい),
``{user_does:can}`` says what someone can do (譲れる), ``{to_do:noun}`` makes a heading of a
する-verb (需要を予測).

Names are coined from the idea's meaning: its most telling word (習慣, パン, 教科書) and a
short suffix that suits the kind of product (ログ, ナビ, バトン, 手帳), 2 to 8 characters.
Only words whose reading is known are used, so every name has a romaji form for its slug
(習慣ログ -> shukan-log); python-slugify would read kanji as Chinese and drop the voicing
marks of kana.
"""

from __future__ import annotations

import hashlib
import re

from protogen.writers.offline import ja_morph as jm
from protogen.writers.offline.books import Grammar
from protogen.writers.offline.cjk import typeset
from protogen.writers.offline.reading import Phrase, Reading


class JapaneseGrammar(Grammar):
    lang = "ja"
    telling_word = 1  # no spaces: any product word may say more than the label

    def cap(self, text: str) -> str:
        return text

    def lower_title(self, title: str) -> str:
        return title

    def a_product(self, p: Phrase) -> str:
        return p.text

    def the_audience(self, p: Phrase) -> str:
        return p.text

    def for_audience(self, p: Phrase) -> str:
        return f"{p.text}向けの"

    def one(self, p: Phrase) -> str:
        return p.singular or p.text

    def inflect(self, value: str, form: str) -> str:
        if form == "polite":
            return jm.polite(value)
        if form == "te":
            return jm.te(value)
        if form == "can":
            return jm.potential(value)
        if form == "noun":
            return jm.nominal(value)
        if form == "plain":
            return jm.to_plain(value)
        return value

    def voice(self, text: str, tone: str) -> str:
        """Bold speaks in the plain style: a です/ます ending at the end of a sentence
        becomes plain (わかります -> わかる, 不要です -> 不要), so the book's shared sentences
        (fillers, FAQ) match the bold frames. Questions keep their polite form."""
        if tone != "bold":
            return text
        parts = re.split(r"(?<=[。！？])", text)
        out = []
        for part in parts:
            body, end = part[:-1], part[-1:]
            if end == "？" and body.endswith(("ますか", "ですか")):
                body, end = (
                    body[:-1],
                    "？",
                )  # 使えますか？ -> 使える？  誰のものですか？ -> 誰のもの？
            if end in "。！？" and body.endswith(jm.POLITE_END) and not body.endswith("ましょう"):
                plain = jm.to_plain(body)
                body = plain[:-1] if plain.endswith("だ") and jm.is_kanji(plain[-2:-1]) else plain
            out.append(body + end if end in "。！？" else part)
        return "".join(out)

    def finish(self, text: str) -> str:
        text = typeset(text, "ja")
        # particles doubled where a frame meets a phrase that brings its own
        for a, b in (
            ("のの", "の"),
            ("をを", "を"),
            ("がが", "が"),
            ("にに", "に"),
            ("はは", "は"),
        ):
            text = text.replace(a, b)
        return text.replace("向けの向けの", "向けの").replace("向け向け", "向け")

    # -- names ---------------------------------------------------------------------------------
    def make_name(self, reading: Reading, book, seed: int) -> str:
        names = book.data["names"]
        suffixes = [s.split("|") for s in names["suffixes"][reading.kind]]
        aud = reading.audience.text if reading.audience else ""
        concepts = [
            w
            for w in reading.keywords
            if 1 <= len(w) <= (6 if jm.is_kata(w[0]) else 5)
            and jm.romaji(w)
            and (w not in aud)
            and not (reading.brand and w in reading.brand)
        ]
        if not concepts:
            pool = [s.split("|")[0] for s in names["fallback"]]
            return pool[_index(seed, "fallback", len(pool))]
        concept = concepts[0]
        start = _index(seed, "suffix", len(suffixes))
        for k in range(len(suffixes)):
            kana, _ = suffixes[(start + k) % len(suffixes)]
            if kana in concept or (concept.endswith(kana[:1]) and len(kana) == 1):
                continue
            name = concept + kana
            if 2 <= len(name) <= 8:
                return name
        return concept[:6] + suffixes[start][0][:2]

    def romanise(self, name: str) -> str:
        from protogen.writers.offline.books import load_book

        names = load_book("ja").data["names"]
        for entry in names["fallback"]:
            kana, _, ascii_ = entry.partition("|")
            if name == kana:
                return ascii_
        pairs = sorted(
            (s.split("|") for kind in names["suffixes"].values() for s in kind),
            key=lambda p: -len(p[0]),
        )
        for kana, ascii_ in pairs:
            if name.endswith(kana) and len(name) > len(kana):
                stem = jm.romaji(name[: -len(kana)])
                if stem:
                    return f"{stem}-{ascii_}"
        return jm.romaji(name) or ""


def _index(seed: int, key: str, n: int) -> int:
    digest = hashlib.sha256(f"{seed}|name|{key}".encode()).digest()
    return int.from_bytes(digest[:4], "big") % max(n, 1)
