"""Japanese morphology by hand: the forms the writer needs of a clause's last word, and
Hepburn romaji for names.

A clause the reader keeps ends in a predicate; frames ask for it in the form they need:
the plain form inside a sentence ("需要を予測する仕組み"), the polite form at the end of a
です/ます sentence ("需要を予測します"), the te-form to ask for it ("予測してほしい"), the
potential ("譲れる"). Only the last word changes, so a table of verb endings does the job
without a dictionary: 〜する verbs, ichidan verbs (る after an i- or e-row kana, with the
usual exceptions) and the nine godan endings. Why not a tokenizer library (fugashi,
janome, sudachi)? They load a dictionary of tens of megabytes on first use, hundreds of
milliseconds that ``protogen new`` cannot spend, for the one word per clause that matters.

Romaji: kana by table (modified Hepburn without macrons, so it is plain ASCII for a
slug), kanji by their common on-reading, which is how most two-kanji nouns in a product
idea read (需要 juyo, 服薬 fukuyaku, 教科書 kyokasho); a word with a kanji the table does
not know has no romaji, and the namer picks another word.
"""

from __future__ import annotations

import re
from functools import cache

KANJI = "\u4e00-\u9fff\u3400-\u4dbf々〆"
KATA = "\u30a1-\u30faー"
HIRA = "\u3041-\u3096"
I_ROW = "いきぎしじちぢにひびぴみり"
E_ROW = "えけげせぜてでねへべぺめれ"
A_ROW = "あかがさざただなはばぱまやらわ"

# godan ending -> (a-row, i-row, e-row, te-form, ta-form)
_GODAN = {
    "う": ("わ", "い", "え", "って", "った"),
    "く": ("か", "き", "け", "いて", "いた"),
    "ぐ": ("が", "ぎ", "げ", "いで", "いだ"),
    "す": ("さ", "し", "せ", "して", "した"),
    "つ": ("た", "ち", "て", "って", "った"),
    "ぬ": ("な", "に", "ね", "んで", "んだ"),
    "ぶ": ("ば", "び", "べ", "んで", "んだ"),
    "む": ("ま", "み", "め", "んで", "んだ"),
    "る": ("ら", "り", "れ", "って", "った"),
}
_I_TO_U = {v[1]: k for k, v in _GODAN.items()}
_E_TO_U = {v[2]: k for k, v in _GODAN.items()}
# ichidan verbs whose stem ends in a kanji (見る, 出る ...)
_ICHIDAN_KANJI = frozenset("見出寝着居得経似煮干射")
# i-row stems of ichidan verbs: a stem "借り" is 借りる, not a godan "借る"
_ICHIDAN_I = (
    "借り",
    "足り",
    "降り",
    "下り",
    "起き",
    "生き",
    "過ぎ",
    "落ち",
    "浴び",
    "信じ",
    "感じ",
    "閉じ",
    "でき",
    "出来",
    "伸び",
    "延び",
    "飽き",
    "尽き",
    "満ち",
    "用い",
    "報い",
    "強い",
)
# る-verbs after an i- or e-row kana that are godan all the same
_GODAN_RU = ("しゃべる", "すべる", "いじる", "にぎる", "ひねる", "かえる", "はいる", "まじる")
# godan verbs whose te-form ends in って but whose dictionary form ends in う or つ
_TTE_U = frozenset("使払会買言違合貰手伝吸洗笑歌習拾誘扱追従競問狙祝奪争補雇構")
_TTE_TSU = frozenset("待持打立勝保育経")
# godan verbs in んで that end in ぶ (選ぶ) rather than む (読む)
_NDE_BU = frozenset("選呼遊運学並喜結飛転浮叫滅")

POLITE_END = ("ます", "です", "ません", "ました", "でした", "ましょう")


