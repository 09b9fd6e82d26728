"""The storyboard frames: one SVG picture per scene of the Brief, drawn locally.

A storyboard of 4-6 scenes becomes 4-6 frames that tell the persona's story in pictures:

=========  ====================================================================
friction   the persona at their desk, hands on head, "?!" and notifications piling up
situation  the persona at their desk before it all, thinking of the day's to-dos
product    the product's page on a laptop: its name, headline and call to action
app        the product on a phone, in the persona's hand: its core screen
outcome    the persona cheering beside a rising chart that bears the product's name
share      the persona telling a colleague about the product; a heart comes back
=========  ====================================================================

Which picture a scene gets follows the story's arc by position (a Brief's scenes run
from the problem to the outcome): 4 scenes are friction, product, app, outcome; 5 add
share; 6 start with the situation. Each frame is a 640x480 SVG with its scene number,
the scene's title and caption under the picture (wrapped, clamped, never overflowing),
``<title>`` and ``<desc>`` first, in the palette of the prototype. No network, no image
model, no scripts: it takes a few milliseconds.
"""

from __future__ import annotations

import zlib
from typing import Any

from protogen import svgdraw as d
from protogen.svgtext import clean, esc, fit_size, text_block, wrap

W, H = 640, 480
SX, SY, SW, SH = 16, 16, 608, 292  # the stage: where the picture is drawn
FLOOR = 266
ARCS = {
    4: ("friction", "product", "app", "outcome"),
    5: ("friction", "product", "app", "outcome", "share"),
    6: ("situation", "friction", "product", "app", "outcome", "share"),
}

_FONTS = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, "
_CJK = {
    "ja": "'Noto Sans CJK JP', 'Hiragino Sans', 'Yu Gothic', 'Meiryo', ",
    "zh": "'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', ",
    "ko": "'Noto Sans CJK KR', 'Apple SD Gothic Neo', 'Malgun Gothic', ",
}


def font_stack(lang: str) -> str:
    """System fonts only (no web fonts), with the CJK fonts for ``lang`` first among
    the CJK ones, so Japanese gets Japanese glyph forms and Chinese gets Chinese."""
    primary = str(lang or "en").split("-")[0].lower()
    cjk = _CJK.get(primary, "") + "".join(v for k, v in _CJK.items() if k != primary)
    return _FONTS + cjk + "sans-serif"


def svg_document(
    *, lang: str, width: int, height: int, key: str, title: str, desc: str, body: str
) -> str:
    """A standalone, accessible SVG: ``<title>`` and ``<desc>`` first, labelled by both,
    with the language of its words and a system font stack."""
    lang_attr = esc(lang) if lang and all(c.isalnum() or c == "-" for c in lang) else "en"
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img" aria-labelledby="{key}-t {key}-d" '
        f'lang="{lang_attr}" xml:lang="{lang_attr}" font-family="{font_stack(lang)}">'
        f'<title id="{key}-t">{esc(title)}</title><desc id="{key}-d">{esc(desc)}</desc>'
        f"{body}</svg>\n"
    )


class Frame:
    """One storyboard frame: its file name (``storyboard/frame-N.svg``), the scene's
    title, the alt text for the image, the SVG, and which picture it is."""

    __slots__ = ("alt", "file", "kind", "svg", "title")

    def __init__(self, *, file: str, title: str, alt: str, svg: str, kind: str) -> None:
        self.file, self.title, self.alt, self.svg, self.kind = file, title, alt, svg, kind


def arc(count: int) -> tuple[str, ...]:
    """The picture each of ``count`` scenes gets (fewer than 4 or more than 6 are
    drawn with the nearest arc, cut or repeated as needed)."""
    base = ARCS[min(max(count, 4), 6)]
    return tuple(base[i] if i < len(base) else base[-1] for i in range(count))


