"""The French reader: product, audience, pain and promises from an idea of any shape.

French ideas come as "Une application pour les boulangeries qui prévoit ...", as the
problem first and then "L'idée est ..." or "Nous voulons ...", as a question ("Et si les
étudiants pouvaient ... ?", "Comment aider ... ?"), as bullet lists of infinitives, as
speech ("Bon, en gros, l'idée c'est une appli où ..."), as brand analogies ("un Uber
pour promeneurs de chiens", "le Airbnb du matériel de camping") and as imperatives
("Aidez les patients à ...", "Trouver un plombier ..."). The reader cuts the idea into
units, drops the fillers of speech, and reads each unit with a few patterns. Every chunk
is validated before it is kept: an audience is a plural noun phrase whose head names
people or organisations; a promise starts with a verb whose infinitive is known (so that
"prévoit" can become "prévoir" and "suivre" "suit"); a pain is a whole clause of at most
12 of the idea's words. Gender and number come from the idea's own article, else from
the noun (:mod:`.fr_morph`); when they stay unknown, the frames that need them are not
used.

Possessives that point back to someone the page does not name ("leurs manuels") are
made neutral in the chunks that stand alone ("les manuels"); they stay where their
owner is named in the same sentence ("les étudiants échangent leurs manuels").
"""

from __future__ import annotations

import re

from protogen.writers.offline import fr_morph as m
from protogen.writers.offline.fr_grammar import shift_person
from protogen.writers.offline.reading import Phrase, Promise, Reading

