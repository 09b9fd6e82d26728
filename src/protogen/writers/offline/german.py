"""The German reader: product, audience, pain and promises from an idea of any shape.

German ideas come as "Eine App für X, die ... findet" (a relative clause whose verb
comes last), as the problem first and then "Wir wollen ..." or "Die Idee ist ...", as
questions ("Was wäre, wenn ...?"), as bullet lists of infinitives ("- Spiele
eintragen"), as rambling speech ("Also, ich dachte mir, so eine App ..."), as brand
analogies ("Uber für Hundesitter") and as imperatives ("Finde ...", "Hilf ...").

Every promise is kept in the three orders German needs: ``does`` for a main clause,
verb second and a separable prefix at the end ("bereitet die Listen über Nacht vor");
``base``, the infinitive phrase with the verb last ("die Listen über Nacht
vorbereiten"), for "Lass {name} ..." and "Mit {name} kannst du ..."; and a short
``title`` ("Listen vorbereiten") that keeps the idea's capitals, so nouns stay upper
case and adjectives lower case in the middle of a sentence. Words that point at the
reader or at the subject ("deine", "ihre", "sich") are kept as markers that the German
grammar (:mod:`.de_grammar`) sets for the tone and the sentence: "deine" for du, "Ihre"
for Sie, "meine" in a user story.

Every chunk is validated: an audience is a plural noun phrase whose head names people
or organisations (never a clause); a product has a gender, from its own article or the
head of its compound, or it is left out; a pain is a whole main clause in the third
person of at most 12 words. What fails is left empty.
"""

from __future__ import annotations

import re
from dataclasses import replace

from protogen.writers.offline import de_morph as m
from protogen.writers.offline.kinds import kind_of
from protogen.writers.offline.reading import Phrase, Promise, Reading

#: Cue words for the kind of product that only German ideas use (word starts).
KIND_CUES = {
    "internal": "intern|unser lager|unsere lager|unser team|unsere schicht|unsere filiale|"
    "unsere kollegen|unsere buchhaltung|unseren vertrieb|unser büro|für unsere",
    "device": "thermostat|stecker|halsband|armband|waage|ventil|rauchmelder|akku|funk|"
    "smarte|smarter|smartes|wearable|tracker am|am handgelenk|bewässerung",
    "marketplace": "marktplatz|vermittel|verbindet|bringt|tausch|teilen|leih|buchen|"
    "mieten|verkauf|babysitter|hundesitter|gassigeher|handwerker finden|uber für|"
    "airbnb für|tinder für|ebay für|etsy für|kleinanzeigen|handwerkerin|reparatur|"
    "finden sie|finde ",
    "health": "pflege|medikament|tablette|blutzucker|therapie|physio|schlaf|symptom|"
    "erkrank|diabetes|praxis|praxen|blutdruck|ernährung|mahlzeit|impf",
    "learning": "lern|lehrer|lehrkr|schul|vokabel|kurs|prüfung|nachhilfe|studierende|"
    "studenten|einmaleins|hausaufgabe|klassen|unterricht",
    "team": "team|firma|firmen|kanzlei|agentur|rechnung|buchhaltung|vertrieb|b2b|kmu|redaktion|"
    "stadtwerk|dashboard|"
    "handwerk|selbstständig|freiberufl|angebot|auftr|projekt|mitarbeit|verein|sportverein|"
    "einkaufsteam|einkäufer|beschaffung|lieferant|mittelstand|vertrag|verträge|kanzleien|büro",
}

_TOKEN = re.compile(r"[\w][\w'’+&/.:*-]*[\w]|[\w]|[,:;()?!]|[—–-](?=\s)")
_ABBREV = re.compile(
    r"\b(z\. ?B|bzw|ca|usw|etc|inkl|ggf|evtl|d\. ?h|u\. ?a|Nr|Dr|z\. ?T|vgl|bspw)\.", re.I
)
_MARKER = re.compile(r"[⟦⟧]")
_FILLERS = frozenset(
    [
        "halt",
        "quasi",
        "irgendwie",
        "sozusagen",
        "ähm",
        "äh",
        "ähh",
        "naja",
        "mal",
        "doch",
        "eben",
        "eh",
        "einfach mal",
        "praktisch",
        "basically",
        "ja",
        "so",
    ]
)
_LEADS = re.compile(
    r"^(?:also|okay|ok|naja|na ja|hm+|gut|so|und zwar|ehrlich gesagt|kurz gesagt)\b[,:]?\s*",
    re.I,
)
_THINKING = re.compile(
    r"^(?:ich|wir) (?:hab(?:e|en)?|hatte|hatten|dachte|dachten|denke|denken|überlege|"
    r"überlegen)(?: mir| uns)?(?: schon länger| schon lange| seit einer weile)?"
    r"(?: (?:überlegt|gedacht|die idee|eine idee))?[,:]?\s*(?:dass\s+)?",
    re.I,
)
_PROBLEM_LEAD = re.compile(
    r"^(?:das|mein|unser) (?:eigentliche |größte |große |echte )?problem"
    r"(?: ist| war)?(?:,? dass|:|,)?\s*",
    re.I,
)
_WISH = re.compile(
    r"^(?:(?:deshalb|darum|daher|also|und)\s+)?(?:wir|ich)\s+(?:wollen|möchten|möchte|will|"
    r"würden|würde|bauen|baue|entwickeln|entwickle|planen|plane|brauchen|brauche)"
    r"(?:\s+(?:gern|gerne|deshalb|darum|also))?(?:,\s*|\s+)",
    re.I,
)
_IDEA_IS = re.compile(
    r"^(?:die|meine|unsere) idee(?: ist| wäre)?(?:,| :|:)?\s*(?:es ist\s+)?", re.I
)
_THERE_IS = re.compile(
    r"^(?:es (?:bräuchte|braucht|fehlt|sollte|müsste|gibt)|gäbe es(?: doch)?(?: nur)?|"
    r"warum gibt es(?: noch)?|wieso gibt es(?: noch)?|"
    r"man bräuchte|man könnte|stell dir|stellen sie sich)\b",
    re.I,
)
_WHAT_IF = re.compile(
    r"^(?:was wäre,? wenn|wie wäre es,? wenn|was,? wenn|stell dir vor,?|stellt euch vor,?|"
    r"stellen sie sich vor,?)\s+",
    re.I,
)
_HOW_MIGHT = re.compile(r"^wie (?:können|könnten|kann|könnte) (?:wir|man)\s+", re.I)
_PAIN = re.compile(
    r"\b(?:verlier\w*|vergess\w*|vergisst|schwer\w*|mühsam\w*|problem\w*|frust\w*|nerv\w*|"
    r"zeitaufwendig\w*|aufwendig\w*|chaos|chaotisch\w*|per hand|von hand|händisch|"
    r"manuell\w*|ärger\w*|kostet|kosten|dauert|umständlich\w*|zettel\w*|excel|papier|"
    r"niemand|keiner|fehlt|fehlen|verpass\w*|stress\w*|stundenlang|ständig|immer wieder|"
    r"wegwerfen|wegwerfen|landen|unübersichtlich\w*|verstreut\w*|verschwend\w*|weg\b|"
    r"nie\b|kaum|zu viel\w*|zu lange|teuer\w*|vergebens|suchen|sucht|verbring\w*|"
    r"stunden mit)\b",
    re.I,
)
_IT = re.compile(
    r"^(?:sie|es|er|die app|das tool|die plattform|der dienst|das gerät|der sensor|"
    r"die software|das system|der assistent|der bot|die website|die seite)"
    r"(?:\s+(?:auch|außerdem|zusätzlich|dann|sogar|automatisch))?\s+",
    re.I,
)
_ALSO = re.compile(
    r"^(?:außerdem|zusätzlich|dazu|auch|und|ausserdem|zudem|dann|danach|nebenbei)\s+", re.I
)
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
        "eines",
        "den",
        "dem",
        "des",
        "und",
        "oder",
        "aber",
        "von",
        "vom",
        "für",
        "mit",
        "dass",
        "in",
        "im",
        "ist",
        "sind",
        "wenn",
        "sich",
        "zu",
        "zum",
        "zur",
        "auf",
        "nicht",
        "auch",
        "bei",
        "beim",
        "aus",
        "nach",
        "am",
        "an",
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
        "er",
        "wir",
        "ich",
        "du",
        "man",
        "unser",
        "unsere",
        "ihr",
        "ihre",
        "sein",
        "seine",
        "wo",
        "was",
        "wer",
        "weil",
        "damit",
        "denn",
        "dann",
        "noch",
        "nur",
        "schon",
        "sehr",
        "mehr",
        "alle",
        "jeden",
        "jede",
        "jeder",
        "jedes",
        "gegen",
        "per",
        "pro",
        "bis",
        "seit",
        "statt",
    ]
)
PREPS = frozenset(
    [
        "in",
        "im",
        "am",
        "an",
        "auf",
        "aus",
        "bei",
        "beim",
        "mit",
        "nach",
        "von",
        "vom",
        "zu",
        "zum",
        "zur",
        "über",
        "unter",
        "für",
        "gegen",
        "ohne",
        "durch",
        "um",
        "vor",
        "hinter",
        "neben",
        "zwischen",
        "per",
        "pro",
        "ab",
        "bis",
        "seit",
        "während",
        "wegen",
        "trotz",
        "je",
        "ins",
        "ans",
        "aufs",
        "fürs",
        "innerhalb",
        "außerhalb",
    ]
)
_ARTICLES = {
    "ein": "mn",
    "eine": "f",
    "einen": "m",
    "der": "m",
    "die": "f",
    "das": "n",
    "den": "m",
    "einem": "mn",
    "einer": "f",
}
_DETS = frozenset(
    [
        "ein",
        "eine",
        "einen",
        "einem",
        "einer",
        "eines",
        "der",
        "die",
        "das",
        "den",
        "dem",
        "des",
        "unser",
        "unsere",
        "unseren",
        "unserem",
        "unserer",
        "mein",
        "meine",
        "meinen",
        "dein",
        "deine",
        "deinen",
        "deinem",
        "deiner",
        "ihre",
        "ihren",
        "ihrem",
        "ihrer",
        "seine",
        "seinen",
        "kein",
        "keine",
        "diese",
        "dieser",
        "dieses",
        "diesen",
        "jede",
        "jeder",
        "jedes",
        "jeden",
        "viele",
        "vielen",
        "manche",
        "alle",
        "allen",
        "einige",
    ]
)
_QUANT = frozenset(["viele", "manche", "alle", "einige", "die meisten", "meisten", "zahlreiche"])
_REL = frozenset(["der", "die", "das"])
_REL_PREP = re.compile(
    r"^(?:mit|auf|über|in|bei|durch|an|von|für|unter|aus|nach|zu) (?:der|dem|die|den|das|denen)$"
)
#: Words that open a clause a promise may carry at its end: a condition ("wenn ...") or,
#: for verbs such as "erklären" or "zeigen", the object itself ("wie ...").
_TAIL_WORDS = frozenset(
    ["wenn", "sobald", "falls", "bevor", "wie", "was", "ob", "wo", "wann", "warum", "welche"]
)
_OBJECT_TAIL = frozenset(["wie", "was", "ob", "wo", "wann", "warum", "welche"])
#: Verbs that need no object: "das den Standort zeigt und warnt" does not warn the place.
_NO_OBJECT = frozenset(
    [
        "warnt",
        "piept",
        "leuchtet",
        "vibriert",
        "klingelt",
        "reagiert",
        "funktioniert",
        "läuft",
        "arbeitet",
        "hilft",
        "alarmiert",
        "meldet",
    ]
)
_HELP_VERBS = frozenset(["hilft", "ermöglicht", "erlaubt", "erleichtert"])
_BUILD_VERBS = frozenset(
    [
        "bauen",
        "entwickeln",
        "machen",
        "programmieren",
        "gründen",
        "starten",
        "erstellen",
        "haben",
        "schaffen",
        "anbieten",
        "gäbe",
        "gibt",
        "geben",
        "bräuchte",
        "braucht",
        "brauchen",
    ]
)
_PRODUCT_KIND = (
    ("lern", "learning"),
    ("marktplatz", "marketplace"),
    ("börse", "marketplace"),
    ("sensor", "device"),
    ("halsband", "device"),
    ("armband", "device"),
    ("gerät", "device"),
    ("dashboard", "team"),
    ("gesundheit", "health"),
)
#: Brands people use as analogies, never as names ("Uber für Hundesitter").
_BRANDS = {
    "uber": "marketplace",
    "airbnb": "marketplace",
    "tinder": "marketplace",
    "ebay": "marketplace",
    "etsy": "marketplace",
    "fiverr": "marketplace",
    "vinted": "marketplace",
    "kleinanzeigen": "marketplace",
    "booking": "marketplace",
    "lieferando": "marketplace",
    "doctolib": "health",
    "duolingo": "learning",
    "strava": "consumer",
    "netflix": "consumer",
    "spotify": "consumer",
    "shazam": "consumer",
    "tripadvisor": "consumer",
    "notion": "team",
    "trello": "team",
    "slack": "team",
    "zalando": "consumer",
    "yelp": "consumer",
}
#: Du-imperatives an idea starts with ("Finde ...", "Hilf ..."), with their infinitive.
_IMPERATIVE = {
    "lies": "lesen",
    "nimm": "nehmen",
    "gib": "geben",
    "hilf": "helfen",
    "sieh": "sehen",
    "iss": "essen",
    "triff": "treffen",
    "vergiss": "vergessen",
    "lass": "lassen",
    "tu": "tun",
}
#: Imperatives that tell the product what to do, not the user.
_PRODUCT_IMPERATIVES = frozenset(
    [
        "zusammenbringen",
        "verbinden",
        "vernetzen",
        "vermitteln",
        "informieren",
        "erinnern",
        "benachrichtigen",
        "zeigen",
        "automatisieren",
        "digitalisieren",
    ]
)
_IMPERATIVE_STEMS = frozenset(
    [
        "find",
        "such",
        "buch",
        "teil",
        "plan",
        "organisier",
        "verwalt",
        "sammel",
        "sammle",
        "tausch",
        "verkauf",
        "leih",
        "verleih",
        "lern",
        "üb",
        "spar",
        "behalt",
        "erstell",
        "schreib",
        "schick",
        "send",
        "bestell",
        "reservier",
        "vergleich",
        "entdeck",
        "hol",
        "bring",
        "mach",
        "vernetz",
        "verbind",
        "start",
        "track",
        "miet",
        "vermiet",
        "zeig",
        "check",
        "prüf",
        "meld",
        "erinner",
        "koch",
        "verfolg",
        "halt",
        "fang",
        "lad",
        "teste",
        "test",
        "bau",
        "gestalt",
        "automatisier",
        "digitalisier",
        "verteil",
        "frag",
        "bezahl",
        "zahl",
        "spiel",
        "trainier",
        "lös",
        "kauf",
        "räum",
        "sortier",
        "dokumentier",
        "erfass",
        "bewert",
        "empfiehl",
        "scann",
        "fotografier",
        "bereit",
    ]
)
_NAME_STOP = frozenset(
    [
        "nähe",
        "zeit",
        "tag",
        "tage",
        "tagen",
        "woche",
        "wochen",
        "minute",
        "minuten",
        "stunde",
        "stunden",
        "hand",
        "klick",
        "handy",
        "smartphone",
        "nacht",
        "morgen",
        "abend",
        "ort",
        "art",
        "weise",
        "problem",
        "idee",
        "möglichkeit",
        "überblick",
        "name",
        "ende",
        "anfang",
        "beispiel",
        "moment",
        "leute",
        "menschen",
        "mensch",
        "jahr",
        "jahre",
        "monat",
        "mal",
        "sache",
        "sachen",
        "ding",
        "dinge",
        "teil",
        "platz",
        "alltag",
        "hilfe",
        "euro",
        "prozent",
        "browser",
        "saas",
        "hr",
        "ki",
        "it",
        "crm",
        "onboarding",
        "chat",
        "dash",
        "web",
        "online",
        "handy",
        "smart",
        "daten",
        "echtzeit",
        "sekunde",
        "sekunden",
    ]
)
#: Plural heads whose singular is no mere cut ("Räder" -> "Rad"), for product names.
_PLURALS = {
    "räder": "rad",
    "schränke": "schrank",
    "ärzte": "arzt",
    "kräfte": "kraft",
    "läden": "laden",
    "höfe": "hof",
    "bäume": "baum",
    "gärten": "garten",
    "häuser": "haus",
    "bücher": "buch",
    "wörter": "wort",
    "länder": "land",
    "blätter": "blatt",
    "bälle": "ball",
    "plätze": "platz",
    "pläne": "plan",
    "züge": "zug",
    "töpfe": "topf",
    "städte": "stadt",
    "gläser": "glas",
    "fächer": "fach",
    "praxen": "praxis",
    "firmen": "firma",
    "themen": "thema",
    "kinder": "kind",
    "lieder": "lied",
    "bilder": "bild",
    "felder": "feld",
    "gelder": "geld",
    "kleider": "kleid",
    "rätseln": "rätsel",
    "fotos": "foto",
    "räume": "raum",
    "stühle": "stuhl",
    "mahlzeiten": "mahlzeit",
    "träge": "trag",
    "sätze": "satz",
    "fälle": "fall",
    "käufe": "kauf",
    "läufe": "lauf",
    "beträge": "betrag",
}
#: Nouns that end in -e in the singular (their plural ends in -en, not -n alone: kept).
_N_DECL = re.compile(r"(?:ent|ant|ist|at|and|or|oge|nom|graf|soph)en$")


