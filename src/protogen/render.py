"""Render a cookiecutter template into a folder, safely.

Templates in ``templates/`` are standard cookiecutter templates (``cookiecutter.json``
plus a ``{{cookiecutter.project_slug}}/`` folder); ``cookiecutter --no-input`` renders
them with their sample copy. protogen does not hand user text to cookiecutter, because
cookiecutter renders every context value as a template in an unsandboxed Jinja
environment: an idea such as ``{{ cycler.__init__.__globals__.os.popen('id').read() }}``
would run a shell command. Instead this module renders the same files itself:

* the knobs that reach paths (slug, palette, language) must be slug-safe;
* the copy (the Brief and the idea) is passed as *data*: it is printed, never compiled;
* the environment is Jinja's immutable sandbox, with autoescape on for HTML/XML/SVG;
* compiled templates are cached on disk, so a run pays for parsing once.

It is also several times faster than importing cookiecutter, which matters for a
command whose whole job should take less time than cookiecutter alone takes.
"""

from __future__ import annotations

import fnmatch
import json
import os
import re
import shutil
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from protogen.errors import UserError
from protogen.files import cache_dir
from protogen.resources import data_dir

#: Context keys that hold copy. They are data for the templates, never template source.
DATA_KEYS = frozenset({"brief", "idea"})
_SAFE_VALUE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$")
_TEXT_SUFFIXES_ESCAPED = ("html", "htm", "xml", "svg")
#: What tools leave inside an installed or checked-out template, never part of it: pip
#: byte-compiles the installed template's .py files into __pycache__/, test runs, editors
#: and file managers add their own. Rendering copies only the template's own files.
LITTER_DIRS = frozenset(
    {
        "__pycache__",
        ".pytest_cache",
        ".mypy_cache",
        ".ruff_cache",
        ".hypothesis",
        ".tox",
        ".nox",
        ".venv",
        ".git",
        ".hg",
        ".svn",
        ".idea",
        ".vscode",
        "node_modules",
    }
)
LITTER_FILES = (
    "*.pyc",
    "*.pyo",
    "*.egg-info",
    ".DS_Store",
    "Thumbs.db",
    "desktop.ini",
    "*.swp",
    "*.swo",
    "*~",
    ".#*",
    "*.orig",
    "*.rej",
)


def is_litter(name: str, is_dir: bool) -> bool:
    """Whether ``name`` in a template folder is build or editor litter (see LITTER_*)."""
    if is_dir:
        return name in LITTER_DIRS or name.endswith(".egg-info")
    return any(fnmatch.fnmatchcase(name, pattern) for pattern in LITTER_FILES)


@dataclass(frozen=True)
class TemplateInfo:
    """A template's name, folder and what its ``cookiecutter.json`` says about it."""

    name: str
    path: Path
    description: str
    version: str
    entry: str
    kind: str  # "static" (open the entry file) or "app" (run it: see protogen.serve)
    defaults: dict[str, Any]

    @property
    def palettes(self) -> dict[str, dict[str, str]]:
        return self.defaults.get("_palettes", {})


def templates_root() -> Path:
    return data_dir("templates")


@cache
def load_template(name: str) -> TemplateInfo:
    """Return the shipped template called ``name`` or raise a UserError listing them."""
    if not _SAFE_VALUE.match(name or ""):
        raise UserError(f"Unknown template '{name}'. See 'protogen templates' for the list.")
    path = templates_root() / name
    config = path / "cookiecutter.json"
    if not config.is_file():
        known = ", ".join(t.name for t in list_templates())
        raise UserError(f"Unknown template '{name}'. Choose one of: {known}.")
    defaults = json.loads(config.read_text(encoding="utf-8"))
    meta = defaults.get("_protogen", {})
    return TemplateInfo(
        name=name,
        path=path,
        description=meta.get("description", ""),
        version=meta.get("version", "0"),
        entry=meta.get("entry", "index.html"),
        kind=meta.get("kind", "static"),
        defaults=defaults,
    )


def list_templates() -> list[TemplateInfo]:
    root = templates_root()
    return [
        load_template(p.name) for p in sorted(root.iterdir()) if (p / "cookiecutter.json").is_file()
    ]


def check_palette(template: TemplateInfo, palette: str) -> str:
    if palette not in template.palettes:
        raise UserError(
            f"Unknown palette '{palette}'. Choose one of: {', '.join(template.palettes)}."
        )
    return palette


