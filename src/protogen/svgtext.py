"""Text in SVG that never overflows its box, in any script: escape, measure, wrap, clamp.

SVG has no text layout of its own: a ``<text>`` element is one line, as wide as its
glyphs, wherever the viewer's fonts make it. So protogen wraps text itself, before any
font is known, from per-character width estimates that err on the wide side:

* Latin, digits and punctuation: the widest advance of DejaVu Sans, Liberation Sans
  (Arial's metrics) and Noto Sans CJK's Latin, per character, regular and bold (measured
  in Chromium); accented letters take their base letter's width;
* CJK, kana, hangul and other full-width characters: 1 em; emoji 1.25 em;
* Greek, Cyrillic, Hebrew, Arabic and everything else: a per-script allowance that covers
  their wide letters.

Lines break at spaces; CJK breaks between characters, but never before closing
punctuation (。、」) nor after opening punctuation (「（), and not inside a katakana word
or a Korean word (Korean puts spaces between words); a word wider than the line is cut
between characters. Text past the last allowed line is cut with an ellipsis, so a
600-character caption and a 300-character word both stay inside the frame. The test
suite checks every text element's bounding box in Chromium.

All text is XML-escaped, and characters XML 1.0 forbids (control characters, lone
surrogates) are dropped, so any idea makes a well-formed SVG.
"""

from __future__ import annotations

import functools
import re
import unicodedata

#: Widest advance per ASCII character (0x20-0x7E), in hundredths of an em, across the
#: fonts above: regular, then bold.
_ASCII = tuple(
    tuple(int(n) for n in table.split())
    for table in (
        "32 41 48 84 64 96 78 28 40 40 50 84 32 37 32 40 64 64 64 64 64 64 64 64 "
        "64 64 34 34 84 84 84 56 102 69 69 73 78 67 62 78 76 30 54 67 56 87 75 79 "
        "67 79 73 67 62 74 69 99 69 67 69 40 40 40 84 56 61 62 64 55 64 62 36 64 "
        "64 28 28 58 29 98 64 62 64 64 42 53 40 64 60 82 60 60 53 64 34 64 84",
        "35 46 58 84 70 101 88 33 46 46 53 84 38 42 38 39 70 70 70 70 70 70 70 70 "
        "70 70 40 40 84 84 84 62 101 78 77 74 84 69 69 83 84 38 57 78 64 100 84 86 "
        "74 86 78 73 69 82 78 111 78 73 73 46 39 46 84 57 63 68 72 60 72 68 44 72 "
        "72 35 35 67 35 105 72 69 72 72 50 60 48 72 66 93 65 66 59 72 37 72 84",
    )
)
#: Estimates are multiplied by this, for fonts a little wider than the ones measured.
SAFETY = 1.04
ELLIPSIS = "\u2026"

#: No line starts with these (closing brackets, stops, small kana, prolonged sound mark).
_NO_START = set(
    "、。，．・：；？！ー」』）］｝〕〉》】〙〗〟’”｠»)]}.,!?%:;…‥〜ゝゞヽヾ々〻"
    "ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ゛゜"
)
#: No line ends with these (opening brackets and quotes).
_NO_END = set("「『（［｛〔〈《【〘〖〝‘“｟«([{")
#: What XML 1.0 cannot hold. (A class of the bad characters: the negated class of the
#: good ones takes Python ~15 ms to compile, a tenth of protogen's run.)
_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def clean(text: object) -> str:
    """``text`` on one line: whitespace runs become one space, and characters that XML
    cannot hold (controls, lone surrogates, U+FFFE/FFFF) are dropped."""
    return " ".join(_XML_BAD.sub("", str(text)).split())


def esc(text: object) -> str:
    """``text`` cleaned and escaped for XML character data and attribute values."""
    return (
        clean(text)
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&#39;")
    )


def _is_joiner(ch: str) -> bool:
    """Marks that belong to the character before them (accents, ZWJ, variation selectors)."""
    cat = unicodedata.category(ch)
    return (
        cat in ("Mn", "Me", "Mc")
        or ch in "\u200d\ufe0e\ufe0f"
        or "\U0001f3fb" <= ch <= "\U0001f3ff"
    )