# --- tokens ------------------------------------------------------------------------------


def tokens(text: str) -> list[str]:
    return [t for t in _TOKEN.findall(text) if t not in ("-",)]


def join(toks: list[str]) -> str:
    out = " ".join(toks)
    return re.sub(r"\s+([,:;)?!])", r"\1", out).replace("( ", "(")


def low(t: str) -> str:
    return t.lower()


def is_word(t: str) -> bool:
    return bool(re.match(r"\w", t))


def is_noun(t: str) -> bool:
    return t[:1].isupper() and is_word(t) and low(t) not in _STOP


def units(text: str) -> list[tuple[str, bool]]:
    """Sentences and bullet items, each with whether it was a bullet."""
    out: list[tuple[str, bool]] = []
    text = _MARKER.sub("", text)
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        bullet = bool(re.match(r"^(?:[-*•·–]|\d+[.)])\s+", line))
        line = re.sub(r"^(?:[-*•·–]|\d+[.)])\s+", "", line)
        line = _ABBREV.sub(lambda mm: mm.group(0).replace(".", "\x00"), line)
        for s in re.split(r"(?<=[.!?…])\s+|(?<=[.!?])(?=[A-ZÄÖÜ])", line):
            s = s.replace("\x00", ".").strip().strip("„“\"'»«").strip()
            s = s.rstrip(".!…").strip()
            if s:
                out.append((s, bullet))
    return out


def clean(sent: str) -> str:
    """Drop the fillers of speech: leads ("Also, ...") and particles ("halt", "quasi")."""
    prev = None
    while prev != sent:
        prev = sent
        sent = _LEADS.sub("", sent).strip()
        sent = _THINKING.sub("", sent).strip()
    words = []
    toks = sent.split()
    for i, w in enumerate(toks):
        lw = w.lower().strip(",")
        if lw in _FILLERS and lw not in ("so", "ja") and not w.endswith(":"):
            if w.endswith(",") and words and not words[-1].endswith(","):
                words[-1] += ","
            continue
        if lw == "so" and i + 1 < len(toks) and toks[i + 1].lower() in ("eine", "ein", "einen"):
            continue  # "so eine App"
        if lw in ("ja", "so") and w.endswith(","):
            continue
        words.append(w)
    sent = " ".join(words)
    sent = re.sub(r"\b(?:sowas|so was) wie\s+", "", sent, flags=re.I)
    sent = re.sub(r",\s*(?:weißt du|oder so|keine ahnung|genau)\b,?", ",", sent, flags=re.I)
    sent = re.sub(r"\s+(?:oder so|weißt du|keine ahnung)$", "", sent, flags=re.I)
    return sent.strip(" ,")


# --- noun phrases ------------------------------------------------------------------------


def noun_phrase(toks: list[str], i: int) -> tuple[list[str], int, str]:
    """(words, next index, determiner): 'eine kleine App', 'zuverlässige Gassigeher'."""
    det = ""
    if i < len(toks) and low(toks[i]) in _DETS:
        det = low(toks[i])
        i += 1
    words: list[str] = []
    while i < len(toks) and len(words) < 5:
        t = toks[i]
        if not is_word(t) or low(t) in _STOP or low(t) in PREPS:
            break
        if (
            t[:1].isupper()
            and not words
            and i + 1 < len(toks)
            and toks[i + 1][:1].isupper()
            and is_word(toks[i + 1])
            and m.is_adjective_form(t.lower())
            and t.endswith("e")
            and low(toks[i + 1]) not in _STOP
            and not m.is_product_noun(t)
            and not m.people_head(t)
        ):
            words.append(t)  # "Kleine Arztpraxen" at the start of a sentence
            i += 1
            continue
        if t[:1].isupper():
            words.append(t)
            i += 1
            # "Kühlschränke in Restaurants" stays two phrases; a noun ends the phrase
            break
        if m.is_adjective_form(t) or re.match(r"^(?:smart|digital|lokal|mobil)$", t):
            words.append(t)
            i += 1
            continue
        break
    if words and not words[-1][:1].isupper():
        return [], i, det
    return words, i, det


