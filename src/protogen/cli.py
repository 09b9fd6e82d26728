"""The ``protogen`` command: a thin typer shell over :mod:`protogen.pipeline`.

It parses, shows progress, prints results, and maps errors to exit codes: 0 ok, 1 a
user error (one line, no traceback), 2 usage. ``PROTOGEN_DEBUG=1`` shows tracebacks.
Heavy modules are imported inside the commands, so ``--help`` and start-up stay fast.
"""

from __future__ import annotations

import time

_T0 = time.perf_counter()

import contextlib  # noqa: E402
import functools  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Annotated, Any, ClassVar  # noqa: E402

import typer  # noqa: E402

from protogen import __version__  # noqa: E402
from protogen.errors import ProtogenError  # noqa: E402

app = typer.Typer(
    help="Turn a one-paragraph product idea into a runnable prototype in a git gallery.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)
gallery_app = typer.Typer(help="Work on the gallery site.", no_args_is_help=True)
app.add_typer(gallery_app, name="gallery")

GalleryOpt = Annotated[
    Path | None,
    typer.Option(
        "--gallery",
        "-g",
        help="Gallery folder. Default: $PROTOGEN_GALLERY, else ~/protogen-gallery.",
        show_default=False,
    ),
]
JsonOpt = Annotated[
    bool,
    typer.Option(
        "--json",
        help="Print one JSON object on stdout and nothing else (messages go to stderr).",
    ),
]


def _err(message: str) -> None:
    sys.stderr.write(f"Error: {message}\n")


class _Terminated(BaseException):
    """SIGTERM or SIGHUP arrived: unwind like Ctrl-C, so every ``finally`` (a gallery
    transaction's rollback among them) runs before the process ends."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _raise_terminated(signum: int, frame: object) -> None:
    raise _Terminated(signum)


@contextlib.contextmanager
def _signals_unwind() -> Any:
    import signal

    wanted = [getattr(signal, n) for n in ("SIGTERM", "SIGHUP") if hasattr(signal, n)]
    previous = {}
    for sig in wanted:
        with contextlib.suppress(ValueError, OSError):  # not the main thread
            previous[sig] = signal.signal(sig, _raise_terminated)
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _guard(fn):
    """Turn ProtogenErrors into a one-line message and exit 1; hide tracebacks of bugs.

    SIGTERM and SIGHUP unwind the command like Ctrl-C does (exit 128 + the signal)."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            with _signals_unwind():
                return fn(*args, **kwargs)
        except _Terminated as exc:
            sys.stderr.write("Stopped.\n")
            raise typer.Exit(128 + exc.signum) from None
        except ProtogenError as exc:
            if os.environ.get("PROTOGEN_DEBUG") == "1":
                raise
            _err(str(exc))
            raise typer.Exit(exc.exit_code) from None
        except KeyboardInterrupt:
            sys.stderr.write("Interrupted.\n")
            raise typer.Exit(130) from None
        except (typer.Exit, typer.Abort, SystemExit):
            raise
        except OSError as exc:  # permissions, a full disk: the machine, not a bug
            if os.environ.get("PROTOGEN_DEBUG") == "1":
                raise
            where = f": {exc.filename}" if exc.filename else ""
            _err(f"{exc.strerror or exc}{where}")
            raise typer.Exit(1) from None
        except Exception as exc:
            if os.environ.get("PROTOGEN_DEBUG") == "1":
                raise
            _err(
                f"unexpected {type(exc).__name__}: {exc} "
                "(run again with PROTOGEN_DEBUG=1 for the traceback, and please report it)"
            )
            raise typer.Exit(1) from None

    return wrapper


def _gallery(option: Path | None) -> Path:
    from protogen.gallery import default_gallery_path

    return default_gallery_path(str(option) if option else None)


def _version(value: bool) -> None:
    if value:
        print(f"protogen {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
) -> None:
    """protogen: an idea in, a clickable prototype and its storyboard out."""


def _read_idea(idea: str) -> str:
    if idea == "-":
        data = sys.stdin.buffer.read()
        return data.decode("utf-8", errors="replace")
    return idea


class _Progress:
    """Rich progress on a terminal; elsewhere, a status line on stderr now and then while
    a model writes (a local model can take a minute, and silence looks like a hang)."""

    LABELS: ClassVar[dict[str, str]] = {
        "read": "Reading the idea",
        "write": "Writing the copy",
        "lock": "Opening the gallery",
        "render": "Rendering the page",
        "shots": "Taking screenshots",
        "storyboard": "Writing the storyboard",
        "site": "Rebuilding the gallery site",
        "commit": "Committing",
    }
    QUIET_INTERVAL = 15.0

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.progress = None
        self.task = None
        self._last_line = -1e9

    def __enter__(self) -> _Progress:
        if self.enabled:
            from rich.console import Console
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            self.progress = Progress(
                SpinnerColumn(),
                TextColumn("{task.description}"),
                TimeElapsedColumn(),
                console=Console(stderr=True),
                transient=True,
            )
            self.progress.start()
            self.task = self.progress.add_task("Starting", total=len(self.LABELS))
        return self

    def stage(self, name: str) -> None:
        if self.progress is not None:
            done = list(self.LABELS).index(name)
            self.progress.update(self.task, description=self.LABELS[name], completed=done)

    def writer(self, status: str, tokens: int, seconds: float) -> None:
        """What the LLM writer is doing: which model, tokens so far, seconds waited."""
        text = f"Writing the copy: {status}, {tokens} tokens, {seconds:.0f} s"
        if self.progress is not None:
            self.progress.update(self.task, description=text)
        elif time.monotonic() - self._last_line >= self.QUIET_INTERVAL:
            self._last_line = time.monotonic()
            sys.stderr.write(f"protogen: {text}\n")
            sys.stderr.flush()

    def __exit__(self, *exc: object) -> None:
        if self.progress is not None:
            self.progress.stop()


@app.command()
@_guard
def new(
    idea: Annotated[
        str, typer.Argument(help="The idea, in a sentence or a paragraph; '-' reads stdin.")
    ],
    gallery: GalleryOpt = None,
    template: Annotated[
        str | None,
        typer.Option(
            "--template",
            "-t",
            help="Template (default landing): see 'protogen templates'.",
            show_default=False,
        ),
    ] = None,
    writer: Annotated[
        str | None,
        typer.Option(
            "--writer",
            "-w",
            help="offline or openai. Default: $PROTOGEN_WRITER, the gallery's protogen.toml, "
            "else openai when OPENAI_API_KEY or OPENAI_BASE_URL is set, else offline.",
            show_default=False,
        ),
    ] = None,
    model: Annotated[
        str | None,
        typer.Option(
            "--model",
            "-m",
            help="LLM model (default: $PROTOGEN_MODEL, else gpt-4o-mini).",
            show_default=False,
        ),
    ] = None,
    timeout: Annotated[
        float | None,
        typer.Option(
            "--timeout",
            help="Most seconds to wait for the LLM in all, retries included "
            "(default: $PROTOGEN_TIMEOUT, else 300).",
            show_default=False,
        ),
    ] = None,
    strict: Annotated[
        bool,
        typer.Option(
            "--strict",
            help="Fail if the LLM's reply is invalid, instead of filling "
            "the gaps from the offline writer.",
        ),
    ] = False,
    allow_fallback: Annotated[
        bool,
        typer.Option(
            "--allow-fallback",
            help="Keep an LLM prototype even when most of its copy had to come from the "
            "offline writer (default: $PROTOGEN_ALLOW_FALLBACK, else fail).",
        ),
    ] = False,
    palette: Annotated[
        str | None,
        typer.Option(
            "--palette",
            "-p",
            help="Colour palette: ocean, forest, sunset, grape, graphite, midnight.",
            show_default=False,
        ),
    ] = None,
    tone: Annotated[
        str | None,
        typer.Option(
            "--tone",
            help="Voice of the copy: friendly (default), bold or formal.",
            show_default=False,
        ),
    ] = None,
    no_commit: Annotated[
        bool, typer.Option("--no-commit", help="Write the files but do not commit.")
    ] = False,
    shots: Annotated[
        bool | None,
        typer.Option(
            "--shots/--no-shots",
            help="Also take screenshots with Chromium (~1-2 s; default: 'shots' in "
            "protogen.toml, else off). 'protogen shoot' takes them later.",
            show_default=False,
        ),
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """Make a prototype from IDEA and file it into the gallery as one commit."""
    from protogen.pipeline import create_prototype

    text = _read_idea(idea)
    with _Progress(sys.stderr.isatty()) as progress:
        result = create_prototype(
            text,
            gallery=_gallery(gallery),
            template=template,
            writer=writer,
            palette=palette,
            tone=tone,
            commit=not no_commit,
            model=model,
            timeout=timeout,
            strict=strict or None,
            allow_fallback=allow_fallback or None,
            on_stage=progress.stage,
            on_progress=progress.writer,
            started=_T0,
            shots=shots,
        )
    seconds = round(time.perf_counter() - _T0, 3)
    page = result.path / result.entry
    # With --json, stdout carries the JSON object only; everything for people goes to
    # stderr, so `protogen new ... --json | jq` works.
    human = sys.stderr if as_json else sys.stdout
    if result.identity_notice:
        sys.stderr.write(
            "Note: git has no user.name/user.email here, so protogen committed as "
            "'protogen <protogen@localhost>'. Set yours with: git config --global user.name "
            '"Your Name" && git config --global user.email you@example.com\n'
        )
    for note in result.notes:
        sys.stderr.write(f"Note: {note}\n")
    meta = result.writer_meta
    if meta.get("fallback_fields"):
        fields = meta["fallback_fields"]
        sys.stderr.write(
            f"Warning: the model's reply was not fully usable ({meta.get('fallback_reason')}); "
            f"{len(fields)} part(s) came from the offline writer: {', '.join(fields)}. "
            "Use --strict to fail instead.\n"
        )
    lines = [
        f"Made \u201c{result.name}\u201d ({result.template} template, {result.writer} writer"
        + (f", {meta['model']} @ {meta['endpoint_host']}" if meta.get("model") else "")
        + f") in {seconds:.2f} s",
        f"  folder   {result.path}",
        f"  open     {page}",
        f"  serve    protogen serve {result.slug} --gallery {result.gallery}",
        f"  gallery  {result.gallery / 'index.html'}",
        f"  commit   {result.commit[:10] if result.commit else '(not committed: --no-commit)'}",
    ]
    human.write("\n".join(lines) + "\n")
    if as_json:
        print(
            json.dumps(
                {
                    "slug": result.slug,
                    "name": result.name,
                    "path": str(result.path),
                    "page": str(page),
                    "gallery": str(result.gallery),
                    "commit": result.commit,
                    "writer": result.writer,
                    "template": result.template,
                    "seconds": seconds,
                    "timings": result.timings,
                    "commit_seconds": result.commit_seconds,
                    "llm": meta or None,
                },
                ensure_ascii=False,
            )
        )


@app.command("list")
@_guard
def list_(
    gallery: GalleryOpt = None,
    as_json: Annotated[
        bool,
        typer.Option(
            "--json",
            help="Print one JSON object: {gallery, count, prototypes: [...]}, newest first.",
        ),
    ] = False,
) -> None:
    """List the gallery's prototypes, newest first."""
    from protogen.gallery import Gallery

    g = Gallery.open(_gallery(gallery), create=False)
    records = g.records()
    if as_json:
        print(
            json.dumps(
                {
                    "gallery": str(g.root),
                    "count": len(records),
                    "prototypes": [
                        {
                            "slug": r.slug,
                            "name": r.brief.name,
                            "tagline": r.brief.tagline,
                            "template": r.template.get("name"),
                            "writer": r.writer,
                            "created_at": r.created_at,
                        }
                        for r in records
                    ],
                },
                ensure_ascii=False,
            )
        )
        return
    if not records:
        print(f'No prototypes in {g.root} yet: protogen new "your idea"')
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{len(records)} prototypes in {g.root}", title_justify="left")
    for col in ("slug", "name", "template", "writer", "created"):
        table.add_column(col)
    for r in records:
        table.add_row(
            r.slug,
            r.brief.name,
            str(r.template.get("name", "")),
            r.writer,
            r.created.strftime("%Y-%m-%d %H:%M"),
        )
    Console(highlight=False).print(table)


@gallery_app.command("build")
@_guard
def gallery_build(
    gallery: GalleryOpt = None,
    no_commit: Annotated[
        bool, typer.Option("--no-commit", help="Do not commit the rebuilt site.")
    ] = False,
) -> None:
    """Rebuild the whole gallery site (index.html, site/, README.md) from the records."""
    from protogen.pipeline import rebuild_site

    path = _gallery(gallery)
    count, sha = rebuild_site(path, commit=not no_commit)
    print(
        f"Rebuilt {path / 'index.html'} with {count} prototypes"
        + (f"; commit {sha[:10]}" if sha else "; nothing to commit" if not no_commit else "")
    )


@gallery_app.command("serve")
@_guard
def gallery_serve(
    gallery: GalleryOpt = None,
    port: Annotated[
        int,
        typer.Option("--port", min=0, max=65535, help="First port to try; 0 picks any free port."),
    ] = 8000,
) -> None:
    """Serve the gallery site on 127.0.0.1 (as GitHub Pages would); Ctrl-C stops it."""
    from protogen.gallery import Gallery
    from protogen.serve import serve as run

    g = Gallery.open(_gallery(gallery), create=False)

    def announce(url: str) -> None:
        print(f"Serving the gallery at {url}  (Ctrl-C to stop)", flush=True)

    run(g.root, "index.html", port, announce)
    print("Stopped.", flush=True)


@gallery_app.command("publish")
@_guard
def gallery_publish(
    gallery: GalleryOpt = None,
    remote: Annotated[
        str | None,
        typer.Option("--remote", help="The git remote to push to (default: origin)."),
    ] = None,
) -> None:
    """Push the gallery to its git remote (GitHub Pages then publishes it)."""
    from protogen.gallery import Gallery
    from protogen.site.publish import publish

    g = Gallery.open(_gallery(gallery), create=False)
    done = publish(g.root, remote)
    print(f"Published {done.branch} to {done.remote} ({done.url}): {done.summary}")
    print(
        "On GitHub, enable Pages once (Settings > Pages > Source: GitHub Actions); the "
        "workflow in .github/workflows/pages.yml then publishes every push."
    )


@app.command()
@_guard
def export(
    slug: Annotated[str, typer.Argument(help="The prototype's slug (see 'protogen list').")],
    gallery: GalleryOpt = None,
    out: Annotated[
        Path | None,
        typer.Option("--out", "-o", help="Folder for the two files (default: this folder)."),
    ] = None,
) -> None:
    """Write a meeting pack: one self-contained HTML page and a zip of the prototype."""
    from protogen.errors import UserError
    from protogen.export import export as run
    from protogen.gallery import PROTOTYPES
    from protogen.slugs import is_safe_slug

    root = _gallery(gallery)
    folder = root / PROTOTYPES / slug
    if not is_safe_slug(slug) or not folder.is_dir():
        raise UserError(f"No prototype '{slug}' in {root}; see 'protogen list'.")
    done = run(folder, (out or Path.cwd()).resolve())
    print(f"Meeting pack for {slug}:")
    print(f"  page  {done.page}\n  zip   {done.archive} ({done.files} files)")


@app.command()
@_guard
def serve(
    slug: Annotated[str, typer.Argument(help="The prototype's slug (see 'protogen list').")],
    gallery: GalleryOpt = None,
    port: Annotated[
        int,
        typer.Option("--port", min=0, max=65535, help="First port to try; 0 picks any free port."),
    ] = 8000,
) -> None:
    """Serve a prototype on 127.0.0.1 and print its URL; Ctrl-C, SIGTERM or SIGHUP stop it."""
    from protogen.errors import ServeError
    from protogen.gallery import PROTOTYPES
    from protogen.record import RECORD_FILE, Record
    from protogen.serve import serve as run
    from protogen.slugs import is_safe_slug

    root = _gallery(gallery)
    folder = root / PROTOTYPES / slug
    if not is_safe_slug(slug) or not folder.is_dir():
        raise ServeError(f"No prototype '{slug}' in {root}; see 'protogen list'.")
    if folder.is_symlink() or not folder.resolve().is_relative_to((root / PROTOTYPES).resolve()):
        raise ServeError(f"{folder} is a symlink, not a prototype folder; refusing to serve it.")
    entry, kind = "index.html", "static"
    with contextlib.suppress(OSError, ValueError):
        template = Record.load(folder / RECORD_FILE).template
        entry = str(template.get("entry") or entry)
        kind = str(template.get("kind") or kind)

    def announce(url: str) -> None:
        print(f"Serving {slug} at {url}  (Ctrl-C to stop)", flush=True)

    def say(text: str) -> None:
        print(text, flush=True)

    if kind == "app":
        from protogen.serve import serve_app

        serve_app(folder, port, announce, say, gallery=root, slug=slug)
    else:
        run(folder, entry, port, announce)
    print("Stopped.", flush=True)


@app.command()
@_guard
def shoot(
    slug: Annotated[
        str | None,
        typer.Argument(
            help="The prototype's slug (see 'protogen list'); or use --all.", show_default=False
        ),
    ] = None,
    all_: Annotated[bool, typer.Option("--all", help="Every prototype in the gallery.")] = False,
    gallery: GalleryOpt = None,
    timeout: Annotated[
        float | None,
        typer.Option(
            "--timeout",
            help="Seconds allowed per prototype (default: $PROTOGEN_SHOT_TIMEOUT, "
            "'shot_timeout' in protogen.toml, else 20).",
            show_default=False,
        ),
    ] = None,
    no_commit: Annotated[
        bool, typer.Option("--no-commit", help="Write the files but do not commit.")
    ] = False,
) -> None:
    """Take or retake screenshots with Chromium (desktop, phone, thumbnail) and redraw the
    storyboard frames and preview; one commit for the run."""
    from protogen.errors import UserError
    from protogen.shoot import shoot as run

    if bool(slug) == all_:
        raise UserError("Name one prototype (protogen shoot SLUG) or use --all.")

    def report(o: Any) -> None:
        if o.error:
            _err(o.error)
        elif o.shots:
            s = o.shots
            print(
                f"Shot {o.slug}: desktop 1280×800 ({len(s.desktop) // 1024} KB), phone 390×844 "
                f"({len(s.phone) // 1024} KB), thumbnail {len(s.thumb) // 1024} KB "
                f"in {s.seconds:.1f} s",
                flush=True,
            )
        elif o.note:
            print(f"{o.slug}: {o.note}", flush=True)

    result = run(
        _gallery(gallery),
        None if all_ else [slug or ""],
        commit=not no_commit,
        timeout=timeout,
        on_outcome=report,
    )
    if result.no_browser:
        sys.stderr.write(f"Note: no screenshots: {result.no_browser}. Drew the previews.\n")
    drawn = sum(1 for o in result.outcomes if o.name)
    if not result.outcomes:
        print(f"No prototypes in {result.gallery} yet.")
    else:
        commit = (
            f"commit {result.commit[:10]}"
            if result.commit
            else "not committed (--no-commit)"
            if no_commit
            else "nothing to commit"
        )
        print(f"Pictures of {drawn} prototype(s) up to date in {result.gallery}; {commit}")
    if result.failed:
        raise typer.Exit(1)


@app.command()
@_guard
def templates() -> None:
    """List the templates, with a description each."""
    from protogen.render import list_templates

    for t in list_templates():
        print(f"{t.name} (v{t.version})\n  {t.description}\n  palettes: {', '.join(t.palettes)}")


def main() -> None:
    """Entry point of the ``protogen`` script and ``python -m protogen``.

    When the command is over, every file is closed, every thread joined and every git
    process reaped; the interpreter's own teardown would then spend ~0.1 s freeing the
    thousands of classes the openai SDK defines. So the process flushes its output and
    ends at once.
    """
    code: int | str | None = 0
    try:
        app(prog_name="protogen")
    except SystemExit as exc:
        code = exc.code
    sys.stdout.flush()
    sys.stderr.flush()
    if isinstance(code, str):  # click's usage errors are already printed; keep exit 2 etc.
        sys.stderr.write(code + "\n")
        sys.stderr.flush()
        code = 1
    os._exit(code or 0)
