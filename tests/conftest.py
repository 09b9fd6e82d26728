"""Shared fixtures: every test runs protogen as a real process, against real git
repositories in temp dirs, with HOME, git's config and the caches pointed at tmp_path so
nothing leaks between tests or into the developer's machine."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

HABIT = (
    "A habit tracker for remote teams that nudges people in Slack when they skip their "
    "standup notes, and shows managers a weekly streak dashboard."
)
REPO_ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Run:
    code: int
    out: str
    err: str

    @property
    def json(self) -> dict:
        return json.loads(self.out.strip().splitlines()[-1])


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """A clean environment with a git identity (tests that need none remove it)."""
    home = tmp_path / "home"
    home.mkdir()
    gitconfig = home / ".gitconfig"
    gitconfig.write_text(
        "[user]\n\tname = Test User\n\temail = test@example.com\n[init]\n\tdefaultBranch = main\n"
    )
    e = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "PROTOGEN_", "OPENAI_"))}
    e.update(
        HOME=str(home),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
        XDG_STATE_HOME=str(tmp_path / "state"),
        GIT_CONFIG_GLOBAL=str(gitconfig),
        GIT_CONFIG_NOSYSTEM="1",
        PYTHONIOENCODING="utf-8",
        LC_ALL="C.UTF-8",
    )
    return e


@pytest.fixture(scope="session")
def app_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One XDG cache for the session: the apps' environment is built once and shared."""
    return tmp_path_factory.mktemp("app-cache")


@pytest.fixture(scope="session")
def app_python(app_cache: Path) -> Path:
    """The cached environment `protogen serve` builds (with pip, from the usual index)."""
    from protogen.render import load_template
    from protogen.serve import app_environment

    old = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(app_cache)
    try:
        project = next(load_template("app").path.glob("{{*"))
        return app_environment(project, lambda _: None)
    finally:
        if old is None:
            os.environ.pop("XDG_CACHE_HOME", None)
        else:
            os.environ["XDG_CACHE_HOME"] = old


@pytest.fixture
def gallery(tmp_path: Path) -> Path:
    return tmp_path / "gallery"


@pytest.fixture
def protogen(env: dict[str, str]) -> Callable[..., Run]:
    """Run ``python -m protogen ARGS`` and return its exit code and output."""

    def run(
        *args: str,
        input: str | bytes | None = None,
        extra_env: dict | None = None,
        timeout: float = 60,
        cwd: Path | None = None,
    ) -> Run:
        data = input.encode("utf-8") if isinstance(input, str) else input
        proc = subprocess.run(
            [sys.executable, "-m", "protogen", *args],
            input=data,
            capture_output=True,
            env={**env, **(extra_env or {})},
            timeout=timeout,
            cwd=cwd or env["HOME"],  # never the checkout: templates must come from the package
        )
        return Run(
            proc.returncode,
            proc.stdout.decode("utf-8", "replace"),
            proc.stderr.decode("utf-8", "replace"),
        )

    return run


def git(repo: Path, *args: str, env: dict[str, str] | None = None) -> str:
    return subprocess.run(
        ["git", "-C", str(repo), *args], capture_output=True, text=True, check=True, env=env
    ).stdout


def commit_count(repo: Path, env: dict[str, str]) -> int:
    try:
        return int(git(repo, "rev-list", "--count", "HEAD", env=env).strip())
    except subprocess.CalledProcessError:
        return 0


def tree_snapshot(root: Path) -> dict[str, bytes]:
    """Every file under ``root`` (outside .git) with its content."""
    if not root.exists():
        return {}
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and ".git" not in p.relative_to(root).parts
    }
