"""The Chinese reader: product, audience, pain and promises from an idea of any shape.

Chinese has no spaces and no inflection, but its ideas lean on a few set frames, so the
reader needs no segmenter (jieba loads a dictionary of several megabytes on first use):
"为/面向/给/专为 X (设计/打造/用)的 Y" names the audience X of the product Y; "帮助/让 X
VP 的 Y" names the audience and the first promise; the noun phrase before 的 and a
product's head (应用, 平台, 工具, 小程序, 设备 …) is the product; wishes and requests
("我们想做一个…", "帮我做一个…", "能不能做个…？"), "想法是…", questions ("如果…会怎样？",
"要是…就好了") and the fillers of speech ("就是说，我一直在想…") are unwrapped first.

Every chunk is validated: an audience is a noun phrase (no verb such as 是/有/能/想, no
comma) whose head names people or organisations, unless a 为/面向 marks it; a promise
is a verb phrase (it holds a verb of the list below or ends in one); a pain is a clause
with a cue of trouble (总是, 经常找不到, 浪费…) of at most 24 characters. The product's name
for a generic head comes from its clause as a compound (预测食材 -> 食材预测应用).
"""

from __future__ import annotations

import hashlib
import re

from protogen.writers.offline.books import Grammar
from protogen.writers.offline.cjk import (
    brand_analogy,
    brand_kind,
    clean_spaces,
    quick,
    split_units,
    typeset,
    zh_kind,
)
from protogen.writers.offline.reading import Phrase, Promise, Reading

# classes by Unicode category: a class with the range of the Han characters costs a
# millisecond or more to compile, and the reader has dozens
HANC = r"[^\W\x00-\x7f]"  # a Han character (any letter beyond ASCII, in a Chinese idea)
W = r"[^\W_]"

