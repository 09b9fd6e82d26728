"""German morphology by hand: the verb forms, noun genders and endings the German reader
and its Grammar need, and nothing more.

Why by hand: the forms needed are few (third person singular and infinitive of the verb
a promise turns on, the separable prefix that moves to the end, "zu" in the right place;
the gender of a product noun; plural, dative and genitive of an audience; three sets of
adjective endings), the rules are regular, and the exceptions a product idea meets fit in
a table. A dictionary-backed library would cost start-up time ``protogen new`` does not
have. What these rules cannot form safely they report as unknown (``""``), and the
composer then uses a frame that does not need it.
"""

from __future__ import annotations

import re
from functools import cache

# --- verbs -------------------------------------------------------------------------------

#: Strong and irregular verbs: infinitive -> (2nd person singular, 3rd person singular).
#: Prefixed verbs (vergeben, hochladen, behalten) are found through their last part.
_STRONG: dict[str, tuple[str, str]] = {
    "geben": ("gibst", "gibt"),
    "nehmen": ("nimmst", "nimmt"),
    "sehen": ("siehst", "sieht"),
    "lesen": ("liest", "liest"),
    "helfen": ("hilfst", "hilft"),
    "sprechen": ("sprichst", "spricht"),
    "brechen": ("brichst", "bricht"),
    "treffen": ("triffst", "trifft"),
    "vergessen": ("vergisst", "vergisst"),
    "messen": ("misst", "misst"),
    "essen": ("isst", "isst"),
    "fressen": ("frisst", "frisst"),
    "empfehlen": ("empfiehlst", "empfiehlt"),
    "befehlen": ("befiehlst", "befiehlt"),
    "stehlen": ("stiehlst", "stiehlt"),
    "werfen": ("wirfst", "wirft"),
    "werben": ("wirbst", "wirbt"),
    "sterben": ("stirbst", "stirbt"),
    "gelten": ("giltst", "gilt"),
    "treten": ("trittst", "tritt"),
    "fahren": ("fährst", "fährt"),
    "tragen": ("trägst", "trägt"),
    "schlagen": ("schlägst", "schlägt"),
    "laden": ("lädst", "lädt"),
    "halten": ("hältst", "hält"),
    "lassen": ("lässt", "lässt"),
    "fallen": ("fällst", "fällt"),
    "schlafen": ("schläfst", "schläft"),
    "laufen": ("läufst", "läuft"),
    "waschen": ("wäschst", "wäscht"),
    "wachsen": ("wächst", "wächst"),
    "raten": ("rätst", "rät"),
    "braten": ("brätst", "brät"),
    "fangen": ("fängst", "fängt"),
    "graben": ("gräbst", "gräbt"),
    "stoßen": ("stößt", "stößt"),
    "sein": ("bist", "ist"),
    "haben": ("hast", "hat"),
    "werden": ("wirst", "wird"),
    "wissen": ("weißt", "weiß"),
    "tun": ("tust", "tut"),
    "können": ("kannst", "kann"),
    "müssen": ("musst", "muss"),
    "wollen": ("willst", "will"),
    "sollen": ("sollst", "soll"),
    "dürfen": ("darfst", "darf"),
    "mögen": ("magst", "mag"),
}
#: Third-person forms too short to be recognised inside a longer word.
_WHOLE_ONLY = frozenset(["ist", "hat", "wird", "weiß", "tut", "isst", "rät", "tritt"])
_THIRD_TO_INF = {third: inf for inf, (_, third) in _STRONG.items()}
MODALS = frozenset(["kann", "können", "soll", "sollen", "will", "wollen", "darf", "dürfen"])
MODALS_ALL = MODALS | frozenset(["muss", "müssen", "mag", "mögen", "könnte", "könnten"])