def is_kanji(ch: str) -> bool:
    return bool(ch) and ("\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or ch in "々〆")


def is_kata(ch: str) -> bool:
    return bool(ch) and ("\u30a1" <= ch <= "\u30fa" or ch == "ー")


def is_hira(ch: str) -> bool:
    return bool(ch) and "\u3041" <= ch <= "\u3096"


def is_word_char(ch: str) -> bool:
    """A character that can end a noun: kanji, katakana, Latin letters and digits."""
    return (
        is_kanji(ch)
        or is_kata(ch)
        or (ch.isascii() and ch.isalnum())
        or ch in "０１２３４５６７８９"
    )


# -- what the last word is ------------------------------------------------------------
def verb_class(clause: str) -> str:
    """ "suru", "kuru", "ichidan", "godan", "adj", "nai", "da", "past", "polite" or
    "noun" for the clause's last word."""
    c = clause
    if not c:
        return "noun"
    if c.endswith(POLITE_END):
        return "polite"
    if c.endswith("する"):
        return "suru"
    if c.endswith(("来る", "くる")) and not c.endswith(("つくる", "めくる", "おくる")):
        return "kuru"
    if c.endswith("ない") and len(c) > 2:
        return "nai"
    if c.endswith("だ"):
        return "past" if c[-2:-1] in "んい" and len(c) > 2 and is_hira(c[-2]) else "da"
    if c.endswith("た") and len(c) > 1 and (is_hira(c[-2]) or is_kanji(c[-2])):
        return "past"
    last = c[-1]
    if last == "る":
        prev = c[-2:-1]
        if c.endswith(_GODAN_RU):
            return "godan"
        if prev and prev in I_ROW + E_ROW:
            return "ichidan"
        if prev and is_kanji(prev):
            return "ichidan" if prev in _ICHIDAN_KANJI and not is_kanji(c[-3:-2]) else "godan"
        return "godan"
    if last in _GODAN:
        return "godan"
    if last == "い" and len(c) > 1:
        return "adj"
    return "noun"


def is_predicate(clause: str) -> bool:
    """True when the clause ends in a verb, an adjective or a negative (not a noun)."""
    return verb_class(clause) in ("suru", "kuru", "ichidan", "godan", "adj", "nai", "past")


# -- plain form from the forms ideas are written in ---------------------------------------
def from_stem(stem: str) -> str:
    """The dictionary form from the masu-stem: 通知し -> 通知する, 届け -> 届ける,
    見守り -> 見守る, 貸し -> 貸す, でき -> できる."""
    if not stem:
        return stem
    if stem.endswith("でき") or stem.endswith(_ICHIDAN_I):
        return stem + "る"
    last = stem[-1]
    if last == "し":
        before = stem[:-1]
        # 通知し, チェックし, Slack通知し: a noun of two kanji or a loanword + する
        if not before or is_kata(before[-1:]) or before[-1:].isascii():
            return before + "する"
        if is_kanji(before[-1:]) and is_kanji(before[-2:-1]):
            return before + "する"
        return before + "す"  # 話し -> 話す, 貸し出し -> 貸し出す
    if last == "き" and stem.endswith(("行き", "いき")):
        return stem[:-1] + "く"
    if last in E_ROW:
        return stem + "る"
    if is_kanji(last):
        return stem + "る"  # 見, 出, 寝
    if last in _I_TO_U:
        return stem[:-1] + _I_TO_U[last]
    return stem + "る"


def from_te(clause: str) -> str:
    """The dictionary form from a te-form: 撮って -> 撮る, 使って -> 使う, 読んで -> 読む."""
    if clause.endswith("して"):
        return from_stem(clause[:-1])
    if clause.endswith("って"):
        stem = clause[:-2]
        k = stem[-1:]
        if stem.endswith(("行", "い")) and len(stem) >= 1 and k in "行":
            return stem + "く"
        if k in _TTE_U:
            return stem + "う"
        if k in _TTE_TSU:
            return stem + "つ"
        return stem + "る"
    if clause.endswith("いて"):
        return clause[:-2] + "く"
    if clause.endswith("いで"):
        return clause[:-2] + "ぐ"
    if clause.endswith("んで"):
        stem = clause[:-2]
        return stem + ("ぶ" if stem[-1:] in _NDE_BU else "ぬ" if stem.endswith("死") else "む")
    if clause.endswith("て"):
        return clause[:-1] + "る"  # 届けて, 見て
    return clause


def from_conditional(clause: str) -> str:
    """The dictionary form from 〜たら / 〜ば: できたら -> できる, あれば -> ある."""
    if clause.endswith("たら") or clause.endswith("だら"):
        return past_to_plain(clause[:-1])
    if clause.endswith("ば") and len(clause) > 1:
        k = clause[-2]
        if k in _E_TO_U:
            return clause[:-2] + _E_TO_U[k]
    return clause


def past_to_plain(clause: str) -> str:
    """した -> する, できた -> できる, 使った -> 使う, 届いた -> 届く, 読んだ -> 読む."""
    if clause.endswith("した"):
        return from_stem(clause[:-1])
    if clause.endswith("った"):
        return from_te(clause[:-1] + "て")
    if clause.endswith("いた"):
        return clause[:-2] + "く"
    if clause.endswith("いだ"):
        return clause[:-2] + "ぐ"
    if clause.endswith("んだ"):
        return from_te(clause[:-1] + "で")
    if clause.endswith("た"):
        return clause[:-1] + "る"
    return clause


def to_plain(clause: str) -> str:
    """The clause with its last word in the plain non-past form: 表示します -> 表示する,
    見つかりません -> 見つからない, 通知し -> 通知する, 安いです -> 安い."""
    c = clause
    for polite_tail, tail in (("ましょう", ""), ("ました", ""), ("ます", "")):
        if c.endswith(polite_tail):
            return from_stem(c[: -len(polite_tail)]) + tail
    if c.endswith("ません"):
        return negative(from_stem(c[:-3]))
    if c.endswith("でした"):
        return c[:-3]
    if c.endswith("です"):
        return c[:-2]
    if c.endswith("し") and len(c) > 1:
        return from_stem(c)
    if c.endswith(("して", "って", "いて", "いで", "んで")):
        return from_te(c)
    return c


def negative(plain: str) -> str:
    cls = verb_class(plain)
    if cls == "suru":
        return plain[:-2] + "しない"
    if cls == "kuru":
        return plain[:-2] + "こない"
    if cls == "ichidan":
        return plain[:-1] + "ない"
    if cls == "godan":
        if plain.endswith("ある"):
            return plain[:-2] + "ない"
        return plain[:-1] + _GODAN[plain[-1]][0] + "ない"
    return plain


# -- forms for frames -------------------------------------------------------------------
def polite(clause: str) -> str:
    """The clause ending in the polite form: 予測する -> 予測します, 届く -> 届きます,
    見つからない -> 見つかりません, 安い -> 安いです, 大変だ -> 大変です."""
    c = clause
    cls = verb_class(c)
    if cls == "polite":
        return c
    if cls == "suru":
        return c[:-2] + "します"
    if cls == "kuru":
        return c[:-2] + ("来ます" if c.endswith("来る") else "きます")
    if cls == "ichidan":
        return c[:-1] + "ます"
    if cls == "godan":
        return c[:-1] + _GODAN[c[-1]][1] + "ます"
    if cls == "nai":
        k = c[-3:-2]
        if not k or k in "がはもにで" or not (is_hira(k) or is_kanji(k)):
            return c[:-2] + "ありません"
        if is_kanji(k) and not c.endswith(("来ない",)):
            return c + "です"  # 少ない, 危ない: adjectives
        if k in A_ROW:
            godan_i = {v[0]: v[1] for v in _GODAN.values()}
            return c[:-3] + godan_i.get(k, k) + "ません"
        return c[:-2] + "ません"  # 足りない, 食べない, しない
    if cls == "adj":
        return c + "です"
    if cls == "da":
        return c[:-1] + "です"
    if cls == "past":
        if c.endswith("した"):
            return c[:-1] + "ました"
        plain = past_to_plain(c)
        if plain != c and verb_class(plain) in ("ichidan", "godan", "suru"):
            stem = polite(plain)[:-2]
            return stem + "ました"
        return c + "のです"
    return c + "です"


def te(clause: str) -> str:
    """The te-form: 予測する -> 予測して, 届く -> 届いて, 譲れる -> 譲れて, 安い -> 安くて."""
    c = clause
    cls = verb_class(c)
    if cls == "suru":
        return c[:-2] + "して"
    if cls == "kuru":
        return c[:-2] + ("来て" if c.endswith("来る") else "きて")
    if cls == "ichidan":
        return c[:-1] + "て"
    if cls == "godan":
        if c.endswith(("行く", "いく")):
            return c[:-1] + "って"
        return c[:-1] + _GODAN[c[-1]][3]
    if cls in ("adj", "nai"):
        return c[:-1] + "くて"
    if cls == "da":
        return c[:-1] + "で"
    if cls == "polite":
        return te(to_plain(c))
    return c + "で"


def potential(clause: str) -> str:
    """ "Can do it": 予測する -> 予測できる, 譲る -> 譲れる, 見る -> 見られる; a clause
    that already says so (譲れる, 共有できる) is left as it is."""
    c = clause
    if c.endswith(("できる", "れる", "える", "せる", "ける", "げる", "てる", "める", "べる")):
        return c  # already potential, or an ichidan verb that reads as one in context
    if re.search(r"[^\s、]が[^、]*$", c):
        return c  # 通知が届く: a subject of its own, nothing for "you" to be able to do
    cls = verb_class(c)
    if cls == "suru":
        return c[:-2] + "できる"
    if cls == "ichidan":
        return c[:-1] + "られる"
    if cls == "godan":
        if c.endswith("ある"):
            return c
        return c[:-1] + _GODAN[c[-1]][2] + "る"
    return c


# kanji of common godan verbs: 書ける, 売れる, 譲れる are their potential forms
_GODAN_POT = frozenset(
    "書読送使売譲話貸探選買払頼作撮取守待持行聞描歩働学遊呼飲住休込泳登歌笑直返渡残置申払稼運"
)
# ichidan verbs in -れる that are no potential (忘れる, 遅れる)
_RERU = tuple(
    [
        "忘れる",
        "入れる",
        "遅れる",
        "流れる",
        "離れる",
        "慣れる",
        "触れる",
        "晴れる",
        "生まれる",
        "崩れる",
        "壊れる",
        "外れる",
        "隠れる",
        "汚れる",
        "疲れる",
        "恐れる",
        "訪れる",
        "現れる",
        "表れる",
        "連れる",
        "溢れる",
        "くれる",
        "される",
        "乱れる",
        "切れる",
        "漏れる",
        "取れる",
    ]
)


def is_potential(clause: str) -> bool:
    """ "Can do": 共有できる, 見られる, 譲れる, 書ける (not 届ける, 忘れる)."""
    c = clause
    if c.endswith("できる"):
        return True
    if c.endswith(_RERU):
        return False
    if c.endswith("られる") or (c.endswith("れる") and len(c) > 2 and c[-3] in _GODAN_POT):
        return True
    return len(c) >= 3 and c[-1] == "る" and c[-2] in E_ROW and c[-3] in _GODAN_POT


def nominal(clause: str) -> str:
    """A heading from a clause that ends in a する-verb: 需要を予測する -> 需要を予測;
    other clauses stay as they are (a plain verb reads as a heading too)."""
    if (
        clause.endswith("する")
        and len(clause) > 3
        and (is_kanji(clause[-3]) or is_kata(clause[-3]) or clause[-3].isascii())
    ):
        return clause[:-2]
    return clause


# -- romaji ---------------------------------------------------------------------------------
_KANA = {
    "あ": "a", "い": "i", "う": "u", "え": "e", "お": "o",
    "か": "ka", "き": "ki", "く": "ku", "け": "ke", "こ": "ko",
    "が": "ga", "ぎ": "gi", "ぐ": "gu", "げ": "ge", "ご": "go",
    "さ": "sa", "し": "shi", "す": "su", "せ": "se", "そ": "so",
    "ざ": "za", "じ": "ji", "ず": "zu", "ぜ": "ze", "ぞ": "zo",
    "た": "ta", "ち": "chi", "つ": "tsu", "て": "te", "と": "to",
    "だ": "da", "ぢ": "ji", "づ": "zu", "で": "de", "ど": "do",
    "な": "na", "に": "ni", "ぬ": "nu", "ね": "ne", "の": "no",
    "は": "ha", "ひ": "hi", "ふ": "fu", "へ": "he", "ほ": "ho",
    "ば": "ba", "び": "bi", "ぶ": "bu", "べ": "be", "ぼ": "bo",
    "ぱ": "pa", "ぴ": "pi", "ぷ": "pu", "ぺ": "pe", "ぽ": "po",
    "ま": "ma", "み": "mi", "む": "mu", "め": "me", "も": "mo",
    "や": "ya", "ゆ": "yu", "よ": "yo",
    "ら": "ra", "り": "ri", "る": "ru", "れ": "re", "ろ": "ro",
    "わ": "wa", "を": "o", "ん": "n", "ゔ": "vu",
    "ぁ": "a", "ぃ": "i", "ぅ": "u", "ぇ": "e", "ぉ": "o",
}  # fmt: skip
_DIGRAPH = {
    "きゃ": "kya", "きゅ": "kyu", "きょ": "kyo", "ぎゃ": "gya", "ぎゅ": "gyu", "ぎょ": "gyo",
    "しゃ": "sha", "しゅ": "shu", "しょ": "sho", "じゃ": "ja", "じゅ": "ju", "じょ": "jo",
    "ちゃ": "cha", "ちゅ": "chu", "ちょ": "cho", "にゃ": "nya", "にゅ": "nyu", "にょ": "nyo",
    "ひゃ": "hya", "ひゅ": "hyu", "ひょ": "hyo", "びゃ": "bya", "びゅ": "byu", "びょ": "byo",
    "ぴゃ": "pya", "ぴゅ": "pyu", "ぴょ": "pyo", "みゃ": "mya", "みゅ": "myu", "みょ": "myo",
    "りゃ": "rya", "りゅ": "ryu", "りょ": "ryo",
    "てぃ": "ti", "でぃ": "di", "とぅ": "tu", "どぅ": "du", "でゅ": "dyu",
    "ふぁ": "fa", "ふぃ": "fi", "ふぇ": "fe", "ふぉ": "fo", "ふゅ": "fyu",
    "うぃ": "wi", "うぇ": "we", "うぉ": "wo", "ゔぁ": "va", "ゔぃ": "vi", "ゔぇ": "ve",
    "ゔぉ": "vo", "しぇ": "she", "じぇ": "je", "ちぇ": "che", "つぁ": "tsa", "いぇ": "ye",
}  # fmt: skip

# The common on-reading of kanji that turn up in product ideas, grouped by reading.
_ON = """
ai:愛 aku:悪握 an:安案暗 i:意医以位委移衣依異維囲胃 iku:育 ichi:一 in:員院印因引飲音
u:右宇羽雨 un:運雲 ei:英映営栄衛永泳影 eki:駅液益 en:円園演援延煙遠宴 o:汚 o:央応横往押王
oku:屋億 on:温恩 ka:化科家課価可加果貨荷夏歌河過仮火下花 ga:画芽賀雅
kai:会回海界開改階解快械介絵 gai:外害街 kaku:各角確格覚革拡 gaku:学額 katsu:活割
kan:間管感関館完官簡観看換刊寒漢幹慣勧歓監缶巻 gan:眼顔願岩
ki:気記期機器基規帰季希起貴紀寄危喜旗 gi:技議義疑儀 kyaku:客 kyu:急級休求球給究救旧吸 gyu:牛
kyo:去居許拠距 gyo:魚漁 kyo:教共京強協境橋供競興況鏡 gyo:業 kyoku:局曲 kin:金近勤禁均筋 gin:銀
ku:区苦九 ku:空 gu:具 kun:訓君 gun:群軍 kei:計経形係型軽継契警景系敬携掲 gei:芸 geki:劇激
ketsu:決結欠血 ken:見検件健研県券権険験建献 gen:現限元言原源減 ko:個古戸庫故呼固湖雇
go:後語護五午誤 ko:公工高行効広交向好考校口構航講港康光幸功候更降購香稿項厚 go:合号
koku:国告黒 kon:今婚混困根 sa:査差左砂 sai:最再才細済採際菜祭災妻彩歳裁 zai:在財材剤
saku:作策削昨 satsu:察撮札刷冊 san:産算参山散三賛 zan:残
shi:支使市資指史私氏子思止師視詩紙姿試誌糸始死士司四飼歯 ji:事時自地次字持治示辞児似耳寺磁
shiki:式識色 shitsu:室質失湿 jitsu:実 sha:社者写車舎謝射 shaku:借尺 jaku:若弱
shu:手主取首種守酒 ju:受需授樹 shu:集週収修終周秀拾州衆習宗就祝 ju:住重十従充柔 shuku:宿縮
shutsu:出 jutsu:術述 shun:春 jun:順準純 sho:書所初暑署諸処 jo:女助除序
sho:小少商勝章照証象賞紹称招消承笑症焼省床 jo:上場情状条常乗城静 shoku:食職植触
shin:新心信真進深身親神申診森針震 jin:人 sui:水推睡 su:数
sei:生成性政世制正整西声清精製誠請晴青 zei:税 seki:席積責績石赤 setsu:説設接節切
sen:選先線専洗戦千船泉浅 zen:全前然善 so:組素祖 so:送早相総想争走創窓層装操草双 zo:増造像蔵
soku:速測即足側則息 zoku:続族属 son:存損村孫 ta:他多太 tai:対体待貸態替隊退帯 dai:大代台第題
taku:宅択 tan:単担短探炭 dan:段男談団断 chi:知値置遅 chiku:築 cha:茶 chaku:着 chu:中注昼駐
cho:貯著 cho:長調帳町朝超張腸 choku:直 chin:賃 tsu:通痛 tei:定提低庭停程底 teki:的適
ten:店点転天展典 den:電伝田 to:都登 do:土度努 to:当答投統灯等島東糖討 do:動同道堂導働銅
toku:特得徳 doku:読独 nai:内 nan:南難 nichi:日 nyu:入乳 nin:任認 nen:年念燃 no:農能脳納
ha:派破 ba:馬 hai:配敗杯背 bai:売買倍 haku:白博泊 hatsu:発 han:反半販判版飯班犯 ban:番晩
hi:費比非飛否皮 bi:備美 hitsu:必筆 hyo:表評票標 byo:病秒 hin:品 bin:便 fu:不付布府負婦 bu:部
fuku:服副福複 butsu:物 fun:分 bun:文聞 hei:平 hen:変返編 ben:勉 ho:保歩補 bo:母募
ho:法方報放訪豊包宝 bo:防忘 hon:本 mai:毎 man:満万 mi:味未 min:民眠 mu:無務 mei:名明 men:面
mon:問門 yaku:約役薬訳 yu:輸 yu:有友遊優郵 yo:予余預 yo:用要様洋容葉陽養曜 rai:来 raku:楽絡
ri:利理離履 riku:陸 ritsu:率立 ryo:旅 ryo:料量両良療領 ryoku:力緑 rin:林 rui:類 rei:例冷齢
reki:歴 ren:連練 ro:路 ro:労老 roku:録 wa:話和 kaku:画 zu:図
"""
# words whose reading is not the sum of the on-readings (kun-readings, voicing)
_WORDS = {
    "献立": "kondate", "手帳": "techo", "売上": "uriage", "今日": "kyo", "明日": "ashita",
    "一人": "hitori", "大人": "otona", "子供": "kodomo", "仕事": "shigoto", "場所": "basho",
    "近所": "kinjo", "台所": "daidokoro", "荷物": "nimotsu", "買物": "kaimono",
    "取引": "torihiki", "古着": "furugi", "家計簿": "kakeibo", "日記": "nikki", "日報": "nippo",
    "学校": "gakko", "一覧": "ichiran", "毎日": "mainichi", "天気": "tenki", "出席": "shusseki",
    "発送": "hasso", "発表": "happyo", "結果": "kekka", "失敗": "shippai", "設定": "settei",
    "切手": "kitte", "野菜": "yasai", "農家": "noka", "連絡帳": "renrakucho",
    "割り勘": "warikan", "割勘": "warikan", "犬": "inu", "猫": "neko", "花": "hana",
    "薬": "kusuri", "本": "hon", "服": "fuku", "水": "mizu", "米": "kome", "魚": "sakana",
    "肉": "niku", "酒": "sake", "靴": "kutsu", "鍵": "kagi", "傘": "kasa", "車": "kuruma",
    "畑": "hatake", "庭": "niwa", "店": "mise", "町": "machi", "空": "sora", "星": "hoshi",
    "夢": "yume", "声": "koe", "歌": "uta", "絵": "e", "駅": "eki", "道": "michi", "山": "yama",
    "海": "umi", "雨": "ame", "朝": "asa", "夜": "yoru", "茶": "cha", "卵": "tamago",
    "親": "oya", "孫": "mago", "友": "tomo", "種": "tane", "森": "mori", "家": "ie", "庫": "ko",
    "帳": "cho", "便": "bin", "日和": "biyori", "暦": "koyomi", "部屋": "heya",
    "眠り": "nemuri", "寝": "ne", "手紙": "tegami", "宿題": "shukudai",
}  # fmt: skip


@cache
def _on_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for group in _ON.split():
        reading, _, chars = group.partition(":")
        for ch in chars:
            table.setdefault(ch, reading)
    return table


def _kata_to_hira(text: str) -> str:
    return "".join(chr(ord(c) - 0x60) if "\u30a1" <= c <= "\u30f6" else c for c in text)


def _kana_romaji(kana: str) -> str | None:
    """Modified Hepburn without macrons; None when something is not kana."""
    text = _kata_to_hira(kana)
    out: list[str] = []
    i = 0
    geminate = False
    while i < len(text):
        ch = text[i]
        if ch == "っ":
            geminate = True
            i += 1
            continue
        if ch == "ー":
            i += 1  # long vowel: no macron in an ASCII slug
            continue
        pair = text[i : i + 2]
        if pair in _DIGRAPH:
            syl = _DIGRAPH[pair]
            i += 2
        elif ch in _KANA:
            syl = _KANA[ch]
            i += 1
        else:
            return None
        if geminate and syl:
            syl = ("t" + syl) if syl.startswith("ch") else syl[0] + syl
            geminate = False
        if ch == "ん" and i < len(text) and text[i] in "あいうえおやゆよ":
            syl = "n"
        out.append(syl)
    return "".join(out)


def _join_on(readings: list[str]) -> str:
    """Join on-readings with the usual gemination: 学+校 -> gakko, 日+報 -> nippo."""
    out = readings[0]
    for nxt in readings[1:]:
        if out.endswith(("tsu", "chi")) and nxt[:1] in "kstph":
            stem = out[:-3]  # "tsu" and "chi" are both three letters
            out = (
                stem
                + ("p" if nxt[0] == "h" else nxt[0])
                + ("p" + nxt[1:] if nxt[0] == "h" else nxt)
            )
        elif out.endswith(("ku", "ki")) and nxt[:1] == "k" and len(out) > 2:
            out = out[:-2] + "k" + nxt
        else:
            out += nxt
    return out


def romaji(word: str) -> str | None:
    """Hepburn romaji (no macrons) of a kana word, a kanji compound whose characters are
    all in the table, or a mix; None when a kanji's reading is unknown."""
    word = word.strip()
    if not word:
        return None
    if word in _WORDS:
        return _WORDS[word]
    if re.fullmatch(r"[A-Za-z0-9]+", word):
        return word.lower()
    parts = re.findall(r"[^\W_ぁ-ゖァ-ヺーA-Za-z0-9]+|[ぁ-ゖァ-ヺー]+|[A-Za-z0-9]+", word)
    if "".join(parts) != word:
        return None
    out = []
    for part in parts:
        if part in _WORDS:
            out.append(_WORDS[part])
        elif is_kanji(part[0]):
            table = _on_table()
            if any(ch not in table for ch in part):
                return None
            out.append(_join_on([table[ch] for ch in part]))
        elif part.isascii():
            out.append(part.lower())
        else:
            r = _kana_romaji(part)
            if r is None:
                return None
            out.append(r)
    return "".join(out)


#: single kanji that are words of their own (犬, 花): a name may use them
SINGLE_NOUNS = frozenset(w for w in _WORDS if len(w) == 1)
