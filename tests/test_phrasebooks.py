"""Every phrasebook has the keys of the English one, and the same placeholders per frame.

A frame that works in English must have a translation that works in every book: the
composer fills the same slots whatever the language, and the storyboard README reads
the same keys. The rule, per key path, against ``books/en.py``:

- a dict has the same keys;
- a list of strings with placeholders is a pool of alternative frames: it is not empty,
  and its frames use the slots of the English pool, every one of them (a translation
  may word a pool with more or fewer frames);
- any other list holding frames (fillers, FAQ entries, stories, scenes) is a structure:
  the same length, compared item by item;
- a list of plain words (persona names, name suffixes) may have any length, but holds
  no placeholder;
- a single string has the same placeholders.

Placeholders are read with :class:`string.Formatter`, so ``{does:polite}`` counts as the
slot ``does`` (the form is the language's business, and must be one its grammar knows).
Language marks must be well formed and hold only known slots: ``⟨p conçu|conçue⟩`` and
``⟨je⟩`` in French, ``⟦der {product}⟧`` in German, ``{P:o|a}`` and ``{R:…|…}`` in
Spanish and Portuguese.
"""

from __future__ import annotations

import copy
import importlib
import pkgutil
import re
import string

import pytest

import protogen.writers.offline.books as books_pkg

#: The forms each language's grammar gives with ``{slot:form}`` (Grammar.inflect).
FORMS = {"en": {"a"}, "ja": {"polite", "te", "can", "noun", "plain"}}
#: Spanish and Portuguese agreement marks: ``{P:o|a}`` (the product), ``{A:…}`` (the
#: audience: two or four forms), ``{S:sg|pl}`` (the subject), ``{N:o|a}`` (the persona),
#: ``{R:one|another}`` (alternative wordings, which may hold slots).
IBERIAN_MARKS = {"P": (2,), "A": (2, 4), "S": (2,), "N": (2,), "R": ()}
_SLOT_NAME = re.compile(r"[a-z_][a-z0-9_]*\Z")
_FR_MARK = re.compile(r"⟨([^⟩]*)⟩")
_FR_MARK_OK = re.compile(r"(?:[pas] [^|⟩{}]+\|[^⟩{}]+|je|vous)\Z")
_DE_MARK = re.compile(r"⟦([^⟧]*)⟧")
_DE_MARK_OK = re.compile(
    r"(?:@(?:ich|persona|wer)|in|[Rr]el(?:\.acc|\.dat)?|[Ee]r|[Ii]hn|[Ii]hm"
    r"|f=[^|={}]+\|m=[^|={}]+"
    r"|(?:[Dd]er|[Dd]en|[Dd]em|[Dd]es|[Ee]inen|[Ee]inem|[Ee]ines) \{a?_?product\}"
    r"|dat \{(?:audience|subject)\}|(?:eines|persona) \{one\})\Z"
)


def book_langs() -> list[str]:
    return sorted(
        m.name for m in pkgutil.iter_modules(books_pkg.__path__) if m.name in books_pkg.LANGS
    )


def load(lang: str) -> dict:
    return importlib.import_module(f"protogen.writers.offline.books.{lang}").BOOK


def placeholders(text: str, lang: str = "en") -> set[str]:
    """The slots ``text`` needs; raises ValueError on a malformed placeholder or mark."""
    out: set[str] = set()
    for _, field, spec, conversion in string.Formatter().parse(text):
        if field is None:
            continue
        if conversion:
            raise ValueError(f"a conversion in {{{field}!{conversion}}}")
        if lang in ("es", "pt") and field in IBERIAN_MARKS:
            forms = _top_level_split(spec or "")
            counts = IBERIAN_MARKS[field]
            if len(forms) < 2 or (counts and len(forms) not in counts):
                raise ValueError(f"{{{field}:{spec}}} has {len(forms)} forms")
            if field == "R":
                for form in forms:
                    out |= placeholders(form, lang)
            elif "{" in (spec or ""):
                raise ValueError(f"a slot inside the agreement mark {{{field}:{spec}}}")
            continue
        if not _SLOT_NAME.match(field):
            raise ValueError(f"{{{field}}} is not a slot name")
        if spec and spec not in FORMS.get(lang, set()):
            raise ValueError(f"{{{field}:{spec}}}: no form {spec!r} in {lang}")
        out.add(field)
    return out


