"""What each page of the site shows, as plain data for the theme's templates.

The gallery home shows the newest cards, the shots-on-goal panel and the filters; a month
page lists every prototype of a month; a prototype's page tells its story (frames,
screens, problem, persona, stories, the questions for the meeting, how to run it, where
its history is). Text comes from records, so it is only ever passed as data: the theme's
templates autoescape it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from protogen.record import Record
from protogen.site.cards import Card, safe_relpath
from protogen.stories import names_in, story_line

#: Cards on the gallery's first page; every other prototype is one click away on its
#: month's page (and found by the search, which loads the full index on demand).
FIRST_PAGE = 48


@dataclass(frozen=True)
class SiteSettings:
    """The gallery-wide words and links: its title and intro (``protogen.toml``), and
    where its history can be browsed (a GitHub remote), if anywhere."""

    title: str = "Prototype gallery"
    intro: tuple[str, ...] = ()
    history_url: str | None = None  # e.g. https://github.com/o/r/commits/main
    built: datetime | None = None
    workflow: bool = True  # write .github/workflows/pages.yml when it is missing

    @property
    def built_human(self) -> str:
        return f"{self.built.day} {self.built:%B %Y}" if self.built else ""

    @property
    def description(self) -> str:
        return (
            " ".join(self.intro)[:300]
            or "A portfolio of product prototypes: each one a page you can click and a "
            "storyboard you can read."
        )


@dataclass(frozen=True)
class Month:
    key: str  # 2026-11
    label: str  # November 2026
    count: int
    newer: Month | None = None
    older: Month | None = None


def months_of(cards: list[Card]) -> list[Month]:
    """Every month with a prototype, newest first, with the links to its neighbours."""
    counts: dict[str, int] = {}
    labels: dict[str, str] = {}
    for c in cards:
        counts[c.month] = counts.get(c.month, 0) + 1
        labels[c.month] = c.month_human
    keys = sorted(counts, reverse=True)
    plain = [Month(k, labels[k], counts[k]) for k in keys]
    return [
        Month(
            m.key,
            m.label,
            m.count,
            newer=plain[i - 1] if i > 0 else None,
            older=plain[i + 1] if i + 1 < len(plain) else None,
        )
        for i, m in enumerate(plain)
    ]


@dataclass(frozen=True)
class Filter:
    key: str
    label: str
    values: list[dict[str, str]] = field(default_factory=list)


def filters_of(cards: list[Card], months: list[Month]) -> list[Filter]:
    """The filter menus: only the values that occur, each once."""

    def distinct(values: list[str]) -> list[dict[str, str]]:
        seen: list[str] = []
        for v in values:
            if v and v not in seen:
                seen.append(v)
        return [{"value": v, "label": v} for v in sorted(seen, key=str.lower)]

    out = [
        Filter("tp", "Template", distinct([c.template for c in cards])),
        Filter("w", "Written by", distinct([c.writer for c in cards])),
        Filter("m", "Month", [{"value": m.key, "label": m.label} for m in months]),
    ]
    tags = distinct([t for c in cards for t in c.tags])
    if tags:
        out.append(Filter("g", "Tag", tags))
    return [f for f in out if len(f.values) > 1]


def prototype_view(record: Record) -> dict[str, Any]:
    """What a prototype's own page shows, from its full record."""
    brief = record.get("brief") if isinstance(record.get("brief"), dict) else {}
    media = record.get("media") if isinstance(record.get("media"), dict) else {}
    lang = brief.get("lang") if isinstance(brief.get("lang"), str) else "en"
    scenes = brief.get("scenes") if isinstance(brief.get("scenes"), list) else []
    frames = []
    for i, f in enumerate(media.get("frames") or []):
        path = safe_relpath(f.get("file")) if isinstance(f, dict) else None
        if not path:
            continue
        scene = scenes[i] if i < len(scenes) and isinstance(scenes[i], dict) else {}
        frames.append(
            {
                "file": path,
                "title": str(f.get("title") or scene.get("title") or ""),
                "alt": str(f.get("alt") or f.get("title") or ""),
                "caption": str(scene.get("caption") or ""),
            }
        )
    screens = []
    shots = media.get("screens") if isinstance(media.get("screens"), dict) else {}
    name = str(brief.get("name", ""))
    for key, (w, h, what) in {
        "desktop": (1280, 800, "on a desktop, 1280 × 800"),
        "phone": (390, 844, "on a phone, 390 × 844"),
    }.items():
        path = safe_relpath(shots.get(key))
        if path:
            screens.append(
                {
                    "file": path,
                    "width": w,
                    "height": h,
                    "alt": f"{name} {what}",
                    "caption": what[0].upper() + what[1:],
                }
            )
    shot = media.get("shot") if isinstance(media.get("shot"), dict) else None
    if shot and screens:
        note = f"Captured with {shot.get('with') or 'Chromium'}"
        when = str(shot.get("at") or "")[:10]
        shot_note = f"{note} on {when}." if when else f"{note}."
    elif not screens:
        shot_note = f"No screenshots yet: protogen shoot {record.slug} takes them."
    else:
        shot_note = ""
    thumb = safe_relpath(media.get("thumbnail"))
    if screens:
        hero = {**screens[0], "alt": f"{name}, the prototype"}
    elif thumb:
        hero = {"file": thumb, "width": 1280, "height": 800, "alt": f"A preview of {name}"}
    else:
        hero = None
    persona = brief.get("persona") if isinstance(brief.get("persona"), dict) else None
    variants = []
    for i, v in enumerate(record.get("variants") or []):
        if isinstance(v, dict) and v.get("tagline"):
            variants.append(
                {
                    "label": f"Variant {i + 1}",
                    "tagline": str(v.get("tagline", "")),
                    "subhead": str(v.get("subhead", "")),
                    "cta": str(v.get("cta", "")),
                }
            )

    def texts(key: str) -> list[str]:
        value = brief.get(key)
        return [str(x) for x in value if isinstance(x, str)] if isinstance(value, list) else []

    return {
        "name": name,
        "tagline": str(brief.get("tagline", "")),
        "subhead": str(brief.get("subhead", "")),
        "lang": lang,
        "problem": str(brief.get("problem", "")),
        "persona": persona,
        "stories": [
            story_line(lang, s, names_in(str(record.get("idea", ""))))
            for s in brief.get("user_stories") or []
            if isinstance(s, dict)
        ],
        "questions": texts("open_questions"),
        "assumptions": texts("assumptions"),
        "metric": str(brief.get("success_metric", "")),
        "frames": frames,
        "screens": screens,
        "shot_note": shot_note,
        "hero_image": hero,
        "variants": variants if len(variants) > 1 else [],
        "idea": str(record.get("idea", "")),
        "idea_lang": str(record.get("idea_lang") or lang),
    }
