"""The English reader: product, audience, pain and promises from an idea of any shape.

Ideas come as "X for Y that Z", as the problem first and then "We want ...", as a
question ("What if ...?"), as bullet lists, as rambling speech, as brand analogies
("Uber for dog walking") or as imperatives ("Help nurses plan meals"). The reader cuts
the idea into units (sentences, bullet items), drops the fillers of speech, and reads
each unit with a few patterns. Every chunk is validated before it is kept: an audience
is a noun phrase whose head names people or organisations; a promise starts with a verb
in the form its subject needs; a pain is a whole clause of at most 12 words.
"""

from __future__ import annotations

import re

from protogen.writers.offline import en_morph as m
from protogen.writers.offline.kinds import kind_of
from protogen.writers.offline.reading import Phrase, Promise, Reading

DETS = frozenset(
    [
        "a",
        "an",
        "the",
        "my",
        "our",
        "your",
        "their",
        "his",
        "her",
        "its",
        "this",
        "that",
        "these",
        "those",
        "some",
        "any",
        "every",
        "each",
        "one",
        "another",
    ]
)
PREPS = frozenset(
    [
        "for",
        "to",
        "in",
        "on",
        "at",
        "with",
        "from",
        "by",
        "of",
        "into",
        "onto",
        "over",
        "under",
        "about",
        "around",
        "across",
        "through",
        "between",
        "after",
        "before",
        "during",
        "without",
        "within",
        "near",
        "via",
        "per",
        "than",
        "like",
        "off",
        "up",
        "out",
        "down",
    ]
)
CONJ = frozenset(
    [
        "and",
        "or",
        "but",
        "so",
        "because",
        "since",
        "while",
        "when",
        "whenever",
        "if",
        "where",
        "that",
        "which",
        "who",
        "whose",
        "whom",
        "then",
        "until",
        "unless",
        "once",
        "as",
        "instead",
    ]
)
PRONOUNS = frozenset(
    [
        "i",
        "me",
        "you",
        "he",
        "she",
        "it",
        "we",
        "us",
        "they",
        "them",
        "someone",
        "anyone",
        "everyone",
        "everybody",
        "nobody",
        "somebody",
        "something",
        "anything",
        "everything",
        "nothing",
        "myself",
        "yourself",
        "themselves",
        "itself",
    ]
)
ADVERBS = frozenset(
    [
        "also",
        "just",
        "really",
        "actually",
        "basically",
        "automatically",
        "instantly",
        "quickly",
        "easily",
        "directly",
        "finally",
        "always",
        "never",
        "often",
        "simply",
        "even",
        "still",
        "only",
        "already",
        "too",
        "very",
        "together",
        "ahead",
        "overnight",
        "daily",
        "weekly",
    ]
)
FUNCTION = (
    DETS
    | PREPS
    | CONJ
    | PRONOUNS
    | ADVERBS
    | m.MODALS
    | frozenset(
        [
            "is",
            "are",
            "was",
            "were",
            "be",
            "been",
            "being",
            "am",
            "do",
            "does",
            "did",
            "has",
            "have",
            "had",
            "not",
            "no",
            "yes",
            "there",
            "here",
            "what",
            "how",
            "why",
            "who",
            "whom",
            "can't",
            "won't",
            "don't",
            "doesn't",
            "isn't",
            "aren't",
        ]
    )
)
# Heads of an audience: people, the groups they form, and the organisations they run.
PEOPLE = frozenset(
    [
        "people",
        "persons",
        "adults",
        "kids",
        "children",
        "teens",
        "teenagers",
        "parents",
        "mums",
        "moms",
        "dads",
        "families",
        "grandparents",
        "seniors",
        "retirees",
        "pensioners",
        "students",
        "pupils",
        "learners",
        "teachers",
        "tutors",
        "coaches",
        "players",
        "athletes",
        "runners",
        "climbers",
        "cyclists",
        "swimmers",
        "gamers",
        "fans",
        "musicians",
        "artists",
        "designers",
        "developers",
        "engineers",
        "programmers",
        "writers",
        "authors",
        "editors",
        "photographers",
        "filmmakers",
        "creators",
        "freelancers",
        "contractors",
        "consultants",
        "founders",
        "owners",
        "managers",
        "leads",
        "leaders",
        "directors",
        "executives",
        "employees",
        "workers",
        "staff",
        "colleagues",
        "volunteers",
        "nurses",
        "doctors",
        "dentists",
        "therapists",
        "physiotherapists",
        "vets",
        "patients",
        "caregivers",
        "carers",
        "clinicians",
        "pharmacists",
        "surgeons",
        "midwives",
        "farmers",
        "growers",
        "gardeners",
        "bakers",
        "chefs",
        "cooks",
        "barbers",
        "hairdressers",
        "stylists",
        "plumbers",
        "electricians",
        "builders",
        "landlords",
        "tenants",
        "renters",
        "homeowners",
        "residents",
        "neighbours",
        "neighbors",
        "commuters",
        "travellers",
        "travelers",
        "tourists",
        "drivers",
        "riders",
        "couriers",
        "pilots",
        "shoppers",
        "buyers",
        "sellers",
        "vendors",
        "merchants",
        "traders",
        "investors",
        "accountants",
        "lawyers",
        "recruiters",
        "researchers",
        "scientists",
        "analysts",
        "marketers",
        "salespeople",
        "agents",
        "brokers",
        "officers",
        "inspectors",
        "hosts",
        "guests",
        "members",
        "subscribers",
        "readers",
        "listeners",
        "viewers",
        "users",
        "customers",
        "clients",
        "citizens",
        "voters",
        "donors",
        "couples",
        "singles",
        "beginners",
        "experts",
        "professionals",
        "specialists",
        "admins",
        "administrators",
        "operators",
        "technicians",
        "mechanics",
        "drivers",
        "dog-owners",
        "walkers",
        "sitters",
        "babysitters",
        "nannies",
        "cleaners",
        "organisers",
        "organizers",
        "planners",
        "speakers",
        "hikers",
        "campers",
        "anglers",
        "hunters",
        "bloggers",
        "streamers",
        "podcasters",
        "youtubers",
        "influencers",
        "shopkeepers",
        "innkeepers",
        "caterers",
        "florists",
        "translators",
        "interpreters",
        "tradespeople",
        "craftspeople",
        "makers",
        "hobbyists",
        "collectors",
        "newcomers",
        "immigrants",
        "expats",
        "veterans",
        "survivors",
        "smokers",
        "dieters",
        "vegans",
        "vegetarians",
        "mothers",
        "fathers",
        "sons",
        "daughters",
        "babies",
        "toddlers",
        "infants",
        "women",
        "men",
        "girls",
        "boys",
        "folks",
        "humans",
        "individuals",
        "couriers",
        "dispatchers",
        "warehouse-workers",
        "supervisors",
        "coordinators",
        "schedulers",
        "receptionists",
        "secretaries",
        "assistants",
        "interns",
        "apprentices",
        "graduates",
        "alumni",
        "candidates",
        "applicants",
        "jobseekers",
    ]
)
GROUPS = frozenset(
    [
        "teams",
        "families",
        "households",
        "crews",
        "squads",
        "bands",
        "choirs",
        "classes",
        "clubs",
        "groups",
        "communities",
        "departments",
        "committees",
        "couples",
        "startups",
    ]
)
ORGS = frozenset(
    [
        "companies",
        "businesses",
        "startups",
        "firms",
        "agencies",
        "studios",
        "shops",
        "stores",
        "boutiques",
        "restaurants",
        "cafes",
        "cafés",
        "bars",
        "pubs",
        "bakeries",
        "breweries",
        "wineries",
        "hotels",
        "hostels",
        "clinics",
        "practices",
        "hospitals",
        "pharmacies",
        "gyms",
        "schools",
        "universities",
        "colleges",
        "nurseries",
        "kindergartens",
        "libraries",
        "museums",
        "galleries",
        "theatres",
        "theaters",
        "charities",
        "nonprofits",
        "non-profits",
        "ngos",
        "councils",
        "municipalities",
        "farms",
        "dealerships",
        "garages",
        "salons",
        "spas",
        "warehouses",
        "factories",
        "labs",
        "laboratories",
        "newsrooms",
        "publishers",
        "retailers",
        "wholesalers",
        "manufacturers",
        "landlords",
        "churches",
        "mosques",
        "temples",
        "associations",
        "unions",
        "leagues",
        "venues",
        "cinemas",
    ]
)
NOT_PEOPLE = frozenset(
    [
        "orders",
        "numbers",
        "papers",
        "letters",
        "folders",
        "filters",
        "containers",
        "printers",
        "servers",
        "computers",
        "stickers",
        "answers",
        "offers",
        "covers",
        "corners",
        "flowers",
        "powers",
        "layers",
        "centers",
        "centres",
        "chapters",
        "markers",
        "timers",
        "trackers",
        "reminders",
        "planners",
        "chargers",
        "sensors",
        "monitors",
        "meters",
        "posters",
        "banners",
        "headers",
        "towers",
        "lockers",
        "readers-only",
        "blockers",
        "boosters",
        "stickers",
        "burgers",
        "waters",
        "matters",
    ]
)
# Nouns that can head what a product is.
PRODUCT_NOUNS = frozenset(
    [
        "app",
        "application",
        "tool",
        "platform",
        "marketplace",
        "service",
        "website",
        "site",
        "tracker",
        "planner",
        "extension",
        "bot",
        "chatbot",
        "assistant",
        "game",
        "dashboard",
        "network",
        "community",
        "club",
        "subscription",
        "box",
        "kit",
        "api",
        "plugin",
        "widget",
        "calendar",
        "journal",
        "diary",
        "map",
        "guide",
        "course",
        "school",
        "shop",
        "store",
        "sensor",
        "device",
        "monitor",
        "collar",
        "radar",
        "crm",
        "coach",
        "reminder",
        "system",
        "portal",
        "hub",
        "feed",
        "exchange",
        "market",
        "directory",
        "wallet",
        "scanner",
        "tablet",
        "camera",
        "watch",
        "band",
        "ring",
        "speaker",
        "checklist",
        "board",
        "tracker",
        "alert",
        "alerts",
        "bracelet",
        "lamp",
        "lock",
        "plug",
        "meter",
        "scale",
        "bottle",
        "pillbox",
        "case",
        "reader",
        "keyboard",
        "headset",
        "robot",
        "drone",
        "printer",
    ]
)
GENERIC_SUBJECTS = frozenset(
    ["people", "users", "anyone", "everyone", "someone", "folks", "humans"]
)

