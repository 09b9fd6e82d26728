"""Slugs: the folder name of a prototype. ASCII, path-safe, never empty.

python-slugify transliterates any script ("習慣トラッカー" -> "xi-guan-toratuka"), so the
slug is readable even for ideas that are not in English.
"""

from __future__ import annotations

import re

MAX_SLUG = 48
_SAFE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def make_slug(*candidates: str) -> str:
    """The first candidate that slugifies to something, else 'prototype'."""
    from slugify import slugify

    for text in candidates:
        slug = slugify(text or "", max_length=MAX_SLUG, word_boundary=True, lowercase=True)
        if slug and _SAFE.match(slug):
            return slug
    return "prototype"


def is_safe_slug(slug: str) -> bool:
    """True for a slug protogen could have made (used to check user-typed slugs)."""
    return bool(_SAFE.match(slug or "")) and len(slug) <= MAX_SLUG + 8
