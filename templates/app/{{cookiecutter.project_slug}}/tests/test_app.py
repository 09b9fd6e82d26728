"""The prototype's own tests: pages, signup, duplicates, CSRF, Origin and Host checks, the
body limit, the admin login and its throttle, and the CSV export."""

import os
import re
import stat

import pytest
from fastapi.testclient import TestClient

from app.main import BRIEF, create_app, csv_cell
from app.security import MAX_BODY, SECRET_FILE, Signer

TOKEN = "test-admin-token"
SECRET = b"a-test-secret-that-is-long-enough"
FORM = {"content-type": "application/x-www-form-urlencoded"}


def make(tmp_path, **options):
    options.setdefault("db_path", str(tmp_path / "signups.db"))
    options.setdefault("admin_token", TOKEN)
    options.setdefault("secret", SECRET)
    options.setdefault("allowed_hosts", ["testserver"])
    return TestClient(create_app(**options))


@pytest.fixture
def client(tmp_path):
    return make(tmp_path)


def csrf(client, path="/"):
    page = client.get(path)
    return re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)


def csrf_cookie(client):
    client.get("/")
    return next(c for c in client.cookies.jar if c.name.startswith("csrf_"))


def sign_up(client, email, name=""):
    return client.post("/signup", data={"csrf_token": csrf(client), "email": email,
                                        "name": name}, follow_redirects=True)


def login(client, token=TOKEN):
    return client.post("/admin/login", data={"csrf_token": csrf(client, "/admin"),
                                             "token": token}, follow_redirects=False)


def test_pages_render(client):
    home = client.get("/")
    assert home.status_code == 200 and "<h1" in home.text
    assert BRIEF["cta"].replace("'", "&#39;") in home.text
    core = client.get("/app")
    assert core.status_code == 200 and BRIEF["labels"]["sample_badge"][:10] in core.text
    assert client.get("/healthz").json()["status"] == "ok"
    assert client.get("/theme.css").headers["content-type"].startswith("text/css")


def test_signup_happy_path(client):
    r = sign_up(client, "Ada@Example.com", "Ada")
    assert r.status_code == 200 and 'id="signup-msg"' in r.text
    assert login(client).status_code == 303
    assert "ada@example.com" in client.get("/admin").text


def test_invalid_email_is_refused(client):
    r = client.post("/signup", data={"csrf_token": csrf(client), "email": "not-an-email"})
    assert r.status_code == 422 and 'id="signup-error"' in r.text


def test_duplicate_is_handled_gracefully(client):
    sign_up(client, "ada@example.com")
    r = sign_up(client, "ADA@example.com")
    assert r.status_code == 200 and "signup=duplicate" in str(r.url)
    login(client)
    assert client.get("/admin").text.count("ada@example.com") == 1


def test_csrf_token_is_required(client):
    client.get("/")
    assert client.post("/signup", data={"email": "ada@example.com"}).status_code == 403


def test_a_csrf_pair_of_the_clients_choosing_is_refused(client):
    cookie = csrf_cookie(client)
    nonce = "x" * 40
    for name in (cookie.name, "csrf_token"):
        client.cookies.clear()
        client.cookies.set(name, nonce)
        r = client.post("/signup", data={"csrf_token": nonce, "email": "ada@example.com"})
        assert r.status_code == 403
    other = Signer(b"some-other-apps-secret-xxxxxxxxxxxx").sign("csrf", nonce)
    client.cookies.clear()
    client.cookies.set(cookie.name, nonce)
    r = client.post("/signup", data={"csrf_token": other, "email": "ada@example.com"})
    assert r.status_code == 403


def test_posts_from_another_origin_are_refused(client):
    token = csrf(client)
    data = {"csrf_token": token, "email": "ada@example.com"}
    for headers in ({"origin": "http://evil.example"}, {"origin": "http://testserver:9"},
                    {"origin": "null"}, {"sec-fetch-site": "cross-site"},
                    {"sec-fetch-site": "same-site"}):
        r = client.post("/signup", data=data, headers=headers, follow_redirects=False)
        assert r.status_code == 403, headers
    r = client.post("/signup", data=data, headers={"origin": "http://testserver"},
                    follow_redirects=False)
    assert r.status_code == 303


def test_unknown_hosts_are_refused(client):
    assert client.get("/", headers={"host": "rebound.example"}).status_code == 400
    assert client.get("/", headers={"host": "testserver:8000"}).status_code == 200


def test_fields_and_body_have_limits(client):
    r = client.post("/signup", data={"csrf_token": csrf(client),
                                     "email": "a" * 300 + "@example.com"})
    assert r.status_code == 422
    big = client.post("/signup", content=b"x" * 20000, headers=FORM)
    assert big.status_code == 413


