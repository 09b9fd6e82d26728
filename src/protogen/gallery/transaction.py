"""One atomic change to the gallery: the gallery ends up as it was, or fully updated.

Used as::

    with gallery.transaction("Add prototype: Streakly") as tx:
        slug = tx.unique_slug("streakly")
        staged = tx.tmp_dir() / slug           # render the prototype here
        tx.add_dir(f"prototypes/{slug}", staged)
        sets = tx.records()                    # the records as they will be
        tx.write_files(build(sets.committed), build(sets.working))
    tx.result.sha

On leaving the block without an exception, under the gallery lock, it:

1. refuses to overwrite a site file someone edited by hand (see :mod:`protogen.stamp`);
2. writes a journal of what it is about to do;
3. changes the working tree: moves folders into place (backing up what they replace),
   writes the site files (backing up the old ones);
4. builds the commit with git's plumbing in a *private* index (HEAD's tree plus exactly
   protogen's paths), checks that the commit changes nothing but those paths, and writes
   it with ``commit-tree``. The user's staged changes are never in it, and the
   repository's hooks do not run;
5. takes git's own ``index.lock`` (waiting, bounded, if another process holds it; a
   lock protogen did not make is never removed), prepares the user's index with
   protogen's paths updated, moves the branch with ``update-ref`` as a compare-and-swap
   against the HEAD it started from, then puts the index in place;
6. removes the journal and the backups.

If anything fails, the journal says what to undo, and it is undone at once. If the run
is killed, the next run reads the journal and finishes the change (when the branch had
already moved) or undoes it, after waiting for any git process the killed run left
behind, so no lock held by a live process is ever removed.

The site that is *committed* is built from the committed records only, so a published
gallery never links to a prototype that is not in it (``--no-commit`` leaves one on disk
that the working-tree site shows, and the committed one does not).
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
import tempfile
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from protogen.errors import GalleryError
from protogen.files import write_atomic
from protogen.gallery.gitcmd import ZERO_OID, Git, GitFailed
from protogen.gallery.gitlocks import (
    release_index_lock,
    take_index_lock,
    wait_foreign_lock,
)
from protogen.gallery.lock import exclusive
from protogen.gallery.records import (
    PROTOTYPES,
    Derive,
    Entry,
    add_derived,
    blob_id,
    newest_first,
    parse_record,
)
from protogen.record import summary
from protogen.gallery.recovery import JOURNAL, recover, settle
from protogen.gallery.repo import LOCK_TIMEOUT
from protogen.record import RECORD_FILE, Record
from protogen.stamp import (
    Ensure,
    Region,
    FileValue,
    Remove,
    html_is_pristine,
    merge_region,
    region_is_pristine,
)

if TYPE_CHECKING:
    from protogen.gallery.repo import Gallery

LAST_FILE = "last.json"
LAST_INDEX = "last-index"
FALLBACK_NAME = "protogen"
FALLBACK_EMAIL = "protogen@localhost"


@dataclass
class CommitResult:
    sha: str | None
    fallback_identity: bool = False
    identity_notice: bool = False  # first time: the CLI tells the user once


@dataclass
class RecordSets:
    """The gallery's records as they will be after the change: as committed, and as on
    disk (they differ when some prototype or record edit is not committed), and which
    prototypes this change adds or replaces, and removes."""

    committed: list[Record]
    working: list[Record]
    same: bool
    changed: set[str]
    removed: dict[str, Record]  # slug -> its record before the change


class Transaction:
    """One atomic change; see the module docstring."""

    def __init__(self, gallery: Gallery, message: str, *, commit: bool = True) -> None:
        self.g = gallery
        self.message = message
        self.commit = commit
        self.run_id = secrets.token_hex(8)
        self.git = Git(gallery.root, self.run_id)
        self.head: str | None = None
        self.branch: str | None = None
        self._last: dict[str, Any] | None = None
        self._head_files: dict[str, bytes] = {}  # HEAD's version of shared site files
        self.result: CommitResult | None = None
        self._adds: dict[str, Path] = {}
        self._replaces: dict[str, Path] = {}
        self._removes: list[str] = []
        self._files: tuple[dict[str, FileValue], dict[str, FileValue]] | None = None
        self._tmp: list[Path] = []
        self._stack = ExitStack()
        self._tree_cache: tuple[set[str], dict[str, str]] | None = None
        self._sources: dict[str, Path] = {}  # staged records, by slug
        self._committed_blobs: dict[str, bytes] = {}  # committed records that differ on disk

    # -- the with block ----------------------------------------------------------------
    def __enter__(self) -> Transaction:
        self._stack.enter_context(exclusive(self.g.state_dir / "lock", LOCK_TIMEOUT))
        try:
            recover(self.g)
            self.branch, self.head = self.g.check_state()
            self._last = _load_last(self.g, self.head)
            if self.commit:
                wait_foreign_lock(self.g.git_dir / "index.lock", self.g.root, marker=None)
        except BaseException:
            self._stack.close()
            raise
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> bool:
        try:
            if exc_type is None:
                self.result = self._finish()
        finally:
            for path in self._tmp:
                shutil.rmtree(path, ignore_errors=True)
            self._stack.close()
        return False

    # -- planning ----------------------------------------------------------------------
    def tmp_dir(self) -> Path:
        """A fresh folder on the gallery's file system (moving out of it is a rename)."""
        base = self.g.state_dir / "tmp"
        base.mkdir(exist_ok=True)
        path = Path(tempfile.mkdtemp(dir=base, prefix=f"{self.run_id}-"))
        self._tmp.append(path)
        return path

    def _head_tree(self) -> tuple[set[str], dict[str, str]]:
        """(prototype folders in HEAD, slug -> blob of its record in HEAD)."""
        if self._tree_cache is None and self._last:
            self._tree_cache = (set(self._last["dirs"]), dict(self._last["blobs"]))
        if self._tree_cache is None:
            dirs: set[str] = set()
            blobs: dict[str, str] = {}
            if self.head:
                out = self.git(
                    "ls-tree", "-r", "--format=%(objectname) %(path)", self.head, "--", PROTOTYPES
                )
                for line in out.splitlines():
                    sha, _, path = line.partition(" ")
                    parts = path.split("/")
                    if len(parts) >= 3:
                        dirs.add(parts[1])
                        if len(parts) == 3 and parts[2] == RECORD_FILE:
                            blobs[parts[1]] = sha
            self._tree_cache = (dirs, blobs)
        return self._tree_cache

    def unique_slug(self, base: str) -> str:
        """``base``, or ``base-2``, ``base-3``... whichever is free on disk and in HEAD."""
        in_head, _ = self._head_tree()
        slug, n = base, 1
        while (self.g.root / PROTOTYPES / slug).exists() or slug in in_head:
            n += 1
            slug = f"{base}-{n}"
        return slug

    def add_dir(self, rel: str, staged: Path) -> None:
        """Add the folder ``staged`` as ``rel`` (which must not exist yet)."""
        self._check_rel(rel)
        slug = rel.split("/", 1)[1] if rel.startswith(f"{PROTOTYPES}/") else None
        if (self.g.root / rel).exists() or (slug and slug in self._head_tree()[0]):
            raise GalleryError(
                f"{self.g.root / rel} already exists; protogen never overwrites a prototype."
            )
        self._adds[rel] = staged

    def replace_dir(self, rel: str, staged: Path) -> None:
        """Replace the folder ``rel`` with ``staged`` (the old one is kept in git history)."""
        self._check_rel(rel)
        if not (self.g.root / rel).is_dir():
            raise GalleryError(f"{self.g.root / rel} does not exist.")
        self._replaces[rel] = staged

    def remove_dir(self, rel: str) -> None:
        """Remove the folder ``rel`` (it stays in git history)."""
        self._check_rel(rel)
        if not (self.g.root / rel).exists() and rel.split("/")[-1] not in self._head_tree()[0]:
            raise GalleryError(f"{self.g.root / rel} does not exist.")
        self._removes.append(rel)

    @staticmethod
    def _check_rel(rel: str) -> None:
        parts = rel.split("/")
        if rel.startswith("/") or any(p in ("", ".", "..", ".git") for p in parts):
            raise GalleryError(f"Refusing an unsafe gallery path: {rel!r}.")

    def records(self, derive: Derive | None = None) -> RecordSets:
        """The records as they will be after this change, committed and on disk
        (trimmed for lists; :meth:`full_records` reads whole ones). ``derive``: see
        :class:`~protogen.gallery.records.RecordCache`."""
        disk = self.g.entries(derive)
        staged: dict[str, Entry] = {}
        for rel, folder in {**self._adds, **self._replaces}.items():
            slug = rel.rsplit("/", 1)[-1]
            data = (folder / RECORD_FILE).read_bytes()
            staged[slug] = Entry(slug, blob_id(data), summary(parse_record(data, rel)))
            if derive:
                add_derived(staged[slug].record, derive)
            self._sources[slug] = folder / RECORD_FILE
        gone = {rel.rsplit("/", 1)[-1] for rel in (*self._removes, *self._replaces)}
        working = {s: e for s, e in disk.items() if s not in gone}
        working.update(staged)
        changed = set(staged)
        removed = {
            slug: disk[slug].record
            for slug in (rel.rsplit("/", 1)[-1] for rel in self._removes)
            if slug in disk
        }
        if not self.commit:
            records = newest_first([e.record for e in working.values()])
            return RecordSets(records, records, True, changed, removed)
        _, head_blobs = self._head_tree()
        committed: dict[str, Record] = {}
        missing: dict[str, str] = {}
        for slug, blob in head_blobs.items():
            if slug in gone:
                continue
            if slug in disk and disk[slug].blob == blob:
                committed[slug] = disk[slug].record
            else:
                missing[slug] = blob
        if missing:
            contents = self.g.read_objects(list(missing.values()))
            for slug, blob in missing.items():
                with contextlib.suppress(ValueError, KeyError):
                    committed[slug] = summary(parse_record(contents[blob], f"{slug} in HEAD"))
                    if derive:
                        add_derived(committed[slug], derive)
                    self._committed_blobs[slug] = contents[blob]
        committed.update({s: e.record for s, e in staged.items()})
        same = set(committed) == set(working) and not missing
        work_list = newest_first([e.record for e in working.values()])
        return RecordSets(
            work_list if same else newest_first(list(committed.values())),
            work_list,
            same,
            changed,
            removed,
        )

    def full_records(self, slugs: Iterable[str], *, committed: bool = False) -> dict[str, Record]:
        """Whole records (every word of the Brief) of ``slugs``, as on disk after this
        change or, with ``committed``, as in the commit. Unreadable ones are left out.
        Call :meth:`records` first."""
        out: dict[str, Record] = {}
        for slug in slugs:
            try:
                if committed and slug in self._committed_blobs:
                    data = self._committed_blobs[slug]
                else:
                    path = self._sources.get(slug) or self.g.root / PROTOTYPES / slug / RECORD_FILE
                    data = path.read_bytes()
                out[slug] = parse_record(data, slug)
            except (OSError, ValueError, KeyError, TypeError):
                continue
        return out

    def write_files(
        self,
        committed: dict[str, FileValue | None],
        working: dict[str, FileValue | None] | None = None,
    ) -> None:
        """Set files outside the folders added or replaced (the site, a prototype's
        screens): ``committed`` goes into the commit, ``working`` (default: the same) onto
        disk. A value is text or bytes (a file protogen owns whole), a :class:`Region` of
        a shared Markdown file, :class:`Ensure`, :class:`Remove`, or None (leave that
        side alone: a draft's page is written to disk but not committed). Called again,
        it adds to the files already set."""
        working = committed if working is None else working
        if set(committed) != set(working):
            raise ValueError("committed and working files must name the same paths")
        for rel in committed:
            self._check_rel(rel)
        old_c, old_w = self._files or ({}, {})
        self._files = ({**old_c, **committed}, {**old_w, **working})

    # -- doing -------------------------------------------------------------------------
    def _finish(self) -> CommitResult:
        g = self.g
        root = g.root
        committed_site, working_site = self._files or ({}, {})
        files: dict[str, dict[str, Any]] = {}
        writes: dict[str, bytes] = {}
        head_files = self._head_files
        if self.commit and self.head:
            shared = [r for r, v in committed_site.items() if isinstance(v, Region | Ensure | Remove)]
            known = self._last["shared"] if self._last else {}
            if all(r in known for r in shared):
                head_files.update({r: known[r].encode() for r in shared if known[r] is not None})
            else:
                names = {f"{self.head}:{r}": r for r in shared}
                found = g.read_objects(list(names))
                head_files.update({names[n]: data for n, data in found.items()})
        commit_bytes: dict[str, bytes | None] = {}
        deletes: list[str] = []
        for rel, value in working_site.items():
            target = root / rel
            current = target.read_bytes() if target.is_file() else None
            if value is not None:
                _check_pristine(rel, current, root)
                if isinstance(value, Remove):
                    if current is not None:
                        deletes.append(rel)
                else:
                    new = _materialise(value, current)
                    if new is not None and new != current:
                        writes[rel] = new
                files[rel] = {"existed": current is not None}
            if self.commit and committed_site[rel] is not None:
                commit_bytes[rel] = _materialise(committed_site[rel], head_files.get(rel))
        if not (self._adds or self._replaces or self._removes or writes or deletes) and not (
            self.commit
        ):
            return CommitResult(None)
        backup = g.state_dir / f"txn-{self.run_id}"
        journal: dict[str, Any] = {
            "version": 2,
            "run": self.run_id,
            "pid": os.getpid(),
            "message": self.message,
            "commit": self.commit,
            "old_head": self.head,
            "new_head": None,
            "adds": {rel: str(p) for rel, p in self._adds.items()},
            "replaces": {rel: str(p) for rel, p in self._replaces.items()},
            "removes": list(self._removes),
            "files": {rel: files[rel] for rel in (*writes, *deletes)},
            "backup": str(backup),
            "index_marker": f"protogen {self.run_id}\n",
        }
        journal_path = g.state_dir / JOURNAL
        write_atomic(journal_path, json.dumps(journal))
        try:
            _failpoint("journal-written")
            self._apply(backup, writes, deletes)
            _failpoint("applied")
            result = self._commit(journal, commit_bytes) if self.commit else CommitResult(None)
        except BaseException:
            try:
                settle(g, journal)
                journal_path.unlink(missing_ok=True)
            except BaseException:
                pass  # the journal stays: the next run finishes the job
            raise
        journal_path.unlink(missing_ok=True)
        shutil.rmtree(backup, ignore_errors=True)
        return result

    def _apply(self, backup: Path, writes: dict[str, bytes], deletes: list[str]) -> None:
        root = self.g.root
        for rel, staged in self._adds.items():
            target = root / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(staged, target)
        for rel, staged in self._replaces.items():
            target, saved = root / rel, backup / "dirs" / rel
            saved.parent.mkdir(parents=True, exist_ok=True)
            os.replace(target, saved)
            os.replace(staged, target)
        for rel in self._removes:
            target, saved = root / rel, backup / "dirs" / rel
            if target.exists():
                saved.parent.mkdir(parents=True, exist_ok=True)
                os.replace(target, saved)
        for rel, data in writes.items():
            target, saved = root / rel, backup / "files" / rel
            if target.exists():
                saved.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(target, saved)
            target.parent.mkdir(parents=True, exist_ok=True)
            tmp = target.with_name(f".{target.name}.{self.run_id}.tmp")
            tmp.write_bytes(data)
            os.replace(tmp, target)
        for rel in deletes:
            target, saved = root / rel, backup / "files" / rel
            saved.parent.mkdir(parents=True, exist_ok=True)
            os.replace(target, saved)

    def _commit(
        self, journal: dict[str, Any], commit_bytes: dict[str, bytes | None]
    ) -> CommitResult:
        g, git, root = self.g, self.git, self.g.root
        private = g.state_dir / f"index-{self.run_id}"
        env_private = {"GIT_INDEX_FILE": str(private)}
        try:
            last_index = g.state_dir / LAST_INDEX
            if self._last and last_index.is_file():
                shutil.copyfile(last_index, private)  # HEAD's tree, as this gallery last made it
            elif self.head:
                git("read-tree", self.head, env=env_private)
            removed_files = [r for r, v in commit_bytes.items() if v is _REMOVED]
            dropped = [*self._replaces, *self._removes, *removed_files]
            if dropped:
                git(
                    "rm",
                    "-r",
                    "--cached",
                    "-q",
                    "--ignore-unmatch",
                    "--",
                    *dropped,
                    env=env_private,
                )
            paths: list[str] = []
            for rel in (*self._adds, *self._replaces):
                paths.extend(_files_under(root, rel))
            blobs: list[str] = []
            for rel, data in commit_bytes.items():
                if data is None or data is _REMOVED:
                    continue
                on_disk = (root / rel).read_bytes() if (root / rel).is_file() else None
                if data == on_disk:
                    paths.append(rel)
                else:  # the committed version differs from the working tree's
                    sha = git("hash-object", "-w", "--stdin", f"--path={rel}", input=data)
                    blobs.append(f"100644 {sha}\t{rel}")
            if paths:
                git(
                    "add",
                    "-f",
                    "--pathspec-from-file=-",
                    "--pathspec-file-nul",
                    env=env_private,
                    input="\0".join(paths).encode("utf-8", "surrogateescape"),
                )
            if blobs:
                git(
                    "update-index",
                    "--add",
                    "--index-info",
                    env=env_private,
                    input=("\n".join(blobs) + "\n").encode(),
                )
            tree = git("write-tree", env=env_private)
            changed = self._changed(tree)
            if not changed:
                return CommitResult(None)
            allowed_dirs = tuple(
                f"{rel}/" for rel in (*self._adds, *self._replaces, *self._removes)
            )
            ours = [rel for rel, data in commit_bytes.items() if data is not None]
            stray = [p for p in changed if not p.startswith(allowed_dirs) and p not in ours]
            if stray:
                raise GalleryError(
                    f"protogen stopped before committing: the commit would also have changed "
                    f"{stray[0]}, which this change does not own; nothing was changed. "
                    "Please report this."
                )
            sha, identity, notice = self._commit_tree(tree)
            entries = self._index_entries(tree, [*allowed_dirs, *ours], dropped)
            journal["new_head"] = sha
            write_atomic(g.state_dir / JOURNAL, json.dumps(journal))
            _failpoint("commit-written")
            self._publish(sha, journal["index_marker"], entries)
            self._save_last(sha, private, commit_bytes)
        finally:
            private.unlink(missing_ok=True)
            Path(f"{private}.lock").unlink(missing_ok=True)
        return CommitResult(sha, bool(identity), notice)

    def _commit_tree(self, tree: str) -> tuple[str, dict[str, str], bool]:
        """Write the commit object; when git knows no identity, commit as protogen
        (the CLI says so once). Returns (sha, fallback environment, tell the user)."""
        args = ["commit-tree", tree, *(["-p", self.head] if self.head else [])]
        args += ["--no-gpg-sign", "-F", "-"]
        message = self.message.encode("utf-8")
        code, out, err = self.git.raw(args, input=message)
        if code == 0:
            return out.decode().strip(), {}, False
        identity, notice = _identity(self.g)
        if not identity:
            raise GitFailed(args, code, err)
        return self.git(*args, env=identity, input=message), identity, notice

    def _save_last(self, sha: str, private: Path, commit_bytes: dict[str, bytes | None]) -> None:
        """Remember the tree just committed, so the next change in this gallery starts
        from it without asking git again (valid while HEAD is still ``sha``)."""
        dirs, blobs = self._head_tree()
        blobs = dict(blobs)
        dirs = set(dirs) - {r.rsplit("/", 1)[-1] for r in (*self._replaces, *self._removes)}
        for rel in (*self._removes, *self._replaces):
            blobs.pop(rel.rsplit("/", 1)[-1], None)
        for rel in (*self._adds, *self._replaces):
            slug = rel.rsplit("/", 1)[-1]
            dirs.add(slug)
            record = self.g.root / rel / RECORD_FILE
            if record.is_file():
                blobs[slug] = blob_id(record.read_bytes())
        shared: dict[str, str | None] = {}
        for rel, value in (self._files or ({}, {}))[0].items():
            if not isinstance(value, Region | Ensure):
                continue
            data = commit_bytes.get(rel)
            data = data if data is not None else self._head_files.get(rel)
            try:
                shared[rel] = None if data is None else data.decode("utf-8")
            except UnicodeDecodeError:
                return  # not worth caching: the next run asks git
        state = self.g.state_dir
        with contextlib.suppress(OSError):
            shutil.copyfile(private, state / LAST_INDEX)
            write_atomic(
                state / LAST_FILE,
                json.dumps({"sha": sha, "dirs": sorted(dirs), "blobs": blobs, "shared": shared}),
            )

    def _changed(self, tree: str) -> list[str]:
        """The paths whose content ``tree`` changes against HEAD (trees only: no index is
        read, so this costs the same in a gallery of any size)."""
        if self.head:
            out = self.git("diff-tree", "-r", "--name-only", "-z", self.head, tree)
        else:
            out = self.git("ls-tree", "-r", "--name-only", "-z", tree)
        return [p for p in out.split("\0") if p]

    def _restage_shared(self, index: Path) -> list[str]:
        """Index lines that keep a user's *staged* edit of a shared Markdown file staged
        (with protogen's new region in it), rather than resetting it to the commit."""
        regions = {r: v for r, v in (self._files or ({}, {}))[0].items() if isinstance(v, Region)}
        if not regions or not self.head or not index.exists():
            return []
        if self.git.ok("diff-index", "--cached", "--quiet", self.head, "--", *regions):
            return []
        lines = []
        for rel, region in regions.items():
            code, staged, _ = self.git.raw(["cat-file", "blob", f":{rel}"])
            if code:
                continue
            merged = merge_region(staged.decode("utf-8", "replace"), region).encode("utf-8")
            sha = self.git("hash-object", "-w", "--stdin", f"--path={rel}", input=merged)
            lines.append(f"100644 {sha}\t{rel}")
        return lines

    def _index_entries(self, tree: str, paths: list[str], dropped: list[str]) -> bytes:
        """``update-index -z --index-info`` input that makes the user's index agree with
        the commit on ``paths``: the commit's entries, and removals for what went.

        Unlike ``git reset -- PATHS``, applying it touches nothing else, so it costs the
        same in a gallery of ten prototypes or of a thousand."""
        pathspecs = [p.rstrip("/") for p in paths]
        out = self.git.bytes("ls-tree", "-r", "-z", tree, "--", *pathspecs)
        records = []  # ls-tree: "<mode> blob <sha>\t<path>"; index-info: "<mode> <sha> 0\t<path>"
        for rec in out.split(b"\0"):
            if rec:
                meta, _, path = rec.partition(b"\t")
                mode, _kind, sha = meta.split(b" ")
                records.append(mode + b" " + sha + b" 0\t" + path)
        present = {r.split(b"\t", 1)[1] for r in records}
        if dropped and self.head:
            gone = self.git.bytes("ls-tree", "-r", "--name-only", "-z", self.head, "--", *dropped)
            for path in gone.split(b"\0"):
                if path and path not in present:
                    records.append(b"0 " + ZERO_OID.encode() + b" 0\t" + path)
        return b"".join(r + b"\0" for r in records)

    def _publish(self, sha: str, marker: str, entries: bytes) -> None:
        """Move the branch to ``sha`` and bring the user's index up to date (``entries``),
        holding git's index lock throughout, so the two change together."""
        g = self.g
        index = g.git_dir / "index"
        lock = g.git_dir / "index.lock"
        synced = g.state_dir / f"index-sync-{self.run_id}"
        take_index_lock(lock, marker, g.root)
        try:
            if index.exists():
                shutil.copyfile(index, synced)
            restage = self._restage_shared(index)
            if restage:
                entries += ("\0".join(restage) + "\0").encode()
            if entries:
                self.git(
                    "update-index",
                    "-z",
                    "--index-info",
                    env={"GIT_INDEX_FILE": str(synced)},
                    input=entries,
                )
            if self.branch:
                wait_foreign_lock(g.common_dir / f"{self.branch}.lock", g.root, marker=None)
            try:
                self.git(
                    "update-ref",
                    "-m",
                    f"protogen: {self.message.splitlines()[0]}",
                    "HEAD",
                    sha,
                    self.head or ZERO_OID,
                )
            except GitFailed as exc:
                raise GalleryError(
                    f"The gallery's branch moved while protogen was committing ({exc.reason}); "
                    "nothing was changed. Try again."
                ) from None
            _failpoint("branch-moved")
            os.replace(synced, index)
            _failpoint("index-replaced")
        finally:
            synced.unlink(missing_ok=True)
            release_index_lock(lock, marker)