def valid_np(words: list[str], limit: int = 5) -> bool:
    return 0 < len(words) <= limit and all(is_word(w) for w in words)


def lower_adjectives(words: list[str]) -> list[str]:
    """'Kleine Arztpraxen' at the start of a sentence -> 'kleine Arztpraxen'."""
    out = list(words)
    for k, w in enumerate(out[:-1]):
        if w[:1].isupper() and m.is_adjective_form(w.lower()) and out[k + 1][:1].isupper():
            out[k] = w[:1].lower() + w[1:]
    return out


def audience_of(words: list[str], tail: list[str] | None = None) -> Phrase | None:
    """A plural noun phrase whose head names people or organisations, else None."""
    words = [w for w in words if low(w) not in _QUANT]
    if not words or not valid_np(words, 4):
        return None
    head = words[-1]
    found = m.singular_of(head)
    if not m.people_head(head):
        return None
    tail = tail or []
    text = join([*lower_adjectives(words), *tail])
    singular = ""
    gender = ""
    group = "person"
    if found:
        sing, _fem, gender, group = found
        adjs = [w for w in lower_adjectives(words)[:-1]]
        if adjs and gender:
            adjs = m.decline(adjs, "strong", "nom", gender)
        singular = join([*adjs, sing, *tail])
    else:
        group = m.people_head(head)[1].group
    return Phrase(text, "", gender, True, group, singular)


def nominative_plural(words: list[str]) -> list[str]:
    """A dative plural phrase as a subject: 'jungen Hundebesitzern' -> 'junge
    Hundebesitzer'."""
    if not words:
        return words
    head = words[-1]
    if not m.people_head(head) and head.endswith("n") and m.people_head(head[:-1]):
        head = head[:-1]
    adjs = [a[:-1] if a.endswith("en") and m.is_adjective_form(a) else a for a in words[:-1]]
    return [*adjs, head]


# --- verbs and promises ------------------------------------------------------------------


_POSS_2 = re.compile(r"^(?:dein|deine|deinen|deinem|deiner|deines|eure|euer|euren|eurem)$")
_POSS_2_FORMAL = re.compile(r"^(?:Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres)$")
_POSS_3 = re.compile(r"^(?:ihr|ihre|ihren|ihrem|ihrer|ihres)$")


def mark_person(words: list[str], subject: str) -> list[str] | None:
    """Words that point at the reader or the subject become markers the German grammar
    sets for the tone and sentence; None when a word cannot be set safely.

    ``subject`` is "you" (an imperative or "man"), "plural" (people named in the idea)
    or "product"."""
    out: list[str] = []
    for k, w in enumerate(words):
        lw = w.lower()
        if _POSS_2.match(lw) or (_POSS_2_FORMAL.match(w) and k > 0):
            end = re.sub(r"^(?:dein|euer|eur|ihr)", "", lw)
            out.append(f"⟦2p:{end}⟧")
        elif lw in ("dich", "dir", "euch") or (w in ("Ihnen",) and k > 0):
            if subject == "product":
                continue  # "schickt dir Fotos": the photos are the promise
            form = {"dich": "dich", "dir": "dir", "euch": "dir", "ihnen": "dir"}[lw]
            out.append(f"⟦2r:{form}⟧" if subject == "you" else f"⟦2o:{form}⟧")
        elif subject == "plural" and _POSS_3.match(w):
            out.append(f"⟦3p:{lw[3:]}⟧")
        elif lw == "sich" and subject in ("plural", "you"):
            out.append("⟦3r:sich⟧")
        elif lw in ("du", "ihr") and subject != "plural":
            return None
        elif lw in ("mein", "meine", "meinen", "meinem", "meiner", "unser", "unsere") and (
            subject == "product"
        ):
            out.append(f"⟦2p:{re.sub(r'^(?:mein|unser)', '', lw)}⟧")
        elif lw in ("mich", "mir", "uns") and subject == "product":
            continue  # "erinnert mich ans Gießen": the user, as in "dir" above
        elif lw in ("mich", "mir", "uns", "ich", "wir"):
            return None
        else:
            out.append(w)
    return out


def _is_sep_particle(t: str) -> bool:
    return low(t) in m.SEPARABLE and t.islower()


def strip_tail(rest: list[str]) -> list[str]:
    while rest and (not is_word(rest[-1]) or low(rest[-1]) in ("und", "oder", "aber", "sowie")):
        rest = rest[:-1]
    while rest and not is_word(rest[0]):
        rest = rest[1:]
    return rest


def title_of(rest: list[str], verb: str) -> str:
    """A feature title: the infinitive and its object, at most 5 words, in the idea's
    capitals ('Kommissionierlisten vorbereiten', 'Fotos vom Spaziergang schicken')."""
    words = list(rest)
    if "," in words:
        words = words[: words.index(",")]
    # a title keeps no word that points at a person: "sich", "dir" go; "deine Termine"
    # becomes "Termine"; "in deiner Nähe" goes as a whole
    words = [w for w in words if not re.match(r"⟦(?:2r|3r|2o):", w)]
    while any(w.startswith("⟦") for w in words):
        k = next(k for k, w in enumerate(words) if w.startswith("⟦"))
        if k + 1 < len(words) and (k == 0 or low(words[k - 1]) not in PREPS):
            words = words[:k] + words[k + 1 :]
        else:
            while k > 0 and low(words[k - 1]) in PREPS | _DETS:
                k -= 1
            words = words[:k]
    # drop a leading article or quantifier: "die Temperatur überwachen"
    while (
        words
        and low(words[0]) in _DETS - {"jeden", "jede", "jedes", "alle", "allen", "viele"}
        and len(words) > 1
        and (words[1][:1].isupper() or m.is_adjective_form(words[1]))
    ):
        words = words[1:]
    if len(words) + 1 > 5:
        # the object, and one short phrase after it ("Angebote aus Fotos")
        start = 0
        while start < len(words) and low(words[start]) in PREPS:
            _, start, _ = noun_phrase(words, start + 1)
        np, k, _ = noun_phrase(words, start)
        if np:
            keep = list(np)
            if k + 1 < len(words) and low(words[k]) in PREPS and words[k + 1][:1].isupper():
                keep += words[k : k + 2]
            elif (
                k + 2 < len(words)
                and low(words[k]) in PREPS
                and low(words[k + 1]) in _DETS
                and words[k + 2][:1].isupper()
                and len(keep) + 4 <= 5
            ):
                keep += words[k : k + 3]
            words = keep
        else:
            # it starts with a phrase ("bei Ausfall Alarm"): keep the last noun
            nouns = [w for w in words if w[:1].isupper()]
            words = nouns[-1:] if nouns else []
    while words and (low(words[-1]) in _STOP or low(words[-1]) in PREPS):
        words = words[:-1]
    if not words and not verb:
        return ""
    if len(words) + 1 > 6:
        return ""
    return join([*words, verb])


def promise_from(
    rest: list[str],
    prefix: str,
    inf: str,
    *,
    agent: str = "product",
    subject: str = "",
    tail: list[str] | None = None,
) -> Promise | None:
    """A Promise from the verb's infinitive (without its separable prefix) and the words
    between subject and verb. ``tail`` is an extraposed clause (", wenn ...")."""
    if not inf or low(inf) in m.MODALS_ALL or low(inf) in ("sein", "werden", "haben"):
        return None
    kind = "product" if agent == "product" else ("you" if subject == "you" else "plural")
    rest = strip_tail(rest)
    marked = mark_person(rest, kind)
    if marked is None:
        return None
    tail = tail or []
    if len(marked) + len(tail) > 11:
        tail = []
    if len(marked) > 11:
        return None
    full_inf = prefix + inf
    # the extraposed clause (", wenn ...") stays in the main clause only: after "lassen"
    # or "will" in a frame it would stand in the wrong place
    base = join([*marked, full_inf])
    verb3 = m.third_person(inf)
    title = title_of(marked, full_inf)
    if tail and len(tail) > 1 and low(tail[1]) in _OBJECT_TAIL:
        # "erklärt Mietern, wie sie ... prüfen": the clause is the object; without it the
        # infinitive says nothing, so only the main clause carries this promise
        base = ""
        words = [w for w in [*marked, full_inf, *tail] if "⟦" not in w]
        title = join(words) if len(words) <= 8 else ""
        title = title[:1].upper() + title[1:]
    elif not marked and tail and len(tail) <= 7:
        title = join([full_inf, *tail])  # "warnen, wenn die Katze das Grundstück verlässt"
    if not title:
        return None
    if agent == "product":
        does = join([verb3, *marked, *([prefix] if prefix else []), *tail])
        return Promise(does=does, base=base, title=title, agent="product")
    zu = m.zu_infinitive(prefix, inf)
    if subject == "you":
        does = join(["hilft", "⟦2o:dir⟧", ",", *marked, zu, *tail])
    else:
        dat = join([*m_dative(subject.split())])
        does = join(["hilft", dat, ",", *marked, zu, *tail])
    return Promise(does=does, base=base, title=title, agent="user", subject=subject)


def m_dative(words: list[str]) -> list[str]:
    """A plural phrase in the dative: 'junge Hundebesitzer' -> 'jungen Hundebesitzern'."""
    if not words:
        return words
    out = []
    for k, w in enumerate(words):
        if k == len(words) - 1 or (
            w[:1].isupper() and k + 1 < len(words) and not words[k + 1][:1].isupper()
        ):
            out.append(m.dative_plural(w) if w[:1].isupper() and not out_has_noun(out) else w)
        elif m.is_adjective_form(w) and w.endswith("e"):
            out.append(w + "n")
        else:
            out.append(w)
    return out


def out_has_noun(words: list[str]) -> bool:
    return any(w[:1].isupper() for w in words)


