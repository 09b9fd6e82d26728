"""English morphology the offline writer needs, by hand: a/an, plural and singular nouns,
third-person and base verb forms.

inflect and lemminflect do this and more, but they cost 30-120 ms to import and load,
a third of ``protogen new``'s whole budget; the offline writer needs four small rules
with their exceptions, which fit in this file and run in microseconds.
"""

from __future__ import annotations

import re

# Common verbs in their base form. A word in this set is read as a verb where a verb can
# stand ("helps freelancers send ...", "students can swap ..."); unknown words are read
# as verbs only where nothing else can stand (after "to", "can", "that ...").
VERBS = frozenset(
    [
        "accept",
        "access",
        "add",
        "adjust",
        "advise",
        "alert",
        "allow",
        "analyse",
        "analyze",
        "answer",
        "apply",
        "approve",
        "arrange",
        "ask",
        "assign",
        "attach",
        "attend",
        "auto-fill",
        "avoid",
        "book",
        "borrow",
        "break",
        "bring",
        "browse",
        "build",
        "buy",
        "calculate",
        "call",
        "cancel",
        "capture",
        "carry",
        "catch",
        "change",
        "charge",
        "chase",
        "check",
        "choose",
        "clean",
        "clear",
        "clip",
        "close",
        "coach",
        "collect",
        "combine",
        "come",
        "compare",
        "compile",
        "complete",
        "confirm",
        "connect",
        "contact",
        "convert",
        "cook",
        "copy",
        "count",
        "create",
        "cut",
        "deal",
        "decide",
        "deliver",
        "design",
        "detect",
        "direct",
        "discover",
        "display",
        "do",
        "donate",
        "draft",
        "draw",
        "drive",
        "earn",
        "eat",
        "edit",
        "email",
        "enable",
        "end",
        "enjoy",
        "estimate",
        "exchange",
        "explain",
        "export",
        "fetch",
        "file",
        "fill",
        "find",
        "finish",
        "fix",
        "flag",
        "follow",
        "forecast",
        "forget",
        "gather",
        "generate",
        "get",
        "give",
        "go",
        "grade",
        "group",
        "grow",
        "guide",
        "handle",
        "have",
        "hear",
        "help",
        "hire",
        "host",
        "identify",
        "import",
        "improve",
        "invite",
        "join",
        "keep",
        "know",
        "label",
        "learn",
        "lend",
        "let",
        "link",
        "list",
        "listen",
        "load",
        "locate",
        "lock",
        "log",
        "look",
        "make",
        "manage",
        "map",
        "match",
        "measure",
        "meet",
        "mention",
        "merge",
        "message",
        "miss",
        "monitor",
        "move",
        "need",
        "notice",
        "notify",
        "nudge",
        "offer",
        "open",
        "order",
        "organise",
        "organize",
        "own",
        "pack",
        "pair",
        "pass",
        "pay",
        "pick",
        "place",
        "plan",
        "play",
        "point",
        "post",
        "practice",
        "practise",
        "predict",
        "prepare",
        "prevent",
        "price",
        "print",
        "prioritise",
        "prioritize",
        "process",
        "produce",
        "protect",
        "publish",
        "pull",
        "push",
        "put",
        "rank",
        "rate",
        "reach",
        "read",
        "rebook",
        "receive",
        "recommend",
        "record",
        "reduce",
        "refill",
        "register",
        "remember",
        "remind",
        "remove",
        "renegotiate",
        "rent",
        "repair",
        "replace",
        "reply",
        "report",
        "request",
        "reserve",
        "resolve",
        "respond",
        "rest",
        "return",
        "reuse",
        "review",
        "reward",
        "ride",
        "run",
        "save",
        "scan",
        "schedule",
        "score",
        "search",
        "see",
        "select",
        "sell",
        "send",
        "set",
        "settle",
        "share",
        "ship",
        "shop",
        "show",
        "shut",
        "sign",
        "sit",
        "skip",
        "sleep",
        "solve",
        "sort",
        "spend",
        "split",
        "spot",
        "start",
        "stay",
        "stop",
        "store",
        "stream",
        "study",
        "submit",
        "suggest",
        "summarise",
        "summarize",
        "support",
        "swap",
        "switch",
        "sync",
        "take",
        "talk",
        "teach",
        "tell",
        "test",
        "text",
        "think",
        "track",
        "trade",
        "train",
        "translate",
        "travel",
        "turn",
        "understand",
        "unlock",
        "update",
        "upload",
        "use",
        "verify",
        "view",
        "visit",
        "vote",
        "wake",
        "walk",
        "want",
        "warn",
        "wash",
        "watch",
        "water",
        "win",
        "work",
        "write",
        "throw",
        "waste",
        "spend",
        "lose",
        "struggle",
        "juggle",
        "wait",
        "fight",
        "rely",
        "depend",
        "scramble",
        "forget",
        "miss",
        "drown",
    ]
)
MODALS = frozenset(["can", "could", "will", "would", "should", "may", "might", "must", "shall"])
IRREGULAR_3SG = {"be": "is", "have": "has", "do": "does", "go": "goes"}
IRREGULAR_BASE = {v: k for k, v in IRREGULAR_3SG.items()} | {"are": "be", "'s": "be"}
# Nouns that read as plural but are not ("news"), and the irregular plurals.
_IRREGULAR_SINGULAR = {
    "people": "person",
    "children": "child",
    "men": "man",
    "women": "woman",
    "staff": "staff",
    "folks": "person",
    "teeth": "tooth",
    "feet": "foot",
    "mice": "mouse",
    "geese": "goose",
    "police": "police",
    "crew": "crew",
    "wives": "wife",
    "knives": "knife",
    "lives": "life",
    "halves": "half",
    "shelves": "shelf",
    "thieves": "thief",
    "leaves": "leaf",
    "wolves": "wolf",
    "calves": "calf",
    "quizzes": "quiz",
    "buses": "bus",
}
_NOT_PLURAL = frozenset(
    [
        "news",
        "analytics",
        "physics",
        "mathematics",
        "maths",
        "ethics",
        "logistics",
        "economics",
        "athletics",
        "gymnastics",
        "series",
        "species",
        "bus",
        "gas",
        "lens",
        "status",
        "campus",
        "bonus",
        "virus",
        "census",
        "chess",
        "business",
        "always",
        "perhaps",
    ]
)
_IRREGULAR_PLURAL = {v: k for k, v in _IRREGULAR_SINGULAR.items() if k != v} | {
    "person": "people",
    "staff": "staff",
}

