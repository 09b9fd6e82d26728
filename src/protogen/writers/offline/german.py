"""The German reader.

German relative clauses end in their verb ("..., die zuverlässige Gassigeher in der
Nähe findet"); as a feature the verb moves to second place ("findet zuverlässige
Gassigeher in der Nähe"), and a separable prefix moves to the end ("vorbereitet" ->
"bereitet ... vor"). Nouns are capitalised, so the audience after "für" is a run of
capitalised words; it counts as an audience only if its head names people or
organisations.
"""

from __future__ import annotations

import re

from protogen.writers.offline.kinds import kind_of
from protogen.writers.offline.reading import Phrase, Promise, Reading

_TOKEN = re.compile(r"[\w][\w'’-]*[\w]|[\w]|[,:;()?!—–]")
_ARTS = {"ein": "n", "eine": "f", "einen": "m", "der": "m", "die": "f", "das": "n", "den": "m"}
_REL = frozenset(["der", "die", "das"])
_PEOPLE = re.compile(
    r"(?:besitzer|inhaber|eltern|kinder|lehrer|lehrerinnen|schüler|studenten|studierende|"
    r"kunden|nutzer|teams|betriebe|praxen|ärzte|ärztinnen|pflegekräfte|familien|nachbarn|"
    r"mitarbeiter|mitarbeitende|handwerker|bauern|landwirte|gastronomen|restaurants|"
    r"bäckereien|vereine|gruppen|firmen|unternehmen|senioren|rentner|patienten|händler|"
    r"leute|kräfte|innen|fahrer|trainer|spieler|sportler|gärtner|mieter|vermieter|"
    r"freelancer|selbstständige|gründer|entwickler|designer|hunde)$"
)
_SEPARABLE = (
    "zusammen",
    "zurück",
    "vor",
    "nach",
    "mit",
    "an",
    "auf",
    "aus",
    "bei",
    "ein",
    "ab",
    "fest",
    "los",
    "weg",
    "her",
    "hin",
    "dar",
)
_PAIN = re.compile(
    r"\b(?:verlieren|verliert|schwer|mühsam|problem\w*|vergessen|frust\w*|"
    r"zeitaufwendig|chaos|per hand|von hand|ärger\w*|kostet)\b",
    re.I,
)
_WISH = re.compile(
    r"^(?:wir wollen|wir möchten|ich will|ich möchte|die idee ist)"
    r"(?:\s+(?:bauen|machen|entwickeln))?\s+",
    re.I,
)
_WHAT_IF = re.compile(r"^(?:was wäre,? wenn|stell dir vor,?|stellen sie sich vor,?)\s+", re.I)
_STOP = frozenset(
    [
        "der",
        "die",
        "das",
        "ein",
        "eine",
        "einen",
        "einem",
        "einer",
        "den",
        "dem",
        "des",
        "und",
        "oder",
        "von",
        "für",
        "mit",
        "dass",
        "in",
        "ist",
        "sind",
        "ihr",
        "ihre",
        "wenn",
        "sich",
        "zu",
        "im",
        "auf",
        "nicht",
        "auch",
        "bei",
        "aus",
        "nach",
        "vom",
        "zum",
        "zur",
        "am",
        "um",
        "über",
        "unter",
        "durch",
        "ohne",
        "wie",
        "als",
        "so",
        "es",
        "sie",
        "wir",
        "man",
        "unser",
        "unsere",
    ]
)


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def join(toks: list[str]) -> str:
    return re.sub(r"\s+([,:;)?!])", r"\1", " ".join(toks))


