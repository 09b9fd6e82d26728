"""Every phrasebook has the keys of the English book, and every frame the placeholders
of its English counterpart, so a frame that works in one language has a translation
that works in all (agreement markers such as ``⟦rel⟧`` are grammar, not placeholders)."""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest

from protogen.writers.offline import books

_SLOT = re.compile(r"\{(\w+)\}")


def present_books() -> list[str]:
    return sorted(m.name for m in pkgutil.iter_modules(books.__path__) if m.name in books.LANGS)


def differences(ref, other, path: str = "") -> list[str]:
    """Where ``other`` lacks a key, an item or a placeholder of ``ref`` (or has more)."""
    out: list[str] = []
    if isinstance(ref, dict):
        if not isinstance(other, dict):
            return [f"{path}: a mapping in en, {type(other).__name__} here"]
        for key in ref.keys() - other.keys():
            out.append(f"{path}.{key}: missing")
        for key in other.keys() - ref.keys():
            out.append(f"{path}.{key}: not in en")
        for key in ref.keys() & other.keys():
            out += differences(ref[key], other[key], f"{path}.{key}")
    elif isinstance(ref, list):
        if not isinstance(other, list):
            return [f"{path}: a list in en, {type(other).__name__} here"]
        if len(ref) != len(other):
            out.append(f"{path}: {len(ref)} items in en, {len(other)} here")
        for i, (a, b) in enumerate(zip(ref, other, strict=False)):
            out += differences(a, b, f"{path}[{i}]")
    elif isinstance(ref, str):
        if not isinstance(other, str):
            return [f"{path}: a string in en, {type(other).__name__} here"]
        if set(_SLOT.findall(ref)) != set(_SLOT.findall(other)):
            out.append(
                f"{path}: placeholders {sorted(set(_SLOT.findall(ref)))} in en, "
                f"{sorted(set(_SLOT.findall(other)))} here: {other!r}"
            )
    elif type(ref) is not type(other):
        out.append(f"{path}: {type(ref).__name__} in en, {type(other).__name__} here")
    return out


def load(lang: str) -> dict:
    return importlib.import_module(f"protogen.writers.offline.books.{lang}").BOOK


@pytest.mark.parametrize("lang", [lang for lang in present_books() if lang != "en"])
def test_book_matches_english(lang):
    problems = differences(load("en"), load(lang))
    assert not problems, "\n".join(problems)


def test_the_check_fails_on_a_missing_key_or_placeholder():
    en = load("en")
    broken = {**en, "cta": {k: v for k, v in en["cta"].items() if k != "bold"}}
    assert any("cta.bold: missing" in p for p in differences(en, broken))
    tagline = dict(en["tagline"])
    tagline["formal"] = [f.replace("{name}", "X") for f in tagline["formal"]]
    broken = {**en, "tagline": tagline}
    assert any("placeholders" in p for p in differences(en, broken))
    broken = {**en, "people": en["people"][:-1]}
    assert any("items in en" in p for p in differences(en, broken))


def test_every_language_with_a_new_writer_has_a_book():
    from protogen.writers.offline import LEGACY_LANGS

    for lang in books.LANGS:
        if lang not in LEGACY_LANGS:
            assert lang in present_books(), lang
