"""What an app prototype keeps between ``protogen serve`` runs, outside its gallery.

Each app has an admin token (the admin login asks for it) and a signing secret (the
app signs its CSRF tokens and admin session cookies with it). Both must stay the same
from one ``serve`` to the next, or yesterday's admin login and open forms stop working,
and neither may ever reach the gallery, which is a git repository the user may push.

So they live in the user's state folder (:func:`protogen.files.state_dir`), one file per
prototype, keyed by the gallery's real path and the prototype's slug: a moved or cloned
gallery gets new ones. The folder is 0700 and each file 0600, created with ``O_EXCL`` and
published with ``link()``, so two ``serve`` runs started at once agree on one token.
``PROTOTYPE_ADMIN_TOKEN`` and ``PROTOTYPE_SECRET`` in the environment win over the file
and are not stored.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from protogen.errors import ServeError
from protogen.files import state_dir


@dataclass(frozen=True)
class AppSecrets:
    admin_token: str
    secret: str
    path: Path  # the file they are kept in
    token_from_env: bool


def _key(gallery: Path, slug: str) -> str:
    real = os.path.realpath(gallery)
    return hashlib.sha256(f"{real}\0{slug}".encode()).hexdigest()[:32]


def _read(path: Path) -> dict[str, str] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    ok = isinstance(data, dict) and all(
        isinstance(data.get(k), str) and len(data[k]) >= 16 for k in ("admin_token", "secret")
    )
    return data if ok else None


def _create(path: Path, data: dict[str, str], replace: bool) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(data, f, indent=2)
            f.write("\n")
            f.flush()
            os.fsync(f.fileno())
        if replace:
            os.replace(tmp, path)
        else:
            with contextlib.suppress(FileExistsError):  # another run was first: theirs wins
                os.link(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def app_secrets(gallery: Path, slug: str) -> AppSecrets:
    """The admin token and signing secret of prototype ``slug`` in ``gallery``."""
    folder = state_dir() / "apps"
    real_gallery = Path(os.path.realpath(gallery))
    if Path(os.path.realpath(folder)).is_relative_to(real_gallery):
        raise ServeError(
            f"protogen's state folder {folder} is inside the gallery {gallery}; the admin "
            "token must never be committed. Set XDG_STATE_HOME to a folder outside it."
        )
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(folder, 0o700)
    path = folder / f"{_key(gallery, slug)}.json"
    data = _read(path)
    if data is None:
        fresh = {
            "gallery": str(real_gallery),
            "slug": slug,
            "admin_token": secrets.token_urlsafe(18),
            "secret": secrets.token_urlsafe(32),
        }
        _create(path, fresh, replace=path.exists())  # a damaged file is replaced
        data = _read(path) or fresh
    if path.stat().st_mode & 0o077:
        os.chmod(path, 0o600)
    env_token = os.environ.get("PROTOTYPE_ADMIN_TOKEN", "")
    return AppSecrets(
        admin_token=env_token or data["admin_token"],
        secret=os.environ.get("PROTOTYPE_SECRET") or data["secret"],
        path=path,
        token_from_env=bool(env_token),
    )
