"""``protogen serve``: a prototype on 127.0.0.1, until Ctrl-C, SIGTERM or SIGHUP.

A static prototype (the landing template) is served from its folder by a strict server
(:mod:`protogen.static_server`: regular files inside the folder only, no symlinks, no
listings). An app prototype gets its dependencies in a cached virtual environment on
first run (:mod:`protogen.app_env`), then runs as a process of its own, with the admin
token and signing secret kept for it outside the gallery (:mod:`protogen.app_state`).

The app never outlives protogen: it runs in a session of its own, so Ctrl-C, SIGTERM
and SIGHUP reach protogen, which stops the app's whole process group
(:mod:`protogen.lifetime`); and it holds a lifeline pipe to protogen, so it also stops
when protogen is killed outright (:mod:`protogen.lifeline`).

The port given (default 8000) is tried first; if it is busy the next free one is used.
"""

from __future__ import annotations

import http.client
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, TypeVar

from protogen.app_env import app_dependencies, app_environment
from protogen.errors import ServeError
from protogen.lifetime import stop_group, stop_on_signals, wait_exit

__all__ = ["app_dependencies", "app_environment", "free_port", "serve", "serve_app"]

PORT_TRIES = 50
START_TIMEOUT = 30.0
T = TypeVar("T")


def _first_free(port: int, take: Callable[[int], T]) -> T:
    """``take(port)``, else ``take`` of the next ports until one binds (0: any free port)."""
    last: OSError | None = None
    for candidate in range(port, port + PORT_TRIES) if port else [0]:
        try:
            return take(candidate)
        except OSError as exc:
            last = exc
    raise ServeError(f"No free port from {port} to {port + PORT_TRIES - 1}: {last}.")


def free_port(port: int, host: str = "127.0.0.1") -> int:
    """``port`` if it is free, else the next free one (0: any free port)."""

    def probe(candidate: int) -> int:
        with socket.socket() as s:
            s.bind((host, candidate))
            return s.getsockname()[1]

    return _first_free(port, probe)


def _posix_only() -> None:
    if os.name != "posix":
        raise ServeError(
            "protogen serve needs Linux or macOS (it relies on process groups and "
            "O_NOFOLLOW); on Windows, run it in WSL."
        )


def serve(directory: Path, entry: str, port: int, announce: Callable[[str], None]) -> None:
    """Serve ``directory`` until stopped; ``announce`` gets the URL."""
    _posix_only()
    from protogen.static_server import Refused, make_server, parse_path, resolve

    try:
        names, _ = parse_path("/" + entry)
        found = resolve(directory, names, slash=False)
    except Refused:
        found = None
    if not isinstance(found, int):
        raise ServeError(
            f"{directory} has no {entry} (or it is not a plain file); the prototype looks "
            "broken. Re-create it with 'protogen new'."
        )
    os.close(found)
    with stop_on_signals():
        server = _first_free(port, lambda p: make_server(directory, p))
        host, bound = server.server_address[:2]
        try:
            announce(f"http://{host}:{bound}/{entry if entry != 'index.html' else ''}")
            server.serve_forever(poll_interval=0.2)
        except KeyboardInterrupt:  # Ctrl-C, SIGTERM, SIGHUP: the normal way to stop
            pass
        finally:
            server.server_close()


# -- apps ------------------------------------------------------------------------------
class _Relay(threading.Thread):
    """Drains the app's stderr for as long as it runs, so the app never blocks on a full
    pipe. Until the app is up, lines are only kept (a failed start is reported in one
    line); after that they are copied to our stderr."""

    def __init__(self, stream: IO[str]) -> None:
        super().__init__(name="app-stderr", daemon=True)
        self.stream = stream
        self.tail: list[str] = []
        self.live = False

    def run(self) -> None:
        for line in self.stream:
            self.tail = [*self.tail[-19:], line.rstrip()]
            if self.live:
                sys.stderr.write(line)
                sys.stderr.flush()

    def last_line(self) -> str:
        lines = [t for t in self.tail if t.strip()]
        return lines[-1].strip() if lines else "no output"


