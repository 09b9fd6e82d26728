"""``protogen serve``: a prototype on 127.0.0.1, until Ctrl-C.

A static prototype (the landing template) is served from its folder. An app prototype
gets its dependencies in a cached virtual environment on first run, then runs as its
own process. The port given (default 8000) is tried first; if it is busy the next free
one is used.
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import socket
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from protogen.errors import UserError
from protogen.files import cache_dir

PORT_TRIES = 50
T = TypeVar("T")


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass

    def end_headers(self) -> None:
        self.send_header("Cache-Control", "no-store")
        super().end_headers()


def _first_free(port: int, take: Callable[[int], T]) -> T:
    """``take(port)``, else ``take`` of the next ports until one binds (0: any free port)."""
    last: OSError | None = None
    for candidate in range(port, port + PORT_TRIES) if port else [0]:
        try:
            return take(candidate)
        except OSError as exc:
            last = exc
    raise UserError(f"No free port from {port} to {port + PORT_TRIES - 1}: {last}.")


def bind(directory: Path, port: int, host: str = "127.0.0.1") -> http.server.ThreadingHTTPServer:
    """Bind a static server for ``directory`` on ``port`` or the next free one."""
    handler = functools.partial(_QuietHandler, directory=str(directory))
    return _first_free(port, lambda p: http.server.ThreadingHTTPServer((host, p), handler))


def serve(directory: Path, entry: str, port: int, announce: Callable[[str], None]) -> None:
    """Serve ``directory`` until interrupted; ``announce`` gets the URL."""
    if not (directory / entry).is_file():
        raise UserError(
            f"{directory} has no {entry}; the prototype looks broken. "
            "Re-create it with 'protogen new'."
        )
    server = bind(directory, port)
    host, bound = server.server_address[:2]
    announce(f"http://{host}:{bound}/{entry if entry != 'index.html' else ''}")
    try:
        server.serve_forever(poll_interval=0.2)
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


# -- apps ------------------------------------------------------------------------------
def _venv_root() -> Path:
    return cache_dir() / "venvs"


def app_dependencies(project: Path) -> list[str]:
    """The app's dependencies (and its test extra), read from its pyproject.toml."""
    import tomllib

    try:
        meta = tomllib.loads((project / "pyproject.toml").read_text(encoding="utf-8"))
        deps = list(meta["project"]["dependencies"])
        deps += list(meta["project"].get("optional-dependencies", {}).get("test", []))
    except (OSError, KeyError, TypeError, tomllib.TOMLDecodeError) as exc:
        raise UserError(
            f"{project} has no usable pyproject.toml ({exc}); the prototype "
            "looks broken: re-create it with 'protogen new --template app'."
        ) from None
    return sorted(str(d) for d in deps)


def app_environment(project: Path, say: Callable[[str], None]) -> Path:
    """A virtual environment with the app's dependencies; returns its python.

    Keyed by the dependency list, so every prototype made from the same template shares
    one environment: only the first ``serve`` of a template version installs anything.
    """
    import hashlib
    import subprocess
    import venv

    deps = app_dependencies(project)
    key = hashlib.sha256("\n".join(deps).encode()).hexdigest()[:16]
    root = _venv_root() / key
    python = root / "bin" / "python"
    marker = root / ".protogen-ready"
    if marker.is_file() and python.exists():
        return python
    say(f"Installing the app's dependencies into {root} (first run only; cached after)...")
    shutil.rmtree(root, ignore_errors=True)
    venv.EnvBuilder(with_pip=True).create(root)
    proc = subprocess.Popen(
        [
            str(python),
            "-m",
            "pip",
            "install",
            "--disable-pip-version-check",
            "--progress-bar",
            "off",
            *deps,
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    tail: list[str] = []
    for raw in proc.stdout or []:  # relay pip's progress, a line per package
        line = raw.rstrip()
        tail = [*tail[-4:], line]
        if line.startswith(("Collecting ", "Installing collected", "Successfully installed")):
            say("  " + (line if len(line) < 110 else line[:107] + "..."))
    if proc.wait() != 0:
        shutil.rmtree(root, ignore_errors=True)
        errors = [t for t in tail if "error" in t.lower()] or tail or ["pip failed"]
        raise UserError(f"Installing the app's dependencies failed: {errors[-1].strip()}")
    marker.write_text("\n".join(deps) + "\n", encoding="utf-8")
    return python


def free_port(port: int, host: str = "127.0.0.1") -> int:
    """``port`` if it is free, else the next free one (0: any free port)."""

    def probe(candidate: int) -> int:
        with socket.socket() as s:
            s.bind((host, candidate))
            return s.getsockname()[1]

    return _first_free(port, probe)


def serve_app(
    project: Path, port: int, announce: Callable[[str], None], say: Callable[[str], None]
) -> None:
    """Run the app in ``project`` with its own environment until Ctrl-C."""
    import secrets
    import signal
    import subprocess
    import time
    import urllib.request

    if not (project / "app" / "main.py").is_file():
        raise UserError(
            f"{project} has no app/main.py; the prototype looks broken: "
            "re-create it with 'protogen new --template app'."
        )
    python = app_environment(project, say)
    bound = free_port(port)
    token = os.environ.get("PROTOTYPE_ADMIN_TOKEN") or secrets.token_urlsafe(12)
    env = {**os.environ, "PROTOTYPE_ADMIN_TOKEN": token, "PYTHONUNBUFFERED": "1"}
    env.setdefault("PROTOTYPE_DB", str(project / "signups.db"))
    proc = subprocess.Popen(
        [str(python), "-m", "app", "--host", "127.0.0.1", "--port", str(bound)],
        cwd=project,
        env=env,
        stderr=subprocess.PIPE,
        text=True,
    )
    url = f"http://127.0.0.1:{bound}/"
    deadline = time.monotonic() + 30
    while True:
        if proc.poll() is not None:
            err = (proc.stderr.read().strip().splitlines() or ["no output"])[-1]
            raise UserError(f"The app failed to start: {err}")
        try:
            urllib.request.urlopen(url + "healthz", timeout=1).read()
            break
        except OSError:
            if time.monotonic() > deadline:
                proc.kill()
                raise UserError("The app did not answer on /healthz within 30 s.") from None
            time.sleep(0.1)
    announce(url)
    say(f"Core screen: {url}app   Admin: {url}admin?token={token}")
    try:
        proc.wait()
    except KeyboardInterrupt:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
