"""Bringing the site up to date inside a gallery change.

Every command that changes the gallery (``new``, ``shoot``, ``gallery build``, an edit)
ends with :func:`refresh_site`: it asks the transaction for the records as they will be,
builds the site files a change of that size needs, and hands them back to the
transaction, which writes and commits them with the rest. The committed site is built
from the committed records, the working tree's from the records on disk, when they
differ (a prototype made with ``--no-commit``).
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

from protogen.record import Record
from protogen.site.build import MONTHS_DIR, PAGES_DIR, build_site
from protogen.site.publish import history_url
from protogen.site.views import SiteSettings
from protogen.stamp import FileValue


class _Sets(Protocol):
    committed: list[Record]
    working: list[Record]
    same: bool
    changed: set[str]
    removed: dict[str, Record]


class _Transaction(Protocol):
    branch: str | None

    def records(self, derive: Any = None) -> _Sets: ...

    def full_records(self, slugs: Any, *, committed: bool = False) -> dict[str, Record]: ...

    def write_files(self, committed: dict[str, Any], working: dict[str, Any] | None) -> None: ...


def site_settings(
    git_dir: Path, config: dict[str, Any], branch: str | None, now: datetime
) -> SiteSettings:
    """The gallery's title and intro (``protogen.toml``), its history link, the time."""
    intro = str(config.get("intro") or "").strip()
    paragraphs = tuple(p.strip() for p in intro.split("\n\n") if p.strip())
    return SiteSettings(
        title=str(config.get("title") or "Prototype gallery").strip()[:120] or "Prototype gallery",
        intro=paragraphs[:6],
        history_url=history_url(git_dir, branch),
        built=now,
        workflow=config.get("pages_workflow", True) is not False,
    )


def build_time() -> datetime:
    """Now, or ``SOURCE_DATE_EPOCH`` when set (the reproducible-builds convention): the
    "as of" moment of the counts, so two builds of the same gallery can be identical."""
    raw = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if raw.isdigit():
        return datetime.fromtimestamp(int(raw), UTC)
    return datetime.now(UTC)


def refresh_site(
    tx: _Transaction,
    root: Path,
    git_dir: Path,
    config: dict[str, Any],
    *,
    full: bool = False,
    now: datetime | None = None,
    updated: tuple[dict[str, Record], dict[str, Record]] | None = None,
) -> int:
    """Build what the site needs after this change and give it to ``tx``; return the
    number of prototypes. ``full`` rebuilds every page (``gallery build``).

    ``updated``: whole records this change rewrites in place (``shoot`` gives a record
    its pictures), as they will be committed and as they will be on disk.
    """
    from protogen.site.cards import DERIVE

    sets = tx.records(DERIVE)
    upd_c, upd_w = updated or ({}, {})
    if upd_c or upd_w:
        sets = _Updated(sets, upd_c, upd_w)
    settings = site_settings(git_dir, config, tx.branch, now or build_time())
    if full:
        existing = _existing_pages(root)
        committed = _build_all(tx, sets.committed, settings, existing, committed=True)
        working = (
            committed
            if sets.same
            else _build_all(tx, sets.working, settings, existing, committed=False)
        )
    else:
        months = {_month(r) for r in sets.removed.values()}
        in_c = {r.slug for r in sets.committed}
        in_w = {r.slug for r in sets.working}
        pages_w = {**tx.full_records(sets.changed & in_w), **upd_w}
        pages_c = {**tx.full_records(sets.changed & in_c, committed=True), **upd_c}
        months |= {_month(r) for r in (*pages_w.values(), *pages_c.values())}
        committed = build_site(
            sets.committed, settings, pages=pages_c, removed=sets.removed, months=months
        )
        working = (
            committed
            if sets.same
            else build_site(
                sets.working, settings, pages=pages_w, removed=sets.removed, months=months
            )
        )
    committed, working = dict(committed), dict(working)
    for rel in set(working) - set(committed):
        committed[rel] = None  # e.g. a draft's page: on disk, not in the commit
    for rel in set(committed) - set(working):
        working[rel] = None  # e.g. the page of a month only the commit still has
    tx.write_files(committed, working)
    return len(sets.working)


class _Updated:
    """The transaction's record sets, with some records replaced by newer versions."""

    def __init__(self, sets: _Sets, committed: dict[str, Record], working: dict[str, Record]):
        from protogen.record import summary

        def swap(records: list[Record], new: dict[str, Record]) -> list[Record]:
            return [summary(new[r.slug]) if r.slug in new else r for r in records]

        self.committed = swap(sets.committed, committed)
        self.working = swap(sets.working, working)
        self.same = sets.same and committed == working
        self.changed = sets.changed | set(committed) | set(working)
        self.removed = sets.removed


def _build_all(
    tx: _Transaction,
    records: list[Record],
    settings: SiteSettings,
    existing: list[str],
    *,
    committed: bool,
) -> dict[str, FileValue | None]:
    pages = tx.full_records([r.slug for r in records], committed=committed)
    return dict(build_site(records, settings, pages=pages, months=None, existing=existing))


def _existing_pages(root: Path) -> list[str]:
    out = []
    for folder in (PAGES_DIR, MONTHS_DIR):
        base = root / folder
        if base.is_dir():
            out += [f"{folder}/{p.name}" for p in base.glob("*.html")]
    return out


def _month(record: Record) -> str:
    return record.created.astimezone(UTC).strftime("%Y-%m")
