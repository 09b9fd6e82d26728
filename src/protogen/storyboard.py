"""The prototype's README: the storyboard a reviewer reads before opening the page.

It tells the story of the idea (problem, persona, user stories, storyboard scenes), how
to run the prototype, and what to validate in the meeting. Every word from the idea or
the writer goes through :mod:`protogen.markdown`, so it shows literally.
"""

from __future__ import annotations

from protogen.markdown import md_code, md_escape, md_quote
from protogen.media import frames_markdown, screens_markdown
from protogen.record import Record
from protogen.stories import names_in


def _words(lang: str) -> dict[str, str]:
    """The storyboard's fixed words (headings, the user-story frame) from the phrasebook
    of the prototype's language; English for a key the book lacks."""
    words = dict(_book("en").data["storyboard"])  # type: ignore[union-attr]
    book = _book(lang)
    words.update(book.data.get("storyboard", {}) if book else {})
    return words


def _book(lang: str):
    """The phrasebook of ``lang``, or None for a language that has none yet."""
    from protogen.writers.offline.books import load_book

    try:
        return load_book(lang)
    except ModuleNotFoundError:
        return None


def storyboard_markdown(record: Record, *, entry: str = "index.html") -> str:
    """Return the README.md text for ``record``."""
    b = record.brief
    e = md_escape
    w = _words(b.lang)
    names = names_in(str(record.get("idea", "")))
    lines: list[str] = [
        f"# {e(b.name)}",
        "",
        f"**{e(b.tagline)}**",
        "",
        e(b.subhead),
        "",
        f"## {e(w['idea'])}",
        "",
        md_quote(record.idea),
        "",
        f"## {e(w['problem'])}",
        "",
        e(b.problem),
        "",
        f"## {e(w['persona'])}",
        "",
        f"**{e(b.persona.name)}**, {e(b.persona.role)}. {e(b.persona.context)}",
        "",
        f"- **{e(w['goal'])}** {e(b.persona.goal)}",
        f"- **{e(w['frustration'])}** {e(b.persona.frustration)}",
        "",
        f"## {e(w['stories'])}",
        "",
    ]
    for s in b.user_stories:
        lines.append(f"- {_story(b.lang, s, names)}")
    lines += ["", f"## {e(w['storyboard'])}", ""]
    if record.get("media"):
        lines += frames_markdown(record)
    else:
        for i, scene in enumerate(b.scenes, 1):
            lines.append(f"{i}. **{e(scene.title)}{e(w['colon'])}** {e(scene.caption)}")
    if record.get("media"):
        lines += ["", *screens_markdown(record)]
    lines += [
        "",
        f"## {e(w['features'])}",
        "",
    ]
    for f in b.features:
        lines.append(f"- **{e(f.title)}{e(w['colon'])}** {e(f.text)}")
    lines += [
        "",
        *_run_section(record, entry),
        f"## {e(w['validate'])}",
        "",
        f"**{e(w['assumptions'])}**",
        "",
    ]
    lines += [f"- {e(a)}" for a in b.assumptions]
    lines += ["", f"**{e(w['questions'])}**", ""]
    lines += [f"- {e(q)}" for q in b.open_questions]
    lines += ["", f"**{e(w['metric'])}** {e(b.success_metric)}", ""]
    made = record.created.strftime("%Y-%m-%d %H:%M UTC")
    lines += [
        f"## {e(w['made'])}",
        "",
        "| | |",
        "|---|---|",
        f"| Writer | {e(record.writer)} |",
        *_llm_rows(record),
        f"| Template | {e(record.template.name)} {e(record.template.version)} |",
        f"| Tone, palette | {e(record.knobs.tone)}, {e(record.knobs.palette)} |",
        f"| Made | {made} with protogen {e(record.protogen_version)} |",
        f"| Time | {record.seconds:.2f} s |",
        "",
        f"Every word of the page is in {md_code('protogen.json')} (the Brief).",
        "",
    ]
    return "\n".join(lines)


def _story(lang: str, story: object, names: frozenset[str]) -> str:
    """A user story line, escaped as a whole (the frame's own words are plain text)."""
    from protogen.stories import story_line

    return md_escape(story_line(lang, story, names))  # type: ignore[arg-type]


def _llm_rows(record: Record) -> list[str]:
    """Table rows on the LLM that wrote the copy (model, host, format, tokens, fallbacks)."""
    m = record.get("writer_meta") or {}
    if not m.get("model"):
        return []
    e = md_escape
    rows = [
        f"| Model | {e(m['model'])} at {e(m.get('endpoint_host', ''))} |",
        f"| Response format, prompt | {e(m.get('response_format', ''))}, prompt "
        f"v{e(str(m.get('prompt_version', '')))} |",
        f"| Tokens in, out | {m.get('tokens_in')}, {m.get('tokens_out')} "
        f"({m.get('latency_s')} s) |",
    ]
    if m.get("fallback_fields"):
        rows.append(f"| From the offline writer | {e(', '.join(m['fallback_fields']))} |")
    return rows


def _run_section(record: Record, entry: str) -> list[str]:
    """How to open or run the prototype, with exact commands for its template's kind."""
    slug = record.slug
    if record.template.get("kind") == "app":
        return [
            "## Run it",
            "",
            "A small web app (FastAPI, Jinja2, SQLite): the landing page at `/`, the core "
            "screen at `/app` (sample data, labelled as such), the waitlist stored in "
            "SQLite, signups at `/admin` (token-protected, with CSV export), `/healthz`.",
            "",
            "```sh",
            f"protogen serve {slug}    # first run installs its dependencies into a cached "
            "venv; prints the URL and the admin link",
            "```",
            "",
            "By hand, from this folder:",
            "",
            "```sh",
            "python3 -m venv .venv && . .venv/bin/activate && pip install -e '.[test]'",
            "PROTOTYPE_ADMIN_TOKEN=change-me python -m app --port 8000   # http://127.0.0.1:8000",
            "python -m pytest                                            # its own tests",
            "```",
            "",
            "`PROTOTYPE_DB` sets the SQLite file (default `signups.db`).",
            "",
        ]
    return [
        "## Run it",
        "",
        f"The prototype is one self-contained page, {md_code(entry)}, with no external requests.",
        "",
        "```sh",
        f"protogen serve {slug}                 # serves it on http://127.0.0.1 and prints the URL",
        f"python3 -m http.server 8000 --bind 127.0.0.1 --directory prototypes/{slug}",
        f"xdg-open prototypes/{slug}/{entry}    # Linux; 'open' on macOS, 'start' on Windows",
        "```",
        "",
        "The waitlist form validates the email, confirms, and keeps signups in the browser's",
        "localStorage: nothing is sent anywhere.",
        "",
    ]
