"""The storyboard frames and the preview: well-formed, accessible, self-contained SVG,
for Briefs in many languages and for the longest and most hostile words a Brief holds;
and the text engine that keeps every word inside its box."""

from __future__ import annotations

import re
import time
import xml.etree.ElementTree as ET

import pytest

from protogen import svgtext
from protogen.frames import arc, font_stack, storyboard_frames
from protogen.media import draw_media
from protogen.preview import preview_svg
from protogen.svgdraw import DEFAULT_COLORS, Palette

from .briefs import IDEAS, SAMPLES, offline_brief, stress_brief

SVG = "{http://www.w3.org/2000/svg}"
COLORS = {
    "ocean": DEFAULT_COLORS,
    "midnight": {
        "bg": "#0e1526",
        "surface": "#17213a",
        "ink": "#e6ebf4",
        "muted": "#a9b6cc",
        "accent": "#7cc4ff",
        "on_accent": "#07101f",
        "soft": "#1d2b4a",
        "border": "#2a3a5c",
    },
}


def check_svg(text: str) -> ET.Element:
    """Parse ``text`` and check what every picture of protogen promises."""
    root = ET.fromstring(text)
    assert root.tag == f"{SVG}svg"
    assert root.get("role") == "img"
    assert re.fullmatch(r"0 0 \d+ \d+", root.get("viewBox", ""))
    first, second = list(root)[:2]
    assert first.tag == f"{SVG}title" and (first.text or "").strip()
    assert second.tag == f"{SVG}desc" and (second.text or "").strip()
    assert root.get("aria-labelledby") == f"{first.get('id')} {second.get('id')}"
    for el in root.iter():
        tag = el.tag.removeprefix(SVG)
        assert tag not in ("script", "foreignObject", "image", "use", "a", "iframe", "style")
        for name, value in el.attrib.items():
            assert not name.lower().startswith("on"), name
            assert "href" not in name, name
            assert "javascript:" not in value.lower()
            if "url(" in value:
                assert re.fullmatch(r"url\(#[\w-]+\)", value), value
    return root


def texts(root: ET.Element) -> list[str]:
    return [el.text or "" for el in root.iter(f"{SVG}text")]


@pytest.mark.parametrize("lang", sorted(IDEAS))
def test_frames_from_the_offline_writer_in_many_languages(lang):
    brief = offline_brief(lang)
    for palette in ("ocean", "midnight"):
        frames = storyboard_frames(brief, COLORS[palette])
        assert [f.file for f in frames] == [
            f"storyboard/frame-{i}.svg" for i in range(1, len(brief["scenes"]) + 1)
        ]
        assert 4 <= len(frames) <= 6
        for frame, scene in zip(frames, brief["scenes"], strict=True):
            root = check_svg(frame.svg)
            assert root.get("lang") == brief["lang"]
            assert frame.title == scene["title"]
            assert scene["caption"] in frame.alt
            assert frame.svg.count("<svg") == 1
            # the title and the start of the caption are drawn in the frame
            drawn = " ".join(texts(root))
            assert scene["title"][:8] in drawn
        assert len({f.kind for f in frames}) == len(frames)  # each picture distinct
    preview = check_svg(preview_svg(brief, COLORS["ocean"]))
    assert brief["name"][:6] in " ".join(texts(preview))


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_stress_briefs_make_well_formed_frames(name):
    brief = stress_brief(SAMPLES[name], lang="ar" if name == "arabic" else "en")
    files, media = draw_media({"brief": brief, "knobs": {"palette_colors": DEFAULT_COLORS}})
    assert len(media["frames"]) == 6
    for text in files.values():
        root = check_svg(text)
        for line in texts(root):
            assert "\x00" not in line and "\ud800" not in line
    if name == "hostile":
        joined = "".join(files.values())
        assert "<img" not in joined and "<script" not in joined
        assert "&lt;img src=x onerror=alert(1)&gt;" in joined  # shown, as text


def test_palette_colours_are_checked_before_they_reach_the_svg():
    evil = {
        "accent": '#fff" onload="alert(1)',
        "bg": "red;background:url(x)",
        "ink": "#123",
        "muted": None,
    }
    p = Palette.from_colors(evil)
    assert p.accent == DEFAULT_COLORS["accent"] and p.bg == DEFAULT_COLORS["bg"]
    assert p.ink == "#123" and p.muted == DEFAULT_COLORS["muted"]
    for frame in storyboard_frames(offline_brief("en"), evil):
        check_svg(frame.svg)
        assert "onload" not in frame.svg and "url(x)" not in frame.svg
    assert Palette.from_colors("not a dict").bg == DEFAULT_COLORS["bg"]


@pytest.mark.parametrize("count", [4, 5, 6])
def test_the_story_arc_gives_each_scene_its_picture(count):
    brief = offline_brief("en")
    brief["scenes"] = [{"title": f"Scene {i}", "caption": f"Caption {i}"} for i in range(count)]
    frames = storyboard_frames(brief, DEFAULT_COLORS)
    assert [f.kind for f in frames] == list(arc(count))
    assert frames[0].kind == ("situation" if count == 6 else "friction")
    assert frames[-1].kind in ("outcome", "share")
    assert {"product", "app"} <= {f.kind for f in frames}


