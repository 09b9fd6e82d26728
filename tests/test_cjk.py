"""Japanese and Chinese, end to end and piece by piece: the reader's chunks, the forms
frames ask for, romaji and pinyin for the slug, and a real ``protogen new`` whose page,
slug and storyboard README speak the idea's language."""

from __future__ import annotations

import os
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from protogen.brief import validate_brief
from protogen.idea import normalise_idea
from protogen.writers.offline import OfflineWriter, cjk
from protogen.writers.offline import ja_morph as jm
from protogen.writers.offline.chinese import pinyin


def read(text: str, lang: str):
    return cjk.read(text, lang)


@pytest.mark.parametrize(
    ("plain", "polite", "te", "can"),
    [
        ("需要を予測する", "需要を予測します", "需要を予測して", "需要を予測できる"),
        ("通知が届く", "通知が届きます", "通知が届いて", "通知が届く"),
        ("安く譲る", "安く譲ります", "安く譲って", "安く譲れる"),
        ("家族を見守る", "家族を見守ります", "家族を見守って", "家族を見守れる"),
        ("連絡帳を見る", "連絡帳を見ます", "連絡帳を見て", "連絡帳を見られる"),
        ("時間がない", "時間がありません", "時間がなくて", "時間がない"),
        ("席が見つからない", "席が見つかりません", "席が見つからなくて", "席が見つからない"),
        ("入力が面倒だ", "入力が面倒です", "入力が面倒で", "入力が面倒だ"),
    ],
)
def test_japanese_forms_frames_ask_for(plain, polite, te, can):
    assert jm.polite(plain) == polite
    assert jm.te(plain) == te
    assert jm.potential(plain) == can
    assert jm.to_plain(polite) == plain or jm.verb_class(plain) == "da"


@pytest.mark.parametrize(
    ("idea_form", "plain"),
    [("表示します", "表示する"), ("通知し", "通知する"), ("貸し", "貸す"), ("届けます", "届ける"),
     ("見守ります", "見守る"), ("借ります", "借りる"), ("見つかりません", "見つからない")],
)  # fmt: skip
def test_japanese_clauses_are_read_in_the_plain_form(idea_form, plain):
    assert jm.to_plain(idea_form) == plain


@pytest.mark.parametrize(
    ("word", "romaji"),
    [("需要", "juyo"), ("教科書", "kyokasho"), ("日報", "nippo"), ("学校", "gakko"),
     ("パン", "pan"), ("ピッキング", "pikkingu"), ("フットサル", "futtosaru"), ("鍵", "kagi")],
)  # fmt: skip
def test_romaji_reads_like_hepburn(word, romaji):
    assert jm.romaji(word) == romaji


def test_a_word_whose_reading_is_unknown_has_no_romaji():
    assert jm.romaji("鬱") is None  # the namer picks another word rather than guess


def test_pinyin_joins_syllables_without_tones():
    assert pinyin("发票") == "fapiao"
    assert pinyin("还款") == "haikuan"  # the common reading, not text-unidecode's "huan"


@pytest.mark.parametrize(
    ("idea", "product", "audience", "pain"),
    [
        (
            "小さなパン屋では毎晩パンが余ってしまう。天気と過去の売上から翌日の需要を予測するアプリを作りたい。",
            "需要予測アプリ",
            "小さなパン屋",
            "小さなパン屋では毎晩パンが余ってしまう",
        ),
        (
            "リモートチーム向けの習慣トラッカー。スタンドアップを忘れるとSlackで通知します。",
            "習慣トラッカー",
            "リモートチーム",
            "",
        ),
        (
            "えっと、考えてたんだけど、連絡帳がまだ紙で、先生も親も書くのが大変なんだよね。"
            "スマホで連絡帳を書けるアプリがあったらいいなって。",
            "連絡帳アプリ",
            "先生と親",
            "連絡帳がまだ紙で、先生も親も書くのが大変だ",
        ),
    ],
)  # fmt: skip
def test_japanese_reader_finds_product_audience_and_pain(idea, product, audience, pain):
    r = read(idea, "ja")
    assert r.product and r.product.text == product
    assert r.audience and r.audience.text == audience
    assert r.pain == pain


@pytest.mark.parametrize(
    ("idea", "product", "audience"),
    [
        ("帮助小餐馆根据天气和历史销量预测每天需要准备多少食材的应用", "食材预测应用", "小餐馆"),
        ("一个为自由职业者设计的发票工具，自动生成发票并提醒客户付款。", "发票工具", "自由职业者"),
        ("面向老年人的智能药盒，漏服时会通知子女。", "智能药盒", "老年人"),
    ],
)
def test_chinese_reader_finds_the_product_not_a_run_of_the_idea(idea, product, audience):
    """The previous reader took 帮助小餐馆根据天气和历史 for the product."""
    r = read(idea, "zh")
    assert r.product and r.product.text == product
    assert r.audience and r.audience.text == audience


@pytest.mark.parametrize(
    ("idea", "lang"),
    [
        ("あったら便利な、家事を分担するアプリ", "ja"),
        ("スマホで使える家計簿", "ja"),
        ("一个记账小程序", "zh"),
        ("宠物界的滴滴", "zh"),
    ],
)
def test_no_invented_audience(idea, lang):
    b = OfflineWriter().write(normalise_idea(idea), tone="friendly").brief
    assert not re.search("忙しい|忙碌|みなさん|人们", str(b))