def storyboard_frames(brief: dict[str, Any], colors: object) -> list[Frame]:
    """A frame per scene of ``brief``, in the palette ``colors`` (``palette_colors`` of
    the record; anything that is not a hex colour is ignored)."""
    p = d.Palette.from_colors(colors)
    scenes = [s for s in brief.get("scenes") or [] if isinstance(s, dict)][:6]
    kinds = arc(len(scenes))
    persona = brief.get("persona") if isinstance(brief.get("persona"), dict) else {}
    lang = str(brief.get("lang") or "en")
    frames = []
    for i, (scene, kind) in enumerate(zip(scenes, kinds, strict=True), 1):
        title = clean(scene.get("title", "")) or f"{i}"
        caption = clean(scene.get("caption", ""))
        seed = f"{brief.get('name')}|{i}|{title}".encode("utf-8", "replace")
        key = f"f{i}-{zlib.crc32(seed) & 0xFFFFFF:06x}"
        body = _frame_body(i, kind, title, caption, brief, persona, p)
        desc = caption or title
        frames.append(
            Frame(
                file=f"storyboard/frame-{i}.svg",
                title=title,
                alt=f"{title}: {caption}" if caption else title,
                svg=svg_document(
                    lang=lang,
                    width=W,
                    height=H,
                    key=key,
                    title=f"{i}. {title}",
                    desc=desc,
                    body=body,
                ),
                kind=kind,
            )
        )
    return frames


def _frame_body(
    i: int, kind: str, title: str, caption: str, brief: dict, persona: dict, p: d.Palette
) -> str:
    looks = d.Looks.of(persona.get("name", ""))
    clip_id = f"stage{i}"
    parts = [
        d.rect(0.5, 0.5, W - 1, H - 1, p.bg, rx=22, extra=f' stroke="{p.border}"'),
        f'<clipPath id="{clip_id}">{d.rect(SX, SY, SW, SH, "#000", rx=16)}</clipPath>',
        f'<g clip-path="url(#{clip_id})">',
        d.rect(SX, SY, SW, SH, p.soft),
        d.rect(SX, FLOOR, SW, SY + SH - FLOOR, p.floor),
        _DRAW[kind](brief, persona, looks, p),
        "</g>",
        d.circle(SX + 30, SY + 30, 19, p.accent),
        f'<text x="{SX + 30}" y="{SY + 37}" font-size="20" font-weight="700" '
        f'text-anchor="middle" fill="{p.on_accent}">{i}</text>',
    ]
    # The caption block: the scene's title on one line, its caption on up to four.
    x, w = 32, W - 64
    size, lines = fit_size(title, w, (22, 20, 18), bold=True)
    parts.append(
        text_block(lines, x=x, y=346, box_width=w, size=size, line_height=26, fill=p.ink, bold=True)
    )
    size, lines = fit_size(caption, w, (18, 17, 16, 15), max_lines=4)
    line_h = round(size * 1.33, 1)
    parts.append(
        text_block(lines, x=x, y=376, box_width=w, size=size, line_height=line_h, fill=p.muted)
    )
    return "".join(parts)


def _name_chip(persona: dict, p: d.Palette) -> str:
    """The persona's name and role on a label, top left of the stage, after the number."""
    name, role = clean(persona.get("name", "")), clean(persona.get("role", ""))
    text = f"{name} · {role}" if name and role else name or role
    if not text:
        return ""
    x, y, max_w = SX + 60, SY + 14, 340
    lines = wrap(text, max_w - 24, 14, bold=True)
    from protogen.svgtext import width as text_width

    w = min(max_w, text_width(lines.lines[0], 14, True) + 26)
    box = d.rect(x, y, w, 32, p.bg, rx=16, extra=f' stroke="{p.border}"')
    return box + text_block(
        lines, x=x + 13, y=y + 21, box_width=w - 26, size=14, line_height=18, fill=p.ink, bold=True
    )


