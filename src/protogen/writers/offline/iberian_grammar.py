"""Agreement, articles and register for Spanish and Portuguese pages.

A frame cannot know the gender of the noun the idea chose: "una app diseñada", "un
sensor diseñado", "um aplicativo pensado", "uma ferramenta pensada". Spanish and
Portuguese frames mark what agrees with a noun from the idea, and this grammar fills it
in before the idea's words go into the frame (so text from the idea is never read as
markup):

- ``{P:o|a}``: the product (or, when the idea names none, the kind's noun): masculine,
  feminine.
- ``{A:o|a|os|as}``: the audience: masculine and feminine singular, then plural (two
  forms, masculine and feminine, when the number does not matter). Without an audience,
  the masculine plural (the generic form).
- ``{S:sg|pl}``: the number of the subject of the promise in the frame ("los vecinos
  pueden", "el entrenador puede").
- ``{N:o|a}``: the persona's gender, from the persona's name.
- ``{R:one|another}``: alternative wordings of one frame (with the same placeholders),
  chosen by the seed, so that pages in one language do not all share one sentence.

Register: friendly and bold pages speak to the reader as "tú" in Spanish; formal ones
as "usted", and the idea's own "tu"/"te" become "su"/"le" there. Portuguese pages use
third-person forms ("você" grammar) in every tone, with no pronoun and no clitic placed
where Brazil and Portugal differ; "o senhor/a senhora" is never used: it needs the
reader's gender and reads like a bank letter.
"""

from __future__ import annotations

import re
from types import ModuleType

from protogen.writers.offline.books import Grammar
from protogen.writers.offline.reading import Phrase


def _w(words: str) -> frozenset[str]:
    return frozenset(words.split())


_MARK = re.compile(r"\{([PASN]):([^{}]*)\}")
_CAPITAL_CONTRACTIONS = {
    "es": [(r"\bA el\b", "Al"), (r"\bDe el\b", "Del")],
    "pt": [
        (r"\bA (o|os)\b", r"A\1"),
        (r"\bDe (o|a|os|as)\b", r"D\1"),
        (r"\bEm (o|a|os|as)\b", r"N\1"),
        (r"\bPor o\b", "Pelo"),
        (r"\bPor a\b", "Pela"),
        (r"\bPor os\b", "Pelos"),
        (r"\bPor as\b", "Pelas"),
    ],
}
_ALT = re.compile(r"\{R:((?:[^{}]|\{\w+\})*)\}")
_INDEF = {
    "es": {("m", False): "un", ("f", False): "una", ("m", True): "unos", ("f", True): "unas"},
    "pt": {("m", False): "um", ("f", False): "uma", ("m", True): "uns", ("f", True): "umas"},
}
_DEF = {
    "es": {("m", False): "el", ("f", False): "la", ("m", True): "los", ("f", True): "las"},
    "pt": {("m", False): "o", ("f", False): "a", ("m", True): "os", ("f", True): "as"},
}
# Persona names that read as women's names; every other name in the books is a man's.
_WOMEN = _w(
    "Lucía Carmen Valeria Sofía Paula Elena Julia Camila Ana Mariana Beatriz Carolina "
    "Sofia Helena Joana Marta"
)
_STOP_ROLE = _w(
    "de del da do das dos con com en em para pra por pelo pela pelos pelas a al ao à "
    "y e que sin sem"
)


