"""The gallery site: built from the prototypes' records, written by the gallery's
transaction (see :mod:`protogen.site.build` for the files and what a change rewrites).

* :mod:`~protogen.site.cards` — a prototype as a card, in plain words;
* :mod:`~protogen.site.stats` — shots on goal: counts, weeks, streaks;
* :mod:`~protogen.site.views` — what each page shows;
* :mod:`~protogen.site.readme` — protogen's region of the gallery README;
* :mod:`~protogen.site.publish` — GitHub Pages: the workflow, the history link, pushing.
"""

from protogen.site.build import build_site
from protogen.site.views import SiteSettings

__all__ = ["SiteSettings", "build_site"]