#: Separable prefixes, longest first. "über", "unter", "um", "durch", "wieder" are left
#: out: in the verbs a product idea uses (überwachen, unterstützen, umgehen) they do not
#: separate.
SEPARABLE = (
    "zusammen",
    "herunter",
    "weiter",
    "zurück",
    "bereit",
    "fertig",
    "sicher",
    "heraus",
    "vorbei",
    "hoch",
    "fest",
    "frei",
    "statt",
    "teil",
    "vor",
    "nach",
    "mit",
    "auf",
    "aus",
    "bei",
    "ein",
    "los",
    "weg",
    "her",
    "hin",
    "dar",
    "an",
    "ab",
    "zu",
)
#: Words that begin like a separable verb but are none.
_NOT_SEPARABLE = frozenset(
    [
        "antworten",
        "anworten",
        "arbeiten",
        "angeln",
        "ankern",
        "beinhalten",
        "einigen",
        "abonnieren",
        "mitteln",
        "zucken",
        "zupfen",
        "zuckern",
        "aufen",
        "herrschen",
        "hinken",
        "darben",
    ]
)
_INSEP = ("be", "ge", "er", "ver", "zer", "ent", "emp", "miss")


def _dipht_before(stem: str) -> bool:
    return stem[-4:-2] in ("eu", "au", "ei", "äu")


def infinitive(third: str) -> str:
    """'findet' -> 'finden', 'erinnert' -> 'erinnern', 'vergibt' -> 'vergeben';
    '' when ``third`` does not look like a third-person verb form."""
    w = third.lower()
    if w in _THIRD_TO_INF:
        return _THIRD_TO_INF[w]
    for form, inf in sorted(_THIRD_TO_INF.items(), key=lambda kv: -len(kv[0])):
        if form not in _WHOLE_ONLY and w.endswith(form) and len(w) > len(form):
            return w[: -len(form)] + inf
    if not w.endswith("t") or len(w) < 3:
        return ""
    if w.endswith("et"):
        stem = w[:-2]
        if stem.endswith(("d", "t", "chn", "ffn", "gn", "dn", "tm", "dm", "ckn")):
            return stem + "en"
    stem = w[:-1]
    if (
        stem.endswith(("el", "er"))
        and len(stem) > 3
        and (stem[-3] not in "aeiouäöü" or _dipht_before(stem))
    ):
        return stem + "n"
    return stem + "en"


def _regular_stem(inf: str) -> str:
    if inf.endswith(("eln", "ern")):
        return inf[:-1]
    if inf.endswith("en"):
        return inf[:-2]
    if inf.endswith("n"):
        return inf[:-1]
    return inf


def _needs_e(stem: str) -> bool:
    """'find' -> 'findet', 'rechn' -> 'rechnet', 'plan' -> 'plant'."""
    if stem.endswith(("d", "t", "chn", "ffn", "gn", "dn", "tm", "dm", "ckn")):
        return True
    return len(stem) >= 2 and stem[-1] in "mn" and stem[-2] not in "aeiouäöülrmnh"


def third_person(inf: str) -> str:
    """'finden' -> 'findet', 'vergeben' -> 'vergibt', 'sammeln' -> 'sammelt'."""
    w = inf.lower()
    if w in _STRONG:
        return _STRONG[w][1]
    for base, (_, third) in sorted(_STRONG.items(), key=lambda kv: -len(kv[0])):
        if third not in _WHOLE_ONLY and w.endswith(base) and len(w) > len(base) + 1:
            return w[: -len(base)] + third
    stem = _regular_stem(w)
    return stem + ("et" if _needs_e(stem) else "t")


def second_person(inf: str) -> str:
    """'finden' -> 'findest', 'vergessen' -> 'vergisst', 'planen' -> 'planst'."""
    w = inf.lower()
    if w in _STRONG:
        return _STRONG[w][0]
    for base, (second, _) in sorted(_STRONG.items(), key=lambda kv: -len(kv[0])):
        if base not in ("sein", "tun") and w.endswith(base) and len(w) > len(base) + 1:
            return w[: -len(base)] + second
    stem = _regular_stem(w)
    if stem.endswith(("s", "ß", "z", "x")):
        return stem + "t"
    return stem + ("est" if _needs_e(stem) else "st")


_FIRST_IRREGULAR = {
    "bin": "sein",
    "sind": "sein",
    "habe": "haben",
    "hab": "haben",
    "kann": "können",
    "muss": "müssen",
    "will": "wollen",
    "soll": "sollen",
    "darf": "dürfen",
    "mag": "mögen",
    "weiß": "wissen",
    "tu": "tun",
    "tue": "tun",
}