def _files_under(root: Path, rel: str) -> list[str]:
    """Every file (or symlink) under ``root/rel``, relative to ``root``; links not followed."""
    out = []
    for dirpath, dirnames, filenames in os.walk(root / rel):
        dirnames.sort()
        base = Path(dirpath).relative_to(root).as_posix()
        out.extend(f"{base}/{name}" for name in sorted(filenames))
        out.extend(f"{base}/{d}" for d in dirnames if (Path(dirpath) / d).is_symlink())
    return out


# -- site files -------------------------------------------------------------------------
def _check_pristine(rel: str, current: bytes | None, root: Path) -> None:
    """Refuse to overwrite a site file that someone edited since protogen wrote it."""
    if current is None:
        return
    text = current.decode("utf-8", "replace")
    if rel.endswith(".md"):
        if region_is_pristine(text):
            return
        raise GalleryError(
            f"{root / rel}: the part between protogen's markers was edited by hand, and "
            "protogen rebuilds it. Move your text above or below the markers (protogen keeps "
            "it there), or undo the edit ('git checkout -- README.md'), then try again."
        )
    if rel.endswith(".html") and not html_is_pristine(text):
        raise GalleryError(
            f"{root / rel} was changed by hand since protogen wrote it, and protogen rebuilds "
            "it. Put your own words in protogen.toml ('title' and 'intro', shown at the top "
            "of the site) or in README.md outside protogen's markers, then undo the edit "
            f"('git checkout -- {rel}', or delete the file), and try again."
        )


