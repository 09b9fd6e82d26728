"""What the openai-writer tests share: a Brief a model could send, and the checks that a
failed run left nothing behind (no commit, no file, no remembered reply format, no key)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from protogen.idea import normalise_idea
from protogen.writers.offline import OfflineWriter

from .conftest import HABIT, Run, commit_count, tree_snapshot

KEY = "sk-test-SECRET-0123456789abcdef"


def brief_dict(**changes) -> dict:
    brief = OfflineWriter().write(normalise_idea(HABIT), tone="friendly").brief
    brief.pop("tone")
    brief.update({"name": "Streakly", "tagline": "Standups that never slip", **changes})
    return brief


def brief_json(**changes) -> str:
    return json.dumps(brief_dict(**changes), ensure_ascii=False)


def llm_env(fake, **extra) -> dict[str, str]:
    return {
        "OPENAI_BASE_URL": fake.url,
        "OPENAI_API_KEY": KEY,
        "PROTOGEN_MODEL": "fake-model",
        **extra,
    }


def errors(r: Run) -> list[str]:
    """stderr without the writer's status lines ("protogen: Writing the copy ...")."""
    return [line for line in r.err.splitlines() if line and not line.startswith("protogen: ")]


def record(gallery: Path, result: Run) -> dict:
    return json.loads((gallery / "prototypes" / result.json["slug"] / "protogen.json").read_text())


def mode_cache(env: dict[str, str]) -> dict:
    """The remembered reply formats (``llm-modes.json`` under the test's XDG_CACHE_HOME)."""
    path = Path(env["XDG_CACHE_HOME"]) / "protogen" / "llm-modes.json"
    return json.loads(path.read_text()) if path.exists() else {}


def assert_key_nowhere(gallery: Path, *outputs: str) -> None:
    for text in outputs:
        assert KEY not in text
    for path in gallery.rglob("*") if gallery.exists() else []:
        if path.is_file():
            assert KEY.encode() not in path.read_bytes(), path
    if (gallery / ".git").exists():
        log = subprocess.run(
            ["git", "-C", str(gallery), "log", "-p", "--all"], capture_output=True, text=True
        ).stdout
        assert KEY not in log


def _status(gallery: Path, env: dict[str, str]) -> str:
    return subprocess.run(
        ["git", "-C", str(gallery), "status", "--porcelain", "--ignored"],
        capture_output=True,
        text=True,
        env=env,
    ).stdout


class Seeded:
    """A gallery with one offline prototype in it, to compare against after a failure."""

    def __init__(self, protogen, gallery: Path, env: dict[str, str]) -> None:
        r = protogen("new", "A seed idea for a plant-watering reminder", "--gallery", str(gallery))
        assert r.code == 0, r.err
        self.gallery, self.env = gallery, env
        self.snapshot()

    def snapshot(self) -> None:
        """Take the gallery as it is now as the state a failed run must leave."""
        self.files = tree_snapshot(self.gallery)
        self.commits = commit_count(self.gallery, self.env)
        self.status = _status(self.gallery, self.env)

    def assert_failed_cleanly(self, r: Run, *, says: tuple[str, ...] = ()) -> str:
        """Exit 1, one ``Error:`` line (no traceback), the gallery as it was, no reply
        format remembered, the key nowhere. Returns the error line."""
        lines = errors(r)
        assert r.code == 1, (r.code, r.err)
        assert len(lines) == 1 and lines[0].startswith("Error: "), r.err
        assert "Traceback" not in r.err and "unexpected" not in r.err, r.err
        for words in says:
            assert words in lines[0], (words, lines[0])
        assert tree_snapshot(self.gallery) == self.files
        assert commit_count(self.gallery, self.env) == self.commits
        assert _status(self.gallery, self.env) == self.status
        assert mode_cache(self.env) == {}
        assert_key_nowhere(self.gallery, r.out, r.err)
        return lines[0]
