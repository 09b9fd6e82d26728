"""Screenshots of a prototype's page in a real browser: desktop, phone and a thumbnail.

The page is opened from disk (``file://``), exactly as someone opening ``index.html``
sees it: a landing prototype is one self-contained page with no requests. Three images
come out of one visit per size:

* ``screens/desktop.png``: 1280x800, the first screen on a laptop;
* ``screens/phone.png``: 390x844 (an iPhone 12-15's CSS size), as a phone lays it out;
* ``screens/thumb.webp``: 480x300, the desktop view scaled down by Chromium itself
  (``Page.captureScreenshot`` with a WebP quality and a scaled clip), about 10-20 KB, so
  a gallery of a hundred cards stays light. No imaging library is needed.

Each prototype's visit is bounded by a deadline (``shot_timeout``, default 20 s): a page
whose script never ends is given up on, the browser is killed, and the caller draws the
preview instead.
"""

from __future__ import annotations

import base64
import contextlib
import os
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from protogen.chromium import Browser, BrowserError, BrowserStartError, BrowserTimeout
from protogen.errors import ConfigError

DESKTOP = (1280, 800)
PHONE = (390, 844)
THUMB_SCALE = 0.375  # 1280x800 -> 480x300
THUMB_BUDGET = 30_000  # bytes: a compact web image for a card
DEFAULT_TIMEOUT = 20.0
_SETTLE = (
    "document.fonts.ready.then(() => new Promise(done => "
    "requestAnimationFrame(() => requestAnimationFrame(() => done(true)))))"
)


@dataclass(frozen=True)
class Shots:
    """The images of one page, and how they were taken."""

    desktop: bytes
    phone: bytes
    thumb: bytes
    thumb_ext: str
    version: str
    seconds: float


def shot_timeout(config: Mapping[str, Any], flag: float | None = None) -> float:
    """Seconds allowed per prototype: ``--timeout``, ``PROTOGEN_SHOT_TIMEOUT``,
    ``shot_timeout`` in protogen.toml, else 20."""
    raw: Any = flag
    if raw is None:
        raw = os.environ.get("PROTOGEN_SHOT_TIMEOUT") or None
    if raw is None:  # a 0 in protogen.toml is a value to refuse, not a missing one
        raw = config.get("shot_timeout", DEFAULT_TIMEOUT)
    try:
        value = float(raw)
    except (TypeError, ValueError):
        raise ConfigError(
            f"The screenshot timeout must be a number of seconds, not '{raw}'."
        ) from None
    if not 1 <= value <= 600:
        raise ConfigError(f"The screenshot timeout must be between 1 and 600 s, not {value:g}.")
    return value


class Camera:
    """Takes the screenshots of page after page with one browser, started on first use
    and started afresh after a page that timed out. Use as a context manager."""

    def __init__(self, executable: str, timeout: float) -> None:
        self.executable = executable
        self.timeout = timeout
        self.browser: Browser | None = None

    def __enter__(self) -> Camera:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self.browser is not None:
            self.browser.close()
            self.browser = None

    def shoot(self, page: Path | str) -> Shots:
        """Desktop, phone and thumbnail images of the page file ``page`` (or of a URL on
        this machine: an app prototype that is running).

        Raises :class:`BrowserTimeout` when it takes longer than the timeout (the browser
        is then closed) and :class:`BrowserError` when the page cannot be shown."""
        start = time.monotonic()
        deadline = start + self.timeout
        try:
            if self.browser is None:
                self.browser = Browser(self.executable)
                self.browser.start(deadline)
            url = page if isinstance(page, str) else page.resolve().as_uri()
            shots = _visit(self.browser, url, deadline)
        except BrowserStartError:
            self.close()
            raise
        except BrowserTimeout:
            self.close()  # a renderer stuck in a script: start clean for the next page
            raise BrowserTimeout(
                f"the page did not finish loading and drawing within {self.timeout:g} s "
                "(a script that never ends?)"
            ) from None
        except BrowserError:
            self.close()
            raise
        return Shots(
            desktop=shots[0],
            phone=shots[1],
            thumb=shots[2],
            thumb_ext=shots[3],
            version=self.browser.version if self.browser else "",
            seconds=round(time.monotonic() - start, 2),
        )


