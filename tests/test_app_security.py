"""The generated app under `protogen serve`, attacked over real HTTP: forged CSRF pairs,
posts from another origin, chunked and multipart bodies past the limit, guessing the
admin token, the CSV export's bytes, and where the admin token lives."""

from __future__ import annotations

import http.client
import json
import re
import socket
import stat
import time
import urllib.parse

import pytest

from .conftest import HABIT, git
from .serving import Serve

TOKEN_LINE = r"sign in with the token (\S+);"


class Browserish:
    """Just enough of a browser over http.client: a cookie jar, forms, no redirects."""

    def __init__(self, url: str) -> None:
        m = re.match(r"http://127\.0\.0\.1:(\d+)/", url)
        assert m, url
        self.port = int(m.group(1))
        self.origin = f"http://127.0.0.1:{self.port}"
        self.cookies: dict[str, str] = {}

    def request(self, method: str, path: str, body: bytes | None = None, **headers: str):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        try:
            if self.cookies:
                headers.setdefault("Cookie", "; ".join(f"{k}={v}" for k, v in self.cookies.items()))
            conn.request(method, path, body=body, headers=headers)
            r = conn.getresponse()
            data = r.read()
            for name, value in r.getheaders():
                if name.lower() == "set-cookie":
                    key, _, rest = value.partition("=")
                    self.cookies[key] = rest.split(";", 1)[0].strip('"')
            return r.status, {k.lower(): v for k, v in r.getheaders()}, data
        finally:
            conn.close()

    def csrf(self, path: str = "/") -> str:
        _, _, page = self.request("GET", path)
        return re.search(rb'name="csrf_token" value="([^"]+)"', page).group(1).decode()

    def post(self, path: str, fields: dict[str, str], **headers: str):
        headers.setdefault("Content-Type", "application/x-www-form-urlencoded")
        return self.request("POST", path, urllib.parse.urlencode(fields).encode(), **headers)

    def signups(self) -> int:
        return json.loads(self.request("GET", "/healthz")[2])["signups"]


def new_app(protogen, gallery, idea=HABIT) -> str:
    r = protogen("new", idea, "--template", "app", "--gallery", str(gallery), "--json")
    assert r.code == 0, r.err
    return r.json["slug"]


def serving(gallery, env, slug, app_cache, tmp_path, **extra: str) -> Serve:
    env = {**env, "XDG_CACHE_HOME": str(app_cache), **extra}
    return Serve(slug, "--gallery", str(gallery), "--port", "0", env=env, marker=tmp_path)


@pytest.fixture
def app(protogen, gallery, env, tmp_path, app_python, app_cache):
    """A served app: (Serve, Browserish, admin token)."""
    slug = new_app(protogen, gallery)
    token = "admin-token-for-the-tests"
    with serving(gallery, env, slug, app_cache, tmp_path, PROTOTYPE_ADMIN_TOKEN=token) as served:
        yield served, Browserish(served.url()), token


def test_a_csrf_pair_of_the_clients_choosing_is_refused(app):
    _, client, _ = app
    client.cookies = {"csrf_token": "x"}
    status, _, _ = client.post("/signup", {"csrf_token": "x", "email": "ada@example.com"})
    assert status == 403
    client.cookies = {}
    client.csrf()
    name = next(k for k in client.cookies if k.startswith("csrf_"))
    client.cookies[name] = "y" * 40  # a well-formed nonce the client chose
    status, _, _ = client.post("/signup", {"csrf_token": "y" * 40, "email": "ada@example.com"})
    assert status == 403
    assert client.signups() == 0


def test_posts_from_another_origin_are_refused(app):
    _, client, _ = app
    fields = {"csrf_token": client.csrf(), "email": "ada@example.com"}
    # another port of 127.0.0.1 is same-site, and shares the cookies: Origin tells
    status, _, _ = client.post("/signup", fields, Origin=f"http://127.0.0.1:{client.port + 1}")
    assert status == 403
    status, _, _ = client.post("/signup", fields, **{"Sec-Fetch-Site": "same-site"})
    assert status == 403
    status, _, _ = client.post("/signup", fields, Host=f"rebound.example:{client.port}")
    assert status == 400  # DNS rebinding: an unknown Host
    assert client.signups() == 0
    status, _headers, _ = client.post("/signup", fields, Origin=client.origin)
    assert status == 303 and client.signups() == 1


