"""Signups in SQLite: parameterized SQL only, one row per email (case-insensitive)."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timezone
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS signups (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    email TEXT NOT NULL UNIQUE COLLATE NOCASE,
    name TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
)
"""


class Store:
    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        with self._connect() as db:
            db.execute(SCHEMA)

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=10)
        db.row_factory = sqlite3.Row
        return db

    def add(self, email: str, name: str) -> bool:
        """Store a signup; False if that email is already on the list."""
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        try:
            with self._connect() as db:
                db.execute("INSERT INTO signups (email, name, created_at) VALUES (?, ?, ?)",
                           (email, name, now))
        except sqlite3.IntegrityError:
            return False
        return True

    def all(self) -> list[dict]:
        with self._connect() as db:
            rows = db.execute("SELECT email, name, created_at FROM signups ORDER BY id DESC")
            return [dict(r) for r in rows]