def verb_final_parts(toks: list[str]) -> list[tuple[list[str], list[str]]]:
    """A subordinate clause after its subject ("zuverlässige Gassigeher in der Nähe
    findet und Fotos vom Spaziergang schickt") cut into (words ending in the verb,
    extraposed tail) parts; an object shared by bare verbs is carried over ("Rechnungen
    erstellt und verschickt")."""
    parts: list[tuple[list[str], list[str]]] = []
    cur: list[str] = []
    i = 0
    n = len(toks)
    while i < n:
        t = toks[i]
        nxt = low(toks[i + 1]) if i + 1 < n else ""
        cur.append(t)
        if m.looks_finite(t) and (nxt in ("", ",", ";", ":", ")", "?", "!", "und", "oder")):
            if nxt in ("und", "oder") and _adjective_pair(toks, i):
                i += 1
                continue
            tail: list[str] = []
            j = i + 1
            if nxt == "," and j + 1 < n and low(toks[j + 1]) in _TAIL_WORDS:
                k = j + 1
                while (
                    k < n
                    and toks[k] not in (",", ";", ":", "?", "!", ")")
                    and low(toks[k])
                    not in (
                        "und",
                        "oder",
                    )
                ):
                    k += 1
                if k - j <= 8 and m.looks_finite(toks[k - 1]):
                    tail = toks[j:k]
                    j = k
                    nxt = low(toks[j]) if j < n else ""
            parts.append((cur, tail))
            cur = []
            if nxt in ("und", "oder"):
                i = j + 1
                continue
            if nxt == "," and j + 1 < n:
                # an asyndetic list: ", Erinnerungen verschickt und ..."
                k = j + 1
                if low(toks[k]) in ("und", "oder", "sowie"):
                    k += 1
                seg_end = k
                while seg_end < n and toks[seg_end] not in (",", ";", ":"):
                    seg_end += 1
                seg = toks[k:seg_end]
                if (
                    seg
                    and low(seg[0]) not in _REL | {"wenn", "weil", "damit", "sodass", "dass"}
                    and any(m.looks_finite(w) for w in seg)
                    and not (len(seg) > 1 and low(seg[1]) in ("zu",))
                ):
                    i = k
                    continue
            break
        i += 1
    out: list[tuple[list[str], list[str]]] = []
    obj: list[str] = []
    for words, tail in parts:
        if len(words) == 1 and obj and low(words[0]) not in _NO_OBJECT:
            words = [*obj, *words]
        elif len(words) > 1 and obj and low(words[0]) == "dem" and low(words[-1]) not in _NO_OBJECT:
            words = [*obj, *words]  # "Belege erfasst und dem richtigen Konto zuordnet"
        elif len(words) > 1:
            np, k, det = noun_phrase(words, 0)
            obj = words[:k] if np and det not in ("dem", "einem") and k < len(words) else []
            if len(words) <= 4 and not obj:
                obj = words[:-1]
        out.append((words, tail))
    return out


def _adjective_pair(toks: list[str], i: int) -> bool:
    """'die gesunden und günstigen Mahlzeiten': two adjectives, not two verbs."""
    t = toks[i]
    if i + 2 >= len(toks):
        return False
    after = toks[i + 2]
    return (
        m.is_adjective_form(t)
        and after[:1].islower()
        and m.is_adjective_form(after)
        and i + 3 < len(toks)
        and toks[i + 3][:1].isupper()
    )


def product_part(words: list[str], tail: list[str], anaphor: tuple[str, str]) -> Promise | None:
    """'Fotos vom Spaziergang schickt' (the product is the subject) -> a Promise."""
    if not words:
        return None
    verb = words[-1]
    rest = words[:-1]
    lv = low(verb)
    if lv in ("wird", "werden") or (lv in ("ist", "sind") and rest and rest[-1].endswith("t")):
        return None  # a passive: nobody acts
    if lv in m.MODALS_ALL and rest:
        inf = rest[-1]
        if low(inf) in ("werden", "sein") or not inf[:1].islower():
            return None
        rest = rest[:-1]
        prefix, stem = m.split_separable(low(inf))
        return promise_from(resolve_it(rest, anaphor), prefix, stem, tail=tail)
    if lv.endswith("en") and lv not in m.NOT_VERBS and not re.search(r"(?:t|st)$", lv):
        return None  # a plural verb: the relative pronoun was the object
    if lv == "lässt" and rest and rest[0] in _YOU:
        return _let_you(lv, [*rest[:1], *rest[1:]])
    prefix, stem3 = m.split_separable_third(lv)
    inf = m.infinitive(stem3)
    if not inf:
        return None
    resolved = resolve_it(rest, anaphor)
    if resolved is None:
        return None
    return promise_from(resolved, prefix, inf, tail=tail)


def resolve_it(rest: list[str], anaphor: tuple[str, str]) -> list[str] | None:
    """'die sie über Nacht erstellt': "sie" is what the idea named before ("die
    Kommissionierliste"); None when it named nothing."""
    out = []
    for w in rest:
        lw = low(w)
        if lw in ("sie", "ihn", "es") and w.islower():
            phrase, gender = anaphor
            need = {"sie": ("f", "pl"), "ihn": ("m",), "es": ("n",)}[lw]
            if not phrase or gender not in need:
                return None
            out.extend(phrase.split())
        else:
            out.append(w)
    return out


def help_part(words: list[str], zu_clause: list[str]) -> Promise | None:
    """'Hundebesitzern hilft' + 'Gassigeher zu finden' -> a user Promise."""
    subj = [w for w in words[:-1] if low(w) not in ("es", "dabei", "dazu")]
    subj_np = nominative_plural(subj)
    if not subj_np or not m.people_head(subj_np[-1]):
        return None
    return zu_promise(zu_clause, join(lower_adjectives(subj_np)))


def zu_promise(zu_clause: list[str], subject: str, agent: str = "user") -> Promise | None:
    """'Gassigeher in der Nähe zu finden' / 'vorzubereiten' -> a Promise."""
    toks = [t for t in zu_clause if is_word(t) or t == ","]
    while toks and not is_word(toks[-1]):
        toks = toks[:-1]
    if len(toks) >= 2 and low(toks[-2]) == "zu":
        inf = low(toks[-1])
        rest = toks[:-2]
        prefix, stem = m.split_separable(inf)
        if prefix:
            prefix, stem = "", inf  # "zu vorbereiten" does not occur; keep it whole
    elif toks and "zu" in low(toks[-1])[1:-3]:
        word = low(toks[-1])
        at = word.find("zu", 1)
        prefix, stem = word[:at], word[at + 2 :]
        if prefix not in m.SEPARABLE:
            return None
        rest = toks[:-1]
    else:
        return None
    if agent == "product" or not subject:
        return promise_from(rest, prefix, stem)
    return promise_from(rest, prefix, stem, agent="user", subject=subject)


def drop_embedded(toks: list[str]) -> list[str]:
    """Without an embedded relative clause: 'Kinderkleidung, aus der ihre Kinder
    herausgewachsen sind, mit Familien tauschen' -> 'Kinderkleidung mit Familien
    tauschen'."""
    out = list(toks)
    k = 0
    while k < len(out) - 2:
        if out[k] == "," and (
            low(out[k + 1]) in _REL | {"dem", "den", "denen"}
            or _REL_PREP.match(f"{low(out[k + 1])} {low(out[k + 2])}")
        ):
            end = next((e for e in range(k + 2, len(out)) if out[e] == ","), -1)
            if end > 0 and m.looks_finite(out[end - 1]) and end + 1 < len(out):
                out = out[:k] + out[end + 1 :]
                continue
        k += 1
    return out


def plural_clause(toks: list[str], they: str = "") -> Promise | None:
    """A clause with its own plural subject, verb last ('Nachbarn ihre Lastenräder
    verleihen können') or verb second ('Eltern könnten Kinderkleidung tauschen').
    ``they`` is who "sie" stands for (the audience), if the idea said it."""
    ps = plural_clauses(toks, they)
    return ps[0] if ps else None


def plural_clauses(toks: list[str], they: str = "") -> list[Promise]:
    """Every promise of a clause with its own plural subject: 'man Einkäufe teilt und
    Putzpläne erstellt' gives two."""
    toks = drop_embedded(toks)
    if toks and toks[0] == "sie":
        if not they:
            return []
        toks = [*they.split(), *toks[1:]]
    words, j, _ = noun_phrase(toks, 0)
    you = (not words and toks and low(toks[0]) in ("man", "du")) or (
        toks[:1] == ["Sie"] and not words
    )
    rest = toks[1 if you else j :]
    end = next((k for k, t in enumerate(rest) if t in (";", ":", "?", "!")), len(rest))
    rest = rest[:end]
    last = low(rest[-1]) if rest else ""
    if (
        rest
        and m.looks_finite(rest[-1])
        and last not in m.MODALS_ALL
        and last not in ("könnten", "würden", "kannst")
        and any(low(t) in ("und", "oder") for t in rest)
    ):
        out = []
        subject = "you" if you else join(lower_adjectives(words))
        for part, _tail in verb_final_parts(rest):
            p = _plural_single([*toks[: 1 if you else j], *part], subject)
            if p:
                out.append(p)
        if out:
            return out
    p = _plural_single(toks, "")
    return [p] if p else []


def _plural_single(toks: list[str], subject_hint: str) -> Promise | None:
    words, j, det = noun_phrase(toks, 0)
    if not words:
        if toks and low(toks[0]) in ("man", "du", "sie") and len(toks) > 2:
            words, j = [toks[0]], 1
        else:
            return None
    lw0 = low(words[0])
    you = (len(words) == 1 and lw0 in ("man", "du")) or (words == ["Sie"] and j == 1)
    rest = toks[j:]
    end = next((k for k, t in enumerate(rest) if t in (",", ";", ":", "?", "!")), len(rest))
    rest = rest[:end]
    if len(rest) < 2:
        return None
    subject = "you" if you else join(lower_adjectives(words))
    if (
        not you
        and not m.people_head(words[-1])
        and not (det in ("", "die") and words[-1].endswith(("en", "e", "er", "s")))
    ):
        return None
    # verb second: "könnten Kinderkleidung tauschen"
    first = low(rest[0])
    if first in m.MODALS_ALL or first in ("könnten", "würden", "können", "kannst", "kann"):
        body = rest[1:]
        if not body or not body[-1][:1].islower():
            return None
        prefix, stem = m.split_separable(low(body[-1]))
        if len(body) >= 2 and _is_sep_particle(body[-1]):
            return None
        return promise_from(body[:-1], prefix, stem, agent="user", subject=subject)
    last = low(rest[-1])
    if last in m.MODALS_ALL or last in ("könnten", "würden", "kannst"):
        body = rest[:-1]
        if not body or not body[-1][:1].islower():
            return None
        prefix, stem = m.split_separable(low(body[-1]))
        return promise_from(body[:-1], prefix, stem, agent="user", subject=subject)
    if m.looks_finite(rest[-1]) and (last.endswith("en") or last.endswith(("st", "t"))):
        if you and lw0 == "du":
            inf = m.infinitive(last[:-2] + "t") if last.endswith("st") else ""
        elif you:
            inf = m.infinitive(last)
        else:
            inf = last if last.endswith("en") or last.endswith("ern") else ""
        if not inf:
            return None
        prefix, stem = m.split_separable(inf)
        return promise_from(rest[:-1], prefix, stem, agent="user", subject=subject)
    # verb second with a plural verb: "Kletterhallen posten neue Routen"
    if first.endswith(("en", "ern", "eln")) and rest[0][:1].islower() and not you:
        return _plural_v2(rest, subject)[0] if _plural_v2(rest, subject) else None
    return None


