"""The idea stage: clean-up, limits and language."""

import pytest

from protogen.errors import UserError
from protogen.idea import MAX_IDEA_CHARS, normalise_idea


@pytest.mark.parametrize("raw", ["", "   ", "\n\t\n", "\x00\x01", "!!! ??? ..."])
def test_empty_or_wordless_ideas_are_refused(raw):
    with pytest.raises(UserError):
        normalise_idea(raw)


def test_control_characters_and_nul_are_stripped_but_paragraphs_kept():
    idea = normalise_idea("Hello\x00 wor\x1bld\u202e app\r\n\r\n\r\nSecond   paragraph\x07")
    assert idea.text == "Hello world app\n\nSecond paragraph"


def test_emoji_sequences_survive():
    assert "👩‍💻" in normalise_idea("An app for 👩‍💻 coders").text


def test_limit_is_enforced_with_a_message_naming_it():
    normalise_idea("a " * (MAX_IDEA_CHARS // 2 - 5))
    with pytest.raises(UserError, match="limit is 20,000"):
        normalise_idea("word " * (MAX_IDEA_CHARS // 4))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("A marketplace for dog walkers that books walks in one tap.", "en"),
        ("Una aplicación para dueños de perros que encuentra paseadores de confianza.", "es"),
        ("Une application pour les parents qui organise le covoiturage vers l'école.", "fr"),
        ("Eine App für Hundebesitzer, die zuverlässige Gassigeher in der Nähe findet.", "de"),
        ("Um aplicativo para donos de cães que encontra passeadores de confiança.", "pt"),
        ("リモートチーム向けの習慣トラッカー。", "ja"),
        ("为远程团队打造的习惯追踪器", "zh"),
        ("Трекер привычек для удалённых команд", "ru"),
        ("원격 팀을 위한 습관 추적기", "ko"),
    ],
)
def test_language_detection(text, lang):
    assert normalise_idea(text).lang == lang