DETS = frozenset(
    [
        "le",
        "la",
        "les",
        "l’",
        "un",
        "une",
        "des",
        "du",
        "de",
        "d’",
        "mon",
        "ma",
        "mes",
        "ton",
        "ta",
        "tes",
        "son",
        "sa",
        "ses",
        "notre",
        "nos",
        "votre",
        "vos",
        "leur",
        "leurs",
        "ce",
        "cet",
        "cette",
        "ces",
        "chaque",
        "quelques",
        "plusieurs",
        "certains",
        "certaines",
        "tous",
        "toutes",
        "aux",
        "au",
    ]
)
PREPS = frozenset(
    [
        "pour",
        "par",
        "avec",
        "sans",
        "dans",
        "sur",
        "sous",
        "chez",
        "entre",
        "vers",
        "à",
        "au",
        "aux",
        "de",
        "du",
        "des",
        "d’",
        "en",
        "contre",
        "depuis",
        "pendant",
        "selon",
        "après",
        "avant",
        "grâce",
        "via",
    ]
)
CONJ = frozenset(["et", "ou", "mais", "donc", "ni", "car", "puis"])
REL = frozenset(["qui", "que", "qu’", "où", "dont", "lequel", "laquelle", "lesquels", "lesquelles"])
PRONOUNS = frozenset(
    [
        "je",
        "j’",
        "tu",
        "il",
        "elle",
        "on",
        "nous",
        "vous",
        "ils",
        "elles",
        "me",
        "m’",
        "te",
        "t’",
        "se",
        "s’",
        "lui",
        "y",
        "en",
        "eux",
        "ça",
        "cela",
        "c’",
        "ceux",
        "celles",
        "celui",
        "celle",
        "quelqu’un",
        "personne",
        "rien",
        "tout",
    ]
)
ADVERBS = frozenset(
    [
        "aussi",
        "également",
        "automatiquement",
        "même",
        "ensuite",
        "enfin",
        "simplement",
        "directement",
        "facilement",
        "rapidement",
        "déjà",
        "souvent",
        "toujours",
        "encore",
        "vraiment",
        "bien",
    ]
)
FUNCTION = (
    DETS
    | PREPS
    | CONJ
    | REL
    | PRONOUNS
    | frozenset(
        [
            "ne",
            "n’",
            "pas",
            "plus",
            "est",
            "sont",
            "a",
            "ont",
            "être",
            "avoir",
            "très",
            "trop",
            "si",
            "comme",
            "quand",
            "lorsque",
            "lorsqu’",
            "près",
            "puisque",
            "parce",
            "afin",
            "tout",
            "toute",
        ]
    )
)
_CLITICS = frozenset(
    [
        "se",
        "s’",
        "les",
        "leur",
        "lui",
        "vous",
        "nous",
        "me",
        "m’",
        "te",
        "t’",
        "l’",
        "la",
        "le",
        "y",
        "en",
    ]
)
_MODALS = {
    "peut": "s",
    "peuvent": "p",
    "pouvait": "s",
    "pouvaient": "p",
    "pourrait": "s",
    "pourraient": "p",
    "pourra": "s",
    "pourront": "p",
    "puisse": "s",
    "puissent": "p",
    "doit": "s",
    "doivent": "p",
    "veut": "s",
    "veulent": "p",
    "sait": "s",
    "savent": "p",
}
_YOU_MODALS = frozenset(["peux", "pouvez", "pourriez", "pourrais", "puisses", "puissiez"])
PRODUCT_NOUNS = frozenset(
    [
        "application",
        "appli",
        "app",
        "applis",
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
        "site",
        "bot",
        "chatbot",
        "logiciel",
        "pilulier",
        "boîtier",
        "objet",
        "bracelet",
        "collier",
        "badge",
        "robot",
        "extension",
        "messagerie",
        "agenda",
        "carnet",
        "annuaire",
        "programme",
        "coach",
        "solution",
        "balise",
        "montre",
        "caméra",
        "borne",
        "thermostat",
        "détecteur",
        "traceur",
        "compteur",
        "kit",
        "box",
        "abonnement",
        "newsletter",
        "podcast",
        "quiz",
        "simulateur",
        "module",
        "widget",
        "moteur",
        "portail",
        "espace",
        "marketplace",
        "marché",
        "comparateur",
        "planificateur",
        "gestionnaire",
        "tracker",
        "radar",
        "système",
        "dispositif",
        "formation",
        "communauté",
        "club",
    ]
)
#: Plural heads that name people or organisations.
PEOPLE = frozenset(
    [
        "parents",
        "familles",
        "enfants",
        "élèves",
        "étudiants",
        "étudiantes",
        "patients",
        "patientes",
        "clients",
        "clientes",
        "médecins",
        "artisans",
        "équipes",
        "associations",
        "entreprises",
        "écoles",
        "clubs",
        "restaurants",
        "boulangeries",
        "librairies",
        "pharmacies",
        "épiceries",
        "cabinets",
        "hôpitaux",
        "cliniques",
        "mairies",
        "collectivités",
        "pme",
        "startups",
        "agences",
        "commerces",
        "commerçants",
        "indépendants",
        "freelances",
        "bénévoles",
        "seniors",
        "propriétaires",
        "locataires",
        "voisins",
        "habitants",
        "sportifs",
        "joueurs",
        "joueuses",
        "coureurs",
        "cyclistes",
        "randonneurs",
        "campeurs",
        "musiciens",
        "chercheurs",
        "salariés",
        "employés",
        "managers",
        "recruteurs",
        "infirmières",
        "infirmiers",
        "soignants",
        "soignantes",
        "kinés",
        "dentistes",
        "pharmaciens",
        "apiculteurs",
        "agriculteurs",
        "viticulteurs",
        "éleveurs",
        "producteurs",
        "maraîchers",
        "vétérinaires",
        "stagiaires",
        "bibliothécaires",
        "fonctionnaires",
        "bénéficiaires",
        "partenaires",
        "libraires",
        "secrétaires",
        "gestionnaires",
        "intérimaires",
        "adhérents",
        "restaurateurs",
        "hôteliers",
        "lycéens",
        "lycéennes",
        "collégiens",
        "enseignants",
        "professeurs",
        "profs",
        "formateurs",
        "jeunes",
        "ados",
        "adolescents",
        "retraités",
        "aidants",
        "proches",
        "fans",
        "lecteurs",
        "auteurs",
        "photographes",
        "créateurs",
        "développeurs",
        "designers",
        "architectes",
        "avocats",
        "notaires",
        "comptables",
        "commerciaux",
        "vendeurs",
        "acheteurs",
        "livreurs",
        "chauffeurs",
        "promeneurs",
        "baby-sitters",
        "nounous",
        "assistantes",
        "mamans",
        "papas",
        "femmes",
        "hommes",
        "amis",
        "colocataires",
        "touristes",
        "voyageurs",
        "gérants",
        "responsables",
        "directeurs",
        "crèches",
        "fermes",
        "exploitations",
        "garages",
        "salons",
        "ateliers",
        "hôtels",
        "cafés",
        "bars",
        "magasins",
        "supermarchés",
        "usines",
        "laboratoires",
        "universités",
        "lycées",
        "collèges",
        "municipalités",
        "communes",
        "syndics",
        "copropriétés",
    ]
)
_GROUPS = frozenset(["équipes", "associations", "clubs", "communautés", "collectifs", "groupes"])
_ORGS = frozenset(
    [
        "entreprises",
        "écoles",
        "restaurants",
        "boulangeries",
        "librairies",
        "pharmacies",
        "épiceries",
        "cabinets",
        "hôpitaux",
        "cliniques",
        "mairies",
        "collectivités",
        "pme",
        "startups",
        "agences",
        "commerces",
        "crèches",
        "fermes",
        "exploitations",
        "garages",
        "salons",
        "ateliers",
        "hôtels",
        "cafés",
        "bars",
        "magasins",
        "supermarchés",
        "usines",
        "laboratoires",
        "universités",
        "lycées",
        "collèges",
        "municipalités",
        "communes",
        "syndics",
        "copropriétés",
    ]
)
_GENERIC_PEOPLE = frozenset(
    ["gens", "personnes", "utilisateurs", "utilisatrices", "usagers", "tous"]
)
_NOT_PEOPLE = frozenset(
    [
        "capteurs",
        "moteurs",
        "ordinateurs",
        "erreurs",
        "couleurs",
        "valeurs",
        "fleurs",
        "serveurs",
        "secteurs",
        "compteurs",
        "radiateurs",
        "indicateurs",
        "tableurs",
        "facteurs",
        "odeurs",
        "fichiers",
        "papiers",
        "paniers",
        "calendriers",
        "dossiers",
        "quartiers",
        "chantiers",
        "claviers",
        "courriers",
        "cahiers",
        "loyers",
        "documents",
        "paiements",
        "événements",
        "médicaments",
        "équipements",
        "rendez-vous",
        "devis",
    ]
)
_PAIN = re.compile(
    r"\b(?:perd\w*|galèr\w*|oubli\w*|rat(?:e|ent)|jett?\w*|gaspill\w*|difficile\w*|"
    r"compliqu\w*|problème\w*|frustr\w*|temps fou|à la main|tableurs?|personne ne|"
    r"n[’']arriv\w* pas|ne sai\w* pas|ne savent pas|trop de|trop souvent|impossible|"
    r"en retard|stress\w*|coûte\w*|cher|chaos|se retrouv\w*|doivent|passent des heures|"
    r"des heures|jamais|perte|manqu\w*|épuis\w*|pénible|fastidi\w*|disput\w*|conflits?|"
    r"sans arrêt|casse-tête|bazar|fouillis|débordé\w*|n’ont pas le temps|s’énerv\w*|"
    r"ne trouvent pas|ne trouve pas|s’y perd\w*|s’ennui\w*|galère)\b",
    re.I,
)
_FILLER = re.compile(
    r"^(?:bon|alors|donc|bref|voilà|euh+|ben|bah|enfin|franchement|disons|genre|ok|"
    r"okay|en gros|en fait|du coup|tu vois|vous voyez|eh bien|ah)\b\s*[,]?"
    r"|(?<=[\s,])(?:euh+|genre|en gros|en fait|du coup|tu vois|vous voyez|"
    r"quoi(?=\s*$)|j’sais pas|je sais pas|voilà|franchement|un peu)\b,?"
    r"|^(?:ça fait|cela fait) (?:un moment|longtemps|des mois|des semaines) que j’y pense"
    r"[,\s]*|^j’y (?:pense|réfléchis) depuis (?:un moment|longtemps|des mois)[,\s]*"
    r"|^je (?:me disais|pensais|me suis dit) que\s+",
    re.I,
)
_PROBLEM_IS = re.compile(
    r"^(?:le|mon|notre) (?:vrai |gros |principal )?(?:problème|souci|truc),? "
    r"(?:c’est|est) que\s+",
    re.I,
)
_PITCH_LEADS = [
    re.compile(p, re.I)
    for p in (
        r"^(?:l’idée|mon idée|notre idée|le concept|le projet|la solution|l’objectif)"
        r"(?:\s*,\s*|\s+)(?:c’est|est|serait|ce serait)?\s*(?::\s*)?"
        r"(?:(?:de |d’)(?:créer|faire|lancer|construire|avoir|proposer|monter|développer|"
        r"concevoir|imaginer)\s+)?",
        r"^(?:idée|concept|pitch)\s*:\s*",
        r"^(?:nous|on|je|j’)\s*(?:voulons|voudrions|veut|voudrait|veux|voudrais|aimerions|"
        r"aimerait|aimerais|souhaitons|souhaite|souhaiterions|rêve|rêvons|proposons|propose|"
        r"allons|va|vais|cherchons|cherche|construisons|construit|développons|développe|"
        r"lançons|lance|créons|crée)\s+(?:(?:de |d’)?(?:créer|faire|lancer|construire|"
        r"avoir|proposer|monter|développer|concevoir|imaginer|mettre en place)\s+)?",
        r"^(?:il (?:faudrait|faut|manque|nous faut))\s+",
        r"^(?:on a|nous avons|j’ai) besoin (?:de |d’)",
        r"^(?:imaginez|imagine|imaginons|pensez à)\s+",
        r"^(?:créer|lancer|construire|concevoir|développer|monter)\s+(?=(?:un|une|le|la|l’)\b)",
        r"^(?:c’est|ce serait|ça serait|ça serait comme)\s+(?=(?:un|une|le|la|l’|comme)\b)",
    )
]
_WHAT_IF = re.compile(r"^et si\s+|^et s’(?=ils?\b)", re.I)
_HOW = re.compile(r"^comment (?:on pourrait |pourrait-on |peut-on |pourrions-nous )?", re.I)
_TOKEN = re.compile(
    r"(?:jusqu|lorsqu|puisqu|presqu|qu|[ldjmntcs])’(?=\w)|[\w][\w’-]*[\w]|[\w]|[,:;()?!—–«»]",
    re.I,
)
_BRANDS_MARKET = frozenset(
    ["uber", "airbnb", "blablacar", "leboncoin", "vinted", "etsy", "fiverr", "malt"]
)

