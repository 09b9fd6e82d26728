"""The cached virtual environment an app prototype runs in.

Apps made from one template version share one environment, keyed by their dependency
list and the Python version: only the first ``serve`` installs anything (with pip, from
the user's usual index).

A kill must never leave a half environment that a later run trusts, and a pip orphaned
by a killed protogen must never write into an environment a later run uses. So:

* under a lock (``<key>.lock``; the kernel drops it when its holder dies), each build
  goes into a fresh folder of its own, ``<key>.<random>``, which no other run ever
  writes to;
* the build is finished with a ``.protogen-ready`` marker, then published by renaming a
  symlink ``<key> -> <key>.<random>`` over the old one: a reader sees the previous state
  or the finished one. The folder is never moved, so the venv's own paths stay right;
* the next build, under the lock, removes every ``<key>.*`` folder that is not the
  published one: what killed runs left behind;
* pip runs in a session of its own; when protogen stops (an exception, Ctrl-C, SIGTERM
  or SIGHUP through :mod:`protogen.serve`), its whole process group is killed. After a
  SIGKILL of protogen, pip may go on for a while, but only in its own unpublished folder
  (and it dies of a broken pipe at its next line of output).
"""

from __future__ import annotations

import os
import secrets
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from protogen.errors import ServeError
from protogen.files import cache_dir

READY = ".protogen-ready"


def venv_root() -> Path:
    return cache_dir() / "venvs"


def app_dependencies(project: Path) -> list[str]:
    """The app's dependencies (and its test extra), read from its pyproject.toml."""
    import tomllib

    try:
        meta = tomllib.loads((project / "pyproject.toml").read_text(encoding="utf-8"))
        deps = list(meta["project"]["dependencies"])
        deps += list(meta["project"].get("optional-dependencies", {}).get("test", []))
    except (OSError, KeyError, TypeError, tomllib.TOMLDecodeError) as exc:
        raise ServeError(
            f"{project} has no usable pyproject.toml ({exc}); the prototype "
            "looks broken: re-create it with 'protogen new --template app'."
        ) from None
    return sorted(str(d) for d in deps)


def _ready(link: Path) -> Path | None:
    """The published environment's python, if ``link`` points to a finished build."""
    if not link.is_symlink():
        return None
    target = link.parent / os.readlink(link)
    python = target / "bin" / "python"
    if (target / READY).is_file() and python.exists():
        return python
    return None


def _remove_leftovers(root: Path, key: str, keep: Path | None) -> None:
    """Remove what earlier, killed builds of ``key`` left (call with the lock held)."""
    link = root / key
    if link.exists() and not link.is_symlink():  # a real folder: the pre-symlink layout
        shutil.rmtree(link, ignore_errors=True)
    for path in root.glob(f"{key}.*"):
        if path.suffix == ".lock" or (keep and path.name == keep.name):
            continue
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)


def _publish(link: Path, target: Path) -> None:
    tmp = link.with_name(f"{link.name}.link-{secrets.token_hex(4)}")
    os.symlink(target.name, tmp)
    try:
        os.replace(tmp, link)
    finally:
        tmp.unlink(missing_ok=True)


def _pip_install(python: Path, deps: list[str], say: Callable[[str], None]) -> None:
    """``pip install deps``, relaying its progress; its process group dies with us."""
    from protogen.lifetime import stop_group, wait_exit

    cmd = [str(python), "-m", "pip", "install", "--disable-pip-version-check"]
    proc = subprocess.Popen(
        [*cmd, "--progress-bar", "off", *deps],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        errors="replace",
        start_new_session=True,
    )
    tail: list[str] = []
    try:
        for raw in proc.stdout or []:  # a line per package
            line = raw.rstrip()
            tail = [*tail[-4:], line]
            if line.startswith(("Collecting ", "Installing collected", "Successfully installed")):
                say("  " + (line if len(line) < 110 else line[:107] + "..."))
        wait_exit(proc)
    finally:
        stop_group(proc, grace=2)  # and whatever pip started (builds of sdists)
    if proc.returncode != 0:
        errors = [t for t in tail if "error" in t.lower()] or tail or ["pip failed"]
        raise ServeError(f"Installing the app's dependencies failed: {errors[-1].strip()}")


def _key(deps: list[str]) -> str:
    """The environment's name: the Python version and the dependency list, hashed."""
    import hashlib

    tag = f"py{sys.version_info.major}.{sys.version_info.minor}\n"
    return hashlib.sha256((tag + "\n".join(deps)).encode()).hexdigest()[:16]


def ready_environment(project: Path) -> Path | None:
    """The python of the app's environment if it is already built (nothing installed)."""
    return _ready(venv_root() / _key(app_dependencies(project)))


def app_environment(project: Path, say: Callable[[str], None]) -> Path:
    """A finished virtual environment with the app's dependencies; returns its python."""
    import venv

    from filelock import FileLock, Timeout

    deps = app_dependencies(project)
    key = _key(deps)
    root = venv_root()
    link = root / key
    python = _ready(link)
    if python:
        return python
    root.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(root / f"{key}.lock"))
    try:
        lock.acquire(timeout=0.2)
    except Timeout:
        say("Another protogen is installing the app's dependencies; waiting for it...")
        lock.acquire()
    try:
        python = _ready(link)
        if python:
            return python
        _remove_leftovers(root, key, keep=None)
        build = root / f"{key}.{secrets.token_hex(6)}"
        say(f"Installing the app's dependencies into {build} (first run only; cached after)...")
        try:
            venv.EnvBuilder(with_pip=True).create(build)
            _pip_install(build / "bin" / "python", deps, say)
            (build / READY).write_text("\n".join(deps) + "\n", encoding="utf-8")
            _publish(link, build)
        except BaseException:
            shutil.rmtree(build, ignore_errors=True)
            raise
        return build / "bin" / "python"
    finally:
        lock.release()
