"""The gallery site in a real headless Chromium, at 1280 and 390 px: search and filters,
every link, console errors, the chart against the counts, sideways scrolling, and the
meeting pack opening with no network request."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from .conftest import HABIT

playwright = pytest.importorskip("playwright.sync_api")
CHROMIUM = os.environ.get("PROTOGEN_CHROMIUM", "/usr/bin/chromium")
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not shutil.which(CHROMIUM), reason=f"no Chromium at {CHROMIUM}"),
]
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PROTOGEN = [sys.executable, "-m", "protogen"]
IDEAS = [
    (HABIT, "landing", ["teams"]),
    ("A recipe box for grandparents that reads recipes aloud", "landing", ["family"]),
    ("Uber for dog walking", "app", ["marketplace", "hackathon"]),
    ("A quiz app for museum visitors with a leaderboard", "landing", ["hackathon"]),
    ("習慣を続けたいリモートチームのためのアプリ", "landing", []),
]


@pytest.fixture(scope="module")
def browser():
    with playwright.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """A gallery of five prototypes over three months, two templates, with tags."""
    tmp = tmp_path_factory.mktemp("site")
    home = tmp / "home"
    home.mkdir()
    (home / ".gitconfig").write_text("[user]\n\tname = T\n\temail = t@example.com\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "PROTOGEN_"))}
    env.update(
        HOME=str(home),
        XDG_CACHE_HOME=str(tmp / "cache"),
        GIT_CONFIG_GLOBAL=str(home / ".gitconfig"),
        GIT_CONFIG_NOSYSTEM="1",
    )
    gallery = tmp / "gallery"
    now = datetime.now(UTC)
    for i, (idea, template, tags) in enumerate(IDEAS):
        out = subprocess.run(
            [*PROTOGEN, "new", idea, "-g", str(gallery), "-t", template, "--json"],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        slug = json.loads(out.stdout)["slug"]
        record = gallery / "prototypes" / slug / "protogen.json"
        data = json.loads(record.read_text())
        data["created_at"] = (now - timedelta(days=20 * i)).isoformat()
        data["tags"] = tags
        record.write_text(json.dumps(data))
    subprocess.run(
        [sys.executable, "-m", "protogen", "gallery", "build", "-g", str(gallery)],
        check=True,
        env=env,
        capture_output=True,
    )
    return gallery


def open_page(browser, path: Path, width: int):
    context = browser.new_context(
        viewport={"width": width, "height": 844}, is_mobile=width < 600, has_touch=width < 600
    )
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: m.type == "error" and errors.append(m.text))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    return page, errors


def pages_of(site: Path) -> list[Path]:
    return [site / "index.html", *sorted((site / "site").rglob("*.html"))]


@pytest.mark.parametrize("width", [390, 1280])
def test_every_page_fits_loads_clean_and_every_link_resolves(browser, site, width):
    for path in pages_of(site):
        page, errors = open_page(browser, path, width)
        assert page.evaluate("document.documentElement.scrollWidth") <= width, path
        links = page.evaluate(
            """() => [...document.querySelectorAll('a[href], img[src], script[src]')]
                 .map(e => e.href || e.src)"""
        )
        for url in links:
            parts = urlsplit(url)
            if parts.scheme in ("data", "https") or not parts.path:
                continue
            assert parts.scheme == "file", url
            assert Path(unquote(parts.path)).exists(), f"{path.name}: {url}"
        assert errors == [], (path, errors)
        page.context.close()


@pytest.mark.parametrize("width", [390, 1280])
def test_search_and_filters_narrow_the_cards(browser, site, width):
    page, errors = open_page(browser, site / "index.html", width)
    cards = page.locator("#cards > li")
    assert cards.count() == len(IDEAS)
    assert page.locator("#tools").is_visible()
    page.fill("#q", "grandparents")
    page.wait_for_function("document.querySelectorAll('#cards > li').length === 1")
    assert "1 prototype matches" in page.inner_text("#count")
    page.fill("#q", "")
    page.wait_for_function(f"document.querySelectorAll('#cards > li').length === {len(IDEAS)}")
    page.select_option("#f-tp", "Web app")
    page.wait_for_function("document.querySelectorAll('#cards > li').length === 1")
    assert "Web app" in cards.first.inner_text()
    page.select_option("#f-tp", "")
    page.select_option("#f-g", "hackathon")
    page.wait_for_function("document.querySelectorAll('#cards > li').length === 2")
    month = page.eval_on_selector("#f-m option:nth-child(2)", "o => o.value")
    page.select_option("#f-g", "")
    page.select_option("#f-m", month)
    page.wait_for_function(
        f"document.querySelectorAll('#cards > li').length < {len(IDEAS)} && "
        "document.querySelectorAll('#cards > li').length > 0"
    )
    # every card found by a filter links to pages that exist
    for href in page.eval_on_selector_all("#cards a", "els => els.map(e => e.href)"):
        assert Path(unquote(urlsplit(href).path)).exists(), href
    assert errors == []


def test_without_javascript_the_page_is_a_plain_list(browser, site):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto((site / "index.html").as_uri())
    assert page.locator("#tools").is_hidden()
    assert page.locator("#cards > li").count() == len(IDEAS)
    assert page.locator(".months a").count() >= 3
    context.close()


def test_chart_matches_the_counts(browser, site):
    records = [json.loads(p.read_text()) for p in site.glob("prototypes/*/protogen.json")]
    per_week = Counter()
    for r in records:
        t = datetime.fromisoformat(r["created_at"]).astimezone(UTC)
        monday = (t - timedelta(days=t.weekday())).strftime("%Y-%m-%d")
        per_week[monday] += 1
    page, errors = open_page(browser, site / "index.html", 1280)
    weeks = page.eval_on_selector_all(
        "svg g.wk", "gs => gs.map(g => [g.dataset.start, +g.dataset.count])"
    )
    assert len(weeks) == 12
    for start, count in weeks:
        assert per_week.get(start, 0) == count, start
    # the bars' heights follow the counts
    heights = page.eval_on_selector_all(
        "svg g.wk",
        "gs => gs.map(g => { const r = g.querySelector('rect'); "
        "return r ? r.getBBox().height : 0 })",
    )
    for (_, count), h in zip(weeks, heights, strict=True):
        assert (count == 0) == (h == 0)
    total = page.inner_text(".nums li:first-child strong")
    assert int(total) == len(records)
    assert errors == []


def test_meeting_pack_opens_with_no_network_request(browser, site, tmp_path):
    slug = sorted(p.name for p in (site / "prototypes").iterdir())[0]
    env = {**os.environ, "HOME": str(tmp_path)}
    subprocess.run(
        [sys.executable, "-m", "protogen", "export", slug, "-g", str(site), "-o", str(tmp_path)],
        check=True,
        env=env,
        capture_output=True,
    )
    page_path = tmp_path / f"{slug}-meeting.html"
    context = browser.new_context(offline=True)
    page = context.new_page()
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(page_path.as_uri())
    page.wait_for_load_state("load")
    assert [u for u in requests if not u.startswith("data:")] == [page_path.as_uri()]
    assert page.evaluate("document.documentElement.scrollWidth") <= 1280
    context.close()