GENERIC = (
    "应用程序", "应用", "App", "app", "APP", "平台", "工具", "小程序", "系统", "网站", "服务",
    "软件", "产品", "设备", "方案", "插件", "东西", "网页", "公众号",
)  # fmt: skip
SOFT_GENERIC = ("传感器", "设备", "机器人", "手环", "药盒", "盒子", "摄像头", "音箱", "门锁")
PRODUCT_HEAD = quick(
    r"(?:应用程序|应用|App|app|APP|平台|工具|小程序|系统|网站|服务|软件|设备|传感器|助手|"
    r"机器人|插件|药盒|手环|盒子|追踪器|管理器|记录器|提醒器|日历|地图|社区|市场|商城|"
    r"摄像头|门锁|音箱|网页|公众号|机|器|仪|表|箱|柜|卡)$"
)
PEOPLE = quick(
    r"(?:者|人|们|员|师|生|家|户|长|主|客|族|友|民|工|商|队|团队|企业|公司|餐馆|餐厅|饭店|"
    r"店|学校|医院|机构|患者|病人|老人|老年人|子女|父母|家长|孩子|儿童|学生|老师|医生|护士|"
    r"员工|财务|卖家|买家|业主|房东|租客|司机|农民|农户|邻居|朋友|同事|用户|会员|粉丝|"
    r"宝妈|白领|上班族|跑者|宠物主|班组长|创业者|小店|门店|商家|家庭|夫妻|情侣)$"
)
_ORG = quick(r"(?:企业|公司|餐馆|餐厅|饭店|店|学校|医院|机构|门店|商家|小店|厂)$")
_GROUP = quick(r"(?:团队|队|组|班|社区|小区|家庭)$")
INTERNAL_AUD = ("公司内部", "内部", "公司", "本公司", "我们公司", "员工")
VERBS = (
    "预测|记录|管理|生成|提醒|显示|追踪|跟踪|分析|查找|寻找|匹配|推荐|预约|共享|分享|借用|出租|"
    "交换|监测|检测|通知|上传|审核|审批|统计|整理|规划|安排|计算|分摊|同步|备份|翻译|识别|扫描|"
    "比较|对比|收集|连接|推送|发送|提交|申请|报名|搜索|浏览|练习|复习|学习|背诵|测试|评估|"
    "提供|保存|导出|导入|下单|购买|出售|售卖|关闭|打开|开启|控制|调节|清点|盘点|核对|汇总|"
    "转换|拍照|标记|筛选|订阅|联系|对接|撮合|介绍|帮忙|照看|代遛|遛|送|卖|买|借|租|换|找|查|"
    "约|订|收|记|算|管|叫|看|做|显|报|写|读|背|练|拍|传|发|选|存|分|配|付|还|接|给|告诉|"
    "提示|警告|预警|补货|付款|催|催收|回复|处理|组织|邀请|展示|指导|教|帮|陪|推|播|听|"
    "出现|弹出|到账|更新|完成|加入|参加|参与|支付|收款|结算|签到|打卡|点评|评分|评价|留言|"
    "聊天|沟通|装|安装|贴|挂|放|发现|关|开|连|练"
)
# 2-character verbs only: a noun phrase that holds one is a clause (提醒客户), not people
_VERB2 = quick("|".join(v for v in VERBS.split("|") if len(v) == 2))
# actions whose object makes a product's name as a compound (食材预测应用)
_CORE_ACTIONS = frozenset(
    [
        "预测",
        "记录",
        "管理",
        "追踪",
        "跟踪",
        "分析",
        "预约",
        "监测",
        "审批",
        "预警",
        "匹配",
        "共享",
        "规划",
        "统计",
        "盘点",
        "提醒",
    ]
)
_TRAILING = re.compile(r"(?:数量|情况|信息|数据|时间|活动|内容|状态|列表)$")
# longest first, so 发现 wins over 发
VERBS = "|".join(sorted(dict.fromkeys(VERBS.split("|")), key=len, reverse=True))
_VERB = quick(VERBS)
NOT_NAME = frozenset(
    [
        "工具",
        "应用",
        "平台",
        "系统",
        "服务",
        "小程序",
        "软件",
        "设备",
        "智能",
        "自动",
        "实时",
        "一键",
        "数据",
        "信息",
        "情况",
        "数量",
        "时间",
        "内容",
        "结果",
        "问题",
        "每天",
        "每周",
        "每月",
        "每层",
        "下个月",
        "用户",
        "大家",
        "我们",
        "你们",
        "他们",
        "自己",
        "一个",
        "一款",
        "东西",
        "方便",
        "简单",
        "轻松",
        "手机",
        "需要",
        "多少",
        "时候",
        "地方",
        "附近",
        "直接",
        "互相",
        "之间",
        "可以",
        "能够",
        "帮助",
        "记录",
        "管理",
        "提醒",
        "通知",
        "显示",
        "生成",
        "预测",
        "分享",
        "共享",
        "功能",
        "方法",
        "办法",
        "历史",
        "今天",
        "明天",
        "传感器",
        "手机",
        "电脑",
        "页面",
        "网页",
        "客户",
        "别人",
        "对方",
        "人们",
        "朋友",
    ]
)
PAIN = quick(
    r"总是|经常|老是|常常|找不到|浪费|麻烦|忘记|忘了|困难|不知道|难以|很难|费时|费力|耗时|手工|"
    r"手动|堆在|拿错|搞错|出错|漏|来不及|不方便|头疼|焦虑|担心|太贵|太慢|没人|没有时间|卖不完|"
    r"剩下|剩余|不够|排队|混乱|乱|低效|看不到|没法|无法"
)
_WEAK_PAIN = re.compile(r"^(?:经常|常常|手工|手动)$")
_FILLERS = re.compile(
    r"^(?:就是说|就是|我一直在想|我最近一直在想|我最近在想|我在想|我觉得|我想了想|嗯+|那个|其实|"
    r"然后|你知道吗|说实话|怎么说呢|比如说|所以|对了|还有|哎|唉|话说|我有个想法|有个想法|"
    r"我有一个想法|我突然想到|突然想到)[，,、。…\s]*"
)
_WISH = re.compile(
    r"^(?:我们|我|咱们|团队)?(?:想|想要|打算|准备|计划|希望|要)?(?:做|开发|搭建|推出|设计)(?:一个|一款|个|款)?|"
    r"^(?:请|麻烦)?(?:帮我|帮忙|给我|替我)(?:做|开发|设计|写)(?:一个|一款|个|款)?|"
    r"^(?:能不能|可不可以|能否|可以)(?:做|开发|有)(?:一个|一款|个|款)?|"
    r"^(?:有没有|要是有|如果有)(?:一个|一款|个|款)?|"
    r"^(?:想法是|点子是|我的想法是|方案是|思路是|目标是)[，,：:]?(?:做|开发)?(?:一个|一款|个|款)?|"
    r"^(?:做|开发|打造)(?:一个|一款|个|款)"
)
_QUESTION = re.compile(
    r"(?:[，,]?(?:会怎么样|会怎样|怎么样|如何|好不好|行不行|会不会很好|是不是很好|就好了|该多好|多好))"
    r"[？?！!。]*$|[？?]+$"
)


