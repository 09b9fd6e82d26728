"""The prototype's README: the storyboard a reviewer reads before opening the page.

It tells the story of the idea (problem, persona, user stories, storyboard scenes), how
to run the prototype, and what to validate in the meeting. Every word from the idea or
the writer goes through :mod:`protogen.markdown`, so it shows literally.

Every fixed word, from the headings to the run instructions and the table of how it was
made, comes from the ``storyboard`` section of the phrasebook of the prototype's
language (one schema in every book: ``tests/test_phrasebooks.py``), so a Japanese
prototype's README is Japanese from top to bottom; commands stay commands. A language
without a phrasebook gets the English one.
"""

from __future__ import annotations

from protogen.markdown import md_code, md_escape, md_quote, md_words
from protogen.media import frames_markdown, screens_markdown
from protogen.record import Record
from protogen.stories import names_in


class _Words:
    """The storyboard's fixed words in the prototype's language, and its two frames
    that hold the writer's words (the persona line and the user story)."""

    def __init__(self, lang: str) -> None:
        from protogen.writers.offline.books import load_book

        self.lang = lang
        self.book = load_book(lang)  # English for a language without a book
        self.words: dict[str, str] = self.book.data["storyboard"]

    def __getitem__(self, key: str) -> str:
        """A heading or label, escaped."""
        return md_escape(self.words[key])

    def text(self, key: str, **code: str) -> str:
        """A sentence of ours, escaped, with generated code spans set in."""
        return md_words(self.words[key], code)

    def persona(self, name: str, role: str, context: str) -> str:
        """The persona's line. The offline writer's context introduces the persona and
        their role already ("Claire, personne âgée, préfère …", "Grace is a member of
        …"): then the name is set in bold where it stands, so neither is said twice;
        otherwise the book's line puts name, role and context together."""
        e = md_escape
        ctx = e(context)
        if name and role and ctx.startswith(e(name)) and role in context:
            return f"**{e(name)}**{ctx[len(e(name)) :]}"
        g = self.book.grammar
        return g.fill(
            self.words["persona_line"], {"name": e(name), "role": e(role), "context": ctx}
        )

    def story(self, story: object, names: frozenset[str]) -> str:
        """A user-story line in the book's frame, escaped as a whole: the frame holds
        plain words only (see :func:`protogen.stories.story_line`)."""
        from protogen.stories import story_line

        return md_escape(story_line(self.lang, story, names))  # type: ignore[arg-type]


def storyboard_markdown(record: Record, *, entry: str = "index.html") -> str:
    """Return the README.md text for ``record``."""
    b = record.brief
    e = md_escape
    w = _Words(b.lang)
    colon = w["colon"]
    names = names_in(str(record.get("idea", "")))
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
        w.persona(b.persona.name, b.persona.role, b.persona.context),
        "",
        f"- **{w['goal']}{colon}** {e(b.persona.goal)}",
        f"- **{w['frustration']}{colon}** {e(b.persona.frustration)}",
        "",
        f"## {w['stories']}",
        "",
    ]
    for s in b.user_stories:
        lines.append(f"- {w.story(s, names)}")
    lines += ["", f"## {w['storyboard']}", ""]
    if record.get("media"):
        lines += frames_markdown(record)
        lines += ["", *screens_markdown(record)]
    else:
        for i, scene in enumerate(b.scenes, 1):
            lines.append(f"{i}. **{e(scene.title)}{colon}** {e(scene.caption)}")
    lines += ["", f"## {w['features']}", ""]
    for f in b.features:
        lines.append(f"- **{e(f.title)}{colon}** {e(f.text)}")
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
    lines += ["", f"**{w['metric']}{colon}** {e(b.success_metric)}", ""]
    made = record.created.strftime("%Y-%m-%d %H:%M UTC")
    version = e(record.protogen_version, mid_line=True)
    lines += [
        f"## {w['made']}",
        "",
        "| | |",
        "|---|---|",
        f"| {w['made_writer']} | {e(record.writer)} |",
        *_llm_rows(record, w),
        f"| {w['made_template']} | {e(record.template.name)} {e(record.template.version)} |",
        f"| {w['made_knobs']} | {e(record.knobs.tone)}, {e(record.knobs.palette)} |",
        f"| {w['made_when']} | {w.text('made_with', when=made, version=version)} |",
        f"| {w['made_time']} | {record.seconds:.2f} s |",
        "",
        w.text("made_brief", file=md_code("protogen.json")),
        "",
    ]
    return "\n".join(lines)


def _llm_rows(record: Record, w: _Words) -> list[str]:
    """Table rows on the LLM that wrote the copy (model, host, format, tokens, fallbacks)."""
    m = record.get("writer_meta") or {}
    if not m.get("model"):
        return []
    e = md_escape
    model = w.text("made_model_at", model=e(m["model"]), host=e(m.get("endpoint_host", "")))
    prompt = w.text(
        "made_prompt",
        format=e(m.get("response_format", "")),
        version=e(str(m.get("prompt_version", ""))),
    )
    rows = [
        f"| {w['made_model']} | {model} |",
        f"| {w['made_format']} | {prompt} |",
        f"| {w['made_tokens']} | {m.get('tokens_in')}, {m.get('tokens_out')} "
        f"({m.get('latency_s')} s) |",
    ]
    if m.get("fallback_fields"):
        rows.append(f"| {w['made_fallback']} | {e(', '.join(m['fallback_fields']))} |")
    return rows


def _run_section(record: Record, entry: str, w: _Words) -> list[str]:
    """How to open or run the prototype, with exact commands for its template's kind;
    the sentences and the comments after the commands in the prototype's language."""
    slug = record.slug
    if record.template.get("kind") == "app":
        return [
            f"## {w['run']}",
            "",
            w.text(
                "run_app",
                root=md_code("/"),
                app=md_code("/app"),
                admin=md_code("/admin"),
                healthz=md_code("/healthz"),
            ),
            "",
            "```sh",
            f"protogen serve {slug}    # {w.words['run_app_serve']}",
            "```",
            "",
            w.text("run_by_hand"),
            "",
            "```sh",
            "python3 -m venv .venv && . .venv/bin/activate && pip install -e '.[test]'",
            "PROTOTYPE_ADMIN_TOKEN=change-me python -m app --port 8000   # http://127.0.0.1:8000",
            f"python -m pytest                                            # {w.words['run_tests']}",
            "```",
            "",
            w.text("run_db", var=md_code("PROTOTYPE_DB"), file=md_code("signups.db")),
            "",
        ]
    return [
        f"## {w['run']}",
        "",
        w.text("run_page", entry=md_code(entry)),
        "",
        "```sh",
        f"protogen serve {slug}                 # {w.words['run_serve']}",
        f"python3 -m http.server 8000 --bind 127.0.0.1 --directory prototypes/{slug}",
        f"xdg-open prototypes/{slug}/{entry}    # {w.words['run_open']}",
        "```",
        "",
        w.text("run_waitlist"),
        "",
    ]
