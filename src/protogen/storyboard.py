"""The prototype's README: the storyboard a reviewer reads before opening the page.

It tells the story of the idea (problem, persona, user stories, storyboard scenes), how
to run the prototype, and what to validate in the meeting. Every word from the idea or
the writer goes through :mod:`protogen.markdown`, so it shows literally.
"""

from __future__ import annotations

from protogen.markdown import md_code, md_escape, md_quote
from protogen.record import Record


def words(lang: str) -> dict[str, str]:
    """The storyboard's fixed words (headings, labels, the user-story line) in the
    record's language: the ``storyboard`` section of that language's phrasebook, English
    for what it lacks."""
    from protogen.writers.offline.books import load_book

    en = load_book("en").data["storyboard"]
    try:
        book = load_book(lang.split("-")[0].lower())
    except ImportError:  # a language without a phrasebook
        return dict(en)
    return {**en, **book.data.get("storyboard", {})}


def storyboard_markdown(record: Record, *, entry: str = "index.html") -> str:
    """Return the README.md text for ``record``."""
    b = record.brief
    e = md_escape
    w = words(b.lang)
    lines: list[str] = [
        f"# {e(b.name)}",
        "",
        f"**{e(b.tagline)}**",
        "",
        e(b.subhead),
        "",
        f"## {w['idea']}",
        "",
        md_quote(record.idea),
        "",
        f"## {w['problem']}",
        "",
        e(b.problem),
        "",
        f"## {w['persona']}",
        "",
        f"**{e(b.persona.name)}**, {e(b.persona.role)}. {e(b.persona.context)}",
        "",
        f"- **{w['goal']}:** {e(b.persona.goal)}",
        f"- **{w['frustration']}:** {e(b.persona.frustration)}",
        "",
        f"## {w['stories']}",
        "",
    ]
    for s in b.user_stories:
        lines.append(f"- {_story(b.lang, w['story'], b.name, s.as_a, s.i_want, s.so_that)}")
    lines += ["", f"## {w['scenes']}", ""]
    for i, scene in enumerate(b.scenes, 1):
        lines.append(f"{i}. **{e(scene.title)}:** {e(scene.caption)}")
    lines += [
        "",
        f"## {w['features']}",
        "",
    ]
    for f in b.features:
        lines.append(f"- **{e(f.title)}:** {e(f.text)}")
    lines += [
        "",
        *_run_section(record, entry, w),
        f"## {w['validate']}",
        "",
        f"**{w['assumptions']}**",
        "",
    ]
    lines += [f"- {e(a)}" for a in b.assumptions]
    lines += ["", f"**{w['questions']}**", ""]
    lines += [f"- {e(q)}" for q in b.open_questions]
    lines += ["", f"**{w['metric']}:** {e(b.success_metric)}", ""]
    made = record.created.strftime("%Y-%m-%d %H:%M UTC")
    lines += [
        f"## {w['made']}",
        "",
        "| | |",
        "|---|---|",
        f"| {w['writer']} | {e(record.writer)} |",
        *_llm_rows(record, w),
        f"| {w['template']} | {e(record.template.name)} {e(record.template.version)} |",
        f"| {w['tone_palette']} | {e(record.knobs.tone)}, {e(record.knobs.palette)} |",
        f"| {w['made_at']} | "
        + w["made_with"].format(when=made, version=e(record.protogen_version))
        + " |",
        f"| {w['time']} | {record.seconds:.2f} s |",
        "",
        w["brief_note"].format(file=md_code("protogen.json")),
        "",
    ]
    return "\n".join(lines)


def _mid(text: str, name: str) -> str:
    """A part of a sentence: its first letter lower case, unless it is a name ("to plan
    meals", but "HabitNest to …") or an acronym."""
    if text.startswith(name) or not text[1:2].islower():
        return text
    return text[:1].lower() + text[1:]


def _story(lang: str, frame: str, name: str, as_a: str, i_want: str, so_that: str) -> str:
    """A user story line in the record's language. English stories get "a" or "an" by
    sound; the parts are escaped, the frame is the phrasebook's own."""
    e = md_escape
    who = _mid(as_a, name)
    if lang == "en":
        from protogen.writers.offline.en_morph import a_or_an

        who = f"{a_or_an(who)} {who}"
    return frame.format(as_a=e(who), i_want=e(_mid(i_want, name)), so_that=e(_mid(so_that, name)))


def _llm_rows(record: Record, w: dict[str, str]) -> list[str]:
    """Table rows on the LLM that wrote the copy (model, host, format, tokens, fallbacks)."""
    m = record.get("writer_meta") or {}
    if not m.get("model"):
        return []
    e = md_escape
    at = w["model_at"].format(model=e(m["model"]), host=e(m.get("endpoint_host", "")))
    rows = [
        f"| {w['model']} | {at} |",
        f"| {w['format_prompt']} | {e(m.get('response_format', ''))}, prompt "
        f"v{e(str(m.get('prompt_version', '')))} |",
        f"| {w['tokens']} | {m.get('tokens_in')}, {m.get('tokens_out')} ({m.get('latency_s')} s) |",
    ]
    if m.get("fallback_fields"):
        rows.append(f"| {w['fallback']} | {e(', '.join(m['fallback_fields']))} |")
    return rows


def _run_section(record: Record, entry: str, w: dict[str, str]) -> list[str]:
    """How to open or run the prototype, with exact commands for its template's kind."""
    slug = record.slug
    if record.template.get("kind") == "app":
        return [
            f"## {w['run']}",
            "",
            w["run_app"],
            "",
            "```sh",
            f"protogen serve {slug}    # first run installs its dependencies into a cached "
            "venv; prints the URL and the admin link",
            "```",
            "",
            w["run_app_hand"],
            "",
            "```sh",
            "python3 -m venv .venv && . .venv/bin/activate && pip install -e '.[test]'",
            "PROTOTYPE_ADMIN_TOKEN=change-me python -m app --port 8000   # http://127.0.0.1:8000",
            "python -m pytest                                            # its own tests",
            "```",
            "",
            w["run_app_db"],
            "",
        ]
    return [
        f"## {w['run']}",
        "",
        w["run_page"].format(entry=md_code(entry)),
        "",
        "```sh",
        f"protogen serve {slug}                 # serves it on http://127.0.0.1 and prints the URL",
        f"python3 -m http.server 8000 --bind 127.0.0.1 --directory prototypes/{slug}",
        f"xdg-open prototypes/{slug}/{entry}    # Linux; 'open' on macOS, 'start' on Windows",
        "```",
        "",
        w["run_page_note"],
        "",
    ]