def read(text: str) -> Reading:
    r = Reading(lang="zh", text=text, kind=zh_kind(text))
    b = brand_analogy(text, "zh")
    if b:
        r.brand, r.topic = b
        r.kind = brand_kind(b[0])
    promises: list[str] = []
    pains: list[tuple[int, int, str]] = []
    for i, (sent, bullet) in enumerate(split_units(text, "zh")):
        wishful = bool(_QUESTION.search(sent.strip())) or bool(
            re.match(r"^(?:如果|要是|假如)", sent.strip())
        )
        s = unwrap(sent)
        if not s or (b and b[0] in s):
            continue
        wished = _WISH.match(s)
        if wished:
            s = s[wished.end() :]
        parts = [p for p in re.split(r"[，,：:；;]", s) if p.strip()]
        if not parts:
            continue
        first = parts[0]
        if (wished or is_product_np(first)) and not r.product and PRODUCT_HEAD.search(first):
            rel = read_np(r, first)
            rest = [c for p in parts[1:] for c in clauses(p)]
            head = first.strip()
            if r.product is None and not rel and rest and head in GENERIC:
                shaped = re.search(r"就|时(?![间候])|的时候", rest[0])
                text = "" if shaped else product_text(head, rest[0])  # "小程序，实时显示空座…"
                text = text or (head if head in ("小程序", "公众号") else "")
                r.product = Phrase(text) if text else None
            if rel:
                promises.append(rel)
            promises += rest
            continue
        strength = pain_strength(s)
        if strength and not bullet and not wished and not wishful:
            pains.append((strength, -i, s))
            continue
        for p in parts:
            # "X的Y" with a product's head in a later part: "…，实时显示…的小程序"
            if PRODUCT_HEAD.search(p) and not r.product and "的" in p:
                rel = read_np(r, p)
                if rel:
                    promises.append(rel)
                continue
            promises += clauses(p)
    for _, _, s in sorted(pains, reverse=True):
        if read_pain(r, s):
            break
    seen: set[str] = set()
    for c in promises:
        p = make_promise(c, r)
        if p and p.does not in seen:
            seen.add(p.does)
            r.promises.append(p)
    r.promises = r.promises[:6]
    if r.audience is None:
        for p in r.promises:
            if p.subject:
                set_audience(r, p.subject)
                break
    r.internal = r.kind == "internal"
    r.keywords = keywords(r)
    return r


def unwrap(sent: str) -> str:
    """The sentence without fillers of speech, sentence particles and question tails; a
    question's condition becomes a plain clause (如果邻居可以… -> 邻居可以…)."""
    s = sent.strip().strip("“”「」\"'")
    for _ in range(3):
        before = s
        s = _FILLERS.sub("", s)
        if s == before:
            break
    s = _QUESTION.sub("", s)
    s = re.sub(r"^(?:如果|要是|假如|假设|倘若)[，,]?", "", s)
    s = re.sub(r"[。！？!?；;…\s]+$", "", s)
    s = re.sub(r"(?:吧|呢|啊|呀|嘛|哈|啦|的说|而已)$", "", s)
    return clean_spaces(s.strip("，,、 "))


