"""git's own locks: waited for, never stolen.

Another process (an editor's git integration, a ``git`` command in a terminal) may hold
``.git/index.lock`` or a ref's lock for a moment. protogen waits for it, bounded
(``PROTOGEN_GIT_LOCK_WAIT``, default 10 s), then gives up with a message that says what
to do; it never removes a lock it did not make. The index lock protogen takes itself
holds a marker naming the run, so recovery can tell it from anyone else's.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from protogen.errors import GalleryError
from protogen.gallery.repo import git_lock_wait


def wait_foreign_lock(path: Path, root: Path, marker: str | None) -> None:
    """Wait, bounded, for a lock file someone else holds to go away; never remove it."""
    wait = git_lock_wait()
    deadline = time.monotonic() + wait
    while path.exists():
        if marker is not None and lock_content(path) == marker:
            return
        if time.monotonic() >= deadline:
            raise GalleryError(foreign_lock_message(path, root, wait))
        time.sleep(0.05)


def foreign_lock_message(path: Path, root: Path, wait: float) -> str:
    try:
        age = f" (for {time.time() - path.stat().st_mtime:.0f} s)"
    except OSError:
        age = ""
    return (
        f"Another git process is using the gallery: {path} exists{age}. protogen waited "
        f"{wait:g} s and changed nothing. If no git command is running in {root}, remove "
        "that file, then try again."
    )


def lock_content(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None


def take_index_lock(path: Path, marker: str, root: Path) -> None:
    wait = git_lock_wait()
    deadline = time.monotonic() + wait
    while True:
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            if time.monotonic() >= deadline:
                raise GalleryError(foreign_lock_message(path, root, wait)) from None
            time.sleep(0.05)
            continue
        try:
            os.write(fd, marker.encode())
        finally:
            os.close(fd)
        return


def release_index_lock(path: Path, marker: str) -> None:
    """Remove ``index.lock`` only if it is the one this run made."""
    if lock_content(path) == marker:
        path.unlink(missing_ok=True)