def _plural_v2(rest: list[str], subject: str) -> list[Promise]:
    """'sehen freie Slots und buchen mit einem Klick' -> two promises of one subject."""
    chunks: list[list[str]] = [[]]
    for k, t in enumerate(rest):
        nxt = rest[k + 1] if k + 1 < len(rest) else ""
        if (
            low(t) in ("und", ",")
            and chunks[-1]
            and nxt[:1].islower()
            and re.search(r"(?:en|ern|eln)$", nxt)
            and low(nxt) not in m.NOT_VERBS
            and not (k + 2 < len(rest) and rest[k + 2][:1].isupper())  # "und günstige Kisten"
        ):
            chunks.append([])
            continue
        chunks[-1].append(t)
    out = []
    for chunk in chunks:
        if len(chunk) < 2:
            continue
        verb, body = low(chunk[0]), chunk[1:]
        prefix = ""
        if body and _is_sep_particle(body[-1]):
            prefix, body = low(body[-1]), body[:-1]
        p = promise_from(body, prefix, verb, agent="user", subject=subject)
        if p:
            out.append(p)
    return out


_YOU = frozenset(["dich", "dir", "euch", "Sie", "Ihnen", "einen", "einem", "man"])


def _let_you(verb: str, rest: list[str]) -> Promise | None:
    """'lässt dich das Ventil per Handy schließen' -> what the user does, with the
    product's help (the English "lets you")."""
    if low(verb) not in ("lässt", "lassen") or not rest or rest[0] not in _YOU:
        return None
    body = rest[1:]
    if len(body) < 2 or not body[-1][:1].islower() or not low(body[-1]).endswith("en"):
        return None
    prefix, stem = m.split_separable(low(body[-1]))
    return promise_from(body[:-1], prefix, stem, agent="user", subject="you")


def v2_promises(toks: list[str], anaphor: tuple[str, str]) -> list[Promise]:
    """'liest jeden Vertrag, markiert Fristen und entwirft die Kündigung' -> promises."""
    out: list[Promise] = []
    if len(toks) > 3 and low(toks[0]) in _HELP_VERBS and toks[1] in _YOU and toks[2] == ",":
        # "hilft dir, Gassigeher zu finden"
        zu = toks[3:]
        end = next((k for k, w in enumerate(zu) if w in (";", ":", "?")), len(zu))
        for part in _split_zu(zu[:end]):
            p = zu_promise(part, "you")
            if p:
                out.append(p)
        return out
    chunks: list[list[str]] = [[]]
    for k, t in enumerate(toks):
        nxt = toks[k + 1] if k + 1 < len(toks) else ""
        if t in (",", ";") or (low(t) in ("und", "sowie") and chunks[-1]):
            if nxt and nxt[:1].islower() and m.looks_finite(nxt) and m.infinitive(nxt):
                chunks.append([])
                continue
            if t in (",", ";"):
                break
        if t in (":", "(", ")"):
            break
        chunks[-1].append(t)
    for chunk in chunks:
        if len(chunk) < 2 or not chunk[0][:1].islower():
            continue
        verb = low(chunk[0])
        rest = chunk[1:]
        let = _let_you(verb, rest)
        if let:
            out.append(let)
            continue
        if verb in m.MODALS_ALL:
            if not rest or not rest[-1][:1].islower():
                continue
            prefix, stem = m.split_separable(low(rest[-1]))
            p = promise_from(resolve_it(rest[:-1], anaphor) or [], prefix, stem)
        else:
            prefix = ""
            if rest and _is_sep_particle(rest[-1]):
                prefix, rest = low(rest[-1]), rest[:-1]
            inf = m.infinitive(verb)
            if not inf or verb in m.NOT_VERBS:
                continue
            resolved = resolve_it(rest, anaphor)
            if resolved is None:
                continue
            p = promise_from(resolved, prefix, inf)
        if p:
            out.append(p)
    return out


# --- pain --------------------------------------------------------------------------------


def _clause_end(toks: list[str]) -> int:
    """Where the first clause ends: at a comma, unless what follows is a zu-infinitive
    that belongs to it ("vergessen oft, Rechnungen zu schreiben")."""
    for k, t in enumerate(toks):
        if t in (";", ":", "(") or (
            low(t) in ("weil", "denn", "aber", "deshalb", "also", "sodass") and k > 2
        ):
            return k
        if t == ",":
            nxt = next(
                (e for e in range(k + 1, len(toks)) if toks[e] in (",", ";", ":")), len(toks)
            )
            seg = [low(w) for w in toks[k + 1 : nxt]]
            if (
                len(seg) >= 2
                and (seg[-2] == "zu" or "zu" in seg[-1][1:-3])
                and seg[0]
                not in (
                    "weil",
                    "dass",
                    "wenn",
                )
            ):
                return nxt
            return k
    return len(toks)


def pain_of(sent: str) -> str:
    """The problem as one whole main clause of at most 12 words; '' when the sentence
    has none. "dass"-clauses become main clauses; a pain in the first person ("Ich
    vergesse ständig ...") is said to the reader ("Du vergisst" / "Sie vergessen"),
    through markers the German grammar sets for the tone."""
    sent = _PROBLEM_LEAD.sub("", sent).strip()
    sent = re.sub(r"^(?:dass)\s+", "", sent, flags=re.I)
    toks = tokens(sent)
    if not toks or "?" in toks:
        return ""
    toks = toks[: _clause_end(toks)]
    if len(toks) < 3 or len(toks) > 12:
        return ""
    if low(toks[0]) in ("ich", "wir"):
        return _first_person_pain(toks)
    if low(toks[0]) in ("du", "man", "mir", "mich", "uns"):
        return ""
    if any(low(t) in ("ich", "wir", "mich", "mir", "uns", "du", "dich", "dir") for t in toks):
        return ""
    words, j, _ = noun_phrase(toks, 0)
    if not words:
        return ""
    rest = toks[j:]
    # verb last ("Vereine ihre Hallenzeiten per Excel planen"): bring it second
    if rest and m.looks_finite(rest[-1]) and not m.looks_finite(rest[0]):
        verb = rest[-1]
        middle = rest[:-1]
        if middle and low(verb) in m.MODALS_ALL and middle[-1][:1].islower():
            toks = [*toks[:j], verb, *middle]
        else:
            prefix, stem = (
                m.split_separable(low(verb)) if low(verb).endswith("en") else ("", low(verb))
            )
            toks = [*toks[:j], stem, *middle, prefix] if prefix else [*toks[:j], verb, *middle]
        rest = toks[j:]
    if not rest or not (rest[0][:1].islower() and m.looks_finite(rest[0])):
        return ""
    toks = [*lower_adjectives(toks[:j]), *toks[j:]]
    out = join(toks)
    return out[:1].upper() + out[1:]


def _first_person_pain(toks: list[str]) -> str:
    """'Ich vergesse ständig, meine Pflanzen zu gießen' with markers for "du"/"Sie"."""
    person = low(toks[0])
    if len(toks) < 3 or not toks[1][:1].islower():
        return ""
    inf = m.first_person_infinitive(low(toks[1]), person)
    if not inf:
        return ""
    out = [f"⟦2S:{person}⟧", f"⟦2V{'1' if person == 'ich' else '2'}:{inf}⟧"]
    for t in toks[2:]:
        lt = low(t)
        if re.match(r"^mein(?:e|en|em|er|es)?$", lt):
            out.append(f"⟦2p:{lt[4:]}⟧")
        elif re.match(r"^unser(?:e|en|em|er|es)?$", lt):
            out.append(f"⟦2P:{lt[5:]}⟧")
        elif lt in ("mich", "mir") and person == "ich":
            out.append(f"⟦2r:{'dich' if lt == 'mich' else 'dir'}⟧")
        elif lt == "uns" and person == "wir":
            out.append("⟦2R:uns⟧")
        elif lt in ("ich", "wir", "mich", "mir", "uns", "du", "dich", "dir", "ihr"):
            return ""
        else:
            out.append(t)
    return join(out)


def _pain_audience(sent: str) -> Phrase | None:
    toks = tokens(_PROBLEM_LEAD.sub("", sent))
    words, j, det = noun_phrase(toks, 0)
    if det not in ("", "die", "viele") or not words or j >= len(toks):
        return None
    tail: list[str] = []
    # "Pflegekräfte im Nachtdienst verlieren ...": a short phrase after the head
    if (
        j + 1 < len(toks)
        and low(toks[j]) in ("im", "in", "auf", "mit", "ohne", "aus", "am")
        and toks[j + 1][:1].isupper()
        and j + 2 < len(toks)
        and toks[j + 2][:1].islower()
    ):
        tail = toks[j : j + 2]
        j += 2
    if not m.looks_finite(toks[j]):
        return None
    return audience_of(words, tail)


def _anaphor(text: str) -> tuple[str, str]:
    """The last 'die/das/den X' noun phrase of ``text``, with its gender, for "sie",
    "es" or "ihn" later in the idea."""
    toks = tokens(text)
    found = ("", "")
    for k, t in enumerate(toks):
        lt = low(t)
        if lt in ("die", "das", "den", "der") and k + 1 < len(toks):
            words, _, _ = noun_phrase(toks, k)
            if words and len(words) <= 3 and words[-1][:1].isupper():
                gender = {"das": "n", "den": "m", "der": "m"}.get(lt, "f")
                if (
                    lt == "die"
                    and words[-1].endswith(("en", "e", "s", "er"))
                    and not (m.product_gender(words[-1]) == "f" or words[-1].endswith(("e", "ung")))
                ):
                    gender = "pl"
                found = (join([lt if lt != "der" else "den", *words]), gender)
    return found


# --- the reader --------------------------------------------------------------------------


_PRON = frozenset(["mich", "mir", "dich", "dir", "uns", "euch", "ihn", "ihm", "ihnen", "sich"])
_NOUN_END = re.compile(
    r"(?:ung|ungen|heit|heiten|keit|keiten|schaft|tion|tionen|tät|ismus|(?<!s)chen)$"
)
_CASE_TRIGGERS = frozenset(
    [*_DETS, "ans", "beim", "zum", "zur", "im", "am", "vom", "ins", "aufs", "fürs"]
)
_PREP_TRIGGERS = frozenset(["für", "mit", "von", "aus", "bei", "nach", "über", "ohne", "gegen"])


