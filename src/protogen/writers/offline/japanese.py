"""The Japanese reader: product, audience, pain and promises from an idea of any shape.

Japanese marks its phrases with particles and its clauses with verb endings, so the
reader needs no tokenizer: it cuts the idea into sentences (and bullet items), drops the
fillers of speech (えっと、考えてたんだけど…), unwraps wishes (〜を作りたい, 〜があったら
いいな), questions (〜たらどうだろう？) and requests (〜を作って), and reads each sentence:

* a sentence that ends in a noun, or the object of a wish, is the product: its last
  compound is the head (習慣トラッカー, アプリ), a "〜向けの / 〜のための / 〜専用の" before it
  names the audience, and a relative clause before it is the first promise
  (天気から需要を予測する); a generic head (アプリ, サービス) takes its meaning from that
  clause (需要予測アプリ);
* a sentence with a cue of trouble (〜てしまう, 面倒, 見つからない, 忘れ…) is the pain;
* any other sentence ending in a verb is a promise, cut at 〜し、 into several.

Every chunk is validated before it is kept: an audience is a noun phrase (no case
particle but の and と, no verb) whose head names people or organisations, unless a
向け/ための marks it; a promise ends in a verb or an adjective; nothing longer than 24
characters of the idea is kept in a row. Clauses are normalised to the plain form; the
frames ask :mod:`.ja_morph` for the form they need.
"""

from __future__ import annotations

import re

from protogen.writers.offline import ja_morph as jm
from protogen.writers.offline.cjk import (
    brand_analogy,
    brand_kind,
    clean_spaces,
    ja_kind,
    quick,
    split_units,
)
from protogen.writers.offline.reading import Phrase, Promise, Reading

# Character classes by Unicode category, not by code-point range: a class with the range
# of the kanji costs a millisecond or more to compile, and the reader has dozens.
W = r"[^\W_ぁ-ゖ]"  # a letter of a noun: kanji, katakana, Latin, digits
KC = r"[^\W_ぁ-ゖァ-ヺーA-Za-z0-9０-９]"  # a kanji
KAC = r"[ァ-ヺー]"  # a katakana
KKC = r"[^\W_ぁ-ゖA-Za-z0-9０-９]"  # a kanji or a katakana
# a compound noun: kanji, katakana, Latin; okurigana inside (貸し出し管理) when a kanji or
# katakana follows it
NOUN_RUN = re.compile(rf"(?:{W}+(?:[しりみきちびえけげじせ](?={W}))?)+")
PARTICLES = tuple(
    [
        "から",
        "まで",
        "より",
        "には",
        "では",
        "へは",
        "とは",
        "にも",
        "でも",
        "を",
        "に",
        "で",
        "が",
        "は",
        "と",
        "へ",
        "も",
        "や",
    ]
)

