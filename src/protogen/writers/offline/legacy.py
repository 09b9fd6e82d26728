"""The previous offline writer, kept for the languages whose new phrasebook is not written
yet (es, fr, de, pt, ja, zh); English and languages without a phrasebook use the new
composer. To be removed when every book exists.

The offline writer: a deterministic Brief from the idea's own words, in milliseconds.

It needs no network and no model, so ``protogen new`` works on a plane. It reads the idea
rather than pasting it: it finds what the product is ("habit tracker"), who it is for
("remote teams") and what it promises ("nudges people in Slack ..."), then sets those
words in the phrasebook's sentences for the idea's language. The same idea and tone
always give the same Brief (no randomness, choices come from a hash of the idea).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from protogen.idea import Idea
from protogen.language import stopwords
from protogen.writers import WriteResult
from protogen.writers.offline.legacy_phrasebook import PHRASEBOOKS

# Markers that introduce the audience and the promise, per language (lower case,
# matched with surrounding spaces so that "for" never matches inside "forget").
_AUDIENCE = {
    "en": (" for ", " to help ", " helping "),
    "es": (" para ",),
    "fr": (" pour ",),
    "de": (" für ",),
    "pt": (" para ",),
}
_PROMISE = {
    "en": (" that ", " which ", " who ", " where ", " so that ", " so ", " to "),
    "es": (" que ",),
    "fr": (" qui ", " que "),
    "de": (", die ", ", das ", ", der ", " die ", " das "),
    "pt": (" que ",),
}
_AND = {
    "en": r",\s*and\s+|\s+and\s+(?=[a-z]+s\b)|;\s*|,\s+(?=[a-z]+s\b)",
    "es": r",\s*y\s+|;\s*",
    "fr": r",\s*et\s+|;\s*",
    "de": r",\s*und\s+|;\s*",
    "pt": r",\s*e\s+|;\s*",
}
_ARTICLES = {
    "en": ("a", "an", "the"),
    "es": ("un", "una", "el", "la", "los", "las"),
    "fr": ("un", "une", "le", "la", "les", "l'"),
    "de": ("ein", "eine", "einen", "der", "die", "das"),
    "pt": ("um", "uma", "o", "a", "os", "as"),
}
# Words too generic to name a product after.
_GENERIC = frozenset(
    [
        "app",
        "apps",
        "tool",
        "tools",
        "platform",
        "service",
        "website",
        "site",
        "product",
        "way",
        "people",
        "users",
        "user",
        "thing",
        "something",
        "anyone",
        "everyone",
        "someone",
        "simple",
        "easy",
        "new",
        "better",
        "mobile",
        "web",
        "online",
        "aplicación",
        "herramienta",
        "plataforma",
        "application",
        "outil",
        "werkzeug",
        "plattform",
        "ferramenta",
    ]
)
# Common English verbs in their base form: they end an audience ("helps freelancers
# send ..."), never name a product, and tell "to sell" clauses from "sells" clauses.
_EN_VERBS = frozenset(
    [
        "send",
        "find",
        "get",
        "track",
        "plan",
        "book",
        "swap",
        "share",
        "sell",
        "buy",
        "manage",
        "learn",
        "save",
        "build",
        "create",
        "organize",
        "organise",
        "chase",
        "schedule",
        "pay",
        "meet",
        "connect",
        "discover",
        "keep",
        "make",
        "see",
        "stay",
        "write",
        "order",
        "rent",
        "hire",
        "split",
        "compare",
        "cook",
        "eat",
        "sleep",
        "practice",
        "practise",
        "study",
        "read",
        "watch",
        "know",
        "avoid",
        "reduce",
        "log",
        "record",
        "sign",
        "run",
        "turn",
        "stop",
        "start",
        "remember",
        "automate",
        "design",
        "launch",
        "grow",
        "match",
        "help",
        "let",
        "allow",
        "enable",
        "want",
        "need",
        "use",
        "can",
        "will",
        "do",
        "give",
        "take",
        "bring",
        "collect",
        "join",
        "invite",
        "vote",
        "rate",
        "review",
        "summarize",
        "summarise",
        "translate",
        "teach",
        "coach",
        "train",
        "lend",
        "borrow",
        "donate",
        "recycle",
        "grow",
        "ship",
        "deliver",
        "trade",
        "exchange",
        "host",
        "post",
        "publish",
        "stream",
        "listen",
        "play",
        "count",
        "measure",
        "compute",
        "check",
        "remind",
        "nudge",
        "notify",
        "alert",
        "show",
        "display",
        "turn",
    ]
)
_EN_NOT_NAMES = frozenset(
    [
        "where",
        "what",
        "which",
        "while",
        "with",
        "each",
        "other",
        "into",
        "then",
        "than",
        "very",
        "just",
        "also",
        "able",
        "want",
        "idea",
        "every",
        "their",
        "there",
        "these",
        "those",
        "about",
        "after",
        "before",
        "over",
        "under",
        "without",
    ]
)
_PRODUCT_NOUNS = frozenset(
    [
        "app",
        "marketplace",
        "platform",
        "tool",
        "service",
        "website",
        "site",
        "tracker",
        "planner",
        "extension",
        "bot",
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
    ]
)
_EN_LEADIN = re.compile(
    r"^(?:(?:i|we)(?:'d| would)? (?:want|like|plan|am planning|are planning|hope) to "
    r"(?:build|make|create|launch|start|design) |(?:i'm|we're|i am|we are) (?:building|making) "
    r"|(?:build|make|create|design) (?=an? )|imagine |what if there (?:was|were) |idea: ?)",
    re.I,
)
_ZH_SPLIT = re.compile(r"通过|[在时的和并为把被让给与及或是了着过，、]")
_PROBLEM_CUES = {
    "en": (
        "struggle",
        "hard to",
        "waste",
        "lose",
        "forget",
        "miss",
        "pain",
        "frustrat",
        "tired of",
        "problem",
        "can't",
        "cannot",
        "no way",
        "too often",
        "never know",
    ),
    "es": ("problema", "difícil", "pierden", "olvidan", "cuesta", "frustra", "no saben"),
    "fr": ("problème", "difficile", "perdent", "oublient", "galère", "frustr"),
    "de": ("problem", "schwer", "verlieren", "vergessen", "mühsam", "frust"),
    "pt": ("problema", "difícil", "perdem", "esquecem", "frustra"),
}
_CJK_AUDIENCE = {
    "ja": re.compile(
        r"^(.{1,30}?)(?:向けの|のための|向け)(.{1,30}?)(?:[。、！？!?.,]|で|を|が|は|$)"
    ),
    "zh": re.compile(
        r"^(?:一个|一款)?(?:为|給|给|面向)(.{1,30}?)(?:打造|设计|準備|准备)?的(.{1,30}?)(?:[。，、！？!?.,]|$)"
    ),
}
_CJK_SPLIT = {
    "ja": re.compile(r"[。！？!?\n]+|(?<=し)、"),
    "zh": re.compile(r"[。！？!?；;\n]+|[，,]\s*"),
}
_LATIN_SENTENCES = re.compile(r"(?<=[.!?…])\s+|\n+")
_WORDS = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*", re.UNICODE)
_CJK_RUN = re.compile(r"[\u30a0-\u30ff\u4e00-\u9fffー]{2,}")


def _clip(text: str, limit: int) -> str:
    """Shorten ``text`` to at most ``limit`` characters, at a word boundary, with an ellipsis."""
    text = text.strip()
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rfind(" ")]
    return cut.rstrip(" ,;:-") + "…"


def _wordy(text: str) -> bool:
    """True if ``text`` has at least two letters or digits (not just punctuation)."""
    return sum(ch.isalnum() for ch in text) >= 2


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def _strip_article(phrase: str, lang: str) -> str:
    words = phrase.split()
    while words and words[0].lower().rstrip("'") in _ARTICLES.get(lang, ()):
        words = words[1:]
    if words and lang == "fr" and words[0].lower().startswith("l'"):
        words[0] = words[0][2:]
    return " ".join(words)


def _find(text: str, markers: tuple[str, ...], start: int = 0) -> tuple[int, str] | None:
    """Earliest occurrence (index, marker) of any marker in ``text`` after ``start``."""
    low = text.lower()
    hits = [(low.find(m, start), m) for m in markers]
    hits = [h for h in hits if h[0] >= 0]
    return min(hits) if hits else None


def _stable_index(key: str, n: int) -> int:
    return int(hashlib.sha256(key.encode("utf-8")).hexdigest()[:8], 16) % n


@dataclass
class Reading:
    """What the writer understood of the idea."""

    lang: str  # the phrasebook language used for the copy
    product: str
    audience: str
    promise: str  # the whole promise, as a verb phrase ("nudges ... and shows ...")
    clauses: list[str] = field(default_factory=list)  # feature-sized pieces of the idea
    # per clause: "verb3" reads "<name> <clause>" ("sends invoices"), "inf" reads
    # "<name> helps <audience> <clause>" ("send invoices"), "plain" is a sentence already
    kinds: list[str] = field(default_factory=list)
    pain: str = ""
    keywords: list[str] = field(default_factory=list)
    proper: set[str] = field(default_factory=set)  # capitalised mid-sentence: brand names
    marker: str = "that"  # the word that introduced the promise ("that", "where", ...)
    audience_in_promise: bool = False  # "helps freelancers ...": don't say it twice


def _en_audience_after_verb(promise: str) -> str:
    """'helps freelancers send invoices' -> 'freelancers' (words up to the next verb)."""
    m = re.match(r"(?:helps?|lets?|allows?|enables?|where)\s+(.+)", promise, re.I)
    if not m:
        return ""
    words: list[str] = []
    for w in m.group(1).split():
        low = w.lower().strip(",.;:")
        if low in _EN_VERBS or low in ("to", "can", "with", "by", "and", "who", "that"):
            break
        words.append(w.strip(",.;:"))
        if len(words) == 5:
            break
    return " ".join(words) if len(words) < 5 else ""


def _clause_kind(clause: str, lang: str, marker: str) -> str:
    first = clause.split(" ", 1)[0].lower()
    if lang != "en":
        return "verb3"
    if marker.strip() == "where":
        return "plain"
    if marker.strip() == "to" or (first in _EN_VERBS and not first.endswith("s")):
        return "inf"
    return "verb3"


def _de_verb_second(clause: str) -> str:
    """German relative clauses end in the verb: 'Fotos vom Spaziergang schickt' ->
    'schickt Fotos vom Spaziergang', so the clause reads as '<name> schickt ...'."""
    words = clause.split()
    return " ".join([words[-1], *words[:-1]]) if len(words) > 1 else clause


def _read_latin(text: str, lang: str, book: dict) -> Reading:
    sentences = [s.strip() for s in _LATIN_SENTENCES.split(text) if s.strip()]
    first = sentences[0].rstrip(".!?…") if sentences else text
    product = audience = promise = ""
    marker = ""
    if lang == "en":
        first = _EN_LEADIN.sub("", first).strip() or first
        imperative = re.match(r"(?:help|let)\s+(.+)", first, re.I)
        if imperative:  # "Help nurses on night shifts plan meals": the idea is the promise
            first = "an app that helps " + imperative.group(1)
    aud = _find(first, _AUDIENCE[lang])
    pro = _find(first, _PROMISE[lang])
    if aud and (not pro or aud[0] < pro[0]):
        product = first[: aud[0]]
        rest = first[aud[0] + len(aud[1]) :]
        pro2 = _find(rest, _PROMISE[lang])
        if pro2:
            audience, promise = rest[: pro2[0]], rest[pro2[0] + len(pro2[1]) :]
            marker = pro2[1]
        else:
            audience = re.split(r",|\s(?:with|by|con|avec|mit|com)\s", rest, maxsplit=1)[0]
    elif pro:
        product, promise, marker = first[: pro[0]], first[pro[0] + len(pro[1]) :], pro[1]
    else:
        product = first
    # English copy re-adds "a"/"an" itself; the other languages keep the idea's own
    # article, which carries the noun's gender ("una aplicación").
    product = product.strip(" ,;:")
    audience = audience.strip(" ,;:")
    audience_in_promise = False
    if lang == "en":
        product = _strip_article(product, lang)
        audience = _strip_article(audience, lang)
        audience_in_promise = not audience and bool(promise)
        if not audience and promise:
            audience = _en_audience_after_verb(
                ("where " if marker.strip() == "where" else "") + promise
            )
        if audience.split(" ", 1)[0].lower().endswith("ing"):
            audience = "people " + audience  # "for adopting shelter dogs"
    elif product.split(" ", 1)[0].lower() in _ARTICLES[lang]:
        product = product[:1].lower() + product[1:]  # "Una aplicación" mid-sentence
    proper = set()
    if lang != "de":  # every German noun is capitalised; elsewhere capitals mark names
        proper = {
            w
            for s in sentences
            for i, w in enumerate(_WORDS.findall(s))
            if i > 0 and w[:1].isupper()
        }
    # "Uber for tutors": a brand and a noun make an analogy, not a product name.
    words = product.split()
    if (
        len(words) == 1
        and words[0][:1].isupper()
        and words[0].lower() not in _PRODUCT_NOUNS
        and audience
        and lang == "en"
        and len(text.split()) <= 8
    ):
        proper.add(words[0])
        product = f"{words[0]}-style app"
    elif len(words) == 1 and lang == "en":
        product = product.lower()
    if len(product.split()) > 6 or not product:
        product = book["default_product"] if not product else " ".join(product.split()[-3:])
    if len(audience.split()) > 8:
        audience = " ".join(audience.split()[:6])
    clauses: list[str] = []
    kinds: list[str] = []
    if promise:
        for part in re.split(_AND[lang], promise.strip(" ,;:")):
            part = part.strip(" ,;:.")
            if len(part) < 6:
                continue
            kind = _clause_kind(part, lang, marker)
            if (
                lang == "en"
                and kind == "inf"
                and re.match(r"(?:help|let|allow|enable)s?\s", part, re.I)
            ):
                kind = "verb3"
            pieces = [part]
            if lang == "de" and marker.startswith((",", " die", " das", " der")):
                pieces = [
                    _de_verb_second(p) for p in re.split(r"\s+und\s+", part) if len(p.split()) >= 2
                ]
            for piece in pieces:
                clauses.append(piece)
                kinds.append(kind)
    for s in sentences[1:]:
        s = s.strip()
        if 12 <= len(s) <= 300:
            clauses.append(s.rstrip(".!?…"))
            kinds.append("plain")
    pain = ""
    if lang == "en":
        m = re.search(
            r"\b(?:when|whenever|if|because)\s+(?:they|people|you)\s+([^,.;]+)", text, re.I
        )
        if m and audience:
            pain = f"{audience} {m.group(1).strip()}"
    for s in sentences[1:] if not pain else ():
        if any(c in s.lower() for c in _PROBLEM_CUES.get(lang, ())):
            pain = s.rstrip(".!?…")
            break
    stop = stopwords(lang)
    counts: dict[str, int] = {}
    for w in _WORDS.findall(text):
        lw = w.lower()
        if lang == "de" and not w[:1].isupper():
            continue  # German nouns are capitalised: they make names, verbs do not
        if lang == "en" and (
            lw in _EN_VERBS
            or lw.rstrip("s") in _EN_VERBS
            or lw in _EN_NOT_NAMES
            or lw.endswith("ing")
        ):
            continue
        if len(lw) >= 4 and lw not in stop and lw not in _GENERIC and w not in proper:
            counts[lw] = counts.get(lw, 0) + 1
    keywords = sorted(counts, key=lambda w: (-counts[w], text.lower().find(w)))
    return Reading(
        lang,
        product,
        audience,
        promise.strip(" ,;:."),
        clauses,
        kinds,
        pain,
        keywords,
        proper,
        marker.strip(" ,") if marker.strip(" ,") in ("that", "which", "where") else "that",
        audience_in_promise,
    )


def _read_cjk(text: str, lang: str, book: dict) -> Reading:
    product = audience = ""
    m = _CJK_AUDIENCE[lang].search(text)
    if m:
        audience, product = m.group(1).strip(), m.group(2).strip()
    parts = [p.strip() for p in _CJK_SPLIT[lang].split(text) if len(p.strip()) >= 4]
    if m and parts and parts[0] in m.group(0) + text[m.end() : m.end() + 1]:
        parts = parts[1:]  # the sentence that named product and audience is no feature
    # "...通知し" is a continuative form cut at a comma: finish it as a sentence.
    parts = [p[:-1] + "します" if lang == "ja" and p.endswith("し") else p for p in parts]
    if not product:
        runs = _CJK_RUN.findall(parts[0] if parts else text)
        product = max(runs, key=len)[:12] if runs else book["default_product"]
    clauses = parts[:6]
    promise = clauses[0].rstrip("。") if clauses else ""
    return Reading(
        lang,
        product[:20],
        audience[:30],
        promise,
        clauses,
        ["plain"] * len(clauses),
        "",
        _CJK_RUN.findall(text),
        set(),
    )


def _name(reading: Reading, idea: Idea) -> str:
    """A short, pronounceable product name made from the idea's own words."""
    if reading.lang in ("ja", "zh"):
        return reading.product[:12]

    def word(w: str) -> str:
        w = re.sub(r"[^\w]", "", w)
        if len(w) > 4 and w.endswith("s") and not w.endswith("ss"):
            w = w[:-1]
        return w[:1].upper() + w[1:12].lower()

    def latin(w: str) -> bool:
        return all(ord(ch) < 0x250 for ch in w)

    prod_words = [
        w
        for w in _WORDS.findall(reading.product)
        if w.lower() not in _GENERIC
        and w.lower() not in stopwords(reading.lang)
        and w not in reading.proper
        and not w.endswith("-style")
        and not (reading.lang == "de" and not w[:1].isupper())
    ]
    pool = [w for w in prod_words if len(w) >= 3] + [
        k for k in reading.keywords if k not in {p.lower() for p in prod_words}
    ]
    pool = [w for w in pool if len(w) <= 10] or pool  # short words make names
    if not pool:
        words = [w for w in _WORDS.findall(idea.text) if len(w) >= 3]
        pool = words or ["Proto"]
    a = word(pool[0])
    b = word(pool[1]) if len(pool) > 1 else "Hub"
    if not latin(a):  # suffixes like "-ly" only make sense in Latin script
        return a
    if not latin(b):
        b = "Hub"
    patterns = ["{a}{b}", "{a}ly", "{a}Loop", "{a}Pilot", "{b}Nest", "{a}Kit"]
    return patterns[_stable_index(idea.text, len(patterns))].format(a=a, b=b)