# -- the pictures --------------------------------------------------------------------------
def _friction(brief: dict, persona: dict, looks: d.Looks, p: d.Palette) -> str:
    cx, cy = 200, 128
    out = [d.clock(548, 80, 24, p, hour=11, minute=50)]
    out.append(d.head(cx, cy, looks, "upset", p))
    out.append(d.torso(cx, cy + 30, p.accent, looks, height=78))
    # hands on head
    out.append(d.arm(cx - 38, cy + 66, cx - 34, cy - 8, p.accent, looks, bend=(cx - 78, cy + 30)))
    out.append(d.arm(cx + 38, cy + 66, cx + 34, cy - 8, p.accent, looks, bend=(cx + 78, cy + 30)))
    out.append(d.desk(84, 226, 472, p))
    out.append(d.laptop_back(410, 226, p))
    for j, (bx, by) in enumerate(((372, 118), (410, 98), (452, 114))):
        out.append(d.circle(bx, by, 14, p.accent, d.outline(p.bg, 3)))
        out.append(
            f'<text x="{bx}" y="{by + 6}" font-size="17" font-weight="700" text-anchor="middle" '
            f'fill="{p.on_accent}">!</text>'
        )
        del j
    # papers on the desk
    edge = f' stroke="{p.border}"'
    out.append(d.rect(120, 212, 56, 16, p.bg, rx=2, extra=f'{edge} transform="rotate(-8 148 220)"'))
    out.append(d.rect(292, 214, 52, 14, p.bg, rx=2, extra=f'{edge} transform="rotate(6 318 221)"'))
    out.append(d.bubble(264, 66, 84, 56, (244, 146), p))
    out.append(
        f'<text x="306" y="107" font-size="34" font-weight="700" text-anchor="middle" '
        f'fill="{p.accent}">?!</text>'
    )
    out.append(_name_chip(persona, p))
    return "".join(out)


def _situation(brief: dict, persona: dict, looks: d.Looks, p: d.Palette) -> str:
    cx, cy = 210, 132
    out = []
    # a window with the morning sun
    sky = d.mix(p.accent, p.bg, 0.78)
    out.append(d.rect(452, 62, 132, 96, sky, rx=8, extra=d.outline(p.ink)))
    out.append(d.circle(548, 92, 14, d.mix("#ffc94d", p.bg, 0.1)))
    out.append(d.path("M518,62 L518,158 M452,110 L584,110", stroke=p.ink))
    out.append(d.head(cx, cy, looks, "calm", p))
    out.append(d.torso(cx, cy + 30, p.accent, looks, height=74))
    out.append(d.arm(cx - 38, cy + 66, cx - 20, cy + 92, p.accent, looks, bend=(cx - 62, cy + 96)))
    out.append(d.arm(cx + 38, cy + 66, cx + 22, cy + 92, p.accent, looks, bend=(cx + 62, cy + 96)))
    out.append(d.desk(84, 226, 472, p))
    # a mug and a notebook
    out.append(d.rect(330, 196, 26, 30, p.bg, rx=5, extra=d.outline(p.ink, 2.5)))
    out.append(d.path("M356,204 C368,204 368,218 356,218", stroke=p.ink, width=2.5))
    out.append(d.rect(380, 214, 70, 12, d.mix(p.accent, p.bg, 0.5), rx=3))
    out.append(d.plant(510, 226, p))
    # thinking of the day's to-dos
    out.append(d.thought(262, 52, 132, 92, (cx + 34, cy - 30), p))
    for j in range(3):
        y = 72 + j * 24
        out.append(d.rect(280, y, 14, 14, p.bg, rx=3, extra=d.outline(p.muted, 2)))
        out.append(d.rect(302, y + 4, 74 - j * 12, 7, p.line, rx=3.5))
    out.append(_name_chip(persona, p))
    return "".join(out)