# French cues for the kind of product, on top of :func:`kinds.kind_of`.
_KIND_CUES = [
    (
        "internal",
        re.compile(
            r"\b(?:interne|internes|nos équipes|notre équipe|nos salariés|"
            r"nos employés|notre entrepôt|notre service)\b",
            re.I,
        ),
    ),
    (
        "device",
        re.compile(
            r"\b(?:connecté|connectée|connectés|pilulier|capteur|boîtier|"
            r"objet connecté|bracelet|collier|balise|sonde|thermostat|"
            r"détecteur)\b",
            re.I,
        ),
    ),
    (
        "marketplace",
        re.compile(
            r"\b(?:uber|airbnb|blablacar|leboncoin|met en relation|"
            r"mettre en relation|mettent en relation|place de marché|"
            r"louer|échanger|prêter|troquer|revendre|plombier|"
            r"baby-sitters?|promeneurs?|entre voisins)\b",
            re.I,
        ),
    ),
    (
        "health",
        re.compile(
            r"\b(?:santé|patients?|diabét\w*|glycémie|médicaments?|"
            r"médecin|soins?|sommeil|symptômes?|thérap\w*)\b",
            re.I,
        ),
    ),
    (
        "learning",
        re.compile(
            r"\b(?:apprendre|réviser|révisions?|élèves?|étudiants?|"
            r"lycéens?|cours|leçons?|exercices?|bac|examens?|professeurs?)"
            r"\b",
            re.I,
        ),
    ),
    (
        "team",
        re.compile(
            r"\b(?:équipes?|entreprises?|cabinets?|clients?|factur\w*|devis|"
            r"pme|b2b|commerciaux|artisans?)\b",
            re.I,
        ),
    ),
]
_KIND_WEIGHTS = {
    "internal": 4,
    "device": 3,
    "marketplace": 3,
    "health": 2,
    "learning": 2,
    "team": 1,
}


def kind_fr(text: str) -> str:
    scores: dict[str, int] = {}
    for kind, pattern in _KIND_CUES:
        scores[kind] = _KIND_WEIGHTS[kind] * len(pattern.findall(text))
    best = max(scores, key=lambda k: scores[k])
    return best if scores[best] else "consumer"


# --- tokens ------------------------------------------------------------------------------


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.replace("'", "’"))


def join(toks: list[str]) -> str:
    out = ""
    for t in toks:
        if not out:
            out = t
        elif out.endswith("’") or t in (",", ".", ")", "…") or out.endswith(("(", "«")):
            out += t
        else:
            out += " " + t
    return out


def low(t: str) -> str:
    return t.lower().replace("'", "’")


def is_word(t: str) -> bool:
    return bool(re.match(r"\w", t))


def people_kind(word: str) -> str:
    """'person', 'group' or 'org' when ``word`` (a plural noun) names people; else ''."""
    w = low(word)
    if w in _NOT_PEOPLE or not m.is_plural(w):
        return ""
    if w in _GROUPS:
        return "group"
    if w in _ORGS:
        return "org"
    if w in PEOPLE or w in _GENERIC_PEOPLE:
        return "person"
    if re.search(r"(?:eurs|euses|trices|iers|ières|istes|iens|iennes|ants|antes|ents|entes)$", w):
        return "person" if not w.endswith(("ments", "ments")) else ""
    return ""


# --- units -------------------------------------------------------------------------------


def units(text: str) -> list[tuple[str, bool]]:
    """The idea cut into sentences and bullet items, fillers dropped: (text, is_bullet)."""
    out: list[tuple[str, bool]] = []
    for line in text.replace("'", "’").split("\n"):
        line = line.strip()
        if not line:
            continue
        bullet = bool(re.match(r"^(?:[-*•·–—]|\d+[.)])\s+", line))
        line = re.sub(r"^(?:[-*•·–—]|\d+[.)])\s+", "", line)
        for sent in re.split(r"(?<=[.!?…])\s+(?=\S)", line):
            sent = clean(sent)
            if sent:
                out.append((sent, bullet))
    return out


def clean(sent: str) -> str:
    sent = sent.strip().rstrip(".!?…").strip()
    for _ in range(4):
        before = sent
        sent = _FILLER.sub(" ", sent)
        sent = re.sub(r"\s+", " ", sent).strip(" ,")
        if sent == before:
            break
    sent = re.sub(r"\s*,\s*(?:,\s*)+", ", ", sent)
    return sent.strip(" ,;:")


# --- noun phrases ------------------------------------------------------------------------


_DE_DETS = frozenset(
    [
        "la",
        "l’",
        "leurs",
        "leur",
        "ses",
        "son",
        "sa",
        "nos",
        "notre",
        "mes",
        "vos",
        "votre",
        "ces",
        "cette",
    ]
)


def noun_phrase(toks: list[str], i: int, limit: int = 6) -> tuple[list[str], int, str]:
    """A noun phrase at ``toks[i]``: its words (determiner left out), the index after it
    and its determiner ('' if none). Complements with "de" ("associations de quartier",
    "infirmières de l’hôpital") belong to it; it ends at punctuation, at another
    preposition, at a relative pronoun, or at the verb of a plural subject."""
    det = ""
    if i < len(toks) and low(toks[i]) in DETS and low(toks[i]) not in ("de", "d’"):
        det = low(toks[i])
        i += 1
    words: list[str] = []
    head_plural = False
    while i < len(toks) and len(words) < limit:
        t, lt = toks[i], low(toks[i])
        nxt = low(toks[i + 1]) if i + 1 < len(toks) else ""
        if not is_word(t):
            break
        if lt in ("de", "d’", "du", "des") and words and i + 1 < len(toks):
            k = i + 1
            if lt in ("de", "d’") and k < len(toks) and low(toks[k]) in _DE_DETS:
                k += 1
            if k < len(toks) and is_word(toks[k]) and low(toks[k]) not in FUNCTION:
                if m.is_infinitive(toks[k]) and low(toks[k]) not in m.NOT_VERBS:
                    break  # "le temps de gérer ...": a verb, not a complement
                words += toks[i : k + 1]
                i = k + 1
                continue
            break
        if lt == "en" and nxt in ("ligne", "libre", "direct", "temps"):
            words += [t, toks[i + 1]]
            i += 2
            continue
        if lt in ("à", "a") and nxt in ("domicile", "distance", "emporter", "vélo"):
            words += [t, toks[i + 1]]
            i += 2
            continue
        if lt in FUNCTION:
            break
        if words and head_plural and m.is_third_plural(t, guess=True) and lt not in PEOPLE:
            break  # "les boulangeries jettent ...": the subject ends at its verb
        if (
            words
            and not head_plural
            and m.is_third(t)
            and lt not in m.NOT_VERBS
            and not all(low(w) in _PRE_ADJ for w in words)  # "une petite balise"
        ):
            break
        if words and lt in _MODALS:
            break
        if not words:
            head_plural = m.is_plural(t) or det in ("les", "des", "mes", "nos", "vos", "leurs")
        words.append(t)
        i += 1
    while words and low(words[-1]) in FUNCTION:
        words.pop()
        i -= 1
    return words, i, det


_PRE_ADJ = frozenset(
    [
        "petit",
        "petite",
        "petits",
        "petites",
        "grand",
        "grande",
        "grands",
        "grandes",
        "jeune",
        "jeunes",
        "nouveau",
        "nouvel",
        "nouvelle",
        "nouveaux",
        "nouvelles",
        "vieux",
        "vieille",
        "vieilles",
        "vrai",
        "vraie",
        "vrais",
        "vraies",
        "bon",
        "bonne",
        "bons",
        "bonnes",
        "autres",
        "premier",
        "première",
        "premiers",
        "premières",
        "futurs",
        "futures",
        "même",
    ]
)


def head_of(words: list[str]) -> str:
    """The head noun: the first word that is not an adjective placed before the noun."""
    for w in words:
        if low(w) not in _PRE_ADJ:
            return w
    return words[-1] if words else ""


def people_phrase(words: list[str], det: str) -> Phrase | None:
    """An audience: a plural noun phrase whose head names people or organisations."""
    if not words or len(words) > 6:
        return None
    head = head_of(words)
    kind = people_kind(head)
    if not kind:
        return None
    if low(head) in _GENERIC_PEOPLE and len(words) < 2:
        return None  # "les gens", "les utilisateurs": nobody in particular
    if any(low(w) in PRONOUNS | CONJ | REL or m.is_third(w) for w in words):
        return None
    if det not in ("", "les", "des", "aux", "ces"):
        return None
    text = join(words)
    if text[:1].isupper() and text[1:2].islower() and low(words[0]) in PEOPLE | _ORGS:
        text = text[:1].lower() + text[1:]
    g = m.gender(head)
    one = singular_phrase(words)
    return Phrase(text, "les", g, True, kind, one)


