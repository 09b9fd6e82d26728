"""Proof in a real browser (Debian's Chromium, via Playwright) that no word leaves its box:
every ``<text>`` of every frame and preview is measured with ``getBBox()``, for 300-
character captions, unbreakable words, CJK, Arabic (right to left) and mixed scripts."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from protogen import svgtext
from protogen.frames import SH, SW, SX, SY, H, W, font_stack, storyboard_frames
from protogen.preview import preview_svg
from protogen.svgdraw import DEFAULT_COLORS

from .briefs import IDEAS, SAMPLES, offline_brief, stress_brief

playwright = pytest.importorskip("playwright.sync_api")
CHROMIUM = os.environ.get("PROTOGEN_CHROMIUM", "/usr/bin/chromium")
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not shutil.which(CHROMIUM), reason=f"no Chromium at {CHROMIUM}"),
]
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]
SLACK = 1.5  # px: Chromium rounds boxes to whole pixels, and a J or f overhangs a little
MEASURE = """() => document.fonts.ready.then(() => [...document.querySelectorAll('text')].map(t => {
  const b = t.getBBox(); const box = t.closest('[data-box]');
  return {x: b.x, y: b.y, w: b.width, h: b.height, text: t.textContent,
          ax: +t.getAttribute('x'), ay: +t.getAttribute('y'),
          box: box ? box.getAttribute('data-box').split(',').map(Number) : null};
}))"""
#: Where the words of the product and app pictures must stay: the laptop's page and the
#: phone's screen (x0, y0, x1, y1).
DEVICES = {"product": (272, 46, 588, 230), "app": (308, 40, 468, 296)}


@pytest.fixture(scope="module")
def page():
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        try:
            yield browser.new_page()
        finally:
            browser.close()


def measure(page, tmp_path: Path, svg: str, name: str = "x.svg") -> list[dict]:
    path = tmp_path / name
    path.write_text(svg, encoding="utf-8")
    page.goto(path.as_uri())
    return page.evaluate(MEASURE)


def inside(b: dict, x0: float, y0: float, x1: float, y1: float) -> bool:
    """``b`` within the box, give or take rounding; the first glyph may overhang the
    start by its side bearing (a bold J: ~0.1 em), as it does in any layout."""
    bearing = max(SLACK, 0.1 * b["h"])
    return (
        b["x"] >= x0 - bearing
        and b["y"] >= y0 - SLACK
        and b["x"] + b["w"] <= x1 + SLACK
        and b["y"] + b["h"] <= y1 + SLACK
    )


def check_frames(page, tmp_path: Path, brief: dict) -> int:
    checked = 0
    for frame in storyboard_frames(brief, DEFAULT_COLORS):
        boxes = measure(page, tmp_path, frame.svg)
        assert boxes
        for b in boxes:
            where = f"{frame.file} ({frame.kind}): {b['text'][:40]!r} at {b}"
            assert b["w"] > 0 or not b["text"].strip(), where
            if b["ay"] > SY + SH:  # the caption block, under the picture
                assert inside(b, 32, SY + SH, W - 32, H), where
            else:  # in the picture: inside the stage, and inside a device's screen
                assert inside(b, SX, SY, SX + SW, SY + SH), where
                device = DEVICES.get(frame.kind)
                if (
                    device
                    and device[0] <= b["ax"] <= device[2]
                    and device[1] <= b["ay"] <= device[3]
                ):
                    assert inside(b, *device), where
            checked += 1
    return checked


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_long_and_foreign_words_stay_inside_every_frame(page, tmp_path, name):
    lang = {"arabic": "ar", "cjk": "ja", "zh": "zh"}.get(name, "en")
    assert check_frames(page, tmp_path, stress_brief(SAMPLES[name], lang=lang)) > 30


@pytest.mark.parametrize("lang", sorted(IDEAS))
def test_offline_frames_fit_in_every_language(page, tmp_path, lang):
    assert check_frames(page, tmp_path, offline_brief(lang)) > 20


@pytest.mark.parametrize("name", ["long-en", "cjk", "arabic", "word", "hostile"])
def test_the_preview_keeps_its_words_inside(page, tmp_path, name):
    brief = stress_brief(SAMPLES[name], lang={"cjk": "ja", "arabic": "ar"}.get(name, "en"))
    for b in measure(page, tmp_path, preview_svg(brief, DEFAULT_COLORS)):
        assert inside(b, 0, 0, 640, 400), b
        if b["ax"] < 380 and b["ay"] > 90:  # hero text stays left of the feature card
            assert b["x"] + b["w"] <= 392 + SLACK, b


def test_the_text_engine_in_a_real_browser(page, tmp_path):
    """Every sample, at every size, bold or not, in narrow and wide boxes, aligned either
    way: each line's box as Chromium lays it out stays inside the box it was wrapped for."""
    blocks = []
    y = 40
    samples = {
        **SAMPLES,
        **{f"offline-{k}": offline_brief(k)["scenes"][0]["caption"] for k in IDEAS},
    }
    for text in samples.values():
        for size in (11, 15, 18, 24, 34):
            for bold in (False, True):
                for box in (90, 230, 576):
                    for align in ("start", "middle"):
                        lines = svgtext.wrap(text, box, size, bold=bold, max_lines=4)
                        blocks.append(
                            f'<g data-box="20,{box}">'
                            + svgtext.text_block(
                                lines,
                                x=20,
                                y=y,
                                box_width=box,
                                size=size,
                                line_height=size * 1.3,
                                fill="#000",
                                bold=bold,
                                align=align,
                            )
                            + "</g>"
                        )
                        y += size * 1.3 * len(lines.lines) + 10
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 {y:.0f}" width="640" '
        f'height="{y:.0f}" font-family="{font_stack("en")}">{"".join(blocks)}</svg>'
    )
    boxes = measure(page, tmp_path, svg, "engine.svg")
    assert len(boxes) > 2000
    over = [b for b in boxes if not inside(b, b["box"][0], 0, b["box"][0] + b["box"][1], y)]
    assert not over, [(b["text"][:30], b["x"], b["w"], b["h"], b["box"]) for b in over[:8]]