def _page_mock(
    x: float, y: float, w: float, h: float, brief: dict, p: d.Palette, *, compact: bool = False
) -> str:
    """The product's landing page in miniature: name, headline, subhead lines, button."""
    out = [d.rect(x, y, w, 30, p.bg)]
    out.append(d.rect(x + 12, y + 9, 12, 12, p.accent, rx=3))
    name = wrap(brief.get("name", ""), w - 44, 13, bold=True)
    out.append(
        text_block(
            name,
            x=x + 30,
            y=y + 20,
            box_width=w - 44,
            size=13,
            line_height=16,
            fill=p.ink,
            bold=True,
        )
    )
    out.append(d.rect(x, y + 30, w, h - 30, p.soft))
    out.append(d.rect(x, y + 30, w, 1, p.border))
    size, head = fit_size(
        brief.get("tagline", ""), w - 28, (20, 18, 16, 14), bold=True, max_lines=3
    )
    line_h = round(size * 1.22, 1)
    top = y + 40 + size
    out.append(
        text_block(
            head,
            x=x + 14,
            y=top,
            box_width=w - 28,
            size=size,
            line_height=line_h,
            fill=p.ink,
            bold=True,
        )
    )
    ly = top + line_h * (len(head.lines) - 1) + 14
    for j, frac in enumerate((0.86, 0.62)):
        out.append(d.rect(x + 14, ly + j * 12, (w - 28) * frac, 6, p.line, rx=3))
    by = ly + 30
    cta = wrap(brief.get("cta", ""), w - 60, 12, bold=True)
    from protogen.svgtext import width as text_width

    bw = min(w - 28, text_width(cta.lines[0] if cta.lines else "", 12, True) + 30)
    if by + 26 <= y + h - 4:
        out.append(d.rect(x + 14, by, bw, 26, p.accent, rx=13))
        out.append(
            text_block(
                cta,
                x=x + 14,
                y=by + 17,
                box_width=bw,
                size=12,
                line_height=14,
                fill=p.on_accent,
                bold=True,
                align="middle",
            )
        )
    del compact
    return "".join(out)


def _product(brief: dict, persona: dict, looks: d.Looks, p: d.Palette) -> str:
    out = []
    sx, sy, sw, sh = 262, 36, 336, 206
    out.append(d.screen_frame(sx, sy, sw, sh, p))
    out.append(_page_mock(sx + 10, sy + 10, sw - 20, sh - 22, brief, p))
    # the persona beside it, pointing at the screen, with a spark of discovery
    cx, cy = 122, 112
    out.append(d.legs(cx, cy + 150, 38, p.muted))
    out.append(d.head(cx, cy, looks, "happy", p))
    out.append(d.torso(cx, cy + 30, p.accent, looks, height=124))
    out.append(
        d.arm(cx - 38, cy + 66, cx - 46, cy + 128, p.accent, looks, bend=(cx - 58, cy + 100))
    )
    out.append(d.arm(cx + 38, cy + 66, cx + 112, cy + 40, p.accent, looks, bend=(cx + 80, cy + 74)))
    out.append(_spark(cx + 52, cy - 52, 14, p.accent))
    out.append(_spark(cx + 80, cy - 24, 8, p.accent))
    return "".join(out)


def _spark(cx: float, cy: float, r: float, color: str) -> str:
    k = r * 0.28
    return d.path(
        f"M{cx},{cy - r} L{cx + k},{cy - k} L{cx + r},{cy} L{cx + k},{cy + k} L{cx},{cy + r} "
        f"L{cx - k},{cy + k} L{cx - r},{cy} L{cx - k},{cy - k} Z",
        fill=color,
    )


