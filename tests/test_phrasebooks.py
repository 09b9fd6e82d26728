"""Every phrasebook has the keys of the English one, and the same placeholders per frame.

A frame that works in English must have a translation that works in every book: the
composer fills the same slots whatever the language. The rule, per key path:

- a dict has the same keys as its English counterpart;
- a list of strings is a pool of alternative frames: it is not empty, and the union of
  its placeholders equals the English pool's (a missing or an unknown slot fails);
- a list of lists or dicts (fillers, stories, scenes, FAQ entries) has the same length,
  and is compared item by item;
- a single string has the same placeholders.

Marks that are not slots (``⟨p m|f⟩``, ``⟨je⟩`` in the French book) must be well formed.
"""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest

import protogen.writers.offline.books as books_pkg

_SLOT = re.compile(r"\{(\w+)\}")
_MARK = re.compile(r"⟨([^⟩]*)⟩")
_MARK_OK = re.compile(r"^(?:[pas] [^|⟩]*\|[^⟩]*|je|vous)$")


def book_langs() -> list[str]:
    return sorted(
        m.name
        for m in pkgutil.iter_modules(books_pkg.__path__)
        if re.fullmatch(r"[a-z]{2}", m.name)
    )


def slots(text: str) -> set[str]:
    return set(_SLOT.findall(text))


def differences(en, other, path: str = "") -> list[str]:
    """Every way ``other`` departs from the English book's shape and slots."""
    out: list[str] = []
    if isinstance(en, dict):
        if not isinstance(other, dict):
            return [f"{path}: a dict in English"]
        for key in en.keys() - other.keys():
            out.append(f"{path}.{key}: missing")
        for key in other.keys() - en.keys():
            out.append(f"{path}.{key}: not in the English book")
        for key in en.keys() & other.keys():
            out += differences(en[key], other[key], f"{path}.{key}")
    elif isinstance(en, list) and all(isinstance(x, str) for x in en):
        if not isinstance(other, list) or not other or not all(isinstance(x, str) for x in other):
            return [f"{path}: a non-empty list of frames in English"]
        want = set().union(*(slots(x) for x in en))
        have = set().union(*(slots(x) for x in other))
        if want != have:
            out.append(f"{path}: slots {sorted(have)}, English has {sorted(want)}")
    elif isinstance(en, list):
        if not isinstance(other, list) or len(other) != len(en):
            return [f"{path}: {len(en)} items in English"]
        for i, (a, b) in enumerate(zip(en, other, strict=True)):
            out += differences(a, b, f"{path}[{i}]")
    elif isinstance(en, str):
        if not isinstance(other, str):
            return [f"{path}: a string in English"]
        if slots(en) != slots(other):
            out.append(f"{path}: slots {sorted(slots(other))}, English has {sorted(slots(en))}")
    return out


def strings(node):
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for v in node.values():
            yield from strings(v)
    elif isinstance(node, list):
        for v in node:
            yield from strings(v)


def test_there_are_books_besides_english():
    assert "en" in book_langs() and len(book_langs()) >= 2


@pytest.mark.parametrize("lang", [lang for lang in book_langs() if lang != "en"])
def test_book_has_the_keys_and_placeholders_of_english(lang: str):
    en = importlib.import_module("protogen.writers.offline.books.en").BOOK
    other = importlib.import_module(f"protogen.writers.offline.books.{lang}").BOOK
    assert differences(en, other) == []


@pytest.mark.parametrize("lang", book_langs())
def test_marks_are_well_formed(lang: str):
    book = importlib.import_module(f"protogen.writers.offline.books.{lang}").BOOK
    for text in strings(book):
        for mark in _MARK.findall(text):
            assert _MARK_OK.match(mark), f"{lang}: bad mark ⟨{mark}⟩ in {text!r}"
        assert text.count("{") == text.count("}"), f"{lang}: unbalanced braces in {text!r}"


def test_the_check_fails_on_a_missing_key_or_placeholder():
    """The comparison itself: a dropped key, a dropped slot, an extra slot and a short
    list are each reported."""
    en = {
        "a": ["Hello {name}", "Hi {name}, {audience}"],
        "b": {"x": "{n} this week"},
        "c": [["t", "{name} text"], ["u", "v"]],
    }
    assert differences(en, en) == []
    assert differences(en, {**en, "b": {}}) == [".b.x: missing"]
    assert differences(en, {**en, "a": ["Bonjour {name}"]}) == [
        ".a: slots ['name'], English has ['audience', 'name']"
    ]
    assert differences(en, {**en, "a": ["{name} {extra} {audience}"]}) == [
        ".a: slots ['audience', 'extra', 'name'], English has ['audience', 'name']"
    ]
    assert differences(en, {**en, "c": [["t", "{name} texte"]]}) == [".c: 2 items in English"]
    assert differences(en, {**en, "b": {"x": "cette semaine"}}) == [
        ".b.x: slots [], English has ['n']"
    ]