def first_person_infinitive(verb: str, person: str) -> str:
    """The infinitive of a first-person form: 'vergesse' (ich) -> 'vergessen',
    'ärgere' -> 'ärgern', 'sammle' -> 'sammeln'; 'verlieren' (wir) -> 'verlieren'."""
    w = verb.lower()
    if w in _FIRST_IRREGULAR:
        return _FIRST_IRREGULAR[w]
    if person == "wir":
        return w if w.endswith("n") else ""
    if not w.endswith("e"):
        return ""
    if w.endswith(("ere", "ele")):
        return w[:-1] + "n"
    if w.endswith("le") and len(w) > 3 and w[-3] not in "aeiouäöü":
        return w[:-2] + "eln"
    return w + "n"


def second_plural(inf: str) -> str:
    """'finden' -> 'findet', 'vergessen' -> 'vergesst', 'sein' -> 'seid' (ihr)."""
    w = inf.lower()
    special = {"sein": "seid", "tun": "tut", "wissen": "wisst", "haben": "habt"}
    if w in special:
        return special[w]
    stem = _regular_stem(w)
    if w in MODALS_ALL or w in ("können", "müssen", "dürfen", "mögen", "wollen", "sollen"):
        stem = stem.replace("ö", "o").replace("ü", "u") if w != "wollen" else stem
    return stem + ("et" if _needs_e(stem) else "t")


def formal_form(inf: str) -> str:
    """The Sie form: the infinitive, except 'sein' -> 'sind'."""
    return "sind" if inf.lower() == "sein" else inf.lower()


def split_separable(inf: str) -> tuple[str, str]:
    """'vorbereiten' -> ('vor', 'bereiten'); 'überwachen' -> ('', 'überwachen')."""
    w = inf.lower()
    if w in _NOT_SEPARABLE or w in _STRONG:
        return "", w
    for pre in SEPARABLE:
        rest = w[len(pre) :]
        if w.startswith(pre) and len(rest) >= 4 and rest.endswith("n"):
            if rest in _NOT_SEPARABLE:
                continue
            if len(rest) < 5 and rest not in _STRONG:
                continue
            return pre, rest
    return "", w


def split_separable_third(third: str) -> tuple[str, str]:
    """'vorbereitet' -> ('vor', 'bereitet'), 'hochlädt' -> ('hoch', 'lädt')."""
    w = third.lower()
    if w.endswith("iert") or infinitive(w) in _NOT_SEPARABLE:
        return "", w
    for pre in SEPARABLE:
        rest = w[len(pre) :]
        if not w.startswith(pre) or len(rest) < 3:
            continue
        inf = infinitive(rest)
        if not inf or (pre + inf) in _NOT_SEPARABLE or inf in _NOT_SEPARABLE:
            continue
        if len(rest) < 4 and rest not in ("gibt", "hat", "tut", "rät", "lädt", "hält", "sieht"):
            continue
        return pre, rest
    return "", w


def zu_infinitive(prefix: str, inf: str) -> str:
    """('vor', 'bereiten') -> 'vorzubereiten'; ('', 'finden') -> 'zu finden'."""
    return f"{prefix}zu{inf}" if prefix else f"zu {inf}"


def is_inseparable(inf: str) -> bool:
    return inf.lower().startswith(_INSEP)


def looks_finite(word: str) -> bool:
    """A lower-case word that can close a German subordinate clause: 'findet',
    'vorbereitet', 'kann', 'können', 'hilft'."""
    w = word.lower()
    if not word[:1].islower() or not w.isalpha() or w in NOT_VERBS:
        return False
    return (
        w in MODALS_ALL
        or w in _THIRD_TO_INF
        or w in _AUX
        or bool(re.search(r"(?:t|en|ern|eln)$", w))
    )


_AUX = frozenset(["sind", "ist", "war", "waren", "hat", "hatte", "wird", "muss", "mag", "weiß"])