def char_em(ch: str, bold: bool = False) -> float:
    """The estimated advance of ``ch`` in ems (generous: see the module docstring)."""
    code = ord(ch)
    if 0x20 <= code < 0x7F:
        return _ASCII[bold][code - 0x20] / 100
    cat = unicodedata.category(ch)
    if cat in ("Mn", "Me", "Cf", "Cc") or ch in "\u200b\ufe0e\ufe0f":
        return 0.0
    eaw = unicodedata.east_asian_width(ch)
    if eaw in ("W", "F"):
        return 1.25 if cat == "So" or code >= 0x1F000 else 1.0
    if code >= 0x1F000:
        return 1.25  # emoji and symbols that fonts draw wide
    base = unicodedata.normalize("NFD", ch)[0]
    if base != ch and 0x20 <= ord(base) < 0x7F:
        return char_em(base, bold)
    step = 0.08 if bold else 0.0
    if ch in "\u2026\u2014\u2030":
        return 1.0 + step
    if cat == "Zs":
        return 0.35
    if 0x370 <= code < 0x530:  # Greek, Cyrillic, Armenian
        wide = ch in "ЖШЩЮЫЉЊЦДФМжшщюыљњцдфмΩΨΦΜωψφμ"
        return (1.05 if wide else 0.82 if ch.isupper() else 0.66) + step
    if 0x590 <= code < 0x600:  # Hebrew
        return 0.64 + step
    if 0x600 <= code < 0x900:  # Arabic, Syriac, Thaana: joined letters are narrow
        return 0.64 + step
    if code < 0x250:
        narrow = {"ß": 0.64, "ø": 0.62, "ł": 0.33, "ı": 0.3, "đ": 0.65, "ð": 0.63, "þ": 0.64}
        return narrow.get(ch, 0.75 if cat == "Ll" else 1.0) + step
    if cat.startswith("P") or cat.startswith("S"):
        return 1.0 + step
    return 0.95 + step


def clusters(text: str) -> list[str]:
    """``text`` split into characters with their combining marks attached."""
    out: list[str] = []
    for ch in text:
        if out and (_is_joiner(ch) or out[-1].endswith("\u200d")):
            out[-1] += ch
        else:
            out.append(ch)
    return out


def width(text: str, size: float, bold: bool = False) -> float:
    """Estimated width of ``text`` in px at font size ``size`` (safety margin included)."""
    return sum(char_em(ch, bold) for ch in text) * size * SAFETY


def _wide(cluster: str) -> bool:
    return unicodedata.east_asian_width(cluster[0]) in ("W", "F")


def _word_of(cluster: str) -> str:
    """'kana' for katakana, 'hangul' for Korean syllables, '' otherwise."""
    code = ord(cluster[0])
    if 0x30A0 <= code <= 0x30FF or 0x31F0 <= code <= 0x31FF or 0xFF66 <= code <= 0xFF9F:
        return "kana"
    if 0xAC00 <= code <= 0xD7A3 or 0x1100 <= code <= 0x11FF or 0x3130 <= code <= 0x318F:
        return "hangul"
    return ""


def _break_after(a: str, b: str) -> bool:
    """May a line break fall between clusters ``a`` and ``b``? (spaces are handled apart)"""
    if b in _NO_START or a in _NO_END:
        return False
    if _word_of(a) and _word_of(b) and _word_of(a) == _word_of(b):
        return False  # inside a katakana word or a Korean word (Korean breaks at spaces)
    if _wide(a) or _wide(b):
        return True
    return a in "-\u2010/" and b.isalnum()  # after a hyphen or slash in a long word


class Lines:
    """Wrapped text: the lines, whether text was left out (``cut``) or a word had to be
    split between lines (``split``), and its base direction (right-to-left or not)."""

    __slots__ = ("cut", "lines", "rtl", "split")

    def __init__(self, lines: tuple[str, ...], cut: bool, rtl: bool, split: bool = False) -> None:
        self.lines, self.cut, self.rtl, self.split = lines, cut, rtl, split

    def __repr__(self) -> str:
        return f"Lines({self.lines!r}, cut={self.cut}, rtl={self.rtl}, split={self.split})"