def verb_second(words: list[str]) -> list[str]:
    """'Fotos vom Spaziergang schickt' -> 'schickt Fotos vom Spaziergang';
    'die Listen über Nacht vorbereitet' -> 'bereitet die Listen über Nacht vor'."""
    if len(words) < 2:
        return words
    verb, rest = words[-1], words[:-1]
    modal = None
    if len(rest) >= 2 and re.match(r"^(?:kann|können|soll|will|wird|werden)$", verb):
        modal = verb
    if modal:
        return [modal, *rest]
    lv = verb.lower()
    if not lv.endswith("iert") and lv not in ("antwortet", "anwortet"):
        for pre in _SEPARABLE:
            stem = lv[len(pre) :]
            if lv.startswith(pre) and len(stem) >= 4 and stem.endswith("t"):
                return [stem, *rest, pre]
    return [verb, *rest]


def _looks_verb_final(word: str) -> bool:
    return bool(re.search(r"[a-zäöüß](?:t|n)$", word)) and word[:1].islower()


def read(text: str) -> Reading:
    r = Reading(lang="de", text=text, kind=kind_of(text))
    pains: list[str] = []
    pitched = False
    for line in text.split("\n"):
        line = re.sub(r"^(?:[-*•·]|\d+[.)])\s+", "", line.strip())
        for s in re.split(r"(?<=[.!?…])\s+", line):
            s = s.strip().rstrip(".!?…").strip()
            if not s:
                continue
            m = _WHAT_IF.match(s)
            if m:
                _what_if(r, tokens(s[m.end() :]))
                pitched = True
                continue
            wish = _WISH.match(s)
            body = s[wish.end() :] if wish else s
            toks = tokens(body)
            if not pitched and _pitch(r, toks):
                pitched = True
                continue
            if _PAIN.search(s):
                pains.append(s)
    for p in pains:
        words = tokens(p)[:12]
        if len(tokens(p)) > 12:
            cut = max(
                (
                    k
                    for k in range(3, 12)
                    if words[k] in (",",)
                    or words[k].lower() in ("und", "weil", "wenn", "da", "die", "der", "das")
                ),
                default=0,
            )
            words = words[:cut] if cut else []
        if len(words) >= 4:
            r.pain = join(words)
            break
    if r.audience is None and pains:
        toks = tokens(pains[0])
        k = 0
        while k < len(toks) and toks[k][:1].isupper() and toks[k].lower() not in _STOP:
            k += 1
        if 0 < k <= 3 and _PEOPLE.search(toks[k - 1].lower()):
            r.audience = Phrase(join(toks[:k]), "", "", True, "person", "")
    r.keywords = _keywords(r)
    return r


def _np(toks: list[str], i: int) -> tuple[list[str], int, str]:
    art = ""
    if i < len(toks) and toks[i].lower() in _ARTS:
        art = toks[i].lower()
        i += 1
    words: list[str] = []
    while i < len(toks) and len(words) < 4:
        t = toks[i]
        if not re.match(r"\w", t) or t.lower() in _STOP:
            break
        words.append(t)
        i += 1
        if t[:1].isupper():
            break  # the noun ends the phrase; adjectives come before it
    return words, i, art


def _pitch(r: Reading, toks: list[str]) -> bool:
    words, j, art = _np(toks, 0)
    if not words or not words[-1][:1].isupper():
        return False
    if art not in ("ein", "eine", "einen", "") or (
        not art and len(toks) > j and toks[j].lower() not in ("für", ",", "das", "der", "die")
    ):
        return False
    noun = words[-1]
    if art == "einen" and re.search(r"(?:ent|ant|ist|oge|at)en$", noun):
        noun = noun[:-2]
    gender = {"eine": "f", "ein": "n", "einen": "m"}.get(art, "")
    adjs = [w for w in words[:-1]]
    if art == "einen":
        adjs = [re.sub(r"en$", "er", a) for a in adjs]
    r.product = Phrase(join([*adjs, noun]), "ein" if art == "einen" else art, gender)
    n = len(toks)
    while j < n:
        t = toks[j].lower()
        if t == "für" and r.audience is None:
            aud_words, k, aart = _np(toks, j + 1)
            if toks[j + 1 : j + 2] and toks[j + 1].lower() in ("unser", "unsere", "unseren"):
                r.kind = "internal"
                r.internal = True
                aud_words, k, aart = _np(toks, j + 2)
            if aud_words and _PEOPLE.search(aud_words[-1].lower()) and aart in ("", "die"):
                r.audience = Phrase(join(aud_words), "", "", True, "person", "")
            elif aud_words and not aart:
                # "für Kühlschränke in Restaurants": what it is for
                extra = []
                if (
                    k + 1 < n
                    and toks[k].lower() in ("in", "im", "von")
                    and toks[k + 1][:1].isupper()
                ):
                    extra = [toks[k], toks[k + 1]]
                    k += 2
                r.topic = join([*aud_words, *extra])
            j = k
            continue
        if t == "," and j + 1 < n and toks[j + 1].lower() in _REL:
            _clause(r, toks[j + 2 :])
            return True
        if t in _REL and j > 0:
            _clause(r, toks[j + 1 :])
            return True
        j += 1
    return True