GENERIC = frozenset(
    [
        "アプリ",
        "サービス",
        "ツール",
        "システム",
        "プラットフォーム",
        "サイト",
        "ウェブサイト",
        "ウェブアプリ",
        "スマホアプリ",
        "アプリケーション",
        "仕組み",
        "機能",
        "ソフト",
        "ソフトウェア",
        "クラウドサービス",
        "クラウド",
        "SaaS",
        "Webサービス",
        "ウェブサービス",
        "ボット",
        "デバイス",
        "端末",
        "ガジェット",
        "マーケットプレイス",
        "掲示板",
        "小型デバイス",
        "管理ツール",
        "管理アプリ",
        "管理システム",
        "社内ツール",
        "Webアプリ",
        "webアプリ",
        "アプリ版",
        "製品",
        "商品",
        "プロダクト",
        "もの",
        "センサー",
        "ケース",
        "カメラ",
        "ボタン",
        "タグ",
        "ロボット",
        "機器",
        "装置",
        "ソフト",
        "社内アプリ",
        "社内システム",
    ]
)
# generic, but a thing you can hold: "小さなセンサー" is a product; "アプリ" alone is not
SOFT_GENERIC = frozenset(
    [
        "センサー",
        "ケース",
        "カメラ",
        "ボタン",
        "タグ",
        "ロボット",
        "機器",
        "装置",
        "デバイス",
        "端末",
        "ガジェット",
    ]
)
# verbs after which "the object + the head" names the product (連絡帳を書ける -> 連絡帳アプリ)
_OBJ_VERBS = re.compile(r"(?:書ける|書く|使う|使える|見る|見られる|つける|残す|残せる|確認できる)$")
# native verbs whose する-noun names the product: リストを作る -> リスト作成ツール
_VERB_VN = dict(
    pair.split(":")
    for pair in [
        "作る:作成",
        "作れる:作成",
        "送る:送信",
        "送れる:送信",
        "知らせる:通知",
        "探す:検索",
        "探せる:検索",
        "集める:収集",
        "まとめる:集計",
        "数える:集計",
        "調べる:調査",
        "届ける:配送",
        "払う:支払い",
        "分ける:分担",
    ]
)
# words that make a poor name: too generic, or a function the product performs
NOT_NAME = GENERIC | frozenset(
    [
        "マッチング",
        "スマート",
        "自動",
        "管理",
        "機能",
        "情報",
        "データ",
        "簡単",
        "便利",
        "毎日",
        "毎晩",
        "毎朝",
        "今日",
        "明日",
        "翌日",
        "過去",
        "週次",
        "月次",
        "小型",
        "新しい",
        "近く",
        "直接",
        "一緒",
        "全員",
        "自分",
        "みんな",
        "誰",
        "何",
        "方法",
        "場合",
        "時間",
        "ユーザー",
        "メンバー",
        "チーム",
        "会社",
        "企業",
        "社内",
        "内部",
        "向け",
        "専用",
        "ため",
        "通知",
        "予測",
        "共有",
        "記録",
        "表示",
        "作成",
        "登録",
        "確認",
        "利用",
        "使用",
        "提供",
        "お知らせ",
        "リマインド",
        "アラート",
        "一覧",
        "ダッシュボード",
        "スマホ",
        "携帯",
        "家族",
        "人",
        "同士",
        "全部",
        "それ",
        "これ",
        "あれ",
        "うち",
        "私",
        "僕",
        "俺",
        "試合",
        "内容",
        "結果",
        "状況",
        "予定",
        "作業",
        "相手",
        "場所",
        "写真",
        "方",
        "数",
        "量",
        "版",
        "前日",
        "夜",
        "朝",
        "毎週",
        "月末",
        "週",
        "月",
        "アイデア",
        "アイディア",
        "仕組み",
        "手作業",
        "入力",
        "一覧",
        "問題",
        "課題",
        "悩み",
        "大変",
        "学習",
        "人同士",
        "自動作成",
        "作成",
        "連続",
        "毎晩",
        "先輩",
        "後輩",
        "生活",
        "利用者",
    ]
)
PRODUCT_HEAD = quick(
    r"(?:アプリ|サービス|ツール|システム|プラットフォーム|サイト|センサー|デバイス|ケース|"
    r"トラッカー|カレンダー|ボット|ダッシュボード|マーケットプレイス|掲示板|端末|ロボット|機器|"
    r"装置|ガジェット|ウェアラブル|首輪|ボード|ノート|手帳|アラーム|タグ|ボックス|リスト|マップ|"
    r"地図|チャット|SNS|コミュニティ|サロン|講座|教材|ゲーム|キット|ポータル|台帳|仕組み|"
    r"カメラ|ボタン|ライト|スピーカー|時計|ウォッチ|メーター|ロック|プランナー|ジェネレーター|"
    r"レコーダー|アシスタント|エディター|クラウド|ソフト|ソフトウェア|[A-Za-z]{2,})$"
)
_MODIFIERS = re.compile(r"^(?:スマート|クラウド|オンライン|AI|ＡＩ|小型|新型|次世代|簡単|かんたん)")
PEOPLE = quick(
    r"(?:者|人|生|屋|店|家族|親|子|子ども|子供|チーム|企業|会社|部|課|師|士|員|手|ママ|パパ|"
    r"ユーザー|オーナー|医|農家|作家|方|達|たち|陣|層|世代|クラブ|サークル|園|教室|スクール|"
    r"ジム|病院|施設|薬局|飲食店|レストラン|カフェ|主婦|主夫|夫婦|カップル|先生|上司|部下|"
    r"同僚|仲間|住民|高齢者|シニア|患者|客|顧客|リーダー|マネージャー|担当者|フリーランス|"
    r"個人事業主|クリエイター|エンジニア|デザイナー|ドライバー|シッター|ランナー|家庭|保護者|"
    r"利用者|会員|メンバー|ファン|飼い主|大家|スタッフ|従業員|社員|店長|経営者|職人|漁師|"
    r"看護師|介護士|保育士|教師|講師|生徒|児童|園児|赤ちゃん|ペット|犬|猫|ワーカー|"
    r"プレイヤー|選手|ショップ|事業者|事務所|工場|農園|組織|団体|自治体|学校|大学|塾)$"
)
_ORG = quick(
    r"(?:屋|店|企業|会社|園|教室|スクール|ジム|病院|施設|薬局|飲食店|レストラン|カフェ|ショップ|"
    r"事業者|事務所|工場|農園|組織|団体|自治体|学校|大学|塾)$"
)
_GROUP = quick(r"(?:チーム|部|課|クラブ|サークル|家族|家庭)$")
INTERNAL_AUD = ("社内", "自社", "会社", "うちの会社", "当社", "弊社", "部署", "社員")
PAIN = quick(
    r"てしまう|てしまい|ちゃう|じゃう|困って|困る|面倒|めんどう|めんどくさ|手間|大変|"
    r"できない|できず|わからない|分からない|わからず|見つからない|見つからず|忘れ|無駄|ムダ|"
    r"余って|余る|余り|足りない|悩み|がち|時間がかかる|かかってしまう|ストレス|不便|"
    r"ばらばら|バラバラ|迷う|遅れ|ミス|漏れ|しにくい|づらい|にくい|不安|心配|手作業|"
    r"間に合わ|捨て|乱れ|落ちる|たまる|溜まる|煩わし|負担|届かない|知らない|気づかない|"
    r"気付かない|紙|手書き"
)
# wishes, requests and "the idea is ...": what comes before is the product or a promise
WISH = re.compile(
    r"(?:を|が)?(?:作りたい(?:です)?|つくりたい|作ろうと(?:思う|思っている|思ってる|考えている)?|"
    r"開発したい|作ってみたい|作る予定(?:です)?|作っています|作ります|作る|"
    r"考えています|考えてる|欲しい(?:です)?|ほしい(?:です)?|"
    r"あったら(?:いい|便利|嬉しい|うれしい)(?:のに)?|あれば(?:いい|便利)(?:のに)?|"
    r"作って(?:ください|ほしい|みて|くれ|よ)?|作れ|作りましょう|"
    r"(?:を)?お願いします)$"
)
CAN_WISH = re.compile(
    r"(?:たら|れば)(?:いい|便利|嬉しい|うれしい|良い|よい)(?:のに)?$|ようにしたい$|ようにして(?:ください|ほしい)?$"
)
QUESTION_TAIL = re.compile(
    r"(?:っ?て)?(?:どう(?:だろう|かな|でしょう(?:か)?|ですか|思う)?|いいのに|便利じゃない|"
    r"面白くない|よくない|じゃない|でしょうか|だろうか|かな|ない)?[？?]+$|"
    r"(?:どうだろう|どうかな|どうでしょう(?:か)?|だろうか|でしょうか)$"
)
IDEA_IS = re.compile(
    r"^(?:アイデアは|アイディアは|やりたいのは|作りたいのは|考えているのは|考えてるのは|"
    r"目指すのは|提案は|構想は|これは|今回は)[、,]?"
)
AUD_MARK = re.compile(r"(向けの|向けに|向け、|向け|のための|のために|専用の|専用|用の)")


