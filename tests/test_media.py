"""What ``new`` draws and records (frames, preview, ``media``), and the Markdown that shows
the pictures: escaped so no title can break out of an image, checked with markdown-it-py."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest
from markdown_it import MarkdownIt

from protogen.media import (
    FRAMES_END,
    FRAMES_START,
    SCREENS_END,
    SCREENS_START,
    draw_media,
    frames_markdown,
    screens_markdown,
    splice,
    with_shots,
)

from .briefs import offline_brief
from .conftest import HABIT, git

HOSTILE_TITLES = [
    "](javascript:alert(1))",
    "<img src=x onerror=alert(1)>",
    "![x](http://evil.example/t.png)",
    "[link](javascript:alert(1)) *bold* `code` <!-- c --> \\",
    "a]\n\n# heading\n\n[b",
]


def record_for(title: str, *, shot: bool = False) -> dict:
    brief = offline_brief("en")
    brief["name"] = title
    brief["scenes"] = [{"title": title, "caption": title} for _ in range(4)]
    record = {"slug": "demo", "brief": brief, "knobs": {}, "template": {"kind": "static"}}
    _, media = draw_media(record)
    if shot:
        media = with_shots(media, thumb="screens/thumb.webp", version=title, seconds=1.5)
    record["media"] = media
    return record


def tokens(md: str) -> list:
    flat = []
    for token in MarkdownIt("commonmark").parse(md):
        flat.append(token)
        flat.extend(token.children or [])
    return flat


@pytest.mark.parametrize("title", HOSTILE_TITLES)
@pytest.mark.parametrize("shot", [False, True])
def test_no_title_breaks_out_of_an_image(title, shot):
    record = record_for(title, shot=shot)
    md = "\n".join([*frames_markdown(record), "", *screens_markdown(record)])
    found = tokens(md)
    images = [t for t in found if t.type == "image"]
    expected = [f"storyboard/frame-{i}.svg" for i in range(1, 5)]
    expected += ["screens/desktop.png", "screens/phone.png"] if shot else ["screens/preview.svg"]
    assert [t.attrs["src"] for t in images] == expected
    assert not [t for t in found if t.type == "link_open"]
    assert not [t for t in found if t.type == "html_inline"]
    blocks = [t.content.strip() for t in found if t.type == "html_block"]
    assert blocks == [FRAMES_START, FRAMES_END, SCREENS_START, SCREENS_END]
    headings = [found[i + 1].content for i, t in enumerate(found) if t.type == "heading_open"]
    assert headings == ["Screens"]  # no heading smuggled in by a title
    html = MarkdownIt("commonmark").render(md)
    assert "<img src=x" not in html and 'href="javascript' not in html
    assert "evil.example/t.png" not in " ".join(t.attrs.get("src", "") for t in images)
    # the words still read as written, in the alt text and the captions
    assert title.split("\n")[0][:6] in MarkdownIt("commonmark").render(md).replace("&lt;", "<")


def test_record_paths_are_ours_before_they_reach_a_link():
    record = record_for("Plain")
    record["media"]["frames"][0]["file"] = "javascript:alert(1)"
    record["media"]["screens"] = {"desktop": "../../secret.png", "phone": "screens/phone.png"}
    record["media"]["shot"] = {"at": "2025-01-01T00:00:00+00:00", "with": "x", "seconds": 1}
    md = "\n".join([*frames_markdown(record), *screens_markdown(record)])
    srcs = [t.attrs["src"] for t in tokens(md) if t.type == "image"]
    assert srcs[0] == "storyboard/frame-1.svg" and "screens/desktop.png" in srcs
    assert "javascript" not in md and "secret" not in md


def test_splice_replaces_only_between_the_markers():
    readme = f"# Mine\n\nintro\n\n{FRAMES_START}\nold\n{FRAMES_END}\n\nmy notes\n"
    out = splice(readme, [FRAMES_START, "new", FRAMES_END], FRAMES_START, FRAMES_END)
    assert out == f"# Mine\n\nintro\n\n{FRAMES_START}\nnew\n{FRAMES_END}\n\nmy notes\n"
    old = "# Old README\n\ntext\n"
    out = splice(old, [SCREENS_START, "x", SCREENS_END], SCREENS_START, SCREENS_END, "## S")
    assert out == f"# Old README\n\ntext\n\n## S\n\n{SCREENS_START}\nx\n{SCREENS_END}\n"


def test_new_draws_frames_and_preview_and_records_them(protogen, gallery, env):
    r = protogen("new", HABIT, "--gallery", str(gallery), "--json")
    assert r.code == 0, r.err
    proto = gallery / "prototypes" / r.json["slug"]
    record = json.loads((proto / "protogen.json").read_text())
    media = record["media"]
    n = len(record["brief"]["scenes"])
    assert [f["file"] for f in media["frames"]] == [
        f"storyboard/frame-{i}.svg" for i in range(1, n + 1)
    ]
    for frame, scene in zip(media["frames"], record["brief"]["scenes"], strict=True):
        assert frame["title"] == scene["title"] and scene["caption"] in frame["alt"]
        ET.fromstring((proto / frame["file"]).read_text())
    assert media["thumbnail"] == "screens/preview.svg" and (proto / media["thumbnail"]).is_file()
    assert media["screens"] == {} and media["shot"] is None
    assert not (proto / "screens" / "desktop.png").exists()
    md = (proto / "README.md").read_text()
    for i in range(1, n + 1):
        assert f"](storyboard/frame-{i}.svg)" in md
    assert "## Screens" in md and "](screens/preview.svg)" in md
    assert f"protogen shoot {record['slug']}" in md
    committed = git(gallery, "show", "--name-only", "--format=", "HEAD", env=env).split()
    rel = f"prototypes/{record['slug']}"
    assert f"{rel}/storyboard/frame-1.svg" in committed
    assert f"{rel}/screens/preview.svg" in committed
    assert git(gallery, "status", "--porcelain", env=env) == ""


def test_new_with_shots_but_no_chromium_says_so_and_draws(protogen, gallery, tmp_path):
    assert protogen("new", "A tool for beekeepers", "--gallery", str(gallery)).code == 0
    (gallery / "protogen.toml").write_text(f'shots = true\nchromium = "{tmp_path}/none"\n')
    r = protogen("new", HABIT, "--gallery", str(gallery), "--json")
    assert r.code == 0, r.err
    assert r.err.count("no screenshots") == 1 and "'chromium' in protogen.toml" in r.err
    record = json.loads((gallery / "prototypes" / r.json["slug"] / "protogen.json").read_text())
    assert record["media"]["thumbnail"] == "screens/preview.svg"
    assert "shots" in record["timings"]


def test_default_new_loads_no_browser_code(protogen, gallery):
    r = protogen(
        "new", HABIT, "--gallery", str(gallery), extra_env={"PYTHONPROFILEIMPORTTIME": "1"}
    )
    assert r.code == 0
    imported = {line.rsplit("|", 1)[-1].strip() for line in r.err.splitlines() if "|" in line}
    assert {"protogen.frames", "protogen.preview"} <= imported  # it did draw
    assert not imported & {"protogen.chromium", "protogen.screens", "protogen.shoot"}


def test_app_prototypes_get_frames_and_a_preview(protogen, gallery):
    r = protogen("new", HABIT, "--gallery", str(gallery), "--template", "app", "--json")
    assert r.code == 0, r.err
    proto = gallery / "prototypes" / r.json["slug"]
    md = (proto / "README.md").read_text()
    assert "](screens/preview.svg)" in md and "protogen serve" in md.split("## Screens")[1]
    assert (proto / "storyboard" / "frame-4.svg").is_file()
