"""`protogen shoot` end to end, with the real headless Chromium: the images, the record,
the README, one commit, a clean gallery; without Chromium; a page that never finishes;
and protogen killed while Chromium is alive."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from protogen.screens import png_size, webp_size

from .conftest import HABIT, commit_count, git, tree_snapshot

CHROMIUM = "/usr/bin/chromium"
needs_chromium = [
    pytest.mark.browser,
    pytest.mark.skipif(not os.access(CHROMIUM, os.X_OK), reason=f"no Chromium at {CHROMIUM}"),
]
ENDLESS = "<!doctype html><title>x</title><h1>Stuck</h1><script>for(;;){}</script>\n"


def make(protogen, gallery, idea=HABIT, *args) -> str:
    r = protogen("new", idea, "--gallery", str(gallery), "--json", *args)
    assert r.code == 0, r.err
    return r.json["slug"]


def record(gallery: Path, slug: str) -> dict:
    return json.loads((gallery / "prototypes" / slug / "protogen.json").read_text())


def browsers_of(pid: int) -> list[int]:
    """Chromium processes started by the protogen process ``pid`` (their profile folder
    carries its pid), read from /proc."""
    marker = f"protogen-chromium-{pid}-".encode()
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if marker in (entry / "cmdline").read_bytes():
                    found.append(int(entry.name))
            except OSError:
                pass
    return found


def kill_all(pids: list[int]) -> None:
    for pid in pids:
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)


def commit_endless_page(gallery: Path, slug: str, env: dict) -> None:
    (gallery / "prototypes" / slug / "index.html").write_text(ENDLESS)
    git(gallery, "commit", "-qam", "A page that never loads", env=env)


def profiles() -> set[Path]:
    return set(Path("/tmp").glob("protogen-chromium-*"))


@pytest.mark.browser
@pytest.mark.skipif(not os.access(CHROMIUM, os.X_OK), reason=f"no Chromium at {CHROMIUM}")
def test_shoot_all_takes_real_screenshots_in_one_commit(protogen, gallery, env):
    en = make(protogen, gallery)
    ja = make(protogen, gallery, "チームの日報を自動でまとめるアプリ", "--palette", "midnight")
    app = make(protogen, gallery, "A tool for beekeepers", "--template", "app")
    before, folders = commit_count(gallery, env), profiles()
    start = time.monotonic()
    r = protogen("shoot", "--all", "--gallery", str(gallery), timeout=120)
    elapsed = time.monotonic() - start
    assert r.code == 0, r.err
    assert commit_count(gallery, env) == before + 1
    assert git(gallery, "log", "-1", "--format=%s", env=env).strip() == "Shoot prototypes: 3"
    assert git(gallery, "status", "--porcelain", env=env) == ""
    assert f"Shot {en}:" in r.out and f"Shot {ja}:" in r.out and f"{app}: an app" in r.out
    for slug in (en, ja):
        proto = gallery / "prototypes" / slug
        assert png_size((proto / "screens/desktop.png").read_bytes()) == (1280, 800)
        assert png_size((proto / "screens/phone.png").read_bytes()) == (390, 844)
        thumb = (proto / "screens/thumb.webp").read_bytes()
        assert webp_size(thumb) == (480, 300) and len(thumb) <= 30_000
        media = record(gallery, slug)["media"]
        assert media["thumbnail"] == "screens/thumb.webp"
        assert media["screens"] == {"desktop": "screens/desktop.png", "phone": "screens/phone.png"}
        assert media["shot"]["with"].startswith("Chromium ") and 0 < media["shot"]["seconds"] < 60
        assert media["shot"]["at"].startswith(time.strftime("%Y-", time.gmtime()))
        assert len(media["frames"]) == len(record(gallery, slug)["brief"]["scenes"])
        md = (proto / "README.md").read_text()
        screens = md.split("## Screens")[1]
        assert "](screens/desktop.png)" in screens and "](screens/phone.png)" in screens
        assert "with Chromium " in screens and f"protogen shoot {slug}" in screens
        assert md.count("## Screens") == 1 and "](screens/preview.svg)" not in md
        committed = git(gallery, "ls-tree", "-r", "--name-only", "HEAD", env=env)
        assert f"prototypes/{slug}/screens/thumb.webp" in committed
    assert record(gallery, app)["media"]["thumbnail"] == "screens/preview.svg"
    assert elapsed < 60
    assert profiles() <= folders  # the browser's profile is removed


@pytest.mark.browser
@pytest.mark.skipif(not os.access(CHROMIUM, os.X_OK), reason=f"no Chromium at {CHROMIUM}")
def test_new_with_shots_takes_them_in_the_same_commit(protogen, gallery, env):
    r = protogen("new", HABIT, "--gallery", str(gallery), "--shots", "--json", timeout=120)
    assert r.code == 0, r.err
    proto = gallery / "prototypes" / r.json["slug"]
    assert png_size((proto / "screens/desktop.png").read_bytes()) == (1280, 800)
    data = record(gallery, r.json["slug"])
    assert data["media"]["thumbnail"] == "screens/thumb.webp" and data["media"]["shot"]
    assert "shots" in data["timings"] and "shots" in r.json["timings"]
    assert "](screens/phone.png)" in (proto / "README.md").read_text()
    assert commit_count(gallery, env) == 1
    assert git(gallery, "status", "--porcelain", env=env) == ""


@pytest.mark.browser
@pytest.mark.skipif(not os.access(CHROMIUM, os.X_OK), reason=f"no Chromium at {CHROMIUM}")
def test_shoot_one_and_keep_the_users_uncommitted_edits(protogen, gallery, env):
    slug = make(protogen, gallery)
    other = make(protogen, gallery, "A tool for beekeepers")
    readme = gallery / "prototypes" / slug / "README.md"
    readme.write_text(readme.read_text() + "\nMy own note, not committed.\n")
    before = commit_count(gallery, env)
    r = protogen("shoot", slug, "--gallery", str(gallery), timeout=120)
    assert r.code == 0, r.err
    assert commit_count(gallery, env) == before + 1
    name = record(gallery, slug)["brief"]["name"]
    assert git(gallery, "log", "-1", "--format=%s", env=env).strip() == f"Shoot prototype: {name}"
    # the commit has the screens section but not the note; the note stays, uncommitted
    head = git(gallery, "show", f"HEAD:prototypes/{slug}/README.md", env=env)
    assert "](screens/desktop.png)" in head and "My own note" not in head
    assert "My own note" in readme.read_text() and "](screens/desktop.png)" in readme.read_text()
    assert git(gallery, "status", "--porcelain", env=env).split() == [
        "M",
        f"prototypes/{slug}/README.md",
    ]
    assert not (gallery / "prototypes" / other / "screens" / "desktop.png").exists()


@pytest.mark.browser
@pytest.mark.skipif(not os.access(CHROMIUM, os.X_OK), reason=f"no Chromium at {CHROMIUM}")
def test_no_commit_and_drafts_stay_on_disk(protogen, gallery, env):
    slug = make(protogen, gallery)
    draft = make(protogen, gallery, "A tool for beekeepers", "--no-commit")
    before = commit_count(gallery, env)
    r = protogen("shoot", slug, "--gallery", str(gallery), "--no-commit", timeout=120)
    assert r.code == 0, r.err
    assert "not committed" in r.out
    assert commit_count(gallery, env) == before
    assert (gallery / "prototypes" / slug / "screens" / "desktop.png").is_file()
    r = protogen("shoot", draft, "--gallery", str(gallery), timeout=120)
    assert r.code == 0, r.err
    assert (gallery / "prototypes" / draft / "screens" / "desktop.png").is_file()
    tree = git(gallery, "ls-tree", "-r", "--name-only", "HEAD", env=env)
    assert f"prototypes/{draft}/" not in tree  # a draft's pictures are not committed


def test_without_chromium_previews_and_one_notice(protogen, gallery, env, tmp_path):
    a = make(protogen, gallery)
    b = make(protogen, gallery, "A tool for beekeepers")
    # an older prototype, made before protogen drew pictures
    proto = gallery / "prototypes" / b
    for path in (*proto.glob("storyboard/*"), *proto.glob("screens/*")):
        path.unlink()
    data = record(gallery, b)
    del data["media"]
    (proto / "protogen.json").write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    readme = proto / "README.md"
    text = readme.read_text()
    cut = text.index("<!-- protogen:frames -->")
    readme.write_text(text[:cut] + "(old scene list)\n")
    git(gallery, "add", "-A", env=env)
    git(gallery, "commit", "-qm", "An old prototype", env=env)
    bin_dir = tmp_path / "bin-without-chromium"  # git, and nothing else
    bin_dir.mkdir()
    (bin_dir / "git").symlink_to(shutil.which("git"))
    path_env = {"PATH": str(bin_dir), "PROTOGEN_CHROMIUM": str(tmp_path / "no")}
    r = protogen("shoot", "--all", "--gallery", str(gallery), extra_env=path_env, timeout=120)
    assert r.code == 0, r.err
    assert r.err.count("no screenshots") == 1 and "PROTOGEN_CHROMIUM" in r.err
    for slug in (a, b):
        media = record(gallery, slug)["media"]
        assert media["thumbnail"] == "screens/preview.svg" and media["shot"] is None
        assert (gallery / "prototypes" / slug / "screens" / "preview.svg").is_file()
    assert (proto / "storyboard" / "frame-1.svg").is_file()
    md = readme.read_text()
    assert "(old scene list)" in md and "](storyboard/frame-1.svg)" in md and "## Screens" in md
    assert git(gallery, "status", "--porcelain", env=env) == ""


def test_a_browser_that_does_not_start_is_said_once(protogen, gallery, tmp_path):
    make(protogen, gallery)
    make(protogen, gallery, "A tool for beekeepers")
    fake = tmp_path / "fake-chromium"
    fake.write_text("#!/bin/sh\necho 'not a browser' >&2\nexit 3\n")
    fake.chmod(0o755)
    r = protogen(
        "shoot", "--all", "--gallery", str(gallery), extra_env={"PROTOGEN_CHROMIUM": str(fake)}
    )
    assert r.code == 0, r.err
    assert r.err.count("did not start as Chromium") == 1 and "not a browser" in r.err


def test_bad_arguments_and_broken_prototypes(protogen, gallery, env):
    good = make(protogen, gallery)
    broken = gallery / "prototypes" / "broken"
    broken.mkdir()
    (broken / "protogen.json").write_text("{not json")
    r = protogen("shoot", "--gallery", str(gallery))
    assert r.code == 1 and "or use --all" in r.err
    r = protogen("shoot", "nope", "--gallery", str(gallery))
    assert r.code == 1 and "No prototype 'nope'" in r.err and "Traceback" not in r.err
    r = protogen("shoot", "../etc", "--gallery", str(gallery))
    assert r.code == 1 and "Traceback" not in r.err
    env_off = {"PROTOGEN_CHROMIUM": "/nonexistent/chromium"}
    r = protogen("shoot", "--all", "--gallery", str(gallery), extra_env=env_off)
    assert r.code == 1
    errors = [line for line in r.err.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1 and errors[0].startswith("Error: broken: no readable protogen.json")
    assert good not in r.err and "Traceback" not in r.err
    assert record(gallery, good)["media"]["thumbnail"] == "screens/preview.svg"
    gallery.joinpath("protogen.toml").write_text("shot_timeout = 0\n")
    r = protogen("shoot", good, "--gallery", str(gallery))
    assert r.code == 1 and "between 1 and 600" in r.err


@pytest.mark.browser
@pytest.mark.skipif(not os.access(CHROMIUM, os.X_OK), reason=f"no Chromium at {CHROMIUM}")
def test_a_page_that_never_finishes_is_given_up_within_the_bound(protogen, gallery, env):
    stuck = make(protogen, gallery)
    good = make(protogen, gallery, "A tool for beekeepers")
    commit_endless_page(gallery, stuck, env)
    start = time.monotonic()
    r = protogen("shoot", "--all", "--gallery", str(gallery), "--timeout", "3", timeout=60)
    elapsed = time.monotonic() - start
    assert r.code == 1
    assert f"Error: {stuck}: the page did not finish loading" in r.err and "3 s" in r.err
    assert f"Shot {good}:" in r.out  # the next prototype gets a fresh browser
    assert elapsed < 3 + 12  # the bound, plus starting protogen and two browsers
    assert record(gallery, stuck)["media"]["thumbnail"] == "screens/preview.svg"
    assert record(gallery, good)["media"]["thumbnail"] == "screens/thumb.webp"
    assert git(gallery, "status", "--porcelain", env=env) == ""


@pytest.mark.browser
@pytest.mark.skipif(not os.access(CHROMIUM, os.X_OK), reason=f"no Chromium at {CHROMIUM}")
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL], ids=["term", "kill"])
def test_killed_while_chromium_is_alive(protogen, gallery, env, sig):
    slug = make(protogen, gallery)
    commit_endless_page(gallery, slug, env)
    head = git(gallery, "rev-parse", "HEAD", env=env)
    files = tree_snapshot(gallery)
    proc = subprocess.Popen(
        [sys.executable, "-m", "protogen", "shoot", "--all", "--gallery", str(gallery)],
        env={**env, "PROTOGEN_SHOT_TIMEOUT": "60"},
        cwd=env["HOME"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    left: list[int] = []
    try:
        deadline = time.monotonic() + 30
        while len(browsers_of(proc.pid)) < 3 and time.monotonic() < deadline:
            assert proc.poll() is None, proc.communicate()
            time.sleep(0.1)
        assert len(browsers_of(proc.pid)) >= 3  # browser, zygotes, the stuck renderer
        time.sleep(0.5)
        proc.send_signal(sig)
        proc.wait(timeout=20)
        assert proc.returncode == (143 if sig == signal.SIGTERM else -9)
        deadline = time.monotonic() + 10
        while browsers_of(proc.pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        left = browsers_of(proc.pid)
        assert not left, "Chromium outlived protogen"
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        kill_all(browsers_of(proc.pid) or left)
        proc.stdout.close()  # type: ignore[union-attr]
        proc.stderr.close()  # type: ignore[union-attr]
    assert git(gallery, "rev-parse", "HEAD", env=env) == head
    assert tree_snapshot(gallery) == files
    assert git(gallery, "status", "--porcelain", env=env) == ""
    if sig == signal.SIGKILL:  # its profile folder is swept by the next run
        stale = list(Path("/tmp").glob(f"protogen-chromium-{proc.pid}-*"))
        assert stale
        (gallery / "prototypes" / slug / "index.html").write_text("<!doctype html><p>ok\n")
        r = protogen("shoot", slug, "--gallery", str(gallery), timeout=120)
        assert r.code == 0, r.err
        assert not list(Path("/tmp").glob(f"protogen-chromium-{proc.pid}-*"))


@pytest.mark.browser
@pytest.mark.skipif(not os.access(CHROMIUM, os.X_OK), reason=f"no Chromium at {CHROMIUM}")
def test_an_app_is_started_photographed_and_stopped(protogen, gallery, env, app_cache, app_python):
    """An app prototype is captured running (its environment already built), and its
    process group is gone afterwards; before its environment exists it gets the preview."""
    r = protogen("new", "Uber for dog walking", "--template", "app", "--gallery", str(gallery))
    assert r.code == 0, r.err
    slug = next((gallery / "prototypes").iterdir()).name
    bare = protogen("shoot", slug, "--gallery", str(gallery))
    assert bare.code == 0 and f"protogen serve {slug}" in bare.out + bare.err
    assert not (gallery / "prototypes" / slug / "screens" / "desktop.png").exists()
    shared = {"XDG_CACHE_HOME": str(app_cache)}  # where app_python's environment lives
    r = protogen("shoot", slug, "--gallery", str(gallery), extra_env=shared, timeout=120)
    assert r.code == 0, r.out + r.err
    shots = gallery / "prototypes" / slug / "screens"
    assert png_size((shots / "desktop.png").read_bytes()) == (1280, 800)
    assert png_size((shots / "phone.png").read_bytes()) == (390, 844)
    record = json.loads((gallery / "prototypes" / slug / "protogen.json").read_text())
    assert record["media"]["screens"]["desktop"] == "screens/desktop.png"
    project = str((gallery / "prototypes" / slug).resolve())
    left = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        with contextlib.suppress(OSError):
            if os.readlink(f"/proc/{pid}/cwd") == project:
                left.append(pid)
    assert left == []  # the app ran in the prototype's folder, and is gone
    assert git(gallery, "status", "--porcelain", env=env) == ""
