"""`protogen new` end to end: files, commit, output contract, knobs."""

import json
import subprocess
import sys

import pytest

from .conftest import HABIT, commit_count, git


def test_new_makes_a_prototype_and_one_commit(protogen, gallery, env):
    r = protogen("new", HABIT, "--gallery", str(gallery), "--json")
    assert r.code == 0, r.err
    data = r.json
    for key in ("slug", "path", "commit", "writer", "template", "seconds"):
        assert key in data
    assert data["writer"] == "offline" and data["template"] == "landing"
    proto = gallery / "prototypes" / data["slug"]
    assert str(proto) == data["path"]
    for name in ("index.html", "README.md", "protogen.json"):
        assert (proto / name).is_file()
    assert (gallery / "index.html").is_file() and (gallery / "README.md").is_file()
    assert commit_count(gallery, env) == 1
    assert git(gallery, "log", "-1", "--format=%s", env=env).strip() == (
        f"Add prototype: {json.loads((proto / 'protogen.json').read_text())['brief']['name']}"
    )
    assert git(gallery, "rev-parse", "HEAD", env=env).strip() == data["commit"]
    assert git(gallery, "status", "--porcelain", env=env) == ""
    # with --json, stdout is the JSON object alone; the summary for people is on stderr
    assert json.loads(r.out) == data
    assert str(proto) in r.err and "protogen serve" in r.err and data["commit"][:10] in r.err
    # without it, the summary says where it is, how to open it and the commit
    r2 = protogen("new", "A tool for beekeepers", "--gallery", str(gallery))
    assert r2.code == 0 and "protogen serve" in r2.out and "{" not in r2.out


def test_record_holds_everything_to_re_render(protogen, gallery):
    data = protogen("new", HABIT, "--gallery", str(gallery), "--json").json
    rec = json.loads((gallery / "prototypes" / data["slug"] / "protogen.json").read_text())
    assert rec["slug"] == data["slug"] and rec["idea"] == HABIT
    assert rec["template"]["name"] == "landing" and rec["template"]["version"]
    assert rec["writer"] == "offline" and rec["protogen_version"]
    # the record and --json report the same stages, named for what they time; the
    # commit (which holds the record) is reported beside them
    stages = {"read", "write", "lock", "render", "storyboard", "site"}
    assert rec["created_at"] and set(rec["timings"]) == stages
    assert rec["timings"] == data["timings"] and data["commit_seconds"] > 0
    brief = rec["brief"]
    page = (gallery / "prototypes" / data["slug"] / "index.html").read_text()
    for text in (
        brief["name"],
        brief["cta"],
        brief["features"][0]["title"],
        brief["faq"][0]["question"],
        brief["labels"]["email_label"],
    ):
        assert text.replace("'", "&#39;") in page


def test_landing_page_sections(protogen, gallery):
    data = protogen("new", HABIT, "--gallery", str(gallery), "--json").json
    page = (gallery / "prototypes" / data["slug"] / "index.html").read_text()
    assert page.startswith("<!DOCTYPE html>") and '<html lang="en">' in page
    for marker in (
        "<h1",
        'id="signup-form"',
        'type="email"',
        "localStorage",
        "<details>",
        "<footer>",
        'name="viewport"',
        "Mock quote",
    ):
        assert marker in page
    # self-contained: no external URL of any kind is referenced
    assert "http://" not in page.replace("http://www.w3.org/2000/svg", "")
    assert "https://" not in page and "//fonts" not in page


def test_storyboard_readme(protogen, gallery):
    data = protogen("new", HABIT, "--gallery", str(gallery), "--json").json
    md = (gallery / "prototypes" / data["slug"] / "README.md").read_text()
    for heading in (
        "## The idea",
        "## The problem",
        "## Persona",
        "## User stories",
        "## Storyboard",
        "## Run it",
        "## Validate in the meeting",
        "## How it was made",
    ):
        assert heading in md
    assert "As a " in md and "I want" in md and "so that" in md
    assert f"protogen serve {data['slug']}" in md
    assert "**Success metric:**" in md and "**Open questions**" in md
    scenes = md.split("## Storyboard")[1].split("##")[0]
    assert 4 <= sum(1 for line in scenes.splitlines() if line[:2].rstrip(".").isdigit()) <= 6


