"""Opening a gallery: a normal git repository of prototypes, made usable and checked.

A gallery is created on first use (``git init``), safely even when twenty first runs
start at once, and refused with a clear message when protogen could not commit to it
without harm: a file where the folder should be, a non-empty folder that is not a
repository, a merge or rebase in progress, a detached HEAD.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from protogen.errors import GalleryError
from protogen.gallery.gitcmd import Git
from protogen.gallery.records import PROTOTYPES, Derive, Entry, RecordCache, newest_first
from protogen.record import Record

LOCK_TIMEOUT = 120.0
#: How long to wait for another process's git lock (index.lock, a ref lock) to go.
GIT_LOCK_WAIT = 10.0
#: How long a concurrent first run may take to finish its ``git init``.
INIT_WAIT = 5.0


def default_gallery_path(option: str | None) -> Path:
    """``--gallery``, else ``$PROTOGEN_GALLERY``, else ``~/protogen-gallery``."""
    raw = option or os.environ.get("PROTOGEN_GALLERY") or "~/protogen-gallery"
    return Path(raw).expanduser().resolve()


def git_lock_wait() -> float:
    """Seconds to wait for a foreign git lock (``PROTOGEN_GIT_LOCK_WAIT`` overrides)."""
    try:
        return max(0.0, float(os.environ.get("PROTOGEN_GIT_LOCK_WAIT", GIT_LOCK_WAIT)))
    except ValueError:
        return GIT_LOCK_WAIT


class Gallery:
    """A gallery folder. :meth:`open` creates and checks it; :meth:`transaction`
    changes it atomically."""

    def __init__(self, root: Path, git_dir: Path) -> None:
        self.root = root
        self.git_dir = git_dir
        self.git = Git(root)

    # -- opening -------------------------------------------------------------------
    @classmethod
    def open(cls, path: Path, *, create: bool = True) -> Gallery:
        """Open the gallery at ``path``, ``git init``-ing it if missing and ``create``."""
        if path.exists() and not path.is_dir():
            raise GalleryError(f"The gallery path {path} is a file; pass --gallery a folder.")
        dot_git = path / ".git"
        if not dot_git.exists():
            if not create:
                raise GalleryError(
                    f"No gallery at {path}: run 'protogen new \"idea\"' to start one."
                )
            # Only .git may appear here meanwhile: a concurrent first run creating it.
            if path.is_dir() and any(p.name != ".git" for p in path.iterdir()):
                raise GalleryError(
                    f"{path} already holds files but is not a git repository; pass a new or "
                    "empty folder as the gallery, or run 'git init' there first."
                )
            try:
                path.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise GalleryError(
                    f"Cannot create the gallery folder {path}: {exc.strerror}."
                ) from exc
        git_dir = _usable_git_dir(path)
        if git_dir is None:
            if not create and not dot_git.is_dir():
                raise GalleryError(f"{path} is not a usable git repository.")
            git_dir = _init(path)
        return cls(path, git_dir)

    @property
    def common_dir(self) -> Path:
        """Where the refs live (differs from ``git_dir`` in a linked worktree)."""
        pointer = self.git_dir / "commondir"
        if pointer.is_file():
            return (self.git_dir / pointer.read_text(encoding="utf-8").strip()).resolve()
        return self.git_dir

    @property
    def state_dir(self) -> Path:
        """protogen's private folder inside .git: lock, journal, temp renders, caches."""
        d = self.git_dir / "protogen"
        d.mkdir(exist_ok=True)
        return d

    # -- checks --------------------------------------------------------------------
    def check_state(self) -> tuple[str, str | None]:
        """Refuse to work in the middle of a merge, rebase, cherry-pick, revert or bisect,
        or on a detached HEAD (a commit there is lost at the next checkout)."""
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
                raise GalleryError(
                    f"The gallery {self.root} is in the middle of {what}; "
                    "finish or abort it, then try again."
                )
        branch, sha = self.head()
        if branch is None:
            sha = sha or "?"
            back = self._branch_to_return_to()
            raise GalleryError(
                f"The gallery {self.root} has a detached HEAD (at {sha[:10]}), so a commit "
                f"would be lost at the next checkout. Return to your branch with "
                f"'git -C {self.root} switch {back}', then try again."
            )
        return branch, sha

    def branch(self) -> str | None:
        """The branch HEAD points to (``refs/heads/main``), or None when detached."""
        return self.head()[0]

    def head_sha(self) -> str | None:
        """HEAD's commit id, or None on an unborn branch."""
        return self.head()[1]

    def head(self) -> tuple[str | None, str | None]:
        """(the branch HEAD points to or None when detached, its commit or None when
        unborn), read from the ref files; git is asked only for what they can't tell
        (the reftable format, a symbolic ref to a symbolic ref)."""
        try:
            text = (self.git_dir / "HEAD").read_text(encoding="utf-8").strip()
        except OSError:
            text = ""
        if (self.common_dir / "reftable").is_dir() or not text:
            return self._head_from_git()
        if not text.startswith("ref: "):
            return None, text if _is_oid(text) else self._head_from_git()[1]
        ref = text[5:].strip()
        try:
            sha = (self.common_dir / ref).read_text(encoding="utf-8").strip()
        except (FileNotFoundError, NotADirectoryError):
            sha = _packed_ref(self.common_dir / "packed-refs", ref)
        except OSError:
            return self._head_from_git()
        if sha.startswith("ref: "):
            return self._head_from_git()
        return ref, sha if _is_oid(sha) else None

    def _head_from_git(self) -> tuple[str | None, str | None]:
        code, out, _ = self.git.run(["symbolic-ref", "-q", "HEAD"])
        branch = out.strip() if code == 0 and out.strip() else None
        code, out, _ = self.git.run(["rev-parse", "-q", "--verify", "HEAD^{commit}"])
        return branch, out.strip() if code == 0 else None

    def _branch_to_return_to(self) -> str:
        """The branch the user left when they detached HEAD (from HEAD's reflog)."""
        try:
            log = (self.git_dir / "logs" / "HEAD").read_text(encoding="utf-8", errors="replace")
        except OSError:
            log = ""
        for line in reversed(log.splitlines()):
            msg = line.split("\t", 1)[-1]
            if msg.startswith("checkout: moving from "):
                left = msg.removeprefix("checkout: moving from ").split(" to ", 1)[0]
                if (
                    left
                    and len(left) != 40
                    and self.git.ok("show-ref", "-q", "--verify", f"refs/heads/{left}")
                ):
                    return left
        branches = self.git("for-each-ref", "--format=%(refname:short)", "refs/heads/").split()
        return branches[0] if len(branches) == 1 else "<your-branch>"

    # -- reading ---------------------------------------------------------------------
    def _cache(self) -> RecordCache:
        state = self.git_dir / "protogen"
        return RecordCache(self.root, state if state.is_dir() else None)

    def entries(self, derive: Derive | None = None) -> dict[str, Entry]:
        """Every prototype on disk, by slug (records trimmed for the site)."""
        return self._cache().on_disk(derive)

    def records(self) -> list[Record]:
        """Every prototype's record on disk, newest first, as ``list`` and the site need."""
        return newest_first([e.record for e in self.entries().values()])

    def committed_blobs(self, commit: str | None) -> dict[str, str]:
        """Slug -> blob id of ``prototypes/<slug>/protogen.json`` in ``commit``."""
        if not commit:
            return {}
        out = self.git("ls-tree", "-r", "--format=%(objectname) %(path)", commit, "--", PROTOTYPES)
        blobs = {}
        suffix = "/protogen.json"
        for line in out.splitlines():
            sha, _, path = line.partition(" ")
            if path.endswith(suffix) and path.count("/") == 2:
                blobs[path[len(PROTOTYPES) + 1 : -len(suffix)]] = sha
        return blobs

    def read_objects(self, names: list[str]) -> dict[str, bytes]:
        """The contents of the objects ``names`` (blob ids or ``rev:path``), one
        ``cat-file --batch`` process for all; missing ones are left out."""
        if not names:
            return {}
        raw = self.git.bytes("cat-file", "--batch", input=("\n".join(names) + "\n").encode())
        out: dict[str, bytes] = {}
        pos = 0
        for sha in names:
            header_end = raw.index(b"\n", pos)
            header = raw[pos:header_end].split()
            if len(header) < 3 or header[1] == b"missing":
                pos = header_end + 1
                continue
            size = int(header[2])
            out[sha] = raw[header_end + 1 : header_end + 1 + size]
            pos = header_end + 1 + size + 1
        return out

    def show(self, commit: str | None, rel: str) -> bytes | None:
        """The content of ``rel`` in ``commit``, or None when it is not there."""
        if not commit:
            return None
        code, _, _ = self.git.run(["cat-file", "-e", f"{commit}:{rel}"])
        if code:
            return None
        return self.git.bytes("cat-file", "blob", f"{commit}:{rel}")

    # -- changing --------------------------------------------------------------------
    def transaction(self, message: str, *, commit: bool = True):
        """A context manager for one atomic change: see :mod:`protogen.gallery.transaction`."""
        from protogen.gallery.transaction import Transaction

        return Transaction(self, message, commit=commit)

    def recover(self) -> bool:
        """Finish or undo a run that was killed mid-way (under the lock). True if it did."""
        from protogen.gallery.lock import exclusive
        from protogen.gallery.transaction import recover

        with exclusive(self.state_dir / "lock", LOCK_TIMEOUT):
            return recover(self)