def read(text: str) -> Reading:
    r = Reading(lang="ja", text=text, kind=ja_kind(text))
    units = split_units(text, "ja")
    b = brand_analogy(text, "ja")
    if b:
        r.brand, r.topic = b
        r.kind = brand_kind(b[0])
    promises: list[str] = []
    pains: list[tuple[int, int, str]] = []  # (strength, order, sentence)
    for i, (sent, bullet) in enumerate(units):
        s = unwrap(sent)
        if not s or (b and b[0] in s):
            continue
        m = AUD_MARK.search(s)
        if m and m.end() == len(s) and len(s) <= 24:  # "夜勤のある看護師向け。"
            read_np_audience(r, s)
            continue
        # "Xで、Y": X is the product when it ends in a product's head
        m = re.match(r"^(?P<np>.+?[^\sをがはにへと])で[、,](?P<rest>.+)$", s)
        if m and not r.product and is_np(m.group("np")) and PRODUCT_HEAD.search(m.group("np")):
            rel = read_np(r, m.group("np"))
            promises += clauses(rel) + clauses(m.group("rest"))
            continue
        body, kind = wish_body(s)
        if kind == "np":
            rel = read_np(r, body) if not r.product else ""
            promises += clauses(rel)
            continue
        if kind == "clause":
            promises += clauses(body)
            continue
        if is_np(s) and (PRODUCT_HEAD.search(s) or AUD_MARK.search(s)) and not r.product:
            rel = read_np(r, s)
            promises += clauses(rel)
            continue
        strength = pain_strength(s)
        if strength and not bullet:
            pains.append((strength, -i, s))
            continue
        if is_np(s) and not bullet:
            continue
        promises += clauses(s)
    for _, _, s in sorted(pains, reverse=True):
        if read_pain(r, s):
            break
    if r.product is None:
        _product_from_promises(r, promises)
    seen: set[str] = set()
    for c in promises:
        p = make_promise(c, r)
        if p and p.does not in seen:
            seen.add(p.does)
            r.promises.append(p)
    r.promises = r.promises[:6]
    if r.audience is None:
        _audience_from_promises(r)
    r.internal = r.kind == "internal"
    r.keywords = keywords(r)
    return r