def _title_from(clause: str, lang: str, skip_first: bool) -> str:
    """A feature title: the clause's longest run of content words (2-4 words)."""
    if lang == "zh":
        parts = [p for p in _ZH_SPLIT.split(clause) if len(p) >= 2]
        return (max(parts, key=len) if parts else clause)[:12]
    if lang == "ja":
        runs = _CJK_RUN.findall(clause)
        return (max(runs, key=len) if runs else clause)[:14]
    stop = stopwords(lang) | {"when", "they", "their", "them", "who", "what"}
    if lang == "en":
        stop = stop | _EN_NOT_NAMES
    words = _WORDS.findall(clause)
    if skip_first and words:
        words = words[1:]
    runs: list[list[str]] = [[]]
    for w in words:
        if w.lower() in stop or (lang == "en" and w.lower() in _EN_VERBS):
            runs.append([])
        else:
            runs[-1].append(w)
    best = max(runs, key=lambda r: (min(len(r), 4), runs.index(r)))
    title = " ".join(best[:4]) or " ".join(words[:3])
    return _cap(title)


def _base_form(verb: str) -> str:
    """'nudges' -> 'nudge', 'matches' -> 'match', 'carries' -> 'carry' (English only)."""
    low = verb.lower()
    if low.endswith("ies") and len(low) > 4:
        return verb[:-3] + "y"
    if low.endswith(("ches", "shes", "sses", "xes", "zzes", "oes")):
        return verb[:-2]
    if low.endswith("s") and not low.endswith("ss"):
        return verb[:-1]
    return verb


