"""Run `protogen serve` as a real process in tests, and never leave a process behind.

:class:`Serve` starts it in a session of its own, reads its output on threads (so a test
waits with a timeout, never on a blocking ``readline``), and on leaving the ``with``
block, however it is left (a failed assert, a timeout), stops the whole process group:
SIGTERM, then SIGKILL. SIGINT is reset to its default in the child, so a test that sends
Ctrl-C works even when the test run is a background job of a non-interactive shell,
where SIGINT is inherited as ignored.

What ``protogen serve`` starts in sessions of their own (pip, the app) is found through
:func:`leftovers`: every process whose command line or working folder mentions a path
of the test (its tmp_path), and killed by pid.
"""

from __future__ import annotations

import contextlib
import http.client
import os
import queue
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path


def _default_sigint() -> None:  # runs in the child, before exec
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def leftovers(marker: Path | str) -> list[int]:
    """Pids of live processes whose command line or working folder mentions ``marker``."""
    marker = str(marker).rstrip("/") + "/"
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            cmdline = (
                (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode("utf-8", "replace")
            )
            cwd = os.readlink(entry / "cwd")
            state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if state != "Z" and (marker in cmdline or (cwd + "/").startswith(marker)):
            found.append(int(entry.name))
    return found


def kill_leftovers(marker: Path | str) -> list[int]:
    """SIGKILL every process :func:`leftovers` finds; returns their pids."""
    pids = leftovers(marker)
    for pid in pids:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    return pids


def wait_gone(marker: Path | str, timeout: float = 10) -> list[int]:
    """Wait until no process mentions ``marker``; returns what is still there at the end."""
    deadline = time.monotonic() + timeout
    while (alive := leftovers(marker)) and time.monotonic() < deadline:
        time.sleep(0.1)
    return alive


def get(url: str, timeout: float = 5, **headers: str) -> tuple[int, dict[str, str], bytes]:
    """A GET with http.client (no proxy from the environment): status, headers, body."""
    m = re.match(r"http://([^:/]+):(\d+)(/.*)?$", url)
    assert m, url
    conn = http.client.HTTPConnection(m.group(1), int(m.group(2)), timeout=timeout)
    try:
        conn.request("GET", m.group(3) or "/", headers=headers)
        r = conn.getresponse()
        return r.status, {k.lower(): v for k, v in r.getheaders()}, r.read()
    finally:
        conn.close()


def answers(url: str) -> bool:
    try:
        return get(url, timeout=2)[0] == 200
    except OSError:
        return False


class Serve:
    """``python -m protogen serve ARGS`` in its own session; a context manager."""

    def __init__(self, *args: str, env: dict[str, str], marker: Path | str) -> None:
        self.args = args
        self.env = env
        self.marker = str(marker)
        self.out: list[str] = []
        self.err: list[str] = []
        self._lines: queue.Queue[str] = queue.Queue()
        self.proc: subprocess.Popen | None = None
        self._pumps: list[threading.Thread] = []

    def __enter__(self) -> Serve:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "protogen", "serve", *self.args],
            env=self.env,
            cwd=self.env.get("HOME"),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            errors="replace",
            start_new_session=True,
            preexec_fn=_default_sigint,
        )
        self._pumps = [
            threading.Thread(target=self._pump, args=(stream, sink, q), daemon=True)
            for stream, sink, q in (
                (self.proc.stdout, self.out, self._lines),
                (self.proc.stderr, self.err, None),
            )
        ]
        for pump in self._pumps:
            pump.start()
        return self

    @staticmethod
    def _pump(stream, sink: list[str], q: queue.Queue | None) -> None:
        for line in stream:
            sink.append(line)
            if q is not None:
                q.put(line)

    def wait_for(self, pattern: str, timeout: float = 120) -> re.Match:
        """The first stdout line matching ``pattern``, within ``timeout`` seconds."""
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            try:
                line = self._lines.get(timeout=max(0.05, min(left, 0.5)))
            except queue.Empty:
                line = None
            if line is not None and (m := re.search(pattern, line)):
                return m
            if line is None and (self.proc.poll() is not None or left <= 0):
                raise AssertionError(
                    f"no line matching {pattern!r} (exit {self.proc.returncode}):\n"
                    + "".join(self.out)
                    + "".join(self.err)[-3000:]
                )

    def url(self, timeout: float = 120) -> str:
        return self.wait_for(r"http://127\.0\.0\.1:\d+/", timeout).group(0)

    def send(self, signum: int) -> None:
        os.kill(self.proc.pid, signum)

    def wait(self, timeout: float = 20) -> int:
        """Wait for protogen to exit; then its output is all read."""
        code = self.proc.wait(timeout=timeout)
        for pump in self._pumps:
            pump.join(timeout=5)
        return code

    def stop(self) -> None:
        """Stop the process group and anything of the test's still running."""
        proc = self.proc
        if proc is None:
            return
        if proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGTERM)
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(timeout=10)
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        # The app and pip have sessions of their own: they must stop by themselves
        # (that is tested elsewhere); here, make sure of it.
        if wait_gone(self.marker, timeout=8):
            kill_leftovers(self.marker)

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def stderr(self) -> str:
        return "".join(self.err)

    @property
    def stdout(self) -> str:
        return "".join(self.out)