def truecase(text: str) -> str:
    """Nouns upper case again in an idea typed all in lower case ("eine app die meine
    zimmerpflanzen kennt"): the last content word of the run after an article, a
    preposition or "und", words the lexicons know as nouns, and words with a noun's
    ending."""
    if re.search(r"[A-ZÄÖÜ]", text[1:]):
        return text
    parts = re.split(r"(\s+)", text)
    cores = [p.strip(",.;:!?()") for p in parts]
    words = [k for k, p in enumerate(parts) if p.strip()]
    upper: set[int] = set()
    for k in words:
        lw = cores[k].lower()
        if not cores[k].isalpha() or len(lw) < 3 or lw in _STOP or lw in _DETS or lw in _PRON:
            continue
        if (
            m.is_product_noun(lw)
            or m.people_head(lw) is not None
            or (_NOUN_END.search(lw) and lw not in m.NOT_VERBS)
        ):
            upper.add(k)
    for n, k in enumerate(words):
        lw = cores[k].lower()
        if lw not in _CASE_TRIGGERS and lw not in _PREP_TRIGGERS and lw not in ("und", "oder"):
            continue
        run: list[int] = []
        for k2 in words[n + 1 :]:
            w2 = cores[k2].lower()
            if w2 in _DETS and not run:
                continue
            if (
                not cores[k2].isalpha()
                or w2 in _STOP
                or w2 in _PRON
                or w2 in PREPS
                or w2 in _DETS
                or (run and m.looks_finite(w2) and not w2.endswith("en"))
                or (run and w2.endswith("en") and k2 == words[-1] and len(run) >= 1)
            ):
                break
            run.append(k2)
            if parts[k2].rstrip().endswith((",", ".", ";", ":")):
                break
        while run and re.search(r"(?:isch|lich|ig|bar|los|sam|weise|mal)$", cores[run[-1]]):
            run.pop()
        if not run:
            continue
        after = words[words.index(run[-1]) + 1] if run[-1] != words[-1] else -1
        verb_next = after >= 0 and m.looks_finite(cores[after])
        if (
            len(run) == 1
            and m.looks_finite(cores[run[0]])
            and not verb_next
            and not cores[run[0]].endswith("en")
        ):
            continue
        upper.add(run[-1])
    for k in upper:
        core = cores[k]
        parts[k] = parts[k].replace(core, core[:1].upper() + core[1:], 1)
    return "".join(parts)


def read(text: str) -> Reading:
    """The Reading of a German idea. A reader bug must never cost the user a traceback:
    if reading fails, the idea is read as naming nothing, and the composer writes the
    frames that need nothing from it (the tests call :func:`read_strict`)."""
    try:
        return read_strict(text)
    except Exception:  # the safety net; read_strict is what the tests exercise
        return Reading(lang="de", text=text, kind=kind_of(text, KIND_CUES))


def read_strict(text: str) -> Reading:
    text = _MARKER.sub("", text)
    r = Reading(lang="de", text=text, kind=kind_of(text, KIND_CUES))
    text = truecase(text)
    pains: list[str] = []
    pitched = False
    anaphor: tuple[str, str] = ("", "")
    all_units = units(text)
    leads_at = [
        k
        for k, (u, _) in enumerate(all_units)
        if _pitch_lead(clean(u)) or _looks_like_pitch(clean(u))
    ]
    for n, (u, bullet) in enumerate(all_units):
        body = clean(u)
        if not pitched and any(k > n for k in leads_at) and n not in leads_at and not bullet:
            pains.append(body)  # the problem first, the pitch later
            anaphor = _anaphor(body) if _anaphor(body)[0] else anaphor
            continue
        if not body:
            continue
        if bullet:
            if not _read_bullet(r, body) and not pitched:
                pitched = _read_pitch(r, body, anaphor)
            continue
        if _PROBLEM_LEAD.match(body):
            rest = _PROBLEM_LEAD.sub("", body)
            pains.append(rest)
            anaphor = _anaphor(rest) if _anaphor(rest)[0] else anaphor
            continue
        looks_pain = bool(_PAIN.search(body)) and not _IT.match(body)
        if looks_pain and not pitched and not _pitch_lead(body) and not _looks_like_pitch(body):
            pains.append(body)
            anaphor = _anaphor(body) if _anaphor(body)[0] else anaphor
            continue
        if not pitched:
            if r.audience is None:
                for p in pains:
                    r.audience = r.audience or _pain_audience(p)
            pitched = _read_pitch(r, body, anaphor)
            if pitched:
                continue
        if not _read_more(r, body, anaphor) and looks_pain:
            pains.append(body)
    for p in pains:
        pain = pain_of(p)
        if pain:
            r.pain = pain
            break
    for p in pains:
        if r.audience is None:
            r.audience = _pain_audience(p)
    if r.audience is None:
        for p in r.promises:
            if p.agent == "user" and p.subject and p.subject != "you":
                words = p.subject.split()
                aud = audience_of(words[-1:], []) if len(words) == 1 else None
                if aud is None and len(words) <= 3:
                    aud = audience_of(words, [])
                if aud:
                    r.audience = aud
                    break
    # "sitzt am Hauptwasserhahn": where it goes, not what it promises; such come last
    weak = ("sitzen", "hängen", "stecken", "kleben", "passen", "liegen", "stehen", "funktionieren")
    r.promises = [
        replace(p, base="") if p.agent == "product" and p.base and p.base.split()[-1] in weak else p
        for p in r.promises
    ]
    r.promises.sort(key=lambda p: p.agent == "product" and not p.base and not _tail_only(p))
    strong = [p for p in r.promises if p.agent != "product" or p.base or _tail_only(p)]
    if len(strong) >= 2:
        r.promises = strong  # enough to say without where it sits
    r.internal = r.internal or r.kind == "internal"
    if r.internal:
        r.kind = "internal"
    elif r.product:
        # the product's own noun says what kind it is: "Lern-App", "Halsband", "Marktplatz"
        noun = r.product.text.lower()
        for cue, kind in _PRODUCT_KIND:
            if cue in noun:
                r.kind = kind
                break
    r.keywords = keywords(r)
    return r


def is_person_noun(noun: str) -> bool:
    """'Handwerkerin', 'Nachbar', 'Hundebesitzer': a person, never a product."""
    low_n = noun.lower()
    return bool(
        m.people_head(noun)
        or (low_n.endswith("in") and m.people_head(noun[:-2]))
        or m.people_head(noun + "n")
        or m.people_head(noun + "e")
    )


def _looks_like_pitch(body: str) -> bool:
    """'Eine smarte Tablettenbox für ...', 'Internes Tool, das ...': a product first."""
    toks = tokens(body)
    words, j, det = noun_phrase(toks, 0)
    if not words or det not in ("ein", "eine", "einen", ""):
        return False
    if m.is_product_noun(words[-1]) and not m.people_head(words[-1]):
        return True
    return det in ("ein", "eine") and j < len(toks) and low(toks[j]) in ("für", ",")


def _tail_only(p: Promise) -> bool:
    """A promise whose object is a clause ("erklärt Mietern, wie ..."): it has no
    infinitive phrase, yet it is no weak one."""
    return "," in p.does


def _pitch_lead(body: str) -> bool:
    return bool(
        _WISH.match(body)
        or _IDEA_IS.match(body)
        or _WHAT_IF.match(body)
        or _THERE_IS.match(body)
        or _HOW_MIGHT.match(body)
    )


def _read_bullet(r: Reading, body: str) -> bool:
    """'Spiele eintragen', 'zeigt offene Beträge', 'Teile die Platzmiete'."""
    toks = [t for t in tokens(body) if t not in ("?", "!")]
    if len(toks) < 2:
        return False
    last = low(toks[-1])
    first = low(toks[0])
    # an infinitive phrase: "Platzmiete zwischen Spielern aufteilen"
    if (
        toks[-1][:1].islower()
        and re.search(r"(?:en|ern|eln)$", last)
        and last not in m.NOT_VERBS
        and not (m.looks_finite(toks[0]) and toks[0][:1].islower() and m.infinitive(first))
    ):
        prefix, stem = m.split_separable(last)
        p = promise_from(toks[:-1], prefix, stem)
        if p:
            r.promises.append(p)
            return True
    # third person: "zeigt offene Beträge"
    if toks[0][:1].islower() and m.looks_finite(toks[0]) and m.infinitive(first):
        ps = v2_promises(toks, ("", ""))
        r.promises.extend(ps)
        return bool(ps)
    # an imperative: "Teile die Platzmiete"
    inf = imperative_infinitive(toks[0])
    if inf:
        rest = toks[1:]
        prefix = ""
        if rest and _is_sep_particle(rest[-1]):
            prefix, rest = low(rest[-1]), rest[:-1]
        p = promise_from(rest, prefix, inf)
        if p:
            r.promises.append(p)
            return True
    return False


def imperative_infinitive(word: str) -> str:
    """'Finde' -> 'finden', 'Hilf' -> 'helfen', 'Sammle' -> 'sammeln'; '' if it is
    not a known imperative."""
    lw = low(word)
    if lw in _IMPERATIVE:
        return _IMPERATIVE[lw]
    stem = lw[:-1] if lw.endswith("e") else lw
    if stem not in _IMPERATIVE_STEMS and lw not in _IMPERATIVE_STEMS:
        return ""
    if lw.endswith(("ele", "ere")):
        return lw[:-1] + "n"
    if lw.endswith("le") and len(lw) > 3 and lw[-3] not in "aeiouäöü":
        return lw[:-2] + "eln"
    if lw.endswith("e"):
        return lw[:-1] + "en"
    return lw + ("n" if lw.endswith(("el", "er")) else "en")