def _context(template: TemplateInfo, values: dict[str, Any]) -> dict[str, Any]:
    """cookiecutter's context: defaults (first choice of a list) overridden by ``values``."""
    ctx: dict[str, Any] = {}
    for key, default in template.defaults.items():
        ctx[key] = default[0] if isinstance(default, list) else default
    for key, value in values.items():
        if key not in DATA_KEYS and not (isinstance(value, str) and _SAFE_VALUE.match(value)):
            raise UserError(f"Template variable '{key}' must be a short slug-safe value.")
        ctx[key] = value
    return {"cookiecutter": ctx}


@cache
def environment(template_dir: str):
    """The sandboxed, autoescaping Jinja environment for a folder of templates (cached)."""
    from jinja2 import FileSystemBytecodeCache, FileSystemLoader, StrictUndefined
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    def autoescape(name: str | None) -> bool:
        return bool(name) and name.rsplit(".", 1)[-1].lower() in _TEXT_SUFFIXES_ESCAPED

    cache_dir = _cache_dir()
    bcc = FileSystemBytecodeCache(str(cache_dir)) if cache_dir else None
    return ImmutableSandboxedEnvironment(
        loader=FileSystemLoader(template_dir),
        autoescape=autoescape,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        bytecode_cache=bcc,
        auto_reload=True,
    )


def _cache_dir() -> Path | None:
    path = cache_dir() / "jinja"
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return path


_SIMPLE_NAME = re.compile(r"\{\{\s*cookiecutter\.([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")


def _render_name(env, part: str, context: dict[str, Any]) -> str:
    """Render one path part; the usual ``{{cookiecutter.key}}`` skips building a lexer."""
    if "{{" not in part and "{%" not in part:
        return part
    simple = _SIMPLE_NAME.fullmatch(part)
    if simple and isinstance(context["cookiecutter"].get(simple.group(1)), str):
        rendered = context["cookiecutter"][simple.group(1)]
    else:
        rendered = env.from_string(part).render(context)
    if not rendered or "/" in rendered or "\\" in rendered or rendered in (".", ".."):
        raise UserError(f"Template path part '{part}' rendered to an unsafe name.")
    return rendered


def render_template(template: TemplateInfo, values: dict[str, Any], dest: Path) -> Path:
    """Render ``template`` with ``values`` into the new folder ``dest`` and return it.

    ``dest`` must not exist; the project folder's contents land directly in it.
    """
    from jinja2 import TemplateError
    from jinja2.exceptions import SecurityError

    context = _context(template, values)
    env = environment(str(template.path))
    project_dirs = [p for p in template.path.iterdir() if p.is_dir() and "{{" in p.name]
    if len(project_dirs) != 1:
        raise UserError(
            f"Template '{template.name}' needs exactly one {{{{cookiecutter...}}}} folder."
        )
    src_root = project_dirs[0]
    keep_as_is = list(template.defaults.get("_copy_without_render", []))
    dest.mkdir(parents=True)
    try:
        for dirpath, dirnames, filenames in os.walk(src_root):
            dirnames[:] = sorted(d for d in dirnames if not is_litter(d, is_dir=True))
            filenames = [f for f in filenames if not is_litter(f, is_dir=False)]
            rel_dir = Path(dirpath).relative_to(src_root)
            out_dir = dest.joinpath(*(_render_name(env, p, context) for p in rel_dir.parts))
            out_dir.mkdir(parents=True, exist_ok=True)
            for filename in sorted(filenames):
                src = Path(dirpath) / filename
                out = out_dir / _render_name(env, filename, context)
                rel = src.relative_to(template.path).as_posix()
                in_project = src.relative_to(src_root).as_posix()
                if any(fnmatch.fnmatch(in_project, pat) for pat in keep_as_is):
                    shutil.copyfile(src, out)  # cookiecutter's _copy_without_render
                    shutil.copymode(src, out)
                    continue
                try:
                    src.read_text(encoding="utf-8")
                except UnicodeDecodeError:
                    shutil.copyfile(src, out)  # binary: copied as is, like cookiecutter
                    continue
                out.write_text(env.get_template(rel).render(context), encoding="utf-8")
                shutil.copymode(src, out)
    except (SecurityError, TemplateError) as exc:
        raise UserError(f"Template '{template.name}' failed to render: {exc}") from exc
    return dest