def singular_phrase(words: list[str]) -> str:
    """ "associations de quartier" -> "association de quartier"; "parents séparés" ->
    "parent séparé". Words after "de" keep their number."""
    out: list[str] = []
    after_de = False
    for w in words:
        lw = low(w)
        if lw in ("de", "d’", "du", "des", "à", "en", "la", "l’"):
            after_de = True
            out.append(w)
            continue
        if (
            after_de
            and out
            and not m.is_plural(out[-1])
            and m.is_plural(w)
            and low(out[-1]) not in ("de", "d’", "du", "des", "la", "l’")
        ):
            out.append(m.singular(w))  # "clubs de foot amateurs": "amateurs" is the clubs'
            continue
        out.append(w if after_de else m.singular(w))
    text = join(out)
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


def product_phrase(words: list[str], det: str) -> Phrase:
    text = join(words)
    if text[:1].isupper() and text[1:2].islower():
        text = text[:1].lower() + text[1:]
    head = head_of(words)
    g = {"un": "m", "une": "f"}.get(det, "") or m.gender(head)
    return Phrase(text, det if det in ("un", "une") else "", g, False, "thing", "")


# --- promises ----------------------------------------------------------------------------

_NEUTRAL = {"leurs": "les", "ses": "les", "mes": "les", "nos": "les"}


def neutral(words: list[str]) -> list[str]:
    """Possessives with no owner on the page become articles: "leurs manuels" -> "les
    manuels", "de leurs factures" -> "des factures", "leur glycémie" -> "la glycémie"."""
    out: list[str] = []
    for k, w in enumerate(words):
        lw = low(w)
        nxt = words[k + 1] if k + 1 < len(words) else ""
        if lw in _NEUTRAL:
            if out and low(out[-1]) in ("de", "d’"):
                out[-1] = "des"
                continue
            if out and low(out[-1]) == "à":
                out[-1] = "aux"
                continue
            out.append("les")
        elif lw in ("leur", "son", "sa", "mon", "ma", "notre") and nxt and is_word(nxt):
            if m.infinitive(nxt) and lw == "leur":
                continue  # "leur envoie": a pronoun, dropped ("envoie un rappel")
            g = m.gender(nxt)
            if m.starts_with_vowel(nxt):
                art = "l’"
            elif g:
                art = "le" if g == "m" else "la"
            else:
                return words
            if out and low(out[-1]) in ("de", "d’") and art == "le":
                out[-1] = "du"
                continue
            if out and low(out[-1]) == "à" and art == "le":
                out[-1] = "au"
                continue
            out.append(art)
        else:
            out.append(w)
    return _glue(out)


def _glue(words: list[str]) -> list[str]:
    """Elision inside a rebuilt chunk: "l’" is a token of its own; "de" + vowel -> "d’"."""
    out: list[str] = []
    for w in words:
        if out and low(out[-1]) in ("de", "le", "la") and m.starts_with_vowel(w):
            out[-1] = out[-1][0] + "’"
        out.append(w)
    return out


_STOP_CLAUSE = frozenset(
    ["parce", "afin", "quand", "lorsque", "lorsqu’", "pendant", "tandis", "car", "sinon"]
)
# What cannot end a phrase; "chez eux", "pour tous", "associez-le" can.
_BAD_END = (
    DETS
    | PREPS
    | CONJ
    | REL
    | frozenset(
        [
            "je",
            "j’",
            "tu",
            "il",
            "ils",
            "on",
            "se",
            "s’",
            "me",
            "m’",
            "te",
            "t’",
            "ne",
            "n’",
            "est",
            "sont",
            "a",
            "ont",
            "si",
            "comme",
            "quand",
            "lorsque",
            "parce",
            "afin",
            "plus",
            "moins",
            "très",
        ]
    )
)


def strip_tail(rest: list[str]) -> list[str]:
    while rest and (not is_word(rest[-1]) or low(rest[-1]) in _BAD_END):
        rest = rest[:-1]
    return rest


def fit(words: list[str], limit: int) -> list[str]:
    """At most ``limit`` words, cut before a boundary word so no phrase is broken."""
    words = strip_tail(words)
    if len(words) <= limit:
        return words
    best = 0
    for k in range(2, limit + 1):
        if k < len(words) and (
            low(words[k]) in PREPS | CONJ | REL | _STOP_CLAUSE or words[k] in (",", ";", ":")
        ):
            best = k
    return strip_tail(words[:best])


def split_verbs(toks: list[str], start: int, form: str) -> list[tuple[str, list[str], list[str]]]:
    """Split ``toks[start:]`` into verb phrases joined by ',' or 'et'.

    ``form`` is "3sg" (qui prévoit ..., envoie ...), "3pl" or "inf" (suivre ..., relancer
    ...). Returns (verb, clitics before it, rest) triples; the clause ends at "parce que",
    "afin de", ";" and the like."""
    out: list[tuple[str, list[str], list[str]]] = []
    i, n = start, len(toks)

    def verb_at(j: int, strict: bool) -> tuple[int, list[str]] | None:
        cl: list[str] = []
        while j < n and low(toks[j]) in _CLITICS and j + 1 < n:
            cl.append(toks[j])
            j += 1
        while j < n and low(toks[j]) in ADVERBS:
            j += 1
        if j >= n or not is_word(toks[j]) or low(toks[j]) in FUNCTION - _CLITICS:
            return None
        t = toks[j]
        if form == "3sg":
            ok = m.is_third(t) or (not strict and m.is_third(t, guess=True))
        elif form == "3pl":
            ok = m.is_third_plural(t) or (not strict and m.is_third_plural(t, guess=True))
        else:
            ok = m.is_infinitive(t) or (not strict and m.is_infinitive(t, guess=True))
        if not ok or (cl and low(cl[-1]) in ("la", "le", "les") and not m.infinitive(t)):
            return None
        return j, cl

    first = verb_at(i, strict=False)
    if first is None:
        return out
    i, clitics = first
    verb, rest = toks[i], []
    i += 1
    while i < n:
        t, lt = toks[i], low(toks[i])
        if lt in ("quand", "lorsque", "lorsqu’") and not rest and form == "3sg":
            # "sonne quand vous vous éloignez": the clause is all it says
            clause = to_vous(toks[i : i + 9])
            mine = {"mon": "votre", "ma": "votre", "mes": "vos"}
            rest = [mine.get(low(w), w) for w in clause if w not in (",", ";")]
            break
        if lt in _STOP_CLAUSE or t in (";", "(", "—", "–", ":", "?", "!"):
            break
        if t == "," or lt in ("et", "puis"):
            j = i + 1
            while j < n and low(toks[j]) in ("et", "puis", ",", "aussi", "enfin", "à", "de", "d’"):
                j += 1
            nxt = verb_at(j, strict=True) if j < n else None
            if nxt is None and j < n and form != "inf" and low(toks[j]) not in DETS:
                nxt = verb_at(j, strict=False)
                if nxt and not (nxt[0] + 1 < n and low(toks[nxt[0] + 1]) in DETS | PREPS):
                    nxt = None
            if nxt is not None:
                out.append((verb, clitics, rest))
                i, clitics = nxt
                verb, rest = toks[i], []
                i += 1
                continue
            if t == "," and not (j < n and low(toks[j]) in DETS):
                break
        rest.append(t)
        i += 1
    out.append((verb, clitics, rest))
    return [(v, c, strip_tail(r)) for v, c, r in out if v]