def _read_pitch(r: Reading, body: str, anaphor: tuple[str, str]) -> bool:
    toks = tokens(body)
    if not toks:
        return False
    lt0 = low(toks[0])
    # "Was wäre, wenn Nachbarn ... verleihen könnten?"
    mm = _WHAT_IF.match(body)
    if mm:
        sub = body[mm.end() :]
        if re.match(r"^es\b", sub, re.I):
            return _read_product(r, tokens(sub)[1:], anaphor)
        p = plural_clause(tokens(sub))
        if p:
            r.promises.append(p)
            return True
        return _read_product(r, tokens(sub), anaphor)
    # "Wie können wir Pflegekräften helfen, ... zu planen?"
    mm = _HOW_MIGHT.match(body)
    if mm:
        return _read_help(r, tokens(body[mm.end() :]))
    # "Hilf Pflegekräften im Nachtdienst, gesunde Mahlzeiten zu planen"
    if lt0 in ("hilf", "helft", "helfen") and len(toks) > 2:
        start = 2 if len(toks) > 1 and toks[1] == "Sie" else 1
        return _read_help(r, [*toks[start:]])
    # "Uber für Hundesitter", "Wie Airbnb, nur für Gartenhäuser"
    brand_at = 1 if lt0 in ("wie", "das", "quasi", "so") else 0
    if brand_at < len(toks) and low(toks[brand_at]) in _BRANDS:
        k = brand_at + 1
        while k < len(toks) and low(toks[k]) in (",", "aber", "nur", "einfach", "halt"):
            k += 1
        if k < len(toks) and low(toks[k]) == "für":
            r.brand = toks[brand_at]
            if r.kind in ("consumer", "team"):
                r.kind = _BRANDS[low(toks[brand_at])]
            _read_for(r, toks, k)
            return True
    # an imperative: "Finde in Minuten einen Babysitter in deiner Nähe"
    inf = imperative_infinitive(toks[0]) if toks[0][:1].isupper() else ""
    if not inf and len(toks) > 2 and toks[1] == "Sie" and re.search(r"(?:en|ern|eln)$", lt0):
        inf = lt0  # "Finden Sie in Minuten eine Handwerkerin"
    if inf:
        rest = toks[1:]
        if rest and rest[0] == "Sie":
            rest = rest[1:]
        end = next((k for k, t in enumerate(rest) if t in (",", ";", ":")), len(rest))
        rest = rest[:end]
        prefix = ""
        if rest and _is_sep_particle(rest[-1]):
            prefix, rest = low(rest[-1]), rest[:-1]
        if prefix + inf in _PRODUCT_IMPERATIVES:
            # "Bring Ehrenamtliche und Tafeln zusammen": what the product does
            p = promise_from(rest, prefix, inf)
            people, _, _ = noun_phrase(rest, 0)
            if people and r.audience is None:
                r.audience = audience_of(people, [])
        else:
            p = promise_from(rest, prefix, inf, agent="user", subject="you")
        if p:
            r.promises.append(p)
            return True
    # wishes and leads: "Wir wollen eine App, die ...", "Die Idee ist eine Plattform ..."
    sub = body
    for lead in (_WISH, _IDEA_IS):
        sub = lead.sub("", sub, count=1)
    sub = re.sub(
        r"^(?:es (?:bräuchte|braucht|fehlt|gibt)|gäbe es(?: doch)?(?: nur)?|"
        r"(?:warum|wieso) gibt es(?: noch)?|man bräuchte|man könnte)\s+",
        "",
        sub,
        flags=re.I,
    )
    # "Wir wollen, dass Eltern ... erledigen können": the wish is a clause
    mm = re.match(r"^,?\s*dass\s+", sub, re.I)
    if mm:
        ps = plural_clauses(tokens(sub[mm.end() :]))
        r.promises.extend(ps)
        return bool(ps)
    if _read_product(r, tokens(sub), anaphor):
        return True
    # an infinitive phrase on its own: "Babysitter in Minuten finden"
    if (
        len(toks) >= 2
        and toks[-1][:1].islower()
        and re.search(r"(?:en|ern|eln)$", low(toks[-1]))
        and not m.looks_finite(toks[0])
        and not any(t in (",", ";", ":") for t in toks)
        and not _PAIN.search(body)
    ):
        prefix, stem = m.split_separable(low(toks[-1]))
        words, j, _ = noun_phrase(toks, 0)
        if not (words and j < len(toks) - 1 and m.looks_finite(toks[j]) and j > 0):
            p = promise_from(toks[:-1], prefix, stem, agent="user", subject="you")
            if p:
                r.promises.append(p)
                return True
    # a clause with its own subject: "Kletterhallen posten neue Routen"
    p = plural_clause(toks)
    if p and p.subject != "you":
        r.promises.append(p)
        return True
    return False


def _read_help(r: Reading, toks: list[str]) -> bool:
    """'Pflegekräften im Nachtdienst helfen, gesunde Mahlzeiten zu planen'."""
    if "," not in toks:
        return False
    at = toks.index(",")
    head, zu = toks[:at], toks[at + 1 :]
    if head and low(head[-1]) in ("helfen", "hilft", "dabei"):
        head = head[:-1]
    if head and low(head[-1]) == "dabei":
        head = head[:-1]
    words, j, _ = noun_phrase(head, 0)
    tail = head[j:]
    subj = nominative_plural(words)
    if not subj or not m.people_head(subj[-1]):
        return False
    if tail and not (len(tail) == 2 and low(tail[0]) in PREPS and tail[1][:1].isupper()):
        tail = []
    aud = audience_of(subj, tail)
    if aud is None:
        return False
    r.audience = r.audience or aud
    end = next((k for k, t in enumerate(zu) if t in ("?", ";", ":")), len(zu))
    zu = zu[:end]
    for part in _split_zu(zu):
        p = zu_promise(part, aud.text)
        if p:
            r.promises.append(p)
    return bool(r.promises)


def _split_zu(zu: list[str]) -> list[list[str]]:
    """'Mahlzeiten zu planen und Einkäufe zu teilen' -> two zu-clauses."""
    parts: list[list[str]] = [[]]
    for t in zu:
        if (
            low(t) in ("und", "oder")
            and parts[-1]
            and ("zu" in [low(w) for w in parts[-1]] or "zu" in low(parts[-1][-1])[1:])
        ):
            parts.append([])
            continue
        parts[-1].append(t)
    return [p for p in parts if p]


def _read_product(r: Reading, toks: list[str], anaphor: tuple[str, str]) -> bool:
    """A product noun phrase and what follows it: 'eine App für Hundebesitzer, die
    ...', 'internes Tool für unser Lager, das ...', 'ein Sensor, der ...'."""
    i = 0
    found = -1
    while i < len(toks) and i < 12:
        words, j, det = noun_phrase(toks, i)
        if words and words[-1][:1].isupper():
            nxt = low(toks[j]) if j < len(toks) else ""
            is_prod = m.is_product_noun(words[-1])
            indefinite = det in ("ein", "eine", "einen", "einem", "einer", "", "keine", "kein")
            follows = nxt in ("für", ",", "die", "der", "das", "mit", "wo", "zum", "zur", "")
            bare_rel = not det and nxt == "," and j + 1 < len(toks) and low(toks[j + 1]) in _REL
            if (
                indefinite
                and (is_prod or (det and follows) or bare_rel)
                and not is_person_noun(words[-1])
            ):
                found = i
                break
            if det in ("unser", "unsere") and is_prod:
                found = i
                break
        i = j if j > i else i + 1
    if found < 0:
        return False
    words, j, det = noun_phrase(toks, found)
    noun = words[-1]
    adjs = [w for w in words[:-1]]
    gender = m.product_gender(noun)
    art_gender = _ARTICLES.get(det, "")
    if det == "einen" and re.search(r"(?:ent|ant|ist|at)en$", noun):
        noun = noun[:-2]  # "einen Assistenten" -> "Assistent"
        gender = "m"
    if det in ("keine", "kein"):
        det = {"keine": "eine", "kein": "ein"}[det]
        art_gender = _ARTICLES.get(det, "")
    if not gender:
        gender = art_gender if art_gender in ("m", "f") else ("mn" if art_gender == "mn" else "")
    if gender in ("", "mn") and j + 1 < len(toks) and toks[j] == ",":
        # "Smarte Mülltonne, die ...": the relative pronoun says the gender
        gender = {"der": "m", "die": "f", "das": "n"}.get(low(toks[j + 1]), gender)
    if det in ("einem", "einer"):
        return False  # a dative: part of another phrase
    if gender:
        if det == "einen" and adjs:
            adjs = [re.sub(r"en$", "er", a) for a in adjs]
        if det in ("", "ein", "eine", "unser", "unsere") or gender in ("m", "f", "n"):
            adjs_nom = (
                m.decline(adjs, "strong", "nom", gender)
                if gender in "mfn" and len(gender) == 1
                else adjs
            )
            adjs_nom = [a[:1].lower() + a[1:] for a in adjs_nom]  # "Smarte" at the start
            r.product = Phrase(join([*adjs_nom, noun]), det, gender)
    elif not r.topic:
        r.topic = join([*adjs, noun])
    if det in ("unser", "unsere") or any(low(a).startswith("intern") for a in adjs):
        r.internal = True
        r.kind = "internal"
    # "eine App bauen, die ...": skip the verb of the wish
    if j < len(toks) and low(toks[j]) in _BUILD_VERBS:
        j += 1
    _read_after(r, toks, j, anaphor)
    return True


def _read_for(r: Reading, toks: list[str], j: int) -> int:
    """'für Hundebesitzer', 'für unser Lager', 'für Kühlschränke in Restaurants'."""
    k = j + 1
    own = k < len(toks) and low(toks[k]) in ("unser", "unsere", "unseren", "unsere")
    if own:
        r.internal = True
        r.kind = "internal"
        k += 1
    words, k2, det = noun_phrase(toks, k)
    if not words or det not in ("", "die"):
        return k2 if k2 > k else k
    tail: list[str] = []
    if (
        k2 + 1 < len(toks)
        and low(toks[k2]) in ("in", "im", "auf", "mit", "ohne", "aus", "am", "vom", "von")
        and toks[k2 + 1][:1].isupper()
    ):
        tail = toks[k2 : k2 + 2]
    aud = audience_of(words, tail if len(tail) == 2 else [])
    if aud and r.audience is None and not own:
        r.audience = aud
        return k2 + len(tail)
    if not r.topic and valid_np(words, 3):
        # the idea's own words after "für": "unser Lager", "Kühlschränke in Restaurants"
        r.topic = join([*toks[j + 1 : k], *lower_adjectives(words), *tail])
    return k2 + len(tail)


def _read_after(r: Reading, toks: list[str], j: int, anaphor: tuple[str, str]) -> None:
    n = len(toks)
    while j < n:
        t = low(toks[j])
        if t == "für" and r.audience is None:
            j = _read_for(r, toks, j)
            continue
        if t == "und" and j + 1 < n and toks[j + 1][:1].isupper() and r.audience:
            j += 1
            continue
        if t in (",", "—", "–") and j + 1 < n:
            nxt = low(toks[j + 1])
            if nxt in _REL:
                _read_rel(r, toks[j + 2 :], anaphor)
                return
            if j + 2 < n and _REL_PREP.match(f"{nxt} {low(toks[j + 2])}"):
                _read_clause_of(r, toks[j + 3 :])
                return
            if nxt in ("wo", "womit", "wodurch", "worüber", "damit"):
                _read_clause_of(r, toks[j + 2 :])
                return
            if nxt == "um":
                subject = r.audience.text if r.audience else ""
                zu = toks[j + 2 :]
                end = next((k for k, w in enumerate(zu) if w in (",", ";", ":")), len(zu))
                for part in _split_zu(zu[:end]):
                    p = zu_promise(part, subject, "user" if subject else "product")
                    if p:
                        r.promises.append(p)
                return
            if nxt in ("sie", "es", "er"):
                r.promises.extend(v2_promises(toks[j + 2 :], anaphor))
                return
            j += 1
            continue
        if t == ":" and j + 1 < n:
            sub = toks[j + 1 :]
            if sub and low(sub[0]) in ("sie", "es", "er"):
                sub = sub[1:]
            r.promises.extend(v2_promises(sub, anaphor))
            return
        if t in _REL and j > 0:
            _read_rel(r, toks[j + 1 :], anaphor)
            return
        if t in ("wo", "womit") or _REL_PREP.match(f"{t} {low(toks[j + 1])}" if j + 1 < n else ""):
            skip = 1 if t in ("wo", "womit") else 2
            _read_clause_of(r, toks[j + skip :])
            return
        if t in ("zur", "zum") and j + 1 < n and toks[j + 1].endswith("ung"):
            p = _nominal_purpose(toks[j + 1], toks[j + 2 :])
            if p:
                r.promises.append(p)
            j += 2
            continue
        if t == "mit":
            _, k, _ = noun_phrase(toks, j + 1)
            j = k if k > j + 1 else j + 1
            continue
        j += 1