def _visit(b: Browser, url: str, deadline: float) -> tuple[bytes, bytes, bytes, str]:
    target = b.call("Target.createTarget", {"url": "about:blank"}, deadline=deadline)["targetId"]
    session = b.call(
        "Target.attachToTarget", {"targetId": target, "flatten": True}, deadline=deadline
    )["sessionId"]
    try:

        def call(method: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
            return b.call(method, params, session=session, deadline=deadline)

        call("Page.enable")
        call("Runtime.enable")
        images: list[bytes] = []
        for (w, h), mobile in ((DESKTOP, False), (PHONE, True)):
            call(
                "Emulation.setDeviceMetricsOverride",
                {"width": w, "height": h, "deviceScaleFactor": 1, "mobile": mobile},
            )
            call("Emulation.setTouchEmulationEnabled", {"enabled": mobile})
            b.drop_events()
            nav = call("Page.navigate", {"url": url})
            if nav.get("errorText"):
                raise BrowserError(f"the page could not be opened ({nav['errorText']})")
            b.wait_event("Page.loadEventFired", session=session, deadline=deadline)
            settled = call("Runtime.evaluate", {"expression": _SETTLE, "awaitPromise": True})
            if "exceptionDetails" in settled:
                raise BrowserError("the page failed while settling")
            shot = call("Page.captureScreenshot", {"format": "png"})
            images.append(base64.b64decode(shot["data"]))
            if not mobile:
                thumb, ext = _thumbnail(call, w, h)
        return images[0], images[1], thumb, ext
    finally:
        if b.pid:
            with contextlib.suppress(BrowserError):
                b.call("Target.closeTarget", {"targetId": target}, deadline=deadline)


def _thumbnail(call: Any, w: int, h: int) -> tuple[bytes, str]:
    """The desktop view scaled to 480x300 as WebP, at the best quality that stays
    within the budget."""
    clip = {"x": 0, "y": 0, "width": w, "height": h, "scale": THUMB_SCALE}
    data = b""
    for quality in (80, 70, 60, 45, 30):
        shot = call("Page.captureScreenshot", {"format": "webp", "quality": quality, "clip": clip})
        data = base64.b64decode(shot["data"])
        if len(data) <= THUMB_BUDGET:
            break
    return data, "webp"


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's header."""
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        raise ValueError("not a PNG")
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


def webp_size(data: bytes) -> tuple[int, int]:
    """Width and height from a WebP's header (lossy VP8, lossless VP8L or extended VP8X)."""
    if data[:4] != b"RIFF" or data[8:12] != b"WEBP":
        raise ValueError("not a WebP")
    kind = data[12:16]
    if kind == b"VP8 ":
        return (
            int.from_bytes(data[26:28], "little") & 0x3FFF,
            int.from_bytes(data[28:30], "little") & 0x3FFF,
        )
    if kind == b"VP8L":
        bits = int.from_bytes(data[21:25], "little")
        return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    if kind == b"VP8X":
        return int.from_bytes(data[24:27], "little") + 1, int.from_bytes(data[27:30], "little") + 1
    raise ValueError("unknown WebP kind")


def take_shots(
    page: Path, kind: str, config: Mapping[str, Any], notes: list[str], timeout: float | None = None
) -> Shots | None:
    """Screenshots of a freshly rendered page for ``new --shots``, or None with a note
    in ``notes`` saying why not (an app, no Chromium, a page that failed)."""
    from protogen.chromium import find_chromium

    if kind == "app":
        notes.append("screenshots of app prototypes are not taken yet; the preview stands in")
        return None
    seconds = shot_timeout(config, timeout)
    executable, why = find_chromium(config)
    if executable is None:
        notes.append(f"no screenshots: {why}; drew the preview instead")
        return None
    with Camera(executable, seconds) as camera:
        try:
            return camera.shoot(page)
        except BrowserError as exc:
            notes.append(f"no screenshots: {exc}; drew the preview instead")
            return None