_PAIN = re.compile(
    r"\b(?:struggl\w*|hard to|difficult|waste[sd]?|wasting|lose|loses|losing|lost|forget\w*|"
    r"miss(?:es|ed|ing)?|pain|frustrat\w*|tired of|problem|can't|cannot|no way|"
    r"never know|too (?:much|many|long|often)|spend\w*|throw\w* away|keep losing|nobody|"
    r"no one|end up|annoy\w*|costs?|expensive|slow|manual(?:ly)?|by hand|chaos|mess|"
    r"overwhelm\w*|late|stress\w*|worr\w*|confus\w*|don't know|doesn't know|"
    r"times a (?:day|week)|the same \w+ (?:again|over)|over and over|again and again)\b",
    re.I,
)
_FILLER = re.compile(
    r"^(?:so|ok|okay|well|basically|honestly|anyway|right|like|um+|uh+)\b[,]?"
    r"|(?<=[\s,])(?:basically|um+|uh+|you know|i mean|kind of|sort of|literally)\b,?"
    r"|,\s*(?:so\s+)?like\s*,",
    re.I,
)
_THINKING = re.compile(
    r"^(?:i've|i have|we've|we have|i've been|i was|we were) (?:been )?thinking"
    r"(?: about (?:this|it|something))?(?: for (?:a|some) (?:while|time))?[,\s]*",
    re.I,
)
_PROBLEM_IS = re.compile(r"^(?:the|my|our) (?:main |real |big )?problem is(?: that)?\s+", re.I)
_PITCH_LEADS = [
    re.compile(p, re.I)
    for p in (
        r"^(?:the|my|our) (?:idea|plan|pitch|concept|proposal|solution) (?:is|would be)"
        r"(?: to (?:build|make|create|launch|have))?(?: that)?[:,\s]+",
        r"^(?:so )?(?:i|we)(?:'d| would)? (?:really )?(?:want|like|plan|hope|need|"
        r"am planning|are planning|'m planning|'re planning)(?: to)?"
        r"(?: (?:build|make|create|launch|start|design|have|do))?\s+",
        r"^(?:i'm|we're|i am|we are) (?:building|making|creating|designing|launching)\s+",
        r"^(?:imagine|picture)\s+",
        r"^what if there (?:was|were|is|could be|existed)\s+",
        r"^(?:build|make|create|design|launch|develop)\s+(?=(?:a|an|the|some|one)\b)",
        r"^(?:it's|it is|this is|it would be)\s+(?=(?:a|an|like)\b)",
        r"^there should be\s+",
    )
]
_WHAT_IF = re.compile(r"^what if\s+", re.I)
_HOW_MIGHT = re.compile(r"^how (?:might|can|could|do) we\s+", re.I)
_TOKEN = re.compile(r"[\w][\w'’+&/.-]*[\w+](?:(?<=s)['’](?=\s|$))?|[\w]|[,:;()—–]")
_IT_SUBJECT = re.compile(
    r"^(?:it|this|the (?:app|tool|platform|bot|device|service|site|system|assistant|"
    r"sensor|product))(?:\s+(?:also|then|automatically|even))?\s+",
    re.I,
)
_TIME_NOUNS = frozenset(
    [
        "hour",
        "hours",
        "day",
        "days",
        "week",
        "weeks",
        "month",
        "months",
        "year",
        "years",
        "morning",
        "evening",
        "night",
        "time",
        "minute",
        "minutes",
        "moment",
        "first",
    ]
)
_SUBJECT_SHIFT = {
    "i": "you",
    "me": "you",
    "my": "your",
    "mine": "yours",
    "myself": "yourself",
    "we": "you",
    "us": "you",
    "our": "your",
    "ours": "yours",
    "ourselves": "yourselves",
    "i'm": "you're",
    "i've": "you've",
    "i'd": "you'd",
    "i'll": "you'll",
    "we're": "you're",
    "we've": "you've",
    "we'd": "you'd",
    "we'll": "you'll",
}


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def join(toks: list[str]) -> str:
    out = " ".join(toks)
    return re.sub(r"\s+([,:;)])", r"\1", out).replace("( ", "(")