# -- sentences ---------------------------------------------------------------------------
def unwrap(sent: str) -> str:
    """The sentence without fillers of speech, softeners, question tails and "the idea
    is"; a question's condition becomes a plain clause (〜できたら -> 〜できる)."""
    s = sent.strip().strip("「」『』\"'“”")
    for _ in range(3):
        before = s
        s = re.sub(
            r"^(?:えっと|ええと|えーと|えー|あのー?|あのさ|なんか|なんていうか|まあ|まぁ|うーん|"
            r"そうだなあ?|ていうか|っていうか|要するに|つまり|ぶっちゃけ|正直|とにかく|実は|"
            r"ところで|ちなみに|もし|もしも|例えば|たとえば)[ー〜ぁ]*[、,　 ]*",
            "",
            s,
        )
        s = re.sub(r"^(?:うん|で|でさ|それで|だから|あと|それと|あとは|ほら)[、,　 ]+", "", s)
        s = re.sub(
            r"^[^。]{0,24}?(?:考えて(?:い)?た|思って(?:い)?た|思った|思いついた|ひらめいた|考えた|"
            r"気づいた|気付いた)(?:ん|の)?(?:だ|です)?(?:けど|けれど|が|けれども)[、,　 ]*",
            "",
            s,
        )
        s = IDEA_IS.sub("", s)
        if s == before:
            break
    s = s.rstrip("。．.！!　 ")
    question = s.endswith(("？", "?")) or bool(QUESTION_TAIL.search(s))
    s = QUESTION_TAIL.sub("", s).rstrip("？?、, ")
    for _ in range(3):
        before = s
        s = re.sub(r"なん(?:です|だ)(?:よね|よ|ね|けど|けれど)?$", "だ", s)
        s = re.sub(r"ん(?:です|だ)(?:よね|よ|ね|けど|けれど)?$", "", s)
        s = re.sub(
            r"(?:って(?:思って|考えて)(?:る|います|ます)?|と思(?:う|います|ってる|っています)|"
            r"なぁ|なあ|って感じ|みたいな(?:感じ)?|とか|かな|よね|けど|ね|よ|(?<=[なとい])って|"
            r"(?<=[いる])な|わ)$",
            "",
            s,
        )
        if s == before:
            break
    s = re.sub(rf"(?<={W})(?:です|だ|である|でございます)$", "", s)
    if question:
        s = re.sub(r"^(?:もし|もしも)[、,]?", "", s)
        if re.search(r"(?:たら|だら|れば|えば|けば|せば|てば|めば|べば|げば)$", s):
            s = jm.from_conditional(s)
    return clean_spaces(s.strip("、, 　"))


def wish_body(s: str) -> tuple[str, str]:
    """("the part before the wish", "np" or "clause") for 〜を作りたい, 〜があったらいい,
    〜できたらいい; ("", "") when the sentence is no wish."""
    m = WISH.search(s)
    if m:
        body = s[: m.start()].rstrip("、, ")
        if body and is_np(body):
            return body, "np"
        if body and jm.is_predicate(jm.to_plain(body)):
            return jm.to_plain(body), "clause"
    m = CAN_WISH.search(s)
    if m:
        body = s[: m.start()]
        if body.endswith("よう"):
            return body[:-2], "clause"
        if re.search(r"(?:でき|れ|え|け|せ|て|め|べ|し|っ|い|ん|み|り|ち|き|ぎ|び)$", body):
            plain = jm.from_conditional(
                body + ("たら" if not body.endswith(("っ", "ん")) else "た")
            )
            if body.endswith(("っ", "ん", "い")):
                plain = jm.past_to_plain(body + ("た" if not body.endswith("ん") else "だ"))
            return plain, "clause"
    return "", ""


def is_np(s: str) -> bool:
    """The sentence ends in a noun (体言止め): a product, not a statement."""
    s = s.rstrip("。、 ")
    if not s or not jm.is_word_char(s[-1]):
        return False
    # a する-noun at the end of a bullet or a clause is a verb in disguise (通知。)
    return jm.verb_class(s) == "noun"


def _has_head(np: str) -> bool:
    runs = NOUN_RUN.findall(np)
    return bool(runs) and np.endswith(runs[-1])


# -- the product ---------------------------------------------------------------------------
def read_np(r: Reading, np: str) -> str:
    """Read a product noun phrase: its head, audience and relative clause. Returns the
    relative clause (a promise) or ""."""
    np = np.strip("、, ")
    np = re.sub(r"^(?:これは|それは|うちの)", "", np)
    runs = list(NOUN_RUN.finditer(np))
    if not runs or runs[-1].end() != len(np):
        return ""
    head = runs[-1].group(0)
    before = np[: runs[-1].start()]
    # "Xというアプリ", "小さなセンサー": the adjective stays with the head
    before = re.sub(r"という$", "", before)
    adj = re.search(
        r"(?:小さな|小型の|新しい|シンプルな|かんたんな|簡単な|便利な|手軽な|やさしい)$", before
    )
    adjective = ""
    if adj:
        adjective = adj.group(0)
        before = before[: adj.start()]
    rel = ""
    # the audience: "Xのための", "X向けの", "X専用の"
    parts = re.split(r"[、,]", before)
    kept = []
    for part in parts:
        m = AUD_MARK.search(part)
        if m and m.end() >= len(part) - 1:
            aud = part[: m.start()]
            rest_rel = ""
            # "〜できる、中学生のための" or "〜を予測する中学生向け" (rare): a clause first
            mm = re.match(
                r"^(.*?(?:する|できる|[うくぐすつぬぶむる]|ない|い))(?=[^ぁ-ゖ])(.+)$", aud
            )
            if mm and jm.is_predicate(mm.group(1)) and not is_audience(aud, marked=True):
                rest_rel, aud = mm.group(1), mm.group(2)
            set_audience(r, aud, marked=True)
            if rest_rel:
                kept.append(rest_rel)
            continue
        kept.append(part)
    before = "、".join(p for p in kept if p)
    before = (
        before.rstrip("の、 ")
        if before.endswith("の") and not before.endswith("ための")
        else before
    )
    if before and jm.is_predicate(jm.to_plain(before)):
        rel = jm.to_plain(before)
    elif before and len(before) <= 8 and is_np(before):
        # "パン屋の在庫アプリ": the noun before の stays with the product
        head = f"{before}の{head}" if not before.endswith("の") else before + head
    product = product_text(head, rel, adjective)
    if product:
        r.product = Phrase(product)
    return rel