def _top_level_split(spec: str) -> list[str]:
    """``"{does}|viene a {x}"`` -> the alternatives, split at bars outside braces."""
    parts, depth, cur = [], 0, ""
    for ch in spec:
        depth += ch == "{"
        depth -= ch == "}"
        if ch == "|" and depth == 0:
            parts.append(cur)
            cur = ""
        else:
            cur += ch
    return [*parts, cur]


def mark_problems(text: str, lang: str) -> list[str]:
    """Marks of another language, or of this one but malformed."""
    out = []
    french = _FR_MARK.findall(text)
    german = _DE_MARK.findall(text)
    if (french and lang != "fr") or (german and lang != "de"):
        out.append(f"a mark of another language in {text!r}")
    for mark in french if lang == "fr" else ():
        if not _FR_MARK_OK.match(mark):
            out.append(f"bad mark ⟨{mark}⟩ in {text!r}")
        if mark in ("je", "vous") and not text.startswith(f"⟨{mark}⟩"):
            out.append(f"a person mark ⟨{mark}⟩ that does not start {text!r}")
    for mark in german if lang == "de" else ():
        if not _DE_MARK_OK.match(mark):
            out.append(f"bad mark ⟦{mark}⟧ in {text!r}")
    if text.count("⟨") != text.count("⟩") or text.count("⟦") != text.count("⟧"):
        out.append(f"unbalanced mark in {text!r}")
    return out


def _has_frames(node, lang: str) -> bool:
    if isinstance(node, str):
        return bool(placeholders(node, lang))
    if isinstance(node, list):
        return any(_has_frames(v, lang) for v in node)
    if isinstance(node, dict):
        return any(_has_frames(v, lang) for v in node.values())
    return False


def differences(en, other, lang: str = "en", path: str = "", item: bool = False) -> list[str]:
    """Every way ``other`` (the book of ``lang``) departs from the English book's shape,
    slots and marks. A list of strings under a key is a pool of frames; one that is an
    ``item`` of a list is a tuple (a filler's title and text), compared place by place."""
    out: list[str] = []

    def slots(text: str, lg: str) -> set[str]:
        try:
            return placeholders(text, lg)
        except ValueError as exc:
            out.append(f"{path}: {exc}")
            return set()

    if isinstance(en, dict):
        if not isinstance(other, dict):
            return [f"{path}: a dict in English, a {type(other).__name__} here"]
        for key in sorted(en.keys() - other.keys()):
            out.append(f"{path}.{key}: missing")
        for key in sorted(other.keys() - en.keys()):
            out.append(f"{path}.{key}: not in the English book")
        for key in sorted(en.keys() & other.keys()):
            out += differences(en[key], other[key], lang, f"{path}.{key}")
    elif isinstance(en, list):
        if not isinstance(other, list) or not other:
            return [f"{path}: a non-empty list in English"]
        if not item and all(isinstance(x, str) for x in en) and _has_frames(en, "en"):
            if not all(isinstance(x, str) for x in other):
                return [f"{path}: a pool of frames in English"]
            want = set().union(*(slots(x, "en") for x in en))
            have = set().union(*(slots(x, lang) for x in other))
            if want != have:
                out.append(f"{path}: slots {sorted(have)}, English has {sorted(want)}")
            for x in other:
                out += [f"{path}: {p}" for p in mark_problems(x, lang)]
        elif _has_frames(en, "en"):
            if len(other) != len(en):
                return [f"{path}: {len(other)} items, English has {len(en)}"]
            for i, (a, b) in enumerate(zip(en, other, strict=True)):
                out += differences(a, b, lang, f"{path}[{i}]", item=True)
        else:
            out += [
                f"{path}: a placeholder in a list of words" for v in other if _has_frames(v, lang)
            ]
    elif isinstance(en, str):
        if not isinstance(other, str):
            return [f"{path}: a string in English, a {type(other).__name__} here"]
        want, have = slots(en, "en"), slots(other, lang)
        if want != have:
            out.append(f"{path}: slots {sorted(have)}, English has {sorted(want)}: {other!r}")
        out += [f"{path}: {p}" for p in mark_problems(other, lang)]
    elif type(en) is not type(other):
        out.append(f"{path}: a {type(en).__name__} in English, a {type(other).__name__} here")
    return out


