"""Running git for the gallery: one small runner, so every git process protogen starts
gets the same environment, the same error handling and the run's mark.

The gallery changes a repository with git's plumbing (``read-tree``, ``add`` into a
private index, ``write-tree``, ``commit-tree``, ``update-ref``) rather than with
``git commit``: that never touches what the user staged, never runs the repository's
hooks, and moves the branch with a compare-and-swap, so a commit can never land on top
of a HEAD protogen did not see.

Plain ``subprocess`` is used here rather than GitPython's command wrapper: importing
GitPython costs ~45 ms, a quarter of an offline ``protogen new``, and these commands need
stdin, a per-call index file and exact exit codes. (GitPython is used where it earns its
import: publishing, cloning templates and sources.)

No hook of the gallery runs for protogen's git commands (``core.hooksPath`` points
nowhere): the content is generated and checked by protogen, and a hook that rejected or
rewrote it halfway would only leave the gallery between two states.

Every child gets ``PROTOGEN_RUN=<id>`` in its environment. If protogen is killed while a
git child (or a filter it runs) is still alive, the next run finds that child by the
mark and waits for it, instead of removing a lock that a live process still holds.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from protogen.errors import GalleryError

RUN_ENV = "PROTOGEN_RUN"
ZERO_OID = "0" * 40
#: Variables that would point git at another repository, index or object store.
_FOREIGN = (
    "GIT_DIR",
    "GIT_WORK_TREE",
    "GIT_INDEX_FILE",
    "GIT_OBJECT_DIRECTORY",
    "GIT_ALTERNATE_OBJECT_DIRECTORIES",
    "GIT_NAMESPACE",
    "GIT_PREFIX",
    "GIT_COMMON_DIR",
    "GIT_CEILING_DIRECTORIES",
    "GIT_DISCOVERY_ACROSS_FILESYSTEM",
)


class GitFailed(GalleryError):
    """A git command exited non-zero; ``reason`` is git's own last line."""

    def __init__(self, args: Sequence[str], code: int, stderr: str) -> None:
        self.code = code
        self.reason = last_line(stderr)
        super().__init__(f"git {args[0] if args else ''} failed: {self.reason}")


def last_line(stderr: str) -> str:
    lines = [ln.strip() for ln in stderr.splitlines() if ln.strip()]
    lines = [ln for ln in lines if not ln.lower().startswith(("hint:", "warning:"))] or lines
    return lines[-1] if lines else "unknown git error"


class Git:
    """git, run in one working tree, with the gallery's environment."""

    def __init__(self, root: Path, run_id: str | None = None) -> None:
        self.root = root
        self.run_id = run_id
        env = {k: v for k, v in os.environ.items() if k not in _FOREIGN}
        env.update(LC_ALL="C", LANGUAGE="C", GIT_TERMINAL_PROMPT="0", GIT_OPTIONAL_LOCKS="0")
        if run_id:
            env[RUN_ENV] = run_id
        self.env = env

    def __call__(
        self,
        *args: str,
        env: dict[str, str] | None = None,
        input: bytes | None = None,
        check: bool = True,
    ) -> str:
        """Run ``git ARGS`` in the gallery; return stdout (text, right-stripped of one
        newline); raise :class:`GitFailed` on a non-zero exit when ``check``."""
        code, out, err = self.run(args, env=env, input=input)
        if code and check:
            raise GitFailed(args, code, err)
        return out[:-1] if out.endswith("\n") else out

    def ok(self, *args: str, env: dict[str, str] | None = None) -> bool:
        """True if ``git ARGS`` exits 0 (its output is discarded)."""
        return self.run(args, env=env)[0] == 0

    def run(
        self, args: Iterable[str], *, env: dict[str, str] | None = None, input: bytes | None = None
    ) -> tuple[int, str, str]:
        """``(exit code, stdout, stderr)`` of ``git ARGS``, as text."""
        code, out, err = self.raw(args, env=env, input=input)
        return code, out.decode("utf-8", "surrogateescape"), err

    def bytes(
        self, *args: str, input: bytes | None = None, env: dict[str, str] | None = None
    ) -> bytes:
        """stdout of ``git ARGS`` as bytes (file contents); GitFailed on failure."""
        code, out, err = self.raw(args, input=input, env=env)
        if code:
            raise GitFailed(args, code, err)
        return out

    def raw(
        self, args: Iterable[str], *, env: dict[str, str] | None = None, input: bytes | None = None
    ) -> tuple[int, bytes, str]:
        args = list(args)
        try:
            proc = subprocess.run(
                ["git", "-c", f"core.hooksPath={os.devnull}", *args],
                cwd=self.root,
                env={**self.env, **(env or {})},
                input=input,
                stdin=None if input is not None else subprocess.DEVNULL,
                capture_output=True,
            )
        except FileNotFoundError:
            raise GalleryError(
                "git is not installed or not on PATH; install git (e.g. 'apt-get install git')."
            ) from None
        return proc.returncode, proc.stdout, proc.stderr.decode("utf-8", "replace")


def live_processes_marked(run_id: str) -> list[int]:
    """PIDs of live processes whose environment carries ``PROTOGEN_RUN=run_id``: git
    children (and their filters or hooks) left behind by a run that was killed.

    Linux only (it reads ``/proc``); elsewhere it finds none.
    """
    if not sys.platform.startswith("linux") or not run_id:
        return []
    needle = f"{RUN_ENV}={run_id}\0".encode()
    me = os.getpid()
    found = []
    try:
        entries = os.listdir("/proc")
    except OSError:
        return []
    for entry in entries:
        if not entry.isdigit() or int(entry) == me:
            continue
        try:
            with open(f"/proc/{entry}/environ", "rb") as fh:
                data = fh.read()
        except OSError:
            continue
        if needle in data or data.startswith(needle[:-1] + b"\0"):
            try:
                with open(f"/proc/{entry}/stat", "rb") as fh:
                    state = fh.read().rsplit(b")", 1)[-1].split()[0]
            except (OSError, IndexError):
                continue
            if state != b"Z":  # a zombie holds nothing
                found.append(int(entry))
    return found


def wait_for_exit(pids_of: Callable[[], list[int]], timeout: float) -> list[int]:
    """Poll ``pids_of()`` until it returns no PIDs or ``timeout`` passes; return the last."""
    deadline = time.monotonic() + timeout
    pids = pids_of()
    while pids and time.monotonic() < deadline:
        time.sleep(0.05)
        pids = pids_of()
    return pids