def product_text(head: str, rel: str, adjective: str = "") -> str:
    """The product as a noun phrase: the head when it says what it is (習慣トラッカー,
    小さなセンサー); a generic head (アプリ) takes the meaning of its clause when a compound
    can say it (需要予測アプリ, 連絡帳アプリ); else "" (the book's word for the kind of
    product stands in, and the clause becomes a promise, not a repeated product name)."""
    core = head
    for g in sorted(GENERIC, key=len, reverse=True):
        if head.endswith(g) and head != g:
            core = head[: -len(g)]
            break
    bare = _MODIFIERS.sub("", core)
    specific = head not in GENERIC and bare not in ("", "の")
    if specific and len(head) <= 14:
        return (adjective + head) if adjective and len(adjective + head) <= 12 else head
    if head in SOFT_GENERIC or (bare == "" and core and head.endswith(tuple(SOFT_GENERIC))):
        return (adjective + head) if adjective else head
    if not rel:
        return ""
    head = next((g for g in ("サービス", "アプリ", "ツール") if head.endswith(g)), head)
    if len(head) > 6:
        return ""
    first = re.split(r"(?<=し)[、,]|(?<=[ぁ-ゖ]て)[、,]|(?<=[んい]で)[、,]", rel)[0]
    first = jm.to_plain(jm.from_te(first)) if first != rel else first
    m = re.search(rf"([^をがはにでへ、]*)を({KC}{{2,4}}|{KAC}{{3,8}})する$", first)
    if m:
        obj = _last_np(m.group(1))
        vn = m.group(2)
        if "と" in obj and len(obj) <= 10:
            text = f"{obj}の{vn}{head}"
        else:
            run = NOUN_RUN.findall(obj)
            text = f"{run[-1]}{vn}{head}" if run and 2 <= len(run[-1]) <= 6 else ""
        if text and len(text) <= 20:
            return text
    m = re.search(
        rf"({W}{{2,6}})を(?:自動で|すぐに|簡単に|まとめて)?({'|'.join(_VERB_VN)})$", first
    )
    if m and m.group(1) not in NOT_NAME:
        return f"{m.group(1)}{_VERB_VN[m.group(2)]}{head}"  # リストを作る -> リスト作成ツール
    m = re.search(rf"({W}{{2,6}})を[^を]*$", first)
    if m and _OBJ_VERBS.search(first) and m.group(1) not in NOT_NAME:
        return f"{m.group(1)}{head}"  # 連絡帳を書ける -> 連絡帳アプリ
    return ""


def _last_np(text: str) -> str:
    """The object noun phrase without the adverbial phrases before it:
    天気と過去の売上から翌日の需要 -> 翌日の需要."""
    for sep in ("から", "まで", "より", "には", "では", "で", "に", "へ", "、"):
        if sep in text:
            text = text.rsplit(sep, 1)[1]
    return text


def short_clause(clause: str, limit: int) -> str:
    """The first clause's verb with its object, within ``limit`` characters:
    天気と過去の売上から翌日の需要を予測する -> 翌日の需要を予測する."""
    first = re.split(r"(?<=し)[、,]|(?<=[ぁ-ゖ]て)[、,]|(?<=[んい]で)[、,]", clause)[0]
    if first != clause:
        first = jm.to_plain(jm.from_te(first) if first.endswith(("て", "で")) else first)
    chunks = chunk(first)
    objs = [i for i, c in enumerate(chunks) if c.endswith("を")]
    if objs:
        i = objs[-1]
        text = chunks[i] + "".join(chunks[-1:]) if i == len(chunks) - 2 else chunks[i] + chunks[-1]
    else:
        text = "".join(chunks[-2:])
    text = text.strip("、, ")
    if len(text) > limit:
        text = _drop_no_modifier(text)
    return text if len(text) <= limit and jm.is_predicate(text) else ""


def _drop_no_modifier(text: str) -> str:
    """The text without its first の-modifier that is a whole short noun (週次の連続記録
    -> 連続記録), never part of one."""
    return re.sub(rf"(?<!{W}){W}{{1,4}}の(?={W})", "", text, count=1)


