"""Atomic and concurrent: a failure or a kill leaves no half prototype and no commit."""

import os
import signal
import subprocess
import sys
import time

import pytest

from .conftest import HABIT, commit_count, git, tree_snapshot


def slow_filter(gallery, command="sleep 30; cat", pattern="*.html"):
    """A clean filter on ``pattern``: every `git add` of such a file runs ``command``.

    protogen does not run the gallery's hooks, but git runs the gallery's filters, so a
    filter is how a test keeps a git child of protogen alive (or makes it fail) on demand.
    """
    (gallery / ".git" / "info").mkdir(exist_ok=True)
    (gallery / ".git" / "info" / "attributes").write_text(f"{pattern} filter=testfilter\n")
    git(gallery, "config", "filter.testfilter.clean", command)
    git(gallery, "config", "filter.testfilter.required", "true")


def spawn_killable(idea, gallery, env):
    """Start `protogen new` in its own process group, so a kill takes its git children too."""
    return subprocess.Popen(
        [sys.executable, "-m", "protogen", "new", idea, "--gallery", str(gallery)],
        env=env,
        start_new_session=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def test_failed_commit_rolls_everything_back(protogen, gallery, env):
    assert protogen("new", HABIT, "--gallery", str(gallery)).code == 0
    slow_filter(gallery, "echo 'filter says no' >&2; exit 1")
    before, commits = tree_snapshot(gallery), commit_count(gallery, env)
    r = protogen("new", "A meal planner for night-shift nurses", "--gallery", str(gallery))
    assert r.code == 1 and "git add failed" in r.err and "Traceback" not in r.err
    assert len(r.err.strip().splitlines()) == 1
    assert tree_snapshot(gallery) == before
    assert commit_count(gallery, env) == commits
    (gallery / ".git" / "info" / "attributes").unlink()  # git status runs filters too
    assert git(gallery, "status", "--porcelain", env=env) == ""


def test_kill_during_commit_leaves_no_half_prototype_and_is_recovered(protogen, gallery, env):
    assert protogen("new", HABIT, "--gallery", str(gallery)).code == 0
    before, commits = tree_snapshot(gallery), commit_count(gallery, env)
    slow_filter(gallery)
    proc = spawn_killable("A quiz app for museum visitors", gallery, env)
    journal = gallery / ".git" / "protogen" / "journal.json"
    deadline = time.monotonic() + 30
    while not journal.exists() and time.monotonic() < deadline:
        time.sleep(0.02)
    time.sleep(0.3)  # well inside the filter's sleep: files moved, commit not made
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    # Whatever is on disk right after the kill is whole, never half a prototype.
    for folder in (gallery / "prototypes").iterdir():
        assert {p.name for p in folder.iterdir()} >= {"index.html", "README.md", "protogen.json"}
    assert commit_count(gallery, env) == commits
    (gallery / ".git" / "info" / "attributes").unlink()
    # The next run recovers: the uncommitted prototype and site changes are rolled back.
    r = protogen("gallery", "build", "--gallery", str(gallery))
    assert r.code == 0, r.err
    assert tree_snapshot(gallery) == before
    assert git(gallery, "status", "--porcelain", env=env) == ""
    assert not journal.exists()


def test_kill_at_any_moment_keeps_the_gallery_consistent(protogen, gallery, env):
    assert protogen("new", HABIT, "--gallery", str(gallery)).code == 0
    for delay in (0.05, 0.12, 0.2, 0.28, 0.36):
        proc = spawn_killable(f"A tool for beekeepers {delay}", gallery, env)
        time.sleep(delay)
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        assert protogen("gallery", "build", "--gallery", str(gallery)).code == 0
        assert git(gallery, "status", "--porcelain", env=env) == ""
        tracked = set(git(gallery, "ls-files", "prototypes", env=env).split())
        for folder in (gallery / "prototypes").iterdir():
            assert f"prototypes/{folder.name}/protogen.json" in tracked


@pytest.mark.parametrize("seeded", [False, True])
def test_concurrent_runs_all_land(protogen, gallery, env, seeded):
    if seeded:
        assert protogen("new", HABIT, "--gallery", str(gallery)).code == 0
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "protogen", "new", idea, "--gallery", str(gallery)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for idea in (
            "A chess coach for kids that explains every blunder",
            "A carpool planner for parents that balances driving turns",
            "A plant-care reminder for offices that tracks watering",
        )
    ]
    for p in procs:
        _, err = p.communicate(timeout=120)
        assert p.returncode == 0, err.decode()
    assert commit_count(gallery, env) == 3 + seeded
    site = (gallery / "index.html").read_text()
    slugs = [p.name for p in (gallery / "prototypes").iterdir()]
    assert len(slugs) == 3 + seeded and all(f"prototypes/{s}/" in site for s in slugs)
    assert git(gallery, "status", "--porcelain", env=env) == ""
