"""The Spanish, French and Portuguese reader.

These languages share a shape: "Una app para dueños de perros que encuentra
paseadores ...", "Une application pour les boulangeries qui prévoit ...". The product
keeps the idea's own article (it carries the noun's gender); the audience follows
"para"/"pour"; the promise is a relative clause whose verb is already in the third
person, so "{name} encuentra paseadores ..." is grammatical as it stands. A clause
after a wish ("queremos una plataforma que reúna ...") is in the subjunctive and is
used only where the subjunctive belongs.
"""

from __future__ import annotations

import re

from protogen.writers.offline.kinds import kind_of
from protogen.writers.offline.reading import Phrase, Promise, Reading

_W = {
    "es": {
        "arts": {"un": "m", "una": "f", "el": "m", "la": "f", "los": "m", "las": "f"},
        "for": ("para",),
        "rel": ("que",),
        "where": ("donde", "en la que", "en el que"),
        "and": ("y", "e"),
        "clitics": "me te se le les lo la los las nos os",
        "what_if": r"^(?:¿\s*)?(?:y si|qué tal si|qué pasaría si|imagina que)\s+",
        "wish": r"^(?:queremos|quiero|nos gustaría|me gustaría|la idea es|proponemos)"
        r"(?:\s+(?:crear|hacer|lanzar|construir|tener|montar))?\s+",
        "could": {"pudieran": "pueden", "pudiera": "puede", "podrían": "pueden", "podría": "puede"},
        "pain": r"\b(?:no pueden|no puede|pierden|pierde|difícil|problema|tiran|olvidan|"
        r"cuesta|frustra|no saben|malgastan|tardan|sin tiempo|a mano|caos)\b",
        "stop": "el la los las un una unos unas y o de del para por con que en es son su "
        "sus cuando se al lo como más sin les muy pero a mi tu nuestro nuestra este esta",
    },
    "fr": {
        "arts": {
            "un": "m",
            "une": "f",
            "le": "m",
            "la": "f",
            "les": "m",
            "l'": "m",
            "l’": "m",
            "des": "m",
        },
        "for": ("pour",),
        "rel": ("qui",),
        "where": ("où",),
        "and": ("et",),
        "clitics": "me te se le la les lui leur nous vous y en l' l’",
        "what_if": r"^(?:et si|imaginez|imagine|et s'il|et s’il)\s+",
        "wish": r"^(?:nous voulons|on veut|je veux|l['’]idée (?:est|serait)|nous proposons)"
        r"(?:\s+(?:de\s+)?(?:créer|faire|lancer|construire|avoir))?\s+",
        "could": {
            "pouvaient": "peuvent",
            "pouvait": "peut",
            "pourraient": "peuvent",
            "pourrait": "peut",
        },
        "pain": r"\b(?:perdent|perd|difficile|problème|gaspill\w*|oublient|galère|"
        r"frustr\w*|ne savent pas|temps fou|à la main|chaos|compliqué)\b",
        "stop": "le la les un une des et ou de du pour par avec qui que dans est sont leur "
        "leurs quand se au aux ce cette en sur sans ne pas plus à mon ma mes notre nos",
    },
    "pt": {
        "arts": {"um": "m", "uma": "f", "o": "m", "a": "f", "os": "m", "as": "f"},
        "for": ("para",),
        "rel": ("que",),
        "where": ("onde", "em que"),
        "and": ("e",),
        "clitics": "me te se lhe lhes o a os as nos vos",
        "what_if": r"^(?:e se|imagine se|imagina se|que tal se)\s+",
        "wish": r"^(?:queremos|quero|a ideia é|a ideia seria|propomos)"
        r"(?:\s+(?:criar|fazer|lançar|construir|ter|montar))?\s+",
        "could": {"pudessem": "podem", "pudesse": "pode", "poderiam": "podem", "poderia": "pode"},
        "pain": r"\b(?:perdem|perde|difícil|problema|desperdiç\w*|esquecem|frustra\w*|"
        r"não sabem|à mão|caos|complicado)\b",
        "stop": "o a os as um uma e ou de do da dos das para por com que em é são seu sua "
        "quando se ao no na não mais sem meu minha nosso nossa este esta",
    },
}
_TOKEN = re.compile(r"[\w][\w'’-]*[\w]|[\w]|[,:;()¿?¡!—–]")
_PRODUCT_HEADS = frozenset(
    [
        "app",
        "aplicación",
        "aplicacion",
        "aplicativo",
        "herramienta",
        "plataforma",
        "marketplace",
        "servicio",
        "sensor",
        "dispositivo",
        "juego",
        "curso",
        "bot",
        "asistente",
        "panel",
        "tablero",
        "calendario",
        "mapa",
        "red",
        "tienda",
        "application",
        "appli",
        "outil",
        "plateforme",
        "service",
        "capteur",
        "appareil",
        "jeu",
        "cours",
        "assistant",
        "tableau",
        "calendrier",
        "carte",
        "réseau",
        "boutique",
        "ferramenta",
        "serviço",
        "dispositivo",
        "jogo",
        "painel",
        "sistema",
        "sitio",
        "site",
        "web",
    ]
)
_GENERIC_AUDIENCE = frozenset(
    [
        "personas",
        "gente",
        "usuarios",
        "gens",
        "personnes",
        "utilisateurs",
        "pessoas",
        "usuários",
        "utilizadores",
        "todos",
        "tous",
        "todos",
    ]
)


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def join(toks: list[str]) -> str:
    out = " ".join(toks)
    out = re.sub(r"\s+([,:;)?!])", r"\1", out)
    return re.sub(r"([¿¡(])\s+", r"\1", out)