def chunk(clause: str) -> list[str]:
    """The clause cut after each particle that ends a phrase (after a noun), after a
    condition (〜と, 〜たら, 〜ば, 〜だけで) and after a comma: the pieces a title or a
    trim may drop."""
    out = []
    start = 0
    pat = re.compile(
        rf"(?<={W})(?:から|まで|より|には|では|へは|にも|に|で|が|は|へ|も)|を|"
        rf"(?<=[るうくすつむぶぐぬいた])(?:と|だけで|ので|ように|前に)|"
        rf"(?:たら|れば|ときに|時に|際に|とき)|、"
    )
    for m in pat.finditer(clause):
        if m.end() < len(clause):
            out.append(clause[start : m.end()])
            start = m.end()
    out.append(clause[start:])
    return [c for c in out if c]


# -- the audience ---------------------------------------------------------------------------
def is_audience(text: str, marked: bool = False) -> bool:
    """A noun phrase (no case particle but の and と, no verb, no comma) whose head names
    people or organisations; with a 向け/ための mark any such noun phrase will do."""
    t = text.strip()
    if not 2 <= len(t) <= 16 or not jm.is_word_char(t[-1]):
        return False
    if re.search(r"[、。,！？!?]|を|が|は|に|で|へ|から|まで|より", t):
        return False
    if jm.verb_class(t) != "noun":
        return False
    for part in re.split(r"の|と", t):
        if part and not re.fullmatch(
            rf"(?:小さな|大きな|忙しい|若い|新しい|[ぁ-ゖ]{{1,3}})?{W}+(?:[しりみきちびえけげじせ]{W}+)*|[ぁ-ゖ]{{2,5}}",
            part,
        ):
            return False
    return bool(marked or PEOPLE.search(t))


def set_audience(r: Reading, text: str, marked: bool = False) -> None:
    t = re.sub(r"^(?:うちの|僕らの|私たちの|我々の)", "", text.strip("、, "))
    if t in INTERNAL_AUD or t.endswith(("社内", "自社")):
        r.kind = "internal"
        return
    if r.audience is None and is_audience(t, marked):
        group = "org" if _ORG.search(t) else "group" if _GROUP.search(t) else "person"
        # one of "先生と親" is a teacher: the persona is one person
        one = t.split("と")[0] if "と" in t and not t.endswith("と") else t
        r.audience = Phrase(t, group=group, singular=one)


def read_np_audience(r: Reading, s: str) -> None:
    """A noun sentence after the product: "夜勤のある看護師向け。" names the audience."""
    m = AUD_MARK.search(s)
    if m and m.end() >= len(s) - 1:
        set_audience(r, s[: m.start()], marked=True)


def _audience_from_promises(r: Reading) -> None:
    for p in r.promises:
        if p.subject and is_audience(p.subject):
            set_audience(r, p.subject)
            return


# -- the pain ---------------------------------------------------------------------------------
_WEAK_PAIN = re.compile(r"^(?:紙|手書き|手作業)$")


def pain_strength(s: str) -> int:
    """0 when the sentence states no trouble; 2 for a strong cue (〜てしまう, 面倒,
    見つからない), 1 for a weak one (紙, 手作業). A cue inside a condition (飲み忘れると …)
    is no pain: the sentence says what happens then."""
    main = re.sub(r"^.*?(?<=[るうくすつむぶぐぬいた])と[、,]?", "", s)
    main = re.sub(r"^.*?(?:たら|れば|ときは|時は|ときに|時に)[、,]?", "", main)
    cues = [m.group(0) for m in PAIN.finditer(main)]
    if not cues:
        return 0
    return 1 if all(_WEAK_PAIN.match(c) for c in cues) else 2


def read_pain(r: Reading, s: str) -> bool:
    """The trouble the idea starts from, as a plain clause of at most 24 characters; its
    subject names the audience when it names people (小さなパン屋では…)."""
    s = re.sub(r"^(?:うちの|僕らの|私たちの|我々の)", "", s)
    s = re.sub(rf"(?<={W}{W})って(?={KKC})", "は", s)  # 保育園って -> 保育園は
    topic = re.match(r"^(?P<aud>[^、。をにで]{2,16}?)(?:では|は|が|って)(?!ない)[、,]?", s)
    both = re.search(r"(?:^|[、,])(?P<a>[^、。をにでが]{1,8})も(?P<b>[^、。をにでが]{1,8})も", s)
    candidates = [s]
    if topic:
        candidates.append(s[topic.end() :])
    candidates += [p for p in re.split(r"(?<=[でし])[、,]", s) if p]
    for c in candidates:
        c = c.strip("、, ")
        c = re.sub(r"(?:し|から|ので|けど|けれど)$", "", c)
        if c.endswith("で") and not c.endswith("ないで") and not c.endswith("んで"):
            c = c[:-1] + "だ"
        c = jm.to_plain(c)
        if jm.verb_class(c) == "noun" and jm.is_word_char(c[-1:]):
            c += "だ"  # 書くのが大変 -> 書くのが大変だ: the copula the reader took off
        if not PAIN.search(c) or not 6 <= len(c) <= 24:
            continue
        if not (jm.is_predicate(c) or jm.verb_class(c) == "da"):
            continue
        r.pain = c
        if topic:
            set_audience(r, topic.group("aud"))
        if both and r.audience is None:
            set_audience(r, f"{both.group('a')}と{both.group('b')}")
        return True
    return False


