"""Publishing the gallery: where its history can be browsed, and pushing it.

The site needs no build step to publish: the repository is the site. GitHub Pages serves
it through the workflow protogen writes once (``.github/workflows/pages.yml``), and any
static host serves the folder as it is. ``protogen gallery publish`` pushes the branch
with GitPython to the remote you set up (``git remote add origin …``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from protogen.errors import GalleryError

_REMOTE_SECTION = re.compile(r'^\s*\[remote\s+"([^"]+)"\]\s*$')
_URL = re.compile(r"^\s*url\s*=\s*(.+?)\s*$")
_GITHUB = re.compile(
    r"^(?:https://(?:[^@/]+@)?github\.com/|git@github\.com:|ssh://git@github\.com/)"
    r"([A-Za-z0-9_.-]+)/([A-Za-z0-9_.-]+?)(?:\.git)?/?$"
)


def remote_urls(git_dir: Path) -> dict[str, str]:
    """Remote name -> URL, read from the repository's config file (no git process)."""
    try:
        lines = (git_dir / "config").read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return {}
    urls: dict[str, str] = {}
    current: str | None = None
    for line in lines:
        section = _REMOTE_SECTION.match(line)
        if section:
            current = section.group(1)
            continue
        if line.strip().startswith("["):
            current = None
            continue
        url = _URL.match(line)
        if current and url and current not in urls:
            urls[current] = url.group(1)
    return urls


def history_url(git_dir: Path, branch: str | None) -> str | None:
    """``https://github.com/<owner>/<repo>/commits/<branch>`` when ``origin`` (or the only
    remote) is on GitHub: where a reader of the published site can see every change."""
    urls = remote_urls(git_dir)
    url = urls.get("origin") or (next(iter(urls.values())) if len(urls) == 1 else None)
    m = _GITHUB.match(url or "")
    if not m or not branch:
        return None
    name = branch.removeprefix("refs/heads/")
    if not re.match(r"^[A-Za-z0-9._/-]+$", name):
        return None
    return f"https://github.com/{m.group(1)}/{m.group(2)}/commits/{name}"


@dataclass(frozen=True)
class Published:
    remote: str
    url: str
    branch: str
    summary: str


def publish(root: Path, remote: str | None = None) -> Published:
    """Push the gallery's branch to ``remote`` (default: ``origin``, or the only remote).

    Raises :class:`GalleryError` with the command to run when no remote is set, when the
    push is refused, or when HEAD is detached.
    """
    try:
        import git
    except ImportError as exc:  # the git program is missing
        raise GalleryError(
            "git is not installed or not on PATH; install git (e.g. 'apt-get install git')."
        ) from exc
    try:
        repo = git.Repo(root)
    except (git.InvalidGitRepositoryError, git.NoSuchPathError):
        raise GalleryError(
            f"No gallery at {root}: run 'protogen new \"idea\"' to start one."
        ) from None
    names = [r.name for r in repo.remotes]
    if remote is None:
        remote = "origin" if "origin" in names else (names[0] if len(names) == 1 else None)
    if remote is None or remote not in names:
        hint = (
            f"Choose one with --remote ({', '.join(names)})."
            if names
            else f"Add one first: git -C {root} remote add origin git@github.com:YOU/portfolio.git"
        )
        what = f"no remote '{remote}'" if remote else "no remote to publish to"
        raise GalleryError(f"The gallery {root} has {what}. {hint}")
    if repo.head.is_detached:
        raise GalleryError(
            f"The gallery {root} has a detached HEAD; switch to your branch, then publish."
        )
    branch = repo.active_branch.name
    target = repo.remote(remote)
    try:
        results = target.push(refspec=f"refs/heads/{branch}:refs/heads/{branch}")
    except git.GitCommandError as exc:
        reason = (exc.stderr or str(exc)).strip().splitlines()
        raise GalleryError(
            f"Publishing to '{remote}' failed: {reason[-1] if reason else 'git push failed'}"
        ) from None
    bad = git.PushInfo.ERROR | git.PushInfo.REJECTED | git.PushInfo.REMOTE_REJECTED
    bad |= git.PushInfo.REMOTE_FAILURE
    errors = [r for r in results if r.flags & bad]
    if errors:
        raise GalleryError(
            f"Publishing to '{remote}' was refused: {errors[0].summary.strip()} "
            f"(pull and merge the remote's changes first: git -C {root} pull {remote} {branch})"
        )
    summary = results[0].summary.strip() if results else "pushed"
    return Published(remote, str(next(iter(target.urls), "")), branch, summary)