#: Lower-case words ending like a verb that are none: adverbs, adjectives, particles.
NOT_VERBS = frozenset(
    [
        "nicht",
        "jetzt",
        "direkt",
        "oft",
        "meist",
        "zuerst",
        "sofort",
        "selbst",
        "bereit",
        "korrekt",
        "exakt",
        "perfekt",
        "gut",
        "mit",
        "seit",
        "bis",
        "nachts",
        "heute",
        "morgen",
        "gestern",
        "eigentlich",
        "einen",
        "meinen",
        "deinen",
        "seinen",
        "ihren",
        "unseren",
        "euren",
        "den",
        "denen",
        "wenn",
        "dann",
        "denn",
        "ein",
        "kein",
        "keinen",
        "allen",
        "vielen",
        "anderen",
        "kleinen",
        "eigenen",
        "neuen",
        "guten",
        "ganzen",
        "echt",
        "leicht",
        "schlicht",
        "weit",
        "breit",
        "zuletzt",
        "erst",
        "fast",
        "sonst",
        "bereits",
        "unten",
        "oben",
        "hinten",
        "vorn",
        "vorne",
        "außen",
        "innen",
        "gern",
        "gerne",
        "zusammen",
        "vernetzt",
        "digital",
        "lokal",
        "smart",
    ]
)

# --- nouns -------------------------------------------------------------------------------

#: Genders of the nouns a product is called, matched on the end of a compound
#: ("Lernplattform" -> "plattform" -> f).
PRODUCT_GENDER: dict[str, str] = {
    "app": "f",
    "web-app": "f",
    "plattform": "f",
    "website": "f",
    "webseite": "f",
    "seite": "f",
    "lösung": "f",
    "software": "f",
    "box": "f",
    "börse": "f",
    "karte": "f",
    "uhr": "f",
    "kamera": "f",
    "waage": "f",
    "brille": "f",
    "drohne": "f",
    "datenbank": "f",
    "liste": "f",
    "übersicht": "f",
    "anwendung": "f",
    "erweiterung": "f",
    "community": "f",
    "verwaltung": "f",
    "steuerung": "f",
    "dose": "f",
    "station": "f",
    "ampel": "f",
    "matte": "f",
    "lampe": "f",
    "tasche": "f",
    "flasche": "f",
    "schnittstelle": "f",
    "tool": "n",
    "werkzeug": "n",
    "gerät": "n",
    "dashboard": "n",
    "spiel": "n",
    "system": "n",
    "programm": "n",
    "portal": "n",
    "netzwerk": "n",
    "armband": "n",
    "halsband": "n",
    "plugin": "n",
    "add-on": "n",
    "abo": "n",
    "abonnement": "n",
    "modul": "n",
    "gadget": "n",
    "wearable": "n",
    "widget": "n",
    "formular": "n",
    "tablet": "n",
    "terminal": "n",
    "schloss": "n",
    "ventil": "n",
    "thermostat": "n",
    "kit": "n",
    "set": "n",
    "board": "n",
    "cockpit": "n",
    "postfach": "n",
    "dienst": "m",
    "radar": "m",
    "service": "m",
    "marktplatz": "m",
    "sensor": "m",
    "assistent": "m",
    "bot": "m",
    "chatbot": "m",
    "kalender": "m",
    "tracker": "m",
    "kurs": "m",
    "newsletter": "m",
    "chat": "m",
    "manager": "m",
    "planer": "m",
    "rechner": "m",
    "generator": "m",
    "finder": "m",
    "scanner": "m",
    "shop": "m",
    "onlineshop": "m",
    "messenger": "m",
    "roboter": "m",
    "stecker": "m",
    "lautsprecher": "m",
    "melder": "m",
    "monitor": "m",
    "zähler": "m",
    "timer": "m",
    "helfer": "m",
    "begleiter": "m",
    "coach": "m",
    "automat": "m",
    "knopf": "m",
    "button": "m",
    "browser": "m",
    "feed": "m",
    "podcast": "m",
    "club": "m",
    "verleih": "m",
    "lieferdienst": "m",
    "baukasten": "m",
}
#: Endings that fix the gender of a noun nobody listed.
_GENDER_ENDINGS = (
    ("ung", "f"),
    ("heit", "f"),
    ("keit", "f"),
    ("schaft", "f"),
    ("ion", "f"),
    ("tät", "f"),
    ("erei", "f"),
    ("ik", "f"),
    ("chen", "n"),
    ("lein", "n"),
    ("ment", "n"),
    ("ismus", "m"),
    ("ling", "m"),
)
#: Heads that make a noun a product ("eine Lern-App", "ein Buchungstool").
PRODUCT_HEADS = frozenset(PRODUCT_GENDER)