# Words whose first letter is a vowel but whose sound is not, and the reverse.
_A_BEFORE = re.compile(r"^(?:uni|use|usu|uti|uk|eu|ewe|one|once|ufo|ura|uro|u-)", re.I)
_AN_BEFORE = re.compile(r"^(?:hour|honest|honou?r|heir|herb\b)", re.I)
# Letters whose name starts with a vowel sound: "an SMS", "an FAQ", "an API".
_VOWEL_LETTER_NAMES = set("AEFHILMNORSX")


def a_or_an(word: str) -> str:
    """The indefinite article for ``word`` ("a" or "an"), by its sound."""
    w = word.strip("\"'“‘(")
    if not w:
        return "a"
    if w[:1].isdigit():
        return "an" if re.match(r"^(?:8|11|18|80|800)(?!\d)", w) else "a"
    letters = re.match(r"[A-Za-z]+", w)
    token = letters.group(0) if letters else w
    if len(token) >= 2 and token.isupper() and len(token) <= 5 and not _pronounceable(token):
        return "an" if token[0] in _VOWEL_LETTER_NAMES else "a"
    if _AN_BEFORE.match(w):
        return "an"
    if _A_BEFORE.match(w):
        return "a"
    return "an" if w[:1].lower() in "aeiou" else "a"


def _pronounceable(token: str) -> bool:
    """Acronyms read as words ("NASA", "SaaS"), not letter by letter ("SMS", "FAQ")."""
    return bool(re.search(r"[AEIOU]", token[1:])) and len(token) >= 4


