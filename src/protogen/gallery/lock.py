"""The gallery lock: one protogen run changes a gallery at a time.

On POSIX it is an ``flock`` on ``.git/protogen/lock``: the kernel releases it when the
holder dies, however it dies, so a killed run never leaves the gallery locked. The file
descriptor is not inherited by child processes (git, pip, an app), so a child that
outlives a killed run cannot keep the lock either.

On other systems the ``filelock`` package does the same job. It is not used on POSIX
because importing it costs ~20 ms, a tenth of an offline ``protogen new``.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from protogen.errors import GalleryError


def _timeout_error(timeout: float) -> GalleryError:
    return GalleryError(
        f"Another protogen run has held the gallery lock for {timeout:.0f} s; "
        "try again when it has finished."
    )


@contextmanager
def exclusive(path: Path, timeout: float) -> Iterator[None]:
    """Hold the lock at ``path`` for the ``with`` block, waiting up to ``timeout`` s."""
    if os.name != "posix":  # pragma: no cover - exercised on Windows only
        from filelock import FileLock, Timeout

        lock = FileLock(str(path))
        try:
            lock.acquire(timeout=timeout)
        except Timeout:
            raise _timeout_error(timeout) from None
        try:
            yield
        finally:
            lock.release()
        return

    import fcntl

    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        deadline = time.monotonic() + timeout
        pause = 0.01
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise _timeout_error(timeout) from None
                time.sleep(pause)
                pause = min(pause * 2, 0.1)
        try:
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)