def low(t: str) -> str:
    return t.lower().replace("’", "'")


def is_word(t: str) -> bool:
    return bool(re.match(r"\w", t))


def is_verb_base(t: str) -> bool:
    return low(t) in m.VERBS


def is_verb_3sg(t: str) -> bool:
    lt = low(t)
    return m.looks_like_3sg(lt) and (m.base_form(lt) in m.VERBS or lt in m.IRREGULAR_BASE)


def people_head(word: str, singular_ok: bool = False) -> str:
    """'person', 'group' or 'org' if ``word`` (a plural noun) names people; else ''."""
    w = low(word)
    if singular_ok and not m.is_plural(w):
        w = m.plural(w)
    if w in GROUPS:
        return "group"
    if w in ORGS:
        return "org"
    if w in PEOPLE:
        return "person"
    if w in NOT_PEOPLE or not m.is_plural(w):
        return ""
    if re.search(r"(?:ers|ors|ists|ians|eers|ees|smiths|men|women|folk)$", w):
        return "person"
    return ""


# --- units -------------------------------------------------------------------------------


def units(text: str) -> list[tuple[str, bool]]:
    """The idea cut into sentences and bullet items, fillers dropped: (text, is_bullet)."""
    out: list[tuple[str, bool]] = []
    for line in text.split("\n"):
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
    for _ in range(3):
        before = sent
        sent = _FILLER.sub(" ", sent)
        sent = re.sub(r"\s+", " ", sent).strip(" ,")
        sent = _THINKING.sub("", sent).strip(" ,")
        if sent == before:
            break
    sent = re.sub(r"\s*,\s*(?:,\s*)+", ", ", sent)
    return sent.strip(" ,;:")


# --- phrases -----------------------------------------------------------------------------


