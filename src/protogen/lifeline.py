"""Run an app prototype for as long as the ``protogen serve`` that started it lives.

Usage (protogen runs this with the app's own python, so it uses the stdlib only)::

    python -P lifeline.py FD MODULE [ARGS...]

``FD`` is the read end of a pipe whose write end only protogen holds. However protogen
ends (Ctrl-C, SIGTERM, a crash, even SIGKILL, which runs no handler), the kernel closes
the write end, the read here returns end-of-file, and the app stops: SIGTERM to itself,
so its server shuts down cleanly, then a hard exit if it is still there 5 s later.
Unlike ``PR_SET_PDEATHSIG``, a pipe works on every POSIX system and cannot fire for the
death of a thread rather than the process.

The app runs as ``python -m MODULE ARGS`` would run it: ``-P`` keeps this file's folder
(protogen's package) off ``sys.path`` and the working folder (the prototype) goes first.
The app itself knows nothing of protogen: run by hand, it needs none of this.
"""

import os
import runpy
import signal
import sys
import threading
import time


def _watch(fd: int) -> None:
    while True:
        try:
            if not os.read(fd, 512):
                break
        except InterruptedError:
            continue
        except OSError:
            break
    os.kill(os.getpid(), signal.SIGTERM)
    time.sleep(5)
    os._exit(1)


def main() -> None:
    fd, module = int(sys.argv[1]), sys.argv[2]
    sys.argv = [module, *sys.argv[3:]]
    sys.path.insert(0, os.getcwd())
    threading.Thread(target=_watch, args=(fd,), name="lifeline", daemon=True).start()
    runpy.run_module(module, run_name="__main__", alter_sys=True)


if __name__ == "__main__":
    main()
