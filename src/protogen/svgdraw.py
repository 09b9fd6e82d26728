"""The drawing kit of protogen's pictures: a palette, people, devices and speech bubbles,
as SVG fragments in one flat, rounded style.

Every picture protogen draws (the storyboard frames, the preview of a page) is built
from these parts, so they share one look: flat shapes in the prototype's own palette,
rounded corners, one stroke width, simple figures with a head, a face that shows a mood
and a body. Nothing here takes text from a Brief: words go through
:mod:`protogen.svgtext`, which escapes, wraps and clamps them.
"""

from __future__ import annotations

import re
import zlib

#: The landing template's "ocean" palette: used for any colour a record lacks or garbles.
DEFAULT_COLORS = {
    "bg": "#ffffff",
    "surface": "#f3f7fc",
    "ink": "#0f1b2d",
    "muted": "#46566b",
    "accent": "#0b5cad",
    "on_accent": "#ffffff",
    "soft": "#e3eefa",
    "border": "#d5e0ec",
}
_HEX = re.compile(r"^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")
#: Skin tones; a persona's is chosen from its name, so a prototype keeps its person.
SKINS = ("#f6d3b3", "#e8b48c", "#c98b60", "#8f5b3c", "#f1c6a2")
HAIRS = ("#2f2320", "#4a3426", "#1c1a1d", "#6b4a2f", "#3a2c2a")
EYE = "#1d1714"
STROKE = 3


def _rgb(color: str) -> tuple[int, int, int]:
    h = color[1:]
    if len(h) == 3:
        h = "".join(c * 2 for c in h)
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)


def mix(a: str, b: str, t: float) -> str:
    """The colour ``t`` of the way from ``a`` to ``b``."""
    ra, rb = _rgb(a), _rgb(b)
    return "#" + "".join(f"{round(x + (y - x) * t):02x}" for x, y in zip(ra, rb, strict=True))


def luminance(color: str) -> float:
    """Relative luminance (WCAG), 0 for black to 1 for white."""

    def channel(v: int) -> float:
        c = v / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in _rgb(color))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


class Palette:
    """A prototype's colours (only well-formed hex colours get in), and the few derived
    ones the drawings need. (Plain classes here and below, not dataclasses: a dataclass
    costs ~0.5 ms to define, and these load on every ``protogen new``.)"""

    __slots__ = ("accent", "bg", "border", "ink", "muted", "on_accent", "soft", "surface")

    def __init__(self, **colors: str) -> None:
        for key in self.__slots__:
            setattr(self, key, colors[key])

    @classmethod
    def from_colors(cls, colors: object) -> Palette:
        given = colors if isinstance(colors, dict) else {}
        picked = {}
        for key, default in DEFAULT_COLORS.items():
            value = given.get(key)
            picked[key] = value.lower() if isinstance(value, str) and _HEX.match(value) else default
        return cls(**picked)

    @property
    def dark(self) -> bool:
        return luminance(self.bg) < 0.2

    @property
    def second(self) -> str:
        """A second shirt colour: the accent, softened towards the page."""
        return mix(self.accent, self.bg, 0.45)

    @property
    def line(self) -> str:
        """Placeholder lines of text on a page mock."""
        return mix(self.muted, self.bg, 0.55)

    @property
    def floor(self) -> str:
        return mix(self.soft, self.ink, 0.07)