def test_a_missing_or_odd_scene_list_still_draws():
    brief = offline_brief("en")
    brief["scenes"] = [{"title": "Only"}, "not a scene", {"caption": "no title"}]
    frames = storyboard_frames(brief, {})
    assert len(frames) == 2
    for frame in frames:
        check_svg(frame.svg)
    assert storyboard_frames({"scenes": None}, None) == []


def test_fonts_are_system_fonts_with_the_right_cjk_first():
    assert "Noto Sans CJK JP" in font_stack("ja").split("CJK SC")[0]
    assert font_stack("zh").index("CJK SC") < font_stack("zh").index("CJK JP")
    assert font_stack("ko").index("CJK KR") < font_stack("ko").index("CJK JP")
    assert "url(" not in font_stack("en") and font_stack("en").endswith("sans-serif")


def test_drawing_is_fast_enough_for_new():
    record = {"brief": offline_brief("en"), "knobs": {"palette_colors": DEFAULT_COLORS}}
    draw_media(record)  # imports
    start = time.perf_counter()
    for _ in range(10):
        svgtext._measured.cache_clear()
        draw_media(record)
    assert (time.perf_counter() - start) / 10 < 0.02  # ~1.5 ms on the 2-core machine


# -- the text engine ---------------------------------------------------------------------
def test_the_width_table_covers_printable_ascii():
    assert all(len(t) == 95 for t in svgtext._ASCII)
    assert svgtext.char_em("W") > svgtext.char_em("i")
    assert svgtext.char_em("W", True) >= svgtext.char_em("W")
    assert svgtext.char_em("あ") == 1.0 and svgtext.char_em("\u0301") == 0.0
    assert svgtext.char_em("é") == svgtext.char_em("e")


@pytest.mark.parametrize("name", sorted(SAMPLES))
@pytest.mark.parametrize("box", [60, 150, 576])
def test_wrapped_lines_fit_and_stop_at_the_limit(name, box):
    text = SAMPLES[name]
    for size in (12, 18, 30):
        for lines_max in (1, 3):
            wrapped = svgtext.wrap(text, box, size, max_lines=lines_max)
            assert 1 <= len(wrapped.lines) <= lines_max
            for line in wrapped.lines:
                assert line and line == line.strip()
                # a cluster wider than the box is the only thing that may overflow
                assert svgtext.width(line, size) <= max(box, 1.3 * size * 1.04) + 0.01
            if wrapped.cut:
                assert wrapped.lines[-1].endswith(svgtext.ELLIPSIS)


def test_latin_breaks_at_spaces_and_long_words_between_letters():
    w = svgtext.wrap("one two three four five six seven", 90, 16, max_lines=5)
    assert all(" " not in line or line.split(" ")[0] for line in w.lines)
    assert " ".join(w.lines) == "one two three four five six seven"
    assert not w.split and not w.cut
    long = svgtext.wrap("x" * 80, 100, 16, max_lines=3)
    assert long.split and long.cut and long.lines[-1].endswith("…")


def test_cjk_breaks_between_characters_but_not_before_closing_punctuation():
    text = "さくらはまた同じ問題にぶつかり、「忙しい人たちのためのマネージャー」という約束を読む。"
    for box in range(70, 400, 7):  # from 3.7 characters a line
        w = svgtext.wrap(text, box, 18, max_lines=20)
        assert "".join(w.lines) == text
        for line in w.lines[1:]:
            assert line[0] not in "、。」』）！？ー"
        for line in w.lines[:-1]:
            assert line[-1] not in "「『（"


def test_katakana_and_korean_words_stay_whole_when_they_fit():
    w = svgtext.wrap("忙しい人たちのためのマネージャー", 250, 20, bold=True, max_lines=3)
    assert w.lines[-1].endswith("マネージャー") or w.lines[-1] == "マネージャー"
    assert not any(line.startswith("ジャー") for line in w.lines)
    k = svgtext.wrap("팀의 일일 보고서를 자동으로 요약합니다", 120, 16, max_lines=5)
    assert " ".join(k.lines) == "팀의 일일 보고서를 자동으로 요약합니다"


def test_right_to_left_text_is_marked():
    assert svgtext.wrap(SAMPLES["arabic"], 200, 16).rtl
    assert not svgtext.wrap("Hello مرحبا", 200, 16).rtl
    block = svgtext.text_block(
        svgtext.wrap(SAMPLES["arabic"], 200, 16, max_lines=2),
        x=10,
        y=20,
        box_width=200,
        size=16,
        line_height=20,
        fill="#000",
    )
    assert 'direction="rtl"' in block and 'x="210.0"' in block


def test_escaping_and_cleaning():
    assert svgtext.esc('<a href="x">&\'') == "&lt;a href=&quot;x&quot;&gt;&amp;&#39;"
    assert svgtext.clean("a\x00b\x07c\ud800d\ufffe  e\n\tf") == "abcd e f"
    ET.fromstring(f"<t>{svgtext.esc(SAMPLES['hostile'])}</t>")


def test_fit_size_prefers_the_largest_size_that_keeps_words_whole():
    size, lines = svgtext.fit_size("AngeboteMinuten", 170, (22, 19, 16), bold=True, max_lines=2)
    assert size == 16 and lines.lines == ("AngeboteMinuten",)
    size, lines = svgtext.fit_size("Hi", 170, (22, 19, 16), bold=True)
    assert size == 22
