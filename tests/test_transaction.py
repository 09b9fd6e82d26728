"""The gallery transaction as a library: every kind of file change, against real git."""

from __future__ import annotations

import os

import pytest

from protogen.errors import GalleryError
from protogen.gallery import Gallery
from protogen.stamp import Ensure, Region, Remove, stamp_html

from .conftest import git


@pytest.fixture
def repo(tmp_path, env, monkeypatch):
    # git reads its config from the environment: point it at the test's identity
    for key in ("HOME", "GIT_CONFIG_GLOBAL", "GIT_CONFIG_NOSYSTEM", "XDG_CACHE_HOME"):
        monkeypatch.setenv(key, env[key])
    return Gallery.open(tmp_path / "g")


def change(g, message, committed, working=None, commit=True):
    with g.transaction(message, commit=commit) as tx:
        tx.write_files(committed, working)
    return tx.result


def test_text_bytes_region_ensure_and_remove(repo, env):
    g = repo
    png = bytes(range(256))
    r = change(
        g,
        "first",
        {
            "site/a.html": stamp_html("<p>a</p>\n"),
            "site/shot.png": png,
            "NOTES.md": Region("generated"),
            ".nojekyll": Ensure(""),
        },
    )
    assert r.sha and (g.root / "site/shot.png").read_bytes() == png
    assert git(g.root, "cat-file", "-s", "HEAD:site/shot.png", env=env).strip() == "256"
    assert set(git(g.root, "ls-files", env=env).split()) == {
        "site/a.html",
        "site/shot.png",
        "NOTES.md",
        ".nojekyll",
    }
    r = change(g, "second", {"site/a.html": Remove(), "NOTES.md": Region("generated 2")})
    assert r.sha and not (g.root / "site/a.html").exists()
    assert "site/a.html" not in git(g.root, "ls-files", env=env).split()
    assert "generated 2" in (g.root / "NOTES.md").read_text()
    assert git(g.root, "status", "--porcelain", env=env) == ""
    # nothing changed: no commit
    assert change(g, "third", {"NOTES.md": Region("generated 2")}).sha is None


def test_working_only_file_is_written_but_not_committed(repo, env):
    g = repo
    change(g, "first", {"index.html": stamp_html("<p>1</p>\n")})
    r = change(
        g,
        "draft page",
        {"index.html": stamp_html("<p>2</p>\n"), "site/draft.html": None},
        {"index.html": stamp_html("<p>2 + draft</p>\n"), "site/draft.html": stamp_html("d\n")},
    )
    assert r.sha
    assert git(g.root, "show", "HEAD:index.html", env=env).startswith("<p>2</p>\n<!--")
    assert (g.root / "index.html").read_text().startswith("<p>2 + draft</p>\n<!--")
    assert (g.root / "site/draft.html").exists()
    assert "site/draft.html" not in git(g.root, "ls-files", env=env)


def test_failure_inside_the_block_changes_nothing(repo, env):
    g = repo
    change(g, "first", {"index.html": stamp_html("<p>1</p>\n")})
    head = git(g.root, "rev-parse", "HEAD", env=env)
    with pytest.raises(RuntimeError), g.transaction("x") as tx:
        staged = tx.tmp_dir() / "p"
        staged.mkdir()
        (staged / "f.txt").write_text("x")
        tx.add_dir("prototypes/p", staged)
        raise RuntimeError("boom")
    assert git(g.root, "rev-parse", "HEAD", env=env) == head
    assert not (g.root / "prototypes").exists()
    assert not list((g.git_dir / "protogen" / "tmp").iterdir())


def test_an_unmarked_page_is_never_overwritten(repo, env):
    (repo.root / "page.html").write_text("<p>mine</p>\n")
    with pytest.raises(GalleryError, match="changed by hand"):
        change(repo, "x", {"page.html": stamp_html("<p>ours</p>\n")})
    assert (repo.root / "page.html").read_text() == "<p>mine</p>\n"


def test_unsafe_paths_are_refused(repo):
    with pytest.raises(GalleryError), repo.transaction("x") as tx:
        tx.write_files({"../escape.txt": "x"})
    with pytest.raises(GalleryError), repo.transaction("x") as tx:
        tx.write_files({".git/config": "x"})


def test_replace_and_remove_dirs_keep_history(repo, env):
    g = repo
    with g.transaction("add") as tx:
        staged = tx.tmp_dir() / "p"
        staged.mkdir()
        (staged / "a.txt").write_text("one")
        (staged / "b.txt").write_text("bee")
        tx.add_dir("prototypes/p", staged)
    with g.transaction("replace") as tx:
        staged = tx.tmp_dir() / "p"
        staged.mkdir()
        (staged / "a.txt").write_text("two")
        tx.replace_dir("prototypes/p", staged)
    assert sorted(os.listdir(g.root / "prototypes/p")) == ["a.txt"]
    assert git(g.root, "ls-files", env=env).split() == ["prototypes/p/a.txt"]
    with g.transaction("remove") as tx:
        tx.remove_dir("prototypes/p")
    assert not (g.root / "prototypes/p").exists()
    assert git(g.root, "ls-files", env=env) == ""
    log = git(g.root, "log", "--format=%s", env=env).splitlines()
    assert log == ["remove", "replace", "add"]
    assert git(g.root, "status", "--porcelain", env=env) == ""
