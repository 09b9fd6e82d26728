"""French grammar at the seams: where a frame of ``books/fr.py`` meets a chunk of the idea.

Frames are written in correct French; the chunks are the idea's own words, also correct.
What can go wrong is where they meet, so this is where it is fixed, and only there (the
idea's "du mal à les suivre" must stay as it is):

- contraction: "de" + "les boulangeries" -> "des boulangeries", "à" + "le matériel" ->
  "au matériel"; "de" + "des ..." -> "de ...";
- elision: "de" + "Alvéo" -> "d’Alvéo", "que" + "il" -> "qu’il", "si" + "ils" -> "s’ils",
  "le"/"la" + "application" -> "l’application"; "ce" + "outil" -> "cet outil";
- agreement, with marks that are not slots: ``⟨p conçu|conçue⟩`` agrees with the product
  (masculine|feminine), ``⟨a ils|elles⟩`` with the audience, ``⟨s peut|peuvent⟩`` with the
  subject of the promise at hand (singular|plural). A frame whose mark cannot be resolved
  (the gender is unknown) is not used;
- person: a frame that starts with ``⟨je⟩`` or ``⟨vous⟩`` speaks in that person, so the
  chunks it quotes do too ("publier leurs matchs" -> "publier mes matchs").

Typography (the narrow no-break space U+202F before ; : ! ? and inside « ») is set by
:func:`tidy.punctuation` for every French sentence.
"""

from __future__ import annotations

import re
from typing import Any

from protogen.writers.offline import fr_morph as m
from protogen.writers.offline.books import Grammar
from protogen.writers.offline.reading import Phrase

_SLOT = re.compile(r"\{(\w+)\}")
_MARK = re.compile(r"⟨([pas]) ([^|⟩]*)\|([^⟩]*)⟩")
_PERSON = re.compile(r"^⟨(je|vous)⟩")
_PLURAL_DETS = ("les", "des", "mes", "nos", "vos", "leurs", "ces", "plusieurs", "quelques")


def _agree_gender(phrase_gender: str, pair: tuple[str, str]) -> str | None:
    if phrase_gender == "m":
        return pair[0]
    if phrase_gender == "f":
        return pair[1]
    return None


class FrenchGrammar(Grammar):
    lang = "fr"
    pronouns = re.compile(r"(?:^|\s)(?:leurs?|ses|son|sa|se|s’|eux|lui)\s", re.I)

    def lower_title(self, title: str) -> str:
        return title[:1].lower() + title[1:] if title[1:2].islower() else title

    # -- noun phrases ------------------------------------------------------------------
    def a_product(self, p: Phrase) -> str:
        art = p.article if p.article in ("un", "une") else {"m": "un", "f": "une"}.get(p.gender)
        return f"{art or 'un'} {p.text}" if art or not p.gender else p.text

    def the_audience(self, p: Phrase) -> str:
        return f"les {p.text}"

    def for_audience(self, p: Phrase) -> str:
        return f"pour les {p.text}"

    def one(self, p: Phrase) -> str:
        """A member, for a role: "infirmière"; "d’une association de quartier" (after
        "membre"); "d’une boulangerie" (after "responsable")."""
        one = p.singular or p.text
        if p.group == "person":
            return one
        art = "une" if p.gender == "f" else "un"
        return f"d’{art} {one}"

    # -- the hooks the composer calls ----------------------------------------------------
    def usable(self, frame: str, c: Any) -> bool:
        return all(self._mark(mm, c, {}) is not None for mm in _MARK.finditer(frame))

    def fill(self, frame: str, values: dict[str, str], c: Any = None) -> str:
        person = ""
        pm = _PERSON.match(frame)
        if pm:
            person, frame = pm.group(1), frame[pm.end() :]
        frame = _MARK.sub(lambda mm: self._mark(mm, c, values) or mm.group(2), frame)
        out = ""
        pos = 0
        for mm in _SLOT.finditer(frame):
            out += frame[pos : mm.start()]
            value = values.get(mm.group(1), "")
            if person and mm.group(1) not in ("name", "persona"):
                value = shift_person(value, person)
            out, value = seam(out, value)
            out += value
            pos = mm.end()
        return out + frame[pos:]

    def persona_names(self, names: list[str], role: str) -> list[str]:
        """Names whose gender fits the role: "Léa, infirmière", "Hugo, étudiant"; any name
        for a role that is the same in both genders ("membre", "responsable")."""
        head = role.split(" ", 1)[0].lower() if role else ""
        if not head or m.epicene(head):
            return names
        g = m.gender(head)
        if head in _FEMININE_ROLES or (g == "f" and head.endswith(_F_PEOPLE)):
            want = "f"
        elif g == "m" or head.endswith(_M_PEOPLE):
            want = "m"
        else:
            return names
        chosen = [n for n in names if (n in FEMALE_NAMES) == (want == "f")]
        return chosen or names

    def them(self, does: str, subject: str) -> str:
        """ "aide les patients à suivre ..." -> "les aide à suivre ..."; "permet aux
        étudiants d’échanger ..." -> "leur permet d’échanger ..."."""
        if not subject.startswith("les "):
            return does
        rest = subject[4:]
        for lead, pronoun in (("aide les ", "les aide "), ("permet aux ", "leur permet ")):
            if does.startswith(lead + rest + " "):
                return pronoun + does[len(lead + rest) + 1 :]
        return does

    def _mark(self, mm: re.Match, c: Any, values: dict[str, str]) -> str | None:
        which, first, second = mm.group(1), mm.group(2), mm.group(3)
        if c is None:
            return None
        if which == "p":
            gender = c.r.product.gender if c.r.product else _kind_gender(c)
            return _agree_gender(gender, (first, second))
        if which == "a":
            return _agree_gender(c.r.audience.gender if c.r.audience else "", (first, second))
        subject = values.get("subject") or getattr(c, "slots", {}).get("subject", "")
        if not subject:
            return None
        plural = subject.split(" ", 1)[0].lower() in _PLURAL_DETS
        return second if plural else first


