"""The prototype's README: the storyboard a reviewer reads before opening the page.

It tells the story of the idea (problem, persona, user stories, storyboard scenes), how
to run the prototype, and what to validate in the meeting. Every word from the idea or
the writer goes through :mod:`protogen.markdown`, so it shows literally.

Its fixed words (headings, the user-story line) come from the ``storyboard`` section of
the phrasebook of the prototype's language, so a Japanese prototype gets a Japanese
README; a book without that section lends English's.
"""

from __future__ import annotations

import re

from protogen.markdown import md_code, md_escape, md_quote
from protogen.record import Record

_SLOT = re.compile(r"\{(\w+)(?::(\w+))?\}")


class _Words:
    """The storyboard's fixed words in one language, and its frames filled with
    escaped values (the frame is ours; every value is escaped before it goes in)."""

    def __init__(self, lang: str) -> None:
        from protogen.writers.offline.books import load_book

        try:
            book = load_book(lang)
        except ModuleNotFoundError:  # a language whose phrasebook is not written yet
            book = load_book("en")
            lang = "en"
        self.grammar = book.grammar
        self.words = book.data.get("storyboard") if lang == book.lang else None
        if self.words is None:  # a book without the section: English headings, and
            # the story's parts as they were written (no English grammar around them)
            self.words = {
                **load_book("en").data["storyboard"],
                "story": "{as_a}: {i_want} ({so_that})",
            }

    def __getitem__(self, key: str) -> str:
        return self.words[key]

    def frame(self, key: str, **values: str) -> str:
        def fill(m: re.Match) -> str:
            value = values.get(m.group(1), "")
            if m.group(2) and value:
                value = self.grammar.inflect(value, m.group(2))
            return md_escape(value)

        return _SLOT.sub(fill, self.words[key])


def storyboard_markdown(record: Record, *, entry: str = "index.html") -> str:
    """Return the README.md text for ``record``."""
    b = record.brief
    e = md_escape
    w = _Words(b.lang)
    colon = w["colon"]
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
        w.frame(
            "persona_line", name=b.persona.name, role=b.persona.role, context=b.persona.context
        ),
        "",
        f"- **{w['goal']}{colon}** {e(b.persona.goal)}",
        f"- **{w['frustration']}{colon}** {e(b.persona.frustration)}",
        "",
        f"## {w['stories']}",
        "",
    ]
    for s in b.user_stories:
        lines.append("- " + w.frame("story", as_a=s.as_a, i_want=s.i_want, so_that=s.so_that))
    lines += ["", f"## {w['scenes']}", ""]
    for i, scene in enumerate(b.scenes, 1):
        lines.append(f"{i}. **{e(scene.title)}{colon}** {e(scene.caption)}")
    lines += [
        "",
        f"## {w['features']}",
        "",
    ]
    for f in b.features:
        lines.append(f"- **{e(f.title)}{colon}** {e(f.text)}")
    lines += [
        "",
        *_run_section(record, entry, w["run"]),
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
    lines += [
        f"## {w['made']}",
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


def _run_section(record: Record, entry: str, heading: str = "Run it") -> list[str]:
    """How to open or run the prototype, with exact commands for its template's kind."""
    slug = record.slug
    if record.template.get("kind") == "app":
        return [
            f"## {heading}",
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
        f"## {heading}",
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