def test_the_body_limit_counts_the_bytes_read_not_the_header(client):
    token = csrf(client)
    head = f"csrf_token={token}&email=ada%40example.com&name=".encode()

    def chunked(size):  # no Content-Length: a chunked body
        yield head
        for _ in range(size // 1024):
            yield b"a" * 1024

    r = client.post("/signup", content=chunked(1024 * 1024), headers=FORM)
    assert r.status_code == 413 and "connection" in r.headers
    multipart = {"content-type": "multipart/form-data; boundary=xyz"}
    body = (b"--xyz\r\nContent-Disposition: form-data; name=\"f\"; filename=\"f\"\r\n\r\n"
            + b"a" * 5 * 1024 * 1024 + b"\r\n--xyz--\r\n")
    r = client.post("/signup", content=iter([body[i:i + 65536] for i in
                                             range(0, len(body), 65536)]), headers=multipart)
    assert r.status_code == 413
    assert client.get("/healthz").json()["signups"] == 0
    under = head + b"a" * (MAX_BODY - len(head) - 200)
    r = client.post("/signup", content=iter([under]), headers=FORM)
    assert r.status_code == 422  # parsed: the name is too long, but the body was fine


def test_refusals_carry_the_security_headers(client):
    r = client.post("/signup", content=b"x" * 20000, headers=FORM)
    assert r.status_code == 413
    assert "default-src 'self'" in r.headers["content-security-policy"]
    assert r.headers["x-content-type-options"] == "nosniff"


def test_admin_needs_a_login_not_a_token_in_the_url(client):
    sign_up(client, "ada@example.com")
    page = client.get("/admin")
    assert page.status_code == 200 and 'action="/admin/login"' in page.text
    assert "ada@example.com" not in page.text
    assert "ada@example.com" not in client.get("/admin", params={"token": TOKEN}).text
    assert client.get("/admin/signups.csv").status_code == 401
    assert client.get("/admin/signups.csv", params={"token": TOKEN}).status_code == 401
    assert page.headers["cache-control"] == "no-store"


def test_admin_login_sets_a_signed_session_cookie(client):
    sign_up(client, "ada@example.com")
    r = login(client)
    assert r.status_code == 303 and r.headers["location"] == "/admin"
    cookie = r.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie and "Path=/admin" in cookie
    assert TOKEN not in cookie
    assert "ada@example.com" in client.get("/admin").text
    assert client.get("/admin/signups.csv").status_code == 200
    session = next(c for c in client.cookies.jar if c.name.startswith("admin_"))
    client.cookies.set(session.name, session.value[:-2] + "xx", path="/admin")
    assert "ada@example.com" not in client.get("/admin").text


def test_sign_out(client):
    login(client)
    page = client.get("/admin")
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)
    r = client.post("/admin/logout", data={"csrf_token": token}, follow_redirects=True)
    assert 'action="/admin/login"' in r.text


def test_a_new_admin_token_ends_old_sessions(tmp_path):
    first = make(tmp_path)
    login(first)
    session = next(c for c in first.cookies.jar if c.name.startswith("admin_"))
    second = make(tmp_path, admin_token="another-token")
    second.cookies.set(session.name, session.value, path="/admin")
    assert 'action="/admin/login"' in second.get("/admin").text


def test_wrong_tokens_are_slowed_down(client):
    statuses = [login(client, f"guess-{i}").status_code for i in range(200)]
    assert statuses[:3] == [403, 403, 403]
    assert statuses.count(403) <= 5 and statuses.count(429) >= 195
    r = login(client)  # even the right token waits its turn
    assert r.status_code == 429 and int(r.headers["retry-after"]) >= 1


def test_scripts_can_use_a_bearer_header(client):
    sign_up(client, "ada@example.com")
    r = client.get("/admin/signups.csv", headers={"authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 200 and "ada@example.com" in r.text
    bad = client.get("/admin/signups.csv", headers={"authorization": "Bearer nope"})
    assert bad.status_code == 403


def test_csv_export_neutralises_formulas_and_keeps_empty_cells_empty(client):
    sign_up(client, "ada@example.com")
    sign_up(client, "grace@example.com", "=HYPERLINK(\"x\")")
    sign_up(client, "linus@example.com", "-2+3")
    sign_up(client, "=1+1@example.com", "@SUM(A1)")
    login(client)
    body = client.get("/admin/signups.csv").content
    lines = body.split(b"\r\n")
    assert lines[0] == b"email,name,created_at" and lines[-1] == b""
    stamp = rb",\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00"
    assert re.fullmatch(b"'=1\\+1@example.com,'@SUM\\(A1\\)" + stamp, lines[1])
    assert re.fullmatch(b"linus@example.com,'-2\\+3" + stamp, lines[2])
    assert re.fullmatch(b"grace@example.com,\"'=HYPERLINK\\(\"\"x\"\"\\)\"" + stamp, lines[3])
    assert re.fullmatch(b"ada@example.com," + stamp, lines[4])  # empty stays empty


def test_csv_cell():
    assert csv_cell("") == ""
    assert csv_cell("Ada") == "Ada" and csv_cell("a=b") == "a=b"
    for risky in ("=1", "+1", "-1", "@A1", "\t=1", "\r=1"):
        assert csv_cell(risky) == "'" + risky


def test_the_secret_is_made_once_beside_the_database(tmp_path, monkeypatch):
    monkeypatch.delenv("PROTOTYPE_SECRET", raising=False)
    db = tmp_path / "data" / "signups.db"
    db.parent.mkdir()
    first = make(tmp_path, db_path=str(db), secret=None)
    path = db.parent / SECRET_FILE
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    token = csrf(first)
    second = make(tmp_path, db_path=str(db), secret=None)
    second.cookies = first.cookies
    r = second.post("/signup", data={"csrf_token": token, "email": "ada@example.com"},
                    follow_redirects=False)
    assert r.status_code == 303  # the same secret: the token still holds
    monkeypatch.setenv("PROTOTYPE_SECRET", "from-the-environment-" * 2)
    third = make(tmp_path, db_path=str(db), secret=None)
    third.cookies = first.cookies
    r = third.post("/signup", data={"csrf_token": token, "email": "bob@example.com"},
                   follow_redirects=False)
    assert r.status_code == 403
    gitignore = os.path.join(os.path.dirname(__file__), "..", ".gitignore")
    assert "*.secret" in open(gitignore).read().split()


def test_copy_is_escaped(tmp_path):
    page = make(tmp_path).get("/")
    assert "<script>" not in page.text.split("</head>")[1]