# -- promises ---------------------------------------------------------------------------------
def clauses(s: str) -> list[str]:
    """The sentence's clauses in the plain form, cut after 〜し、 and after a verb's
    〜て、 when each part is a whole clause (同士で、 is a particle, not a cut)."""
    s = s.strip("、, ")
    if not s:
        return []
    parts = re.split(
        r"(?<=し)[、,]|(?<=[ぁ-ゖ]て)[、,]|(?<=[んい]で)[、,]|[、,](?:そして|また|さらに|あと)[、,]?|。",
        s,
    )
    out = []
    for p in parts:
        p = p.strip("、, ")
        if not p:
            continue
        if p.endswith("たい") and len(p) > 3:
            p = jm.from_stem(p[:-2])  # なくしたい -> なくす: the goal is the promise
        elif p.endswith(("して", "って", "いて", "いで", "んで")) or (
            p.endswith("て") and len(p) > 2 and p[-2] in jm.E_ROW + jm.I_ROW
        ):
            p = jm.from_te(p)
        p = jm.to_plain(p)
        if jm.is_predicate(p) and len(p) >= 4:
            out.append(p)
    return out


def make_promise(clause: str, r: Reading) -> Promise | None:
    """A promise from a plain clause: who acts, the clause (at most 24 characters), a
    short title."""
    c = clause.strip("、, ")
    c = re.sub(r"^(?:それで|そして|また|さらに|あと)(?=.)", "", c)
    agent, subject = "product", ""
    m = re.match(
        r"^(?P<subj>[^、をにでがは]{2,12}?)(?:が|は|同士で|同士が|同士)[、,]?(?P<rest>.+)$", c
    )
    if m and is_audience(m.group("subj")):
        agent, subject = "user", m.group("subj")
        c = m.group("rest").strip("、, ")
    if len(c) > 24:
        c = trim(c, 24)
    if not c or not jm.is_predicate(c) or len(c) < 4:
        return None
    if agent == "product":
        main = re.sub(r"^.*?(?:と|たら|れば|前に|ときに|時に|とき)[、,]?", "", c)
        if re.search(rf"(?<={W})が(?=[^、]*$)", main):
            agent = "user"  # "通知が届く": the clause has a subject of its own
        elif jm.is_potential(c):
            agent = "user"  # "安く譲れる": what people can do with it
            if r.audience and r.audience.group != "org":
                subject = r.audience.text
    title = make_title(c)
    if not title:
        return None
    return Promise(
        does=c, base=c, title=title, sentence="{name}なら、" + c, agent=agent, subject=subject
    )


def trim(clause: str, limit: int) -> str:
    """The clause within ``limit`` characters: first the phrases before the object
    (conditions, 〜だけで, adverbials), then の-modifiers (週次の), never the verb."""
    chunks = chunk(clause)
    # a subordinate clause (〜前に, 〜と, 〜だけで) goes first, whole: what is left stands alone
    sub = re.compile(r"(?:だけで|と|たら|れば|ので|前に|ときに|時に)$")
    for i, piece in enumerate(chunks[:-2]):
        if sub.search(piece):
            start = max((j + 1 for j in range(i) if chunks[j] == "、"), default=0)
            rest = chunks[:start] + chunks[i + 1 :]
            text = "".join(rest).strip("、, ")
            if len(text) <= limit and len(rest) >= 2 and jm.is_predicate(text):
                return text
    c = clause
    while len(c) > limit:  # then の-modifiers (週次の連続記録 -> 連続記録)
        shorter = _drop_no_modifier(c)
        if shorter == c:
            break
        c = shorter
    if len(c) <= limit and jm.is_predicate(c):
        return c
    while len(chunks) > 2 and len("".join(chunks)) > limit:
        chunks = chunks[1:]
    c = "".join(chunks).strip("、, ")
    while len(c) > limit:
        shorter = _drop_no_modifier(c)
        if shorter == c:
            break
        c = shorter
    return c if len(c) <= limit and jm.is_predicate(c) else ""


def make_title(clause: str) -> str:
    """A heading of at most 16 characters that ends on a whole phrase: the clause
    without its condition, its object and its verb kept (余った野菜を直接売れる), a
    する-verb as its noun (需要を予測)."""
    c = re.sub(
        r"^.*?(?:(?<=[るうくすつむぶぐぬいた])と|たら|れば|ときに|時に|際に|とき|前に|だけで)[、,]?(?=[^、]{4,}$)",
        "",
        clause,
    )
    c = c.strip("、, ")
    if len(jm.nominal(c)) > 16:
        chunks = chunk(c)
        objs = [i for i, x in enumerate(chunks) if x.endswith("を")]
        if objs:
            i = objs[-1]
            keep = [chunks[i], *chunks[i + 1 :]]
            while len(keep) > 2 and len(jm.nominal("".join(keep))) > 16:
                keep = [keep[0], *keep[2:]]  # drop what stands between object and verb
            c = "".join(keep)
        else:
            while len(chunks) > 2 and len(jm.nominal("".join(chunks))) > 16:
                chunks = chunks[1:]
            c = "".join(chunks)
    c = c.strip("、, ")
    if len(jm.nominal(c)) > 16:
        c = _drop_no_modifier(c)
    title = jm.nominal(c)
    if len(title) > 18 or len(title) < 3:
        return ""
    if re.match(r"^(?:から|まで|より|を|に|で|が|は|と|へ|も|や|の)", title):
        return ""
    return title