#: ``_materialise``'s answer for a file that goes away.
_REMOVED = b"\0protogen:removed\0"


def _materialise(value: FileValue, current: bytes | None) -> bytes | None:
    """The bytes a file should hold, given what it holds now (None: leave it as it is;
    ``_REMOVED``: it goes)."""
    if isinstance(value, Remove):
        return _REMOVED if current is not None else None
    if isinstance(value, bytes):
        return value
    if isinstance(value, Ensure):
        return None if current is not None else value.content.encode("utf-8")
    if isinstance(value, Region):
        existing = current.decode("utf-8", "replace") if current is not None else None
        return merge_region(existing, value).encode("utf-8")
    return value.encode("utf-8")


# -- identity -----------------------------------------------------------------------------
def _identity(g: Gallery) -> tuple[dict[str, str], bool]:
    """Author/committer environment when git has no identity configured, and whether to
    tell the user (the first time only)."""
    env = os.environ
    wanted = [f"GIT_{who}_{what}" for who in ("AUTHOR", "COMMITTER") for what in ("NAME", "EMAIL")]
    if all(env.get(k) for k in wanted):
        return {}, False
    # Ask git itself: it honours GIT_CONFIG_GLOBAL, includes and every config level.
    found = g.git.run(["config", "--get-regexp", r"^user\.(name|email)$"])[1]
    values = dict(line.split(" ", 1) for line in found.splitlines() if " " in line)
    name, email = values.get("user.name", ""), values.get("user.email", "")
    if name and email:
        return {}, False
    fallback = {
        f"GIT_{who}_{what}": value
        for who in ("AUTHOR", "COMMITTER")
        for what, value in (("NAME", name or FALLBACK_NAME), ("EMAIL", email or FALLBACK_EMAIL))
        if not env.get(f"GIT_{who}_{what}")
    }
    marker = g.state_dir / "identity-notice-shown"
    notice = not marker.exists()
    marker.touch()
    return fallback, notice


def _load_last(g: Gallery, head: str | None) -> dict[str, Any] | None:
    """What the last commit protogen made here holds, if HEAD is still that commit."""
    if not head:
        return None
    try:
        last = json.loads((g.state_dir / LAST_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(last, dict) or last.get("sha") != head:
        return None
    if not all(isinstance(last.get(k), t) for k, t in (("dirs", list), ("blobs", dict), ("shared", dict))):
        return None
    return last


def _failpoint(name: str) -> None:
    """Stop here if ``PROTOGEN_FAILPOINT`` names this point: the test suite kills
    protogen at each moment of a change and checks the next run settles it."""
    if os.environ.get("PROTOGEN_FAILPOINT") == name:
        import sys
        import time

        sys.stderr.write(f"protogen: failpoint {name}\n")
        sys.stderr.flush()
        time.sleep(120)