def head_of(noun: str) -> str:
    """The last part of a compound, lower case: 'Hundesitter-App' -> 'app'."""
    return noun.lower().rsplit("-", 1)[-1]


@cache
def product_gender(noun: str) -> str:
    """'m', 'f' or 'n' for a product noun, from its last part; '' when unknown."""
    low = noun.lower()
    best = ""
    for head in PRODUCT_GENDER:
        if (low == head or low.endswith(head) or low.endswith("-" + head)) and len(head) > len(
            best
        ):
            best = head
    if best:
        return PRODUCT_GENDER[best]
    for ending, gender in _GENDER_ENDINGS:
        if low.endswith(ending):
            return gender
    return ""


@cache
def is_product_noun(noun: str) -> bool:
    low = noun.lower()
    return any(low == h or low.endswith(h) for h in PRODUCT_HEADS if len(h) >= 3)


class Person:
    """What the reader knows about a people noun: its singular, gender and feminine."""

    __slots__ = ("feminine", "gender", "group", "singular")

    def __init__(self, singular: str, gender: str, group: str, feminine: str = "") -> None:
        self.singular, self.gender, self.group, self.feminine = singular, gender, group, feminine


def _p(singular: str, gender: str = "m", group: str = "person", feminine: str = "") -> Person:
    if not feminine and gender == "m" and group == "person":
        feminine = singular[:-1] + "in" if singular.endswith("e") else singular + "in"
    return Person(singular, gender, group, feminine)


