"""The offline writer reads the idea: its nouns, audience and promise reach the copy."""

import json
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from protogen.brief import Brief, validate_brief
from protogen.errors import UserError
from protogen.idea import normalise_idea
from protogen.writers.offline import OfflineWriter

from .conftest import HABIT


def write(text, tone="friendly"):
    """The offline Brief, checked against the pydantic model (and read as attributes)."""
    brief = OfflineWriter().write(normalise_idea(text), tone=tone).brief
    assert validate_brief(brief) == brief  # valid, and already in canonical form
    return Brief.model_validate(brief)


def test_deterministic():
    a, b = write(HABIT), write(HABIT)
    assert a.model_dump() == b.model_dump()


def test_copy_reflects_the_ideas_own_words():
    b = write(HABIT)
    assert b.lang == "en"
    assert "remote teams" in b.audience
    assert "habit tracker" in b.tagline + b.subhead
    titles = " ".join(f.title for f in b.features).lower()
    texts = " ".join(f.text for f in b.features).lower()
    assert "slack" in texts and "dashboard" in titles + texts
    assert 3 <= len(b.features) <= 6
    assert 4 <= len(b.scenes) <= 6
    assert any("nudge" in s.i_want for s in b.user_stories)


def test_not_the_idea_pasted_everywhere():
    b = write(HABIT)
    fields = [b.name, b.tagline, b.problem, b.cta, *(f.title for f in b.features)]
    assert not any(HABIT in f for f in fields)
    assert len({f.text for f in b.features}) == len(b.features)


def test_no_lorem_ipsum_anywhere():
    dumped = json.dumps(write(HABIT).model_dump()).lower()
    assert "lorem" not in dumped and "ipsum" not in dumped


def test_tone_changes_the_voice():
    friendly, bold, formal = (write(HABIT, t) for t in ("friendly", "bold", "formal"))
    assert len({friendly.cta, bold.cta, formal.cta}) == 3
    assert len({friendly.tagline, bold.tagline, formal.tagline}) == 3
    assert friendly.name == bold.name  # the product keeps its name across tones


def test_very_short_idea():
    b = write("Uber for tutors")
    assert "tutor" in (b.audience + b.tagline).lower()
    assert b.name and len(b.features) >= 3


def test_long_idea_is_handled_and_bounded():
    para = (
        "Our clinic scheduling assistant helps small physiotherapy practices fill "
        "cancelled slots. It texts patients on the waitlist when a slot opens. "
    )
    b = write(
        "A scheduling assistant for physiotherapy clinics that fills cancelled slots. " + para * 25
    )
    assert len(b.features) <= 6
    assert "physiotherapy" in b.audience.lower() + b.subhead.lower()
    assert len(b.subhead) <= 600


def test_spanish_idea_gets_spanish_copy():
    b = write(
        "Una aplicación para dueños de perros que encuentra paseadores de confianza "
        "cerca de casa y envía fotos del paseo en tiempo real."
    )
    assert b.lang == "es"
    assert "dueños de perros" in b.audience
    assert b.labels.email_label == "Correo electrónico"
    assert any("paseadores" in f.text for f in b.features)


def test_japanese_idea_with_emoji_gets_japanese_copy():
    b = write(
        "リモートチーム向けの習慣トラッカー。スタンドアップを忘れるとSlackで通知し、"
        "マネージャーには週次の連続記録ダッシュボードを表示します🔥"
    )
    assert b.lang == "ja"
    assert b.audience == "リモートチーム"
    assert "習慣トラッカー" in b.tagline
    assert any("ダッシュボード" in f.text for f in b.features)


@pytest.mark.parametrize(
    "text",
    [
        "Трекер привычек для удалённых команд, который напоминает о стендапах.",
        "원격 팀을 위한 습관 추적기",
        "تطبيق لتتبع العادات للفرق البعيدة",
    ],
)
def test_languages_without_a_phrasebook_fall_back_to_english_scaffolding(text):
    b = write(text)
    assert b.lang == "en" and b.name


@settings(
    max_examples=int(os.environ.get("PROTOGEN_FUZZ", "300")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(st.text(min_size=1, max_size=400), st.sampled_from(["friendly", "bold", "formal"]))
def test_any_idea_gives_a_valid_brief(text, tone):
    """The hot path skips pydantic; this is what makes that safe."""
    try:
        idea = normalise_idea(text)
    except UserError:
        return
    brief = OfflineWriter().write(idea, tone=tone).brief
    assert validate_brief(brief) == brief


@settings(max_examples=int(os.environ.get("PROTOGEN_FUZZ", "150")), deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "A",
                "an",
                "app",
                "for",
                "that",
                "and",
                "teams",
                "which",
                "to",
                "Uber",
                "para",
                "que",
                "y",
                "pour",
                "qui",
                "für",
                ",",
                ".",
                "向けの",
                "。",
                "、",
                "し",
                "dogs",
                "when",
                "they",
                "skip",
                "notes",
                "shows",
                "managers",
                "🔥",
                "<b>",
                "{{",
                "x" * 200,
            ]
        ),
        min_size=1,
        max_size=60,
    ).map(" ".join)
)
def test_idea_shaped_text_gives_a_valid_brief(text):
    try:
        idea = normalise_idea(text)
    except UserError:
        return
    brief = OfflineWriter().write(idea, tone="friendly").brief
    assert validate_brief(brief) == brief


@pytest.mark.parametrize(
    ("idea", "audience", "feature_text"),
    [
        (
            "An app that helps freelancers send invoices and chase late payments.",
            "freelancers",
            "send invoices",
        ),
        (
            "I want to build a platform where university students can swap textbooks.",
            "university students",
            "university students can swap textbooks",
        ),
        (
            "Help nurses on night shifts plan healthy meals",
            "nurses on night shifts",
            "plan healthy meals",
        ),
        (
            "A marketplace for local farmers to sell directly to restaurants.",
            "local farmers",
            "sell directly to restaurants",
        ),
    ],
)
def test_common_english_idea_shapes(idea, audience, feature_text):
    b = write(idea)
    assert b.audience == audience
    assert any(feature_text in f.text.lower() for f in b.features)
    assert b.subhead.count(audience) <= 1  # said once, not "for X that helps X"


def test_names_come_from_nouns_not_function_words():
    for idea in (
        "I want to build a platform where students swap textbooks.",
        "An app that helps freelancers send invoices.",
    ):
        name = write(idea).name.lower()
        assert not name.startswith(("want", "where", "help", "build"))


def test_german_relative_clauses_become_main_clauses():
    b = write(
        "Eine App für Hundebesitzer, die zuverlässige Gassigeher in der Nähe findet "
        "und Fotos vom Spaziergang schickt."
    )
    texts = [f.text for f in b.features]
    assert any(t.endswith("findet zuverlässige Gassigeher in der Nähe.") for t in texts)
    assert any(t.endswith("schickt Fotos vom Spaziergang.") for t in texts)
    assert not b.name.lower().startswith("eine")