class Looks:
    """How a persona looks: skin, hair colour and hair style, chosen from the name."""

    __slots__ = ("hair", "skin", "style")

    def __init__(self, skin: str, hair: str, style: int) -> None:
        self.skin, self.hair, self.style = skin, hair, style

    @classmethod
    def of(cls, name: object) -> Looks:
        n = zlib.crc32(str(name).encode("utf-8"))
        return cls(SKINS[n % len(SKINS)], HAIRS[(n // 7) % len(HAIRS)], (n // 49) % 3)


def rect(
    x: float, y: float, w: float, h: float, fill: str, *, rx: float = 0, extra: str = ""
) -> str:
    r = f' rx="{rx:g}"' if rx else ""
    return f'<rect x="{x:g}" y="{y:g}" width="{w:g}" height="{h:g}"{r} fill="{fill}"{extra}/>'


def circle(cx: float, cy: float, r: float, fill: str, extra: str = "") -> str:
    return f'<circle cx="{cx:g}" cy="{cy:g}" r="{r:g}" fill="{fill}"{extra}/>'


def path(d: str, fill: str = "none", stroke: str | None = None, width: float = STROKE) -> str:
    s = (
        f' stroke="{stroke}" stroke-width="{width:g}" stroke-linecap="round" '
        'stroke-linejoin="round"'
        if stroke
        else ""
    )
    return f'<path d="{d}" fill="{fill}"{s}/>'


def outline(color: str, width: float = STROKE) -> str:
    """Attributes for a round-jointed stroke (for :func:`rect` and :func:`circle`)."""
    return f' stroke="{color}" stroke-width="{width:g}" stroke-linejoin="round"'


# -- people ------------------------------------------------------------------------------
MOODS = ("calm", "upset", "happy", "joy")


def face(cx: float, cy: float, mood: str, p: Palette) -> str:
    """Eyes, brows and mouth on a head centred at (cx, cy), radius 30."""
    out = [circle(cx - 10, cy + 2, 3.2, EYE), circle(cx + 10, cy + 2, 3.2, EYE)]
    if mood == "upset":
        out.append(path(f"M{cx - 16},{cy - 10} L{cx - 5},{cy - 6}", stroke=EYE, width=2.6))
        out.append(path(f"M{cx + 16},{cy - 10} L{cx + 5},{cy - 6}", stroke=EYE, width=2.6))
        out.append(path(f"M{cx - 8},{cy + 18} Q{cx},{cy + 11} {cx + 8},{cy + 18}", stroke=EYE))
    elif mood == "joy":
        out.append(
            path(
                f"M{cx - 10},{cy + 12} Q{cx},{cy + 26} {cx + 10},{cy + 12} Z", fill=EYE, stroke=EYE
            )
        )
    elif mood == "happy":
        out.append(path(f"M{cx - 9},{cy + 13} Q{cx},{cy + 21} {cx + 9},{cy + 13}", stroke=EYE))
    else:
        out.append(path(f"M{cx - 7},{cy + 15} L{cx + 7},{cy + 15}", stroke=EYE))
    if mood in ("happy", "joy"):
        blush = mix("#ff8a80", p.bg, 0.35)
        out.append(circle(cx - 18, cy + 10, 4.5, blush, ' opacity="0.55"'))
        out.append(circle(cx + 18, cy + 10, 4.5, blush, ' opacity="0.55"'))
    return "".join(out)


def head(cx: float, cy: float, looks: Looks, mood: str, p: Palette) -> str:
    """A head of radius 30 with hair in one of three styles, and a face."""
    hair = looks.hair
    back = ""
    if looks.style == 1:  # long hair, behind the head
        back = rect(cx - 34, cy - 20, 68, 62, hair, rx=26)
    elif looks.style == 2:  # a bun
        back = circle(cx + 4, cy - 34, 13, hair)
    top = path(
        f"M{cx - 31},{cy + 4} C{cx - 34},{cy - 38} {cx + 34},{cy - 38} {cx + 31},{cy + 4} "
        f"C{cx + 22},{cy - 12} {cx - 6},{cy - 18} {cx - 31},{cy + 4} Z",
        fill=hair,
    )
    ears = circle(cx - 29, cy + 4, 6, looks.skin) + circle(cx + 29, cy + 4, 6, looks.skin)
    return back + ears + circle(cx, cy, 30, looks.skin) + top + face(cx, cy, mood, p)


def torso(cx: float, top: float, shirt: str, looks: Looks, height: float = 96) -> str:
    """Shoulders and body under a head whose chin is at ``top``; a neck joins them."""
    neck = rect(cx - 8, top - 8, 16, 22, looks.skin, rx=4)
    body = path(
        f"M{cx - 44},{top + height} L{cx - 44},{top + 36} "
        f"C{cx - 44},{top + 14} {cx - 30},{top + 8} {cx},{top + 8} "
        f"C{cx + 30},{top + 8} {cx + 44},{top + 14} {cx + 44},{top + 36} "
        f"L{cx + 44},{top + height} Z",
        fill=shirt,
    )
    return neck + body


def arm(
    x1: float,
    y1: float,
    x2: float,
    y2: float,
    shirt: str,
    looks: Looks,
    *,
    bend: tuple[float, float] | None = None,
) -> str:
    """A sleeve from the shoulder (x1, y1) to a hand at (x2, y2), through ``bend``."""
    d = f"M{x1},{y1} Q{bend[0]},{bend[1]} {x2},{y2}" if bend else f"M{x1},{y1} L{x2},{y2}"
    return path(d, stroke=shirt, width=15) + circle(x2, y2, 8.5, looks.skin)


def legs(cx: float, hip: float, length: float, color: str, *, apart: float = 14) -> str:
    shoe = "#2b2523"
    out = []
    for dx in (-apart, apart):
        out.append(
            path(f"M{cx + dx},{hip} L{cx + dx * 1.3},{hip + length}", stroke=color, width=18)
        )
        out.append(rect(cx + dx * 1.3 - 12, hip + length - 4, 24, 10, shoe, rx=5))
    return "".join(out)


# -- things ------------------------------------------------------------------------------
def desk(x: float, y: float, w: float, p: Palette) -> str:
    """A desk whose top edge is at ``y``."""
    top = rect(x, y, w, 14, p.surface, rx=6, extra=outline(p.ink))
    leg = mix(p.ink, p.soft, 0.35)
    return (
        top + rect(x + 18, y + 14, 10, 60, leg, rx=3) + rect(x + w - 28, y + 14, 10, 60, leg, rx=3)
    )


def laptop_back(cx: float, base: float, p: Palette) -> str:
    """A laptop seen from behind (its lid), standing on a desk at ``base``."""
    lid = rect(cx - 62, base - 84, 124, 80, mix(p.muted, p.bg, 0.25), rx=8, extra=outline(p.ink))
    logo = circle(cx, base - 44, 7, p.bg, ' opacity="0.7"')
    foot = rect(cx - 72, base - 6, 144, 6, p.ink, rx=3)
    return lid + logo + foot


def screen_frame(x: float, y: float, w: float, h: float, p: Palette) -> str:
    """A laptop seen from the front: bezel, the page area inside, and the keyboard base.
    The page area is (x + 10, y + 10, w - 20, h - 22)."""
    bezel = rect(x, y, w, h, p.ink, rx=12)
    page = rect(x + 10, y + 10, w - 20, h - 22, p.bg, rx=4)
    base = path(
        f"M{x - 26},{y + h} L{x + w + 26},{y + h} L{x + w + 14},{y + h + 14} "
        f"L{x - 14},{y + h + 14} Z",
        fill=mix(p.ink, p.bg, 0.25),
    )
    notch = rect(x + w / 2 - 24, y + h, 48, 5, p.ink, rx=2.5)
    return bezel + page + base + notch


def phone_frame(x: float, y: float, w: float, h: float, p: Palette) -> str:
    """A phone seen from the front; its screen is (x + 8, y + 8, w - 16, h - 16)."""
    body = rect(x, y, w, h, p.ink, rx=22)
    glass = rect(x + 8, y + 8, w - 16, h - 16, p.bg, rx=15)
    speaker = rect(x + w / 2 - 16, y + 14, 32, 5, p.ink, rx=2.5)
    return body + glass + speaker


def bubble(
    x: float,
    y: float,
    w: float,
    h: float,
    tail: tuple[float, float],
    p: Palette,
    *,
    fill: str | None = None,
) -> str:
    """A rounded speech bubble with its tail pointing at ``tail`` (below the bubble)."""
    tx, ty = tail
    mid = min(max(tx, x + 26), x + w - 26)
    r = min(18.0, h / 2)
    d = (
        f"M{x + r},{y} L{x + w - r},{y} Q{x + w},{y} {x + w},{y + r} "
        f"L{x + w},{y + h - r} Q{x + w},{y + h} {x + w - r},{y + h} "
        f"L{mid + 11},{y + h} L{tx},{ty} L{mid - 11},{y + h} "
        f"L{x + r},{y + h} Q{x},{y + h} {x},{y + h - r} L{x},{y + r} Q{x},{y} {x + r},{y} Z"
    )
    return path(d, fill=fill or p.bg, stroke=p.ink)


def thought(x: float, y: float, w: float, h: float, tail: tuple[float, float], p: Palette) -> str:
    """A thought cloud, with two small puffs trailing towards ``tail``."""
    tx, ty = tail
    cx, cy = x + w / 2, y + h / 2
    puffs = [circle(tx, ty, 5, p.bg, outline(p.ink, 2.5))]
    puffs.append(circle((tx + cx) / 2 - 4, (ty + y + h) / 2, 8, p.bg, outline(p.ink, 2.5)))
    body = rect(x, y, w, h, p.bg, rx=min(h / 2, 30), extra=outline(p.ink))
    del cx, cy
    return "".join(puffs) + body


def check(cx: float, cy: float, size: float, color: str, width: float = 6) -> str:
    s = size
    return path(
        f"M{cx - s * 0.5},{cy} L{cx - s * 0.15},{cy + s * 0.35} L{cx + s * 0.5},{cy - s * 0.4}",
        stroke=color,
        width=width,
    )


def heart(cx: float, cy: float, s: float, color: str) -> str:
    return path(
        f"M{cx},{cy + s * 0.9} C{cx - s * 1.4},{cy - s * 0.1} {cx - s * 0.7},{cy - s * 1.2} "
        f"{cx},{cy - s * 0.45} C{cx + s * 0.7},{cy - s * 1.2} {cx + s * 1.4},{cy - s * 0.1} "
        f"{cx},{cy + s * 0.9} Z",
        fill=color,
    )


def clock(
    cx: float, cy: float, r: float, p: Palette, *, hour: float = 10, minute: float = 10
) -> str:
    import math

    face_ = circle(cx, cy, r, p.bg, outline(p.ink))
    out = [face_]
    for h, length, w in ((hour / 12 + minute / 720, r * 0.5, 3.5), (minute / 60, r * 0.75, 2.5)):
        a = 2 * math.pi * h
        out.append(
            path(
                f"M{cx},{cy} L{cx + length * math.sin(a):.1f},{cy - length * math.cos(a):.1f}",
                stroke=p.ink,
                width=w,
            )
        )
    return "".join(out)


def plant(x: float, base: float, p: Palette) -> str:
    """A potted plant standing at ``base``: two leaves over a pot in the accent colour."""
    leaf = mix("#3f9d63", p.soft, 0.15)
    y = base - 26
    left = (
        f"M{x},{y} C{x - 26},{y - 18} {x - 22},{y - 40} {x - 4},{y - 44} "
        f"C{x},{y - 26} {x + 2},{y - 14} {x},{y} Z"
    )
    right = (
        f"M{x},{y} C{x + 24},{y - 14} {x + 26},{y - 34} {x + 10},{y - 40} "
        f"C{x + 4},{y - 24} {x},{y - 14} {x},{y} Z"
    )
    pot = f"M{x - 16},{base - 28} L{x + 16},{base - 28} L{x + 12},{base} L{x - 12},{base} Z"
    return (
        path(left, fill=leaf)
        + path(right, fill=mix(leaf, p.ink, 0.15))
        + path(pot, fill=mix(p.accent, p.bg, 0.3))
    )


def confetti(
    seed: str, box: tuple[float, float, float, float], colors: tuple[str, ...], count: int = 14
) -> str:
    """Small rotated pieces scattered in ``box`` (x, y, w, h), the same for the same seed."""
    x, y, w, h = box
    n = zlib.crc32(seed.encode("utf-8"))
    out = []
    for i in range(count):
        n = (n * 1103515245 + 12345) & 0x7FFFFFFF
        px, py = x + (n % 1000) / 1000 * w, y + ((n // 1000) % 1000) / 1000 * h
        angle = (n // 7) % 180
        color = colors[i % len(colors)]
        turn = f' transform="rotate({angle} {px:.1f} {py:.1f})"'
        out.append(rect(round(px - 5, 1), round(py - 2.5, 1), 10, 5, color, rx=2, extra=turn))
    return "".join(out)