def _kind_gender(c: Any) -> str:
    a_noun = c.book.kind(c.r.kind)["a_noun"]
    return {"un": "m", "une": "f"}.get(a_noun.split(" ", 1)[0], "")


FEMALE_NAMES = frozenset(
    [
        "Léa",
        "Camille",
        "Inès",
        "Chloé",
        "Manon",
        "Sarah",
        "Jeanne",
        "Louise",
        "Zoé",
        "Nadia",
        "Amina",
        "Claire",
        "Juliette",
        "Élodie",
        "Sophie",
        "Anaïs",
        "Yasmine",
        "Margaux",
    ]
)
_FEMININE_ROLES = frozenset(["infirmière", "nounou", "maman", "sage-femme"])
_F_PEOPLE = ("ière", "euse", "trice", "ienne", "ante", "ente", "aine", "ine", "onne", "éenne")
_M_PEOPLE = ("ier", "eur", "teur", "ien", "ant", "ent", "ain", "in", "on", "er", "éen", "é")

# -- seams -------------------------------------------------------------------------------

_ELIDE = {
    "de": "d’",
    "le": "l’",
    "la": "l’",
    "que": "qu’",
    "ne": "n’",
    "se": "s’",
    "me": "m’",
    "te": "t’",
    "je": "j’",
    "jusque": "jusqu’",
    "lorsque": "lorsqu’",
    "puisque": "puisqu’",
}
_LAST_WORD = re.compile(r"(?:^|(?<=[\s(«\u202f\u00a0]))(\w+) $")


def _case(word: str, like: str) -> str:
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


def seam(before: str, value: str) -> tuple[str, str]:
    """Join ``before`` (frame text) and ``value`` (a chunk) as French requires."""
    if not value:
        return before, value
    mm = _LAST_WORD.search(before)
    if not mm:
        return before, value
    word = mm.group(1)
    lw = word.lower()
    head = before[: mm.start(1)]
    first, _, rest = value.partition(" ")
    lf = first.lower()
    if lw == "de" and (lf == "que" or lf.startswith("qu’")) and head.endswith("afin "):
        return head, value  # "afin de" + "que ..." -> "afin que ..."
    if lw in ("de", "à"):
        if lw == "de" and lf in ("les", "le", "des"):
            new = {"les": "des", "le": "du", "des": "de"}[lf]
            return head + _case(new, word) + " ", rest
        if lw == "à" and lf in ("les", "le"):
            new = {"les": "aux", "le": "au"}[lf]
            return head + _case(new, word) + " ", rest
    if lw == "si" and lf in ("il", "ils"):
        return head + _case("s’", word), value
    if lw == "ce" and m.starts_with_vowel(value):
        return head + _case("cet", word) + " ", value
    if lw in _ELIDE and m.starts_with_vowel(value):
        return head + _case(_ELIDE[lw], word), value
    return before, value


# -- person --------------------------------------------------------------------------------

_SHIFT = {
    "je": {"leurs": "mes", "ses": "mes", "eux": "moi", "se": "me", "s’": "m’", "soi": "moi"},
    "vous": {
        "leurs": "vos",
        "ses": "vos",
        "eux": "vous",
        "se": "vous",
        "s’": "vous ",
        "soi": "vous",
    },
}


def shift_person(text: str, person: str) -> str:
    """Say a chunk of the idea in the frame's person: "échanger leurs manuels" ->
    "échanger mes manuels" (je) or "échanger vos manuels" (vous)."""
    table = _SHIFT[person]
    words = re.findall(r"\S+’|\S+", text.replace("'", "’"))
    out: list[str] = []
    for k, w in enumerate(words):
        lw = w.lower()
        nxt = words[k + 1] if k + 1 < len(words) else ""
        if lw in ("leur", "son", "sa"):
            if lw == "leur" and nxt and m.infinitive(nxt):
                out.append("me" if person == "je" else "vous")  # "leur envoie"
                continue
            if person == "vous":
                out.append("votre")
                continue
            g = "m" if m.starts_with_vowel(nxt) else m.gender(nxt)
            out.append({"m": "mon", "f": "ma"}.get(g, w))
            continue
        rep = table.get(lw)
        out.append(_case(rep, w) if rep else w)
    text = " ".join(out).replace("’ ", "’").replace("vous  ", "vous ")
    if person == "je":
        text = re.sub(r"\bme (?=[aeiouéèêàâîôûh])", "m’", text)
    return text