def sentence_case(words: list[str], at_start: bool) -> list[str]:
    """Lower-case a first word that is capitalised only because it starts the sentence."""
    if at_start and words and words[0][:1].isupper() and words[0][1:] == words[0][1:].lower():
        return [words[0].lower(), *words[1:]]
    return words


def noun_phrase(toks: list[str], i: int) -> tuple[list[str], int, str]:
    """Read a noun phrase at ``toks[i]`` (after an optional determiner).

    Returns its words (determiner dropped), the index after it, and the determiner.
    It ends at punctuation, at a function word, or at a word that must be a verb
    ("monitor clips onto ...": "clips" followed by a preposition).
    """
    det = ""
    if i < len(toks) and low(toks[i]) in DETS:
        det = low(toks[i])
        i += 1
    words: list[str] = []
    while i < len(toks):
        t = toks[i]
        lt = low(t)
        nxt = low(toks[i + 1]) if i + 1 < len(toks) else ""
        if not is_word(t) or lt in FUNCTION:
            break
        if words and is_verb_3sg(t) and (nxt in DETS | PREPS | PRONOUNS | ADVERBS or not nxt):
            break
        if words and lt.endswith("ing") and nxt in DETS:
            break
        if (
            words
            and (m.is_plural(words[-1]) or people_head(words[-1]))
            and is_verb_base(t)
            and lt not in PRODUCT_NOUNS
        ):
            break  # "clients pick a slot": a plural subject, then its verb
        words.append(t)
        i += 1
    return words, i, det


def valid_np(words: list[str], limit: int = 5) -> bool:
    if not words or len(words) > limit:
        return False
    if any(low(w) in FUNCTION or "'s" in low(w) for w in words):
        return False
    return not (len(words) == 1 and (is_verb_base(words[0]) or low(words[0]).endswith("ly")))


def audience_phrase(toks: list[str], i: int) -> tuple[Phrase | None, str, int, bool]:
    """Read what follows "for": an audience (people), else a topic. Returns (audience,
    topic, index after, internal)."""
    internal = i < len(toks) and low(toks[i]) in ("our", "my")
    words, j, det = noun_phrase(toks, i)
    # "nurses on night shifts", "owners of small gyms": a people head, then a short PP.
    if (
        words
        and people_head(words[-1])
        and j < len(toks)
        and low(toks[j])
        in (
            "on",
            "in",
            "of",
            "at",
            "with",
        )
    ):
        more, k, _ = noun_phrase(toks, j + 1)
        if more and len(words) + len(more) <= 5 and not is_verb_base(more[0]):
            words = [*words, toks[j], *more]
            j = k
    # "parents and teachers"
    if words and j + 1 < len(toks) and low(toks[j]) == "and" and people_head(words[-1]):
        more, k, _ = noun_phrase(toks, j + 1)
        if more and people_head(more[-1]) and len(words) + len(more) <= 5:
            words = [*words, "and", *more]
            j = k
    if not words:
        return None, "", j, internal
    head_i = len(words) - 1
    for n, w in enumerate(words):
        if low(w) in ("on", "in", "of", "at", "with", "and") and n > 0:
            head_i = n - 1
            break
    kind = people_head(words[head_i])
    text = join(words)
    if kind and valid_audience(words) and low(words[head_i]) not in GENERIC_SUBJECTS:
        one = m.singular_phrase(text) if "and" not in [low(w) for w in words] else ""
        return Phrase(text, det, "", True, kind, one), "", j, internal or det == "our"
    if valid_np(words, 4) and not det and not any(is_verb_3sg(w) for w in words[1:]):
        return None, text, j, internal
    return None, "", j, internal


def valid_audience(words: list[str]) -> bool:
    if not words or len(words) > 6:
        return False
    return not any(
        low(w) in PRONOUNS or low(w) in DETS or low(w) in m.MODALS or is_verb_3sg(w) for w in words
    )


# --- promises ----------------------------------------------------------------------------

_STOP_REST = frozenset(["so", "because", "since", "instead", "unless", "otherwise"])


def verb_phrases(toks: list[str], start: int, form: str) -> list[tuple[str, list[str]]]:
    """Split ``toks[start:]`` into verb phrases "verb rest" joined by ',' or 'and'.

    ``form`` is "3sg" (it nudges ..., flags ...) or "base" (send ... and chase ...).
    Returns (verb, rest tokens) pairs; the clause ends at "so", "because" and the like.
    """
    out: list[tuple[str, list[str]]] = []
    i = start
    n = len(toks)
    while i < n and low(toks[i]) in ADVERBS:
        i += 1
    ok = is_verb_3sg if form == "3sg" else (lambda t: is_verb_base(t) or form == "any")
    if i >= n:
        return out
    first = toks[i]
    if form == "3sg" and not m.looks_like_3sg(low(first)):
        return out
    if form == "base" and not is_verb_base(first) and not re.match(r"^[a-z]+$", first):
        return out
    verb, rest = first, []
    i += 1
    while i < n:
        t = toks[i]
        lt = low(t)
        if lt in _STOP_REST or t in (";", "(", "—", "–", ":"):
            break
        if t == "," and i + 1 < n and low(toks[i + 1]) in _STOP_REST:
            break
        # ", flags ..." or "and drafts ...": the next verb phrase
        if t == "," or lt == "and":
            j = i + 1
            while j < n and low(toks[j]) in ("and", "then", "also", ","):
                j += 1
            if j < n and ok(toks[j]) and (form != "3sg" or is_verb_3sg(toks[j])):
                out.append((verb, rest))
                verb, rest = toks[j], []
                i = j + 1
                continue
        rest.append(t)
        i += 1
    out.append((verb, rest))
    return [(v, strip_tail(r)) for v, r in out if v]