_WEAK = frozenset(
    [
        "fixer",
        "poser",
        "brancher",
        "accrocher",
        "clipser",
        "installer",
        "glisser",
        "placer",
        "visser",
        "coller",
    ]
)
_TO_DE = frozenset(
    [
        "permettre",
        "rappeler",
        "proposer",
        "demander",
        "conseiller",
        "suggérer",
        "éviter",
        "apprendre",
    ]
)


def title_of(inf: str, clitics: list[str], rest: list[str]) -> str:
    """A feature title: the infinitive and its object, at most 6 words, ending on a
    content word ("Prévoir la demande du lendemain", "Encaisser les cotisations")."""
    verb = inf
    if clitics and low(clitics[0]) in ("se", "s’"):
        verb = ("s’" if m.starts_with_vowel(inf) else "se ") + inf
    rest = neutral(rest)
    # "rappeler aux personnes âgées de prendre ...": keep "de prendre ..."
    if inf in _TO_DE and rest and low(rest[0]) in ("à", "aux", "au"):
        for k, w in enumerate(rest):
            if low(w) in ("de", "d’") and k + 1 < len(rest):
                rest = rest[k:]
                break
    words = [verb, *rest]
    cut = len(words)
    for k in range(1, len(words)):
        lk = low(words[k])
        if (
            lk in ("ceux", "celles")
            and k + 1 < len(words)
            and low(words[k + 1]) == "qui"
            and len(words) <= 7
        ):
            break
        if (
            lk in REL | _STOP_CLAUSE
            or words[k] in (",", ";", ":")
            or (lk in ("et", "ou") and not (k + 1 < len(words) and low(words[k + 1]) in DETS))
        ):
            cut = k
            break
    words = words[:cut]

    def size(ws: list[str]) -> int:
        return len(join(ws).split())

    if size(words) > 6:
        best = 0
        for k in range(2, len(words)):
            lk = low(words[k])
            if size(words[:k]) > 6:
                break
            if (lk in PREPS | CONJ and lk not in ("de", "d’", "du", "des")) or lk[:1].isdigit():
                best = k
        words = words[:best] if best else []
    # "signaler une panne à leur propriétaire": a possessive with no owner on the page,
    # or "près de chez eux": a pronoun; the title ends before them.
    for k in range(1, len(words)):
        if low(words[k]) in set(_NEUTRAL) | {"leur", "son", "sa"} | (
            PRONOUNS - {"en", "y", "tout"}
        ):
            words = words[:k]
            break
    while words and (not is_word(words[-1]) or low(words[-1]) in FUNCTION | _BAD_END):
        words = words[:-1]
    if len(words) < 2:
        return ""
    if not words or low(words[-1]) in PRONOUNS | FUNCTION:
        return ""
    text = join(words)
    return text[:1].upper() + text[1:]


def product_promise(verb: str, clitics: list[str], rest: list[str]) -> Promise | None:
    """ "prévoit la demande du lendemain" (or "prévoir ...") -> a promise of the product."""
    inf = m.infinitive(verb, guess=True)
    if not inf:
        return None
    rest = fit(rest, 10)
    if not rest and inf not in ("aider",):
        return None
    if low(verb) in ("ne", "n’"):
        return None
    cl = [c for c in clitics if low(c) not in ("leur", "lui")]
    if any(low(c) in ("les", "la", "le", "l’") for c in cl):
        return None  # "les envoie": what "les" stands for is not on the page
    # "rappelle aux personnes âgées de prendre leurs médicaments": the owner is named
    first_own = next((k for k, w in enumerate(rest) if low(w) in _NEUTRAL), len(rest))
    owner = any(people_kind(w) for w in rest[:first_own])
    does_rest = rest if owner else neutral(rest)
    third = m.third(inf) if not m.is_third(verb) else low(verb)
    refl = [low(c) for c in cl if low(c) in ("se", "s’")]
    vous = [c for c in cl if low(c) == "vous"]
    pre = refl or [low(c) for c in vous]
    if pre and pre[0] in ("se", "s’"):
        pre = ["s’" if m.starts_with_vowel(third) else "se"]
    does = join([*pre, third, *does_rest])
    base_pre = ["s’" if m.starts_with_vowel(inf) else "se"] if refl else []
    base = join([*base_pre, inf, *does_rest])
    return Promise(
        does=does,
        base=base,
        title=title_of(inf, cl, rest),
        agent="product",
        subjunctive=inf if inf in _WEAK else "",
    )


def user_promise(inf: str, rest: list[str], subject: str, lead: str = "permet") -> Promise | None:
    """What people do with the product: "les étudiants pouvaient échanger leurs manuels"
    -> subject "les étudiants", base "échanger leurs manuels", does "permet aux
    étudiants d’échanger leurs manuels"."""
    inf = low(inf)
    if not m.is_infinitive(inf, guess=True):
        return None
    rest = fit(rest, 10)
    if not rest:
        return None
    base = join([inf, *rest])
    if subject == "you":
        base = shift_person(join([inf, *rest]), "vous")
        does = ("vous aide à " if lead == "aide" else "vous permet de ") + base
    elif lead == "aide":
        does = f"aide {subject} à {base}"
    else:
        does = f"permet {_to(subject)} de {base}"
    return Promise(
        does=_tidy_seams(does),
        base=base,
        title=title_of(
            inf, [], tokens(shift_person(join(rest), "vous")) if subject == "you" else rest
        ),
        agent="user",
        subject=subject,
    )


def _to(subject: str) -> str:
    """ "les étudiants" -> "aux étudiants"; "chaque joueur" -> "à chaque joueur"."""
    low_s = subject.lower()
    if low_s.startswith("les "):
        return "aux " + subject[4:]
    if low_s.startswith("le "):
        return "au " + subject[3:]
    return "à " + subject


def _tidy_seams(text: str) -> str:
    text = re.sub(r"\bde (?=(?:[aeiouéèêàâîôû]|h(?!a[mcrs]))\w)", "d’", text)
    return re.sub(r"\bque (?=[aeiouéèêàâîôû]\w)", "qu’", text)


# --- the reader --------------------------------------------------------------------------


