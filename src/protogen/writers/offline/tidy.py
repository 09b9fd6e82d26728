"""The last pass over every sentence: agreement and punctuation that frames cannot know.

Frames put chunks side by side; this pass makes the seams grammatical for the language:
"a"/"an" before the next word's sound, Spanish
"de el" -> "del", Portuguese "de os" -> "dos", German "in dem" -> "im"; no doubled or
orphaned punctuation; the first letter upper case. (French elision and contraction are
made where a frame meets a chunk, by :mod:`.fr_grammar`: here they would also change the
idea's own words, as in "du mal à les suivre".)
"""

from __future__ import annotations

import re

from protogen.writers.offline.en_morph import fix_articles

_CJK = ("ja", "zh")
_ES = [(r"\bde el\b", "del"), (r"\ba el\b", "al")]
_PT = [
    (r"\bde o\b", "do"),
    (r"\bde a\b", "da"),
    (r"\bde os\b", "dos"),
    (r"\bde as\b", "das"),
    (r"\bem o\b", "no"),
    (r"\bem a\b", "na"),
    (r"\bem os\b", "nos"),
    (r"\bem as\b", "nas"),
    (r"\ba o\b", "ao"),
    (r"\ba os\b", "aos"),
    (r"\bpor o\b", "pelo"),
    (r"\bpor a\b", "pela"),
]
_DE = [
    (r"\bin dem\b", "im"),
    (r"\bvon dem\b", "vom"),
    (r"\bzu dem\b", "zum"),
    (r"\bzu der\b", "zur"),
]


def tidy(text: str, lang: str) -> str:
    """Agreement at the seams, clean punctuation, a capital first letter."""
    text = " ".join(text.split())
    if lang == "en":
        text = fix_articles(text)
    elif lang == "es":
        for pat, rep in _ES:
            text = re.sub(pat, rep, text)
    elif lang == "pt":
        for pat, rep in _PT:
            text = re.sub(pat, rep, text)
    elif lang == "de":
        for pat, rep in _DE:
            text = re.sub(pat, rep, text)
    text = punctuation(text, lang)
    return text[:1].upper() + text[1:] if text[:1].isalpha() else text


def punctuation(text: str, lang: str) -> str:
    """No doubled or orphaned punctuation: '..', ',.', ' ,', '。。', '、。'."""
    if lang in _CJK:
        text = re.sub(r"\s*([。！？、，：；])\s*", r"\1", text)
        text = re.sub(r"[。．.]{2,}", "。", text)
        text = re.sub(r"[、，,]+([。！？])", r"\1", text)
        text = re.sub(r"([。！？])[、，]+", r"\1", text)
        text = re.sub(r"([！？])。", r"\1", text)
        return text.strip()
    text = re.sub(r"\s+([,.;:!?)])" if lang != "fr" else r"\s+([,.)])", r"\1", text)
    text = re.sub(r"\.{2,}(?!\.)", ".", text.replace("…", "\x00"))
    text = text.replace("\x00", "…")
    text = re.sub(r"([,;:])\s*([.!?])", r"\2", text)
    text = re.sub(r"([.!?])\s*\.", r"\1", text)
    text = re.sub(r",\s*,", ",", text)
    text = re.sub(r"\(\s*\)", "", text)
    text = re.sub(r"\s{2,}", " ", text)
    if lang == "fr":
        text = re.sub(r"\s*([;:!?»])", "\u202f\\1", text)
        text = re.sub(r"«\s*", "«\u202f", text)
        text = re.sub(r"(\d)\u202f:(\d)", r"\1:\2", text)
    return text.strip(" ,;")


def clip(text: str, limit: int) -> str:
    """At most ``limit`` characters, cut at a word boundary with an ellipsis."""
    text = text.strip()
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rfind(" ")]
    return cut.rstrip(" ,;:-、，") + "…"


_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
_CJK_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]")


def _tokens(text: str, lang: str) -> list[tuple[str, int]]:
    """(word, end offset) pairs; in Japanese and Chinese every two characters count as
    one word, so 12 words are 24 characters."""
    if lang in _CJK:
        chars = [(ch.lower(), i + 1) for i, ch in enumerate(text) if ch.isalnum()]
        return [
            ("".join(c for c, _ in chars[i : i + 2]), chars[min(i + 1, len(chars) - 1)][1])
            for i in range(0, len(chars), 2)
        ]
    return [(m.group(0).lower().replace("’", "'"), m.end()) for m in _WORD.finditer(text)]


_GRAMS: dict[tuple[str, str, int], frozenset] = {}


def _idea_grams(idea: str, lang: str, n: int) -> frozenset:
    key = (idea, lang, n)
    if key not in _GRAMS:
        if lang in _CJK:
            # every alignment of character pairs
            chars = [ch.lower() for ch in idea if ch.isalnum()]
            grams = set()
            for off in (0, 1):
                pairs = ["".join(chars[i : i + 2]) for i in range(off, len(chars), 2)]
                grams |= {tuple(pairs[i : i + n]) for i in range(len(pairs) - n + 1)}
        else:
            words = [w for w, _ in _tokens(idea, lang)]
            grams = {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}
        _GRAMS.clear() if len(_GRAMS) > 8 else None
        _GRAMS[key] = frozenset(grams)
    return _GRAMS[key]


def pasted_at(text: str, idea: str, lang: str, limit: int = 12) -> int:
    """-1 if ``text`` repeats no more than ``limit`` consecutive words of ``idea``; else
    the offset in ``text`` where the first longer run reaches ``limit`` + 1 words."""
    n = limit + 1
    grams = _idea_grams(idea, lang, n)
    if not grams:
        return -1
    toks = _tokens(text, lang)
    if lang in _CJK:
        chars = [(ch.lower(), i + 1) for i, ch in enumerate(text) if ch.isalnum()]
        for off in (0, 1):
            pairs = [
                ("".join(c for c, _ in chars[i : i + 2]), chars[min(i + 1, len(chars) - 1)][1])
                for i in range(off, len(chars), 2)
            ]
            for i in range(len(pairs) - n + 1):
                if tuple(w for w, _ in pairs[i : i + n]) in grams:
                    return pairs[i + n - 2][1]
        return -1
    words = [w for w, _ in toks]
    for i in range(len(words) - n + 1):
        if tuple(words[i : i + n]) in grams:
            return toks[i + n - 2][1]
    return -1