def is_product_np(s: str) -> bool:
    """A noun phrase that ends in a product's head: "智能药盒", "…的报销审批系统"; a
    clause (邻居之间可以互相借用工具) is none, even when it ends in such a word."""
    if not PRODUCT_HEAD.search(s):
        return False
    tail = s.rpartition("的")[2].replace("智能", "").replace("功能", "")
    if re.search(r"可以|能够|能|会|要|想|是|有", tail):
        return False
    return not (_VERB2.match(tail) and len(tail) > 4)


def read_np(r: Reading, np: str) -> str:
    """Read a product noun phrase: audience (为/面向/给 X 的), head, and the clause before
    的 (a promise). Returns that clause or ""."""
    np = re.sub(r"^(?:一个|一款|个|款|这个|这款)", "", np.strip())
    rel = ""
    m = re.match(
        rf"^(?:专门)?(?:为|给|面向|针对|专为|适合)(?P<aud>{W}{{2,14}}?)(?:量身)?(?:设计|打造|准备|开发|定制|使用|用)?的(?P<rest>.+)$",
        np,
    )
    if m:
        set_audience(r, m.group("aud"), marked=True)
        np = m.group("rest")
    m = re.match(
        rf"^(?:帮助|帮|让|方便)(?P<aud>{W}{{2,8}}?)(?P<vp>(?:{VERBS}|根据|通过|在|用|能|可以).+)的(?P<rest>[^的]+)$",
        np,
    )
    if m and is_audience(m.group("aud")):
        set_audience(r, m.group("aud"))
        rel, np = m.group("vp"), m.group("rest")
    elif "的" in np:
        before, _, head = np.rpartition("的")
        before = re.sub(r"^(?:一个|一款)", "", before)
        m2 = re.match(rf"^(?P<aud>{W}{{2,10}}?)(?:使用|用|专用)$", before)
        if m2 and any(m2.group("aud").startswith(x) for x in INTERNAL_AUD):
            r.kind = "internal"
        elif m2 and is_audience(m2.group("aud")):
            set_audience(r, m2.group("aud"), marked=True)
        elif _VERB.search(before):
            rel = before
        np = head
    head = np.strip()
    r.product = Phrase(product_text(head, rel)) if product_text(head, rel) else None
    return rel


def product_text(head: str, rel: str) -> str:
    """The head when it says what it is (发票工具, 智能药盒); a generic head (应用) takes
    the meaning of its clause as a compound (预测…食材 -> 食材预测应用, 显示…空座 ->
    空座小程序); else "" (the book's word for the kind stands in)."""
    core = head
    for g in GENERIC:
        if head.endswith(g) and head != g:
            core = head[: -len(g)]
            break
    core = re.sub(r"^(?:智能|在线|共享|小型|简单的|一个|一款|内部|公司|企业)", "", core)
    if head not in GENERIC and core and len(head) <= 10:
        return head
    if head in SOFT_GENERIC:
        return head
    if not rel or len(head) > 4:
        return ""
    verb = _VERB2.search(rel)
    obj = object_noun(rel)
    if not obj or obj in NOT_NAME:
        return ""
    text = (
        f"{obj}{verb.group(0)}{head}" if verb and verb.group(0) in _CORE_ACTIONS else f"{obj}{head}"
    )
    return text if len(text) <= 10 else ""


def first_object(vp: str) -> str:
    """The noun right after the first verb, up to the next verb: 发现漏水立即推送… -> 漏水."""
    verbs = list(_VERB.finditer(vp))
    if len(verbs) < 2:
        return ""
    obj = vp[verbs[0].end() : verbs[1].start()]
    obj = re.sub(rf"(?:{_ADVERB}|都|就|会|并|再|也)+$", "", obj)
    return obj if re.fullmatch(rf"{HANC}{{2,3}}", obj) else ""