def _app(brief: dict, persona: dict, looks: d.Looks, p: d.Palette) -> str:
    out = []
    cx, cy = 150, 118
    out.append(d.legs(cx, cy + 150, 38, p.muted))
    out.append(d.head(cx, cy, looks, "happy", p))
    out.append(d.torso(cx, cy + 30, p.accent, looks, height=124))
    out.append(
        d.arm(cx - 38, cy + 66, cx - 46, cy + 128, p.accent, looks, bend=(cx - 58, cy + 100))
    )
    px, py, pw, ph = 300, 32, 176, 272
    out.append(d.phone_frame(px, py, pw, ph, p))
    out.append(_core_mock(px + 8, py + 26, pw - 16, ph - 34, brief, p))
    # the hand holding the phone, over its lower edge
    out.append(d.arm(cx + 38, cy + 66, px + 6, py + 196, p.accent, looks, bend=(cx + 96, cy + 118)))
    out.append(_spark(512, 72, 16, p.accent))
    out.append(_spark(540, 110, 9, p.accent))
    out.append(_spark(500, 250, 11, d.mix(p.accent, p.bg, 0.4)))
    return "".join(out)


def _core_mock(x: float, y: float, w: float, h: float, brief: dict, p: d.Palette) -> str:
    """The app's core screen in miniature: its title, three sample rows and its action."""
    core = brief.get("core_screen") if isinstance(brief.get("core_screen"), dict) else {}
    out = [d.rect(x + 10, y + 2, 10, 10, p.accent, rx=2.5)]
    name = wrap(brief.get("name", ""), w - 34, 11, bold=True)
    out.append(
        text_block(
            name,
            x=x + 25,
            y=y + 11,
            box_width=w - 34,
            size=11,
            line_height=13,
            fill=p.muted,
            bold=True,
        )
    )
    size, title = fit_size(
        core.get("title") or brief.get("tagline", ""), w - 20, (15, 14, 13), bold=True, max_lines=2
    )
    out.append(
        text_block(
            title,
            x=x + 10,
            y=y + 22 + size,
            box_width=w - 20,
            size=size,
            line_height=size * 1.25,
            fill=p.ink,
            bold=True,
        )
    )
    ry = y + 30 + size * 1.25 * len(title.lines)
    items = [i for i in core.get("items") or [] if isinstance(i, dict)][:3]
    labels = [clean(i.get("title", "")) for i in items] or [
        clean(f.get("title", "")) for f in brief.get("features") or [] if isinstance(f, dict)
    ][:3]
    for j in range(3):
        out.append(d.rect(x + 8, ry, w - 16, 36, p.surface, rx=8, extra=f' stroke="{p.border}"'))
        out.append(d.circle(x + 22, ry + 18, 6, p.accent if j == 0 else d.mix(p.accent, p.bg, 0.5)))
        label = wrap(labels[j] if j < len(labels) else "", w - 54, 11, bold=True)
        out.append(
            text_block(
                label,
                x=x + 34,
                y=ry + 16,
                box_width=w - 54,
                size=11,
                line_height=13,
                fill=p.ink,
                bold=True,
            )
        )
        out.append(d.rect(x + 34, ry + 22, (w - 54) * (0.7 - j * 0.12), 5, p.line, rx=2.5))
        ry += 42
    action = wrap(core.get("action") or brief.get("cta", ""), w - 36, 12, bold=True)
    if ry + 30 <= y + h:
        out.append(d.rect(x + 8, ry + 2, w - 16, 28, p.accent, rx=14))
        out.append(
            text_block(
                action,
                x=x + 8,
                y=ry + 20,
                box_width=w - 16,
                size=12,
                line_height=14,
                fill=p.on_accent,
                bold=True,
                align="middle",
            )
        )
    return "".join(out)