def test_same_idea_twice_gets_two_slugs_and_two_commits(protogen, gallery, env):
    a = protogen("new", HABIT, "--gallery", str(gallery), "--json").json
    b = protogen("new", HABIT, "--gallery", str(gallery), "--json").json
    assert a["slug"] != b["slug"] and b["slug"].startswith(a["slug"])
    assert commit_count(gallery, env) == 2
    site = (gallery / "index.html").read_text()
    assert f"prototypes/{a['slug']}/" in site and f"prototypes/{b['slug']}/" in site
    assert site.index(f"prototypes/{b['slug']}/") < site.index(f"prototypes/{a['slug']}/")


def test_commit_leaves_the_users_other_changes_alone(protogen, gallery, env):
    protogen("new", HABIT, "--gallery", str(gallery))
    (gallery / "notes.txt").write_text("mine, untracked\n")
    (gallery / "staged.txt").write_text("mine, staged\n")
    git(gallery, "add", "staged.txt", env=env)
    readme = gallery / "prototypes"
    before = git(gallery, "status", "--porcelain", env=env)
    r = protogen("new", "A recipe planner for busy parents", "--gallery", str(gallery), "--json")
    assert r.code == 0, r.err
    changed = git(gallery, "show", "--name-only", "--format=", "HEAD", env=env).split()
    assert all(
        p.startswith(("prototypes/" + r.json["slug"], "site/")) or p in ("index.html", "README.md")
        for p in changed
    )
    assert "staged.txt" not in changed and "notes.txt" not in changed
    assert git(gallery, "status", "--porcelain", env=env) == before
    assert readme.is_dir()


def test_no_git_identity_uses_a_fallback_and_says_so_once(protogen, gallery, env, tmp_path):
    empty = tmp_path / "empty.gitconfig"
    empty.write_text("")
    no_id = {"GIT_CONFIG_GLOBAL": str(empty)}
    r1 = protogen("new", HABIT, "--gallery", str(gallery), extra_env=no_id)
    assert r1.code == 0, r1.err
    assert "git config --global user.name" in r1.err
    author = git(gallery, "log", "-1", "--format=%an <%ae>", env={**env, **no_id})
    assert author.strip() == "protogen <protogen@localhost>"
    r2 = protogen("new", "Another idea for cyclists", "--gallery", str(gallery), extra_env=no_id)
    assert r2.code == 0 and "user.name" not in r2.err


def test_gallery_from_environment_variable(protogen, gallery):
    r = protogen("new", HABIT, "--json", extra_env={"PROTOGEN_GALLERY": str(gallery)})
    assert r.code == 0 and r.json["path"].startswith(str(gallery))


def test_default_gallery_is_in_home(protogen, env):
    r = protogen("new", HABIT, "--json")
    assert r.code == 0
    assert r.json["path"].startswith(env["HOME"] + "/protogen-gallery/prototypes/")


def test_idea_from_stdin(protogen, gallery):
    r = protogen(
        "new",
        "-",
        "--gallery",
        str(gallery),
        "--json",
        input="Una aplicación para dueños de perros que encuentra paseadores.\n",
    )
    assert r.code == 0, r.err
    page = (gallery / "prototypes" / r.json["slug"] / "index.html").read_text()
    assert '<html lang="es">' in page and "dueños de perros" in page


def test_no_commit_writes_files_without_committing(protogen, gallery, env):
    r = protogen("new", HABIT, "--gallery", str(gallery), "--no-commit", "--json")
    assert r.code == 0 and r.json["commit"] is None
    assert (gallery / "prototypes" / r.json["slug"] / "index.html").is_file()
    assert commit_count(gallery, env) == 0


