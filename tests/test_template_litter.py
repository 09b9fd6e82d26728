"""A generated prototype holds the template's own files only, never the byte-code and
other litter that an installed template gathers (pip byte-compiles every .py file it
installs, templates' included)."""

from __future__ import annotations

import compileall
import shutil
from pathlib import Path

from .conftest import HABIT, REPO_ROOT


def installed_copy(site: Path) -> Path:
    """protogen laid out as a wheel installs it, byte-compiled as pip does, with some
    editor and OS litter in its templates too."""
    shutil.copytree(REPO_ROOT / "src" / "protogen", site / "protogen")
    data = site / "protogen" / "_data"
    shutil.copytree(REPO_ROOT / "templates", data / "templates")
    shutil.copytree(REPO_ROOT / "gallery", data / "gallery")
    assert compileall.compile_dir(str(site), quiet=1)
    project = next((data / "templates" / "app").glob("{{*"))
    assert list(project.rglob("*.pyc")), "compileall should have made byte-code"
    (project / ".DS_Store").write_bytes(b"\0\0\0\1Bud1")
    (project / "app" / "main.py~").write_text("backup\n")
    (project / "app" / ".main.py.swp").write_bytes(b"b0VIM")
    (project / "app" / "old.pyo").write_bytes(b"\0")
    (project / ".pytest_cache").mkdir()
    (project / ".pytest_cache" / "README.md").write_text("cache\n")
    (project / "x.egg-info").mkdir()
    (project / "x.egg-info" / "PKG-INFO").write_text("Name: x\n")
    return site


def test_generated_apps_get_no_byte_code_or_litter(protogen, gallery, tmp_path):
    site = installed_copy(tmp_path / "site")
    r = protogen(
        "new",
        HABIT,
        "--template",
        "app",
        "--gallery",
        str(gallery),
        "--json",
        extra_env={"PYTHONPATH": str(site), "PYTHONDONTWRITEBYTECODE": "1"},
    )
    assert r.code == 0, r.err
    project = Path(r.json["path"])
    files = sorted(p.relative_to(project).as_posix() for p in project.rglob("*") if p.is_file())
    template = next((site / "protogen" / "_data" / "templates" / "app").glob("{{*"))
    own = sorted(
        p.relative_to(template).as_posix()
        for p in template.rglob("*")
        if p.is_file()
        and "__pycache__" not in p.parts
        and ".pytest_cache" not in p.parts
        and "x.egg-info" not in p.parts
        and p.suffix not in (".pyc", ".pyo", ".swp")
        and p.name not in (".DS_Store", "main.py~")
    )
    # the template's own files, plus what protogen adds (the record and the pictures;
    # README is replaced)
    pictures = {f for f in files if f.startswith(("storyboard/", "screens/"))}
    assert pictures and all(f.endswith(".svg") for f in pictures)
    assert files == sorted({*own, "protogen.json", *pictures})
    assert not [f for f in files if "__pycache__" in f or f.endswith((".pyc", ".pyo"))]


def test_landing_pages_get_no_litter_either(protogen, gallery, tmp_path):
    site = installed_copy(tmp_path / "site")
    landing = site / "protogen" / "_data" / "templates" / "landing"
    project = next(landing.glob("{{*"))
    (project / "__pycache__").mkdir()
    (project / "__pycache__" / "x.cpython-311.pyc").write_bytes(b"\0")
    (project / "Thumbs.db").write_bytes(b"\0")
    r = protogen(
        "new", HABIT, "--gallery", str(gallery), "--json", extra_env={"PYTHONPATH": str(site)}
    )
    assert r.code == 0, r.err
    folder = Path(r.json["path"])
    names = {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}
    pictures = {n for n in names if n.startswith(("storyboard/frame-", "screens/preview"))}
    assert names - pictures == {"index.html", "README.md", "protogen.json"}