def _outcome(brief: dict, persona: dict, looks: d.Looks, p: d.Palette) -> str:
    out = [
        d.confetti(
            str(brief.get("name", "")),
            (40, 30, 560, 120),
            (p.accent, d.mix(p.accent, p.bg, 0.5), "#f2b632", p.muted),
        )
    ]
    cx, cy = 180, 128
    out.append(d.legs(cx, cy + 144, 30, p.muted))
    out.append(d.head(cx, cy, looks, "joy", p))
    out.append(d.torso(cx, cy + 30, p.accent, looks, height=118))
    out.append(d.arm(cx - 38, cy + 62, cx - 70, cy - 30, p.accent, looks, bend=(cx - 76, cy + 28)))
    out.append(d.arm(cx + 38, cy + 62, cx + 70, cy - 30, p.accent, looks, bend=(cx + 76, cy + 28)))
    out.append(d.bubble(146, 24, 68, 50, (184, 88), p))
    out.append(d.check(180, 48, 26, p.accent, 6))
    # the chart card: the product's name over rising bars
    x, y, w, h = 352, 58, 232, 196
    out.append(d.rect(x, y, w, h, p.bg, rx=16, extra=d.outline(p.ink)))
    out.append(d.rect(x + 16, y + 16, 14, 14, p.accent, rx=3.5))
    name = wrap(brief.get("name", ""), w - 54, 15, bold=True)
    out.append(
        text_block(
            name,
            x=x + 38,
            y=y + 28,
            box_width=w - 54,
            size=15,
            line_height=18,
            fill=p.ink,
            bold=True,
        )
    )
    base = y + h - 22
    for j, bar in enumerate((30, 52, 74, 104)):
        color = p.accent if j == 3 else d.mix(p.accent, p.bg, 0.55)
        out.append(d.rect(x + 22 + j * 50, base - bar, 34, bar, color, rx=6))
    out.append(d.rect(x + 16, base, w - 32, 3, p.border, rx=1.5))
    out.append(
        d.path(
            f"M{x + 30},{base - 50} L{x + 90},{base - 74} "
            f"L{x + 140},{base - 90} L{x + 196},{base - 124}",
            stroke=p.ink,
            width=3,
        )
    )
    out.append(
        d.path(
            f"M{x + 182},{base - 124} L{x + 196},{base - 124} L{x + 196},{base - 110}",
            stroke=p.ink,
            width=3,
        )
    )
    return "".join(out)


def _share(brief: dict, persona: dict, looks: d.Looks, p: d.Palette) -> str:
    out = []
    other = d.Looks.of(f"{persona.get('name', '')}+colleague")
    if other.skin == looks.skin and other.style == looks.style:
        other = d.Looks(
            d.SKINS[(d.SKINS.index(looks.skin) + 2) % len(d.SKINS)],
            other.hair,
            (looks.style + 1) % 3,
        )
    for cx, who, shirt in ((170, looks, p.accent), (450, other, p.second)):
        cy = 124
        out.append(d.legs(cx, cy + 146, 34, p.muted))
        out.append(d.head(cx, cy, who, "happy", p))
        out.append(d.torso(cx, cy + 30, shirt, who, height=120))
        out.append(d.arm(cx - 38, cy + 66, cx - 46, cy + 128, shirt, who, bend=(cx - 58, cy + 100)))
        out.append(d.arm(cx + 38, cy + 66, cx + 46, cy + 128, shirt, who, bend=(cx + 58, cy + 100)))
    # the persona names the product; the colleague answers with a heart
    name = brief.get("name", "")
    size, lines = fit_size(name, 192, (22, 19, 16), bold=True, max_lines=2)
    bh = 30 + size * 1.2 * len(lines.lines)
    by = 68 - bh / 2
    out.append(d.bubble(206, by, 220, bh, (206, by + bh + 22), p))
    out.append(
        text_block(
            lines,
            x=220,
            y=by + 15 + size * 0.95,
            box_width=192,
            size=size,
            line_height=size * 1.2,
            fill=p.accent,
            bold=True,
            align="middle",
        )
    )
    out.append(d.bubble(494, 34, 76, 58, (476, 106), p))
    out.append(d.heart(532, 64, 16, p.accent))
    return "".join(out)


_DRAW = {
    "friction": _friction,
    "situation": _situation,
    "product": _product,
    "app": _app,
    "outcome": _outcome,
    "share": _share,
}