class IberianGrammar(Grammar):
    """Spanish (``es``) or Portuguese (``pt``)."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    # a pronoun in a chunk would point at nobody once the chunk stands alone
    pronouns = re.compile(r"\b(?:ellos|ellas|eles|elas)\b", re.I)

    @property
    def morph(self) -> ModuleType:
        if self.lang == "es":
            from protogen.writers.offline import es_morph

            return es_morph
        from protogen.writers.offline import pt_morph

        return pt_morph

    # -- noun phrases ----------------------------------------------------------------------
    def lower_title(self, title: str) -> str:
        return title[:1].lower() + title[1:] if title[1:2].islower() else title

    def a_product(self, p: Phrase) -> str:
        if p.article in _INDEF[self.lang].values():
            return f"{p.article} {p.text}"
        return f"{_INDEF[self.lang][(p.gender or 'm', p.plural)]} {p.text}"

    def the_audience(self, p: Phrase) -> str:
        if not p.plural:
            return p.text  # "el equipo de almacén": the article is part of it
        if p.article:
            return f"{p.article} {p.text}"
        return f"{_DEF[self.lang][(p.gender or 'm', True)]} {p.text}"

    def for_audience(self, p: Phrase) -> str:
        return f"para {p.text}"

    def one(self, p: Phrase) -> str:
        """One member of the audience, for a role: "dueño de perros" (people), "una
        panadería" (after "responsable de"), "el equipo de almacén"."""
        if not p.plural:
            return p.singular or p.text
        if p.group == "person":
            return p.singular
        head = p.singular.split()[0] if p.singular else ""
        gender = self.morph.gender(head) if head else p.gender or "m"
        if p.group == "org" and p.singular.split()[0].lower() in (
            "pequeño",
            "pequeña",
            "pequeno",
            "pequena",
        ):
            gender = p.gender or gender
        return f"{_INDEF[self.lang][(gender, False)]} {p.singular}"

    # -- hooks -----------------------------------------------------------------------------
    def them(self, does: str, subject: str) -> str:
        """ "Es una plataforma para vecinos. Permite compartir …": once the audience has
        been named, a user promise leaves its subject out rather than name it twice."""
        for lead, short in (
            (f"permite a {subject} ", "permite "),
            (f"ayuda a {subject} a ", "ayuda a "),
            (f"ajuda {subject} a ", "ajuda a "),
        ):
            if does.startswith(lead):
                return short + does[len(lead) :]
        return does

    def label(self, p: Phrase) -> str:
        """ "equipo de almacén", not "el equipo de almacén", in the eyebrow."""
        if not p.plural and p.article and p.text.startswith(p.article + " "):
            return p.text[len(p.article) + 1 :]
        return p.text

    def product_gender(self, c) -> str:
        if c.r.product is not None:
            return c.r.product.gender or "m"
        a_noun = c.book.kind(c.r.kind)["a_noun"].split()[0].lower()
        return "f" if a_noun in ("una", "uma") else "m"

    def agree(self, frame: str, values: dict[str, str], c) -> tuple[str, dict[str, str]]:
        """The frame with its agreement marks resolved, before the idea's words go in (so
        nothing from the idea is read as a mark)."""
        return self.marks(frame, c, values), values

    def marks(self, frame: str, c, values: dict[str, str]) -> str:
        if "{" not in frame or ":" not in frame:
            return frame

        def repl(m: re.Match) -> str:
            who, forms = m.group(1), m.group(2).split("|")
            if who == "P":
                return forms[c is not None and self.product_gender(c) == "f"]
            if who == "N":
                return forms[values.get("persona", "") in _WOMEN]
            if who == "S":
                subject = values.get("subject", "") or values.get("subject2", "")
                first = subject.split(" ", 1)[0].lower()
                plural = first in ("los", "las", "os", "as") or (
                    first not in ("el", "la", "o", "a")
                    and bool(self.morph.singular(subject.split()[-1] if subject else ""))
                )
                return forms[1 if plural else 0]
            a = c.r.audience if c is not None else None
            fem = bool(a and a.gender == "f")
            if len(forms) == 2:
                return forms[fem]
            plural = a is None or a.plural
            return forms[(2 if plural else 0) + fem]

        frame = _MARK.sub(repl, frame)
        if "{R:" in frame and c is not None:
            # one seeded choice for every alternation in the frame, another for the next
            # promise: "{R:nace para cambiarlo|viene a cambiar eso}"
            key = "alt|" + frame + "|" + values.get("title", "") + values.get("persona", "")
            k = c.index(key, 997)
            frame = _ALT.sub(lambda m: (alts := m.group(1).split("|"))[k % len(alts)], frame)
        return frame

    def voice(self, text: str, tone: str) -> str:
        """In formal Spanish, "usted" for the idea's "tú"; in Portuguese, "seu" for
        "teu" in every tone (one voice for Brazil and Portugal)."""
        if self.lang == "es" and tone == "formal":
            text = re.sub(r"\btus\b", "sus", text)
            text = re.sub(r"\btu\b", "su", text)
            text = re.sub(r"\bTu\b", "Su", text)
            # "te lo dice" -> "se lo dice"; "te avisa" -> "le avisa"
            text = re.sub(
                r"\b([Tt])e (lo|la|los|las)\b",
                lambda m: "sS"[m.group(1) == "T"] + "e " + m.group(2),
                text,
            )
            text = re.sub(r"\b([Tt])e\b", lambda m: "lL"[m.group(1) == "T"] + "e", text)
            verbs = self.morph.VERBS
            text = re.sub(
                r"\b(\w+[aeií]r)te\b",
                lambda m: m.group(1) + "le" if m.group(1).lower() in verbs else m.group(0),
                text,
            )
            text = re.sub(r"\bcontigo\b", "con usted", text)
        if self.lang == "pt":
            for a, b in (("teu", "seu"), ("tua", "sua"), ("teus", "seus"), ("tuas", "suas")):
                text = re.sub(rf"\b{a}\b", b, text)
        return text

    def finish(self, text: str) -> str:
        """Capitals after a full stop and after an opening "¿" or "¡"; contractions at the
        start of a sentence, which tidy leaves alone: "Al", "Aos"."""
        text = re.sub(
            r"([.!?]\s+[¿¡]?)([a-záéíóúñ])", lambda m: m.group(1) + m.group(2).upper(), text
        )
        text = re.sub(r"^([¿¡])([a-záéíóúñ])", lambda m: m.group(1) + m.group(2).upper(), text)
        for pattern, repl in _CAPITAL_CONTRACTIONS[self.lang]:
            text = re.sub(pattern, repl, text)
        return text

    def persona(self, people: list[str], i: int, role: str) -> tuple[str, str]:
        """A persona whose role agrees with them: "Lucía, dueña de perros", "Mateo,
        dueño de perros"; a woman only when the role's feminine is known."""
        for k in range(len(people)):
            name = people[(i + k) % len(people)]
            if name not in _WOMEN:
                return name, role
            fem = self.feminine_role(role)
            if fem:
                return name, fem
        return people[i % len(people)], role

    def feminine_role(self, role: str) -> str:
        words = role.split()
        out = []
        for n, w in enumerate(words):
            if w.lower() in _STOP_ROLE or w.lower() in (
                "un",
                "una",
                "um",
                "uma",
                "el",
                "la",
                "o",
                "a",
            ):
                out += words[n:]
                break
            fem = self.morph.feminine(w)
            if not fem:
                return ""
            out.append(fem)
        return " ".join(out)
