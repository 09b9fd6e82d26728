"""What `protogen serve` hands out for a static prototype: regular files inside the
prototype folder, and nothing else, whatever the folder holds (a cloned gallery may hold
symlinks, a .git, FIFOs) and whatever bytes the request path carries. Every refusal is
one log line, never a traceback. Real server, real sockets: requests are sent as raw
bytes, so no client tidies the path first."""

from __future__ import annotations

import os
import socket
import time

import pytest

from .conftest import HABIT
from .serving import Serve, get


@pytest.fixture
def site(protogen, gallery, tmp_path):
    """A landing prototype, salted with everything a hostile clone might carry."""
    r = protogen("new", HABIT, "--gallery", str(gallery), "--json")
    assert r.code == 0, r.err
    folder = gallery / "prototypes" / r.json["slug"]
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("outside the prototype\n")
    (folder / "rootlink").symlink_to("/")
    (folder / "passwd").symlink_to("/etc/passwd")
    (folder / "outlink").symlink_to(outside)
    (folder / "inner-link.html").symlink_to(folder / "index.html")  # inside, still a link
    (folder / "sub").mkdir()
    (folder / "sub" / "index.html").write_text("<p>sub</p>\n")
    (folder / "sub" / "up").symlink_to("..")
    (folder / "empty").mkdir()
    (folder / "empty" / "notes.txt").write_text("not listed\n")
    (folder / "linkdir").symlink_to(folder / "sub")
    (folder / ".git").mkdir()
    (folder / ".git" / "config").write_text("[remote]\n")
    (folder / ".env").write_text("KEY=1\n")
    os.link(folder / "index.html", folder / "hard.html")
    os.mkfifo(folder / "fifo")
    return r.json["slug"], folder


