"""The gallery's README: protogen's region of it, for people browsing the repository.

It is what GitHub shows on the repository's front page: the counts, and a table of every
prototype linking to its page, its storyboard page and its README. Text from records is
escaped for its place in a table cell, so a name can never form a link or HTML.
"""

from __future__ import annotations

from protogen import __version__
from protogen.markdown import md_cell, md_escape
from protogen.site.cards import Card
from protogen.site.stats import Stats

#: Rows of the README's table: a README is read on GitHub, not searched; the site holds
#: the complete list.
README_ROWS = 100


def readme_region(cards: list[Card], stats: Stats, title: str) -> str:
    """The Markdown of protogen's region of the gallery README."""
    lines = [
        f"# {md_escape(title)}",
        "",
        f"**{stats.total}** prototype{'' if stats.total == 1 else 's'} in all, "
        f"**{stats.week}** this week, **{stats.month}** this month"
        + (f", a **{stats.streak}-week** streak" if stats.streak > 1 else "")
        + f" (as of {stats.as_of:%Y-%m-%d}). Open `index.html` for the gallery site.",
        "",
    ]
    if cards:
        lines += ["| Prototype | Pitch | Kind | Made | Story |", "|---|---|---|---|---|"]
        for c in cards[:README_ROWS]:
            page = f"prototypes/{c.slug}/{c.entry}"
            lines.append(
                f"| [{md_cell(c.name)}]({page}) | {md_cell(c.tagline)} | {md_cell(c.template)} | "
                f"{c.created_iso[:10]} | [storyboard](prototypes/{c.slug}/README.md) |"
            )
        if len(cards) > README_ROWS:
            lines += [
                "",
                f"The newest {README_ROWS} of {len(cards)}. The gallery site lists every "
                "one, by month (`site/months/`).",
            ]
    else:
        lines.append('No prototypes yet: `protogen new "your idea"` makes the first one.')
    lines += ["", f"_Built by protogen {__version__}._"]
    return "\n".join(lines)