_BAD_END = (
    DETS
    | CONJ
    | m.MODALS
    | frozenset(
        [
            "to",
            "for",
            "of",
            "with",
            "from",
            "by",
            "in",
            "on",
            "at",
            "into",
            "onto",
            "than",
            "like",
            "per",
            "via",
            "is",
            "are",
            "was",
            "were",
            "be",
            "and",
            "or",
            "but",
        ]
    )
)


def strip_tail(rest: list[str]) -> list[str]:
    """Drop what cannot end a phrase: punctuation, articles, prepositions, conjunctions."""
    while rest and (not is_word(rest[-1]) or low(rest[-1]) in _BAD_END):
        rest = rest[:-1]
    return rest


def fit(words: list[str], limit: int) -> list[str]:
    """At most ``limit`` words, cut before a boundary word so no phrase is broken."""
    if len(words) <= limit:
        return words
    best = 0
    for k in range(1, limit + 1):
        if (
            k < len(words)
            and not (low(words[k]) == "to" and k + 1 < len(words) and is_verb_base(words[k + 1]))
            and (
                low(words[k]) in PREPS | CONJ
                or words[k] in (",", ";")
                or (k > 1 and low(words[k]).endswith("ing") and low(words[k]) not in _ING_NOUNS)
            )
        ):
            best = k
    cut = words[: best or 0]
    return strip_tail(cut)


_WH = frozenset(["who", "what", "which", "where", "when", "how", "whether", "why"])
_ING_NOUNS = frozenset(
    ["thing", "morning", "evening", "everything", "nothing", "something", "anything"]
)


def title_of(verb: str, rest: list[str], agent: str = "product") -> str:
    """A feature title: the verb and its object, at most 6 words, ending at a phrase
    boundary ("Flag auto-renewal dates", "Summarise long threads"); '' if none."""
    if verb in ("tell", "show") and rest and low(rest[0]) == "you":
        verb, rest = "see", rest[1:]
    words = [verb.lower(), *rest]
    cut = len(words)
    wh = len(words) > 1 and low(words[1]) in _WH
    for k in range(1, len(words)):
        lk = low(words[k])
        if wh and (lk in _WH or lk in PRONOUNS):
            continue  # "log who has which laptop": the clause is the object
        if words[k] == "," and any(low(w) in ("and", "or") for w in words[k + 1 : k + 5]):
            continue  # "rent tents, stoves and sleeping bags"
        if (
            lk in CONJ - {"as"}
            or words[k] in (",", ";", ":")
            or (k >= 2 and (lk in PRONOUNS - {"you", "it"} or lk in m.MODALS))
        ):
            cut = k
            if lk in ("and", "or") and "," in words[:k]:
                cut = words.index(",")  # "rent tents, stoves and ...": the first item
            break
    words = words[:cut]
    if verb in ("turn", "convert", "transform", "make", "put") and not any(
        low(w) in ("into", "to", "in") for w in words
    ):
        return ""  # "turn lecture slides" needs its "into ..."
    if len(words) > 6 or (words and low(words[-1]) in FUNCTION):
        if wh:
            return ""
        if "," in words:
            words = words[: words.index(",")]
        best = 0
        for k in range(2, min(6, len(words))):
            if (
                low(words[k]) in PREPS
                or (low(words[k]) in DETS and low(words[k - 1]) not in PREPS)
                or words[k][:1].isdigit()
            ):
                best = k
                if k >= 3:
                    break
        words = words[:best] if best else words[:6]
    for k in range(2, len(words)):
        if words[k][:1].isdigit():
            words = words[:k]
            break
    while words and (not is_word(words[-1]) or low(words[-1]) in FUNCTION):
        words = words[:-1]
    if agent == "user":
        words = ["your" if low(w) in ("their", "my", "our") else w for w in words]
    if len(words) < 2 and rest:
        return ""
    title = join(words)
    return title[:1].upper() + title[1:]


def product_promise(verb: str, rest: list[str], anaphor: str = "") -> Promise | None:
    base = m.base_form(low(verb))
    if base in ("let", "help", "allow", "enable") and rest:
        # "lets you shut the valve": what the user does, with the product's help
        k = 0
        while k < len(rest) and not is_verb_base(rest[k]) and low(rest[k]) != "to" and k < 5:
            k += 1
        if 0 < k < len(rest):
            subject = join(rest[:k])
            start = k + 1 if low(rest[k]) == "to" else k
            if start < len(rest):
                lead = "helps" if base == "help" else "lets"
                return user_promise(rest[start], rest[start + 1 :], subject, lead)
    rest = resolve_it(rest, anaphor)
    if rest is None:
        return None
    rest = strip_tail(fit(rest, 11))
    if not rest and base not in ("work", "sync"):
        return None
    title = title_of(base, rest)
    return Promise(
        does=join([m.third_person(base), *rest]),
        base=join([base, *rest]),
        title=title,
        agent="product",
    )


def user_promise(verb: str, rest: list[str], subject: str, lead: str = "lets") -> Promise | None:
    base = low(verb)
    if base in m.MODALS or base in FUNCTION:
        return None
    rest = strip_tail(fit(rest, 10))
    title = title_of(base, rest, agent="user")
    if not title:
        return None
    phrase = join([base, *rest])
    return Promise(
        does=f"{lead} {subject} {phrase}",
        base=phrase,
        title=title,
        agent="user",
        subject=subject,
    )


