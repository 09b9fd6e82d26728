"""``protogen shoot``: take (or retake) a prototype's screenshots, and bring its
pictures up to date, as one gallery commit.

It works in two steps, so the gallery is locked only for the moment it changes:

1. **Capture**, with no lock held: each landing prototype's page is opened from disk in
   headless Chromium (:mod:`protogen.screens`), bounded in time per prototype. A page
   that cannot be shown, or never finishes, gets a one-line error naming it; the others
   go on. Without Chromium, nothing is captured and the run says so once.
2. **Write**, in one gallery transaction: for every prototype with a readable record,
   the storyboard frames and the preview are redrawn, the screenshots (if any) added,
   ``media`` set in the record, and the README's frames and "Screens" parts replaced
   between their markers (the rest of the README is left as it is); the gallery site is
   rebuilt from the new records. One commit for the whole run: a kill leaves the
   gallery as it was, and the history reads "Shoot prototypes: 12", not twelve commits.

The commit holds what was committed plus the pictures: a record or README edited but not
committed keeps its edit on disk, uncommitted; a draft made with ``--no-commit`` gets its
pictures on disk only.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from protogen.errors import UserError
from protogen.media import (
    DESKTOP,
    FRAMES_END,
    FRAMES_START,
    MAX_FRAMES,
    PHONE,
    SCREENS_END,
    SCREENS_START,
    draw_media,
    frames_markdown,
    screens_markdown,
    splice,
    with_shots,
)
from protogen.record import RECORD_FILE, Record
from protogen.screens import Shots


@dataclass
class Outcome:
    """What happened to one prototype."""

    slug: str
    name: str = ""
    shots: Shots | None = None
    error: str | None = None
    note: str | None = None


@dataclass
class ShootResult:
    gallery: Path
    outcomes: list[Outcome] = field(default_factory=list)
    commit: str | None = None
    no_browser: str | None = None  # why there were no screenshots, said once

    @property
    def failed(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.error]


def shoot(
    gallery: Path,
    slugs: Sequence[str] | None,
    *,
    commit: bool = True,
    timeout: float | None = None,
    on_outcome: Callable[[Outcome], None] | None = None,
) -> ShootResult:
    """Shoot the prototypes ``slugs`` of ``gallery`` (None: all of them)."""
    from protogen.config import gallery_config
    from protogen.gallery import PROTOTYPES, Gallery
    from protogen.screens import shot_timeout
    from protogen.slugs import is_safe_slug

    g = Gallery.open(gallery, create=False)
    config = gallery_config(g.root)
    seconds = shot_timeout(config, timeout)
    base = g.root / PROTOTYPES
    if slugs is None:
        names = sorted(p.name for p in base.iterdir() if p.is_dir()) if base.is_dir() else []
        slugs = [s for s in names if is_safe_slug(s)]
    else:
        for slug in slugs:
            if not is_safe_slug(slug) or not (base / slug).is_dir():
                raise UserError(f"No prototype '{slug}' in {g.root}; see 'protogen list'.")
    result = ShootResult(g.root)
    captured = _capture(base, slugs, config, seconds, result, on_outcome)
    done = [o for o in result.outcomes if o.name]
    if not done:
        return result
    message = (
        f"Shoot prototype: {done[0].name}" if len(done) == 1 else f"Shoot prototypes: {len(done)}"
    )
    with g.transaction(message, commit=commit) as tx:
        _write(g, tx, [o.slug for o in done], captured, result, config)
    assert tx.result is not None
    result.commit = tx.result.sha
    return result


def _capture(
    base: Path,
    slugs: Sequence[str],
    config: dict[str, Any],
    seconds: float,
    result: ShootResult,
    on_outcome: Callable[[Outcome], None] | None,
) -> dict[str, Shots]:
    """Step 1: screenshots of every prototype (an app is started for it), with one
    browser for all."""
    from protogen.chromium import BrowserError, BrowserStartError, find_chromium
    from protogen.screens import Camera

    captured: dict[str, Shots] = {}
    executable: str | None = None
    looked = False
    with contextlib.ExitStack() as stack:
        camera: Camera | None = None
        for slug in slugs:
            outcome = Outcome(slug)
            result.outcomes.append(outcome)
            try:
                record = Record.load(base / slug / RECORD_FILE)
            except (OSError, ValueError) as exc:
                outcome.error = f"{slug}: no readable {RECORD_FILE} ({_short(exc)}); skipped"
                _tell(on_outcome, outcome)
                continue
            outcome.name = str(record.brief.get("name") or slug)
            template = record.get("template") or {}
            is_app = template.get("kind") == "app"
            python = None
            if is_app:
                from protogen.app_env import ready_environment

                try:
                    python = ready_environment(base / slug)
                except UserError as exc:
                    outcome.error = f"{slug}: {exc}"
                    _tell(on_outcome, outcome)
                    continue
                if python is None:
                    outcome.note = (
                        "an app whose dependencies are not installed yet: run "
                        f"'protogen serve {slug}' once, then shoot it again; drew the preview"
                    )
                    _tell(on_outcome, outcome)
                    continue
            if not looked:
                looked = True
                executable, result.no_browser = find_chromium(config)
            if executable is None:
                _tell(on_outcome, outcome)
                continue
            page = base / slug / _entry(template)
            if not is_app and not page.is_file():
                outcome.error = f"{slug}: its page {page.name} is missing; drew the preview"
                _tell(on_outcome, outcome)
                continue
            if camera is None:
                camera = stack.enter_context(Camera(executable, seconds))
            try:
                if is_app:
                    shots = _shoot_app(camera, base / slug, python, base.parent, slug)
                else:
                    shots = camera.shoot(page)
            except BrowserStartError as exc:  # no usable browser: like having none
                executable, result.no_browser = None, str(exc)
            except (BrowserError, UserError) as exc:
                outcome.error = f"{slug}: {exc}; drew the preview"
            else:
                captured[slug] = outcome.shots = shots
            _tell(on_outcome, outcome)
    return captured


def _shoot_app(camera: Any, project: Path, python: Path, gallery: Path, slug: str) -> Shots:
    """Start the app (its environment is built), photograph its first page, stop it."""
    from protogen.serve import running_app

    with running_app(project, python, 0, gallery=gallery, slug=slug) as app:
        return camera.shoot(app.url)


def _tell(on_outcome: Callable[[Outcome], None] | None, outcome: Outcome) -> None:
    if on_outcome:
        on_outcome(outcome)


def _short(exc: Exception) -> str:
    return str(exc).splitlines()[0][:160] if str(exc) else type(exc).__name__


def _entry(template: dict[str, Any]) -> str:
    entry = str(template.get("entry") or "index.html")
    ok = all(part not in ("", ".", "..") for part in entry.split("/")) and not entry.startswith("/")
    return entry if ok else "index.html"


def _write(
    g: Any,
    tx: Any,
    slugs: list[str],
    captured: dict[str, Shots],
    result: ShootResult,
    config: dict[str, Any],
) -> None:
    """Step 2, under the gallery lock: the pictures, records, READMEs and the site."""
    from protogen.gallery import PROTOTYPES
    from protogen.gallery.records import parse_record
    from protogen.site.update import refresh_site

    head = tx.head if tx.commit else None
    wanted = [f"{head}:{PROTOTYPES}/{s}/{n}" for s in slugs for n in (RECORD_FILE, "README.md")]
    in_head = g.read_objects(wanted) if head else {}
    committed: dict[str, Any] = {}
    working: dict[str, Any] = {}
    new_committed: dict[str, Record] = {}
    new_working: dict[str, Record] = {}
    now = datetime.now(UTC)
    for slug in slugs:
        folder = g.root / PROTOTYPES / slug
        rel = f"{PROTOTYPES}/{slug}"
        try:
            disk = Record.load(folder / RECORD_FILE)
        except (OSError, ValueError) as exc:  # changed since step 1
            _fail(result, slug, f"{slug}: no readable {RECORD_FILE} ({_short(exc)}); skipped")
            continue
        readme = _read(folder / "README.md")
        shots = captured.get(slug)
        files_w, record_w = _pictures(disk, readme, shots, folder, now)
        head_record = in_head.get(f"{head}:{rel}/{RECORD_FILE}")
        files_c: dict[str, Any] = dict.fromkeys(files_w)
        if head_record is not None:
            with contextlib.suppress(ValueError):
                was = parse_record(head_record, f"{slug} in HEAD")
                was_readme = in_head.get(f"{head}:{rel}/README.md")
                text = was_readme.decode("utf-8", "replace") if was_readme is not None else None
                files_c, record_c = _pictures(was, text, shots, folder, now)
                files_c = {**dict.fromkeys(files_w), **files_c}
                new_committed[slug] = record_c
        for name in set(files_c) - set(files_w):
            files_w[name] = None
        new_working[slug] = record_w
        for name in files_w:
            committed[f"{rel}/{name}"] = files_c.get(name)
            working[f"{rel}/{name}"] = files_w[name]
    tx.write_files(committed, working)
    refresh_site(
        tx,
        g.root,
        g.git_dir,
        config,
        now=now,
        updated=(new_committed, new_working),
    )


def _fail(result: ShootResult, slug: str, message: str) -> None:
    for outcome in result.outcomes:
        if outcome.slug == slug:
            outcome.error = message


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def _pictures(
    record: Record, readme: str | None, shots: Shots | None, folder: Path, now: datetime
) -> tuple[dict[str, Any], Record]:
    """The files of one prototype's pictures (by path in its folder), its new record
    and README, from ``record`` and ``readme`` as they are on one side (disk or HEAD)."""
    from protogen.stamp import Remove

    files: dict[str, Any]
    files, media = draw_media(record)
    old = record.get("media") if isinstance(record.get("media"), dict) else {}
    if shots is not None:
        thumb = f"screens/thumb.{shots.thumb_ext}"
        files.update({DESKTOP: shots.desktop, PHONE: shots.phone, thumb: shots.thumb})
        media = with_shots(media, thumb=thumb, version=shots.version, seconds=shots.seconds, at=now)
    elif old.get("shot") and all(
        (folder / str(p)).is_file()
        for p in (*(old.get("screens") or {}).values(), old.get("thumbnail"))
    ):
        # no new screenshots this time: keep the ones taken before
        media = {**media, **{k: old[k] for k in ("thumbnail", "screens", "shot")}}
    for i in range(len(media["frames"]) + 1, MAX_FRAMES + 1):
        stale = f"storyboard/frame-{i}.svg"
        if (folder / stale).exists():
            files[stale] = Remove()
    new = Record(record)
    new["media"] = media
    files[RECORD_FILE] = new.to_json()
    if readme is not None:
        text = splice(
            readme, frames_markdown(new), FRAMES_START, FRAMES_END, "## Storyboard frames"
        )
        files["README.md"] = splice(text, screens_markdown(new), SCREENS_START, SCREENS_END)
    return files, new
