"""The prototype's own tests: pages, signup, duplicates, CSRF, the admin view."""

import re

import pytest
from fastapi.testclient import TestClient

from app.main import BRIEF, create_app

TOKEN = "test-admin-token"


@pytest.fixture
def client(tmp_path):
    return TestClient(create_app(db_path=str(tmp_path / "signups.db"), admin_token=TOKEN))


def csrf(client):
    page = client.get("/")
    return re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)


def sign_up(client, email, name=""):
    return client.post("/signup", data={"csrf_token": csrf(client), "email": email,
                                        "name": name}, follow_redirects=True)


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
    admin = client.get("/admin", params={"token": TOKEN})
    assert "ada@example.com" in admin.text


def test_invalid_email_is_refused(client):
    r = client.post("/signup", data={"csrf_token": csrf(client), "email": "not-an-email"})
    assert r.status_code == 422 and 'id="signup-error"' in r.text


def test_duplicate_is_handled_gracefully(client):
    sign_up(client, "ada@example.com")
    r = sign_up(client, "ADA@example.com")
    assert r.status_code == 200 and "signup=duplicate" in str(r.url)
    admin = client.get("/admin", params={"token": TOKEN})
    assert admin.text.count("ada@example.com") == 1


def test_csrf_token_is_required(client):
    client.get("/")
    r = client.post("/signup", data={"email": "ada@example.com"})
    assert r.status_code == 403


def test_fields_and_body_have_limits(client):
    r = client.post("/signup", data={"csrf_token": csrf(client),
                                     "email": "a" * 300 + "@example.com"})
    assert r.status_code == 422
    big = client.post("/signup", content=b"x" * 20000,
                      headers={"content-type": "application/x-www-form-urlencoded"})
    assert big.status_code == 413


def test_admin_rejects_missing_or_wrong_token(client):
    assert client.get("/admin").status_code == 401
    assert client.get("/admin", params={"token": "nope"}).status_code == 403
    assert client.get("/admin/signups.csv").status_code == 401


def test_admin_lists_signups_and_exports_csv(client):
    sign_up(client, "ada@example.com", "Ada")
    sign_up(client, "grace@example.com", "=HYPERLINK(\"x\")")
    page = client.get("/admin", params={"token": TOKEN})
    assert page.status_code == 200 and "grace@example.com" in page.text
    csv = client.get("/admin/signups.csv", headers={"authorization": f"Bearer {TOKEN}"})
    assert csv.status_code == 200 and csv.text.startswith("email,name,created_at")
    assert "'=HYPERLINK" in csv.text  # no spreadsheet formula injection


def test_copy_is_escaped(tmp_path):
    page = TestClient(create_app(db_path=str(tmp_path / "x.db"), admin_token=TOKEN)).get("/")
    assert "<script>" not in page.text.split("</head>")[1]
