"""The gallery: a normal git repository of prototypes. The only module that touches git.

Adding a prototype is atomic. Under a file lock (so concurrent runs take turns) it:

1. writes a journal naming the prototype, so a killed run can be rolled back;
2. moves the fully rendered folder into ``prototypes/<slug>`` (one rename);
3. rewrites the site files (each by write-then-rename);
4. commits exactly those paths (``git commit --only``), leaving every other change
   of the user's, staged or not, as it was;
5. removes the journal.

If anything fails, or a previous run was killed, the prototype folder is removed and
the site files are restored from HEAD, so the gallery never holds half a prototype.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from protogen.errors import UserError
from protogen.files import write_atomic
from protogen.record import RECORD_FILE, Record

if TYPE_CHECKING:
    import git

PROTOTYPES = "prototypes"
SITE_FILES = ("index.html", "README.md", ".nojekyll")
FALLBACK_NAME = "protogen"
FALLBACK_EMAIL = "protogen@localhost"
LOCK_TIMEOUT = 120.0


def default_gallery_path(option: str | None) -> Path:
    """``--gallery``, else ``$PROTOGEN_GALLERY``, else ``~/protogen-gallery``."""
    raw = option or os.environ.get("PROTOGEN_GALLERY") or "~/protogen-gallery"
    return Path(raw).expanduser().resolve()


@dataclass
class CommitResult:
    sha: str | None
    fallback_identity: bool = False
    identity_notice: bool = False  # first time: the CLI tells the user once


class Gallery:
    """A gallery folder; :meth:`open` creates and checks it."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._repo: git.Repo | None = None

    # -- opening -------------------------------------------------------------------
    @classmethod
    def open(cls, path: Path, *, create: bool = True) -> Gallery:
        """Open the gallery at ``path``, ``git init``-ing it if missing and ``create``."""
        if path.exists() and not path.is_dir():
            raise UserError(f"The gallery path {path} is a file; pass --gallery a folder.")
        gallery = cls(path)
        if not (path / ".git").exists():
            if not create:
                raise UserError(f"No gallery at {path}: run 'protogen new \"idea\"' to start one.")
            if path.is_dir() and any(path.iterdir()):
                raise UserError(
                    f"{path} already holds files but is not a git repository; pass a new or "
                    "empty folder as the gallery, or run 'git init' there first."
                )
            try:
                path.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise UserError(
                    f"Cannot create the gallery folder {path}: {exc.strerror}."
                ) from exc
            gallery._init()
        return gallery

    @property
    def repo(self) -> git.Repo:
        if self._repo is None:
            git = _import_git()

            try:
                self._repo = git.Repo(self.root)
            except (git.InvalidGitRepositoryError, git.NoSuchPathError) as exc:
                raise UserError(f"{self.root} is not a usable git repository.") from exc
        return self._repo

    def _init(self) -> None:
        git = _import_git()

        try:
            self._repo = git.Repo.init(self.root, initial_branch="main")
        except git.GitCommandError as exc:
            # Two first runs into a new gallery race to init it: the loser waits for the
            # winner's repository to be complete and uses it.
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline:
                if (self.root / ".git" / "HEAD").is_file() and (
                    self.root / ".git" / "config"
                ).is_file():
                    time.sleep(0.05)
                    self._repo = None
                    return
                time.sleep(0.02)
            raise UserError(f"git init failed in {self.root}: {_git_reason(exc)}") from exc

    @property
    def git_dir(self) -> Path:
        return Path(self.repo.git_dir)

    @property
    def state_dir(self) -> Path:
        """protogen's private folder inside .git: lock, journal, temp renders."""
        d = self.git_dir / "protogen"
        d.mkdir(exist_ok=True)
        return d

    def check_state(self) -> None:
        """Refuse to work in the middle of a merge, rebase, cherry-pick or revert."""
        g = self.git_dir
        for marker, what in (
            ("MERGE_HEAD", "a merge"),
            ("rebase-merge", "a rebase"),
            ("rebase-apply", "a rebase or am"),
            ("CHERRY_PICK_HEAD", "a cherry-pick"),
            ("REVERT_HEAD", "a revert"),
            ("BISECT_LOG", "a bisect"),
        ):
            if (g / marker).exists():
                raise UserError(
                    f"The gallery {self.root} is in the middle of {what}; "
                    "finish or abort it, then try again."
                )

    # -- locking and recovery --------------------------------------------------------
    @contextmanager
    def locked(self) -> Iterator[None]:
        from filelock import FileLock, Timeout

        lock = FileLock(str(self.state_dir / "lock"))
        try:
            lock.acquire(timeout=LOCK_TIMEOUT)
        except Timeout as exc:
            raise UserError(
                f"Another protogen run has held the gallery lock for "
                f"{LOCK_TIMEOUT:.0f} s; try again when it has finished."
            ) from exc
        try:
            self.recover()
            yield
        finally:
            lock.release()

    @property
    def _journal(self) -> Path:
        return self.state_dir / "pending.json"

    def recover(self) -> bool:
        """Roll back a run that was killed before its commit. Returns True if it did."""
        import git

        journal = self._journal
        if not journal.exists():
            self._sweep_tmp()
            return False
        try:
            pending = json.loads(journal.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            pending = {}
        self._clear_stale_git_locks(journal.stat().st_mtime)
        rel = pending.get("path")
        try:
            if rel and not self._in_head(rel):
                self._unstage([rel, *SITE_FILES])
                shutil.rmtree(self.root / rel, ignore_errors=True)
                self._restore_site()
        except git.GitCommandError as exc:
            raise UserError(
                f"Could not roll back an interrupted protogen run in {self.root}: "
                f"{_git_reason(exc)}"
            ) from exc
        journal.unlink(missing_ok=True)
        self._sweep_tmp()
        return True

    def _clear_stale_git_locks(self, since: float) -> None:
        """Remove index locks left by the killed run (made after its journal, so its own).

        Called only under protogen's lock, when a journal proves a run died mid-way.
        """
        for lock in (self.git_dir / "index.lock", *self.git_dir.glob("next-index-*.lock")):
            try:
                if lock.stat().st_mtime >= since - 1:
                    lock.unlink()
            except OSError:
                continue

    def _sweep_tmp(self) -> None:
        tmp = self.state_dir / "tmp"
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)

    def _head_sha(self) -> str | None:
        """HEAD's commit id read from the refs (no git process), or None when unborn."""
        from git.refs.symbolic import SymbolicReference

        try:
            return SymbolicReference.dereference_recursive(self.repo, "HEAD")
        except (ValueError, OSError):
            return None

    def _has_head(self) -> bool:
        return self._head_sha() is not None

    def _in_head(self, rel: str) -> bool:
        if not self._has_head():
            return False
        return bool(self.repo.git.ls_tree("HEAD", "--", rel))

    def _unstage(self, paths: list[str]) -> None:
        import git

        try:
            if self._has_head():
                self.repo.git.reset("-q", "HEAD", "--", *paths)
            else:
                self.repo.git.rm("--cached", "-r", "-q", "--ignore-unmatch", "--", *paths)
        except git.GitCommandError:
            pass

    def _restore_site(self) -> None:
        for name in SITE_FILES:
            if self._in_head(name):
                self.repo.git.checkout("HEAD", "--", name)
            else:
                (self.root / name).unlink(missing_ok=True)

    # -- reading ---------------------------------------------------------------------
    def records(self) -> list[Record]:
        """Every prototype's record, newest first, as the site and ``list`` need them.

        Briefs are trimmed to the fields the site shows. A cache in ``.git/protogen``
        keyed by each record's mtime and size means only changed records are re-read:
        a gallery of hundreds of prototypes stays quick to rebuild. Unreadable records
        are skipped.
        """
        base = self.root / PROTOTYPES
        if not base.is_dir():
            return []
        cache_path = self._cache_path
        try:
            cache = json.loads(cache_path.read_text(encoding="utf-8")) if cache_path else {}
            if cache.get("version") != _CACHE_VERSION:
                cache = {}
        except (OSError, ValueError):
            cache = {}
        entries = cache.get("entries", {})
        fresh: dict[str, Any] = {}
        out = []
        for path in base.glob(f"*/{RECORD_FILE}"):
            try:
                st = path.stat()
                key = path.parent.name
                stamp = [st.st_mtime_ns, st.st_size]
                hit = entries.get(key)
                if hit and hit.get("stamp") == stamp:
                    record = Record(hit["record"])
                else:
                    record = _slim(Record.load(path))
                fresh[key] = {"stamp": stamp, "record": record}
                out.append(record)
            except (OSError, ValueError, KeyError, TypeError):
                continue
        if cache_path and fresh != entries:
            with contextlib.suppress(OSError):
                write_atomic(cache_path, json.dumps({"version": _CACHE_VERSION, "entries": fresh}))
        out.sort(key=lambda r: (r.created, r.slug), reverse=True)
        return out

    @property
    def _cache_path(self) -> Path | None:
        git_dir = self.root / ".git"
        return (
            git_dir / "protogen" / "records-cache.json" if (git_dir / "protogen").is_dir() else None
        )

    def unique_slug(self, base: str) -> str:
        """``base``, or ``base-2``, ``base-3``... whichever is free on disk and in HEAD."""
        taken = self.root / PROTOTYPES
        slug, n = base, 1
        while (taken / slug).exists() or self._in_head(f"{PROTOTYPES}/{slug}"):
            n += 1
            slug = f"{base}-{n}"
        return slug

    def tmp_dir(self) -> Path:
        """A fresh folder on the gallery's file system, so moving out of it is a rename."""
        base = self.state_dir / "tmp"
        base.mkdir(exist_ok=True)
        return Path(tempfile.mkdtemp(dir=base))

    # -- writing ---------------------------------------------------------------------
    def add_prototype(
        self,
        staged: Path,
        slug: str,
        write_site: Callable[[], list[str]],
        message: str,
        *,
        commit: bool = True,
    ) -> CommitResult:
        """Move ``staged`` into ``prototypes/<slug>``, rebuild the site, commit. Atomic.

        Call it while holding :meth:`locked`. ``write_site`` rewrites the site files and
        returns their paths relative to the gallery root.
        """
        rel = f"{PROTOTYPES}/{slug}"
        target = self.root / rel
        if target.exists():
            raise UserError(f"{target} already exists; protogen never overwrites a prototype.")
        self._journal.write_text(json.dumps({"path": rel}), encoding="utf-8")
        try:
            target.parent.mkdir(exist_ok=True)
            os.replace(staged, target)
            site_paths = write_site()
            result = self._commit([rel, *site_paths], message) if commit else CommitResult(None)
        except BaseException:
            self.recover()
            raise
        self._journal.unlink(missing_ok=True)
        return result

    def commit_site(self, site_paths: list[str], message: str) -> CommitResult:
        """Commit rebuilt site files if they changed (``gallery build``)."""
        changed = self.repo.git.status("--porcelain", "--", *site_paths)
        if not changed:
            return CommitResult(None)
        return self._commit(site_paths, message)

    def _identity(self) -> dict[str, str]:
        """Fallback author/committer env when git has no identity configured."""
        import git

        if os.environ.get("GIT_AUTHOR_NAME") and os.environ.get("GIT_AUTHOR_EMAIL"):
            return {}
        # Ask git itself: it honours GIT_CONFIG_GLOBAL, includes and every config level.
        try:
            found = self.repo.git.config("--get-regexp", r"^user\.(name|email)$")
        except git.GitCommandError:
            found = ""
        values = dict(line.split(" ", 1) for line in found.splitlines() if " " in line)
        name, email = values.get("user.name", ""), values.get("user.email", "")
        if name and email:
            return {}
        env = {}
        for who in ("AUTHOR", "COMMITTER"):
            if not os.environ.get(f"GIT_{who}_NAME"):
                env[f"GIT_{who}_NAME"] = str(name or FALLBACK_NAME)
            if not os.environ.get(f"GIT_{who}_EMAIL"):
                env[f"GIT_{who}_EMAIL"] = str(email or FALLBACK_EMAIL)
        return env

    def _commit(self, paths: list[str], message: str) -> CommitResult:
        import git

        env = self._identity()
        notice = False
        if env:
            marker = self.state_dir / "identity-notice-shown"
            notice = not marker.exists()
            marker.touch()
        try:
            self.repo.git.add("-A", "--", *paths)
            with self.repo.git.custom_environment(**env):
                self.repo.git.commit("-q", "--no-gpg-sign", "-m", message, "--only", "--", *paths)
        except git.GitCommandError as exc:
            raise UserError(f"git commit failed: {_git_reason(exc)}") from exc
        return CommitResult(self._head_sha(), bool(env), notice)


_CACHE_VERSION = 1
_SLIM_BRIEF = ("lang", "name", "tagline", "audience")


def _slim(record: Record) -> Record:
    """The record without the copy the site never shows (kept small for the cache)."""
    slim = Record(record)
    slim["brief"] = {k: record["brief"][k] for k in _SLIM_BRIEF if k in record["brief"]}
    slim.pop("idea", None)
    return slim


def _import_git():
    """GitPython, or a UserError when the git program itself is missing."""
    try:
        import git
    except ImportError as exc:
        raise UserError(
            "git is not installed or not on PATH; install git (e.g. 'apt-get install git')."
        ) from exc
    return git


def _git_reason(exc: Exception) -> str:
    text = (getattr(exc, "stderr", "") or str(exc)).strip()
    lines = [
        ln.strip().removeprefix("stderr: ").strip("' ") for ln in text.splitlines() if ln.strip()
    ]
    return lines[-1] if lines else "unknown git error"
