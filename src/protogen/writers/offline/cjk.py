"""What the Japanese and the Chinese readers share: sentences and bullet items, brand
analogies (ペットシッター版のUber, 宠物界的滴滴), the kind of product from cue words of
both languages, and the typography of the finished page (full-width punctuation, no
space between two CJK characters).

The readers themselves are :mod:`.japanese` and :mod:`.chinese`; :func:`read` picks one.
Their grammars (:mod:`.ja_grammar`, :class:`.chinese.ChineseGrammar`) are named by the
books.
"""

from __future__ import annotations

import re
from functools import cache

from protogen.writers.offline.reading import Reading

# a letter beyond ASCII (kanji, kana, Han) by category: a class with the code-point range
# of the kanji costs a millisecond or more to compile
CJK = r"[^\W\x00-\x7f]"


def quick(alternation: str, flags: int = 0) -> re.Pattern:
    """A compiled pattern for a long alternation of CJK words (cues, heads, verbs).

    Python's compiler sets a charset of the possible first characters before a pattern
    that starts with an alternation; for CJK words it spans the Han block and costs a
    millisecond or more to build, every time the process starts. A leading ``(?=.)``
    keeps the compiler from building it; matching is as fast for strings this short."""
    return re.compile(f"(?=.)(?:{alternation})", flags)


def read(text: str, lang: str) -> Reading:
    if lang == "zh":
        from protogen.writers.offline import chinese

        return chinese.read(text)
    from protogen.writers.offline import japanese

    return japanese.read(text)


# -- sentences -------------------------------------------------------------------------------
_BULLET = re.compile(r"^\s*(?:[・\-\*•●○◦▪■□※＊－]|\d{1,2}[.)．、）]|[①-⑳]|[（(]\d{1,2}[)）])\s*")


def split_units(text: str, lang: str) -> list[tuple[str, bool]]:
    """(sentence, is a bullet item) pairs, in order. A sentence keeps its question mark,
    so the reader can tell a question."""
    text = text.replace("\r", "")
    text = re.sub(r"(?<=[^\x00-\x7f])[!！]", "！", text)
    text = re.sub(r"(?<=[^\x00-\x7f])\?", "？", text)
    text = re.sub(r"(?<=[^\x00-\x7f])[.．](?=\s|$|[^\x00-\x7f])", "。", text)
    comma = "、" if lang == "ja" else "，"
    text = re.sub(r"(?<=[^\x00-\x7f]),\s*", comma, text)
    out: list[tuple[str, bool]] = []
    for line in text.split("\n"):
        if not line.strip():
            continue
        m = _BULLET.match(line)
        bullet = bool(m) and len(text.strip().split("\n")) > 1
        body = line[m.end() :] if m else line
        for sent in re.findall(r"[^。！？!?；;]+[。！？!?；;]*", body):
            # emoji and symbols around a sentence are tone, not words to read
            sent = re.sub(r"[^\w。！？!?；;、，）」』]+(?=[。！？!?；;]*$)", "", sent.strip())
            sent = re.sub(r"^[^\w「『（(]+", "", sent).strip()
            if sent.strip("。！？!?；; 　"):
                out.append((sent, bullet))
    return out


_CJK_MARKS = rf"(?:{CJK}|[、。！？，；：「」（）])"


def clean_spaces(text: str) -> str:
    """No space between two CJK characters, nor between one and a full-width mark."""
    text = re.sub(
        rf"(?<={_CJK_MARKS})[ \u3000]+(?={_CJK_MARKS})",
        "",
        text,
    )
    return text.strip()


# -- brand analogies ---------------------------------------------------------------------------
_BRANDS = {
    "ja": (
        "Uber|UBER|uber|ウーバー|Uber Eats|ウーバーイーツ|Airbnb|airbnb|エアビー(?:アンドビー)?|"
        "メルカリ|Tinder|ティンダー|Duolingo|デュオリンゴ|Netflix|ネットフリックス|Spotify|"
        "スポティファイ|食べログ|クックパッド|Amazon|アマゾン|タイミー|ココナラ|ジモティー|LINE"
    ),
    "zh": (
        "滴滴|美团|淘宝|闲鱼|Uber|优步|Airbnb|爱彼迎|抖音|小红书|大众点评|饿了么|拼多多|知乎|携程|"
        "Keep|多邻国|Duolingo|58同城|货拉拉|链家|BOSS直聘"
    ),
}
_BRAND_KIND = {
    "learning": ("Duolingo", "デュオリンゴ", "多邻国"),
    "health": ("Keep",),
    "consumer": (
        "Netflix",
        "ネットフリックス",
        "Spotify",
        "スポティファイ",
        "抖音",
        "知乎",
        "LINE",
    ),
}