def test_a_question_and_a_wish_become_promises_not_pains():
    r = read("要是农民能把卖不完的蔬菜直接卖给附近的餐厅就好了。", "zh")
    assert not r.pain and r.promises and r.promises[0].subject == "农民"
    r = read("近所の人同士で、使わない工具を貸し借りできたらどうだろう？", "ja")
    assert r.promises[0].does == "使わない工具を貸し借りできる" and r.audience.text == "近所の人"


def test_bold_japanese_is_plain_and_formal_chinese_says_nin():
    idea = normalise_idea(
        "中小企業の経理担当者向けに、請求書をスキャンするだけで仕訳を自動作成するサービス。"
    )
    bold = OfflineWriter().write(idea, tone="bold").brief
    for f in bold["features"]:
        assert not f["text"].endswith(("ます。", "です。")), f
    formal = (
        OfflineWriter().write(normalise_idea("一个为自由职业者设计的发票工具"), tone="formal").brief
    )
    assert "你" not in str({k: v for k, v in formal.items() if k != "labels"})


@pytest.mark.parametrize(
    ("idea", "slug"),
    [
        (
            "小さなパン屋では毎晩パンが余ってしまう。天気と過去の売上から翌日の需要を予測する"
            "アプリを作りたい。",
            r"juyo\w*-\w+",
        ),
        ("帮助小餐馆根据天气和历史销量预测每天需要准备多少食材的应用", r"shicai-\w+"),
    ],
)  # fmt: skip
def test_new_gives_a_short_readable_slug_and_a_readme_in_the_language(
    protogen, gallery, idea, slug
):
    r = protogen("new", idea, "--gallery", str(gallery), "--json")
    assert r.code == 0, r.err
    assert re.fullmatch(slug, r.json["slug"]) and len(r.json["slug"]) <= 24
    folder = gallery / "prototypes" / r.json["slug"]
    readme = (folder / "README.md").read_text(encoding="utf-8")
    html = MarkdownIt("commonmark").render(readme)
    if re.search("[ぁ-ん]", idea):
        assert "<h2>課題</h2>" in html and "<h2>ユーザーストーリー</h2>" in html
        assert re.search(r"<li>.+として、.+ように、.+。</li>", html)
    else:
        assert "<h2>问题</h2>" in html and "<h2>用户故事</h2>" in html
        assert re.search(r"<li>作为.+，我希望.+，以便.+。</li>", html)
    page = (folder / "index.html").read_text(encoding="utf-8")
    assert "<q>" in page  # the quote marks follow the page's language (「」 in Japanese)


_JA = ["リモートチーム", "小さなパン屋", "高齢の親", "大学生", "近所の人", "看護師"]
_JA_VERBS = ["予測する", "通知します", "共有できる", "見守り", "譲れる", "記録して"]
_ZH = ["自由职业者", "小餐馆", "老年人", "大学生", "邻居", "员工"]
_ZH_VERBS = ["自动生成发票", "提醒客户付款", "互相借用工具", "实时显示空座", "预测销量"]
_CJK_SHAPES = [
    "{a}向けの{x}アプリ。{v}",
    "{a}では毎晩{x}が余ってしまう。{x}を{v}ツールを作りたい。",
    "{a}同士で、{x}を{v}できたらどうだろう？",
    "・{x}を{v}\n・{a}に{v}",
    "えっと、考えてたんだけど、{x}って{v}んだよね。",
    "{x}版のUber",
    "为{a}设计的{x}工具，{v}并{v}。",
    "如果{a}可以{v}，会怎么样？",
    "就是说，我一直在想，{a}总是{v}。能不能做个小程序，{v}？",
    "{x}界的滴滴",
    "帮我做一个给{a}用的{x}应用，{v}。",
]


@settings(
    max_examples=int(os.environ.get("PROTOGEN_FUZZ", "200")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(
    st.sampled_from(_CJK_SHAPES),
    st.sampled_from(_JA + _ZH),
    st.sampled_from(_JA_VERBS + _ZH_VERBS),
    st.text(alphabet="あいうアイウ一二三的了，。、！？ 🔥x", min_size=0, max_size=20),
    st.sampled_from(["friendly", "bold", "formal"]),
    st.integers(min_value=0, max_value=2**32),
)
def test_cjk_idea_shapes_give_valid_briefs(shape, a, v, x, tone, seed):
    """Generated ideas of every shape, with noise in the slots, never give an invalid
    Brief, a traceback, a space between CJK characters or a doubled full stop."""
    try:
        idea = normalise_idea(shape.format(a=a, v=v, x=x))
    except Exception:  # an empty idea is refused before the writer sees it
        return
    result = OfflineWriter().write(idea, tone=tone, seed=seed)
    assert validate_brief(result.brief) == result.brief
    text = str({k: v for k, v in result.brief.items() if k != "labels"})
    assert "。。" not in text and "、。" not in text
    assert result.meta.get("name_ascii", "a").isascii()
