"""Where the shipped templates and gallery theme live, installed or in a checkout.

A wheel carries them as package data (``protogen/_data``); an editable install or a
source checkout reads the top-level ``templates/`` and ``gallery/`` folders.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PKG = Path(__file__).resolve().parent


@cache
def data_dir(name: str) -> Path:
    """Return the folder ``name`` ('templates' or 'gallery') from the wheel or the checkout."""
    for candidate in (_PKG / "_data" / name, _PKG.parent.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"protogen's '{name}' folder is missing from this install")