def is_rtl(text: str) -> bool:
    """True when the first strong character is right-to-left (like HTML's dir=auto)."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


@functools.lru_cache(maxsize=512)
def _measured(
    text: str, bold: bool
) -> tuple[tuple[str, ...], tuple[float, ...], tuple[bool, ...], bool]:
    """``text`` (already clean) as clusters, their widths in ems, whether a line may break
    before each cluster, and its direction: computed once per text, whatever the size."""
    if text.isascii():  # the common case, without a Unicode lookup per character
        table = _ASCII[bold]
        units = tuple(text)
        ems = tuple(table[ord(c) - 0x20] / 100 if c >= " " else 0.0 for c in units)
        breaks = tuple(
            i > 0 and units[i - 1] in "-/" and c.isalnum() and units[i - 2 : i - 1] != (" ",)
            for i, c in enumerate(units)
        )
        return units, ems, breaks, False
    units = tuple(clusters(text))
    ems = tuple(sum(char_em(c, bold) for c in u) for u in units)
    breaks = tuple(
        i > 0 and units[i - 1] != " " and u != " " and _break_after(units[i - 1], u)
        for i, u in enumerate(units)
    )
    return units, ems, breaks, is_rtl(text)


def wrap(
    text: object, max_width: float, size: float, *, bold: bool = False, max_lines: int = 1
) -> Lines:
    """Break ``text`` into at most ``max_lines`` lines no wider than ``max_width`` px at
    font size ``size``; the last line ends with an ellipsis when text was left out."""
    units, ems, breaks, rtl = _measured(clean(text), bold)
    scale = size * SAFETY
    ws = [e * scale for e in ems]
    lines: list[str] = []
    starts: list[int] = []
    start, n = 0, len(units)
    split = False
    while len(lines) < max_lines:
        while start < n and units[start] == " ":
            start += 1
        if start >= n:
            break
        starts.append(start)
        used, end, last_break = 0.0, start, -1
        while end < n and used + ws[end] <= max_width:
            used += ws[end]
            if units[end] == " ":
                last_break = end
            elif end + 1 < n and breaks[end + 1]:
                last_break = end + 1
            end += 1
        if end >= n:
            cut = n
        elif units[end] == " ":
            cut = end
        elif last_break > start:
            cut = last_break
        else:  # a word (or a run that may not break) wider than the line: cut it,
            cut = max(end, start + 1)  # but not just before a closing mark if avoidable
            while cut - 1 > start and units[cut] in _NO_START:
                cut -= 1
            split = True
        lines.append("".join(units[start:cut]).rstrip())
        start = cut
    cut_short = any(u != " " for u in units[start:])
    if cut_short and lines:
        lines[-1] = _with_ellipsis(
            list(units[starts[-1] :]), ws[starts[-1] :], max_width, size, bold
        )
    return Lines(tuple(lines), cut_short, rtl, split)


def _with_ellipsis(
    units: list[str], ws: list[float], max_width: float, size: float, bold: bool
) -> str:
    """The last line of text that goes on: as much as fits before an ellipsis, ending at
    a word boundary when one is in the last 40% of the line, else mid-word."""
    room = max_width - width(ELLIPSIS, size, bold)
    used, end, last_space = 0.0, 0, -1
    while end < len(units) and used + ws[end] <= room:
        if units[end] == " ":
            last_space = end
        used += ws[end]
        end += 1
    if last_space > 0 and sum(ws[:last_space]) >= 0.6 * room:
        end = last_space
    kept = units[:end]
    while kept and kept[-1] in (" ", ",", ".", ";", ":", "、", "，", "。", "-"):
        kept.pop()
    return "".join(kept) + ELLIPSIS


def fit_size(
    text: object,
    max_width: float,
    sizes: tuple[float, ...],
    *,
    bold: bool = False,
    max_lines: int = 1,
) -> tuple[float, Lines]:
    """The largest of ``sizes`` at which all of ``text`` fits with no word split, else
    the largest at which it all fits, else the smallest (cut with an ellipsis)."""
    tries = [(size, wrap(text, max_width, size, bold=bold, max_lines=max_lines)) for size in sizes]
    for size, wrapped in tries:
        if not wrapped.cut and not wrapped.split:
            return size, wrapped
    for size, wrapped in tries:
        if not wrapped.cut:
            return size, wrapped
    return tries[-1]


def text_block(
    wrapped: Lines,
    *,
    x: float,
    y: float,
    box_width: float,
    size: float,
    line_height: float,
    fill: str,
    bold: bool = False,
    align: str = "start",
) -> str:
    """One ``<text>`` per line, the first baseline at ``y``. ``align`` is ``start``
    (left; right for right-to-left text), ``middle`` (centred in the box) or ``end``
    (right, for left-to-right text)."""
    weight = ' font-weight="700"' if bold else ""
    direction = ' direction="rtl"' if wrapped.rtl else ""
    if align == "middle":
        anchor, ax = "middle", x + box_width / 2
    elif wrapped.rtl:  # the start of a right-to-left line is its right end
        anchor, ax = "start", x + box_width
    else:
        anchor, ax = align, (x + box_width if align == "end" else x)
    out = []
    for i, line in enumerate(wrapped.lines):
        out.append(
            f'<text x="{ax:.1f}" y="{y + i * line_height:.1f}" font-size="{size:g}"{weight}'
            f'{direction} text-anchor="{anchor}" fill="{fill}">{esc(line)}</text>'
        )
    return "".join(out)