class _Reader:
    def __init__(self, text: str) -> None:
        self.r = Reading(lang="fr", text=text, kind=kind_fr(text.replace("'", "’")))
        self.pains: list[str] = []

    def read(self) -> Reading:
        r = self.r
        pitched = False
        us = units(r.text)
        lead_at = next(
            (k for k, (u, b) in enumerate(us) if not b and any(ld.match(u) for ld in _PITCH_LEADS)),
            -1,
        )
        for n, (u, bullet) in enumerate(us):
            body = u
            if n < lead_at and not bullet and not _PROBLEM_IS.match(body):
                self.pains.append(body)
                continue
            mm = _PROBLEM_IS.match(body)
            if mm:
                rest = body[mm.end() :]
                parts = re.split(
                    r",?\s+(?:alors|donc|du coup)?\s*(?:et si|imaginez|imagine)\s+",
                    rest,
                    maxsplit=1,
                )
                self.pains.append(parts[0])
                if len(parts) == 1:
                    continue
                body = "et si " + parts[1]
            pitch = False
            for lead in _PITCH_LEADS:
                mm = lead.match(body)
                if mm and mm.end() < len(body):
                    body = body[mm.end() :]
                    pitch = True
                    break
            if bullet:
                self.bullet(body)
                continue
            toks = tokens(body)
            if not toks:
                continue
            if not pitch and not pitched and self.looks_like_pitch(toks):
                pitch = True
            if not pitch and _PAIN.search(body) and not self.it_subject(toks):
                self.pains.append(body)
                if not pitched or n == 0:
                    continue
            if not pitched:
                pitched = self.pitch(body, toks)
                if pitched:
                    continue
            self.more(toks)
        self.finish()
        return r

    # -- the pitch ---------------------------------------------------------------------
    def looks_like_pitch(self, toks: list[str]) -> bool:
        words, _, det = noun_phrase(toks, 0)
        if not words:
            return False
        head = low(head_of(words))
        if det in ("un", "une"):
            return True
        return head in PRODUCT_NOUNS

    def pitch(self, body: str, toks: list[str]) -> bool:
        r = self.r
        mm = _WHAT_IF.match(body)
        if mm:
            rest = tokens(body[mm.end() :])
            # "Et si on créait une appli qui ..." / "Et s’il existait un outil ..."
            if rest and low(rest[0]) in ("on", "nous", "il") and len(rest) > 2:
                k = 2 if low(rest[1]) not in ("y",) else 3
                if low(rest[0]) == "il" and low(rest[1]) in ("y",):
                    k = 3
                return self.product_first(rest[k:])
            return self.clause(rest)
        mm = _HOW.match(body)
        if mm:
            rest = tokens(body[mm.end() :])
            if rest and low(rest[0]) in ("aider", "permettre"):
                return self.help(rest)
            return False
        lt0 = low(toks[0])
        if lt0 in ("aidez", "aider", "aide", "aidons"):
            return self.help(toks)
        if lt0 in ("permettez", "permettre", "permettons"):
            self.lets(toks, 1)
            return bool(r.promises)
        # "un Uber pour promeneurs de chiens", "le Airbnb du matériel de camping"
        k = 1 if lt0 in ("un", "une", "le", "la", "l’") else 0
        if (
            len(toks) > k + 1
            and toks[k][:1].isupper()
            and low(toks[k]) not in PRODUCT_NOUNS | FUNCTION
            and (k or not m.is_infinitive(toks[k], guess=True))
            and low(toks[k + 1]) in ("pour", "du", "de", "des", "d’")
        ):
            r.brand = toks[k]
            if low(toks[k]) in _BRANDS_MARKET:
                r.kind = "marketplace"
            j = k + 1
            if low(toks[j]) == "pour":
                self.audience_or_topic(toks, j + 1)
            else:
                art = {"du": "le", "des": "les"}.get(low(toks[j]), "")
                words, _, det = noun_phrase(toks, j + 1)
                if words:
                    aud = people_phrase(words, det or ("les" if art == "les" else ""))
                    if aud:
                        r.audience = aud
                    else:
                        r.topic = join([art or det, *words]) if (art or det) else join(words)
            return True
        # "Trouvez un plombier ...", "Trouver un plombier ...": what the user does.
        if toks[0][:1].isupper() and low(toks[0]) not in PRODUCT_NOUNS:
            inf = ""
            if lt0.endswith("ez") and m.infinitive(lt0, guess=True):
                inf = m.infinitive(lt0, guess=True)
            elif m.is_infinitive(lt0) or (
                m.is_infinitive(lt0, guess=True) and len(toks) > 1 and low(toks[1]) in DETS | PREPS
            ):
                inf = lt0
            if inf:
                for verb, _cl, rest in split_verbs([inf, *toks[1:]], 0, "inf"):
                    p = user_promise(m.infinitive(verb, guess=True) or verb, rest, "you")
                    if p:
                        r.promises.append(p)
                return bool(r.promises)
        return self.product_first(toks)

    def product_first(self, toks: list[str]) -> bool:
        r = self.r
        words, j, det = noun_phrase(toks, 0)
        if not words:
            return self.clause(toks)
        head = low(head_of(words))
        if det in ("les", "des", "") and people_kind(head) and head not in PRODUCT_NOUNS:
            return self.clause(toks)
        if det not in ("un", "une", "le", "la", "l’", "") and head not in PRODUCT_NOUNS:
            return self.clause(toks)
        if (
            det == ""
            and head not in PRODUCT_NOUNS
            and not (j < len(toks) and low(toks[j]) in ("pour", "qui", "où"))
        ):
            return self.clause(toks)
        if head in ("truc", "moyen", "chose", "façon", "endroit"):
            words = []
        if words:
            r.product = product_phrase(words, det)
        self.after(toks, j)
        return True

    def after(self, toks: list[str], j: int) -> None:
        """What follows the product: "pour X", "qui ...", "où ...", ", avec ..."."""
        r, n = self.r, len(toks)
        while j < n:
            t = low(toks[j])
            if t == "pour" and j + 1 < n:
                nxt = toks[j + 1]
                if m.is_infinitive(nxt, guess=True) and low(nxt) not in DETS | m.NOT_VERBS:
                    for verb, cl, rest in split_verbs(toks, j + 1, "inf"):
                        self.add_product(verb, cl, rest)
                    self.trailing_with(toks, j + 1)
                    return
                if r.audience is None and not r.topic:
                    j = self.audience_or_topic(toks, j + 1)
                    continue
            if t in ("qui", "qu’"):
                self.relative(toks, j + 1)
                self.trailing_with(toks, j + 1)
                return
            if t in ("où", "dont") or (t == "sur" and j + 2 < n and low(toks[j + 1]) == "laquelle"):
                self.clause(toks[j + (1 if t != "sur" else 2) :])
                return
            if t == "avec" and j + 1 < n:
                words, k, det = noun_phrase(toks, j + 1)
                if k < n and low(toks[k]) == "qui":
                    self.relative(toks, k + 1)
                    return
                if words and det in ("des", "un", "une", "les", "le", "la", "l’"):
                    self.with_feature(toks[j + 1 : k + 6])
                j = max(k, j + 1)
                continue
            if t in (",", ":", "—", "–") and j + 1 < n:
                sub = toks[j + 1 :]
                if sub and low(sub[0]) in ("qui", "elle", "il", "ça"):
                    self.relative(sub, 1)
                    return
                if sub and m.is_third(sub[0]):
                    self.relative(sub, 0)
                    return
                j += 1
                continue
            if m.is_third(toks[j]) and t not in m.NOT_VERBS:
                self.relative(toks, j)
                return
            j += 1

    def trailing_with(self, toks: list[str], i: int) -> None:
        """ "..., avec des exercices tirés de ...": what comes with it, after a clause."""
        for k in range(i, len(toks) - 2):
            if toks[k] == "," and low(toks[k + 1]) == "avec":
                self.with_feature(toks[k + 2 :])
                return

    def audience_or_topic(self, toks: list[str], i: int) -> int:
        r = self.r
        words, j, det = noun_phrase(toks, i)
        if not words:
            return max(j, i + 1)
        aud = people_phrase(words, det)
        if aud:
            r.audience = aud
            if det in ("nos", "notre"):
                r.kind = "internal"
            return j
        if det in ("nos", "notre", "mon", "ma", "mes"):
            if det in ("nos", "notre"):
                r.internal = True
            return j
        if len(words) <= 4 and not any(m.is_third(w) for w in words[1:]):
            text = join(words)
            if text[:1].isupper() and text[1:2].islower():
                text = text[:1].lower() + text[1:]
            r.topic = (
                f"{det} {text}"
                if det in ("le", "la", "les")
                else (f"l’{text}" if det == "l’" else text)
            )
        return j

    def relative(self, toks: list[str], i: int) -> None:
        """ "qui prévoit X et réduit Y", "qui permet aux X de Y", "qui aide les X à Y"."""
        r, n = self.r, len(toks)
        while i < n and low(toks[i]) in ADVERBS:
            i += 1
        if i >= n:
            return
        lt = low(toks[i])
        if lt in ("permet", "permette", "permettra", "permettrait"):
            self.lets(toks, i + 1)
            return
        if lt in ("aide", "aidera", "aiderait", "aident"):
            self.help(toks[i:])
            return
        for verb, cl, rest in split_verbs(toks, i, "3sg"):
            inf = m.infinitive(verb, guess=True)
            if inf == "permettre":
                self.lets([*cl, verb, *rest], len(cl) + 1)
                continue
            if inf in ("mettre", "relier", "connecter") and rest[:2] and low(rest[0]) == "en":
                # "met en relation des parents avec des baby-sitters"
                words, _, det = noun_phrase(rest, 2)
                aud = people_phrase(words, det)
                if aud and r.audience is None:
                    r.audience = aud
            elif rest and low(rest[0]) in ("aux", "à") and r.audience is None:
                words, _, det = noun_phrase(rest, 1)
                aud = people_phrase(words, "les" if low(rest[0]) == "aux" else det)
                if aud:
                    r.audience = aud
            self.add_product(verb, cl, rest)

    def add_product(self, verb: str, cl: list[str], rest: list[str]) -> None:
        p = product_promise(verb, cl, rest)
        if p:
            self.r.promises.append(p)
        inf = m.infinitive(verb, guess=True)
        if inf in ("apprendre", "enseigner") and self.r.audience is None:
            for k, w in enumerate(rest):
                if low(w) in ("aux", "à"):
                    words, _, det = noun_phrase(rest, k + 1)
                    aud = people_phrase(words, "les" if low(w) == "aux" else det)
                    if aud:
                        self.r.audience = aud
                        break

    def lets(self, toks: list[str], i: int) -> None:
        """After "permet": "aux artisans de créer des devis", "de réserver un créneau"."""
        r, n = self.r, len(toks)
        subject = "you"
        if i < n and low(toks[i]) in ("aux", "à", "au"):
            words, j, det = noun_phrase(toks, i + 1)
            aud = people_phrase(words, "les" if low(toks[i]) == "aux" else det)
            if aud is None:
                return
            r.audience = r.audience or aud
            subject = "les " + aud.text
            i = j
        elif i < n and low(toks[i]) == "vous":
            i += 1
        elif i > 1 and low(toks[i - 2]) == "leur":
            aud = r.audience or self.audience_of_pains()
            if aud:
                r.audience = aud
                subject = "les " + aud.text
        if i < n and low(toks[i]) in ("de", "d’"):
            i += 1
        for verb, _cl, rest in split_verbs(toks, i, "inf"):
            p = user_promise(m.infinitive(verb, guess=True) or verb, rest, subject)
            if p:
                r.promises.append(p)

    def audience_of_pains(self) -> Phrase | None:
        """ "Les restaurateurs jettent ...": the people the problem is about."""
        for p in self.pains:
            toks = tokens(p)
            words, j, det = noun_phrase(toks, 0)
            aud = people_phrase(words, det) if det in ("les", "des", "") else None
            if aud and j < len(toks) and is_word(toks[j]):
                return aud
        return None

    def help(self, toks: list[str]) -> bool:
        """ "Aidez les patients diabétiques à suivre leur glycémie et à préparer ..."."""
        r = self.r
        words, j, det = noun_phrase(toks, 1)
        if j >= len(toks) or low(toks[j]) not in ("à", "a"):
            return False
        aud = people_phrase(words, det) if words else None
        if aud is None:
            if low(" ".join(words)) not in ("vous", "les gens", "chacun"):
                return False
            subject = "you"
        else:
            r.audience = r.audience or aud
            subject = "les " + aud.text
        found = False
        for verb, _cl, rest in split_verbs(toks, j + 1, "inf"):
            p = user_promise(m.infinitive(verb, guess=True) or verb, rest, subject, "aide")
            if p:
                r.promises.append(p)
                found = True
        return found

    def clause(self, toks: list[str]) -> bool:
        """A clause with its own subject: "les étudiants pouvaient échanger ...", "les
        clubs publient leurs matchs et les joueurs reçoivent une alerte"."""
        r = self.r
        if not toks:
            return False
        lt0 = low(toks[0])
        if lt0 in ("on", "vous", "tu", "je", "j’", "nous"):
            k = 1
            if k < len(toks) and (low(toks[k]) in _MODALS or low(toks[k]) in _YOU_MODALS):
                k += 1
            found = False
            for verb, _cl, rest in split_verbs(toks, k, "inf" if k == 2 else "3sg"):
                inf = m.infinitive(verb, guess=True)
                p = user_promise(inf, rest, "you") if inf else None
                if p:
                    r.promises.append(p)
                    found = True
            return found
        if lt0 in ("elle", "il", "ça"):
            for verb, cl, rest in split_verbs(toks, 1, "3sg"):
                self.add_product(verb, cl, rest)
            return bool(r.promises)
        words, j, det = noun_phrase(toks, 0)
        if not words or j >= len(toks):
            return False
        aud = people_phrase(words, det if det != "des" else "les")
        plural = m.is_plural(head_of(words)) or det in ("les", "des")
        if aud:
            subject = "les " + aud.text
        elif det == "chaque" and not plural:
            subject = f"chaque {join(words)}"
        else:
            return False
        k = j
        form = "3pl" if plural else "3sg"
        if low(toks[k]) in _MODALS:
            k += 1
            form = "inf"
        found = False
        for verb, _cl, rest in split_verbs(toks, k, form):
            cut = self.new_subject(rest)
            inf = m.infinitive(verb, guess=True)
            p = user_promise(inf, rest[:cut] if cut else rest, subject) if inf else None
            if p:
                r.promises.append(p)
                found = True
                if aud and r.audience is None:
                    r.audience = aud
            if cut and self.clause(rest[cut + 1 :]):
                found = True
        return found

    def new_subject(self, rest: list[str]) -> int:
        """Index of an "et" that starts a new clause ("... et les joueurs reçoivent ...")."""
        for i, t in enumerate(rest):
            if low(t) == "et" and i + 2 < len(rest):
                words, j, det = noun_phrase(rest, i + 1)
                if (
                    words
                    and j < len(rest)
                    and det in ("les", "des", "chaque", "")
                    and people_kind(head_of(words))
                    and (
                        m.is_third_plural(rest[j], guess=True)
                        or m.is_third(rest[j])
                        or low(rest[j]) in _MODALS
                    )
                ):
                    return i
        return 0

    def with_feature(self, toks: list[str]) -> None:
        """ ", avec des exercices tirés de leurs vraies factures": something it offers."""
        words, _, det = noun_phrase(toks, 0)
        if not words or len(words) < 2:
            return
        nwords = neutral(words)
        phrase = join([det if det not in ("les", "le", "la", "l’") else "des", *nwords])
        if det in ("un", "une"):
            phrase = join([det, *nwords])
        title = join(fit(nwords, 5))
        title = title[:1].upper() + title[1:]
        if len(title.split()) < 2 or low(title.split()[-1]) in FUNCTION:
            return
        self.r.promises.append(
            Promise(does=f"propose {phrase}", base=f"proposer {phrase}", title=title)
        )

    def bullet(self, body: str) -> None:
        toks = tokens(body)
        if not toks:
            return
        lt0 = low(toks[0])
        if m.is_infinitive(lt0, guess=True) and lt0 not in m.NOT_VERBS:
            # "- réserver un créneau", "- payer en ligne": what people do with it
            for verb, _cl, rest in split_verbs(toks, 0, "inf"):
                p = user_promise(m.infinitive(verb, guess=True) or low(verb), rest, "you")
                if p:
                    self.r.promises.append(p)
            return
        if m.is_third(lt0):
            for verb, cl, rest in split_verbs(toks, 0, "3sg"):
                self.add_product(verb, cl, rest)
            return
        if _PAIN.search(body):
            self.pains.append(body)
            return
        if not self.r.product and self.looks_like_pitch(toks):
            self.product_first(toks)
            return
        self.more(toks)

    def it_subject(self, toks: list[str]) -> bool:
        return bool(toks) and low(toks[0]) in ("elle", "il", "l’appli", "l’application", "ça")

    def more(self, toks: list[str]) -> None:
        """A sentence after the pitch: "Elle envoie aussi ...", "Les joueurs peuvent ..."."""
        if not toks:
            return
        lt0 = low(toks[0])
        if lt0 in ("elle", "il", "ça", "cela"):
            k = 1
            while k < len(toks) and low(toks[k]) in ADVERBS:
                k += 1
            if k < len(toks) and low(toks[k]) in ("permet", "permettra"):
                self.lets(toks, k + 1)
                return
            if k < len(toks) and low(toks[k]) in _MODALS:
                for verb, cl, rest in split_verbs(toks, k + 1, "inf"):
                    self.add_product(verb, cl, rest)
                return
            self.relative(toks, 1)
            return
        if lt0 in ("l’appli", "l’application", "l’outil", "la", "le", "l’"):
            words, j, _ = noun_phrase(toks, 0)
            if words and low(head_of(words)) in PRODUCT_NOUNS and j < len(toks):
                self.relative(toks, j)
                return
        self.clause(toks)

    # -- after all units ---------------------------------------------------------------
    def finish(self) -> None:
        r = self.r
        for p in self.pains:
            pain = pain_of(p)
            if pain:
                r.pain = pain
                break
        if r.audience is None:
            r.audience = self.audience_of_pains()
        if r.audience is None:
            for p in r.promises:
                if p.agent == "user" and p.subject.startswith("les "):
                    words = tokens(p.subject[4:])
                    aud = people_phrase(words, "les")
                    if aud:
                        r.audience = aud
                        break
        # Where it goes ("se fixe sur la ruche") says nothing the user gains: last.
        r.promises.sort(key=lambda p: bool(p.subjunctive))
        r.promises = [
            Promise(
                does=p.does,
                base=p.base,
                title=p.title,
                sentence=p.sentence,
                agent=p.agent,
                subject=p.subject,
            )
            for p in r.promises
        ]
        if r.kind == "consumer" and r.audience and r.audience.group == "org":
            r.kind = "team"
        if r.kind == "internal" or r.internal:
            r.internal = True
            r.kind = "internal"
        r.keywords = keywords(r)


