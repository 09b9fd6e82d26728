"""Where protogen keeps its own files, and how it writes them safely.

One user cache folder (``$XDG_CACHE_HOME/protogen``, else ``~/.cache/protogen``) holds
compiled templates, the LLM response-format memory and the app environments. Files that
others read while protogen runs (site pages, caches) are written beside their target and
renamed into place, so a reader never sees half a file.
"""

from __future__ import annotations

import os
from pathlib import Path


def cache_dir() -> Path:
    """protogen's folder in the user's cache (not created here)."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "protogen"


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` by writing a sibling file and renaming it over ``path``."""
    write_atomic_bytes(path, text.encode("utf-8"))


def write_atomic_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` by writing a sibling file and renaming it over ``path``."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def state_dir() -> Path:
    """protogen's folder in the user's state directory (not created here).

    ``$XDG_STATE_HOME/protogen``, else ``~/.local/state/protogen``: for what must outlive
    a cache clean-up but never belongs in a gallery, such as the apps' admin tokens.
    """
    base = os.environ.get("XDG_STATE_HOME", "")
    if not os.path.isabs(base):  # the XDG spec: a relative path is to be ignored
        base = os.path.join(os.path.expanduser("~"), ".local", "state")
    return Path(base) / "protogen"