def resolve_it(rest: list[str], anaphor: str) -> list[str] | None:
    """'builds it overnight' -> 'builds the pick list overnight' when the idea said what
    "it" is; None (unusable) when it did not."""
    if rest and low(rest[0]) in ("them", "this", "that", "these", "those"):
        return None
    if rest and low(rest[0]) == "it":
        if not anaphor:
            return None
        return [*anaphor.split(), *rest[1:]]
    return rest


def last_definite_np(text: str) -> str:
    """The last "the X" noun phrase in ``text`` that is no time expression."""
    toks = tokens(text)
    found = ""
    for i, t in enumerate(toks):
        if low(t) == "the":
            words, _, _ = noun_phrase(toks, i)
            if words and valid_np(words, 3) and not any(low(w) in _TIME_NOUNS for w in words):
                found = "the " + join(words)
    return found


# --- pain --------------------------------------------------------------------------------


def shift_to_you(text: str) -> str:
    """First person becomes second: "we keep losing track" -> "you keep losing track"."""

    def repl(mm: re.Match) -> str:
        w = mm.group(0)
        out = _SUBJECT_SHIFT.get(low(w), w)
        return out.capitalize() if w[:1].isupper() and mm.start() == 0 else out

    text = re.sub(
        r"\b(?:i'm|i've|i'd|i'll|we're|we've|we'd|we'll|i|me|my|mine|myself|we|us|"
        r"our|ours|ourselves)\b",
        repl,
        text,
        flags=re.I,
    )
    text = re.sub(r"\byou am\b", "you are", text)
    return re.sub(r"\byou was\b", "you were", text)


def pain_of(sent: str) -> str:
    """The problem as one whole clause of at most 12 words, or ''."""
    sent = _PROBLEM_IS.sub("", sent)
    sent = re.split(r"[;:—–(]|\s-\s", sent)[0]
    toks = tokens(sent)
    if toks and low(toks[0]) in CONJ | PREPS:
        return ""
    words = fit(toks, 12)
    if len(words) < 4 or not any(is_word(w) for w in words):
        return ""
    out = shift_to_you(join(words))
    return out[:1].upper() + out[1:]


# --- the reader --------------------------------------------------------------------------


def read(text: str) -> Reading:
    r = Reading(lang="en", text=text, kind=kind_of(text))
    us = units(text)
    pains: list[str] = []
    pitched = False
    anaphor = ""
    for n, (u, bullet) in enumerate(us):
        body = u
        if _PROBLEM_IS.match(body):
            rest = _PROBLEM_IS.sub("", body)
            parts = re.split(r",?\s+(?:so|and so)?\s*(?:what if|imagine)\s+", rest, maxsplit=1)
            pains.append(parts[0])
            if len(parts) == 1:
                continue
            body = "what if " + parts[1]
        pitch = False
        for lead in _PITCH_LEADS:
            if lead.match(body):
                body = lead.sub("", body, count=1)
                pitch = True
                if lead.pattern.startswith("^what if there"):
                    body = "a " + body if not re.match(r"(?:a|an|the)\b", body, re.I) else body
                break
        if bullet:
            _read_bullet(r, body)
            continue
        if not pitched and not pitch and _looks_like_pitch(body):
            pitch = True
        if not pitch and _PAIN.search(body) and not _IT_SUBJECT.match(body):
            pains.append(body)
            anaphor = anaphor or last_definite_np(body)
            if not pitched or n == 0:
                continue
        if not pitched:
            pitched = _read_pitch(r, body, anaphor or last_definite_np(" ".join(pains)))
            if pitched:
                continue
        _read_more(r, body, anaphor)
    for p in pains:
        pain = pain_of(p)
        if pain:
            r.pain = pain
            break
    for p in pains:
        if r.audience is None:
            r.audience = _subject_audience(p)
    if r.audience is None:
        for p in r.promises:
            if p.agent == "user" and p.subject not in ("you", *GENERIC_SUBJECTS):
                head = p.subject.split()[-1]
                kind = people_head(head)
                if kind and valid_audience(p.subject.split()):
                    r.audience = Phrase(p.subject, "", "", True, kind, m.singular_phrase(p.subject))
                    break
    r.internal = r.kind == "internal"
    r.keywords = keywords(r)
    return r


def _looks_like_pitch(body: str) -> bool:
    """ "A booking app for ...", "Internal dashboard that ...": a product, then a marker."""
    toks = tokens(body)
    words, j, det = noun_phrase(toks, 0)
    if not words:
        return False
    nxt = low(toks[j]) if j < len(toks) else ""
    if det in ("a", "an"):
        return True
    return any(low(w) in PRODUCT_NOUNS for w in words) and (
        nxt in ("for", "that", "which", "where", "to", "with", ":", ",", "") or is_verb_3sg(nxt)
    )


def _subject_audience(sent: str) -> Phrase | None:
    """ "Small bakeries throw away ...": the pain's subject, when it names people."""
    toks = tokens(sent)
    words, _, det = noun_phrase(toks, 0)
    if det not in ("", "the") or not words:
        return None
    toks = sentence_case(toks, True)
    phrase, _, k, _ = audience_phrase(toks, 0)
    if phrase is None or k >= len(toks):
        return None
    nxt = toks[k]
    if not is_word(nxt) or low(nxt) in FUNCTION - {"never", "often", "always", "still"}:
        return None
    return phrase


