"""The ``new`` pipeline, end to end: idea -> Brief -> page -> storyboard -> gallery.

This module is also the example of library use::

    from protogen.pipeline import create_prototype
    result = create_prototype("A habit tracker for remote teams ...", gallery=Path("g"))
    print(result.path, result.commit)

Each stage is timed and the times are saved in the record.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from protogen import __version__
from protogen.errors import UserError

#: The stages of ``new``, each named for what it times. The record keeps all but
#: ``commit`` (the record is inside the commit); ``--json`` reports the same timings and
#: the commit's time beside them.
STAGES = ("read", "write", "lock", "render", "shots", "storyboard", "site", "commit")
DEFAULT_TEMPLATE = "landing"
DEFAULT_TONE = "friendly"


@dataclass
class NewResult:
    slug: str
    path: Path
    writer_meta: dict
    gallery: Path
    commit: str | None
    writer: str
    template: str
    name: str
    entry: str
    seconds: float
    timings: dict[str, float]
    commit_seconds: float = 0.0
    fallback_identity: bool = False
    identity_notice: bool = False
    notes: list[str] = field(default_factory=list)  # e.g. why there are no screenshots


def create_prototype(
    idea_text: str,
    *,
    gallery: Path,
    template: str | None = None,
    writer: str | None = None,
    palette: str | None = None,
    tone: str | None = None,
    commit: bool = True,
    model: str | None = None,
    timeout: float | None = None,
    strict: bool | None = None,
    allow_fallback: bool | None = None,
    on_stage: Callable[[str], None] | None = None,
    on_progress: Callable[[str, int, float], None] | None = None,
    started: float | None = None,
    shots: bool | None = None,
) -> NewResult:
    """Make one prototype from ``idea_text`` and file it into ``gallery``.

    Unset knobs come from the gallery's ``protogen.toml``, then the defaults; the
    writer is chosen as :func:`protogen.config.choose_writer` says. The storyboard
    frames and the preview are always drawn; screenshots are taken with Chromium only
    when ``shots`` (or ``shots = true`` in protogen.toml) asks. Raises
    :class:`~protogen.errors.UserError` for bad input; the gallery is then unchanged.
    """
    from protogen.config import choose_writer, gallery_config
    from protogen.idea import normalise_idea
    from protogen.render import check_palette, load_template
    from protogen.writers import check_tone, get_writer

    t0 = started if started is not None else time.perf_counter()
    timings: dict[str, float] = {}
    current: str | None = None
    mark = time.perf_counter()

    def stage(name: str) -> None:
        """Close the running stage's timer and start ``name``'s."""
        nonlocal current, mark
        now = time.perf_counter()
        if current:
            timings[current] = round(now - mark, 4)
        current, mark = name, now
        if on_stage and name in STAGES:
            on_stage(name)

    stage("read")
    created_at = datetime.now(UTC)
    idea = normalise_idea(idea_text)
    if gallery.exists() and not gallery.is_dir():
        raise UserError(f"The gallery path {gallery} is a file; pass --gallery a folder.")
    config = gallery_config(gallery) if gallery.is_dir() else {}
    tpl = load_template(template or config.get("template") or DEFAULT_TEMPLATE)
    palette = check_palette(tpl, palette or config.get("palette") or next(iter(tpl.palettes)))
    tone = check_tone(tone or config.get("tone") or DEFAULT_TONE)
    chosen = get_writer(
        choose_writer(writer, config),
        config=config,
        model=model,
        timeout=timeout,
        strict=strict,
        allow_fallback=allow_fallback,
        progress=on_progress,
    )

    stage("write")
    warm = threading.Thread(target=_warm_up, args=(tpl.path,), daemon=True)

    def while_waiting() -> None:
        """The request is on its way: get the later stages ready meanwhile."""
        if warm.ident is None:  # once, even if the writer re-asks
            warm.start()

    if hasattr(chosen, "before_request"):
        chosen.before_request = while_waiting
    written = chosen.write(idea, tone=tone)
    if warm.ident is not None:
        warm.join()

    stage("lock")
    from protogen.gallery import Gallery
    from protogen.record import RECORD_FILE, Record
    from protogen.render import render_template
    from protogen.site.update import refresh_site
    from protogen.slugs import make_slug
    from protogen.storyboard import storyboard_markdown

    g = Gallery.open(gallery)
    name = written.brief["name"]
    with g.transaction(f"Add prototype: {name}", commit=commit) as tx:
        stage("render")
        # A writer that knows how its name reads in ASCII (a romanised Japanese name)
        # says so in its meta; slugify's own transliteration is the fallback.
        slug = tx.unique_slug(make_slug(written.meta.get("name_ascii", ""), name, idea.text))
        staged = tx.tmp_dir() / slug
        render_template(
            tpl,
            {
                "project_slug": slug,
                "palette": palette,
                "idea_lang": idea.lang,
                "idea": idea.text,
                "brief": written.brief,
            },
            staged,
        )
        shot = None
        notes: list[str] = []
        if shots if shots is not None else bool(config.get("shots")):
            stage("shots")
            from protogen.screens import take_shots

            shot = take_shots(staged / tpl.entry, tpl.kind, config, notes)

        stage("storyboard")
        record = Record.create(
            slug=slug,
            idea=idea.text,
            idea_lang=idea.lang,
            brief=written.brief,
            template={
                "name": tpl.name,
                "version": tpl.version,
                "entry": tpl.entry,
                "kind": tpl.kind,
            },
            knobs={"tone": tone, "palette": palette, "palette_colors": tpl.palettes[palette]},
            writer=written.writer,
            writer_meta=written.meta,
            protogen_version=__version__,
            created_at=created_at,
            timings={},
            seconds=0.0,
        )
        from protogen.media import media_files

        for rel, data in media_files(record, shot).items():
            (staged / rel).parent.mkdir(parents=True, exist_ok=True)
            if isinstance(data, bytes):
                (staged / rel).write_bytes(data)
            else:
                (staged / rel).write_text(data, encoding="utf-8")
        (staged / "README.md").write_text(
            storyboard_markdown(record, entry=tpl.entry), encoding="utf-8"
        )
        (staged / RECORD_FILE).write_text(record.to_json(), encoding="utf-8")
        tx.add_dir(f"prototypes/{slug}", staged)

        stage("site")
        refresh_site(tx, g.root, g.git_dir, config)

        stage("commit")
        # The record is sealed now, with every stage but the commit it is part of.
        record["timings"] = dict(timings)
        record["seconds"] = round(time.perf_counter() - t0, 4)
        (staged / RECORD_FILE).write_text(record.to_json(), encoding="utf-8")
    stage("done")
    result = tx.result
    assert result is not None
    return NewResult(
        slug=slug,
        path=g.root / "prototypes" / slug,
        writer_meta=written.meta,
        gallery=g.root,
        commit=result.sha,
        writer=written.writer,
        template=tpl.name,
        name=name,
        entry=tpl.entry,
        seconds=round(time.perf_counter() - t0, 4),
        timings={k: v for k, v in timings.items() if k != "commit"},
        commit_seconds=timings.get("commit", 0.0),
        fallback_identity=result.fallback_identity,
        identity_notice=result.identity_notice,
        notes=notes,
    )


def _warm_up(template_dir: Path) -> None:
    """Import and compile what the stages after the writer need, while the main thread
    waits on the network (it releases the GIL there). Nothing is written, and any
    failure is ignored: the main path simply does the work itself."""
    time.sleep(0.05)  # let the main thread finish sending the request first (GIL)
    try:
        import slugify  # noqa: F401

        import protogen.gallery.transaction
        import protogen.site
        import protogen.storyboard
        from protogen.brief import Brief
        from protogen.render import environment
        from protogen.resources import data_dir

        env = environment(str(template_dir))
        for path in template_dir.rglob("*"):
            if path.is_file() and path.name != "cookiecutter.json":
                env.get_template(path.relative_to(template_dir).as_posix())
        environment(str(data_dir("gallery"))).get_template("index.html")
        Brief.model_json_schema  # noqa: B018 - building the model is the point
        del protogen
    except Exception:
        return


def rebuild_site(gallery: Path, *, commit: bool = True) -> tuple[int, str | None]:
    """Rebuild the whole gallery site from the records; commit it if it changed.

    The committed site is built from the committed records; the working tree's from the
    records on disk (they differ when a prototype or a record edit is not committed).
    """
    from protogen.config import gallery_config
    from protogen.gallery import Gallery
    from protogen.site.update import refresh_site

    g = Gallery.open(gallery, create=False)
    config = gallery_config(g.root)
    with g.transaction("Rebuild gallery site", commit=commit) as tx:
        count = refresh_site(tx, g.root, g.git_dir, config, full=True)
    assert tx.result is not None
    return count, tx.result.sha
