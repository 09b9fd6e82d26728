"""Every phrasebook has the keys of the English one, and every frame the placeholders of
its English counterpart, so a frame that works in one language has a translation that
works in all (``books/__init__.py``). Lists of frames are compared position by
position; the ``kinds`` lists of the FAQ are data, not frames.
"""

from __future__ import annotations

import copy
import importlib
import pkgutil
import re

import pytest

from protogen.writers.offline import books

_SLOT = re.compile(r"\{(\w+)\}")


def book_langs() -> list[str]:
    return sorted(
        m.name for m in pkgutil.iter_modules(books.__path__) if re.fullmatch(r"[a-z]{2}", m.name)
    )


def differences(en, other, path: str = "") -> list[str]:
    """Where ``other`` lacks a key of ``en``, has one more, or a frame whose placeholders
    differ from its English counterpart."""
    out: list[str] = []
    if isinstance(en, dict):
        if not isinstance(other, dict):
            return [f"{path}: not a table"]
        for key in sorted(set(en) | set(other)):
            if key not in other:
                out.append(f"{path}.{key}: missing")
            elif key not in en:
                out.append(f"{path}.{key}: not in the English book")
            else:
                out += differences(en[key], other[key], f"{path}.{key}")
    elif isinstance(en, list):
        if not isinstance(other, list):
            return [f"{path}: not a list"]
        if path.endswith(".kinds"):
            return [] if en == other else [f"{path}: other kinds of product"]
        if len(en) != len(other):
            return [f"{path}: {len(other)} frames, not {len(en)}"]
        for i, (a, b) in enumerate(zip(en, other, strict=True)):
            out += differences(a, b, f"{path}[{i}]")
    elif isinstance(en, str):
        if not isinstance(other, str):
            return [f"{path}: not text"]
        mine, theirs = set(_SLOT.findall(en)), set(_SLOT.findall(other))
        if mine != theirs:
            out.append(f"{path}: placeholders {sorted(theirs)}, not {sorted(mine)}")
    elif type(en) is not type(other):
        out.append(f"{path}: {type(other).__name__}, not {type(en).__name__}")
    return out


def data(lang: str) -> dict:
    return importlib.import_module(f"protogen.writers.offline.books.{lang}").BOOK


def test_the_books_present_include_the_new_ones():
    assert {"en", "es", "pt"} <= set(book_langs())


@pytest.mark.parametrize("lang", [lang for lang in book_langs() if lang != "en"])
def test_book_has_the_keys_and_placeholders_of_the_english_one(lang):
    assert differences(data("en"), data(lang)) == []


def test_the_check_fails_on_a_missing_key_or_placeholder():
    en = data("en")
    es = copy.deepcopy(data("es"))
    del es["cta"]["bold"]
    es["tagline"]["friendly"][0] = "Sin hueco para el público"
    es["storyboard"]["story"] = "Como {as_a}, quiero {i_want}."
    found = differences(en, es)
    assert ".cta.bold: missing" in found
    assert any(f.startswith(".tagline.friendly[0]: placeholders") for f in found)
    assert any(f.startswith(".storyboard.story: placeholders") for f in found)
    es = copy.deepcopy(data("es"))
    es["extra_key"] = "x"
    es["faq"].pop()
    found = differences(en, es)
    assert ".extra_key: not in the English book" in found and ".faq: 10 frames, not 11" in found


@pytest.mark.parametrize("lang", [lang for lang in book_langs() if lang != "en"])
def test_agreement_marks_are_well_formed(lang):
    """``{P:o|a}`` marks name a noun the grammar knows and have 2 (or 4) forms; the
    wordings of an ``{R:…|…}`` alternation have the same placeholders."""
    text = repr(data(lang))
    for who, forms in re.findall(r"\{([A-Z]):([^{}]*)\}", text):
        assert who in "PASN", (who, forms)
        assert len(forms.split("|")) in (2, 4), (who, forms)
    for frame in re.findall(r"[\"'][^\"']*\{R:[^\"']*[\"']", text):
        # every wording of an alternation needs the same placeholders
        for alt in re.findall(r"\{R:((?:[^{}]|\{\w+\}|\{[PASN]:[^{}]*\})*)\}", frame):
            parts = re.split(r"\|(?![^{]*\})", alt)
            slots = {frozenset(_SLOT.findall(p)) for p in parts}
            assert len(parts) >= 2 and len(slots) == 1, (frame, parts)
