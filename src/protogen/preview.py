"""The preview: a drawing of the prototype's page, made from its Brief and palette.

Every prototype gets one (``screens/preview.svg``), because every card in the gallery
needs a picture and a screenshot needs Chromium. It has the proportions of the desktop
screenshot (16:10) and shows what the page shows first: the product's name, headline,
subhead and call to action, and its first three features, in the page's own colours.
"""

from __future__ import annotations

from typing import Any

from protogen import svgdraw as d
from protogen.frames import svg_document
from protogen.svgtext import clean, fit_size, text_block, width, wrap

W, H = 640, 400


def preview_svg(brief: dict[str, Any], colors: object) -> str:
    """The preview of the page ``brief`` describes, in the palette ``colors``."""
    p = d.Palette.from_colors(colors)
    name, tagline = clean(brief.get("name", "")), clean(brief.get("tagline", ""))
    out = [
        "<defs>"
        '<linearGradient id="pv-hero" x1="0" y1="0" x2="0" y2="1">'
        f'<stop offset="0" stop-color="{p.soft}"/><stop offset="1" stop-color="{p.bg}"/>'
        "</linearGradient>"
        '<clipPath id="pv-clip">' + d.rect(0, 0, W, H, "#000", rx=18) + "</clipPath>"
        "</defs>",
        '<g clip-path="url(#pv-clip)">',
        d.rect(0, 0, W, H, p.bg),
        # the window's bar
        d.rect(0, 0, W, 30, p.surface),
        d.rect(0, 30, W, 1, p.border),
    ]
    for j, color in enumerate(("#ef6a5e", "#f4bf4f", "#61c454")):
        out.append(d.circle(20 + j * 18, 15, 5.5, color))
    out.append(d.rect(84, 8, 300, 14, p.bg, rx=7, extra=f' stroke="{p.border}"'))
    # the page's top bar: brand and a small button
    out.append(d.rect(28, 48, 20, 20, p.accent, rx=5))
    cta = clean(brief.get("cta", ""))
    small = wrap(cta, 150, 12, bold=True)
    sw = width(small.lines[0] if small.lines else "", 12, True) + 28
    out.append(d.rect(W - 28 - sw, 44, sw, 28, p.accent, rx=14))
    out.append(
        text_block(
            small,
            x=W - 28 - sw,
            y=62.5,
            box_width=sw,
            size=12,
            line_height=14,
            fill=p.on_accent,
            bold=True,
            align="middle",
        )
    )
    brand = wrap(name, W - 28 - sw - 80, 17, bold=True)
    out.append(
        text_block(
            brand,
            x=56,
            y=64,
            box_width=W - sw - 108,
            size=17,
            line_height=20,
            fill=p.ink,
            bold=True,
        )
    )
    out.append(d.rect(0, 86, W, 1, p.border))
    # the hero: headline, subhead, call to action
    out.append(d.rect(0, 87, W, H - 87, "url(#pv-hero)"))
    left_w = 336
    size, head = fit_size(tagline, left_w, (34, 30, 26, 22), bold=True, max_lines=3)
    line_h = round(size * 1.18, 1)
    y = 112 + size
    out.append(
        text_block(
            head, x=28, y=y, box_width=left_w, size=size, line_height=line_h, fill=p.ink, bold=True
        )
    )
    y += line_h * (len(head.lines) - 1) + size * 0.35 + 28
    sub = wrap(brief.get("subhead", ""), left_w, 15, max_lines=3)
    out.append(text_block(sub, x=28, y=y, box_width=left_w, size=15, line_height=21, fill=p.muted))
    y += 21 * (len(sub.lines) - 1) + 24
    big = wrap(cta, 220, 15, bold=True)
    bw = width(big.lines[0] if big.lines else "", 15, True) + 40
    if y + 44 <= H - 12:
        out.append(d.rect(28, y, bw, 44, p.accent, rx=22))
        out.append(
            text_block(
                big,
                x=28,
                y=y + 27.5,
                box_width=bw,
                size=15,
                line_height=18,
                fill=p.on_accent,
                bold=True,
                align="middle",
            )
        )
    # the features, as a card beside the hero
    cx, cy, cw = 392, 112, 220
    features = [f for f in brief.get("features") or [] if isinstance(f, dict)][:3]
    ch = 28 + 62 * max(len(features), 1)
    out.append(
        d.rect(cx, cy, cw, ch, p.bg, rx=16, extra=f' stroke="{p.border}" stroke-width="1.5"')
    )
    for j, feature in enumerate(features):
        fy = cy + 20 + j * 62
        out.append(d.rect(cx + 16, fy, 34, 34, p.soft, rx=9))
        out.append(d.circle(cx + 33, fy + 17, 7, p.accent))
        label = wrap(feature.get("title", ""), cw - 80, 14, bold=True)
        out.append(
            text_block(
                label,
                x=cx + 62,
                y=fy + 14,
                box_width=cw - 80,
                size=14,
                line_height=17,
                fill=p.ink,
                bold=True,
            )
        )
        out.append(d.rect(cx + 62, fy + 24, (cw - 80) * (0.9 - 0.15 * j), 6, p.line, rx=3))
        out.append(d.rect(cx + 62, fy + 36, (cw - 80) * 0.55, 6, p.line, rx=3))
    out.append("</g>")
    out.append(
        d.rect(
            0.75,
            0.75,
            W - 1.5,
            H - 1.5,
            "none",
            rx=18,
            extra=f' stroke="{p.border}" stroke-width="1.5"',
        )
    )
    title = f"{name}: {tagline}" if tagline else name
    return svg_document(
        lang=str(brief.get("lang") or "en"),
        width=W,
        height=H,
        key="pv",
        title=title,
        desc=clean(brief.get("subhead", "")) or title,
        body="".join(out),
    )