def object_noun(vp: str) -> str:
    """The noun the verb phrase acts on: 预测每天需要准备多少食材 -> 食材, 显示图书馆每层的
    空座数量 -> 空座, 连接血糖仪 -> 血糖仪, 记录每周的羽毛球活动 -> 羽毛球."""
    ba = re.search(rf"[把将]({HANC}{{2,12}}?)(?:直接|都|全部|一起)?(?:{VERBS})", vp)
    if ba:
        obj = ba.group(1).rpartition("的")[2]
        return obj if len(obj) <= 3 else obj[-2:]
    matches = list(_VERB.finditer(vp))
    if not matches:
        return ""
    m = matches[-1]
    obj = vp[m.end() :]
    obj = re.sub(r"(?:的人|的时间)$", "", obj)
    obj = _TRAILING.sub("", obj).rstrip("的")
    obj = obj.rpartition("的")[2]
    obj = re.sub(r"^(?:到|给|出|好|完|上|下|成)", "", obj)
    if not re.fullmatch(rf"{HANC}{{2,}}", obj or ""):
        return ""
    obj = obj if len(obj) <= 3 else obj[-2:]
    if len(obj) == 3 and obj[-1] in "仪单器表机室馆费卡箱盒柜站台包本册":
        return obj[:2]  # 拣货单 -> 拣货, 场地费 -> 场地
    return obj


def is_audience(text: str, marked: bool = False) -> bool:
    """A noun phrase of 2-14 characters, no verb of being or wanting, no comma; its head
    names people or organisations (or a 为/面向 marks it)."""
    t = text.strip()
    if not 2 <= len(t) <= 14 or re.search(r"[，,。！？、：:]", t):
        return False
    if re.search(r"是|有|能|想|要|会|可以|应该|需要|觉得|做|用来", t):
        return False
    if marked:
        return not re.search(rf"(?:{VERBS})", t[-2:]) or bool(PEOPLE.search(t))
    return bool(PEOPLE.search(t)) and not _VERB2.search(t)


def set_audience(r: Reading, text: str, marked: bool = False) -> None:
    t = re.sub(r"^(?:我们的|我们|我的|咱们)", "", text.strip("，, "))
    if t in INTERNAL_AUD or t.startswith(("公司内部", "内部")):
        r.kind = "internal"
        return
    if r.audience is None and is_audience(t, marked):
        group = "org" if _ORG.search(t) else "group" if _GROUP.search(t) else "person"
        r.audience = Phrase(t, group=group, singular=t)


def pain_strength(s: str) -> int:
    cues = [m.group(0) for m in PAIN.finditer(s)]
    if not cues:
        return 0
    return 1 if all(_WEAK_PAIN.match(c) for c in cues) else 2


def read_pain(r: Reading, s: str) -> bool:
    """The trouble, as one clause of at most 24 characters; a leading subject that names
    people names the audience (大学生经常找不到…)."""
    subject = re.match(
        rf"^(?P<aud>{W}{{2,12}}?)(?=经常|总是|老是|常常|每天|每次|都|也|一直|往往|很|不|没|要|在|会|的{W}{{1,4}}(?:总是|经常|常常))",
        s,
    )
    if subject:
        set_audience(r, subject.group("aud"))
    s = re.sub(r"^(?:我们|我|咱们)(?=[^，,])", "", s)
    parts = [p for p in re.split(r"[，,]", s) if p]
    candidates = [s, "，".join(parts[:2]), *parts]
    for c in candidates:
        c = c.strip("，, ")
        if PAIN.search(c) and 5 <= len(c) <= 24:
            r.pain = c
            return True
    return False