def _nominal_purpose(noun: str, rest: list[str]) -> Promise | None:
    """'zur Verwaltung von Fristen' -> 'verwaltet Fristen'."""
    stem = noun[:-3].lower()
    if not stem or not rest or low(rest[0]) not in ("von", "der", "des"):
        return None
    inf = stem + ("n" if stem.endswith(("el", "er")) else "en")
    words, _, _ = noun_phrase(rest, 1)
    if not words:
        return None
    prefix, stem_inf = m.split_separable(inf)
    return promise_from(words, prefix, stem_inf)


def _read_clause_of(r: Reading, toks: list[str]) -> None:
    """'..., mit der Nachbarn Lastenräder verleihen', '..., wo man Einkäufe teilt und
    Putzpläne erstellt', '..., über den sie Reste verkaufen' (sie: the audience)."""
    they = r.audience.text if r.audience else ""
    ps = plural_clauses(toks, they)
    r.promises.extend(ps)
    if ps:
        _more_parts(r, toks, ps[0])


def _more_parts(r: Reading, toks: list[str], first: Promise) -> None:
    """'..., wo Kletterhallen neue Routen posten und Kletterer eine Nachricht bekommen'."""
    for k, t in enumerate(toks):
        if low(t) == "und" and k + 1 < len(toks) and toks[k + 1][:1].isupper():
            p = plural_clause(toks[k + 1 :])
            if p and p.subject != first.subject:
                r.promises.append(p)
            return


def _read_rel(r: Reading, toks: list[str], anaphor: tuple[str, str]) -> None:
    """The relative clause whose subject is the product."""
    parts = verb_final_parts(toks)
    consumed = 0
    for words, tail in parts:
        consumed += len(words) + len(tail)
        if words and low(words[-1]) in _HELP_VERBS:
            # "die Hundebesitzern hilft, Gassigeher zu finden"
            after = toks[toks.index(words[-1]) + 1 :] if words[-1] in toks else []
            if after and after[0] == ",":
                zu = after[1:]
                end = next((k for k, w in enumerate(zu) if w in (";", ":", "?")), len(zu))
                for part in _split_zu(zu[:end]):
                    p = help_part(words, part)
                    if p:
                        r.promises.append(p)
                        if r.audience is None and p.subject:
                            r.audience = audience_of(p.subject.split(), [])
                return
            continue
        p = product_part(words, tail, anaphor)
        if p:
            r.promises.append(p)


def _read_more(r: Reading, body: str, anaphor: tuple[str, str]) -> bool:
    """A sentence after the pitch: "Sie zeigt ...", "Außerdem erinnert sie ...",
    "Nutzer können ...", "Man kann ..."."""
    body = _ALSO.sub("", body)
    toks = tokens(body)
    if not toks:
        return False
    mm = _IT.match(body)
    if mm:
        sub = tokens(body[mm.end() :])
        ps = v2_promises(sub, anaphor)
        r.promises.extend(ps)
        return bool(ps)
    # "Außerdem erinnert sie an ...": verb first, then the product
    if (
        len(toks) > 2
        and toks[0][:1].isupper()
        and m.infinitive(low(toks[0]))
        and low(toks[1]) in ("sie", "es", "er")
    ):
        ps = v2_promises([low(toks[0]), *toks[2:]], anaphor)
        r.promises.extend(ps)
        return bool(ps)
    inf = imperative_infinitive(toks[0])
    if inf and len(toks) > 1 and not toks[1][:1].isupper():
        rest = toks[1:]
        end = next((k for k, t in enumerate(rest) if t in (",", ";", ":")), len(rest))
        rest = rest[:end]
        prefix = ""
        if rest and _is_sep_particle(rest[-1]):
            prefix, rest = low(rest[-1]), rest[:-1]
        p = promise_from(rest, prefix, inf, agent="user", subject="you")
        if p:
            r.promises.append(p)
            return True
    p = plural_clause(toks)
    if p:
        words, j, _ = noun_phrase(toks, 0)
        more = _plural_v2(toks[j:], p.subject) if words and j < len(toks) else []
        r.promises.extend(more if len(more) > 1 else [p])
        _more_parts(r, toks, p)
        return True
    return False


# --- keywords for names ------------------------------------------------------------------


def singular_noun(noun: str) -> str:
    """A noun's singular, by rule and by table, for a product name: 'Termine' ->
    'Termin', 'Lastenräder' -> 'Lastenrad', 'Impfungen' -> 'Impfung'."""
    low_n = noun.lower()
    found = m.singular_of(noun)
    if found:
        return found[0]
    for plural, sing in _PLURALS.items():
        if low_n.endswith(plural):
            stem = noun[: len(noun) - len(plural)]
            return stem + (sing if stem else sing.capitalize())
    for end, cut in (
        ("uren", 2),
        ("eiten", 2),
        ("ungen", 2),
        ("heiten", 2),
        ("keiten", 2),
        ("schaften", 2),
        ("ionen", 2),
        ("täten", 2),
        ("eien", 2),
        ("innen", 3),
        ("nisse", 2),
    ):
        if low_n.endswith(end):
            return noun[:-cut]
    if _N_DECL.search(low_n):
        return noun[:-2]
    if (
        low_n.endswith("s")
        and len(low_n) > 3
        and (
            low_n[-2] in "aoyéü"
            or (low_n[-2] in "tmpkbdg" and low_n[-3] not in "aeiou" + "s")
            or low_n.endswith(("ams", "ops", "ots", "ips", "ups", "obs"))
        )
    ):
        return noun[:-1]
    if low_n.endswith("n") and m.singular_of(noun[:-1]):
        return m.singular_of(noun[:-1])[0]
    if low_n.endswith(("ten", "gen", "ken", "ben", "len", "sen", "zen", "fen", "pen", "ln")):
        return noun[:-1]
    if (
        low_n.endswith("e")
        and len(low_n) > 4
        and low_n[-2] not in "aeiou"
        and low_n.endswith(
            (
                "ate",
                "ote",
                "ine",
                "ebe",
                "iebe",
                "ege",
                "eite",
                "ische",
                "kte",
                "pte",
                "ente",
                "äfte",
                "äte",
                "ehle",
                "iele",
                "ole",
            )
        )
    ):
        return noun[:-1]
    return noun


_COMMON_HEADS = (
    "liste",
    "listen",
    "schrank",
    "rad",
    "zeit",
    "platz",
    "termin",
    "karte",
    "plan",
    "kleidung",
    "rezept",
    "gerät",
    "geräte",
    "miete",
    "kosten",
    "geher",
    "sitter",
    "besitzer",
    "halter",
    "betrieb",
    "praxis",
    "kind",
    "kinder",
    "spiel",
    "app",
    "tool",
    "vertrag",
    "verträge",
    "ware",
    "waren",
    "daten",
    "bestand",
    "fahrt",
    "fahrten",
    "buch",
    "raum",
    "räume",
    "stelle",
    "stellen",
)
_TELLING_HEADS = frozenset(
    [
        "pflanze",
        "rad",
        "buch",
        "hund",
        "katze",
        "kleidung",
        "garten",
        "rezept",
        "termin",
        "vertrag",
        "mahlzeit",
        "fahrrad",
        "auto",
        "wasser",
    ]
)
_HEADS_BY_LEN = sorted(
    {*_COMMON_HEADS, *_TELLING_HEADS, "werte", "wert", "sitter", "prüfung", "abrechnung"},
    key=len,
    reverse=True,
)


def name_stem(noun: str) -> str:
    """A short, singular, telling part of a noun for a product name, with the joint a
    German compound needs: 'Kühlschränke' -> 'Kühl', 'Termine' -> 'Termin',
    'Gassigeher' -> 'Gassi', 'Impfungen' -> 'Impfungs'."""
    if not noun.isalpha() and "-" not in noun:
        return ""
    noun = noun.split("-")[0] if "-" in noun else noun
    sing = singular_noun(noun)
    low_s = sing.lower()
    if low_s in _NAME_STOP or len(low_s) < 3:
        return ""
    for head in _HEADS_BY_LEN:
        if not low_s.endswith(head) or len(low_s) - len(head) < 4:
            continue
        if head in _TELLING_HEADS and len(sing) <= 10:
            return _joint(sing)  # "Lastenrad", "Fachbuch": short enough as they are
        if head in _TELLING_HEADS:
            # "Zimmerpflanze" -> "Pflanzen": the head says what it is about
            return _joint(head[:1].upper() + head[1:])
        mod = sing[: len(sing) - len(head)].rstrip("-")
        if len(sing) > 9 and len(mod) <= 10 and mod.lower() not in _NAME_STOP:
            return mod  # "Gassigeher" -> "Gassi", "Blutzuckerwerte" -> "Blutzucker"
        break
    if len(sing) > (11 if m.people_head(sing + "n") or m.people_head(sing) else 10):
        return ""
    return _joint(sing)


def _joint(stem: str) -> str:
    """The linking -s or -n of a compound: 'Impfung' -> 'Impfungs', 'Pflanze' ->
    'Pflanzen', 'Termin' -> 'Termin'."""
    low_s = stem.lower()
    if low_s.endswith("e") and low_s not in ("gemüse", "käse", "ende", "idee"):
        return stem + "n"
    if low_s.endswith(("ung", "heit", "keit", "ion", "tät", "schaft", "ling", "tum", "arbeit")) or (
        low_s.endswith(_S_JOINT)
    ):
        return stem + "s"
    return stem


#: Nouns that take a linking -s in a compound ("Angebotswerk", "Einkaufsliste").
_S_JOINT = (
    "wissen",
    "leben",
    "angebot",
    "einkauf",
    "verkauf",
    "auftrag",
    "vertrag",
    "betrieb",
    "bedarf",
    "geburt",
)


def keywords(r: Reading) -> list[str]:
    """Name stems, the most telling first: the promises' nouns, the topic, the
    product's own first part, then the audience."""
    out: list[str] = []

    def add(text: str) -> None:
        for w in tokens(text):
            if not is_noun(w) or (m.is_product_noun(w) and len(w) <= 12):
                continue
            stem = name_stem(w)
            if stem and stem not in out:
                out.append(stem)

    if r.product:
        head = m.head_of(r.product.text.split()[-1])
        noun = r.product.text.split()[-1]
        for h in m.PRODUCT_HEADS:
            if noun.lower().endswith(h) and len(noun) - len(h) >= 4 and h == head[-len(h) :]:
                mod = noun[: len(noun) - len(h)].rstrip("-")
                if mod.isalpha() and mod.lower() not in _NAME_STOP:
                    out.append(mod)
                break
    add(r.topic)
    for p in r.promises:
        add(re.sub(r"⟦[^⟧]*⟧", "", p.base or p.does.split(",")[-1]))
    if r.audience:
        add(r.audience.text)
    add(r.pain)
    if r.product and not m.is_product_noun(r.product.text.split()[-1]):
        add(r.product.text.split()[-1])  # "Mülltonne": the thing itself
    return out
