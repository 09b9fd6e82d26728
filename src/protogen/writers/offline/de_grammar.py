"""German agreement for the phrasebook's frames: articles, case, gender and person.

A German frame cannot say "a {product}" without knowing the product's gender, nor
"who" without knowing whether that is "der", "die" or "das". The German book's frames
carry agreement markers that this grammar resolves for each idea; they are grammar,
not slots, so a German frame keeps exactly the placeholders of its English original.

Markers in a frame:

- ``⟦der {product}⟧``, ``⟦den {product}⟧``, ``⟦dem {product}⟧``, ``⟦einen {product}⟧``,
  ``⟦einem {product}⟧``: the product with its article, in that case, adjectives
  declined ("den smarten Sensor");
- ``⟦rel⟧``, ``⟦rel.acc⟧``, ``⟦rel.dat⟧``, ``⟦er⟧``, ``⟦ihn⟧``, ``⟦ihm⟧``: relative and
  personal pronouns for the product ("eine App, die ..."; "Sie findet ...");
- ``⟦dat {audience}⟧`` (or ``{subject}``): a plural audience in the dative ("mit
  Hundebesitzern");
- ``⟦eines {one}⟧``: one member of the audience in the genitive ("einer kleinen
  Arztpraxis"); ``⟦persona {one}⟧``: one member, in the persona's gender
  ("Hundebesitzerin");
- ``⟦in⟧`` and ``⟦f=…|m=…⟧``: words that follow the persona's gender
  ("Teamleiter⟦in⟧");
- ``⟦@ich⟧``, ``⟦@persona⟧`` or ``⟦@wer⟧`` (anywhere): whose sentence it is (the
  user story's "ich", the persona, the generic "wer"), for the markers the reader left
  in the idea's words.

Markers the reader leaves in the idea's words (:mod:`.german`): ``⟦2p:e⟧`` (the
reader's possessive: "deine", "Ihre", "meine" in a user story), ``⟦2o:dir⟧`` and
``⟦2r:dich⟧`` (the reader as object, or reflexive), ``⟦3p:e⟧`` and ``⟦3r:sich⟧`` (the
subject's own: "ihre", "sich"). Friendly and bold pages say du; formal pages say Sie.

When a marker cannot be resolved (a product whose gender is unknown, "sich" in a user
story), the frame is not usable and the composer picks another: saying less is better
than saying it wrong.
"""

from __future__ import annotations

import re

from protogen.writers.offline import de_morph as m
from protogen.writers.offline.books import Grammar
from protogen.writers.offline.reading import Phrase

_MARK = re.compile(r"⟦([^⟧]*)⟧")
_CONTEXT = re.compile(r"⟦@(\w+)⟧")
#: Verbs of telling the user something: the product's job, never the user's wish.
_NOTIFY = frozenset(
    [
        "erinnern",
        "benachrichtigen",
        "informieren",
        "warnen",
        "alarmieren",
        "melden",
        "schicken",
        "senden",
        "zuschicken",
        "mitteilen",
        "zeigen",
        "anzeigen",
        "erklären",
    ]
)
_NOT_BEFORE = re.compile(r"((?:immer noch )?nicht (?:einfach|zuverlässig) )\{(\w+)\}")
_SLOT_AND = re.compile(r"\{(\w+)\}( und | oder )")
_TAIL = re.compile(r", (?:wenn|sobald|falls|bevor|damit|weil|sodass|die|der|das|den|dem) ")
_SLOT = re.compile(r"\{(\w+)\}")
#: The German book's persona names that are women's names.
FEMALE = frozenset(
    ["Anna", "Leonie", "Mia", "Sophie", "Hannah", "Lea", "Emilia", "Marie", "Aylin", "Greta"]
)
_POSS = {
    ("du", "2p"): "dein",
    ("Sie", "2p"): "Ihr",
    ("ich", "2p"): "mein",
    ("du", "3p"): "ihr",
    ("Sie", "3p"): "ihr",
    ("ich", "3p"): "mein",
}
_OBJ = {
    "du": {"dir": "dir", "dich": "dich"},
    "Sie": {"dir": "Ihnen", "dich": "Sie"},
    "ich": {"dir": "mir", "dich": "mich"},
}
_REFL = {
    "du": {"dir": "dir", "dich": "dich"},
    "Sie": {"dir": "sich", "dich": "sich"},
    "ich": {"dir": "mir", "dich": "mich"},
}