_DASHBOARD_CUES = (
    "dashboard",
    "track",
    "streak",
    "progress",
    "analytic",
    "stats",
    "metric",
    "report",
    "monitor",
    "habit",
    "panel",
    "tablero",
    "tableau",
    "übersicht",
    "statistik",
    "ダッシュボード",
    "記録",
    "看板",
    "追踪",
    "统计",
)
_LIST_CUES = (
    "marketplace",
    "find",
    "browse",
    "book",
    "search",
    "match",
    "swap",
    "directory",
    "shop",
    "order",
    "rent",
    "hire",
    "compare",
    "listing",
    "catalog",
    "encuentra",
    "busca",
    "reserva",
    "trouve",
    "réserv",
    "findet",
    "such",
    "buch",
    "encontra",
    "探す",
    "予約",
    "找",
    "预订",
    "预约",
)


def _core_screen(idea: Idea, book: dict, features: list[dict], f) -> dict:
    """The app's main screen: a dashboard, list or detail view, with sample rows."""
    text = idea.text.lower()

    def first(cues: tuple[str, ...]) -> int:
        """Where the earliest cue starts (a word start for Latin-script cues)."""
        found = [
            m.start()
            for c in cues
            for m in [re.search((r"\b" if c.isascii() else "") + re.escape(c), text)]
            if m
        ]
        return min(found, default=10**9)

    d, li = first(_DASHBOARD_CUES), first(_LIST_CUES)
    kind = "detail" if d == li == 10**9 else ("dashboard" if d <= li else "list")
    core = book["core"]
    seed = _stable_index(idea.text, 997)
    statuses, people = core["statuses"], core["people"]
    items = []
    for i in range(5 if kind != "detail" else min(len(features), 5)):
        feat = features[i % len(features)]
        n = 2 + (seed + 7 * i) % 11
        title = (
            feat["title"] if kind == "detail" else f"{people[i % len(people)]} · {feat['title']}"
        )
        items.append(
            {
                "title": _clip(title, 110),
                "detail": _clip(feat["text"], 300),
                "status": statuses[(seed + i) % len(statuses)],
                "value": core["value"].format(n=n),
            }
        )
    while len(items) < 3:
        items.append({**items[-1], "title": _clip(items[-1]["title"] + " (2)", 110)})
    count = {"dashboard": 4, "list": 2, "detail": 0}[kind]
    values = [str(8 + seed % 40), str(20 + seed % 60), str(1 + seed % 5), str(3 + seed % 9)]
    metrics = [
        {"label": label, "value": values[i]} for i, label in enumerate(core["metrics"][:count])
    ]
    return {
        "kind": kind,
        "title": _clip(f(core["titles"][kind]), 110),
        "intro": _clip(f(core["intro"][kind]), 590),
        "action": core["action"][kind],
        "metrics": metrics,
        "items": items,
    }