def _sentences(text: str) -> list[str]:
    out = []
    for line in text.split("\n"):
        line = re.sub(r"^(?:[-*•·]|\d+[.)])\s+", "", line.strip())
        for s in re.split(r"(?<=[.!?…])\s+", line):
            s = s.strip().strip("¿¡").rstrip(".!?…").strip()
            if s:
                out.append(s)
    return out


class _Reader:
    def __init__(self, text: str, lang: str) -> None:
        self.lang = lang
        self.w = _W[lang]
        self.stop = frozenset(self.w["stop"].split())
        self.clitics = frozenset(self.w["clitics"].split())
        self.r = Reading(lang=lang, text=text, kind=kind_of(text))

    def low(self, t: str) -> str:
        return t.lower().replace("’", "'")

    def is_article(self, t: str) -> bool:
        return self.low(t) in self.w["arts"]

    def looks_verb(self, t: str) -> bool:
        """A present-tense verb in the third person (a loose check: its ending)."""
        lt = self.low(t)
        if lt in self.stop or not lt.isalpha() or t[:1].isupper():
            return False
        if self.lang == "fr":
            return bool(re.search(r"(?:e|t|d|nt)$", lt))
        return bool(re.search(r"(?:a|e|í|á|é|an|en|am|em)$", lt))

    # -- phrases -----------------------------------------------------------------
    def noun_phrase(self, toks: list[str], i: int, limit: int = 5) -> tuple[list[str], int, str]:
        art = ""
        if i < len(toks) and self.is_article(toks[i]):
            art = self.low(toks[i])
            i += 1
        elif i < len(toks) and re.match(r"^l['’]", toks[i], re.I):
            art, toks = "l'", [*toks[:i], toks[i][2:], *toks[i + 1 :]]
        words: list[str] = []
        while i < len(toks) and len(words) < limit:
            t, lt = toks[i], self.low(toks[i])
            if not re.match(r"\w", t):
                break
            if lt in ("de", "da", "do", "des", "du", "d'") and words and i + 1 < len(toks):
                nxt = toks[i + 1]
                if re.match(r"\w", nxt) and self.low(nxt) not in self.stop | self.clitics:
                    words += [t, nxt]
                    i += 2
                    continue
                break
            if lt in self.stop or lt in self.w["could"] or lt in self.w["where"]:
                break
            if words and words[-1].lower().endswith(("s", "x")) and self.verb_3pl(t):
                break  # "las librerías pierden ...": the subject ends at its verb
            words.append(t)
            i += 1
        return words, i, art

    def verb_3pl(self, t: str) -> bool:
        lt = self.low(t)
        if t[:1].isupper() or not lt.isalpha() or lt in self.stop:
            return False
        if self.lang == "fr":
            return lt.endswith("ent") and len(lt) > 4
        return bool(re.search(r"(?:an|en|am|em)$", lt)) and len(lt) > 4

    def gender(self, art: str, words: list[str]) -> str:
        if art in self.w["arts"]:
            g = self.w["arts"][art]
            if art not in ("los", "les", "os", "des", "l'"):
                return g
        head = self.low(words[0]) if words else ""
        if self.lang in ("es", "pt") and re.search(r"(?:as|a|ción|ção|dad|dade)$", head):
            return "f"
        if self.lang == "fr" and re.search(r"(?:ie|ion|té|ure|ance|ence|ette)s?$", head):
            return "f"
        return "m"

    def audience(self, toks: list[str], i: int) -> tuple[Phrase | None, str, int]:
        words, j, art = self.noun_phrase(toks, i, 5)
        if not words:
            return None, "", j
        if (
            self.low(words[-1]) in _GENERIC_AUDIENCE
            and j + 1 < len(toks)
            and self.low(toks[j]) in ("con", "avec", "com", "sin", "sans", "sem")
        ):
            more, j2, _ = self.noun_phrase(toks, j + 1, 3)
            if more:
                words, j = [*words, toks[j], *more], j2
                toks = [*toks[:i], *([art] if art else []), *words, *toks[j:]]
                return self._people(words, art, j)
        head = self.low(words[0])
        infinitive = r"(?:er|ir|re)$" if self.lang == "fr" else r"(?:ar|er|ir)$"
        if re.search(infinitive, head) and not head.endswith(("ier", "eur")):
            return None, "", j  # "pour apprendre ...": a purpose, not an audience
        plural = head.endswith(("s", "x"))
        bad = any(self.low(w) in self.stop - {"de", "da", "do", "des", "du"} for w in words)
        if (
            plural
            and not bad
            and head not in _GENERIC_AUDIENCE
            and art not in ("un", "una", "une", "um", "uma")
        ):
            g = self.gender(art, words)
            text = join(words)
            if self.lang == "fr" and art in ("les", "des"):
                text_out, art_out = text, "les"
            else:
                text_out, art_out = text, art if art in ("los", "las", "os", "as") else ""
            one = self.singular(words)
            return Phrase(text_out, art_out, g, True, "person", one), "", j
        if len(words) <= 4 and not bad and not art:
            return None, join(words), j
        return None, "", j

    def _people(self, words: list[str], art: str, j: int) -> tuple[Phrase | None, str, int]:
        g = self.gender(art, words)
        return (
            Phrase(
                join(words),
                art if art in ("los", "las", "os", "as", "les") else "",
                g,
                True,
                "person",
                self.singular(words),
            ),
            "",
            j,
        )

    def singular(self, words: list[str]) -> str:
        head = words[0]
        lh = head.lower()
        if self.lang == "es" and re.search(r"[^aeiou]es$", lh) and not lh.endswith("ces"):
            one = head[:-2]
        elif self.lang == "es" and lh.endswith("ces"):
            one = head[:-3] + "z"
        elif (self.lang == "pt" and lh.endswith("ões")) or (
            self.lang == "pt" and lh.endswith("ães")
        ):
            one = head[:-3] + "ão"
        elif self.lang == "pt" and lh.endswith("res"):
            one = head[:-2]
        elif self.lang == "fr" and lh.endswith("aux"):
            one = head[:-3] + "al"
        elif lh.endswith(("s", "x")):
            one = head[:-1]
        else:
            return ""
        rest = []
        for w in words[1:]:
            lw = w.lower()
            if lw in ("de", "da", "do", "des", "du", "d'") or (
                rest
                and rest[-1].lower()
                in (
                    "de",
                    "da",
                    "do",
                    "des",
                    "du",
                )
            ):
                rest.append(w)
            elif lw.endswith("s") and len(lw) > 3:
                rest.append(w[:-1])
            else:
                rest.append(w)
        return " ".join([one, *rest])

    # -- promises ----------------------------------------------------------------
    def clause_promises(self, toks: list[str], i: int, wish: bool) -> list[Promise]:
        """A relative clause: "que encuentra X y envía Y" -> two promises."""
        parts: list[list[str]] = [[]]
        n = len(toks)
        while i < n:
            t, lt = toks[i], self.low(toks[i])
            if t in (";", "(", ":", "—", "–", "?", "!"):
                break
            if (t == "," or lt in self.w["and"]) and i + 1 < n:
                j = i + 1
                while j < n and self.low(toks[j]) in self.w["and"]:
                    j += 1
                if (
                    j < n
                    and not self.is_article(toks[j])
                    and (self.low(toks[j]) in self.clitics or self.looks_verb(toks[j]))
                ):
                    parts.append([])
                    i = j
                    continue
                if t == ",":
                    break
            parts[-1].append(t)
            i += 1
        out = []
        for part in parts:
            p = self.promise(part, wish)
            if p:
                out.append(p)
        return out

    def promise(self, part: list[str], wish: bool) -> Promise | None:
        if not part:
            return None
        k = 0
        while k < len(part) - 1 and self.low(part[k]) in self.clitics:
            k += 1
        verb = part[k]
        if not self.looks_verb(verb) and self.low(verb) not in (
            "permite",
            "permet",
            "ayuda",
            "aide",
            "ajuda",
        ):
            return None
        words = _fit(part, 12)
        if len(words) < 2:
            return None
        title = _title(words[k:], self.stop | self.clitics)
        text = join(words)
        if self.verb_3pl(verb) and self.r.audience is not None:
            # "fisioterapeutas que ofrecen ...": the clause is about the audience
            subject = [self.r.audience.article or "", *self.r.audience.text.split()]
            subject = [w for w in subject if w]
            return self.user_sentence(subject, verb, words[k + 1 :])
        if wish:
            return Promise(title="", subjunctive=text, agent="product")
        return Promise(does=text, title=title, agent="product")

    def user_sentence(self, subject: list[str], verb: str, rest: list[str]) -> Promise | None:
        rest = _fit(rest, 10)
        if not rest:
            return None
        subj = join(subject)
        frame = {"es": "Con {name}, ", "fr": "Avec {name}, ", "pt": "Com {name}, "}[self.lang]
        sentence = frame + f"{subj} {verb} {join(rest)}."
        title = _title([verb, *rest], self.stop | self.clitics)
        return Promise(sentence=sentence, title=title, agent="user", subject=subj)

    # -- the reading -------------------------------------------------------------
    def read(self) -> Reading:
        r = self.r
        pitched = False
        pains: list[str] = []
        for s in _sentences(r.text):
            body = s
            wish = False
            m = re.match(self.w["wish"], body, re.I)
            if m:
                body, wish = body[m.end() :], True
            m = re.match(self.w["what_if"], body, re.I)
            if m:
                self.what_if(tokens(body[m.end() :]))
                pitched = True
                continue
            toks = tokens(body)
            if not pitched and self.pitch(toks, wish):
                pitched = True
                continue
            if re.search(self.w["pain"], body, re.I):
                pains.append(body)
                continue
        for p in pains:
            pain = _pain(tokens(p), self.stop)
            if pain:
                r.pain = pain
                break
        if r.audience is None:
            for p in pains:
                words, _, art = self.noun_phrase(tokens(p), 0, 4)
                if words and art in ("los", "las", "les", "os", "as", "") and words[0][:1]:
                    aud, _, _ = self.audience([*([art] if art else []), *words], 0)
                    if aud:
                        first = aud.text
                        r.audience = Phrase(
                            first[:1].lower() + first[1:] if not art else first,
                            aud.article,
                            aud.gender,
                            True,
                            "person",
                            aud.singular,
                        )
                        break
        r.keywords = self.keywords()
        return r

    def pitch(self, toks: list[str], wish: bool) -> bool:
        r = self.r
        words, j, art = self.noun_phrase(toks, 0, 4)
        if not words:
            return False
        if (
            toks
            and toks[0][:1].isupper()
            and self.low(words[0]) not in _PRODUCT_HEADS
            and (j < len(toks) and self.low(toks[j]) in self.w["for"] and not art)
            and len(words) == 1
        ):
            r.brand = words[0]
            r.kind = "marketplace" if r.kind in ("consumer", "team") else r.kind
        elif not (
            art in ("un", "una", "une", "um", "uma", "")
            and (any(self.low(w) in _PRODUCT_HEADS for w in words) or art)
        ):
            return False
        else:
            lw = [w if i or w.isupper() else w.lower() for i, w in enumerate(words)]
            r.product = Phrase(
                join(lw),
                art if art in ("un", "una", "une", "um", "uma") else "",
                self.gender(art, words),
            )
        n = len(toks)
        while j < n:
            t = self.low(toks[j])
            if t in self.w["for"] and r.audience is None and not r.topic:
                aud, topic, j = self.audience(toks, j + 1)
                r.audience, r.topic = aud, topic
                continue
            if t in self.w["rel"]:
                r.promises += self.clause_promises(toks, j + 1, wish)
                return True
            if t in self.w["where"] or (
                t == "en"
                and j + 1 < n
                and self.low(toks[j + 1])
                in (
                    "la",
                    "el",
                )
            ):
                k = j + 1 if t != "en" else j + 3
                self.where(toks[k:])
                return True
            if toks[j] == ",":
                j += 1
                continue
            j += 1
        return True

    def where(self, toks: list[str]) -> None:
        words, j, art = self.noun_phrase(toks, 0, 4)
        if not words or j >= len(toks) or not self.looks_verb(toks[j]):
            return
        subject = ([art] if art else []) + words
        p = self.user_sentence(subject, toks[j], toks[j + 1 :])
        if p:
            self.r.promises.append(p)
            if self.r.audience is None:
                aud, _, _ = self.audience(subject, 0)
                self.r.audience = aud

    def what_if(self, toks: list[str]) -> None:
        words, j, art = self.noun_phrase(toks, 0, 4)
        if not words or j >= len(toks):
            return
        could = self.low(toks[j])
        if could not in self.w["could"]:
            return
        subject = ([art] if art else []) + words
        aud, _, _ = self.audience(subject, 0)
        self.r.audience = self.r.audience or aud
        rest = _fit(toks[j + 1 :], 10)
        if not rest:
            return
        subj = join(subject)
        frame = {"es": "Con {name}, ", "fr": "Avec {name}, ", "pt": "Com {name}, "}[self.lang]
        sentence = frame + f"{subj} {self.w['could'][could]} {join(rest)}."
        title = _title(rest, self.stop | self.clitics)
        self.r.promises.append(Promise(sentence=sentence, title=title, agent="user", subject=subj))

    def keywords(self) -> list[str]:
        r = self.r
        seen: list[str] = []
        texts = []
        if r.product:
            texts.append(r.product.text)
        texts.append(r.topic)
        for p in r.promises:
            texts.append(p.does or p.subjunctive or p.sentence.split(",", 1)[-1])
        if r.audience:
            texts.append(r.audience.text)
        for t in texts:
            for w in tokens(t or ""):
                lw = self.low(w)
                if len(lw) < 4 or lw in self.stop or lw in self.clitics or not lw.isalpha():
                    continue
                if self.looks_verb(w) and not lw.endswith(("ía", "dad")):
                    continue
                one = lw[:-1] if lw.endswith("s") and not lw.endswith("ss") else lw
                if one not in seen:
                    seen.append(one)
        return seen


