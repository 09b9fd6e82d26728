"""Product names: brandable, made from what the idea is about.

A name joins the idea's most telling content word (a noun: "renewal", "dough",
"Kommissionier", "パン") with a short suffix that suits the kind of product ("Radar",
"Nest", "ナビ", "通"). Never a function word, a run of the idea, an adjective about the
audience or a brand the idea used as an analogy ("Uber for ...").
"""

from __future__ import annotations

import hashlib
import re

from protogen.language import stopwords
from protogen.writers.offline.reading import Reading

_ADJ = re.compile(
    r"(?:al|ive|ous|ful|less|able|ible|ic|ish|ly|ing|ed|ado|ada|ivo|iva|eux|euse|"
    r"ig|lich|isch|bar|oso|osa)$"
)
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
        "thing",
        "way",
        "people",
        "users",
        "user",
        "system",
        "solution",
        "idea",
        "aplicación",
        "aplicacion",
        "aplicativo",
        "herramienta",
        "plataforma",
        "servicio",
        "application",
        "outil",
        "plateforme",
        "werkzeug",
        "plattform",
        "tool",
        "ferramenta",
        "serviço",
        "sistema",
        "internal",
        "interno",
        "interna",
        "interne",
        "intern",
        "internes",
        "kind",
        "small",
        "big",
        "new",
        "smart",
        "simple",
        "easy",
        "better",
        "local",
        "online",
        "mobile",
        "web",
        "digital",
        "pequeño",
        "pequeña",
        "pequeno",
        "pequena",
        "petit",
        "petite",
        "klein",
        "kleine",
        "kleinen",
        "grand",
        "grande",
    ]
)


def _seed_index(seed: int, key: str, n: int) -> int:
    digest = hashlib.sha256(f"{seed}|name|{key}".encode()).digest()
    return int.from_bytes(digest[:4], "big") % max(n, 1)


def candidates(r: Reading, adjective: re.Pattern = _ADJ) -> list[str]:
    stop = stopwords(r.lang)
    audience_mods = set()
    if r.audience:
        audience_mods = {w.lower() for w in r.audience.text.split()[:-1]}
    out = []
    for w in r.keywords:
        lw = w.lower()
        if (
            lw in stop
            or lw in _GENERIC
            or lw in audience_mods
            or (r.brand and lw == r.brand.lower())
            or (
                r.lang not in ("ja", "zh")
                and (len(lw) < 3 or not lw.isalpha() or adjective.search(lw))
            )
        ):
            continue
        out.append(w)
    return out


def make_name(r: Reading, book, seed: int) -> str:
    names = book.data["names"]
    suffixes = names["suffixes"][r.kind]
    # A book may say which endings mark an adjective in its language ("-ing" is one in
    # English, not in French: "camping", "planning").
    ending = names.get("adjective_endings")
    adjective = re.compile(f"(?:{ending})$") if ending else _ADJ
    words = [w for w in candidates(r, adjective) if len(w) <= (6 if r.lang in ("ja", "zh") else 12)]
    if not words:
        pool = names["fallback"]
        return pool[_seed_index(seed, "fallback", len(pool))]
    if r.lang in ("ja", "zh"):
        concept = next((w for w in words if 2 <= len(w) <= 4), words[0][:4])
        return concept + suffixes[_seed_index(seed, "suffix", len(suffixes))]
    word = words[0]
    if len(word) > 9 and len(words) > 1 and len(words[1]) <= 9:
        word = words[1]
    word = word[:1].upper() + word[1:].lower()
    if "-" in word:
        word = "".join(p[:1].upper() + p[1:] for p in word.split("-"))[:12]
    suffix = suffixes[_seed_index(seed, "suffix", len(suffixes))]
    if suffix.lower() in word.lower() or word.lower().endswith(suffix.lower()[:2]):
        suffix = suffixes[(_seed_index(seed, "suffix", len(suffixes)) + 1) % len(suffixes)]
    if suffix.startswith("-"):
        return word + suffix[1:]
    return word + suffix
