"""The files the gallery site is made of, and which of them a change rewrites.

The site lives at the gallery's root, so the repository *is* the site (GitHub Pages
publishes it as it is, and it opens from disk):

=============================  ==========================================================
``index.html``                 the gallery: shots on goal, search and filters, the newest
                               cards, and every month
``site/months/<YYYY-MM>.html``  every prototype of a month (the complete list without JS)
``site/prototypes/<slug>.html`` a prototype's own page: storyboard, screens, story, the
                               questions for the meeting, how to run it, its history
``site/index.js``              every card, for the search (loaded on the first search)
``site/gallery.js``            the search and filters
``README.md``                  protogen's region: counts and a table (what GitHub shows)
``.nojekyll``                  Pages serves the files as they are
``.github/workflows/pages.yml`` the Pages workflow (created once; yours to edit)
=============================  ==========================================================

A change to one prototype rewrites the gallery page, the index, the README and the
pages of that prototype and of its month: the cost of adding a prototype barely grows
with the gallery. ``protogen gallery build`` rewrites everything.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from protogen import __version__
from protogen.record import Record
from protogen.resources import data_dir
from protogen.site.cards import Card, card
from protogen.site.readme import readme_region
from protogen.site.stats import shots_on_goal
from protogen.site.views import (
    FIRST_PAGE,
    SiteSettings,
    filters_of,
    months_of,
    prototype_view,
)
from protogen.stamp import Ensure, FileValue, Region, Remove, stamp_html

SITE_DIR = "site"
PAGES_DIR = "site/prototypes"
MONTHS_DIR = "site/months"
WORKFLOW = ".github/workflows/pages.yml"


def page_path(slug: str) -> str:
    return f"{PAGES_DIR}/{slug}.html"


def month_path(key: str) -> str:
    return f"{MONTHS_DIR}/{key}.html"


def _theme():
    from protogen.render import environment

    return environment(str(data_dir("gallery")))


def _theme_file(name: str) -> str:
    return (data_dir("gallery") / name).read_text(encoding="utf-8")


def build_site(
    records: list[Record],
    settings: SiteSettings,
    *,
    pages: Mapping[str, Record] | None = None,
    removed: Iterable[str] = (),
    months: Iterable[str] | None = None,
    existing: Iterable[str] = (),
) -> dict[str, FileValue]:
    """The site's files for ``records`` (every prototype, newest first).

    ``pages``: the full records of the prototypes whose own page to write; ``removed``:
    prototypes whose page goes. ``months``: the months whose page to rewrite (their
    neighbours follow, for the links between them); None rewrites every month and,
    with ``existing`` (the site files on disk), removes pages that no longer belong.
    """
    if settings.built is None:
        raise ValueError("SiteSettings.built is required")
    env = _theme()
    cards = [card(r) for r in records]
    stats = shots_on_goal(records, settings.built)
    all_months = months_of(cards)
    common = {"site": settings, "version": __version__}
    files: dict[str, FileValue] = {
        "index.html": stamp_html(
            env.get_template("index.html").render(
                cards=cards[:FIRST_PAGE],
                stats=stats,
                months=all_months,
                filters=filters_of(cards, all_months),
                **common,
            )
        ),
        f"{SITE_DIR}/index.js": "window.PROTOGEN_CARDS=" + cards_json(cards) + ";\n",
        f"{SITE_DIR}/gallery.js": _theme_file("gallery.js"),
        "README.md": Region(readme_region(cards, stats, settings.title)),
        ".nojekyll": Ensure(""),
    }
    if settings.workflow:
        files[WORKFLOW] = Ensure(_theme_file("pages.yml"))
    by_key = {m.key: m for m in all_months}
    order = [m.key for m in all_months]
    if months is None:
        wanted = set(order)
    else:
        wanted = set()
        changed = set(pages or {}) | set(removed)
        for key in months:
            wanted.add(key)
            if key not in by_key:  # it emptied: its former neighbours now link to each other
                wanted.update(_around(order, key))
            elif all(c.slug in changed for c in cards if c.month == key):
                i = order.index(key)  # it is new: its neighbours' links change
                wanted.update(order[max(0, i - 1) : i + 2])
    month_page = env.get_template("month.html")
    for key in sorted(wanted):
        if key in by_key:
            files[month_path(key)] = stamp_html(
                month_page.render(
                    month=by_key[key], cards=[c for c in cards if c.month == key], **common
                )
            )
        else:
            files[month_path(key)] = Remove()
    page = env.get_template("prototype.html")
    for slug, full in (pages or {}).items():
        files[page_path(slug)] = stamp_html(
            page.render(p=prototype_view(full), card=card(full), **common)
        )
    for slug in removed:
        files[page_path(slug)] = Remove()
    if months is None:
        slugs = {c.slug for c in cards}
        for rel in existing:
            if (
                rel.startswith(f"{MONTHS_DIR}/") and rel[len(MONTHS_DIR) + 1 : -5] not in by_key
            ) or (rel.startswith(f"{PAGES_DIR}/") and rel[len(PAGES_DIR) + 1 : -5] not in slugs):
                files.setdefault(rel, Remove())
    return files


def _around(order: list[str], key: str) -> list[str]:
    """The months just newer and just older than ``key`` (which has no page)."""
    newer = [k for k in order if k > key]
    older = [k for k in order if k < key]
    return ([newer[-1]] if newer else []) + ([older[0]] if older else [])


def cards_json(cards: list[Card]) -> str:
    """The cards as a JavaScript literal; "<" is escaped, so no text can close a tag."""
    return "[" + ",".join(c.js for c in cards) + "]"
