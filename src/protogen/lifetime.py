"""How ``protogen serve`` stops, and how what it started stops with it.

Ctrl-C, SIGTERM and SIGHUP all end ``protogen serve`` the same way: the first one raises
in the main thread (``KeyboardInterrupt`` for Ctrl-C, :class:`Stopped` for the others),
so the ``finally`` blocks run and stop the children. Children (pip, the app) run in
sessions of their own, so a terminal's Ctrl-C reaches protogen only and protogen decides;
:func:`stop_group` then stops the child's whole process group: SIGTERM, a grace period,
SIGKILL. A further signal while that runs is held until the clean-up is over, so a
second Ctrl-C cannot cut it short and leave a child behind.

A SIGKILL of protogen runs no handler at all: the app learns of it through its lifeline
pipe instead (see :mod:`protogen.lifeline`).
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import time
from collections.abc import Iterator
from types import FrameType


class Stopped(KeyboardInterrupt):
    """SIGTERM or SIGHUP: stop as for Ctrl-C (a KeyboardInterrupt, so the same code runs)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


_state = {"raised": False, "shield": 0, "pending": 0}


def _handler(signum: int, frame: FrameType | None) -> None:
    if _state["raised"] or _state["shield"]:
        _state["pending"] = _state["pending"] or signum
        return
    _state["raised"] = True
    raise KeyboardInterrupt() if signum == signal.SIGINT else Stopped(signum)


@contextlib.contextmanager
def stop_on_signals() -> Iterator[None]:
    """Within this block, SIGTERM, SIGHUP and SIGINT raise once, then are held.

    SIGINT is left alone when it is ignored (a background job of a non-interactive
    shell): whoever started us asked for that.
    """
    names = [signal.SIGTERM, signal.SIGHUP]
    if signal.getsignal(signal.SIGINT) is not signal.SIG_IGN:
        names.append(signal.SIGINT)
    _state.update(raised=False, shield=0, pending=0)
    old = {s: signal.signal(s, _handler) for s in names}
    try:
        yield
    finally:
        for s, handler in old.items():
            signal.signal(s, handler)


@contextlib.contextmanager
def shielded() -> Iterator[None]:
    """Hold signals for the length of a clean-up; raise a held one after it."""
    _state["shield"] += 1
    try:
        yield
    finally:
        _state["shield"] -= 1
    signum = _state["pending"]
    if signum and not _state["shield"] and not _state["raised"]:
        _state.update(pending=0, raised=True)
        raise KeyboardInterrupt() if signum == signal.SIGINT else Stopped(signum)


def has_exited(proc: subprocess.Popen) -> bool:
    """Whether ``proc`` has ended, without reaping it (its group id stays reserved)."""
    if proc.returncode is not None:
        return True
    try:
        return os.waitid(os.P_PID, proc.pid, os.WEXITED | os.WNOWAIT | os.WNOHANG) is not None
    except ChildProcessError:
        return True


def wait_exit(proc: subprocess.Popen) -> None:
    """Block until ``proc`` ends, without reaping it (a signal may interrupt this)."""
    if proc.returncode is None:
        with contextlib.suppress(ChildProcessError):
            os.waitid(os.P_PID, proc.pid, os.WEXITED | os.WNOWAIT)


def stop_group(proc: subprocess.Popen, grace: float = 5.0) -> None:
    """Stop the process group ``proc`` leads (it was started with ``start_new_session``).

    SIGTERM to the group; up to ``grace`` seconds for the leader to finish; then SIGKILL
    to the group, whatever is left of it; then reap the leader. The leader is reaped last,
    so its group id cannot be reused by an unrelated process while we signal it.
    """
    with shielded():
        if proc.returncode is None:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(proc.pid, signal.SIGTERM)
            deadline = time.monotonic() + grace
            while not has_exited(proc) and time.monotonic() < deadline:
                time.sleep(0.05)
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