def _chunked_head(client: Browserish, content_type: str) -> bytes:
    cookie = "; ".join(f"{k}={v}" for k, v in client.cookies.items())
    return (
        f"POST /signup HTTP/1.1\r\nHost: 127.0.0.1:{client.port}\r\n"
        f"Content-Type: {content_type}\r\nTransfer-Encoding: chunked\r\n"
        f"Cookie: {cookie}\r\n\r\n"
    ).encode()


def _chunk(data: bytes) -> bytes:
    return f"{len(data):x}\r\n".encode() + data + b"\r\n"


def test_a_chunked_body_is_cut_at_the_limit_without_being_read_to_the_end(app):
    _, client, _ = app
    token = client.csrf()
    form = f"csrf_token={token}&email=ada%40example.com&name=".encode()
    with socket.create_connection(("127.0.0.1", client.port), timeout=10) as s:
        s.sendall(_chunked_head(client, "application/x-www-form-urlencoded") + _chunk(form))
        for _ in range(17):  # 17 KB past the form, and no final chunk: the body never ends
            s.sendall(_chunk(b"a" * 1024))
        started = time.monotonic()
        answer = s.recv(4096)
    assert answer.startswith(b"HTTP/1.1 413"), answer[:200]
    assert time.monotonic() - started < 5  # answered at the limit, not at a timeout
    assert client.signups() == 0


@pytest.mark.parametrize("kind", ["urlencoded", "multipart"])
def test_big_chunked_bodies_are_refused(app, kind):
    _, client, _ = app
    token = client.csrf()
    if kind == "urlencoded":
        ctype = "application/x-www-form-urlencoded"
        body = f"csrf_token={token}&email=ada%40example.com&name=".encode() + b"a" * 1024 * 1024
    else:
        ctype = "multipart/form-data; boundary=xyz"
        part = '--xyz\r\nContent-Disposition: form-data; name="{}"\r\n\r\n{}\r\n'
        body = (part.format("csrf_token", token) + part.format("email", "ada@example.com")).encode()
        body += b'--xyz\r\nContent-Disposition: form-data; name="f"; filename="f"\r\n\r\n'
        body += b"a" * 5 * 1024 * 1024 + b"\r\n--xyz--\r\n"
    conn = http.client.HTTPConnection("127.0.0.1", client.port, timeout=10)
    cookie = "; ".join(f"{k}={v}" for k, v in client.cookies.items())
    status = None
    try:
        conn.request(
            "POST",
            "/signup",
            body=(body[i : i + 16384] for i in range(0, len(body), 16384)),
            headers={"Content-Type": ctype, "Cookie": cookie},
            encode_chunked=True,
        )
        status = conn.getresponse().status
    except (BrokenPipeError, ConnectionResetError):
        pass  # refused while we were still sending: also a refusal
    finally:
        conn.close()
    assert status in (413, None)
    assert client.signups() == 0
    assert client.request("GET", "/healthz")[0] == 200


def sign_in(client: Browserish, token: str) -> int:
    return client.post("/admin/login", {"csrf_token": client.csrf("/admin"), "token": token})[0]


def test_csv_export_keeps_empty_names_empty(app):
    _, client, token = app
    fields = {"csrf_token": client.csrf(), "email": "ada@example.com", "name": ""}
    assert client.post("/signup", fields)[0] == 303
    fields = {"csrf_token": client.csrf(), "email": "eve@example.com", "name": "=1+1"}
    assert client.post("/signup", fields)[0] == 303
    assert sign_in(client, token) == 303
    status, headers, body = client.request("GET", "/admin/signups.csv")
    assert status == 200 and headers["cache-control"] == "no-store"
    lines = body.split(b"\r\n")
    stamp = rb",\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00"
    assert lines[0] == b"email,name,created_at"
    assert re.fullmatch(rb"eve@example\.com,'=1\+1" + stamp, lines[1])
    assert re.fullmatch(rb"ada@example\.com," + stamp, lines[2]), lines[2]
    assert lines[3:] == [b""]


