"""Bad input: one line on stderr, exit 1 (2 for usage), and an unchanged gallery."""

import sys

import pytest

from .conftest import HABIT, commit_count, git, tree_snapshot


@pytest.fixture
def seeded(protogen, gallery):
    assert protogen("new", HABIT, "--gallery", str(gallery)).code == 0
    return gallery


def assert_one_line_error(r, code=1, *needles):
    assert r.code == code, (r.code, r.out, r.err)
    lines = [line for line in r.err.splitlines() if line.strip()]
    assert len(lines) == 1, r.err
    assert lines[0].startswith("Error: ") and "Traceback" not in r.err
    for needle in needles:
        assert needle in lines[0]


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["new", ""], "empty"),
        (["new", "   \n\t "], "empty"),
        (["new", "x" * 20_001], "limit"),
        (["new", HABIT, "--palette", "neon"], "palette"),
        (["new", HABIT, "--tone", "sarcastic"], "tone"),
        (["new", HABIT, "--template", "nope"], "template"),
        (["new", HABIT, "--template", "../../etc"], "template"),
        (["new", HABIT, "--writer", "gpt"], "writer"),
        (["new", HABIT, "--writer", "openai"], "offline"),
    ],
)
def test_bad_input_leaves_gallery_unchanged(protogen, seeded, env, args, needle):
    before, commits = tree_snapshot(seeded), commit_count(seeded, env)
    r = protogen(*args, "--gallery", str(seeded))
    assert_one_line_error(r, 1, needle)
    assert tree_snapshot(seeded) == before and commit_count(seeded, env) == commits


def test_empty_stdin(protogen, gallery):
    r = protogen("new", "-", "--gallery", str(gallery), input="")
    assert_one_line_error(r, 1, "empty")
    assert not gallery.exists()


def test_nul_and_control_characters_are_stripped(protogen, gallery):
    r = protogen(
        "new",
        "-",
        "--gallery",
        str(gallery),
        "--json",
        input=b"A planner\x00 for bakers\x07 that\x1b tracks sourdough starters",
    )
    assert r.code == 0, r.err
    page = (gallery / "prototypes" / r.json["slug"] / "index.html").read_text()
    assert "\x00" not in page and "\x1b" not in page and "A planner for bakers" in page


def test_gallery_path_that_is_a_file(protogen, tmp_path):
    f = tmp_path / "file.txt"
    f.write_text("not a folder")
    r = protogen("new", HABIT, "--gallery", str(f))
    assert_one_line_error(r, 1, "is a file")
    assert f.read_text() == "not a folder"


@pytest.mark.parametrize("state", ["merge", "rebase"])
def test_gallery_in_the_middle_of_a_merge_or_rebase(protogen, seeded, env, state):
    if state == "merge":
        git(seeded, "checkout", "-q", "-b", "other", env=env)
        (seeded / "conflict.txt").write_text("other\n")
        git(seeded, "add", "conflict.txt", env=env)
        git(seeded, "commit", "-qm", "other", env=env)
        git(seeded, "checkout", "-q", "main", env=env)
        (seeded / "conflict.txt").write_text("main\n")
        git(seeded, "add", "conflict.txt", env=env)
        git(seeded, "commit", "-qm", "main", env=env)
        r = __import__("subprocess").run(
            ["git", "-C", str(seeded), "merge", "other"], capture_output=True, env=env
        )
        assert r.returncode != 0 and (seeded / ".git" / "MERGE_HEAD").exists()
    else:
        (seeded / ".git" / "rebase-merge").mkdir()
    before, commits = tree_snapshot(seeded), commit_count(seeded, env)
    r = protogen("new", "A second idea about bikes", "--gallery", str(seeded))
    assert_one_line_error(r, 1, state)
    assert tree_snapshot(seeded) == before and commit_count(seeded, env) == commits


def test_usage_errors_exit_2(protogen):
    assert protogen("new").code == 2
    assert protogen("new", HABIT, "--no-such-flag").code == 2
    assert protogen("frobnicate").code == 2


def test_debug_shows_tracebacks(protogen, gallery):
    r = protogen("new", "", "--gallery", str(gallery), extra_env={"PROTOGEN_DEBUG": "1"})
    assert r.code == 1 and "Traceback" in r.err and "UserError" in r.err


def test_list_on_a_missing_gallery(protogen, tmp_path):
    assert_one_line_error(protogen("list", "--gallery", str(tmp_path / "none")), 1, "No gallery")


def test_serve_unknown_slug(protogen, seeded):
    assert_one_line_error(
        protogen("serve", "../../etc", "--gallery", str(seeded)), 1, "No prototype"
    )
    assert_one_line_error(protogen("serve", "nope", "--gallery", str(seeded)), 1, "No prototype")


def test_existing_non_git_folder_is_not_turned_into_a_gallery(protogen, tmp_path):
    folder = tmp_path / "documents"
    folder.mkdir()
    (folder / "taxes.txt").write_text("private")
    r = protogen("new", HABIT, "--gallery", str(folder))
    assert_one_line_error(r, 1, "not a git repository")
    assert not (folder / ".git").exists() and tree_snapshot(folder) == {"taxes.txt": b"private"}


def test_os_error_mid_way_gives_a_one_line_error_and_rolls_back(protogen, tmp_path, env):
    """An OSError from the file system (here: 'prototypes' is a file) is no traceback."""
    gallery = tmp_path / "g"
    gallery.mkdir()
    git(gallery, "init", "-q", env=env)
    (gallery / "prototypes").write_text("a file where the folder should be")
    git(gallery, "add", "prototypes", env=env)
    git(gallery, "commit", "-qm", "odd", env=env)
    before = tree_snapshot(gallery)
    r = protogen("new", "A tool for potters", "--gallery", str(gallery))
    assert_one_line_error(r, 1, "prototypes")
    assert tree_snapshot(gallery) == before and commit_count(gallery, env) == 1


def test_missing_git_program(protogen, gallery, env, tmp_path):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "python3").symlink_to(sys.executable)
    r = protogen("new", HABIT, "--gallery", str(gallery), extra_env={"PATH": str(bin_dir)})
    assert_one_line_error(r, 1, "git is not installed")