def pain_of(sent: str) -> str:
    """The pain as a whole clause of at most 12 of the idea's words, in the third person
    or addressed to the reader ("votre club ..."); '' if it cannot be said safely."""
    toks = tokens(sent)
    if not toks or low(toks[0]) in CONJ | PREPS | REL:
        return ""
    toks = to_vous(toks)
    if not toks or any(low(t) in ("je", "j’", "nous", "moi", "me", "m’") for t in toks):
        return ""
    shift = {"mon": "votre", "ma": "votre", "mes": "vos", "notre": "votre", "nos": "vos"}
    toks = [shift.get(low(t), t) if low(t) in shift else t for t in toks]
    words = fit(toks, 12)
    if len(words) < 4:
        return ""
    if not any(
        m.is_third(w, guess=True)
        or m.is_third_plural(w, guess=True)
        or (low(w).endswith(("ez", "êtes", "faites", "dites")) and m.infinitive(w, guess=True))
        for w in words
    ):
        return ""
    out = join(words)
    return out[:1].upper() + out[1:]


_VOUS = {
    "suis": "êtes",
    "ai": "avez",
    "peux": "pouvez",
    "dois": "devez",
    "veux": "voulez",
    "sais": "savez",
    "vais": "allez",
    "fais": "faites",
    "dis": "dites",
}


