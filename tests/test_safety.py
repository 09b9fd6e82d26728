"""Idea text is data: never evaluated as a template, escaped in HTML and Markdown."""

import json
import re
import subprocess
import sys

import pytest
from markdown_it import MarkdownIt

from protogen.markdown import md_escape, md_quote

from .conftest import git


def make(protogen, gallery, idea):
    r = protogen("new", idea, "--gallery", str(gallery), "--json")
    assert r.code == 0, r.err
    slug = r.json["slug"]
    proto = gallery / "prototypes" / slug
    return (
        slug,
        (proto / "index.html").read_text(),
        (proto / "README.md").read_text(),
        (gallery / "index.html").read_text(),
        (gallery / "README.md").read_text(),
    )


@pytest.mark.parametrize(
    "payload",
    [
        "{{ 7*7 }}",
        "{% raw %}",
        "{{ cycler.__init__.__globals__.os.popen('touch PWNED').read() }}",
        "{% for x in ().__class__.__base__.__subclasses__() %}{{ x }}{% endfor %}",
        "{{ self._TemplateReference__context }}",
    ],
)
def test_jinja_payloads_appear_literally_and_execute_nothing(protogen, gallery, tmp_path, payload):
    marker = tmp_path / "PWNED"
    idea = f"A planner for {payload} teams that tracks {payload} sprints"
    idea = idea.replace("PWNED", str(marker))
    _slug, page, readme, _site, _ = make(protogen, gallery, idea)
    assert not marker.exists()
    assert "49" not in page.split("<style>")[0] + page.split("</style>")[1].replace("1.49", "")
    escaped = payload.replace("'", "&#39;").replace("PWNED", str(marker))
    assert escaped in page  # shown literally in the quoted idea
    assert "{{" in readme or r"\{\{" in readme or "{%" in readme or r"\{%" in readme


def test_cookiecutter_itself_would_run_the_payload_which_is_why_we_do_not_use_it(tmp_path):
    """Documents the hole the renderer closes: cookiecutter renders extra_context."""
    marker = tmp_path / "RAN"
    code = (
        "import sys, json\n"
        "from cookiecutter.main import cookiecutter\n"
        "cookiecutter(sys.argv[1], no_input=True, output_dir=sys.argv[2], extra_context={"
        "'project_slug': 'x', 'idea': \"{{ cycler.__init__.__globals__.os.popen('touch "
        + str(marker)
        + "').read() }}\"})\n"
    )
    from protogen.render import load_template

    subprocess.run(
        [sys.executable, "-c", code, str(load_template("landing").path), str(tmp_path / "out")],
        check=True,
        capture_output=True,
    )
    assert marker.exists()


HOSTILE = (
    'An app <script>alert("x")</script> for <img src=x onerror=alert(1)> makers '
    "that links [click](javascript:alert(1)) and ![img](javascript:alert(2)) "
    '<a href="javascript:alert(3)">here</a>'
)


def test_html_is_escaped_on_the_page_site_and_readmes(protogen, gallery):
    _slug, page, readme, site, root_readme = make(protogen, gallery, HOSTILE)
    for html in (page, site):
        assert "<script>alert" not in html and "<img src=x" not in html
        assert 'href="javascript:' not in html
    assert "&lt;script&gt;" in page  # the page quotes the idea, escaped
    for md in (readme, root_readme):
        assert "<script>" not in md and "<img " not in md and "<a href" not in md
        rendered = MarkdownIt("commonmark").render(md)
        assert 'href="javascript:' not in rendered and 'src="javascript:' not in rendered
        assert "<script" not in rendered
        # the only images are protogen's own pictures: frames and screens
        for src in re.findall(r'<img src="([^"]*)"', rendered):
            assert src.startswith(("storyboard/frame-", "screens/")), src
        assert rendered.count("<img") == len(re.findall(r'<img src="', rendered))


def test_markdown_escaping_units():
    assert md_escape("<b>x</b>") == "&lt;b&gt;x&lt;/b&gt;"
    assert md_escape("[a](javascript:alert(1))") == r"\[a\](javascript:alert(1))"
    assert md_escape("# Title") == r"\# Title"
    assert md_escape("*not bold*") == r"\*not bold\*"
    assert md_quote("one\n\ntwo") == "> one\n>\n> two"


@pytest.mark.parametrize(
    "idea",
    ["../../etc/passwd app for admins", "/absolute/path tool", "../.. tool", "CON", "a/b\\c:d*e?f"],
)
def test_slugs_never_escape_prototypes(protogen, gallery, idea):
    r = protogen("new", idea, "--gallery", str(gallery), "--json")
    assert r.code == 0, r.err
    slug = r.json["slug"]
    assert slug.isascii() and "/" not in slug and "." not in slug and slug
    assert (gallery / "prototypes" / slug).resolve().parent == (gallery / "prototypes").resolve()


def test_record_is_valid_json_with_hostile_text(protogen, gallery):
    r = protogen("new", HOSTILE, "--gallery", str(gallery), "--json")
    rec = json.loads((gallery / "prototypes" / r.json["slug"] / "protogen.json").read_text())
    assert rec["idea"].startswith("An app <script>")


def test_hostile_palette_colors_in_a_record_do_not_reach_css(protogen, gallery, env):
    r = protogen("new", "A tool for gardeners", "--gallery", str(gallery), "--json")
    path = gallery / "prototypes" / r.json["slug"] / "protogen.json"
    rec = json.loads(path.read_text())
    rec["knobs"]["palette_colors"]["accent"] = "red;background:url(https://evil.example/x)"
    path.write_text(json.dumps(rec))
    git(gallery, "commit", "-qam", "edit record", env=env)
    assert protogen("gallery", "build", "--gallery", str(gallery)).code == 0
    assert "evil.example" not in (gallery / "index.html").read_text()