def clauses(s: str) -> list[str]:
    """Verb phrases of a clause, cut at 并/并且/而且/还/同时 when each part is one."""
    s = s.strip("，, ")
    if not s:
        return []
    parts = re.split(r"(?:并且|并|而且|同时|另外|还能|还可以|还会|以及)(?=.{2,})", s)
    out = []
    for p in parts:
        p = p.strip("，, 、")
        p = re.sub(r"^(?:然后|再|也|就|还|并)", "", p)
        if len(p) >= 3 and _VERB.search(p):
            out.append(p)
    return out


def make_promise(clause: str, r: Reading) -> Promise | None:
    c = clause.strip("，, ")
    if re.match(r"^(?:装在|安装在|贴在|挂在|放在|夹在|固定在|插在|戴在)", c):
        return None  # where it goes, not what it does
    agent, subject = "product", ""
    m = re.match(
        rf"^(?P<subj>{W}{{1,10}}?)(?:之间|们)?(?:可以|能够|能|都能|也能|可)(?P<rest>.+)$", c
    )
    if m and is_audience(m.group("subj")):
        agent, subject, c = "user", m.group("subj"), m.group("rest")
    else:
        m = re.match(rf"^(?P<subj>{W}{{2,6}}?)(?P<rest>(?:{VERBS}|一键|拍照|直接|随时|自己).+)$", c)
        if m and is_audience(m.group("subj")):
            agent, subject, c = "user", m.group("subj"), m.group("rest")
    c = re.sub(r"^(?:可以|能够|能|会)(?=.{3,})", "", c) if agent == "user" else c
    lead = re.sub(rf"^(?:每天|每晚|每周|每次|只|都|先|再|{_ADVERB})+", "", c)
    if agent == "product" and (re.match(_USER_VERBS, lead) or not _VERB.match(lead)):
        agent = "user"  # 每天只练五分钟, 错过的单词会反复出现: not the product's doing
    if agent == "product" and re.search(
        r"(?:的时候|(?<![实及随同按定准临当小])时(?![间候刻段代常])|之后|以后)(?:就|会|便)?|一.{1,6}就|到了就",
        c[:12],
    ):
        agent = "user"  # "快递到了就通知业主": a clause with its own shape
    if len(c) > 24:
        c = trim(c, 24)
    if not c or len(c) < 3 or not _VERB.search(c):
        return None
    title = make_title(c)
    if not title:
        return None
    does = f"{subject}可以{c}" if subject else c  # a whole clause: 邻居可以互相借用工具
    return Promise(
        does=does, base=c, title=title, sentence="有了{name}，" + does, agent=agent, subject=subject
    )


def trim(clause: str, limit: int) -> str:
    """Within ``limit`` characters: a leading 根据/通过 phrase goes first, then "X的"
    modifiers, never the verb."""
    c = clause
    c2 = _drop_by_phrase(c)
    if len(c2) >= 4 and len(c) > limit:
        c = c2
    while len(c) > limit:
        shorter = _drop_de_modifier(c)
        if shorter == c:
            break
        c = shorter
    return c if len(c) <= limit else ""


def _drop_by_phrase(c: str) -> str:
    """Without a leading 根据/通过 phrase: 根据前一天的订单自动生成… -> 自动生成…"""
    return re.sub(
        rf"^(?:根据|通过|利用|基于|结合)[^，,]{{1,14}}?(?={_VERB2.pattern}|自动|实时|一键)", "", c
    )


def _drop_de_modifier(c: str) -> str:
    """Without a leading "X的" modifier of a noun at the start (每层的空座 -> 空座)."""
    return re.sub(rf"^[^不没把将，,的]{{1,6}}的(?={HANC})", "", c, count=1)


_ADVERB = "实时|自动|一键|远程|直接|随时|立即|马上|提前|定期|反复"
# what people do themselves (练, 借, 上传): with these the product helps, it does not act
_USER_VERBS = (
    r"(?:练习|练|学习|学|背诵|背|复习|拍照|上传|预约|借用|借|买|卖|找|查|选|写|读|看|听|"
    r"打卡|签到|报名|参加|申请|下单|提交)"
)