_ARTICLE_PAIR = re.compile(r"\b([Aa]n?)(\s+)([\"'“‘(]?[\w-]+)")


def fix_articles(text: str) -> str:
    """Make every "a"/"an" agree with the word after it."""

    def repl(m: re.Match) -> str:
        art, space, word = m.group(1), m.group(2), m.group(3)
        if art == "A" and word[:1].isupper() and m.start() > 0 and text[m.start() - 1] != " ":
            return m.group(0)
        want = a_or_an(word)
        if art[0] == "A":
            want = want.capitalize()
        return f"{want}{space}{word}"

    return _ARTICLE_PAIR.sub(repl, text)


def with_article(phrase: str) -> str:
    return f"{a_or_an(phrase)} {phrase}"


def third_person(base: str) -> str:
    """'nudge' -> 'nudges', 'match' -> 'matches', 'carry' -> 'carries', 'have' -> 'has'."""
    low = base.lower()
    if low in IRREGULAR_3SG:
        return IRREGULAR_3SG[low]
    if re.search(r"[^aeiou]y$", low):
        return base[:-1] + "ies"
    if re.search(r"(?:s|sh|ch|x|z|o)$", low):
        return base + "es"
    return base + "s"


def base_form(verb: str) -> str:
    """'nudges' -> 'nudge', 'matches' -> 'match', 'carries' -> 'carry', 'has' -> 'have'."""
    low = verb.lower()
    if low in IRREGULAR_BASE:
        return IRREGULAR_BASE[low]
    if low in VERBS:
        return verb
    if low.endswith("ies") and len(low) > 4:
        return verb[:-3] + "y"
    if re.search(r"(?:ss|sh|ch|x|zz|[^aeiou]o)es$", low):
        return verb[:-2]
    if low.endswith("s") and not low.endswith("ss"):
        return verb[:-1]
    return verb


def looks_like_3sg(word: str) -> bool:
    """True if ``word`` can be a present-tense verb after "it" ("sends", "flags")."""
    low = word.lower()
    if low in IRREGULAR_BASE:
        return True
    return low.endswith("s") and not low.endswith(("ss", "us", "is")) and len(low) > 2


def is_plural(noun: str) -> bool:
    low = noun.lower()
    if low in _IRREGULAR_SINGULAR:
        return True
    if low in _NOT_PLURAL or low.endswith(("ss", "us", "is", "ics")):
        return False
    return low.endswith("s") and len(low) > 3


def singular(noun: str) -> str:
    """'bakeries' -> 'bakery', 'nurses' -> 'nurse', 'children' -> 'child'."""
    low = noun.lower()
    if low in _IRREGULAR_SINGULAR:
        out = _IRREGULAR_SINGULAR[low]
        return out.capitalize() if noun[:1].isupper() else out
    if not is_plural(noun):
        return noun
    if low.endswith("ies") and len(low) > 4:
        return noun[:-3] + "y"
    if re.search(r"(?:ss|sh|ch|x|zz)es$", low):
        return noun[:-2]
    return noun[:-1]


def plural(noun: str) -> str:
    low = noun.lower()
    if low in _IRREGULAR_PLURAL:
        return _IRREGULAR_PLURAL[low]
    if re.search(r"[^aeiou]y$", low):
        return noun[:-1] + "ies"
    if re.search(r"(?:s|sh|ch|x|z)$", low):
        return noun + "es"
    return noun + "s"


def singular_phrase(phrase: str) -> str:
    """The phrase with its head noun made singular: 'nurses on night shifts' -> 'nurse on
    night shifts', 'small bakeries' -> 'small bakery'."""
    words = phrase.split()
    if not words:
        return phrase
    head = len(words) - 1
    for i, w in enumerate(words):
        if w.lower() in ("of", "on", "in", "at", "with", "from", "who", "that") and i > 0:
            head = i - 1
            break
    words[head] = singular(words[head])
    return " ".join(words)
