"""The gallery site: counts and streaks, the files it is made of, incremental changes,
hand edits, publishing to a real (bare) remote, and the meeting pack."""

import json
import re
import subprocess
import zipfile
from datetime import UTC, datetime, timedelta

import pytest

from protogen.idea import normalise_idea
from protogen.record import Record
from protogen.site import SiteSettings, build_site
from protogen.site.stats import shots_on_goal
from protogen.stamp import Ensure, Region
from protogen.writers.offline import OfflineWriter

from .conftest import HABIT, commit_count, git

yaml = pytest.importorskip("yaml")


def record(slug, created, **extra):
    brief = OfflineWriter().write(normalise_idea(HABIT), tone="friendly").brief
    rec = Record.create(
        slug=slug,
        idea=HABIT,
        idea_lang="en",
        brief=brief,
        template={"name": "landing", "version": "1", "entry": "index.html", "kind": "static"},
        knobs={"tone": "friendly", "palette": "ocean"},
        writer="offline",
        writer_meta={},
        protogen_version="t",
        created_at=created,
        timings={},
        seconds=0.0,
    )
    rec.update(extra)
    return rec


def test_shots_on_goal_counts_weeks_and_streaks():
    now = datetime(2026, 11, 19, 12, tzinfo=UTC)  # a Thursday
    recs = [
        record("a", now),
        record("b", datetime(2026, 11, 16, 0, 30, tzinfo=UTC)),
        record("c", datetime(2026, 11, 15, 23, tzinfo=UTC)),  # Sunday: last week
        record("d", datetime(2026, 11, 1, tzinfo=UTC)),
        record("e", datetime(2026, 10, 31, tzinfo=UTC)),
        record("f", datetime(2026, 9, 1, tzinfo=UTC)),
        record("g", datetime(2026, 9, 8, tzinfo=UTC)),
        record("h", datetime(2026, 9, 15, tzinfo=UTC)),
        record("i", datetime(2026, 9, 22, tzinfo=UTC)),
    ]
    s = shots_on_goal(recs, now)
    assert (s.total, s.week, s.month) == (9, 2, 4)
    assert len(s.weeks) == 12 and s.weeks[-1].start == datetime(2026, 11, 16, tzinfo=UTC)
    # weeks start on Monday: 26 Oct (d, e), 2 Nov (none), 9 Nov (c), 16 Nov (a, b)
    assert [w.count for w in s.weeks][-4:] == [2, 0, 1, 2]
    assert sum(w.count for w in s.weeks) == 9
    assert s.streak == 2  # this week and last week
    assert s.best_streak == 4  # four Mondays of September
    assert s.weeks[-1].label == "Nov 16"


def test_streak_counts_last_week_when_this_one_is_empty_so_far():
    now = datetime(2026, 11, 16, 9, tzinfo=UTC)  # Monday morning
    recs = [
        record("a", datetime(2026, 11, 12, tzinfo=UTC)),
        record("b", datetime(2026, 11, 5, tzinfo=UTC)),
    ]
    assert shots_on_goal(recs, now).streak == 2


def site(recs, **kw):
    settings = SiteSettings(title="Ada's shots", built=datetime(2026, 11, 20, tzinfo=UTC))
    return build_site(recs, settings, **kw)


def test_site_files_links_are_relative_and_text_is_escaped():
    now = datetime(2026, 11, 20, tzinfo=UTC)
    hostile = record("evil", now - timedelta(days=40))
    hostile["brief"]["name"] = '<script>alert(1)</script>"><img src=x onerror=alert(2)>'
    hostile["brief"]["tagline"] = "](javascript:alert(3)) <b>bold</b>"
    hostile["tags"] = ["<i>x</i>", "hackathon"]
    recs = [record("newer", now), hostile]
    files = site(recs, pages={r.slug: r for r in recs}, months=None)
    html = files["index.html"]
    assert (
        'href="site/prototypes/newer.html"' in html and 'href="prototypes/newer/index.html"' in html
    )
    assert "<script>alert(1)" not in html and "&lt;script&gt;" in html
    assert "<b>bold</b>" not in html and "<i>x</i>" not in html
    for text in [v for v in files.values() if isinstance(v, str)]:
        assert not re.search(r"""(src|href)=["']?(https?:)?//""", text)
    page = files["site/prototypes/evil.html"]
    assert "&lt;script&gt;" in page and "onerror=alert" not in page.replace(
        "onerror=alert(2)&gt;", ""
    )
    assert "site/months/2026-11.html" in files and "site/months/2026-10.html" in files
    index = files["site/index.js"]
    assert index.startswith("window.PROTOGEN_CARDS=") and "</script>" not in index.split("=", 1)[1]
    cards = json.loads(index.split("=", 1)[1].rstrip(";\n"))
    assert [c["s"] for c in cards] == ["newer", "evil"]
    md = files["README.md"]
    assert isinstance(md, Region)
    assert "(prototypes/newer/index.html)" in md.text and "javascript:" not in md.text.replace(
        "\\](javascript:", ""
    )
    assert isinstance(files[".nojekyll"], Ensure)


