"""Briefs for the picture tests: the offline writer's, for ideas in many languages, and
hand-made ones whose words are as long, as foreign or as hostile as a Brief allows."""

from __future__ import annotations

import copy
from typing import Any

from protogen.idea import normalise_idea
from protogen.writers import get_writer

IDEAS = {
    "en": "A habit tracker for remote teams that nudges people in Slack when they skip "
    "their standup notes, and shows managers a weekly streak dashboard.",
    "es": "Una app que ayuda a los restaurantes pequeños a gestionar pedidos y reservas.",
    "fr": "Une application qui aide les artisans à rédiger leurs devis en cinq minutes.",
    "de": "Eine App, die Handwerkern hilft, Angebote in fünf Minuten statt einer Stunde "
    "zu schreiben.",
    "pt": "Um aplicativo que ajuda professores a corrigir redações com mais rapidez.",
    "ja": "チームの日報を自動でまとめて、マネージャーに毎週のサマリーを送るアプリ",
    "zh": "一个帮助小餐馆老板管理外卖订单和库存的工具",
    "ko": "팀의 일일 보고서를 자동으로 요약해서 매니저에게 보내는 앱",
    "ar": "تطبيق يساعد الفرق البعيدة على تتبع عاداتها اليومية ومشاركة التقدم",
    "ru": "Приложение, которое помогает удалённым командам отслеживать привычки",
}
PALETTES = ("ocean", "forest", "sunset", "grape", "graphite", "midnight")

HOSTILE = (
    "<img src=x onerror=alert(1)>](javascript:alert(1)) & \"quotes\" 'single' "
    "<script>alert(1)</script> ]]> <!-- x --> {{7*7}} \x00\x07 \ud800 \ufffe"
)
LONG_EN = (
    "Alex opens the dashboard on Monday morning and discovers that the weekly streak for "
    "the whole remote team has been computed from the standup notes, with nudges sent in "
    "Slack to the three people who skipped, and a tidy summary waiting for the manager "
    "before the first coffee of the day is even finished, every single week of the year."
)[:300]
WORD = "Supercalifragilisticexpialidocious" * 9  # 306 characters, no break
CJK = ("毎週のサマリーを自動で作成し、チーム全員の日報をまとめて、マネージャーに送信します。" * 8)[
    :300
]
ZH = ("小林每天早上打开应用，看到所有外卖订单和库存自动汇总，不再需要手工记账。" * 9)[:300]
ARABIC = (
    "يفتح أحمد لوحة التحكم صباح يوم الاثنين ويكتشف أن سلسلة الفريق الأسبوعية قد حُسبت من "
    "ملاحظات الاجتماع اليومي، مع تذكيرات أُرسلت إلى ثلاثة أشخاص تخطوا الاجتماع، وملخص "
    "مرتب ينتظر المدير قبل أول فنجان قهوة في كل أسبوع من أسابيع السنة كلها دون استثناء."
)[:300]
MIXED = (
    "Alex 使用 TrackerNest で 毎日 streak を確認 🚀👩‍💻 and shares مرحبا with the team — "
    "“quoted” «guillemets» Ωμέγα Щедрый שלום नमस्ते ภาษาไทย " * 3
)[:300]
WIDE = "WWWWWWWWWW MMMMMMMMMM @@@@@@@@@@ ——————————" * 8
SAMPLES = {
    "long-en": LONG_EN,
    "word": WORD,
    "cjk": CJK,
    "zh": ZH,
    "arabic": ARABIC,
    "mixed": MIXED,
    "hostile": HOSTILE * 3,
    "wide": WIDE[:300],
}


def offline_brief(lang: str = "en") -> dict[str, Any]:
    """The offline writer's Brief for the idea in ``lang``."""
    writer = get_writer("offline")
    return writer.write(normalise_idea(IDEAS[lang]), tone="friendly").brief


def stress_brief(text: str, *, lang: str = "en", scenes: int = 6) -> dict[str, Any]:
    """An offline Brief with every word the pictures show replaced by ``text`` (cut to
    each field's length limit): the worst a Brief can hold."""
    b = copy.deepcopy(offline_brief("en"))
    short = text[:120]
    b.update(lang=lang, name=short, tagline=short, subhead=text[:600], cta=short)
    b["persona"] = {**b["persona"], "name": short, "role": short}
    b["scenes"] = [{"title": short, "caption": text[:600]} for _ in range(scenes)]
    b["features"] = [{"title": short, "text": text[:600]} for _ in range(3)]
    core = b["core_screen"]
    core.update(title=short, action=short)
    core["items"] = [{**item, "title": short} for item in core["items"]]
    return b