def _join(words: list[str]) -> str:
    return " ".join(w for w in words if w)


def _cap(text: str, like: str) -> str:
    return text[:1].upper() + text[1:] if like[:1].isupper() else text


class GermanGrammar(Grammar):
    lang = "de"
    telling_word = 10  # "Lernplattform" says something; "Plattform" does not

    # -- the Grammar interface ----------------------------------------------------------
    def lower_title(self, title: str) -> str:
        return title  # the reader keeps the idea's capitals: nouns stay upper case

    def a_product(self, p: Phrase) -> str:
        return self.product_phrase(p.text, p.gender, "indef", "nom")

    def the_audience(self, p: Phrase) -> str:
        return f"die {p.text}"

    def for_audience(self, p: Phrase) -> str:
        return f"für {p.text}"

    def one(self, p: Phrase) -> str:
        return p.singular

    # -- noun phrases -------------------------------------------------------------------
    @staticmethod
    def product_phrase(text: str, gender: str, art: str, case: str) -> str:
        """'smarte Tablettenbox' as 'eine smarte Tablettenbox' (indef, nom) or 'den
        smarten Sensor' (def, acc); '' when the gender is unknown."""
        words = text.split()
        if not words:
            return ""
        noun, adjs = words[-1], words[:-1]
        if gender == "mn" and art == "indef" and case == "nom" and not adjs:
            return f"ein {text}"
        if gender not in ("m", "f", "n"):
            return ""
        if art == "indef":
            article = m.INDEFINITE[case][gender]
            adjs = m.decline(adjs, "mixed", case, gender)
        elif art == "def":
            article = m.DEFINITE[case][gender]
            adjs = m.decline(adjs, "weak", case, gender)
        else:
            article = ""
            adjs = m.decline(adjs, "strong", case, gender)
        if case == "gen" and gender in ("m", "n"):
            noun = m.genitive_singular(noun, gender)
        return _join([article, *adjs, noun])

    @staticmethod
    def _product(c) -> tuple[str, str]:
        """The noun phrase {product} and {a_product} stand for, with its gender."""
        if c.r.product:
            return c.r.product.text, c.r.product.gender
        noun = c.book.kind(c.r.kind)["noun"]
        return noun, m.product_gender(noun.split()[-1])

    @staticmethod
    def _member(a: Phrase) -> tuple[list[str], str, str, str, list[str]] | None:
        """(adjectives, singular, feminine, gender, tail) of one member of audience ``a``."""
        words = a.text.split()
        at = next((k for k in range(len(words) - 1, -1, -1) if m.people_head(words[k])), -1)
        if at < 0:
            return None
        found = m.singular_of(words[at])
        if not found:
            return None
        sing, fem, gender, _group = found
        return words[:at], sing, fem, gender, words[at + 1 :]

    def one_in_gender(self, a: Phrase, female: bool) -> str:
        """'Hundebesitzer' -> 'Hundebesitzerin' for a woman; 'junge Eltern' -> 'junge
        Mutter' or 'junger Vater'."""
        member = self._member(a)
        if member is None:
            return ""
        adjs, sing, fem, gender, tail = member
        noun, g = (fem, "f") if female and fem else (sing, gender)
        return _join([*m.decline(adjs, "strong", "nom", g), noun, *tail])

    def one_genitive(self, a: Phrase) -> str:
        """'kleine Arztpraxen' -> 'einer kleinen Arztpraxis'."""
        member = self._member(a)
        if member is None:
            return ""
        adjs, sing, _fem, gender, tail = member
        if gender not in ("m", "f", "n"):
            return ""
        noun = m.genitive_singular(sing, gender)
        return _join(
            [m.INDEFINITE["gen"][gender], *m.decline(adjs, "mixed", "gen", gender), noun, *tail]
        )

    @staticmethod
    def dative(text: str) -> str:
        """A plural phrase in the dative: 'junge Hundebesitzer im Urlaub' -> 'jungen
        Hundebesitzern im Urlaub'."""
        words = text.split()
        at = next((k for k in range(len(words) - 1, -1, -1) if m.people_head(words[k])), -1)
        if at < 0:
            at = next((k for k, w in enumerate(words) if w[:1].isupper()), -1)
        if at < 0:
            return ""
        adjs = [a + "n" if a.endswith("e") else a for a in words[:at]]
        return _join([*adjs, m.dative_plural(words[at]), *words[at + 1 :]])

    # -- agreement ----------------------------------------------------------------------
    @staticmethod
    def register(c) -> str:
        return "Sie" if c.tone_for("") == "formal" else "du"

    @staticmethod
    def female(c) -> bool:
        return c.persona() in FEMALE

    def agree(self, frame: str, values: dict[str, str], c) -> tuple[str, dict[str, str]] | None:
        used = set(_SLOT.findall(frame))
        if "to_do" in used and values.get("to_do", "").rsplit(" ", 1)[-1] in _NOTIFY:
            return None  # "Wer heute an die Einnahme erinnern will": the product's job
        if "⟦" not in frame and not any("⟦" in values.get(k, "") for k in used):
            return frame, values
        ctx = ""
        at = _CONTEXT.search(frame)
        if at:
            ctx = at.group(1)
            frame = frame[: at.start()] + frame[at.end() :]
        out = dict(values)
        extra: dict[str, str] = {}
        failed = False

        def frame_marker(mm: re.Match) -> str:
            nonlocal failed
            body = mm.group(1)
            text = self._frame_marker(body, out, c)
            if text is None:
                failed = True
                return ""
            key = f"_agree{len(extra)}"
            extra[key] = text
            return "{" + key + "}"

        frame = _MARK.sub(frame_marker, frame)
        if failed:
            return None
        # a clause that ends in a subordinate clause (", wenn ein Training ausfällt")
        # closes it with a comma before "und": "..., wenn ein Training ausfällt, und ..."
        frame = _SLOT_AND.sub(
            lambda mm: (
                mm.group(0)
                if not _TAIL.search(out.get(mm.group(1), ""))
                else "{" + mm.group(1) + "}," + mm.group(2)
            ),
            frame,
        )
        person = ctx or self.register(c)
        if (
            ctx == "ich"
            and "user_does" in used
            and out.get("subject")
            and not (c.r.audience and out["subject"] == c.r.audience.text)
        ):
            return None  # a story is the audience's: "Kletterer buchen" is no wish of a hall
        for key in _SLOT.findall(frame):
            value = out.get(key, "")
            if "⟦" in value:
                resolved = self._value_markers(value, person, c)
                if resolved is None:
                    return None
                out[key] = resolved
        for mm in list(_NOT_BEFORE.finditer(frame)):
            key = mm.group(2)
            if out.get(key, "").startswith("sich "):
                # "können sich nicht einfach auf ... vorbereiten": "sich" comes first
                out[key] = out[key].split(" ", 1)[1]
                frame = frame.replace(mm.group(0), "sich " + mm.group(1) + "{" + key + "}", 1)
        for key in ("does2", "does_them2"):
            first = out.get("does", "").split(",", 1)[0]
            if first.startswith("hilft ") and out.get(key, "").startswith(first + ","):
                out[key] = "hilft ihnen," + out[key][len(first) + 1 :]  # said once is enough
        for key in ("does_them", "does_them2"):
            if key in out and c.r.audience and key in frame:
                dat = self.dative(c.r.audience.text)
                if dat and out[key].startswith(f"hilft {dat},"):
                    out[key] = "hilft ihnen," + out[key][len(f"hilft {dat},") :]
        out.update(extra)
        return frame, out

    def _frame_marker(self, body: str, values: dict[str, str], c) -> str | None:
        low = body.lower()
        if "=" in body and "|" in body:
            choices = dict(part.split("=", 1) for part in body.split("|"))
            return choices.get("f" if self.female(c) else "m", "")
        if low == "in":
            return "in" if self.female(c) else ""
        text, gender = self._product(c)
        slot = _SLOT.search(body)
        if slot:
            word = body[: slot.start()].strip()
            name = slot.group(1)
            value = values.get(name, "")
            lw = word.lower()
            if name in ("product", "a_product"):
                art, case = {
                    "der": ("def", "nom"),
                    "den": ("def", "acc"),
                    "dem": ("def", "dat"),
                    "des": ("def", "gen"),
                    "einen": ("indef", "acc"),
                    "einem": ("indef", "dat"),
                    "eines": ("indef", "gen"),
                }.get(lw, ("", ""))
                phrase = self.product_phrase(text, gender, art, case) if art else ""
                return _cap(phrase, word) if phrase else None
            if lw == "dat":
                return self.dative(value) or None
            if lw == "eines" and name == "one" and c.r.audience:
                return self.one_genitive(c.r.audience) or None
            if lw == "persona" and name == "one" and c.r.audience:
                return self.one_in_gender(c.r.audience, self.female(c)) or None
            return None
        if gender not in ("m", "f", "n"):
            return None
        table = {
            "rel": m.RELATIVE["nom"],
            "rel.acc": m.RELATIVE["acc"],
            "rel.dat": m.RELATIVE["dat"],
            "er": m.PRONOUN["nom"],
            "ihn": m.PRONOUN["acc"],
            "ihm": m.PRONOUN["dat"],
        }.get(low)
        if table is None:
            return None
        return _cap(table[gender], body)

    def _value_markers(self, value: str, person: str, c) -> str | None:
        failed = False
        female = self.female(c)

        def sub(mm: re.Match) -> str:
            nonlocal failed
            kind, _, form = mm.group(1).partition(":")
            if kind in ("2S", "2V1", "2V2", "2P", "2R"):
                # a pain the idea said in the first person, said to the reader
                if person not in ("du", "Sie"):
                    failed = True
                    return ""
                formal = person == "Sie"
                if kind == "2S":
                    return "Sie" if formal else {"ich": "du", "wir": "ihr"}[form]
                if kind == "2V1":
                    return m.formal_form(form) if formal else m.second_person(form)
                if kind == "2V2":
                    return m.formal_form(form) if formal else m.second_plural(form)
                if kind == "2P":
                    return ("Ihr" if formal else ("euer" if not form else "eur")) + form
                return "sich" if formal else "euch"
            if person == "wer":
                # "Wer ... will": the generic third person ("seine", "sich")
                if kind in ("2p", "3p"):
                    return "sein" + form
                if kind in ("2r", "3r"):
                    return "sich"
                failed = True
                return ""
            if person == "persona":
                if kind in ("2p", "3p"):
                    return ("ihr" if female else "sein") + form
                if kind == "2o":
                    return {"dir": "ihr" if female else "ihm", "dich": "sie" if female else "ihn"}[
                        form
                    ]
                if kind in ("2r", "3r"):
                    return "sich"
                failed = True
                return ""
            if kind in ("2p", "3p"):
                stem = _POSS.get((person, kind))
                return stem + form if stem else ""
            if kind == "2o":
                return _OBJ[person][form]
            if kind == "2r":
                return _REFL[person][form]
            if kind == "3r":
                if person == "ich":
                    failed = True
                return "sich"
            failed = True
            return ""

        out = _MARK.sub(sub, value)
        return None if failed else out