def _short_vp(c: str) -> str:
    """A long verb phrase as its adverb, verb and object: 实时显示图书馆每层的空座数量 ->
    实时显示空座; 把卖不完的蔬菜直接卖给附近的餐厅 -> 把蔬菜直接卖给餐厅; "" if it cannot."""
    ba = re.match(
        rf"^[把将]({HANC}{{1,12}}?的)?({HANC}{{2,3}}?)((?:{_ADVERB})?)({VERBS})(给|到|进)?", c
    )
    if ba:
        tail = object_noun(c[ba.end() :] and "做" + c[ba.end() :]) if ba.group(5) else ""
        return f"把{ba.group(2)}{ba.group(3)}{ba.group(4)}{ba.group(5) or ''}{tail}"
    m = re.match(rf"^((?:{_ADVERB})?)({_VERB2.pattern})", c)
    if m:
        obj = object_noun(c)
        return f"{m.group(1)}{m.group(2)}{obj}" if obj else ""
    return ""


def make_title(clause: str) -> str:
    """A heading of at most 12 characters: the verb phrase without its condition and its
    leading 根据 phrase; "X的" modifiers go when it is too long."""
    c = re.sub(r"^.{1,10}?(?:的时候|时|之后|以后)[，,]?(?=.{4,})", "", clause)
    c = re.sub(r"^(?:会|就|还|也|可以|能)", "", c)
    if len(c) > 12:
        c = re.sub(r"^(?:每晚|每天|每周|每月|每次|每年|随时|立即|马上|提前)", "", c)
    if len(c) > 12:
        c2 = _drop_by_phrase(c)
        c = c2 if len(c2) >= 4 else c
    if len(c) > 12:
        c = _short_vp(c)
    if len(c) > 14 or len(c) < 3:
        return ""
    if re.search(r"(?:的|和|与|及|把|被|对|给|为|在|从|让|或|并|而|之)$", c):
        return ""
    return c


def keywords(r: Reading) -> list[str]:
    """Two-character words, most telling first: the product's own word (发票 of 发票工具),
    the objects of the promises (食材, 空座), the topic, then the audience's domain."""
    out: list[str] = []

    def add(word: str) -> None:
        w = re.sub(r"^(?:智能|共享|在线|小型)", "", word)
        if re.match(r"[一二三四五六七八九十百千两几每]", w) or _VERB2.fullmatch(w):
            return
        if w in ("工具",) and r.product is None:  # tools to lend, not the product
            pass
        elif w in NOT_NAME:
            return
        if 2 <= len(w) <= 4 and w not in out and re.fullmatch(rf"{HANC}+", w):
            out.append(w)

    if r.product and r.product.text not in GENERIC:
        core = r.product.text
        for g in GENERIC:
            if core.endswith(g) and core != g:
                core = core[: -len(g)]
                break
        core = re.sub(r"^(?:智能|在线|共享|小型)", "", core)
        if core not in NOT_NAME:
            if len(core) == 3 and core[-1] in "仪单器表机室馆费卡箱盒柜站台包本册":
                add(core[:2])  # 血糖仪 -> 血糖
            if len(core) <= 3:
                add(core)
            add(core[:2])
            add(core[-2:])
    if r.topic:
        add(r.topic[:2] if len(r.topic) > 4 else r.topic)
    if r.pain:  # "小区的快递总是堆在门口": the thing the trouble is about
        m = re.match(rf"^(?:{HANC}{{1,8}}的)?({HANC}{{2,3}}?)(?=总是|经常|老是|常常|都|很)", r.pain)
        if m and not PEOPLE.search(m.group(1)):
            add(m.group(1))
    for p in r.promises:
        add(object_noun(p.does))
        add(first_object(p.does))
    if not out:
        for p in r.promises:
            v = _VERB2.search(p.does)
            if v:
                out.append(v.group(0))  # 借用 -> 借用圈: the act is the concept
    return out