def to_vous(toks: list[str]) -> list[str]:
    """ "je perds toujours mes clés" -> "vous perdez toujours vos clés": the pain said to
    the reader; [] when a verb cannot be put in the "vous" form."""
    out: list[str] = []
    i = 0
    while i < len(toks):
        t = low(toks[i])
        if t not in ("je", "j’"):
            out.append(toks[i])
            i += 1
            continue
        out.append("vous" if toks[i].islower() else "Vous")
        i += 1
        if i < len(toks) and low(toks[i]) in ("ne", "n’"):
            out.append("ne")
            i += 1
        if i < len(toks) and low(toks[i]) in ("me", "m’"):
            out.append("vous")
            i += 1
        if i >= len(toks):
            return []
        v = low(toks[i])
        form = _VOUS.get(v, "")
        if not form:
            inf = m.infinitive(v) or m.infinitive(v[:-1]) or m.infinitive(v[:-1] + "t")
            inf = inf or (m.infinitive(v, guess=True) if v.endswith("e") else "")
            form = m.imperative(inf) if inf else ""
        if not form:
            return []
        out.append(form)
        i += 1
    return _glue([w for w in out])


_KEY_STOP = frozenset(
    [
        "chose",
        "choses",
        "truc",
        "trucs",
        "moyen",
        "façon",
        "temps",
        "fois",
        "jour",
        "jours",
        "heure",
        "heures",
        "semaine",
        "semaines",
        "mois",
        "année",
        "an",
        "ans",
        "cas",
        "besoin",
        "vraies",
        "vrais",
        "tout",
        "toute",
        "tous",
        "toutes",
        "même",
        "autre",
        "autres",
        "ceux",
        "celles",
        "quelqu’un",
        "personne",
        "relation",
        "contact",
        "place",
        "compte",
        "ligne",
        "partir",
        "fonction",
        "charge",
        "suivant",
        "suivante",
        "suivants",
        "suivantes",
        "prochain",
        "prochaine",
        "dernier",
        "dernière",
        "moins",
        "mieux",
        "arrêt",
        "demande",
        "gestion",
        "suivi",
        "liste",
        "prix",
        "données",
        "information",
        "informations",
        "service",
        "mise",
        "point",
        "partie",
        "niveau",
        "type",
        "fil",
        "coup",
        "retour",
        "moment",
        "lendemain",
        "veille",
        "matin",
        "soir",
        "nuit",
        "matériel",
        "équipement",
        "affaires",
        "objets",
        "produits",
        "contenu",
    ]
)


_NOUN_TE = ("ité", "ités", "santé", "liberté", "volonté", "beauté", "été", "café", "cafés")


def keywords(r: Reading) -> list[str]:
    """Content nouns of the idea, the most telling first: the product's complements, the
    topic, the promises' objects, then the audience."""
    seen: list[str] = []

    def add(text: str) -> None:
        prev = ""
        for w in tokens(text):
            lw, before, prev = low(w), prev, low(w)
            if (
                before in ("se", "s’")
                or len(lw) < 3
                or lw in FUNCTION
                or lw in _KEY_STOP
                or lw in PRODUCT_NOUNS
                or m.is_infinitive(lw)
                or (lw.endswith("ez") and m.infinitive(lw, guess=True))
                or not lw.replace("-", "").isalpha()
                or (lw.endswith(("é", "és")) and not lw.endswith(_NOUN_TE))
                or lw.endswith(("ment", "ée", "ées", "ant", "eux", "euse", "ique", "ible", "able"))
            ):
                continue
            word = m.singular(lw)
            if word not in seen:
                seen.append(word)

    people: list[str] = []
    if r.product:
        add(" ".join(r.product.text.split()[1:]))
    add(r.topic)
    for p in r.promises:
        add(p.base.split(" ", 1)[1] if " " in p.base else "")
    if r.audience:
        add(r.audience.text)
    if r.product:
        add(r.product.text.split()[0])
        if not seen:  # "une petite balise": the product itself is the concept
            head = low(head_of(r.product.text.split()))
            if head not in ("application", "appli", "app", "outil", "plateforme", "service"):
                seen.append(m.singular(head))
    # People come last: a name says what the product is about, not who uses it.
    for w in seen:
        if people_kind(w + "s") or people_kind(w) or w in ("personne", "gens"):
            people.append(w)
    return [w for w in seen if w not in people] + people


def read(text: str) -> Reading:
    return _Reader(text).read()
