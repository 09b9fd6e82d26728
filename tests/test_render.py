"""The templates are standard cookiecutter templates; protogen renders them safely."""

import subprocess
import sys

import pytest

from protogen.errors import UserError
from protogen.render import list_templates, load_template, render_template


def test_real_cookiecutter_renders_the_shipped_template(tmp_path):
    tpl = load_template("landing")
    subprocess.run(
        [sys.executable, "-m", "cookiecutter", "--no-input", str(tpl.path), "-o", str(tmp_path)],
        check=True,
        capture_output=True,
    )
    page = (tmp_path / tpl.defaults["project_slug"] / "index.html").read_text()
    assert page.startswith("<!DOCTYPE html>") and tpl.defaults["brief"]["name"] in page


def test_template_listing_has_descriptions_and_palettes():
    templates = {t.name: t for t in list_templates()}
    assert "landing" in templates
    assert templates["landing"].description and len(templates["landing"].palettes) >= 5


def test_path_variables_must_be_slug_safe(tmp_path):
    tpl = load_template("landing")
    with pytest.raises(UserError):
        render_template(tpl, {"project_slug": "../x"}, tmp_path / "a")
    with pytest.raises(UserError):
        render_template(tpl, {"palette": "{{ 7*7 }}"}, tmp_path / "b")


def test_copy_is_data_not_source(tmp_path):
    tpl = load_template("landing")
    brief = dict(tpl.defaults["brief"], name="{{ 7*7 }}<b>")
    out = render_template(tpl, {"project_slug": "x", "brief": brief}, tmp_path / "c")
    page = (out / "index.html").read_text()
    assert "{{ 7*7 }}&lt;b&gt;" in page and "49&lt;b&gt;" not in page
