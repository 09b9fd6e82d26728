"""Nothing lost: the gallery under kills with live git children, foreign git locks,
hand edits, a detached HEAD, racing first runs and --no-commit (issue 7, items 1-6).

Everything here is real: git repositories in tmp_path, protogen as a process, SIGKILL
sent to protogen alone while its git child (and the filter git runs) is still alive.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import HABIT, commit_count, git, tree_snapshot
from .test_atomic import slow_filter


def new(protogen, gallery, idea, *args, **kw):
    return protogen("new", idea, "--gallery", str(gallery), *args, **kw)


def spawn(idea, gallery, env, *args):
    """protogen new as a plain child: a kill of its PID leaves its git children alive."""
    return subprocess.Popen(
        [sys.executable, "-m", "protogen", "new", idea, "--gallery", str(gallery), *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def assert_whole(gallery: Path, env: dict) -> None:
    """The gallery is consistent: clean status, every prototype on disk committed, the
    site files present, and no commit ever dropped a file."""
    assert git(gallery, "status", "--porcelain", env=env) == ""
    tracked = set(git(gallery, "ls-files", env=env).split())
    assert {"index.html", "README.md", ".nojekyll"} <= tracked
    for folder in (gallery / "prototypes").iterdir():
        for name in ("index.html", "README.md", "protogen.json"):
            assert f"prototypes/{folder.name}/{name}" in tracked
    deletions = git(gallery, "log", "--diff-filter=D", "--name-only", "--format=%h", env=env)
    assert deletions.strip() == "", deletions
    head_site = git(gallery, "show", "HEAD:index.html", env=env)
    for slug in re.findall(r'href="prototypes/([^/"]+)/', head_site):
        assert f"prototypes/{slug}/protogen.json" in tracked


def marked_processes(gallery: Path) -> list[int]:
    """Live processes protogen started in ``gallery``: git children (and the filters
    they run) carry PROTOGEN_RUN in their environment and work in the gallery."""
    found = []
    root = str(gallery.resolve())
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                data = Path(f"/proc/{entry}/environ").read_bytes()
                cwd = os.readlink(f"/proc/{entry}/cwd")
            except OSError:
                continue
            if b"PROTOGEN_RUN=" in data and cwd == root:
                found.append(int(entry))
    return found


# -- 1. a kill during the commit, then an immediate next run ---------------------------
def test_issue_repro_slow_hook_kill_then_next_run_loses_nothing(protogen, gallery, env):
    """The issue's exact steps: a slow pre-commit hook, kill -9 of protogen at 0.6 s,
    then the next run at once. protogen does not run hooks; nothing may be lost."""
    assert new(protogen, gallery, "seed: a tool for bakers").code == 0
    hook = gallery / ".git" / "hooks" / "pre-commit"
    hook.write_text("#!/bin/sh\nsleep 2\n")
    hook.chmod(0o755)
    p = spawn("a tool for plumbers", gallery, env)
    time.sleep(0.6)
    p.kill()
    p.wait()
    r = new(protogen, gallery, "a tool for painters")
    assert r.code == 0, r.err
    assert_whole(gallery, env)


def test_kill_while_git_child_alive_then_immediate_next_run(protogen, gallery, env):
    """SIGKILL protogen alone while its `git add` (and the filter it runs) is alive. The
    next run must wait for that orphan instead of removing locks under it, then undo the
    killed change, then land its own. Nothing is lost; no commit drops a file."""
    assert new(protogen, gallery, HABIT).code == 0
    assert new(protogen, gallery, "A recipe box for grandparents").code == 0
    before = set(git(gallery, "ls-files", env=env).split())
    slow_filter(gallery, "sleep 1; cat")
    p = spawn("a tool for plumbers", gallery, env)
    journal = gallery / ".git" / "protogen" / "journal.json"
    deadline = time.monotonic() + 30
    while not marked_processes(gallery) and time.monotonic() < deadline:
        time.sleep(0.01)
    assert journal.exists()
    p.kill()  # protogen only: its git child and the filter live on
    p.wait()
    orphans = marked_processes(gallery)
    assert orphans, "the git child should outlive protogen for this test to mean anything"
    r = new(protogen, gallery, "a tool for painters")
    assert r.code == 0, r.err
    assert not [pid for pid in orphans if Path(f"/proc/{pid}").exists()]
    (gallery / ".git" / "info" / "attributes").unlink()
    assert_whole(gallery, env)
    after = set(git(gallery, "ls-files", env=env).split())
    assert before <= after
    names = [p.name for p in (gallery / "prototypes").iterdir()]
    assert len(names) == 3 and not any("plumber" in n for n in names)
    assert not journal.exists()


def test_sigterm_rolls_back_at_once(protogen, gallery, env):
    assert new(protogen, gallery, HABIT).code == 0
    before, commits = tree_snapshot(gallery), commit_count(gallery, env)
    slow_filter(gallery, "sleep 2; cat")
    p = spawn("a tool for plumbers", gallery, env)
    deadline = time.monotonic() + 30
    while not marked_processes(gallery) and time.monotonic() < deadline:
        time.sleep(0.01)
    p.send_signal(signal.SIGTERM)
    _, err = p.communicate(timeout=30)
    assert p.returncode == 128 + signal.SIGTERM and b"Traceback" not in err
    # rolled back by the run itself, not left for the next one
    assert not (gallery / ".git" / "protogen" / "journal.json").exists()
    assert tree_snapshot(gallery) == before and commit_count(gallery, env) == commits


def test_commit_never_drops_files_it_did_not_mean_to(protogen, gallery, env):
    """A stale cache of the last tree (here: emptied on purpose) would make the commit
    delete the gallery; the guard refuses and changes nothing."""
    assert new(protogen, gallery, HABIT).code == 0
    state = gallery / ".git" / "protogen"
    git(gallery, "read-tree", "--empty", env={**env, "GIT_INDEX_FILE": str(state / "last-index")})
    before, commits = tree_snapshot(gallery), commit_count(gallery, env)
    r = new(protogen, gallery, "A recipe box for grandparents")
    assert r.code == 1 and "would also have changed" in r.err and "nothing was changed" in r.err
    assert tree_snapshot(gallery) == before and commit_count(gallery, env) == commits
    assert git(gallery, "status", "--porcelain", env=env) == ""


def test_a_user_commit_between_runs_is_kept(protogen, gallery, env):
    assert new(protogen, gallery, HABIT).code == 0
    (gallery / "notes.md").write_text("my notes\n")
    git(gallery, "add", "notes.md", env=env)
    git(gallery, "commit", "-qm", "notes", env=env)
    assert new(protogen, gallery, "A recipe box for grandparents").code == 0
    assert "notes.md" in git(gallery, "ls-files", env=env).split()
    assert_whole(gallery, env)


# -- 2. another process's git lock ------------------------------------------------------
@pytest.mark.parametrize("lock", ["index.lock", "refs/heads/main.lock"])
def test_foreign_git_lock_is_waited_for_then_reported_never_removed(protogen, gallery, env, lock):
    assert new(protogen, gallery, HABIT).code == 0
    held = gallery / ".git" / lock
    held.write_text("held")
    old = time.time() - 5
    os.utime(held, (old, old))  # the issue's 5-second-old lock
    before, commits = tree_snapshot(gallery), commit_count(gallery, env)
    t0 = time.monotonic()
    r = new(protogen, gallery, "A recipe box", extra_env={"PROTOGEN_GIT_LOCK_WAIT": "1"})
    assert r.code == 1 and "Traceback" not in r.err and len(r.err.strip().splitlines()) == 1
    assert str(held) in r.err and "changed nothing" in r.err and "remove that file" in r.err
    assert time.monotonic() - t0 >= 1.0
    assert held.read_text() == "held"  # never removed
    assert tree_snapshot(gallery) == before and commit_count(gallery, env) == commits
    held.unlink()
    assert git(gallery, "status", "--porcelain", env=env) == ""


def test_foreign_lock_released_during_the_wait(protogen, gallery, env):
    assert new(protogen, gallery, HABIT).code == 0
    held = gallery / ".git" / "index.lock"
    held.write_text("held")
    p = spawn("A recipe box for grandparents", gallery, env)
    time.sleep(0.8)
    assert p.poll() is None  # still waiting
    held.unlink()
    _, err = p.communicate(timeout=30)
    assert p.returncode == 0, err.decode()
    assert_whole(gallery, env)


# -- 3. the user's own edits ----------------------------------------------------------
def test_readme_text_outside_protogens_region_is_kept_and_never_committed(protogen, gallery, env):
    assert new(protogen, gallery, HABIT).code == 0
    readme = gallery / "README.md"
    mine = "# My portfolio\n\nPrototypes I made for the Q3 planning week.\n\n"
    readme.write_text(mine + readme.read_text() + "\nContact: me@example.com\n")
    git(gallery, "add", "README.md", env=env)  # staged, on purpose
    r = new(protogen, gallery, "A recipe box for grandparents")
    assert r.code == 0, r.err
    text = readme.read_text()
    assert text.startswith(mine) and text.endswith("\nContact: me@example.com\n")
    assert "RecipeBox" in text or "recipe" in text.lower()
    committed = git(gallery, "show", "HEAD:README.md", env=env)
    assert "My portfolio" not in committed  # what the user staged is not in our commit
    status = git(gallery, "status", "--porcelain", env=env)
    assert status == "M  README.md\n"  # still staged, as the user left it
    staged = git(gallery, "show", ":README.md", env=env)
    assert staged == text  # ...with protogen's new region in it


def test_edit_inside_the_region_is_refused(protogen, gallery, env):
    assert new(protogen, gallery, HABIT).code == 0
    readme = gallery / "README.md"
    text = readme.read_text()
    assert " in all" in text
    readme.write_text(text.replace(" in all", " in total", 1))
    before, commits = tree_snapshot(gallery), commit_count(gallery, env)
    r = new(protogen, gallery, "A recipe box for grandparents")
    assert r.code == 1 and "edited by hand" in r.err and "above or below" in r.err
    assert tree_snapshot(gallery) == before and commit_count(gallery, env) == commits


@pytest.mark.parametrize("how", ["unstaged", "staged", "committed"])
def test_hand_edited_index_html_is_never_overwritten(protogen, gallery, env, how):
    assert new(protogen, gallery, HABIT).code == 0
    page = gallery / "index.html"
    page.write_text(page.read_text().replace("</h1>", " (my edit)</h1>", 1))
    if how != "unstaged":
        git(gallery, "add", "index.html", env=env)
    if how == "committed":
        git(gallery, "commit", "-qm", "my edit", env=env)
    before, commits = tree_snapshot(gallery), commit_count(gallery, env)
    r = new(protogen, gallery, "A recipe box for grandparents")
    assert r.code == 1 and "changed by hand" in r.err and "git checkout -- index.html" in r.err
    assert tree_snapshot(gallery) == before and commit_count(gallery, env) == commits
    assert "(my edit)" in page.read_text()


def test_staged_nojekyll_change_is_not_committed(protogen, gallery, env):
    assert new(protogen, gallery, HABIT).code == 0
    (gallery / ".nojekyll").write_text("mine\n")
    git(gallery, "add", ".nojekyll", env=env)
    (gallery / "draft.txt").write_text("draft\n")
    git(gallery, "add", "draft.txt", env=env)
    assert new(protogen, gallery, "A recipe box for grandparents").code == 0
    changed = git(gallery, "show", "--name-only", "--format=", "HEAD", env=env).split()
    assert ".nojekyll" not in changed and "draft.txt" not in changed
    assert git(gallery, "show", "HEAD:.nojekyll", env=env) == ""
    status = git(gallery, "status", "--porcelain", env=env).splitlines()
    assert sorted(status) == ["A  draft.txt", "M  .nojekyll"]


# -- 4. detached HEAD ---------------------------------------------------------------------
def test_detached_head_is_refused_and_names_the_branch(protogen, gallery, env):
    assert new(protogen, gallery, HABIT).code == 0
    git(gallery, "checkout", "-q", "--detach", env=env)
    before, head = tree_snapshot(gallery), git(gallery, "rev-parse", "HEAD", env=env)
    r = new(protogen, gallery, "A recipe box for grandparents")
    assert r.code == 1 and "detached HEAD" in r.err and "switch main" in r.err
    assert len(r.err.strip().splitlines()) == 1
    assert tree_snapshot(gallery) == before and git(gallery, "rev-parse", "HEAD", env=env) == head


# -- 5. first runs -----------------------------------------------------------------------
def test_an_empty_dot_git_folder_becomes_a_gallery(protogen, tmp_path, env):
    g = tmp_path / "X"
    (g / ".git").mkdir(parents=True)
    r = new(protogen, g, HABIT)
    assert r.code == 0, r.err
    assert commit_count(g, env) == 1


def test_twenty_concurrent_first_runs_all_land(tmp_path, env):
    g = tmp_path / "fresh" / "gallery"
    procs = [spawn(f"A tool for beekeepers number {i}", g, env) for i in range(20)]
    errors = []
    for p in procs:
        _, err = p.communicate(timeout=300)
        if p.returncode:
            errors.append(err.decode())
    assert not errors, errors[:3]
    assert commit_count(g, env) == 20
    assert len(list((g / "prototypes").iterdir())) == 20
    assert_whole(g, env)


# -- 6. --no-commit, then new -------------------------------------------------------------
def test_committed_site_matches_committed_prototypes(protogen, gallery, env):
    assert new(protogen, gallery, HABIT).code == 0
    draft = new(protogen, gallery, "A recipe box for grandparents", "--no-commit", "--json")
    draft_slug = draft.json["slug"]
    assert new(protogen, gallery, "A quiz app for museum visitors").code == 0
    committed = git(gallery, "show", "HEAD:index.html", env=env)
    assert f"prototypes/{draft_slug}/" not in committed  # no dead link once published
    assert f"prototypes/{draft_slug}/" in (gallery / "index.html").read_text()  # shown locally
    assert f"prototypes/{draft_slug}/" not in git(gallery, "show", "HEAD:README.md", env=env)
    tracked = set(git(gallery, "ls-files", env=env).split())
    for slug in re.findall(r'href="prototypes/([^/"]+)/', committed):
        assert f"prototypes/{slug}/protogen.json" in tracked
    # the draft is still there, uncommitted, and the next build keeps the two apart
    assert f"?? prototypes/{draft_slug}/" in git(gallery, "status", "--porcelain", env=env)
    assert protogen("gallery", "build", "--gallery", str(gallery)).code == 0
    assert f"prototypes/{draft_slug}/" not in git(gallery, "show", "HEAD:index.html", env=env)


# -- 21, 22. output for scripts -----------------------------------------------------------
def test_json_output_is_pipeable(protogen, gallery):
    r = new(protogen, gallery, HABIT, "--json")
    assert r.code == 0
    proc = subprocess.run(
        [sys.executable, "-c", "import json,sys; print(json.load(sys.stdin)['slug'])"],
        input=r.out,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0 and proc.stdout.strip() == r.json["slug"]
    assert "Made" in r.err


@pytest.mark.parametrize(
    ("idea", "reader"),
    [
        (HABIT, "english"),
        ("Una app de salud para personas con diabetes que registra las comidas.", "iberian"),
        ("Um aplicativo para pequenos restaurantes que controla o estoque.", "iberian"),
        ("Une appli pour les boulangeries qui prévoit la demande du lendemain.", "french"),
        ("Eine App für Hundebesitzer, die zuverlässige Gassigeher in der Nähe findet.", "german"),
        ("小さなパン屋向けに、天気と売上から翌日の需要を予測するアプリ。", "japanese"),
        ("一个帮助小餐馆根据天气预测每天需要准备多少食材的应用。", "chinese"),
    ],
    ids=["en", "es", "pt", "fr", "de", "ja", "zh"],
)
def test_offline_new_imports_neither_openai_nor_pydantic(protogen, gallery, env, idea, reader):
    """In every language the offline writer speaks, ``new`` runs its reader and grammar
    without the LLM SDK, pydantic, GitPython or filelock."""
    r = protogen("new", idea, "--gallery", str(gallery), extra_env={"PYTHONPROFILEIMPORTTIME": "1"})
    assert r.code == 0, r.err[-2000:]
    imported = {line.rsplit("|", 1)[-1].strip() for line in r.err.splitlines() if "|" in line}
    assert "protogen.gallery.transaction" in imported  # the measurement saw the whole run
    assert f"protogen.writers.offline.{reader}" in imported  # the new writer wrote it
    assert not {m for m in imported if m.split(".")[0] in ("openai", "pydantic", "git", "filelock")}


# -- a kill at every moment of a change ---------------------------------------------------
@pytest.mark.parametrize(
    "point, lands",
    [
        ("journal-written", False),
        ("applied", False),
        ("commit-written", False),  # the commit object exists, the branch has not moved
        ("branch-moved", True),  # the branch moved; the user's index not yet in place
        ("index-replaced", True),
    ],
)
def test_kill_at_each_moment_settles_to_before_or_after(protogen, gallery, env, point, lands):
    env["SOURCE_DATE_EPOCH"] = "1795000000"  # the site's "as of" date: the same for every run
    assert new(protogen, gallery, HABIT).code == 0
    (gallery / "mine.txt").write_text("untracked and mine\n")
    before, commits = tree_snapshot(gallery), commit_count(gallery, env)
    p = subprocess.Popen(
        [sys.executable, "-m", "protogen", "new", "A recipe box", "--gallery", str(gallery)],
        env={**env, "PROTOGEN_FAILPOINT": point},
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
    )
    try:
        line = p.stderr.readline().decode()
        assert f"failpoint {point}" in line, line
    finally:
        p.kill()
        p.wait()
    # Nothing else runs first: `list` reads, `gallery build` settles the killed change.
    r = protogen("gallery", "build", "--gallery", str(gallery))
    assert r.code == 0, r.err
    assert (gallery / "mine.txt").read_text() == "untracked and mine\n"
    assert git(gallery, "status", "--porcelain", env=env) == "?? mine.txt\n"
    if lands:
        assert commit_count(gallery, env) == commits + 1
        assert len(list((gallery / "prototypes").iterdir())) == 2
    else:
        assert commit_count(gallery, env) == commits
        assert tree_snapshot(gallery) == before
    assert not (gallery / ".git" / "index.lock").exists()
    assert not list((gallery / ".git" / "protogen").glob("txn-*"))