def _fit(words: list[str], limit: int) -> list[str]:
    """At most ``limit`` words, cut before a comma or a linking word."""
    words = [w for w in words]
    out = words
    if len(words) > limit:
        out = words[:limit]
        for k in range(limit - 1, 1, -1):
            if words[k] in (",",) or words[k].lower() in (
                "que",
                "qui",
                "y",
                "et",
                "e",
                "cuando",
                "quand",
                "quando",
                "para",
                "pour",
                "con",
                "avec",
                "com",
                "porque",
                "parce",
                "en",
                "de",
                "a",
                "à",
                "da",
                "do",
                "dans",
                "sur",
            ):
                out = words[:k]
                break
    while out and (not re.match(r"\w", out[-1]) or out[-1].lower() in _DANGLING):
        out = out[:-1]
    return out


_DANGLING = frozenset(
    [
        "el",
        "la",
        "los",
        "las",
        "un",
        "una",
        "de",
        "del",
        "y",
        "o",
        "que",
        "en",
        "con",
        "para",
        "por",
        "al",
        "su",
        "sus",
        "le",
        "les",
        "des",
        "du",
        "et",
        "ou",
        "qui",
        "dans",
        "sur",
        "avec",
        "pour",
        "à",
        "au",
        "aux",
        "o",
        "a",
        "os",
        "as",
        "um",
        "uma",
        "do",
        "da",
        "dos",
        "das",
        "e",
        "em",
        "com",
        "no",
        "na",
        "nos",
        "nas",
        "ao",
        "seu",
        "sua",
        "cerca",
        "partir",
        "través",
        "base",
        "lado",
        "près",
        "autour",
        "travers",
        "perto",
        "junto",
    ]
)


def _title(words: list[str], stop: frozenset) -> str:
    """A short title: the verb and its object, at most 5 words, ending on a content word."""
    out = []
    for w in words:
        if w in (",", ";", ":") or w.lower() in (
            "que",
            "qui",
            "quand",
            "cuando",
            "quando",
            "porque",
            "y",
            "et",
            "e",
        ):
            break
        out.append(w)
    if len(out) > 5:
        # the longest prefix of at most 5 words that ends before a boundary word
        best = 0
        for k in range(2, 6):
            if out[k].lower() in _DANGLING or out[k].lower() in stop:
                best = k
        out = out[:best]
    while out and (out[-1].lower() in _DANGLING or out[-1].lower() in stop):
        out = out[:-1]
    if len(out) < 2:
        return ""
    text = join(out)
    return text[:1].upper() + text[1:]


def _pain(toks: list[str], stop: frozenset) -> str:
    words = _fit(toks, 12)
    if len(words) < 4:
        return ""
    text = join(words)
    return text[:1].upper() + text[1:]


def read(text: str, lang: str) -> Reading:
    return _Reader(text, lang).read()
