"""The Japanese and Chinese reader.

Neither language marks words with spaces, so the reader leans on particles and set
phrases: "〜向けの" / "〜のための" and "为〜设计的" / "面向〜的" introduce the audience;
the noun right after is the product; the clauses of the other sentences are its
promises. Titles are runs of kanji and katakana (nouns); sentences are kept only when
short, so no long run of the idea is pasted.
"""

from __future__ import annotations

import re

from protogen.writers.offline.kinds import kind_of
from protogen.writers.offline.reading import Phrase, Promise, Reading

_AUD = {
    "ja": re.compile(
        r"(.{1,20}?)(?:向けの|のための|向け|専用の)([^。、！？!?]{1,30}?)(?=[。、！？!?]|で|を|が|は|$)"
    ),
    "zh": re.compile(
        r"(?:一个|一款)?(?:为|给|面向|帮助)([^，。、！？]{1,20}?)(?:设计|打造|准备)?的"
        r"([^，。、！？]{1,20}?)(?=[，。、！？]|$)"
    ),
}
_SPLIT = {
    "ja": re.compile(r"[。！？!?\n]+|(?<=[しり])、"),
    "zh": re.compile(r"[。！？!?；;\n]+|[，,]"),
}
_RUN = re.compile(r"[\u30a0-\u30ffー\u4e00-\u9fff]{2,}|[A-Za-z][A-Za-z0-9]+")
_PAIN = {
    "ja": re.compile(r"困|余って|忘れ|面倒|手間|できない|わからない|見つからない|無駄"),
    "zh": re.compile(r"找不到|浪费|麻烦|忘记|困难|不知道|经常|总是|难以"),
}
_NOT_PEOPLE_JA = ("社内", "会社", "自社")
_GENERIC = frozenset(
    [
        "アプリ",
        "サービス",
        "ツール",
        "システム",
        "应用",
        "工具",
        "系统",
        "平台",
        "小程序",
        "服务",
        "サイト",
    ]
)
_FUNCTION_ZH = re.compile(r"^(?:一个|一款|我们|想做|如果|之间|可以|会怎么样|怎么样|使用的)")


def _runs(text: str) -> list[str]:
    out = []
    for m in _RUN.finditer(text):
        w = m.group(0)
        w = re.sub(r"^(?:一个|一款|我们想做|我们想|想做|如果)", "", w)
        if len(w) >= 2:
            out.append(w)
    return out


def read(text: str, lang: str) -> Reading:
    r = Reading(lang=lang, text=text, kind=kind_of(text))
    flat = text.replace("\n", "。")
    m = _AUD[lang].search(flat)
    used = ""
    if m:
        aud, product = m.group(1).strip("、，。 "), m.group(2).strip("、，。 ")
        aud = re.sub(r"^(?:一个|一款|我们想做一个)", "", aud)
        if (lang == "ja" and aud.endswith(_NOT_PEOPLE_JA)) or aud in ("公司内部", "内部"):
            r.kind = "internal"
            r.internal = True
        elif 1 <= len(aud) <= 12:
            r.audience = Phrase(aud, group="person", singular=aud)
        if 2 <= len(product) <= 16:
            r.product = Phrase(product)
        used = m.group(0)
    clauses = [c.strip("、，, 　") for c in _SPLIT[lang].split(flat)]
    for c in clauses:
        if len(c) < 4 or (used and c in used) or (used and used.startswith(c)):
            continue
        if _PAIN[lang].search(c) and not r.pain and len(c) <= 24:
            r.pain = c
            continue
        if lang == "ja" and c.endswith("し"):
            c = c[:-1] + "します"
        if not r.product:
            runs = [w for w in _runs(c) if w not in _GENERIC and not _FUNCTION_ZH.match(w)]
            ends = re.search(
                r"([\u30a0-\u30ffー\u4e00-\u9fff]{2,12})(?:を作りたい|を作る|です)?$", c
            )
            cand = ends.group(1) if ends and lang == "ja" else (runs[-1] if runs else "")
            if cand and len(cand) <= 16 and (lang == "ja" or c.endswith(cand)):
                r.product = Phrase(cand)
                continue
        runs = [w for w in _runs(c) if w not in _GENERIC]
        title = max(runs, key=len)[:12] if runs else ""
        does = c if len(c) <= 24 else ""
        if title:
            r.promises.append(Promise(does=does, title=title, sentence="", agent="product"))
    if r.product is None:
        runs = [w for w in _runs(flat) if w not in _GENERIC]
        if runs:
            r.product = Phrase(max(runs, key=len)[:12])
    words: list[str] = []
    for w in ([r.product.text] if r.product else []) + [p.title for p in r.promises] + _runs(flat):
        for part in re.split(
            r"(?<=[\u4e00-\u9fff])(?=[\u30a0-\u30ff])|(?<=[\u30a0-\u30ff])(?=[\u4e00-\u9fff])", w
        ):
            if part not in words and part not in _GENERIC and 2 <= len(part) <= 6:
                words.append(part)
    r.keywords = words
    return r