#: Plural heads of audiences (people, groups, organisations), matched on the end of a
#: compound ("Hundebesitzer" -> "besitzer"). The singular is that of the head.
PEOPLE: dict[str, Person] = {
    "besitzer": _p("besitzer"),
    "inhaber": _p("inhaber"),
    "halter": _p("halter"),
    "eigentümer": _p("eigentümer"),
    "eltern": Person("vater", "m", "person", "mutter"),
    "mütter": Person("mutter", "f", "person", "mutter"),
    "väter": Person("vater", "m", "person", ""),
    "kinder": Person("kind", "n", "person", ""),
    "schüler": _p("schüler"),
    "schülerinnen": Person("schülerin", "f", "person", "schülerin"),
    "lehrer": _p("lehrer"),
    "lehrerinnen": Person("lehrerin", "f", "person", "lehrerin"),
    "kräfte": Person("kraft", "f", "person", "kraft"),
    "studenten": _p("student"),
    "studierende": Person("studierender", "m", "person", "studierende"),
    "kunden": _p("kunde"),
    "kundinnen": Person("kundin", "f", "person", "kundin"),
    "nutzer": _p("nutzer"),
    "nutzerinnen": Person("nutzerin", "f", "person", "nutzerin"),
    "mitarbeiter": _p("mitarbeiter"),
    "mitarbeitende": Person("mitarbeitender", "m", "person", "mitarbeitende"),
    "beschäftigte": Person("beschäftigter", "m", "person", "beschäftigte"),
    "angestellte": Person("angestellter", "m", "person", "angestellte"),
    "kollegen": _p("kollege"),
    "handwerker": _p("handwerker"),
    "ärzte": _p("arzt", feminine="ärztin"),
    "ärztinnen": Person("ärztin", "f", "person", "ärztin"),
    "pfleger": _p("pfleger"),
    "pflegende": Person("pflegender", "m", "person", "pflegende"),
    "patienten": _p("patient"),
    "patientinnen": Person("patientin", "f", "person", "patientin"),
    "senioren": _p("senior"),
    "rentner": _p("rentner"),
    "nachbarn": _p("nachbar"),
    "freelancer": _p("freelancer"),
    "freiberufler": _p("freiberufler"),
    "selbstständige": Person("selbstständiger", "m", "person", "selbstständige"),
    "selbständige": Person("selbständiger", "m", "person", "selbständige"),
    "gründer": _p("gründer"),
    "entwickler": _p("entwickler"),
    "designer": _p("designer"),
    "fahrer": _p("fahrer"),
    "trainer": _p("trainer"),
    "spieler": _p("spieler"),
    "sportler": _p("sportler"),
    "läufer": _p("läufer"),
    "gärtner": _p("gärtner"),
    "mieter": _p("mieter"),
    "händler": _p("händler"),
    "verkäufer": _p("verkäufer"),
    "käufer": _p("käufer"),
    "bauern": _p("bauer", feminine="bäuerin"),
    "landwirte": _p("landwirt"),
    "gastronomen": _p("gastronom"),
    "köche": _p("koch", feminine="köchin"),
    "imker": _p("imker"),
    "winzer": _p("winzer"),
    "kletterer": _p("kletterer", feminine="kletterin"),
    "pendler": _p("pendler"),
    "reisende": Person("reisender", "m", "person", "reisende"),
    "touristen": _p("tourist"),
    "sitter": _p("sitter"),
    "geher": _p("geher"),
    "menschen": Person("mensch", "m", "person", "mensch"),
    "frauen": Person("frau", "f", "person", "frau"),
    "männer": Person("mann", "m", "person", ""),
    "teenager": _p("teenager", feminine="teenager"),
    "jugendliche": Person("jugendlicher", "m", "person", "jugendliche"),
    "azubis": _p("azubi"),
    "auszubildende": Person("auszubildender", "m", "person", "auszubildende"),
    "erzieher": _p("erzieher"),
    "betreuer": _p("betreuer"),
    "therapeuten": _p("therapeut"),
    "apotheker": _p("apotheker"),
    "anwälte": _p("anwalt", feminine="anwältin"),
    "berater": _p("berater"),
    "makler": _p("makler"),
    "manager": _p("manager"),
    "leiter": _p("leiter"),
    "arbeiter": _p("arbeiter"),
    "helfer": _p("helfer"),
    "ehrenamtliche": Person("ehrenamtlicher", "m", "person", "ehrenamtliche"),
    "angehörige": Person("angehöriger", "m", "person", "angehörige"),
    "berufstätige": Person("berufstätiger", "m", "person", "berufstätige"),
    "alleinerziehende": Person("alleinerziehender", "m", "person", "alleinerziehende"),
    "mitglieder": Person("mitglied", "n", "person", "mitglied"),
    "musiker": _p("musiker"),
    "künstler": _p("künstler"),
    "fotografen": _p("fotograf"),
    "autoren": _p("autor"),
    "leser": _p("leser"),
    "bewohner": _p("bewohner"),
    "fans": Person("fan", "m", "person", "fan"),
    "gäste": Person("gast", "m", "person", "gast"),
    "einsteiger": _p("einsteiger"),
    "anfänger": _p("anfänger"),
    "vermieter": _p("vermieter"),
    "anbieter": _p("anbieter"),
    "dienstleister": _p("dienstleister"),
    "betriebe": Person("betrieb", "m", "org"),
    "praxen": Person("praxis", "f", "org"),
    "restaurants": Person("restaurant", "n", "org"),
    "cafés": Person("café", "n", "org"),
    "cafes": Person("cafe", "n", "org"),
    "hotels": Person("hotel", "n", "org"),
    "läden": Person("laden", "m", "org"),
    "geschäfte": Person("geschäft", "n", "org"),
    "shops": Person("shop", "m", "org"),
    "firmen": Person("firma", "f", "org"),
    "unternehmen": Person("unternehmen", "n", "org"),
    "agenturen": Person("agentur", "f", "org"),
    "apotheken": Person("apotheke", "f", "org"),
    "kliniken": Person("klinik", "f", "org"),
    "schulen": Person("schule", "f", "org"),
    "kitas": Person("kita", "f", "org"),
    "vereine": Person("verein", "m", "org"),
    "gemeinden": Person("gemeinde", "f", "org"),
    "kommunen": Person("kommune", "f", "org"),
    "behörden": Person("behörde", "f", "org"),
    "werkstätten": Person("werkstatt", "f", "org"),
    "kneipen": Person("kneipe", "f", "org"),
    "höfe": Person("hof", "m", "org"),
    "studios": Person("studio", "n", "org"),
    "hallen": Person("halle", "f", "org"),
    "labore": Person("labor", "n", "org"),
    "startups": Person("startup", "n", "org"),
    "start-ups": Person("start-up", "n", "org"),
    "dienste": Person("dienst", "m", "org"),
    "redaktionen": Person("redaktion", "f", "org"),
    "verlage": Person("verlag", "m", "org"),
    "werke": Person("werk", "n", "org"),
    "tafeln": Person("tafel", "f", "org"),
    "bibliotheken": Person("bibliothek", "f", "org"),
    "hochschulen": Person("hochschule", "f", "org"),
    "universitäten": Person("universität", "f", "org"),
    "museen": Person("museum", "n", "org"),
    "zahnarztpraxen": Person("zahnarztpraxis", "f", "org"),
    "heime": Person("heim", "n", "org"),
    "verwaltungen": Person("verwaltung", "f", "org"),
    "leitungen": Person("leitung", "f", "person", "leitung"),
    "teams": Person("team", "n", "group"),
    "gruppen": Person("gruppe", "f", "group"),
    "klassen": Person("klasse", "f", "group"),
    "abteilungen": Person("abteilung", "f", "group"),
    "haushalte": Person("haushalt", "m", "group"),
    "wgs": Person("wg", "f", "group"),
    "chöre": Person("chor", "m", "group"),
    "familien": Person("", "f", "group"),
    "leute": Person("", "", "person"),
}
_PEOPLE_BY_LEN = sorted(PEOPLE, key=len, reverse=True)
#: Gender-inclusive spellings: "Lehrer:innen", "Nutzer*innen", "LehrerInnen".
_INCLUSIVE = re.compile(r"(?:[:*_/]innen|Innen)$")
#: Endings of bakeries and law firms: "Bäckereien" -> "Bäckerei" (an organisation).
_ORG_EIEN = re.compile(r"(?:erei|kanzlei|bücherei)en$")


