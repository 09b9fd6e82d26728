"""Recovery: finish or undo a change whose run was killed.

A transaction writes a journal before it touches anything. The next run (holding the
gallery lock, so the journal's run is dead) reads it and settles the gallery into one of
its two consistent states: if the branch had already moved to the journal's commit, the
change is finished (the user's index is put in place if the run died just before);
otherwise every folder and file is restored from the journal's backups.

Before settling, it waits for any process that still carries the dead run's mark (a
git child or a filter it started): removing a lock such a process still holds is how a
gallery gets wiped.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import TYPE_CHECKING, Any

from protogen.errors import GalleryError
from protogen.gallery.gitcmd import live_processes_marked, wait_for_exit
from protogen.gallery.gitlocks import lock_content
from protogen.gallery.records import PROTOTYPES
from protogen.gallery.repo import git_lock_wait

if TYPE_CHECKING:
    from protogen.gallery.repo import Gallery

JOURNAL = "journal.json"
LEGACY_JOURNAL = "pending.json"


def recover(g: Gallery) -> bool:
    """Finish or undo a run that was killed mid-way. Call it holding the gallery lock.

    Returns True if there was something to settle.
    """
    state = g.state_dir
    journal_path = state / JOURNAL
    legacy = state / LEGACY_JOURNAL
    settled = False
    if journal_path.exists():
        try:
            journal = json.loads(journal_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            journal = {}
        run = str(journal.get("run") or "")
        if run:
            alive = wait_for_exit(lambda: live_processes_marked(run), git_lock_wait() * 3)
            if alive:
                raise GalleryError(
                    f"A git process (pid {alive[0]}) left by an interrupted protogen run is "
                    f"still running in {g.root}; protogen changed nothing. Try again when it "
                    "has finished."
                )
        if journal.get("version") == 2:
            settle(g, journal)
        journal_path.unlink(missing_ok=True)
        settled = True
    if legacy.exists():
        _settle_legacy(g, legacy)
        settled = True
    _sweep(state)
    return settled


def settle(g: Gallery, journal: dict[str, Any]) -> None:
    """Bring the gallery to one of its two consistent states after ``journal``'s run."""
    root = g.root
    index = g.git_dir / "index"
    lock = g.git_dir / "index.lock"
    marker = str(journal.get("index_marker") or "")
    synced = g.state_dir / f"index-sync-{journal.get('run')}"
    new = journal.get("new_head")
    head = g.head_sha()
    landed = (
        bool(new)
        and bool(head)
        and (head == new or g.git.ok("merge-base", "--is-ancestor", str(new), str(head)))
    )
    ours = bool(marker) and lock_content(lock) == marker
    backup = Path(str(journal.get("backup") or g.state_dir / "none"))
    if landed:
        # The branch moved: the change is made. If the run died before putting the
        # index in place, the prepared index (made under our lock) is complete.
        if ours and synced.exists():
            os.replace(synced, index)
    else:
        for rel, staged in (journal.get("adds") or {}).items():
            target = root / rel
            if target.exists() and not Path(staged).exists():
                shutil.rmtree(target, ignore_errors=True)
        for rel in [*(journal.get("replaces") or {}), *(journal.get("removes") or [])]:
            saved = backup / "dirs" / rel
            if saved.exists():
                target = root / rel
                if target.exists():
                    shutil.rmtree(target, ignore_errors=True)
                os.replace(saved, target)
        for rel, info in (journal.get("files") or {}).items():
            saved = backup / "files" / rel
            target = root / rel
            if saved.exists():
                os.replace(saved, target)
            elif not info.get("existed", True):
                target.unlink(missing_ok=True)
    if ours:
        lock.unlink(missing_ok=True)
    synced.unlink(missing_ok=True)
    shutil.rmtree(backup, ignore_errors=True)


def _settle_legacy(g: Gallery, path: Path) -> None:
    """Undo a run of protogen 0.1 that was killed before its commit (old journal)."""
    try:
        rel = str(json.loads(path.read_text(encoding="utf-8")).get("path") or "")
    except (OSError, ValueError):
        rel = ""
    head = g.head_sha()
    if rel.startswith(f"{PROTOTYPES}/") and ".." not in rel:
        in_head = bool(head) and g.git.ok("cat-file", "-e", f"{head}:{rel}")
        if not in_head:
            shutil.rmtree(g.root / rel, ignore_errors=True)
            for name in ("index.html", "README.md"):
                data = g.show(head, name)
                if data is None:
                    (g.root / name).unlink(missing_ok=True)
                else:
                    (g.root / name).write_bytes(data)
    path.unlink(missing_ok=True)


def _sweep(state: Path) -> None:
    """Remove what dead runs left in protogen's folder (we hold the lock: none is live)."""
    shutil.rmtree(state / "tmp", ignore_errors=True)
    for leftover in state.glob("index-*"):
        leftover.unlink(missing_ok=True)
    for leftover in state.glob("txn-*"):
        shutil.rmtree(leftover, ignore_errors=True)