def raw(port: int, request: bytes, timeout: float = 5) -> bytes:
    """Send ``request`` as is; return the whole answer (the server closes after one)."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
        s.sendall(request)
        chunks = []
        while chunk := s.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


def status_of(port: int, path: bytes, method: bytes = b"GET") -> int:
    answer = raw(port, method + b" " + path + b" HTTP/1.1\r\nHost: x\r\n\r\n")
    return int(answer.split(b" ", 2)[1])


def test_only_regular_files_inside_the_prototype_are_served(site, gallery, env, tmp_path):
    slug, folder = site
    with Serve(slug, "--gallery", str(gallery), "--port", "0", env=env, marker=tmp_path) as s:
        port = int(s.url(timeout=30).rsplit(":", 1)[1].strip("/"))
        index = (folder / "index.html").read_bytes()
        assert get(f"http://127.0.0.1:{port}/")[2] == index
        assert get(f"http://127.0.0.1:{port}/hard.html")[2] == index  # a hard link is a file
        assert get(f"http://127.0.0.1:{port}/sub/")[2] == b"<p>sub</p>\n"
        status, headers, _ = get(f"http://127.0.0.1:{port}/sub")
        assert status == 301 and headers["location"] == "/sub/"
        for path in (
            b"/rootlink/etc/passwd",
            b"/rootlink/",
            b"/passwd",
            b"/outlink/secret.txt",
            b"/inner-link.html",
            b"/linkdir/index.html",
            b"/linkdir/",
            b"/sub/up/index.html",
            b"/empty/",
            b"/empty/../",
            b"/fifo",
            b"/index.html/",
            b"/.git/config",
            b"/.git/",
            b"/.env",
            b"/%2egit/config",
            b"/nope.html",
        ):
            assert status_of(port, path) in (400, 404), path
        body = raw(port, b"GET /empty/ HTTP/1.1\r\nHost: x\r\n\r\n")
        assert b"notes.txt" not in body and b"Directory listing" not in body


BAD_PATHS = [
    (b"/.%00./etc/passwd", 400),
    (b"/%00", 400),
    (b"/index.html%00.txt", 400),
    (b"/%2e%2e/%2e%2e/etc/passwd", 400),
    (b"/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd", 400),
    (b"/..%2f..%2fetc/passwd", 400),
    (b"/../../etc/passwd", 400),
    (b"/sub/../../etc/passwd", 400),
    (b"/./index.html", 400),
    (b"/..\\..\\etc\\passwd", 400),
    (b"/%5c..%5cetc%5cpasswd", 400),
    (b"/%ff%fe", 400),
    (b"/\xc3\xa9", 400),
    (b"/\x01", 400),
    (b"/%0d%0aSet-Cookie:%20x=1", 400),
    (b"/%7f", 400),
    (b"http://evil.example/", 400),
    (b"*", 400),
    (b"/" + b"a" * 3000, 414),
    (b"/" + b"a/" * 200 + b"x", 404),
    (b"/" + b"a" * 300, 404),
    (b"//evil.example/", 404),
]


def test_malformed_paths_get_an_error_and_one_log_line(site, gallery, env, tmp_path):
    slug, _ = site
    with Serve(slug, "--gallery", str(gallery), "--port", "0", env=env, marker=tmp_path) as s:
        port = int(s.url(timeout=30).rsplit(":", 1)[1].strip("/"))
        for n, (path, expected) in enumerate(BAD_PATHS, start=1):
            assert status_of(port, path) == expected, path
            deadline = time.monotonic() + 5
            while len(s.err) < n and time.monotonic() < deadline:
                time.sleep(0.02)
            assert len(s.err) == n, (path, s.err[-3:])  # exactly one line per request
        answer = raw(port, b"GET /" + b"a" * 70000 + b" HTTP/1.1\r\n\r\n")
        assert answer.startswith(b"HTTP/1.0 414")
        answer = raw(port, b"\x00\x01\x02 garbage\r\n\r\n")  # HTTP/0.9: no status line
        assert b"Error code: 400" in answer
        time.sleep(0.3)
        assert "Traceback" not in s.stderr and "Exception" not in s.stderr
        assert len(s.err) == len(BAD_PATHS) + 2
        assert all("\x00" not in line and "\x01" not in line for line in s.err)
        # and it still serves
        assert get(f"http://127.0.0.1:{port}/")[0] == 200


def test_head_and_other_methods(site, gallery, env, tmp_path):
    slug, folder = site
    with Serve(slug, "--gallery", str(gallery), "--port", "0", env=env, marker=tmp_path) as s:
        port = int(s.url(timeout=30).rsplit(":", 1)[1].strip("/"))
        answer = raw(port, b"HEAD / HTTP/1.1\r\nHost: x\r\n\r\n")
        head, _, body = answer.partition(b"\r\n\r\n")
        assert head.startswith(b"HTTP/1.0 200") and body == b""
        size = (folder / "index.html").stat().st_size
        assert f"Content-Length: {size}".encode() in head
        assert b"X-Content-Type-Options: nosniff" in head
        assert status_of(port, b"/.git/config", b"HEAD") == 404
        assert status_of(port, b"/", b"POST") == 405
        assert status_of(port, b"/", b"DELETE") == 405


def test_a_prototype_folder_that_is_a_symlink_is_refused(protogen, gallery, tmp_path):
    assert protogen("new", HABIT, "--gallery", str(gallery)).code == 0
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "index.html").write_text("<p>not in the gallery</p>\n")
    (gallery / "prototypes" / "evil").symlink_to(outside)
    r = protogen("serve", "evil", "--gallery", str(gallery), "--port", "0", timeout=20)
    assert r.code == 1 and "symlink" in r.err and "Traceback" not in r.err
    assert len(r.err.strip().splitlines()) == 1


def test_an_entry_page_that_is_a_symlink_is_refused(protogen, gallery, tmp_path):
    r = protogen("new", HABIT, "--gallery", str(gallery), "--json")
    folder = gallery / "prototypes" / r.json["slug"]
    (folder / "index.html").unlink()
    (folder / "index.html").symlink_to("/etc/passwd")
    r = protogen("serve", r.json["slug"], "--gallery", str(gallery), "--port", "0", timeout=20)
    assert r.code == 1 and "not a plain file" in r.err and "Traceback" not in r.err
