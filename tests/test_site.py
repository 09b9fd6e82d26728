"""The gallery site: cards, counts, rebuild, and the root README."""

import json
from datetime import UTC, datetime, timedelta

from protogen.idea import normalise_idea
from protogen.record import Record
from protogen.site import gallery_html, gallery_readme, stats
from protogen.writers.offline import OfflineWriter

from .conftest import HABIT, commit_count, git


def record(slug, created):
    brief = OfflineWriter().write(normalise_idea(HABIT), tone="friendly").brief
    return Record.create(
        slug=slug,
        idea=HABIT,
        idea_lang="en",
        brief=brief,
        template={"name": "landing", "version": "1"},
        knobs={"tone": "friendly", "palette": "ocean"},
        writer="offline",
        writer_meta={},
        protogen_version="t",
        created_at=created,
        timings={},
        seconds=0.0,
    )


def test_shots_on_goal_counts():
    now = datetime(2026, 11, 19, 12, tzinfo=UTC)  # a Thursday
    recs = [
        record("a", now),
        record("b", datetime(2026, 11, 16, 0, 30, tzinfo=UTC)),
        record("c", datetime(2026, 11, 15, 23, tzinfo=UTC)),  # Sunday: last week
        record("d", datetime(2026, 11, 1, tzinfo=UTC)),
        record("e", datetime(2026, 10, 31, tzinfo=UTC)),
    ]
    s = stats(recs, now)
    assert (s["total"], s["week"], s["month"]) == (5, 2, 4)
    # weeks start on Monday: 16 Nov (a, b), 9 Nov (c), 2 Nov (none), 26 Oct (d, e)
    assert [w["count"] for w in s["weeks"]][-4:] == [2, 0, 1, 2]
    assert len(s["weeks"]) == 8


def test_site_and_readme_list_every_record_with_relative_links():
    now = datetime.now(UTC)
    recs = [record("newer", now), record("older", now - timedelta(days=3))]
    html = gallery_html(recs, now)
    assert 'href="prototypes/newer/index.html"' in html
    assert 'href="prototypes/older/README.md"' in html
    assert "http://" not in html.replace("http://www.w3.org/2000/svg", "")
    md = gallery_readme(recs, now)
    assert "(prototypes/newer/index.html)" in md and md.count("| ") > 4


def test_empty_gallery_page_invites_the_first_prototype():
    html = gallery_html([], datetime.now(UTC))
    assert "No prototypes yet" in html


def test_gallery_build_rebuilds_from_records(protogen, gallery, env):
    assert protogen("new", HABIT, "--gallery", str(gallery)).code == 0
    (gallery / "index.html").unlink()
    git(gallery, "commit", "-qam", "oops", env=env)
    r = protogen("gallery", "build", "--gallery", str(gallery))
    assert r.code == 0 and "commit" in r.out
    assert (gallery / "index.html").is_file()
    assert git(gallery, "log", "-1", "--format=%s", env=env).strip() == "Rebuild gallery site"
    n = commit_count(gallery, env)
    again = protogen("gallery", "build", "--gallery", str(gallery))
    assert again.code == 0 and "nothing to commit" in again.out and commit_count(gallery, env) == n


def test_card_shows_template_and_storyboard(protogen, gallery):
    r = protogen("new", HABIT, "--gallery", str(gallery), "--json")
    html = (gallery / "index.html").read_text()
    rec = json.loads((gallery / "prototypes" / r.json["slug"] / "protogen.json").read_text())
    assert rec["brief"]["name"] in html and ">landing<" in html
    assert f"prototypes/{r.json['slug']}/README.md" in html


def test_site_follows_record_edits_and_survives_a_broken_cache(protogen, gallery, env):
    r = protogen("new", HABIT, "--gallery", str(gallery), "--json")
    path = gallery / "prototypes" / r.json["slug"] / "protogen.json"
    rec = json.loads(path.read_text())
    rec["brief"]["name"] = "Renamed By Hand"
    path.write_text(json.dumps(rec))
    assert protogen("gallery", "build", "--gallery", str(gallery)).code == 0
    assert "Renamed By Hand" in (gallery / "index.html").read_text()
    (gallery / ".git" / "protogen" / "records-cache.json").write_text("{not json")
    assert protogen("gallery", "build", "--gallery", str(gallery), "--no-commit").code == 0
    assert "Renamed By Hand" in (gallery / "index.html").read_text()
    listing = json.loads(protogen("list", "--gallery", str(gallery), "--json").out)
    assert listing["prototypes"][0]["name"] == "Renamed By Hand"
