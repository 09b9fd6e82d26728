"""Every phrasebook has the keys of the English one, and every frame the placeholders of
its English counterpart, so a frame that works in English has a translation that works
in every language (the composer never meets a slot a book forgot).

Lists of frames (strings with placeholders, or lists and dicts holding them) are matched
item by item: the same length, and item i holds the same placeholders in every book.
Lists of plain words (persona names, name suffixes, calls to action, FAQ kinds) may have
any length, but no placeholders. A placeholder's form (``{does:polite}``) is the book's
own business; its name is what must match.
"""

from __future__ import annotations

import copy
import importlib.util
import string

import pytest

from protogen.writers.offline.books import LANGS, load_book

PRESENT = [
    lang
    for lang in LANGS
    if importlib.util.find_spec(f"protogen.writers.offline.books.{lang}") is not None
]


def placeholders(text: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(text) if field is not None}


def has_frames(node) -> bool:
    if isinstance(node, str):
        return bool(placeholders(node))
    if isinstance(node, list):
        return any(has_frames(v) for v in node)
    if isinstance(node, dict):
        return any(has_frames(v) for v in node.values())
    return False


def differences(en, other, path: str = "") -> list[str]:
    """Where ``other`` does not match the shape of ``en``: missing or extra keys, lists
    of frames of another length, frames with other placeholders."""
    out: list[str] = []
    if isinstance(en, dict):
        if not isinstance(other, dict):
            return [f"{path}: a dict in English, a {type(other).__name__} here"]
        for key in sorted(en.keys() - other.keys()):
            out.append(f"{path}.{key}: missing")
        for key in sorted(other.keys() - en.keys()):
            out.append(f"{path}.{key}: not in the English book")
        for key in en.keys() & other.keys():
            out += differences(en[key], other[key], f"{path}.{key}")
    elif isinstance(en, list):
        if not isinstance(other, list):
            return [f"{path}: a list in English, a {type(other).__name__} here"]
        if has_frames(en):
            if len(en) != len(other):
                return [f"{path}: {len(other)} frames, English has {len(en)}"]
            for i, (a, b) in enumerate(zip(en, other, strict=True)):
                out += differences(a, b, f"{path}[{i}]")
        else:
            if not other:
                out.append(f"{path}: empty")
            out += [f"{path}: a placeholder in a list of words" for v in other if has_frames(v)]
    elif isinstance(en, str):
        if not isinstance(other, str):
            return [f"{path}: a string in English, a {type(other).__name__} here"]
        if placeholders(en) != placeholders(other):
            out.append(
                f"{path}: placeholders {sorted(placeholders(other))}, "
                f"English has {sorted(placeholders(en))}: {other!r}"
            )
    elif type(en) is not type(other):
        out.append(f"{path}: a {type(en).__name__} in English, a {type(other).__name__} here")
    return out


@pytest.mark.parametrize("lang", [lang for lang in PRESENT if lang != "en"])
def test_book_has_the_keys_and_placeholders_of_the_english_book(lang):
    en = load_book("en").data
    problems = differences(en, load_book(lang).data)
    assert not problems, f"books/{lang}.py:\n" + "\n".join(problems[:40])


def test_the_check_fails_when_a_key_or_a_placeholder_is_missing():
    en = load_book("en").data
    assert differences(en, copy.deepcopy(en)) == []
    no_key = copy.deepcopy(en)
    del no_key["problem"]["bold"]["pain"]
    assert differences(en, no_key) == [".problem.bold.pain: missing"]
    no_slot = copy.deepcopy(en)
    no_slot["subhead"]["formal"][0] = "{name} is {a_product}."
    assert any("subhead.formal[0]: placeholders" in p for p in differences(en, no_slot))
    short = copy.deepcopy(en)
    short["tagline"]["bold"].pop()
    assert any("tagline.bold: 4 frames" in p for p in differences(en, short))
    extra = copy.deepcopy(en)
    extra["labels"]["made_up"] = "x"
    assert differences(en, extra) == [".labels.made_up: not in the English book"]


def test_every_book_present_is_a_language_the_writer_knows():
    assert "en" in PRESENT and set(PRESENT) <= set(LANGS)