def _clause(r: Reading, toks: list[str]) -> None:
    """'zuverlässige Gassigeher in der Nähe findet und Fotos vom Spaziergang schickt'."""
    end = next((k for k, t in enumerate(toks) if t in (",", ";", ":", "(")), len(toks))
    toks = toks[:end]
    parts: list[list[str]] = [[]]
    for t in toks:
        if t.lower() == "und" and parts[-1] and _looks_verb_final(parts[-1][-1]):
            parts.append([])
            continue
        parts[-1].append(t)
    for part in parts:
        if len(part) < 2 or not _looks_verb_final(part[-1]):
            continue
        words = verb_second(part)
        if len(words) > 12:
            continue
        title_words = words[:5] if len(words) > 5 else words
        while title_words and (title_words[-1].lower() in _STOP):
            title_words = title_words[:-1]
        if len(words) > 5:
            # a title must not stop mid-phrase: end on a noun followed by a preposition
            k = max(
                (i for i in range(2, min(5, len(words))) if words[i].lower() in _STOP), default=0
            )
            title_words = words[:k] if k else words[:2]
        title = join(title_words)
        r.promises.append(Promise(does=join(words), title=title[:1].upper() + title[1:]))


def _what_if(r: Reading, toks: list[str]) -> None:
    k = 0
    while k < len(toks) and toks[k][:1].isupper():
        k += 1
    if k == 0 or k > 3 or k >= len(toks):
        return
    subject = toks[:k]
    rest = toks[k:]
    end = next((i for i, t in enumerate(rest) if t in (",", "?", ";")), len(rest))
    rest = rest[:end]
    if len(rest) < 2 or rest[-1].lower() not in ("könnten", "würden", "könnte", "würde"):
        return
    verb = {"könnten": "können", "würden": "können", "könnte": "kann", "würde": "kann"}[
        rest[-1].lower()
    ]
    body = rest[:-1][:10]
    if _PEOPLE.search(subject[-1].lower()):
        r.audience = Phrase(join(subject), "", "", True, "person", "")
    sentence = f"Mit {{name}} {verb} {join(subject)} {join(body)}."
    title = join(body[-3:]) if len(body) >= 2 else ""
    r.promises.append(
        Promise(
            sentence=sentence,
            title=title[:1].upper() + title[1:],
            agent="user",
            subject=join(subject),
        )
    )


def _keywords(r: Reading) -> list[str]:
    seen: list[str] = []
    texts = [r.product.text if r.product else "", r.topic]
    texts += [p.does or p.sentence for p in r.promises]
    texts.append(r.audience.text if r.audience else "")
    for t in texts:
        for w in tokens(t):
            if (
                w[:1].isupper()
                and w.lower() not in _STOP
                and len(w) >= 4
                and w.lower() not in ("app", "plattform", "tool", "name")
                and w not in seen
            ):
                seen.append(w)
    return seen