@pytest.mark.parametrize("palette", ["ocean", "forest", "sunset", "grape", "graphite", "midnight"])
def test_palettes(protogen, gallery, palette):
    r = protogen("new", HABIT, "--gallery", str(gallery), "--palette", palette, "--json")
    assert r.code == 0, r.err
    rec = json.loads((gallery / "prototypes" / r.json["slug"] / "protogen.json").read_text())
    page = (gallery / "prototypes" / r.json["slug"] / "index.html").read_text()
    assert rec["knobs"]["palette"] == palette
    assert f"--accent:{rec['knobs']['palette_colors']['accent']}" in page


def test_tone_reaches_the_page(protogen, gallery):
    bold = protogen("new", HABIT, "--gallery", str(gallery), "--tone", "bold", "--json").json
    page = (gallery / "prototypes" / bold["slug"] / "index.html").read_text()
    assert any(cta in page for cta in ("Get early access", "Claim your spot", "I want in"))


def test_japanese_idea_end_to_end(protogen, gallery):
    idea = (
        "リモートチーム向けの習慣トラッカー。スタンドアップを忘れるとSlackで通知し、"
        "マネージャーには週次の連続記録ダッシュボードを表示します🔥"
    )
    r = protogen("new", idea, "--gallery", str(gallery), "--json")
    assert r.code == 0, r.err
    assert r.json["slug"].isascii()
    page = (gallery / "prototypes" / r.json["slug"] / "index.html").read_text()
    assert '<html lang="ja">' in page and "🔥" in page and 'lang="ja" dir="auto"' in page


def test_list_templates_and_help(protogen, gallery):
    protogen("new", HABIT, "--gallery", str(gallery))
    listing = protogen("list", "--gallery", str(gallery), "--json")
    listed = json.loads(listing.out)
    assert listing.code == 0 and listed["count"] == 1 and len(listed["prototypes"]) == 1
    assert listed["gallery"] == str(gallery.resolve())
    table = protogen("list", "--gallery", str(gallery))
    assert table.code == 0 and "landing" in table.out
    t = protogen("templates")
    assert t.code == 0 and "landing" in t.out and "ocean" in t.out
    for args in (
        ["--help"],
        ["new", "--help"],
        ["list", "--help"],
        ["gallery", "build", "--help"],
        ["serve", "--help"],
        ["templates", "--help"],
    ):
        h = protogen(*args)
        assert h.code == 0 and "Usage" in h.out


def test_script_entry_point_and_version(env):
    r = subprocess.run(
        [sys.executable, "-m", "protogen", "--version"], capture_output=True, text=True, env=env
    )
    assert r.returncode == 0 and r.stdout.startswith("protogen ")


def test_german_idea_end_to_end(protogen, gallery):
    """A German idea: a German page and README, written by the new offline writer, without
    importing openai or pydantic."""
    idea = (
        "Eine Plattform für Handwerksbetriebe, die Angebote aus Fotos der Baustelle erstellt "
        "und offene Rechnungen nachverfolgt."
    )
    r = protogen(
        "new",
        idea,
        "--gallery",
        str(gallery),
        "--json",
        "--tone",
        "formal",
        extra_env={"PYTHONPROFILEIMPORTTIME": "1"},
    )
    assert r.code == 0, r.err
    imported = {line.rsplit("|", 1)[-1].strip() for line in r.err.splitlines() if "|" in line}
    assert "protogen.writers.offline.german" in imported
    assert not {m for m in imported if m.split(".")[0] in ("openai", "pydantic")}
    data = json.loads(r.out)
    proto = gallery / "prototypes" / data["slug"]
    page = (proto / "index.html").read_text()
    assert '<html lang="de">' in page
    assert "eine Plattform für Handwerksbetriebe" in page or "Plattform" in page
    brief = json.loads((proto / "protogen.json").read_text())["brief"]
    assert brief["lang"] == "de" and brief["labels"]["email_label"] == "E-Mail-Adresse"
    assert any("Rechnungen" in f["text"] for f in brief["features"])
    readme = (proto / "README.md").read_text()
    assert "## Das Problem" in readme and "- Als " in readme and "möchte ich" in readme
    assert " Sie " in brief["signup_text"] or "Ihre" in brief["signup_text"]  # formal: Sie
