"""The gallery site: ``index.html`` and ``README.md`` at the gallery root.

Both are built from the prototypes' records, so they can always be regenerated
(``protogen gallery build``). Links are relative, so the site works opened from disk and
published as is on GitHub Pages (``.nojekyll`` keeps Pages from running Jekyll).

:func:`build_site` only computes the files; the gallery's transaction writes and commits
them (the page carries a digest mark, and protogen owns only a marked region of the
README, so a person's edits are never overwritten silently: see :mod:`protogen.stamp`).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from typing import Any

from protogen import __version__
from protogen.markdown import md_cell, md_escape
from protogen.record import Record
from protogen.resources import data_dir
from protogen.stamp import Ensure, FileValue, Region, stamp_html

_COLOR = re.compile(r"^#[0-9a-fA-F]{3,8}$")
_DEFAULT_COLORS = {"soft": "#e3eefa", "ink": "#0f1b2d", "accent": "#0b5cad"}
WEEKS_SHOWN = 8


def _colors(record: Record) -> dict[str, str]:
    """Palette colours for the thumbnail; only well-formed hex colours reach CSS."""
    knobs = record.get("knobs")
    given = knobs.get("palette_colors") if isinstance(knobs, dict) else None
    given = given if isinstance(given, dict) else {}
    return {
        k: given[k] if _COLOR.match(str(given.get(k, ""))) else v
        for k, v in _DEFAULT_COLORS.items()
    }


def _entry(record: Record) -> str:
    entry = record.template.get("entry") or "index.html"
    ok = isinstance(entry, str) and re.match(r"^[A-Za-z0-9._/-]+$", entry) and ".." not in entry
    return entry if ok else "index.html"


def stats(records: list[Record], now: datetime) -> dict[str, Any]:
    """Shots on goal: total, this (ISO, Monday-based) week, this month, and per week."""
    now = now.astimezone(UTC)
    monday = (now - timedelta(days=now.weekday())).replace(
        hour=0, minute=0, second=0, microsecond=0
    )
    first = now.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    created = [r.created.astimezone(UTC) for r in records]
    weeks = []
    for i in range(WEEKS_SHOWN - 1, -1, -1):
        start = monday - timedelta(weeks=i)
        end = start + timedelta(weeks=1)
        weeks.append(
            {
                "start": start.strftime("%Y-%m-%d"),
                "count": sum(1 for c in created if start <= c < end),
            }
        )
    top = max((w["count"] for w in weeks), default=0) or 1
    for w in weeks:
        w["height"] = round(100 * w["count"] / top)
    return {
        "total": len(records),
        "week": sum(1 for c in created if c >= monday),
        "month": sum(1 for c in created if c >= first),
        "weeks": weeks,
    }


def _card(record: Record) -> dict[str, Any]:
    b = record.brief
    slug = record.slug
    lang = b.get("lang") if isinstance(b.get("lang"), str) else "en"
    created = record.created.astimezone(UTC)
    return {
        "name": b.name,
        "tagline": b.tagline,
        "lang": lang,
        "template": str(record.template.get("name", "")),
        "writer": record.writer,
        "colors": _colors(record),
        "created_iso": created.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "created_human": created.strftime("%d %b %Y"),
        "page_href": f"prototypes/{slug}/{_entry(record)}",
        "is_app": record.template.get("kind") == "app",
        "story_href": f"prototypes/{slug}/README.md",
        "search": " ".join(
            [
                b.name,
                b.tagline,
                str(b.get("audience", "")),
                str(record.template.get("name", "")),
                slug,
            ]
        ).lower(),
    }


def gallery_html(records: list[Record], now: datetime, title: str = "Prototype gallery") -> str:
    from protogen.render import _environment

    env = _environment(str(data_dir("gallery")))
    return env.get_template("index.html").render(
        title=title,
        records=[_card(r) for r in records],
        stats=stats(records, now),
        version=__version__,
        built_human=now.strftime("%d %b %Y, %H:%M UTC"),
    )


def gallery_readme(records: list[Record], now: datetime, title: str = "Prototype gallery") -> str:
    s = stats(records, now)
    lines = [
        f"# {md_escape(title)}",
        "",
        f"**{s['total']}** prototypes in all, **{s['week']}** this week, "
        f"**{s['month']}** this month. Open `index.html` for the gallery site.",
        "",
    ]
    if records:
        lines += ["| Prototype | Pitch | Template | Made | Storyboard |", "|---|---|---|---|---|"]
        for r in records:
            page = f"prototypes/{r.slug}/{_entry(r)}"
            story = f"prototypes/{r.slug}/README.md"
            template = md_cell(str(r.template.get("name", "")))
            lines.append(
                f"| [{md_cell(r.brief.name)}]({page}) | {md_cell(r.brief.tagline)} | "
                f"{template} | {r.created.astimezone(UTC):%Y-%m-%d} | "
                f"[README]({story}) |"
            )
    else:
        lines.append('No prototypes yet: `protogen new "your idea"` makes the first one.')
    lines += ["", f"_Built by protogen {__version__}._", ""]
    return "\n".join(lines)


def build_site(
    records: list[Record], now: datetime | None = None, title: str = "Prototype gallery"
) -> dict[str, FileValue]:
    """The site files for ``records`` (newest first), by path relative to the gallery."""
    now = now or datetime.now(UTC)
    return {
        "index.html": stamp_html(gallery_html(records, now, title)),
        "README.md": Region(gallery_readme(records, now, title)),
        ".nojekyll": Ensure(""),
    }
