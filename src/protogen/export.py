"""The meeting pack: a prototype for a room where no laptop of yours is present.

``protogen export SLUG`` writes two files:

* ``<slug>-meeting.html``: one self-contained page (the storyboard frames and screens
  inlined as images, the copy, the questions for the meeting, how to run it). It makes
  no request of any kind, so it opens offline in any browser, and it prints well.
* ``<slug>.zip``: the prototype's folder, without what a run leaves behind (virtual
  environments, caches, the app's signup database).

Images are inlined as ``data:`` URIs inside ``<img>`` elements, never as inline SVG
markup: an image cannot run a script, even from a hand-edited file.
"""

from __future__ import annotations

import base64
import os
import zipfile
from dataclasses import dataclass
from pathlib import Path

from protogen import __version__
from protogen.errors import UserError
from protogen.files import write_atomic
from protogen.record import RECORD_FILE, Record
from protogen.resources import data_dir
from protogen.site.cards import card, colors, safe_relpath
from protogen.site.views import prototype_view

#: Folders and files a run leaves in a prototype, never part of what is shared.
_LEFT_OUT_DIRS = {".venv", "venv", "__pycache__", ".pytest_cache", "node_modules", ".git"}
_LEFT_OUT_FILES = {"signups.db", ".DS_Store"}
_MIME = {".svg": "image/svg+xml", ".png": "image/png", ".webp": "image/webp", ".jpg": "image/jpeg"}
#: A picture larger than this is left out of the page rather than bloating it.
MAX_IMAGE_BYTES = 5_000_000


@dataclass(frozen=True)
class Exported:
    page: Path
    archive: Path
    files: int


def _data_uri(path: Path) -> str | None:
    mime = _MIME.get(path.suffix.lower())
    try:
        if not mime or not path.is_file() or path.is_symlink():
            return None
        data = path.read_bytes()
    except OSError:
        return None
    if len(data) > MAX_IMAGE_BYTES:
        return None
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"


def meeting_page(folder: Path, record: Record) -> str:
    """The self-contained HTML of the meeting pack for the prototype in ``folder``."""
    from protogen.render import environment

    view = prototype_view(record)
    frames = []
    for f in view["frames"]:
        src = _data_uri(folder / f["file"])
        if src:
            frames.append({**f, "src": src})
    screens = []
    for s in view["screens"]:
        src = _data_uri(folder / s["file"])
        if src:
            screens.append({**s, "src": src})
    if not screens and view["hero_image"]:
        src = _data_uri(folder / view["hero_image"]["file"])
        if src:
            screens.append({**view["hero_image"], "src": src, "caption": "A preview"})
    brief = record.get("brief") if isinstance(record.get("brief"), dict) else {}
    features = [
        {"title": str(f.get("title", "")), "text": str(f.get("text", ""))}
        for f in brief.get("features") or []
        if isinstance(f, dict)
    ]
    env = environment(str(data_dir("gallery")))
    return env.get_template("export.html").render(
        p=view,
        card=card(record),
        colors=colors(record),
        frames=frames,
        screens=screens,
        features=features,
        zip_name=f"{record.slug}.zip",
        version=__version__,
    )


def export(folder: Path, out_dir: Path) -> Exported:
    """Write the meeting pack of the prototype in ``folder`` into ``out_dir``."""
    try:
        record = Record.load(folder / RECORD_FILE)
    except (OSError, ValueError) as exc:
        raise UserError(f"{folder} has no usable {RECORD_FILE}: {exc}") from None
    slug = record.slug if safe_relpath(record.slug) and "/" not in record.slug else folder.name
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(f"Cannot create {out_dir}: {exc.strerror}.") from None
    page = out_dir / f"{slug}-meeting.html"
    archive = out_dir / f"{slug}.zip"
    write_atomic(page, meeting_page(folder, record))
    count = _zip(folder, archive, slug)
    return Exported(page, archive, count)


def _zip(folder: Path, archive: Path, slug: str) -> int:
    """Zip ``folder`` as ``slug/…`` into ``archive`` (atomically); regular files only."""
    tmp = archive.with_name(f".{archive.name}.{os.getpid()}.tmp")
    count = 0
    try:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            for dirpath, dirnames, filenames in os.walk(folder):
                dirnames[:] = sorted(
                    d
                    for d in dirnames
                    if d not in _LEFT_OUT_DIRS and not (Path(dirpath) / d).is_symlink()
                )
                for name in sorted(filenames):
                    path = Path(dirpath) / name
                    if name in _LEFT_OUT_FILES or path.is_symlink() or not path.is_file():
                        continue
                    rel = path.relative_to(folder).as_posix()
                    zf.write(path, f"{slug}/{rel}")
                    count += 1
        os.replace(tmp, archive)
    finally:
        tmp.unlink(missing_ok=True)
    return count