@cache
def people_head(noun: str) -> tuple[str, Person] | None:
    """(head, Person) if ``noun`` is a plural that names people or organisations:
    'Hundebesitzer' -> ('besitzer', ...), 'Bäckereien' -> ('bäckereien', ...)."""
    low = _INCLUSIVE.sub("", noun.lower().replace("\u00ad", ""))
    if _ORG_EIEN.search(low):
        return low, Person(low[:-2], "f", "org")
    for head in _PEOPLE_BY_LEN:
        if low == head or (low.endswith(head) and len(low) - len(head) >= 3):
            return head, PEOPLE[head]
        if low.endswith("-" + head):
            return head, PEOPLE[head]
    return None


def singular_of(noun: str) -> tuple[str, str, str, str] | None:
    """(singular, feminine singular, gender, group) of a plural people noun, keeping the
    compound's first part and case: 'Hundebesitzer' -> ('Hundebesitzer',
    'Hundebesitzerin', 'm', 'person'); None when unknown."""
    found = people_head(noun)
    if not found:
        return None
    head, person = found
    if not person.singular:
        return None
    clean = _INCLUSIVE.sub("", noun)
    if clean[:-1].isupper() and clean.endswith("s"):
        return clean[:-1], clean[:-1], person.gender, person.group  # "WGs" -> "WG"
    stem = clean[: len(clean) - len(head)] if clean.lower().endswith(head) else ""
    if stem.endswith("-"):
        sing = stem + person.singular[:1].upper() + person.singular[1:]
        fem = stem + person.feminine[:1].upper() + person.feminine[1:] if person.feminine else ""
    elif stem:
        sing, fem = stem + person.singular, stem + person.feminine if person.feminine else ""
    else:
        sing = person.singular[:1].upper() + person.singular[1:]
        fem = person.feminine[:1].upper() + person.feminine[1:] if person.feminine else ""
    return sing, fem, person.gender, person.group