def _article(phrase: str) -> str:
    low = phrase.lower()
    vowel = low[:1] in "aeiou" and not low.startswith(("use", "uni", "eu", "one"))
    return ("an " if vowel else "a ") + phrase


class LegacyWriter:
    """Deterministic writer: the idea's nouns and promises in well-formed scaffolding."""

    name = "offline"

    def write(self, idea: Idea, *, tone: str) -> WriteResult:
        lang = idea.lang if idea.lang in PHRASEBOOKS else "en"
        book = PHRASEBOOKS[lang]
        if lang in ("ja", "zh"):
            reading = _read_cjk(idea.text, lang, book)
        elif lang == idea.lang:
            reading = _read_latin(idea.text, lang, book)
        else:  # a language without a phrasebook: English copy, the idea quoted as is
            reading = Reading(
                "en", book["default_product"], book["default_audience"], "", keywords=[]
            )
        if not _wordy(_strip_article(reading.product, lang)):
            reading.product = ""
        if not _wordy(_strip_article(reading.audience, lang)):
            reading.audience = ""
        name = _clip(_name(reading, idea), 40)
        if not _wordy(name):
            name = "Protolab"
        product = _clip(reading.product or book["default_product"], 60)
        audience = _clip(reading.audience or book["default_audience"], 60)

        def as_verb_phrase(clause: str, kind: str) -> str:
            """The clause as what the product does: '<name> <this>'."""
            if kind == "inf":
                return f"helps {audience} {clause}" if reading.audience else f"lets you {clause}"
            return clause

        promise_first = book["default_promise"]
        if reading.clauses and reading.kinds[0] != "plain":
            promise_first = as_verb_phrase(reading.clauses[0], reading.kinds[0])
        elif reading.promise and lang in ("ja", "zh"):
            promise_first = reading.promise
        fill = {
            "name": name,
            "product": product,
            "Product": _cap(product),
            "a_product": _article(product) if lang == "en" else product,
            "audience": audience,
            "Audience": _cap(audience),
            "promise": _clip(reading.promise or book["default_promise"], 300),
        }

        def f(template: str, **extra: str) -> str:
            return template.format(**{**fill, **extra})

        tagline = _clip(f(book["tagline"][tone]), 110)
        subhead_t = book["subhead"] if reading.promise else book["subhead_nopromise"]
        if lang == "en":
            subhead_t = subhead_t.replace("is a {product}", "is {a_product}").replace(
                "that {promise}", reading.marker + " {promise}"
            )
            if reading.audience_in_promise:
                subhead_t = subhead_t.replace(" for {audience}", "")
        subhead = _clip(f(subhead_t), 590)

        features = []
        for clause, kind in zip(reading.clauses, reading.kinds, strict=False):
            if len(features) == 6:
                break
            title = _clip(_title_from(clause, lang, kind != "plain"), 60)
            if not _wordy(title) or not _wordy(clause):
                continue
            if kind == "plain" or lang in ("ja", "zh"):
                text = _cap(clause)
            else:
                text = f"{name} {as_verb_phrase(clause, kind)}"
            end = (
                ""
                if text.endswith(("。", ".", "!", "?", "！", "？"))
                else ("。" if lang in ("ja", "zh") else ".")
            )
            features.append({"title": title, "text": _clip(text + end, 590)})
        for title, text in book["fillers"]:
            if len(features) >= 3:
                break
            features.append({"title": f(title), "text": f(text)})

        if reading.pain and "problem_with_pain" in book:
            problem = _clip(f(book["problem_with_pain"], pain=_cap(reading.pain)), 1990)
        elif reading.pain:
            problem = _clip(_cap(reading.pain) + ". " + f(book["problem"]), 1990)
        else:
            problem = f(book["problem"])
        persona = {
            k: _clip(f(v), 110 if k in ("name", "role") else 590)
            for k, v in book["persona"].items()
        }
        pname = persona["name"]
        stories = [
            {"as_a": _clip(f(a), 110), "i_want": f(b), "so_that": f(c)}
            for a, b, c in book["stories"]
        ]
        if lang == "en":
            for clause, kind in zip(reading.clauses, reading.kinds, strict=False):
                if kind == "plain" or len(stories) >= 5:
                    continue
                if kind == "inf":
                    want = f"{name} to help me {clause}"
                else:
                    verb, _, rest = clause.partition(" ")
                    want = f"{name} to {_base_form(verb)} {rest}"
                stories.insert(
                    len(stories) - 1,
                    {
                        "as_a": _clip(f(book["stories"][0][0]), 110),
                        "i_want": _clip(want.strip(), 590),
                        "so_that": f(book["story_from_feature"][2]),
                    },
                )
        scenes = [
            {
                "title": f(t),
                "caption": _clip(
                    f(c, persona=pname, tagline=tagline, promise=_clip(promise_first, 200)), 590
                ),
            }
            for t, c in book["scenes"]
        ]
        brief = {
            "lang": lang,
            "name": name,
            "tagline": tagline,
            "subhead": subhead,
            "problem": problem,
            "audience": audience,
            "persona": persona,
            "features": features,
            "steps": [{"title": f(t), "text": f(x)} for t, x in book["steps"]],
            "cta": book["cta"][tone],
            "signup_title": _clip(f(book["signup_title"][tone]), 110),
            "signup_text": f(book["signup_text"]),
            "mock_quote": {"quote": f(book["quote"][0]), "attribution": book["quote"][1]},
            "faq": [{"question": f(q), "answer": f(a)} for q, a in book["faq"]],
            "user_stories": stories[:6],
            "scenes": scenes,
            "assumptions": [_clip(f(a), 590) for a in book["assumptions"]],
            "open_questions": [_clip(f(q), 590) for q in book["open_questions"]],
            "success_metric": f(book["success_metric"]),
            "core_screen": _core_screen(idea, book, features, f),
            "labels": dict(book["labels"]),
            "tone": tone,
        }
        return WriteResult(brief=brief, writer=self.name, meta={})