def _is_oid(text: str) -> bool:
    return len(text) in (40, 64) and all(c in "0123456789abcdef" for c in text)


def _packed_ref(path: Path, ref: str) -> str:
    """``ref``'s id from ``packed-refs`` ("" when absent: an unborn branch)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return ""
    for line in lines:
        sha, _, name = line.partition(" ")
        if name == ref and not line.startswith(("#", "^")):
            return sha
    return ""


def _usable_git_dir(path: Path) -> Path | None:
    """The repository's git dir if ``path`` is the top of a usable repository."""
    dot_git = path / ".git"
    if dot_git.is_dir():
        if (
            (dot_git / "HEAD").is_file()
            and (dot_git / "objects").is_dir()
            and (dot_git / "refs").is_dir()
        ):
            return dot_git
        return None
    if dot_git.is_file():  # a worktree or submodule: ask git where its git dir is
        code, out, _ = Git(path).run(["rev-parse", "--show-toplevel", "--absolute-git-dir"])
        lines = out.splitlines()
        if code == 0 and len(lines) == 2 and Path(lines[0]).resolve() == path.resolve():
            return Path(lines[1])
    return None


def _init(path: Path) -> Path:
    """``git init`` the gallery, tolerating first runs racing to do the same.

    A concurrent first run may have created ``.git`` a moment ago and still be filling
    it; wait for it to be usable, then (re-)initialise: ``git init`` is idempotent.
    """
    deadline = time.monotonic() + INIT_WAIT
    git = Git(path)
    reason = ""
    while True:
        git_dir = _usable_git_dir(path)
        if git_dir is not None and (git_dir / "config").is_file():
            return git_dir
        code, _, err = git.run(["init", "-q", "--initial-branch=main"])
        if code == 0:
            git_dir = _usable_git_dir(path)
            if git_dir is not None:
                return git_dir
        reason = err.strip().splitlines()[-1] if err.strip() else reason
        if time.monotonic() > deadline:
            raise GalleryError(f"git init failed in {path}: {reason or 'unknown error'}")
        time.sleep(0.05)
