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
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from protogen import __version__
from protogen.errors import UserError

STAGES = ("idea", "write", "render", "storyboard", "gallery")
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
    fallback_identity: bool = False
    identity_notice: bool = False


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
) -> NewResult:
    """Make one prototype from ``idea_text`` and file it into ``gallery``.

    Unset knobs come from the gallery's ``protogen.toml``, then the defaults; the
    writer is chosen as :func:`protogen.config.choose_writer` says. Raises
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

    stage("idea")
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

    stage("render")
    from protogen.gallery import Gallery
    from protogen.record import RECORD_FILE, Record
    from protogen.render import render_template
    from protogen.site import write_site
    from protogen.slugs import make_slug
    from protogen.storyboard import storyboard_markdown

    g = Gallery.open(gallery)
    g.check_state()
    with g.locked():
        slug = g.unique_slug(make_slug(written.brief["name"], idea.text))
        staged = g.tmp_dir() / slug
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
            timings=dict(timings),
            seconds=round(time.perf_counter() - t0, 4),
        )
        (staged / "README.md").write_text(
            storyboard_markdown(record, entry=tpl.entry), encoding="utf-8"
        )
        (staged / RECORD_FILE).write_text(record.to_json(), encoding="utf-8")

        stage("gallery")

        def site() -> list[str]:
            return write_site(g.root, g.records())

        result = g.add_prototype(
            staged, slug, site, f"Add prototype: {written.brief['name']}", commit=commit
        )
    stage("done")
    return NewResult(
        slug=slug,
        path=g.root / "prototypes" / slug,
        writer_meta=written.meta,
        gallery=g.root,
        commit=result.sha,
        writer=written.writer,
        template=tpl.name,
        name=written.brief["name"],
        entry=tpl.entry,
        seconds=round(time.perf_counter() - t0, 4),
        timings=timings,
        fallback_identity=result.fallback_identity,
        identity_notice=result.identity_notice,
    )


def _warm_up(template_dir: Path) -> None:
    """Import and compile what the stages after the writer need, while the main thread
    waits on the network (it releases the GIL there). Nothing is written, and any
    failure is ignored: the main path simply does the work itself."""
    time.sleep(0.05)  # let the main thread finish sending the request first (GIL)
    try:
        import filelock  # noqa: F401
        import git  # noqa: F401
        import slugify  # noqa: F401

        import protogen.gallery
        import protogen.storyboard
        from protogen.brief import Brief
        from protogen.render import _environment
        from protogen.resources import data_dir

        env = _environment(str(template_dir))
        for path in template_dir.rglob("*"):
            if path.is_file() and path.name != "cookiecutter.json":
                env.get_template(path.relative_to(template_dir).as_posix())
        _environment(str(data_dir("gallery"))).get_template("index.html")
        Brief.model_json_schema  # noqa: B018 - building the model is the point
        del protogen
    except Exception:
        return


def rebuild_site(gallery: Path, *, commit: bool = True) -> tuple[int, str | None]:
    """Rebuild the gallery site from the records; commit it if it changed."""
    from protogen.gallery import Gallery
    from protogen.site import write_site

    g = Gallery.open(gallery, create=False)
    g.check_state()
    with g.locked():
        records = g.records()
        paths = write_site(g.root, records)
        sha = g.commit_site(paths, "Rebuild gallery site").sha if commit else None
    return len(records), sha
