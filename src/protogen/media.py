"""A prototype's pictures as files, as the record's ``media``, and as Markdown.

The files, relative to the prototype's folder:

=============================  ==========================================================
``storyboard/frame-N.svg``     one frame per scene (see :mod:`protogen.frames`)
``screens/preview.svg``        a drawing of the page (see :mod:`protogen.preview`), always
``screens/desktop.png``        1280x800 screenshot, when Chromium took one
``screens/phone.png``          390x844 screenshot
``screens/thumb.webp``         480x300 thumbnail for the gallery card
=============================  ==========================================================

``record["media"]`` says which exist, so the gallery site never guesses::

    {"frames": [{"file": "storyboard/frame-1.svg", "title": "...", "alt": "..."}],
     "thumbnail": "screens/thumb.webp" | "screens/preview.svg",
     "screens": {"desktop": "screens/desktop.png", "phone": "screens/phone.png"} | {},
     "shot": {"at": "2025-...", "with": "Chromium 156.0...", "seconds": 1.9} | null}

The README's storyboard shows the frames and its "Screens" section the screenshots (or
the preview). Both parts sit between HTML comment markers, so ``protogen shoot`` can
replace them later without touching anything else a person wrote in the README.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from protogen.markdown import md_code, md_escape

MAX_FRAMES = 6
PREVIEW = "screens/preview.svg"
DESKTOP = "screens/desktop.png"
PHONE = "screens/phone.png"
THUMBS = ("screens/thumb.webp", "screens/thumb.jpg", "screens/thumb.png")
FRAMES_START, FRAMES_END = "<!-- protogen:frames -->", "<!-- /protogen:frames -->"
SCREENS_START, SCREENS_END = "<!-- protogen:screens -->", "<!-- /protogen:screens -->"


def draw_media(record: dict[str, Any]) -> tuple[dict[str, str], dict[str, Any]]:
    """The frames and the preview of ``record`` (file -> SVG text), and its ``media``
    without screenshots. Pure Python, a few milliseconds."""
    from protogen.frames import storyboard_frames
    from protogen.preview import preview_svg

    brief = record.get("brief") or {}
    knobs = record.get("knobs") if isinstance(record.get("knobs"), dict) else {}
    colors = knobs.get("palette_colors")
    frames = storyboard_frames(brief, colors)
    files = {f.file: f.svg for f in frames}
    files[PREVIEW] = preview_svg(brief, colors)
    media = {
        "frames": [{"file": f.file, "title": f.title, "alt": f.alt} for f in frames],
        "thumbnail": PREVIEW,
        "screens": {},
        "shot": None,
    }
    return files, media


def media_files(record: dict[str, Any], shots: Any = None) -> dict[str, str | bytes]:
    """The picture files of a new prototype (``shots``: a :class:`protogen.screens.Shots`
    or None), setting ``record["media"]`` to match."""
    files: dict[str, str | bytes]
    files, media = draw_media(record)
    if shots is not None:
        thumb = f"screens/thumb.{shots.thumb_ext}"
        files.update({DESKTOP: shots.desktop, PHONE: shots.phone, thumb: shots.thumb})
        media = with_shots(media, thumb=thumb, version=shots.version, seconds=shots.seconds)
    record["media"] = media
    return files


def with_shots(
    media: dict[str, Any], *, thumb: str, version: str, seconds: float, at: datetime | None = None
) -> dict[str, Any]:
    """``media`` with screenshots: the thumbnail file ``thumb`` and the two screens."""
    moment = (at or datetime.now(UTC)).replace(microsecond=0)
    return {
        **media,
        "thumbnail": thumb,
        "screens": {"desktop": DESKTOP, "phone": PHONE},
        "shot": {"at": moment.isoformat(), "with": version, "seconds": round(seconds, 2)},
    }


def frames_markdown(record: dict[str, Any]) -> list[str]:
    """The storyboard's frames as Markdown images, each with its caption, between
    markers. Titles and captions are escaped: no text can break out of the image."""
    media = record.get("media") or {}
    scenes = (record.get("brief") or {}).get("scenes") or []
    lines = [FRAMES_START]
    for i, frame in enumerate(media.get("frames") or [], 1):
        scene = scenes[i - 1] if i - 1 < len(scenes) and isinstance(scenes[i - 1], dict) else {}
        title = md_escape(frame.get("title") or scene.get("title", ""))
        lines += [
            "",
            f"![Frame {i}: {title}]({_safe_path(frame.get('file'), f'storyboard/frame-{i}.svg')})",
            "",
            f"{i}. **{title}:** {md_escape(scene.get('caption', ''))}",
        ]
    return [*lines, "", FRAMES_END]


def screens_markdown(record: dict[str, Any]) -> list[str]:
    """The README's "Screens" section, between markers: the screenshots and when and
    with what they were taken, or the preview and how to get screenshots."""
    media = record.get("media") or {}
    name = md_escape((record.get("brief") or {}).get("name", ""))
    slug = str(record.get("slug", ""))
    shoot = md_code(f"protogen shoot {slug}")
    lines = [SCREENS_START, "## Screens", ""]
    shot = media.get("shot")
    screens = media.get("screens") or {}
    if shot and screens.get("desktop") and screens.get("phone"):
        at = _when(shot.get("at"))
        lines += [
            f"![{name} on a desktop, 1280 × 800]({_safe_path(screens['desktop'], DESKTOP)})",
            "",
            f"![{name} on a phone, 390 × 844]({_safe_path(screens['phone'], PHONE)})",
            "",
            f"Taken {_plain(at)} with {_plain(shot.get('with', 'Chromium'))} "
            f"in {float(shot.get('seconds') or 0):.1f} s; {shoot} retakes them.",
        ]
    else:
        app = (record.get("template") or {}).get("kind") == "app"
        how = (
            "Screenshots of app prototypes are not taken yet: "
            f"{md_code(f'protogen serve {slug}')} runs it."
            if app
            else f"{shoot} takes real screenshots with Chromium."
        )
        lines += [
            f"![A drawing of the page of {name}]({PREVIEW})",
            "",
            f"A drawing of the page from its Brief, not a screenshot. {how}",
        ]
    return [*lines, "", SCREENS_END]


def _when(value: object) -> str:
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        return str(value)
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


_PLAIN = re.compile(r"[\w .:+-]{1,80}")


def _plain(value: object) -> str:
    """A date or a browser version as it is when it is plain, else Markdown-escaped (a
    record can be edited by hand)."""
    text = str(value)
    return text if _PLAIN.fullmatch(text) and not text.startswith(("-", "+")) else md_escape(text)


_SAFE = re.compile(r"^(storyboard|screens)/[a-z0-9-]+\.(svg|png|webp|jpg)$")


def _safe_path(value: object, default: str) -> str:
    """A media path from a record goes into a Markdown link only if it is one of ours."""
    return value if isinstance(value, str) and _SAFE.match(value) else default


def splice(readme: str, block: list[str], start: str, end: str, heading: str = "") -> str:
    """``readme`` with the part between ``start`` and ``end`` replaced by ``block`` (which
    carries the markers); appended at the end, under ``heading``, when the README has no
    such part (a README made before protogen drew pictures)."""
    text = "\n".join(block)
    a = readme.find(start)
    b = readme.find(end, a + len(start)) if a >= 0 else -1
    if a >= 0 and b >= 0:
        return readme[:a] + text + readme[b + len(end) :]
    top = f"{heading}\n\n" if heading else ""
    return readme.rstrip("\n") + "\n\n" + top + text + "\n"
