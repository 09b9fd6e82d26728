"""``protogen serve``: a prototype on 127.0.0.1, until Ctrl-C.

Static files only (the landing template). The port given (default 8000) is tried first;
if it is busy the next free one is used.
"""

from __future__ import annotations

import functools
import http.server
from collections.abc import Callable
from pathlib import Path

from protogen.errors import UserError

PORT_TRIES = 50


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass

    def end_headers(self) -> None:
        self.send_header("Cache-Control", "no-store")
        super().end_headers()


def bind(directory: Path, port: int, host: str = "127.0.0.1") -> http.server.ThreadingHTTPServer:
    """Bind a static server for ``directory`` on ``port`` or the next free one."""
    handler = functools.partial(_QuietHandler, directory=str(directory))
    last: OSError | None = None
    for candidate in range(port, port + PORT_TRIES) if port else [0]:
        try:
            return http.server.ThreadingHTTPServer((host, candidate), handler)
        except OSError as exc:
            last = exc
    raise UserError(f"No free port from {port} to {port + PORT_TRIES - 1}: {last}.")


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
