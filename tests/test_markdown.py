"""Markdown escaping, checked with a real CommonMark renderer (markdown-it-py): hostile
text forms no link, image, HTML, heading, list, code or emphasis, and shows literally;
ordinary text keeps its punctuation unescaped, so the README reads well as plain text."""

import html
import re

import pytest
from markdown_it import MarkdownIt

from protogen.markdown import md_escape, md_quote

HOSTILE = [
    "[click](javascript:alert(1))",
    "![img](javascript:alert(2))",
    '<a href="javascript:alert(3)">here</a>',
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<http://evil.example>",
    "# heading",
    "## also a heading",
    "- a list",
    "+ a list",
    "* a list",
    "1. ordered",
    "2) ordered",
    "> quote",
    "===",
    "---",
    "*em* and **strong** and _em_ and __strong__",
    "`code` and ``code``",
    "~~strike~~",
    "[ref]: http://evil.example",
    "[ref]",
    "&lt;b&gt; &amp; &#60;",
    "a | b | c",
    "$x^2$",
    "\\[escaped\\]",
    "line one\\",
]


def render(md: str) -> str:
    return MarkdownIt("commonmark").enable("table").enable("strikethrough").render(md)


def text_of(rendered: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", rendered)).strip()


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_forms_no_markdown(text):
    for md in (md_escape(text), "intro " + md_escape(text), md_quote(text)):
        out = render(md)
        for tag in (
            "<a ",
            "<img",
            "<script",
            "<h1",
            "<h2",
            "<hr",
            "<ul",
            "<ol",
            "<em",
            "<strong",
            "<code",
            "<s>",
            "<del",
            "<table",
            "<br",
        ):
            assert tag not in out, (text, md, out)
    # and it shows literally
    assert text_of(render(md_escape(text))) == " ".join(text.split())


@pytest.mark.parametrize(
    "text",
    [
        "2026-11-23 00:11",
        "Small bakeries throw away a third of their bread every evening.",
        "It flags auto-renewal dates 90 days ahead: no surprises.",
        "snake_case stays readable",
        "AT&T and R&D",
        "Costs 5 (or less).",
    ],
)
def test_ordinary_text_is_not_escaped(text):
    assert md_escape(text) == text
    assert text_of(render(md_escape(text))) == text


def test_storyboard_reads_as_plain_text(tmp_path):
    """The README's hero: headline and subhead on their own lines, no stray escapes."""
    from datetime import UTC, datetime

    from protogen.idea import normalise_idea
    from protogen.record import Record
    from protogen.storyboard import storyboard_markdown
    from protogen.writers.offline import OfflineWriter

    idea = normalise_idea("A booking app for independent barbers: clients pick a slot.")
    brief = OfflineWriter().write(idea, tone="friendly").brief
    record = Record.create(
        slug="x",
        idea=idea.text,
        idea_lang="en",
        brief=brief,
        template={"name": "landing", "version": "1", "kind": "landing"},
        knobs={"tone": "friendly", "palette": "ocean"},
        writer="offline",
        writer_meta={},
        protogen_version="0.1.0",
        created_at=datetime(2026, 11, 23, 0, 11, tzinfo=UTC),
        timings={},
        seconds=0.1,
    )
    md = storyboard_markdown(record)
    lines = md.splitlines()
    assert lines[2] == f"**{brief['tagline']}**" and lines[4] == brief["subhead"]
    assert "2026-11-23 00:11 UTC" in md and "\\-" not in md and "\\:" not in md
    assert "As an " in md or "As a " in md


def _record(idea_text: str, brief: dict):
    from datetime import UTC, datetime

    from protogen.record import Record

    return Record.create(
        slug="x",
        idea=idea_text,
        idea_lang=brief["lang"],
        brief=brief,
        template={"name": "landing", "version": "1", "kind": "landing"},
        knobs={"tone": "friendly", "palette": "ocean"},
        writer="offline",
        writer_meta={},
        protogen_version="0.1.0",
        created_at=datetime(2026, 11, 23, 0, 11, tzinfo=UTC),
        timings={},
        seconds=0.1,
    )


def test_storyboard_speaks_the_prototypes_language():
    """A German prototype's README has German headings and German user stories ("Als
    ... möchte ich ..., damit ..."), read from the German phrasebook."""
    from protogen.idea import normalise_idea
    from protogen.storyboard import storyboard_markdown
    from protogen.writers.offline import OfflineWriter

    idea = normalise_idea(
        "Eine App für Hundebesitzer, die zuverlässige Gassigeher in der Nähe findet."
    )
    brief = OfflineWriter().write(idea, tone="friendly").brief
    md = storyboard_markdown(_record(idea.text, brief))
    for heading in ("## Die Idee", "## Das Problem", "## User Stories", "## Im Meeting prüfen"):
        assert heading in md
    assert "## The problem" not in md and "As a " not in md
    stories = [line for line in md.splitlines() if line.startswith("- Als ")]
    assert stories and all(" möchte ich " in s and ", damit " in s for s in stories)
    assert all(s.endswith(".") and ". ." not in s for s in stories)


def test_storyboard_story_parts_stay_literal():
    """Hostile text in a user story forms no Markdown, whatever the language's frame."""
    from protogen.idea import normalise_idea
    from protogen.storyboard import storyboard_markdown
    from protogen.writers.offline import OfflineWriter

    idea = normalise_idea("Eine App für Hundebesitzer, die Gassigeher findet.")
    brief = OfflineWriter().write(idea, tone="friendly").brief
    brief["user_stories"][0] = {
        "as_a": "[Klick](javascript:alert(1))",
        "i_want": "<script>alert(1)</script> {so_that}",
        "so_that": "**fett** und `Code`",
    }
    out = render(storyboard_markdown(_record(idea.text, brief)))
    for tag in ("<a ", "<script", "<strong>fett", "<code>Code"):
        assert tag not in out
    assert "{so_that}" in html.unescape(out)


_README_IDEAS = {
    "en": "A booking app for independent barbers: clients pick a slot and pay a deposit.",
    "fr": "Une appli pour les boulangeries qui prévoit la demande du lendemain.",
    "es": "Una app para paseadores de perros que organiza los paseos de la semana.",
    "pt": "Um aplicativo para professores que corrige as tarefas de casa.",
    "de": "Eine App für Hundebesitzer, die zuverlässige Gassigeher in der Nähe findet.",
    "ja": "小さなパン屋向けに、天気と売上から翌日の需要を予測するアプリ。",
    "zh": "一个帮助小餐馆根据天气预测每天需要准备多少食材的应用。",
}


def _readme(lang: str, kind: str) -> tuple[str, dict]:
    from protogen.idea import normalise_idea
    from protogen.storyboard import storyboard_markdown
    from protogen.writers.offline import OfflineWriter

    idea = normalise_idea(_README_IDEAS[lang])
    brief = OfflineWriter().write(idea, tone="friendly").brief
    record = _record(idea.text, brief)
    record["template"] = {"name": kind, "version": "1", "kind": kind}
    return storyboard_markdown(record), brief


@pytest.mark.parametrize("kind", ["landing", "app"])
@pytest.mark.parametrize("lang", sorted(_README_IDEAS))
def test_readme_is_in_the_prototypes_language_from_top_to_bottom(lang, kind):
    """Every heading, label, run instruction and row of the table comes from the book of
    the prototype's language (commands stay commands); the persona's name and role are
    said once; the user stories read as the book's frame. Rendered with CommonMark."""
    from markdown_it import MarkdownIt

    from protogen.writers.offline.books import load_book

    md, brief = _readme(lang, kind)
    words = load_book(lang).data["storyboard"]
    english = load_book("en").data["storyboard"]
    tokens = MarkdownIt("commonmark").parse(md)
    h2 = [tokens[i + 1].content for i, t in enumerate(tokens) if t.tag == "h2" and t.nesting == 1]
    want = ["idea", "problem", "persona", "stories", "storyboard", "features", "run"]
    assert h2 == [words[k] for k in [*want, "validate", "made"]]
    prose = "\n".join(
        t.content for t in tokens if t.type == "inline" and t.content
    )  # everything but the code blocks
    if lang != "en":
        for key, text in english.items():
            if key in ("persona_line", "story") or text == words[key] or len(text) < 8:
                continue
            assert text not in md, f"English {key!r} left in a {lang} README"
        assert "As a" not in prose and "with protogen" not in prose
    name, role = brief["persona"]["name"], brief["persona"]["role"]
    persona = next(t.content for t in tokens if t.type == "inline" and f"**{name}**" in t.content)
    assert persona.count(name) == 1 and persona.count(role) == 1, persona
    start = next(i for i, t in enumerate(tokens) if t.content == words["stories"])
    end = next(i for i, t in enumerate(tokens) if t.content == words["storyboard"])
    stories = [t.content for t in tokens[start + 1 : end] if t.type == "inline"]
    assert len(stories) == len(brief["user_stories"]) >= 1, stories
    if lang == "en":
        for line in stories:
            assert re.match(r"As (a [^aeiou]|an [aeiou])", line, re.I), line
            assert " i " not in line and "so that so" not in line
    assert "protogen serve x" in md and "```sh" in md


def test_readme_persona_stays_literal():
    """A hostile persona forms no Markdown, whether the context introduces the persona
    (the name set in bold where it stands) or not (the book's persona line)."""
    for context in ("[x](javascript:alert(1)) Ada, **admin**, <b>hi</b>", "<b>hi</b> [x](y)"):
        _md, brief = _readme("en", "landing")
        brief["persona"] = {
            **brief["persona"],
            "name": "[x](javascript:alert(1)) Ada",
            "role": "**admin**",
            "context": context,
        }
        from protogen.storyboard import storyboard_markdown

        out = render(storyboard_markdown(_record("an idea", brief)))
        assert "<a " not in out and "<b>" not in out and "<strong>admin" not in out
        assert out.count("<strong>[x](javascript:alert(1)) Ada</strong>") == 1