def brand_analogy(text: str, lang: str) -> tuple[str, str] | None:
    """(brand, topic) for "ペットシッター版のUber", "UberのX版", "宠物界的滴滴": the brand is
    an analogy, never a name; the topic is what the idea is about."""
    brands = f"(?=.)(?:{_BRANDS[lang]})"  # see quick(): no first-character charset
    flat = text.strip().rstrip("。！？!?. ")
    if lang == "ja":
        pats = [
            rf"(?P<topic>[^、。！？]{{1,16}}?)(?:版|界|業界|専門|特化)?の(?P<brand>{brands})"
            r"(?:みたいな|のような|的な)?(?:もの|サービス|アプリ|の)?$",
            rf"^(?P<brand>{brands})の(?P<topic>[^、。！？]{{1,16}}?)版",
            rf"(?P<topic>[^、。！？]{{1,16}}?)(?:版|界)の(?P<brand>{brands})",
        ]
    else:
        pats = [
            rf"(?P<topic>[^，。！？]{{1,12}}?)(?:界|版|领域|行业|圈)?的(?P<brand>{brands})"
            r"(?:一样的|那样的)?(?:平台|应用|App|app|服务)?$",
            rf"^(?P<brand>{brands})(?:版|式)的(?P<topic>[^，。！？]{{1,12}})",
            rf"(?P<topic>[^，。！？]{{1,12}}?)(?:界|版|领域|行业)的(?P<brand>{brands})",
            rf"^(?:做一个|做个|一个)?(?P<topic>[^，。！？]{{1,10}}?)(?:版|界)(?P<brand>{brands})",
        ]
    for pat in pats:
        m = re.search(pat, flat)
        if m:
            topic = re.sub(
                r"^(?:えっと|なんか|つまり|就是|做一个|做个|一个|一款)[、，,]?",
                "",
                m.group("topic"),
            )
            topic = topic.strip("、，, 「」")
            return m.group("brand"), topic
    return None


def brand_kind(brand: str) -> str:
    for kind, names in _BRAND_KIND.items():
        if brand in names:
            return kind
    return "marketplace"


# -- kinds of product --------------------------------------------------------------------------
_KIND_CUES: dict[str, tuple[int, str]] = {
    "internal": (
        4,
        "社内|自社|社員|従業員|部署|総務|倉庫|シフトリーダー|業務用|うちの会社|当社|"
        "公司内部|内部使用|内部工具|员工|仓库|班组长|行政|人事部|本公司",
    ),
    "device": (
        3,
        "センサー|デバイス|ピルケース|首輪|ウェアラブル|取り付け|付けるだけ|設置|IoT|スマートロック|"
        "見守りカメラ|ボタン型|充電|電池|Bluetooth|"
        "传感器|设备|药盒|手环|门锁|摄像头|水表|阀门|安装在|装在|蓝牙|充电|硬件",
    ),
    "marketplace": (
        3,
        "マッチング|シェア|譲|貸し借り|売れる|売りたい|出品|フリマ|仲介|つなぐ|近所の人|Uber|"
        "ウーバー|メルカリ|直接売|買える|"
        "撮合|互相|借用|卖给|二手|共享|滴滴|美团|闲鱼|对接|邻居|买家|卖不完",
    ),
    "health": (
        2,
        "服薬|薬|健康|医療|病院|睡眠|看護|介護|血糖|体重|通院|症状|患者|メンタル|眠り|"
        "药|健康|医生|医院|血糖|患者|睡眠|体重|老年人|老人|护理|病",
    ),
    "learning": (
        2,
        "学習|教科書|学生|勉強|授業|英単語|単語|復習|試験|宿題|塾|生徒|出題|"
        "学习|学生|单词|课程|作业|考试|老师|练习|背单词|英语",
    ),
    "team": (
        1,
        "チーム|企業|フリーランス|経理|請求書|顧客|営業|スタンドアップ|マネージャー|会議|"
        "中小企業|取引先|店舗|パン屋|飲食店|売上|在庫|仕入れ|経営|"
        "团队|企业|客户|发票|销售|库存|卖家|电商|自由职业|商家|门店|餐馆|餐厅|销量|食材",
    ),
}


@cache
def _cue_patterns() -> dict[str, tuple[int, re.Pattern]]:
    return {k: (w, quick(cues)) for k, (w, cues) in _KIND_CUES.items()}


def cjk_kind(text: str) -> str:
    """The kind of product a Japanese or Chinese idea describes: each kind's cues found,
    times its weight; ties go to the kind listed first."""
    best, best_score = "consumer", 0
    for kind, (weight, pattern) in _cue_patterns().items():
        score = weight * len(pattern.findall(text))
        if score > best_score:
            best, best_score = kind, score
    return best


ja_kind = cjk_kind
zh_kind = cjk_kind


# -- typography ------------------------------------------------------------------------------------
_HALF_TO_FULL = {",": "、", "!": "！", "?": "？", ":": "：", ";": "；", "(": "（", ")": "）"}


def typeset(text: str, lang: str) -> str:
    """Full-width punctuation next to CJK text, no space between CJK characters, no
    doubled or orphaned mark (。。 、。 ！。 。」)."""
    comma = "、" if lang == "ja" else "，"
    text = text.replace(" · ", "・" if lang == "ja" else "·")
    text = re.sub(
        rf"(?<={CJK})[ ]?([,!?:;])(?=[ ]?{CJK}|$)|"
        rf"(?<={CJK})([,!?:;])",
        lambda m: (
            comma if (m.group(1) or m.group(2)) == "," else _HALF_TO_FULL[m.group(1) or m.group(2)]
        ),
        text,
    )
    text = clean_spaces(text)
    if lang == "zh":
        text = text.replace("、、", "、")
    text = re.sub(r"([。．])\1+", r"\1", text)
    text = re.sub(r"[、，]+([。！？])", r"\1", text)
    text = re.sub(r"([。！？])[、，]+", r"\1", text)
    text = re.sub(r"([！？])。", r"\1", text)
    text = re.sub(r"。([」』）])", r"\1", text)
    text = re.sub(r"([、，])\1+", r"\1", text)
    text = re.sub(r"^[、，。]+", "", text)
    return text.strip()
