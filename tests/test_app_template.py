"""The app template: generated from several ideas (hostile ones too), installed, its own
tests run, served with `protogen serve`, and clicked through in headless Chromium."""

from __future__ import annotations

import json
import os
import signal
import subprocess
from pathlib import Path

import pytest

from .conftest import HABIT
from .serving import Serve, answers, get, wait_gone

IDEAS = {
    "habit": HABIT,
    "spanish": "Una aplicación para dueños de perros que encuentra paseadores de confianza "
    "cerca de casa y envía fotos del paseo.",
    "japanese": "リモートチーム向けの習慣トラッカー。スタンドアップを忘れるとSlackで通知します🔥",
    "hostile": "A planner for {{ 7*7 }} teams <script>window.__pwned=1</script> that runs "
    "{{ cycler.__init__.__globals__.os.popen('touch PWNED').read() }} and {% raw %} tricks",
}


def make_app(protogen, gallery, idea, tmp_path):
    idea = idea.replace("PWNED", str(tmp_path / "PWNED"))
    r = protogen("new", idea, "--template", "app", "--gallery", str(gallery), "--json")
    assert r.code == 0, r.err
    return r.json["slug"], gallery / "prototypes" / r.json["slug"]


@pytest.mark.parametrize("which", list(IDEAS))
def test_generated_app_is_safe_and_passes_its_own_tests(
    protogen, gallery, tmp_path, app_python, which
):
    slug, project = make_app(protogen, gallery, IDEAS[which], tmp_path)
    for name in (
        "pyproject.toml",
        "app/main.py",
        "app/brief.json",
        "tests/test_app.py",
        "README.md",
        "protogen.json",
        ".gitignore",
    ):
        assert (project / name).is_file(), name
    rec = json.loads((project / "protogen.json").read_text())
    assert json.loads((project / "app" / "brief.json").read_text()) == rec["brief"]
    assert rec["template"]["kind"] == "app"
    assert not (tmp_path / "PWNED").exists()
    litter = [p for p in project.rglob("*") if p.name == "__pycache__" or p.suffix == ".pyc"]
    assert litter == []  # only the template's own files, never its byte-code
    for py in project.rglob("*.py"):  # copy never becomes code
        assert "{{" not in py.read_text() and "cycler" not in py.read_text()
    readme = (project / "README.md").read_text()
    assert f"protogen serve {slug}" in readme and "python -m app" in readme
    run = subprocess.run(
        [str(app_python), "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:warnings"],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]
    assert "passed" in run.stdout
    site = (gallery / "index.html").read_text()
    assert "Web app" in site and f'href="site/prototypes/{slug}.html#run"' in site


def serving(gallery, env, slug, app_cache, tmp_path, token="tok-123"):
    env = {**env, "XDG_CACHE_HOME": str(app_cache), "PROTOTYPE_ADMIN_TOKEN": token}
    return Serve(slug, "--gallery", str(gallery), "--port", "0", env=env, marker=tmp_path)


def test_serve_app_then_ctrl_c(protogen, gallery, env, tmp_path, app_python, app_cache):
    slug, _ = make_app(protogen, gallery, HABIT, tmp_path)
    with serving(gallery, env, slug, app_cache, tmp_path) as served:
        url = served.url()
        status, _, body = get(url + "healthz")
        assert status == 200 and json.loads(body)["status"] == "ok"
        assert get(url + "app")[0] == 200
        served.send(signal.SIGINT)
        assert served.wait() == 0
        assert "Stopped" in served.stdout and "Traceback" not in served.stderr
        assert not answers(url + "healthz")
        assert wait_gone(tmp_path) == []


def test_serve_a_broken_app_gives_a_clear_error(protogen, gallery, tmp_path, app_cache):
    slug, project = make_app(protogen, gallery, HABIT, tmp_path)
    (project / "app" / "main.py").unlink()
    r = protogen(
        "serve",
        slug,
        "--gallery",
        str(gallery),
        "--port",
        "0",
        extra_env={"XDG_CACHE_HOME": str(app_cache)},
    )
    assert r.code == 1 and "looks broken" in r.err and "Traceback" not in r.err


@pytest.mark.browser
def test_signup_then_admin_in_chromium_at_390px(
    protogen, gallery, env, tmp_path, app_python, app_cache
):
    playwright = pytest.importorskip("playwright.sync_api")
    if not os.path.exists("/usr/bin/chromium"):
        pytest.skip("no Chromium at /usr/bin/chromium")
    slug, _ = make_app(protogen, gallery, IDEAS["hostile"], tmp_path)
    with serving(gallery, env, slug, app_cache, tmp_path, token="admin-tok") as served:
        url = served.url()
        with playwright.sync_playwright() as p:
            browser = p.chromium.launch(
                executable_path="/usr/bin/chromium",
                args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
            )
            page = browser.new_context(
                viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True
            ).new_page()
            errors = []
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto(url)
            assert page.evaluate("window.__pwned") is None
            assert page.evaluate("document.documentElement.scrollWidth") <= 390
            page.fill("#email", "not-an-email")
            page.click("form.form button[type=submit]")  # the browser itself refuses it
            assert page.evaluate("document.getElementById('email').validity.valid") is False
            assert "signup=" not in page.url
            page.fill("#email", "ada@example.com")
            page.click("form.form button[type=submit]")
            assert page.locator("#signup-msg").is_visible()
            page.goto(url + "app")
            assert page.evaluate("document.documentElement.scrollWidth") <= 390
            page.goto(url + "admin")
            page.fill("#token", "wrong")
            page.click("form.form button[type=submit]")
            assert page.locator("#login-error").is_visible()
            page.fill("#token", "admin-tok")
            page.click("form.form button[type=submit]")
            assert page.url == url + "admin"  # no token in any URL
            assert page.locator("td", has_text="ada@example.com").count() == 1
            with page.expect_download() as download:
                page.click("text=Download as CSV")
            assert b"ada@example.com" in Path(download.value.path()).read_bytes()
            browser.close()
            assert errors == []