def _app_args(port: int) -> list[str]:
    return ["--host", "127.0.0.1", "--port", str(port)]


def _healthy(port: int) -> bool:
    """Whether the app answers /healthz (plain http.client: no proxy from the environment)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=1)
    try:
        conn.request("GET", "/healthz")
        return conn.getresponse().status == 200
    except OSError:
        return False
    finally:
        conn.close()


@dataclass
class RunningApp:
    """An app started by :func:`running_app`: where it answers, and its process."""

    url: str
    proc: subprocess.Popen
    relay: _Relay
    keys: Any


@contextmanager
def running_app(
    project: Path, python: Path, port: int, *, gallery: Path, slug: str
) -> Iterator[RunningApp]:
    """Start the app in ``project`` with ``python`` on ``port`` (or the next free one),
    wait until it answers ``/healthz``, and stop it (its whole process group) on leaving.

    It runs under the lifeline: however protogen ends, even by SIGKILL, the app ends too.
    """
    from protogen.app_state import app_secrets
    from protogen.lifetime import has_exited

    if not (project / "app" / "main.py").is_file():
        raise ServeError(
            f"{project} has no app/main.py; the prototype looks broken: "
            "re-create it with 'protogen new --template app'."
        )
    keys = app_secrets(gallery, slug)
    bound = free_port(port)
    env = {
        **os.environ,
        "PROTOTYPE_ADMIN_TOKEN": keys.admin_token,
        "PROTOTYPE_SECRET": keys.secret,
        "PYTHONUNBUFFERED": "1",
    }
    env.setdefault("PROTOTYPE_DB", str(project / "signups.db"))
    lifeline = str(Path(__file__).with_name("lifeline.py"))
    read_end, write_end = os.pipe()  # we hold write_end until we end, however we end
    try:
        proc = subprocess.Popen(
            [str(python), "-P", lifeline, str(read_end), "app", *_app_args(bound)],
            cwd=project,
            env=env,
            stdin=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            errors="replace",
            pass_fds=(read_end,),
            start_new_session=True,
        )
    except BaseException:
        os.close(write_end)
        raise
    finally:
        os.close(read_end)
    relay = _Relay(proc.stderr)  # type: ignore[arg-type]
    relay.start()
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while not _healthy(bound):
            if has_exited(proc):
                relay.join(timeout=2)
                raise ServeError(f"The app failed to start: {relay.last_line()}")
            if time.monotonic() > deadline:
                raise ServeError(
                    f"The app did not answer on /healthz within {START_TIMEOUT:.0f} s."
                )
            time.sleep(0.1)
        yield RunningApp(f"http://127.0.0.1:{bound}/", proc, relay, keys)
    finally:
        stop_group(proc)
        os.close(write_end)


def serve_app(
    project: Path,
    port: int,
    announce: Callable[[str], None],
    say: Callable[[str], None],
    *,
    gallery: Path,
    slug: str,
) -> None:
    """Run the app in ``project`` with its own environment until stopped."""
    _posix_only()
    with stop_on_signals():
        python = app_environment(project, say)
        try:
            with running_app(project, python, port, gallery=gallery, slug=slug) as run:
                url, keys = run.url, run.keys
                run.relay.live = True
                announce(url)
                say(f"Core screen: {url}app")
                if not (project / "app" / "security.py").is_file():  # made before the sign-in
                    say(
                        f"Admin: {url}admin?token={keys.admin_token}  (an app made before the "
                        "admin sign-in; re-create it with 'protogen new' to get one)"
                    )
                elif keys.token_from_env:
                    say(f"Admin: {url}admin  (sign in with the token in PROTOTYPE_ADMIN_TOKEN)")
                else:
                    say(f"Admin: {url}admin  (sign in with the token {keys.admin_token};")
                    say(f"        it stays the same for this prototype, kept in {keys.path})")
                wait_exit(run.proc)
                run.relay.join(timeout=2)
                raise ServeError(f"The app stopped by itself: {run.relay.last_line()}")
        except KeyboardInterrupt:  # Ctrl-C, SIGTERM, SIGHUP: the normal way to stop
            pass