def _read_bullet(r: Reading, body: str) -> None:
    toks = tokens(body)
    if not toks:
        return
    if is_verb_base(toks[0]):
        for verb, rest in verb_phrases(toks, 0, "base"):
            p = product_promise(verb, rest)
            if p:
                r.promises.append(p)
        return
    if is_verb_3sg(toks[0]):
        for verb, rest in verb_phrases(toks, 0, "3sg"):
            p = product_promise(verb, rest)
            if p:
                r.promises.append(p)
        return
    _read_more(r, body, "")


def _read_pitch(r: Reading, body: str, anaphor: str) -> bool:
    toks = tokens(body)
    if not toks:
        return False
    lt0 = low(toks[0])
    # "What if parents could swap ..."
    if _WHAT_IF.match(body):
        return _read_clause(r, tokens(_WHAT_IF.sub("", body)), anaphor)
    # "How might we help first-time home buyers understand ..."
    if _HOW_MIGHT.match(body):
        return _read_help(r, tokens(_HOW_MIGHT.sub("", body)))
    # "Help nurses on night shifts plan healthy meals", "Let neighbours share tools"
    if lt0 in ("help", "let", "allow", "enable"):
        return _read_help(r, toks)
    # "Uber for dog walking", "Duolingo for sign language, with ..."
    if (
        len(toks) >= 3
        and toks[0][:1].isupper()
        and lt0 not in DETS | PRODUCT_NOUNS | FUNCTION
        and not is_verb_base(toks[0])
        and low(toks[1]) == "for"
    ):
        r.brand = toks[0]
        if r.kind in ("consumer", "team"):
            r.kind = "marketplace" if lt0 in ("uber", "airbnb", "etsy", "fiverr") else r.kind
        aud, topic, j, _ = audience_phrase(toks, 2)
        r.audience, r.topic = aud, topic
        _read_after(r, toks, j, anaphor)
        return True
    # "Find a plumber on short notice": an imperative is what the user does.
    if is_verb_base(toks[0]) and toks[0][:1].isupper() and lt0 not in PRODUCT_NOUNS:
        for verb, rest in verb_phrases(toks, 0, "base"):
            p = user_promise(verb, rest, "you")
            if p:
                r.promises.append(p)
        return bool(r.promises)
    words, j, det = noun_phrase(toks, 0)
    if words and valid_np(words) and (det in ("a", "an", "one", "") or det == "the"):
        head = low(words[-1])
        looks_product = (
            head in PRODUCT_NOUNS
            or det in ("a", "an")
            or (j < len(toks) and low(toks[j]) in ("for", "that", "which", "where", "to", "with"))
        )
        if det == "" and not looks_product and not (j < len(toks) and is_verb_3sg(toks[j])):
            return _read_clause(r, toks, anaphor)
        if people_head(words[-1]) and j < len(toks) and not is_verb_3sg(toks[j]):
            return _read_clause(r, toks, anaphor)
        if head in ("way", "place", "thing", "something"):
            words = []
        if words:
            r.product = Phrase(join(sentence_case(words, det == "")))
        _read_after(r, toks, j, anaphor)
        return True
    return _read_clause(r, toks, anaphor)


def _read_after(r: Reading, toks: list[str], j: int, anaphor: str) -> None:
    """What follows the product: "for X", "that ...", "to ...", "where ...", ": it ..."."""
    n = len(toks)
    while j < n:
        t = low(toks[j])
        if t == "for" and r.audience is None and not r.topic:
            aud, topic, j, internal = audience_phrase(toks, j + 1)
            r.audience, r.topic = aud, topic or r.topic
            if internal:
                r.kind = "internal"
            continue
        if t in ("that", "which"):
            j += 1
            if j < n and low(toks[j]) in ("helps", "lets", "allows", "enables"):
                _read_help(r, toks[j:])
                return
            for verb, rest in verb_phrases(toks, j, "3sg"):
                p = product_promise(verb, rest, anaphor)
                if p:
                    r.promises.append(p)
            return
        if t == "to" and j + 1 < n and (is_verb_base(toks[j + 1]) or toks[j + 1].islower()):
            subject = r.audience.text if r.audience else ""
            for verb, rest in verb_phrases(toks, j + 1, "base"):
                if subject:
                    p = user_promise(verb, rest, subject)
                else:
                    p = product_promise(verb, rest, anaphor)
                if p:
                    r.promises.append(p)
            return
        if t in ("where", "in which", "so"):
            _read_clause(r, toks[j + 1 :], anaphor)
            return
        if t in (":", ",", "—", "–") and j + 1 < n:
            sub = toks[j + 1 :]
            if sub and low(sub[0]) in ("it", "which", "this"):
                for verb, rest in verb_phrases(sub, 1, "3sg"):
                    p = product_promise(verb, rest, anaphor)
                    if p:
                        r.promises.append(p)
                return
            if sub and low(sub[0]) == "with":
                j += 1
                continue
            if sub and is_verb_3sg(sub[0]):
                for verb, rest in verb_phrases(sub, 0, "3sg"):
                    p = product_promise(verb, rest, anaphor)
                    if p:
                        r.promises.append(p)
                return
            if _read_clause(r, sub, anaphor):
                return
            j += 1
            continue
        if t == "with":
            _, k, _ = noun_phrase(toks, j + 1)
            if k < n and low(toks[k]) in ("that", "which"):
                for verb, rest in verb_phrases(toks, k + 1, "3sg"):
                    p = product_promise(verb, rest, anaphor)
                    if p:
                        r.promises.append(p)
                return
            j = k if k > j + 1 else j + 1
            continue
        if is_verb_3sg(toks[j]):
            for verb, rest in verb_phrases(toks, j, "3sg"):
                p = product_promise(verb, rest, anaphor)
                if p:
                    r.promises.append(p)
            return
        j += 1