def test_every_language_the_writer_speaks_has_a_book_and_its_grammar():
    assert book_langs() == sorted(books_pkg.LANGS)
    for lang in books_pkg.LANGS:
        book = books_pkg.load_book(lang)
        assert book.lang == lang and book.grammar.lang == lang, lang


@pytest.mark.parametrize("lang", [lang for lang in book_langs() if lang != "en"])
def test_book_has_the_keys_and_placeholders_of_english(lang: str):
    problems = differences(load("en"), load(lang), lang)
    assert not problems, f"books/{lang}.py:\n" + "\n".join(problems[:40])


def test_english_book_is_well_formed():
    assert differences(load("en"), load("en"), "en") == []


def test_the_check_fails_on_a_missing_key_item_placeholder_or_bad_mark():
    """The comparison itself, on synthetic books: a dropped key, a dropped or an unknown
    slot, a short structure, a form the language does not have, a malformed mark."""
    en = {
        "a": ["Hello {name}", "Hi {name}, {audience}"],
        "b": {"x": "{n} this week", "y": "As {as_a:a}, I want {i_want}"},
        "c": [["t", "{name} text"], ["u", "v"]],
        "people": ["Ada", "Bo"],
    }
    assert differences(en, en, "en") == []
    assert differences(en, {**en, "b": {"y": en["b"]["y"]}}) == [".b.x: missing"]
    assert differences(en, {**en, "a": ["Bonjour {name}"]}) == [
        ".a: slots ['name'], English has ['audience', 'name']"
    ]
    assert differences(en, {**en, "a": ["{name} {extra} {audience}"]}) == [
        ".a: slots ['audience', 'extra', 'name'], English has ['audience', 'name']"
    ]
    assert differences(en, {**en, "c": [["t", "{name} texte"]]}) == [".c: 1 items, English has 2"]
    assert differences(en, {**en, "c": [["t", "texte"], ["u", "v"]]}) == [
        ".c[0][1]: slots [], English has ['name']: 'texte'"
    ]
    assert differences(en, {**en, "b": {**en["b"], "x": "cette semaine"}}) == [
        ".b.x: slots [], English has ['n']: 'cette semaine'"
    ]
    assert differences(en, {**en, "people": ["{name}"]}) == [
        ".people: a placeholder in a list of words"
    ]
    # a form the language's grammar does not give
    bad = {**en, "b": {**en["b"], "y": "Als {as_a:a} möchte ich {i_want}"}}
    assert any("no form 'a' in de" in p for p in differences(en, bad, "de"))
    # marks: malformed, of another language, holding an unknown slot
    fr = {**en, "b": {**en["b"], "x": "{n} ⟨p conçu⟩ cette semaine"}}
    assert any("bad mark ⟨p conçu⟩" in p for p in differences(en, fr, "fr"))
    de = {**en, "b": {**en["b"], "x": "{n} ⟦das {product}⟧"}}
    problems = differences(en, de, "de")
    assert any("bad mark ⟦das {product}⟧" in p for p in problems)
    assert any("English has ['n']" in p for p in problems)  # and {product} is unknown
    assert any("another language" in p for p in differences(en, fr, "de"))
    es = {**en, "b": {**en["b"], "x": "{n} pensad{P:o} esta semana"}}
    assert any("{P:o} has 1 forms" in p for p in differences(en, es, "es"))
    es = {**en, "b": {**en["b"], "x": "{R:{n} esta semana|{extra} hoy}"}}
    assert any("['extra', 'n']" in p for p in differences(en, es, "es"))


def test_the_real_books_fail_the_check_when_broken():
    """The same check on the real books: drop a key, a frame's slot, an item."""
    en, de = load("en"), copy.deepcopy(load("de"))
    del de["problem"]["bold"]["pain"]
    assert ".problem.bold.pain: missing" in differences(en, de, "de")
    ja = copy.deepcopy(load("ja"))
    ja["storyboard"]["run_page"] = "このプロトタイプは1ページだけで完結します。"
    assert any(p.startswith(".storyboard.run_page: slots []") for p in differences(en, ja, "ja"))
    fr = copy.deepcopy(load("fr"))
    fr["fillers"]["team"].pop()
    assert any(p.startswith(".fillers.team: ") for p in differences(en, fr, "fr"))