def _product_from_promises(r: Reading, clauses_: list[str]) -> None:
    """No product named: a clause "〜アプリ" inside a promise, else none (the book's word
    for the kind of product stands in)."""
    for c in clauses_:
        m = re.search(rf"({W}*(?:アプリ|サービス|ツール|プラットフォーム|センサー|デバイス))", c)
        if m and m.group(1) not in GENERIC:
            r.product = Phrase(m.group(1))
            return


# -- keywords ----------------------------------------------------------------------------------
def keywords(r: Reading) -> list[str]:
    """Content words, most telling first: the product's own word (習慣 of 習慣トラッカー),
    the objects of the promises (需要, 服薬), the topic, then the rest. A run of kanji
    followed by okurigana is a verb or an adjective (忘れる, 安い), not a word to name by."""
    out: list[str] = []

    def add(word: str) -> None:
        w = _MODIFIERS.sub("", word)
        if len(w) == 1 and not (jm.is_kata(w) or w in jm.SINGLE_NOUNS):
            return
        generic_tail = any(w.endswith(g) for g in GENERIC if len(g) >= 2)
        if w and w not in out and w not in NOT_NAME and len(w) <= 8 and not generic_tail:
            out.append(w)

    def nouns(text: str) -> list[str]:
        found = []
        for m in NOUN_RUN.finditer(text):
            nxt = text[m.end() : m.end() + 1]
            if (
                jm.is_hira(nxt)
                and nxt not in "のをがにではとへもやかなだ"
                and not jm.is_kata(m.group(0)[-1])
            ):
                continue  # 忘れる, 余った, 向け: a stem, not a noun
            found.append(m.group(0))
        return found

    if r.product:
        text = r.product.text
        for g in sorted(GENERIC, key=len, reverse=True):
            if text.endswith(g) and text != g:
                text = text[: -len(g)]
                break
        for run in nouns(text) if "を" in text else nouns(text.split("の")[-1]):
            for piece in _split_compound(run):
                add(piece)
    if r.topic:
        for run in nouns(r.topic):
            for piece in _split_compound(run):
                add(piece)
    for p in r.promises:
        m = re.search(r"([^をがはにでへ、]+)を", p.does)
        if m:
            for np in reversed(m.group(1).split("の")):
                for run in nouns(np):
                    for piece in _split_compound(run):
                        add(piece)
    for run in nouns(r.text):
        for piece in _split_compound(run):
            add(piece)
    aud = r.audience.text if r.audience else ""
    return [w for w in out if not aud or w not in aud or len(w) > len(aud)]


_KATA_HEADS = tuple(
    [
        "シッター",
        "リスト",
        "ケース",
        "トラッカー",
        "カレンダー",
        "ボード",
        "ノート",
        "センサー",
        "ウォッチ",
        "マップ",
        "チャット",
        "ショップ",
        "ストア",
        "レシピ",
        "プラン",
        "スケジュール",
        "ダッシュボード",
        "マッチング",
        "シェア",
        "レンタル",
        "サロン",
        "クラブ",
        "スクール",
        "レッスン",
        "ゲーム",
        "メモ",
        "ログ",
        "リーダー",
        "マネージャー",
        "オーナー",
        "ユーザー",
        "メンバー",
        "ドライバー",
        "ウォーカー",
        "ケア",
        "サポート",
        "チェック",
        "ボックス",
        "カード",
        "タイマー",
    ]
)


def _split_compound(run: str) -> list[str]:
    """A compound and its parts: at a change of script, around a word with okurigana
    (備品 / 貸し出し / 管理), and a long kanji compound in its two-kanji words (仕訳 /
    自動 / 作成); the compound itself first when it is short."""
    bare = re.sub(rf"{KC}[ぁ-ゖ](?:{KC}[ぁ-ゖ])*", "|", run)
    parts = re.findall(rf"{KC}{{2,}}|{KAC}{{2,}}|[A-Za-z0-9]{{2,}}", bare)
    for p in list(parts):
        for head in _KATA_HEADS:
            if p.endswith(head) and len(p) - len(head) >= 2:
                parts.append(p[: -len(head)])  # ペットシッター -> ペット
                break
    out = [run] if (len(run) <= 5 and bare == run) or run in parts else []
    for p in parts:
        if p != run:
            out.append(p)
        if jm.is_kanji(p[0]) and len(p) >= 4 and len(p) % 2 == 0:
            out += [p[i : i + 2] for i in range(0, len(p), 2)]
    return out