def _read_help(r: Reading, toks: list[str]) -> bool:
    """ "help(s) X do Y", "let(s) X do Y": X is the audience, Y what they do."""
    if not toks:
        return False
    lead = {"help": "helps", "let": "lets", "allow": "lets", "enable": "lets"}.get(
        low(toks[0]).rstrip("s"), "helps"
    )
    words: list[str] = []
    i = 1
    while i < len(toks) and not is_verb_base(toks[i]) and low(toks[i]) != "to":
        words.append(toks[i])
        i += 1
    if i < len(toks) and low(toks[i]) == "to":
        i += 1
    if not words or i >= len(toks):
        return False
    phrase, _, _, _ = audience_phrase(words, 0)
    subject = phrase.text if phrase else ""
    if phrase is None:
        if len(words) == 1 and low(words[0]) in ("you", "people", "users"):
            subject = low(words[0])
        else:
            return False
    else:
        r.audience = r.audience or phrase
    for verb, rest in verb_phrases(toks, i, "base"):
        p = user_promise(verb, rest, subject, lead)
        if p:
            r.promises.append(p)
    return bool(r.promises)


def _read_clause(r: Reading, toks: list[str], anaphor: str) -> bool:
    """A clause with its own subject: "parents could swap ...", "gyms post new routes
    and climbers get a ping", "it reads every contract"."""
    if not toks:
        return False
    lt0 = low(toks[0])
    if lt0 in ("it", "this"):
        found = False
        for verb, rest in verb_phrases(toks, 1, "3sg"):
            p = product_promise(verb, rest, anaphor)
            if p:
                r.promises.append(p)
                found = True
        return found
    if lt0 == "you":
        i = 2 if len(toks) > 2 and low(toks[1]) in m.MODALS else 1
        for verb, rest in verb_phrases(toks, i, "base"):
            r.user_steps.append(join([low(verb), *fit(rest, 9)]))
        return False
    found = False
    words, j, det = noun_phrase(toks, 0)
    if not words or j >= len(toks):
        return False
    subject = join(words)
    k = j + 1 if low(toks[j]) in m.MODALS else j
    if k >= len(toks):
        return False
    if k == j and is_verb_3sg(toks[k]) and not m.is_plural(words[-1]):
        form = "3sg"
    elif is_verb_base(toks[k]) or (k > j and toks[k].islower()):
        form = "base"
    else:
        return False
    if det in ("the", "their", "our", "other", "your") and low(words[-1]) not in PEOPLE:
        subject = f"{det} {subject}"
    elif det in ("the",) and form == "3sg":
        subject = f"the {subject}"
    for verb, rest in verb_phrases(toks, k, form):
        # "... and climbers get a ping": a new subject inside the rest
        cut = _new_subject(rest)
        p = user_promise(m.base_form(low(verb)), rest[:cut] if cut else rest, subject)
        if p:
            r.promises.append(p)
            found = True
        if cut and _read_clause(r, rest[cut + 1 :], anaphor):
            found = True
    return found


def _new_subject(rest: list[str]) -> int:
    """Index of an "and" that starts a new clause ("... and climbers get a ping")."""
    for i, t in enumerate(rest):
        if low(t) == "and" and i + 2 < len(rest):
            words, j, _ = noun_phrase(rest, i + 1)
            if (
                words
                and j < len(rest)
                and people_head(words[-1], singular_ok=True)
                and (is_verb_base(rest[j]) or is_verb_3sg(rest[j]))
            ):
                return i
    return 0


def _read_more(r: Reading, body: str, anaphor: str) -> None:
    """A sentence after the pitch: "It also ...", "Users can ...", "You snap ..."."""
    toks = tokens(body)
    if not toks:
        return
    mm = _IT_SUBJECT.match(body)
    if mm:
        sub = tokens(body[mm.end() :])
        if sub and low(sub[0]) in m.MODALS:
            for verb, rest in verb_phrases(sub, 1, "base"):
                p = product_promise(verb, rest, anaphor)
                if p:
                    r.promises.append(p)
            return
        for verb, rest in verb_phrases(sub, 0, "3sg"):
            p = product_promise(verb, rest, anaphor)
            if p:
                r.promises.append(p)
        return
    if is_verb_base(toks[0]) and toks[0][:1].isupper():
        for verb, rest in verb_phrases(toks, 0, "base"):
            p = product_promise(verb, rest, anaphor)
            if p:
                r.promises.append(p)
        return
    _read_clause(r, toks, anaphor)


def keywords(r: Reading) -> list[str]:
    """Content nouns of the idea, the most telling first: the product's modifiers, the
    topic, the promises' objects, then the audience."""
    seen: list[str] = []

    def add(text: str) -> None:
        for w in tokens(text):
            lw = low(w)
            if (
                len(lw) < 3
                or lw in FUNCTION
                or lw in m.VERBS
                or lw in PRODUCT_NOUNS
                or lw.endswith(("ly", "ing", "ed", "ous", "ive", "ful", "less", "able"))
                or lw[:1].isdigit()
                or "'" in lw
            ):
                continue
            word = m.singular(lw)
            if word not in seen:
                seen.append(word)

    if r.product:
        add(" ".join(r.product.text.split()[:-1]))
        add(r.product.text.split()[-1])
    add(r.topic)
    for p in r.promises:
        add(p.base.split(" ", 1)[1] if " " in p.base else "")
    if r.audience:
        add(r.audience.text)
    return seen