def test_guessing_the_admin_token_is_slowed_down(app):
    served, client, token = app
    csrf = client.csrf("/admin")
    statuses = []
    started = time.monotonic()
    for i in range(1000):
        fields = {"csrf_token": csrf, "token": f"guess-{i:04d}"}
        # a forwarded-for header of the guesser's choosing does not make a new client
        spoof = {"X-Forwarded-For": f"10.0.{i // 250}.{i % 250}"}
        statuses.append(client.post("/admin/login", fields, **spoof)[0])
    elapsed = time.monotonic() - started
    assert statuses[:3] == [403, 403, 403]
    assert statuses.count(403) <= 5 and statuses.count(429) >= 995, elapsed
    status, headers, _ = client.post("/admin/login", {"csrf_token": csrf, "token": token})
    assert status == 429 and int(headers["retry-after"]) >= 1  # even the right one waits
    # the token in a URL opens nothing, and no page puts it in one
    assert b"<table" not in client.request("GET", f"/admin?token={token}")[2]
    assert client.request("GET", f"/admin/signups.csv?token={token}")[0] == 401
    assert "?token=" not in served.stdout


def test_the_admin_page_links_without_the_token(app):
    _, client, token = app
    assert sign_in(client, token) == 303
    status, headers, page = client.request("GET", "/admin")
    assert status == 200 and (b"<table" in page or b"No signups yet" in page)
    assert token.encode() not in page and b'href="/admin/signups.csv"' in page
    assert headers["cache-control"] == "no-store"


def test_the_admin_token_is_kept_per_prototype_outside_the_gallery(
    protogen, gallery, env, tmp_path, app_python, app_cache
):
    slug = new_app(protogen, gallery)
    tokens = []
    for _ in range(2):
        with serving(gallery, env, slug, app_cache, tmp_path) as served:
            client = Browserish(served.url())
            tokens.append(served.wait_for(TOKEN_LINE, timeout=10).group(1))
            assert sign_in(client, tokens[-1]) == 303
    assert tokens[0] == tokens[1] and len(tokens[0]) >= 20
    kept = list((tmp_path / "state" / "protogen" / "apps").glob("*.json"))
    assert len(kept) == 1
    assert stat.S_IMODE(kept[0].stat().st_mode) == 0o600
    assert stat.S_IMODE(kept[0].parent.stat().st_mode) == 0o700
    data = json.loads(kept[0].read_text())
    assert data["admin_token"] == tokens[0] and data["slug"] == slug
    for path in gallery.rglob("*"):  # the token and the secret never reach the gallery
        if path.is_file() and ".git" not in path.parts:
            content = path.read_bytes()
            assert tokens[0].encode() not in content and data["secret"].encode() not in content
    assert git(gallery, "status", "--porcelain", env=env) == ""  # nothing to commit

    other = new_app(protogen, gallery, "A recipe box for busy parents that plans meals.")
    with serving(gallery, env, other, app_cache, tmp_path) as served:
        served.url()
        assert served.wait_for(TOKEN_LINE, timeout=10).group(1) != tokens[0]

    with serving(
        gallery, env, slug, app_cache, tmp_path, PROTOTYPE_ADMIN_TOKEN="from-env-0123456789"
    ) as served:
        client = Browserish(served.url())
        served.wait_for(r"Admin: ", timeout=10)
        assert "from-env" not in served.stdout and tokens[0] not in served.stdout
        assert sign_in(client, tokens[0]) == 403
        assert sign_in(client, "from-env-0123456789") == 303
    assert json.loads(kept[0].read_text())["admin_token"] == tokens[0]  # not stored


def test_a_state_folder_inside_the_gallery_is_refused(
    protogen, gallery, env, tmp_path, app_python, app_cache
):
    slug = new_app(protogen, gallery)
    inside = {"XDG_STATE_HOME": str(gallery / "state")}
    with serving(gallery, env, slug, app_cache, tmp_path, **inside) as served:
        assert served.wait(timeout=60) == 1
        err = served.stderr
    assert "never be committed" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert not (gallery / "state").exists()