# -- grammar and names ------------------------------------------------------------------------
_PINYIN = {
    "了": "le",
    "着": "zhe",
    "还": "hai",
    "率": "lv",
    "调": "tiao",
    "行": "xing",
    "长": "chang",
    "重": "zhong",
    "乐": "le",
    "便": "bian",
    "得": "de",
    "地": "di",
    "的": "de",
    "和": "he",
    "会": "hui",
    "空": "kong",
    "单": "dan",
    "数": "shu",
    "藏": "cang",
    "觉": "jue",
    "曾": "ceng",
    "传": "chuan",
    "干": "gan",
    "种": "zhong",
    "差": "cha",
}


def pinyin(text: str) -> str:
    """Toneless pinyin, syllables joined (发票宝 -> fapiaobao); the common reading of the
    few characters text-unidecode reads otherwise."""
    from text_unidecode import unidecode

    out = []
    for ch in text:
        if ch in _PINYIN:
            out.append(_PINYIN[ch])
        else:
            out.append(unidecode(ch).strip().lower())
    return re.sub(r"[^a-z0-9]", "", "".join(out))


class ChineseGrammar(Grammar):
    lang = "zh"
    telling_word = 1  # no spaces: any product word may say more than the label

    def cap(self, text: str) -> str:
        return text

    def lower_title(self, title: str) -> str:
        return title

    def a_product(self, p: Phrase) -> str:
        return p.text

    def the_audience(self, p: Phrase) -> str:
        return p.text

    def for_audience(self, p: Phrase) -> str:
        return f"为{p.text}打造的"

    def one(self, p: Phrase) -> str:
        return p.singular or p.text

    def inflect(self, value: str, form: str) -> str:
        return value  # Chinese verbs do not inflect; the frames say 可以, 能, 会

    def voice(self, text: str, tone: str) -> str:
        """Formal speaks to 您, and says 借助 where friendly says 有了; the book's shared
        sentences (fillers, stories) follow."""
        if tone != "formal":
            return text
        text = re.sub(r"(^|[。；，|])有了", r"\1借助", text)
        return text.replace("你们", "各位").replace("你", "您")

    def finish(self, text: str) -> str:
        text = typeset(text, "zh")
        for a, b in (("的的", "的"), ("可以可以", "可以"), ("能能", "能"), ("会会", "会")):
            text = text.replace(a, b)
        return text

    def make_name(self, reading: Reading, book, seed: int) -> str:
        names = book.data["names"]
        suffixes = [s.split("|")[0] for s in names["suffixes"][reading.kind]]
        aud = reading.audience.text if reading.audience else ""
        concepts = [
            w
            for w in reading.keywords
            if w not in aud and not (reading.brand and w in reading.brand)
        ]
        if not concepts:
            pool = [s.split("|")[0] for s in names["fallback"]]
            return pool[_index(seed, "fallback", len(pool))]
        concept = concepts[0][:3]
        start = _index(seed, "suffix", len(suffixes))
        for k in range(len(suffixes)):
            suffix = suffixes[(start + k) % len(suffixes)]
            name = concept + suffix
            if suffix[0] not in concept and name not in reading.text and 3 <= len(name) <= 4:
                return name
        return concept[:2] + suffixes[start][:2]

    def romanise(self, name: str) -> str:
        from protogen.writers.offline.books import load_book

        names = load_book("zh").data["names"]
        for entry in names["fallback"]:
            han, _, ascii_ = entry.partition("|")
            if han == name:
                return ascii_
        pairs = sorted(
            (s.split("|") for kind in names["suffixes"].values() for s in kind),
            key=lambda p: -len(p[0]),
        )
        for han, ascii_ in pairs:
            if name.endswith(han) and len(name) > len(han):
                return f"{pinyin(name[: -len(han)])}-{ascii_}"
        return pinyin(name)


def _index(seed: int, key: str, n: int) -> int:
    digest = hashlib.sha256(f"{seed}|name|{key}".encode()).digest()
    return int.from_bytes(digest[:4], "big") % max(n, 1)
