"""Guess the language of an idea, fast and without a model.

py3langid is accurate but costs ~0.7 s to load its model, more than protogen's whole
budget for ``new``. An idea is a paragraph of product prose, so two cheap signals do:
the Unicode script (kana means Japanese, Hangul Korean, ...) and, for Latin script,
which language's most common function words occur most often.
"""

from __future__ import annotations

import re

# The most frequent function words: distinctive enough to separate these languages on
# a sentence or two of prose.
_STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        [
            "the",
            "a",
            "an",
            "and",
            "or",
            "of",
            "for",
            "to",
            "in",
            "on",
            "with",
            "that",
            "which",
            "who",
            "is",
            "are",
            "it",
            "its",
            "this",
            "you",
            "your",
            "they",
            "their",
            "them",
            "when",
            "from",
            "by",
            "as",
            "at",
            "be",
            "can",
            "will",
            "so",
            "into",
            "our",
            "we",
            "us",
        ]
    ),
    "es": frozenset(
        [
            "el",
            "la",
            "los",
            "las",
            "un",
            "una",
            "unos",
            "unas",
            "y",
            "o",
            "de",
            "del",
            "para",
            "por",
            "con",
            "que",
            "en",
            "es",
            "son",
            "su",
            "sus",
            "cuando",
            "se",
            "al",
            "lo",
            "como",
            "más",
            "sin",
            "les",
            "muy",
            "pero",
        ]
    ),
    "fr": frozenset(
        [
            "le",
            "la",
            "les",
            "un",
            "une",
            "des",
            "et",
            "ou",
            "de",
            "du",
            "pour",
            "par",
            "avec",
            "qui",
            "que",
            "dans",
            "est",
            "sont",
            "leur",
            "leurs",
            "quand",
            "se",
            "au",
            "aux",
            "ce",
            "cette",
            "en",
            "sur",
            "sans",
            "ne",
            "pas",
            "plus",
        ]
    ),
    "de": frozenset(
        [
            "der",
            "die",
            "das",
            "ein",
            "eine",
            "einen",
            "und",
            "oder",
            "von",
            "für",
            "mit",
            "die",
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
            "den",
            "dem",
            "des",
            "auf",
            "nicht",
            "auch",
        ]
    ),
    "pt": frozenset(
        [
            "o",
            "a",
            "os",
            "as",
            "um",
            "uma",
            "e",
            "ou",
            "de",
            "do",
            "da",
            "dos",
            "das",
            "para",
            "por",
            "com",
            "que",
            "em",
            "é",
            "são",
            "seu",
            "sua",
            "quando",
            "se",
            "ao",
            "no",
            "na",
            "não",
            "mais",
            "sem",
        ]
    ),
    "it": frozenset(
        [
            "il",
            "lo",
            "la",
            "i",
            "gli",
            "le",
            "un",
            "una",
            "e",
            "o",
            "di",
            "del",
            "della",
            "per",
            "con",
            "che",
            "in",
            "è",
            "sono",
            "suo",
            "sua",
            "quando",
            "si",
            "al",
            "nel",
            "non",
            "più",
            "senza",
        ]
    ),
    "nl": frozenset(
        [
            "de",
            "het",
            "een",
            "en",
            "of",
            "van",
            "voor",
            "met",
            "die",
            "dat",
            "in",
            "is",
            "zijn",
            "hun",
            "wanneer",
            "zich",
            "naar",
            "op",
            "niet",
            "ook",
            "als",
        ]
    ),
}

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def stopwords(lang: str) -> frozenset[str]:
    """The most frequent function words of ``lang`` (empty for languages not listed).

    The offline writer uses them to keep function words out of names and titles."""
    return _STOPWORDS.get(lang, frozenset())


def _script_language(text: str) -> str | None:
    """Return a language decided by script alone, or None for Latin-script text."""
    counts = {
        "kana": 0,
        "han": 0,
        "hangul": 0,
        "cyrillic": 0,
        "arabic": 0,
        "hebrew": 0,
        "greek": 0,
        "devanagari": 0,
        "thai": 0,
        "latin": 0,
    }
    for ch in text:
        o = ord(ch)
        if 0x3040 <= o <= 0x30FF or 0x31F0 <= o <= 0x31FF or 0xFF66 <= o <= 0xFF9F:
            counts["kana"] += 1
        elif 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF:
            counts["han"] += 1
        elif 0xAC00 <= o <= 0xD7AF or 0x1100 <= o <= 0x11FF:
            counts["hangul"] += 1
        elif 0x0400 <= o <= 0x04FF:
            counts["cyrillic"] += 1
        elif 0x0600 <= o <= 0x06FF:
            counts["arabic"] += 1
        elif 0x0590 <= o <= 0x05FF:
            counts["hebrew"] += 1
        elif 0x0370 <= o <= 0x03FF:
            counts["greek"] += 1
        elif 0x0900 <= o <= 0x097F:
            counts["devanagari"] += 1
        elif 0x0E00 <= o <= 0x0E7F:
            counts["thai"] += 1
        elif ch.isalpha() and o < 0x0250:
            counts["latin"] += 1
    if counts["kana"]:
        return "ja"
    best = max(counts, key=lambda k: counts[k])
    if best == "latin" or counts[best] == 0:
        return None
    return {
        "han": "zh",
        "hangul": "ko",
        "cyrillic": "ru",
        "arabic": "ar",
        "hebrew": "he",
        "greek": "el",
        "devanagari": "hi",
        "thai": "th",
    }[best]


def detect_language(text: str) -> str:
    """Return an ISO 639-1 code for ``text``; English when nothing points elsewhere."""
    by_script = _script_language(text)
    if by_script:
        return by_script
    words = [w.lower() for w in _WORD.findall(text)]
    if not words:
        return "en"
    scores = {lang: sum(1 for w in words if w in stop) for lang, stop in _STOPWORDS.items()}
    # Accented letters that belong to one language break near-ties ("ñ" is Spanish).
    lowered = text.lower()
    for lang, marks in (("es", "ñ¿¡"), ("de", "ßäöü"), ("pt", "ãõç"), ("fr", "èêàùçœôûîë")):
        scores[lang] += 2 * sum(lowered.count(m) for m in marks)
    # French elision ("l'idée", "qu'il") and "-eau" words ("créneau") are French only.
    scores["fr"] += 2 * len(re.findall(r"\b(?:[ldnsjc]|qu)['’][^\W\d_]|eaux?\b", lowered))
    best = max(scores, key=lambda k: (scores[k], k == "en"))
    return best if scores[best] > 0 else "en"
