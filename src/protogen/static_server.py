"""A strict static file server for one prototype folder.

``http.server.SimpleHTTPRequestHandler`` follows symlinks, lists folders, and lets a bad
byte in a path raise into a 24-line traceback. A gallery may be a clone of someone
else's repository, so this server trusts nothing about the folder or the request:

* The URL path is parsed into plain names. A NUL or other control character, a
  backslash, an encoded slash, ``.`` or ``..`` (encoded or not), non-UTF-8 bytes or a
  path longer than 2,048 characters is answered 400 (414 for the length): never opened.
* Hidden names (``.git``, ``.env``, editor files) are 404: a prototype's pages never link
  to them, and a cloned gallery may carry a repository or secrets in them.
* The names are opened one at a time, each relative to the folder before it, with
  ``O_NOFOLLOW``: a symlink anywhere in the path, to a file or a folder, is 404, even
  one swapped in while the request runs (no check-then-open race). Hard links are
  ordinary files and are served.
* Only regular files are served. A folder is answered with its ``index.html`` when that
  is a regular file, else 404: folders are never listed. FIFOs, sockets and devices
  are 404 (opened non-blocking, so a FIFO cannot hang a thread).
* GET and HEAD only (405 for the other usual methods). One log line per failed request
  (control characters escaped), none for a good one, and no traceback: an error
  inside a request is one line too.

POSIX only (``O_NOFOLLOW`` and ``dir_fd``), like the rest of ``protogen serve``.
"""

from __future__ import annotations

import http.server
import mimetypes
import os
import re
import shutil
import stat
import sys
import urllib.parse
from pathlib import Path

MAX_PATH = 2048
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_DIR_FLAGS = os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC
_FILE_FLAGS = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC
INDEX = "index.html"


class Refused(Exception):
    """A request that is answered with an error status and never reaches the disk."""

    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status


def parse_path(raw: str) -> tuple[list[str], bool]:
    """The names in a request's URL path, and whether it ends with ``/``.

    Raises :class:`Refused` (400, 404 or 414) for anything that is not a plain path of
    visible names.
    """
    if len(raw) > MAX_PATH:
        raise Refused(414)
    if not raw.startswith("/") or not raw.isascii() or _CONTROL.search(raw):
        raise Refused(400)
    path = raw.split("#", 1)[0].split("?", 1)[0]
    names: list[str] = []
    for part in path.split("/"):
        if not part:
            continue  # the leading slash, '//', the trailing slash
        try:
            name = urllib.parse.unquote(part, errors="strict")
        except UnicodeDecodeError:
            raise Refused(400) from None
        if name in (".", "..") or "/" in name or "\\" in name or _CONTROL.search(name):
            raise Refused(400)
        if name.startswith("."):
            raise Refused(404)
        names.append(name)
    return names, path.endswith("/")


def _open_regular(name: str, dir_fd: int) -> int | None:
    """An fd for ``name`` in ``dir_fd`` if it is a regular file (not a symlink), else None."""
    try:
        fd = os.open(name, _FILE_FLAGS, dir_fd=dir_fd)
    except OSError:
        return None
    if stat.S_ISREG(os.fstat(fd).st_mode):
        return fd
    os.close(fd)
    return None


def resolve(root: Path, names: list[str], slash: bool) -> int | str | None:
    """Open the file that ``names`` point to under ``root`` without following any symlink.

    Returns an open fd of a regular file; ``"redirect"`` when ``names`` is a folder asked
    for without its trailing slash; ``None`` when there is nothing to serve.
    """
    try:
        fd = os.open(root, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    except OSError:
        return None
    try:
        for name in names[:-1]:
            try:
                inner = os.open(name, _DIR_FLAGS, dir_fd=fd)
            except OSError:
                return None
            os.close(fd)
            fd = inner
        if names:
            try:
                last = os.open(names[-1], _FILE_FLAGS, dir_fd=fd)
            except OSError:
                return None
            mode = os.fstat(last).st_mode
            if stat.S_ISREG(mode) and not slash:
                return last
            if not stat.S_ISDIR(mode) or not slash:
                os.close(last)
                return "redirect" if stat.S_ISDIR(mode) else None
            os.close(fd)
            fd = last  # the folder itself, opened without following a symlink
        return _open_regular(INDEX, fd)
    except OSError:
        return None
    finally:
        os.close(fd)


def _escape(text: str, limit: int = 200) -> str:
    text = text if len(text) <= limit else text[:limit] + "..."
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


class StrictHandler(http.server.BaseHTTPRequestHandler):
    """GET and HEAD of regular files under ``root`` (set by :func:`make_server`)."""

    root: Path
    server_version = "protogen"
    sys_version = ""
    timeout = 30  # an idle or slow client cannot hold a thread for ever

    def do_GET(self) -> None:
        self._serve(body=True)

    def do_HEAD(self) -> None:
        self._serve(body=False)

    def _not_allowed(self) -> None:
        self.close_connection = True  # the body, if any, is never read
        self.send_response(405)
        self.send_header("Allow", "GET, HEAD")
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_POST = do_PUT = do_PATCH = do_DELETE = do_OPTIONS = _not_allowed

    def version_string(self) -> str:
        return self.server_version

    def _serve(self, body: bool) -> None:
        try:
            names, slash = parse_path(self.path)
        except Refused as refused:
            self.send_error(refused.status)
            return
        found = resolve(self.root, names, slash)
        if found is None:
            self.send_error(404)
            return
        if found == "redirect":
            self.send_response(301)
            quoted = "/".join(urllib.parse.quote(n) for n in names)
            self.send_header("Location", f"/{quoted}/")  # never '//host': no open redirect
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        assert isinstance(found, int)
        with os.fdopen(found, "rb") as f:
            size = os.fstat(f.fileno()).st_size
            ctype = mimetypes.guess_type(names[-1] if names and not slash else INDEX)[0]
            self.send_response(200)
            self.send_header("Content-Type", ctype or "application/octet-stream")
            self.send_header("Content-Length", str(size))
            self.end_headers()
            if body:
                shutil.copyfileobj(f, self.wfile)

    def end_headers(self) -> None:
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        super().end_headers()

    # One line per failed request, none for a good one; control characters escaped.
    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        status = int(code) if str(code).isdigit() else 0
        if status >= 400:
            line = _escape(getattr(self, "requestline", "") or "")
            sys.stderr.write(f'{self.client_address[0]} "{line}" {status}\n')

    def log_error(self, format: str, *args: object) -> None:
        pass  # send_error's status is logged by log_request; a timeout is not news

    def log_message(self, format: str, *args: object) -> None:
        pass


class StrictServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: tuple) -> None:
        """One line instead of socketserver's traceback; nothing for a client that left."""
        exc = sys.exc_info()[1]
        if isinstance(exc, ConnectionError | TimeoutError):
            return
        sys.stderr.write(f"{client_address[0]} error: {type(exc).__name__}: {_escape(str(exc))}\n")


def make_server(root: Path, port: int, host: str = "127.0.0.1") -> StrictServer:
    """A server for ``root`` bound to ``port`` (raises OSError when it is taken)."""
    handler = type("Handler", (StrictHandler,), {"root": root})
    return StrictServer((host, port), handler)