def dative_plural(noun: str) -> str:
    """'Hundebesitzer' -> 'Hundebesitzern', 'Arztpraxen' -> 'Arztpraxen'."""
    if noun.endswith(("n", "s")) or noun[-1:] in "aiouy":
        return noun
    return noun + "n"


def genitive_singular(noun: str, gender: str) -> str:
    """'Handwerksbetrieb' -> 'Handwerksbetriebs', 'Arztpraxis' -> 'Arztpraxis'."""
    if gender == "f":
        return noun
    if noun.endswith(("s", "ß", "x", "z", "sch")):
        return noun + "es"
    if noun.lower().endswith(("ender", "ter", "ler", "ner", "rer", "ger")) and gender == "m":
        return noun + "s"
    return noun + "s"


# --- adjectives --------------------------------------------------------------------------

_ADJ_END = re.compile(r"(?:e|er|es|en|em)$")


def adjective_stem(adj: str) -> str:
    """'kleine' -> 'klein', 'internes' -> 'intern', 'smarter' -> 'smart'."""
    for end in ("em", "en", "er", "es", "e"):
        if adj.endswith(end) and len(adj) - len(end) >= 3:
            return adj[: -len(end)]
    return adj


#: Endings by declension, case and gender ("pl" for plural).
_STRONG_END = {
    "nom": {"m": "er", "f": "e", "n": "es", "pl": "e"},
    "acc": {"m": "en", "f": "e", "n": "es", "pl": "e"},
    "dat": {"m": "em", "f": "er", "n": "em", "pl": "en"},
    "gen": {"m": "en", "f": "er", "n": "en", "pl": "er"},
}
_WEAK_END = {
    "nom": {"m": "e", "f": "e", "n": "e", "pl": "en"},
    "acc": {"m": "en", "f": "e", "n": "e", "pl": "en"},
    "dat": {"m": "en", "f": "en", "n": "en", "pl": "en"},
    "gen": {"m": "en", "f": "en", "n": "en", "pl": "en"},
}
_MIXED_END = {
    "nom": {"m": "er", "f": "e", "n": "es"},
    "acc": {"m": "en", "f": "e", "n": "es"},
    "dat": {"m": "en", "f": "en", "n": "en"},
    "gen": {"m": "en", "f": "en", "n": "en"},
}
DEFINITE = {
    "nom": {"m": "der", "f": "die", "n": "das", "pl": "die"},
    "acc": {"m": "den", "f": "die", "n": "das", "pl": "die"},
    "dat": {"m": "dem", "f": "der", "n": "dem", "pl": "den"},
    "gen": {"m": "des", "f": "der", "n": "des", "pl": "der"},
}
INDEFINITE = {
    "nom": {"m": "ein", "f": "eine", "n": "ein"},
    "acc": {"m": "einen", "f": "eine", "n": "ein"},
    "dat": {"m": "einem", "f": "einer", "n": "einem"},
    "gen": {"m": "eines", "f": "einer", "n": "eines"},
}
PRONOUN = {
    "nom": {"m": "er", "f": "sie", "n": "es"},
    "acc": {"m": "ihn", "f": "sie", "n": "es"},
    "dat": {"m": "ihm", "f": "ihr", "n": "ihm"},
}
RELATIVE = {
    "nom": {"m": "der", "f": "die", "n": "das"},
    "acc": {"m": "den", "f": "die", "n": "das"},
    "dat": {"m": "dem", "f": "der", "n": "dem"},
}


def decline(adjs: list[str], decl: str, case: str, gender: str) -> list[str]:
    """Adjectives (any ending) with the ending for the declension ('strong', 'weak',
    'mixed'), case and gender."""
    table = {"strong": _STRONG_END, "weak": _WEAK_END, "mixed": _MIXED_END}[decl]
    end = table[case][gender]
    return [adjective_stem(a) + end for a in adjs]


def is_adjective_form(word: str) -> bool:
    """A lower-case word with an adjective ending: 'kleine', 'internes', 'smarten'."""
    return word[:1].islower() and word.isalpha() and bool(_ADJ_END.search(word)) and len(word) > 3