def test_pages_workflow_is_valid_yaml_with_expressions_intact():
    files = site([record("a", datetime(2026, 11, 20, tzinfo=UTC))])
    text = files[".github/workflows/pages.yml"].content
    data = yaml.safe_load(text)
    steps = data["jobs"]["deploy"]["steps"]
    assert any("deploy-pages" in s.get("uses", "") for s in steps)
    assert "${{ github.ref }}" in text and "${{ steps.deployment.outputs.page_url }}" in text
    assert data["permissions"]["pages"] == "write"


def test_a_change_rewrites_only_what_it_touches(protogen, gallery, env):
    assert protogen("new", HABIT, "--gallery", str(gallery)).code == 0
    assert protogen("new", "A recipe box for grandparents", "--gallery", str(gallery)).code == 0
    r = protogen("new", "A quiz app for museum visitors", "--gallery", str(gallery), "--json")
    changed = set(git(gallery, "show", "--name-only", "--format=", "HEAD", env=env).split())
    slug = r.json["slug"]
    other = {p for p in changed if not p.startswith(f"prototypes/{slug}/")}
    month = datetime.now(UTC).strftime("%Y-%m")
    assert other == {
        "index.html",
        "README.md",
        "site/index.js",
        f"site/months/{month}.html",
        f"site/prototypes/{slug}.html",
    }


def test_gallery_build_rebuilds_everything_and_is_idempotent(protogen, gallery, env):
    assert protogen("new", HABIT, "--gallery", str(gallery)).code == 0
    (gallery / "index.html").unlink()
    for page in (gallery / "site" / "prototypes").iterdir():
        page.unlink()
    git(gallery, "commit", "-qam", "oops", env=env)
    r = protogen("gallery", "build", "--gallery", str(gallery))
    assert r.code == 0 and "commit" in r.out, r.err
    assert (gallery / "index.html").is_file() and len(list((gallery / "site/prototypes").iterdir()))
    assert git(gallery, "log", "-1", "--format=%s", env=env).strip() == "Rebuild gallery site"
    n = commit_count(gallery, env)
    again = protogen("gallery", "build", "--gallery", str(gallery))
    assert again.code == 0 and "nothing to commit" in again.out and commit_count(gallery, env) == n


def test_site_follows_record_edits_and_survives_a_broken_cache(protogen, gallery, env):
    r = protogen("new", HABIT, "--gallery", str(gallery), "--json")
    slug = r.json["slug"]
    path = gallery / "prototypes" / slug / "protogen.json"
    rec = json.loads(path.read_text())
    rec["brief"]["name"] = "Renamed By Hand"
    rec["brief"]["problem"] = "A problem edited by hand."
    path.write_text(json.dumps(rec))
    assert protogen("gallery", "build", "--gallery", str(gallery), "--no-commit").code == 0
    assert "Renamed By Hand" in (gallery / "index.html").read_text()
    assert "edited by hand" in (gallery / "site" / "prototypes" / f"{slug}.html").read_text()
    (gallery / ".git" / "protogen" / "records-cache.bin").write_bytes(b"\x00garbage{not marshal")
    assert protogen("gallery", "build", "--gallery", str(gallery), "--no-commit").code == 0
    assert "Renamed By Hand" in (gallery / "index.html").read_text()
    listing = json.loads(protogen("list", "--gallery", str(gallery), "--json").out)
    assert listing["prototypes"][0]["name"] == "Renamed By Hand"
    # committing the build: the committed site follows the committed record, not the edit
    assert protogen("gallery", "build", "--gallery", str(gallery)).code == 0
    assert "Renamed By Hand" not in git(gallery, "show", "HEAD:index.html", env=env)
    assert "Renamed By Hand" in (gallery / "index.html").read_text()


def test_title_and_intro_from_protogen_toml(protogen, gallery):
    assert protogen("new", HABIT, "--gallery", str(gallery)).code == 0
    (gallery / "protogen.toml").write_text(
        'title = "Ada <Lovelace>\'s shots on goal"\nintro = """First paragraph.\n\nSecond one."""\n'
    )
    assert protogen("gallery", "build", "--gallery", str(gallery)).code == 0
    html = (gallery / "index.html").read_text()
    assert "Ada &lt;Lovelace&gt;" in html and "<p>First paragraph.</p><p>Second one.</p>" in html


