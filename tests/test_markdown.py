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
