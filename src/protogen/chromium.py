"""Headless Chromium, driven over the DevTools protocol on a pipe, and always cleaned up.

protogen needs a real browser for one thing, screenshots of a prototype, and talks to it
the way Playwright and Puppeteer do underneath: ``--remote-debugging-pipe`` gives the
browser's DevTools protocol on file descriptors 3 (commands in) and 4 (replies and
events out), as JSON messages ended by a NUL byte. That is a few dozen lines, no
dependency, no port to find, and nothing another local process can connect to.

The browser is started the way a closed network and a shared machine want it:

* its own temporary profile (``--user-data-dir``), removed afterwards;
* headless, no sandbox (containers), no GPU, no QUIC, no first-run, no background
  networking, component updates or sync: without these flags Chromium keeps trying to
  reach Google's servers;
* in its own session and process group, so the whole tree (the browser, its zygote,
  renderers and GPU process) is killed at once: on a timeout, on Ctrl-C or SIGTERM, and
  always on the way out (``finally``). If protogen itself is killed (SIGKILL), the pipe
  closes and Chromium shuts itself down.

Every wait has a deadline: a page that never finishes loading, a renderer stuck in an
endless script or a browser that never answers ends in :class:`BrowserTimeout`, never a
hang.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import select
import shutil
import signal
import tempfile
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from protogen.errors import UserError

FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--disable-default-apps",
    "--disable-breakpad",
    "--disable-crash-reporter",
    "--disable-domain-reliability",
    "--metrics-recording-only",
    "--mute-audio",
    "--hide-scrollbars",
    "--force-color-profile=srgb",
    "--remote-debugging-pipe",
)
#: Looked for on PATH when nothing is configured and /usr/bin/chromium is missing.
NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
DEFAULT_PATH = "/usr/bin/chromium"
PROFILE_PREFIX = "protogen-chromium-"


class BrowserError(UserError):
    """Chromium could not be started, or failed while taking a screenshot."""


class BrowserTimeout(BrowserError):
    """Chromium did not answer in time (a page that never loads, a stuck renderer)."""


class BrowserStartError(BrowserError):
    """The program configured as Chromium did not start as one."""


def find_chromium(config: Mapping[str, Any]) -> tuple[str | None, str]:
    """The Chromium to use, and if there is none, why (a sentence for the user).

    ``PROTOGEN_CHROMIUM``, then ``chromium`` in protogen.toml, then /usr/bin/chromium,
    then ``chromium``, ``chromium-browser``, ``google-chrome`` on PATH. A path that is
    configured but missing is reported, not silently replaced by another browser.
    """
    for source, value in (
        ("PROTOGEN_CHROMIUM", os.environ.get("PROTOGEN_CHROMIUM")),
        ("'chromium' in protogen.toml", config.get("chromium")),
    ):
        if value:
            found = shutil.which(str(value)) if os.sep not in str(value) else str(value)
            if found and os.path.isfile(found) and os.access(found, os.X_OK):
                return found, ""
            return None, f"{source} names {value}, which is not an executable file"
    if os.path.isfile(DEFAULT_PATH) and os.access(DEFAULT_PATH, os.X_OK):
        return DEFAULT_PATH, ""
    for name in NAMES:
        found = shutil.which(name)
        if found:
            return found, ""
    return None, (
        f"no Chromium found (looked for {DEFAULT_PATH} and {', '.join(NAMES)} on PATH); "
        "install it (Debian: apt install chromium) or set PROTOGEN_CHROMIUM"
    )


def _sweep_profiles() -> None:
    """Remove the profiles of runs that were killed before they could (the folder's
    name carries the pid of the protogen that made it)."""
    base = Path(tempfile.gettempdir())
    with contextlib.suppress(OSError):
        for folder in base.glob(f"{PROFILE_PREFIX}*-*"):
            pid = folder.name[len(PROFILE_PREFIX) :].split("-", 1)[0]
            if not pid.isdigit() or folder.stat().st_uid != os.getuid():
                continue
            try:
                os.kill(int(pid), 0)
            except ProcessLookupError:
                shutil.rmtree(folder, ignore_errors=True)
            except PermissionError:
                pass


def _high_fd(fd: int) -> int:
    """``fd`` moved above 10 (close-on-exec), so dup2 onto 3 and 4 never meets itself."""
    moved = fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, 10)
    os.close(fd)
    return moved


class Browser:
    """One headless Chromium process tree and its DevTools pipe. Use as a context
    manager; :meth:`close` kills the process group and removes the profile."""

    def __init__(self, executable: str) -> None:
        self.executable = executable
        self.pid: int | None = None
        self.profile: Path | None = None
        self._to: int | None = None
        self._from: int | None = None
        self._buffer = b""
        self._next_id = 0
        self._events: list[dict[str, Any]] = []
        self.version = ""

    def __enter__(self) -> Browser:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- life ----------------------------------------------------------------------------
    def start(self, deadline: float) -> None:
        """Start Chromium and wait (until ``deadline``, a ``time.monotonic()``) for its
        DevTools to answer."""
        _sweep_profiles()
        self.profile = Path(tempfile.mkdtemp(prefix=f"{PROFILE_PREFIX}{os.getpid()}-"))
        cmd_r, cmd_w = (_high_fd(fd) for fd in os.pipe())
        out_r, out_w = (_high_fd(fd) for fd in os.pipe())
        log = os.open(self.profile / "chromium.log", os.O_WRONLY | os.O_CREAT, 0o600)
        argv = [self.executable, *FLAGS, f"--user-data-dir={self.profile}", "about:blank"]
        try:
            self.pid = os.posix_spawn(
                self.executable,
                argv,
                dict(os.environ),
                file_actions=[
                    (os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0),
                    (os.POSIX_SPAWN_DUP2, log, 1),
                    (os.POSIX_SPAWN_DUP2, log, 2),
                    (os.POSIX_SPAWN_DUP2, cmd_r, 3),
                    (os.POSIX_SPAWN_DUP2, out_w, 4),
                ],
                setsid=True,
            )
        except OSError as exc:
            for fd in (cmd_r, cmd_w, out_r, out_w):
                os.close(fd)
            raise BrowserStartError(f"could not start {self.executable}: {exc.strerror}") from None
        finally:
            os.close(log)
        os.close(cmd_r)
        os.close(out_w)
        self._to, self._from = cmd_w, out_r
        try:
            product = self.call("Browser.getVersion", deadline=deadline).get("product", "")
        except BrowserError as exc:
            raise BrowserStartError(
                f"{self.executable} did not start as Chromium: {exc}{self._log_tail()}"
            ) from None
        self.version = "Chromium " + str(product).split("/", 1)[-1]

    def _log_tail(self) -> str:
        try:
            text = (self.profile / "chromium.log").read_text("utf-8", "replace")  # type: ignore[operator]
        except OSError:
            return ""
        lines = [ln for ln in text.splitlines() if ln.strip()]
        return f" ({lines[-1][:200]})" if lines else ""

    def close(self) -> None:
        """Kill the browser's whole process group, reap it, remove the profile."""
        for fd in (self._to, self._from):
            if fd is not None:
                with contextlib.suppress(OSError):
                    os.close(fd)
        self._to = self._from = None
        if self.pid:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(self.pid, signal.SIGKILL)
            with contextlib.suppress(ChildProcessError):
                os.waitpid(self.pid, 0)
            self.pid = None
        if self.profile:
            shutil.rmtree(self.profile, ignore_errors=True)
            self.profile = None

    # -- protocol --------------------------------------------------------------------------
    def call(
        self,
        method: str,
        params: dict[str, Any] | None = None,
        *,
        session: str | None = None,
        deadline: float,
    ) -> dict[str, Any]:
        """Send one command and return its result; events that arrive meanwhile are kept
        for :meth:`wait_event`."""
        if self._to is None:
            raise BrowserError("the browser is not running")
        self._next_id += 1
        msg: dict[str, Any] = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = session
        data = json.dumps(msg).encode() + b"\0"
        try:
            while data:
                data = data[os.write(self._to, data) :]
        except (BrokenPipeError, OSError) as exc:
            raise BrowserError(f"the browser went away ({exc.strerror or exc})") from None
        while True:
            reply = self._read(deadline, method)
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise BrowserError(f"{method}: {reply['error'].get('message', reply['error'])}")
                return reply.get("result") or {}
            if "method" in reply:
                self._events.append(reply)

    def wait_event(self, name: str, *, session: str | None, deadline: float) -> dict[str, Any]:
        """The next event ``name`` (for ``session``), waiting until ``deadline``."""
        while True:
            for i, event in enumerate(self._events):
                if event.get("method") == name and event.get("sessionId") == session:
                    del self._events[: i + 1]
                    return event.get("params") or {}
            reply = self._read(deadline, name)
            if "method" in reply:
                self._events.append(reply)

    def drop_events(self) -> None:
        self._events.clear()

    def _read(self, deadline: float, waiting_for: str) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                raise BrowserTimeout(f"no answer to {waiting_for} in time")
            assert self._from is not None
            ready, _, _ = select.select([self._from], [], [], min(left, 1.0))
            if not ready:
                continue
            chunk = os.read(self._from, 1 << 20)
            if not chunk:
                raise BrowserError("the browser closed its DevTools pipe (it crashed or exited)")
            self._buffer += chunk
        raw, _, self._buffer = self._buffer.partition(b"\0")
        return json.loads(raw)