def test_publish_to_a_bare_remote(protogen, gallery, env, tmp_path):
    assert protogen("new", HABIT, "--gallery", str(gallery)).code == 0
    r = protogen("gallery", "publish", "--gallery", str(gallery))
    assert r.code == 1 and "remote add origin" in r.err and "Traceback" not in r.err
    bare = tmp_path / "remote.git"
    subprocess.run(["git", "init", "-q", "--bare", str(bare)], check=True, env=env)
    git(gallery, "remote", "add", "origin", str(bare), env=env)
    r = protogen("gallery", "publish", "--gallery", str(gallery))
    assert r.code == 0, r.err
    assert git(bare, "rev-parse", "main", env=env) == git(gallery, "rev-parse", "HEAD", env=env)
    assert protogen("new", "A recipe box", "--gallery", str(gallery)).code == 0
    assert protogen("gallery", "publish", "--gallery", str(gallery)).code == 0
    assert git(bare, "rev-parse", "main", env=env) == git(gallery, "rev-parse", "HEAD", env=env)
    # a remote that moved on: refused with a message saying what to do
    other = tmp_path / "other"
    subprocess.run(["git", "clone", "-q", str(bare), str(other)], check=True, env=env)
    (other / "note.txt").write_text("x")
    git(other, "add", "note.txt", env=env)
    git(other, "commit", "-qm", "note", env=env)
    git(other, "push", "-q", "origin", "main", env=env)
    assert protogen("new", "A quiz app", "--gallery", str(gallery)).code == 0
    r = protogen("gallery", "publish", "--gallery", str(gallery))
    assert r.code == 1 and "pull" in r.err and "Traceback" not in r.err


def test_history_link_points_at_github_when_the_remote_is_there(protogen, gallery, env):
    assert protogen("new", HABIT, "--gallery", str(gallery), "--json").code == 0
    git(gallery, "remote", "add", "origin", "git@github.com:ada/shots.git", env=env)
    r = protogen("new", "A recipe box", "--gallery", str(gallery), "--json")
    page = (gallery / "site" / "prototypes" / f"{r.json['slug']}.html").read_text()
    assert f"https://github.com/ada/shots/commits/main/prototypes/{r.json['slug']}" in page


def test_export_writes_a_self_contained_page_and_a_zip(protogen, gallery, tmp_path):
    r = protogen("new", HABIT, "--gallery", str(gallery), "--json")
    slug = r.json["slug"]
    out = tmp_path / "pack"
    e = protogen("export", slug, "--gallery", str(gallery), "--out", str(out))
    assert e.code == 0, e.err
    page = (out / f"{slug}-meeting.html").read_text()
    assert not re.search(r"""(src|href)=["'](?!data:|#)""", page)
    assert "For the meeting" in page and "How to run it" in page
    with zipfile.ZipFile(out / f"{slug}.zip") as zf:
        names = zf.namelist()
    assert f"{slug}/index.html" in names and f"{slug}/protogen.json" in names
    assert all(n.startswith(f"{slug}/") and ".." not in n for n in names)
    bad = protogen("export", "no-such", "--gallery", str(gallery))
    assert bad.code == 1 and "No prototype" in bad.err


def test_source_date_epoch_makes_the_build_reproducible(protogen, gallery, env):
    assert protogen("new", HABIT, "--gallery", str(gallery)).code == 0
    fixed = {"SOURCE_DATE_EPOCH": "1795000000"}  # 18 Nov 2026
    assert protogen("gallery", "build", "--gallery", str(gallery), extra_env=fixed).code == 0
    first = (gallery / "index.html").read_bytes()
    assert b"As of 18 November 2026" in first
    again = protogen("gallery", "build", "--gallery", str(gallery), extra_env=fixed)
    assert again.code == 0 and "nothing to commit" in again.out
    assert (gallery / "index.html").read_bytes() == first


def test_a_new_month_links_its_neighbour(protogen, gallery, env):
    r = protogen("new", HABIT, "--gallery", str(gallery), "--json")
    path = gallery / "prototypes" / r.json["slug"] / "protogen.json"
    rec = json.loads(path.read_text())
    rec["created_at"] = "2025-01-15T10:00:00+00:00"  # an older month, by hand
    path.write_text(json.dumps(rec))
    git(gallery, "commit", "-qam", "backdate", env=env)
    assert protogen("gallery", "build", "--gallery", str(gallery)).code == 0
    old = (gallery / "site" / "months" / "2025-01.html").read_text()
    assert "→" not in old.split('aria-label="Other months"')[1].split("</nav>")[0].replace("←", "")
    r2 = protogen("new", "A recipe box for grandparents", "--gallery", str(gallery), "--json")
    month = datetime.now(UTC).strftime("%Y-%m")
    changed = git(gallery, "show", "--name-only", "--format=", "HEAD", env=env).split()
    assert f"site/months/{month}.html" in changed and "site/months/2025-01.html" in changed
    assert f'href="{month}.html"' in (gallery / "site" / "months" / "2025-01.html").read_text()
    assert r2.code == 0
