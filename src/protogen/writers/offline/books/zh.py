"""Chinese (Simplified) phrasebook. Slots: see ``books/__init__.py`` and
``compose.Composer._slots``.

Voice: friendly speaks to 你, light and spoken (轻松, 试试, 吧); bold is short and
punchy, sentences of a few characters, no politeness; formal speaks to 您 in written
register (旨在, 致力于, 为…提供). Phrases from the idea are verb phrases or noun phrases set
as they are (Chinese does not inflect); frames add 可以, 会, 能 where the sentence needs
them. Names are "汉字|pinyin": the pinyin goes into the slug.
"""

from protogen.writers.offline.chinese import ChineseGrammar

GRAMMAR = ChineseGrammar()

KINDS = {
    "team": {
        "noun": "工具",
        "a_noun": "工具",
        "label": "团队工具",
        "role": "团队成员",
        "start": {
            "informal": "创建一个工作区，把同事拉进来",
            "formal": "为您的团队创建工作区并邀请同事加入",
        },
        "outcome": {
            "informal": "每周看看有什么变化，再决定下一步做什么",
            "formal": "每周回顾进展，并确定下一步工作",
        },
    },
    "consumer": {
        "noun": "应用",
        "a_noun": "应用",
        "label": "个人应用",
        "role": "首批用户",
        "start": {
            "informal": "用邮箱注册，告诉它你关心什么",
            "formal": "使用邮箱注册并完成偏好设置",
        },
        "outcome": {
            "informal": "想用的时候随时回来，接着上次继续",
            "formal": "随时返回，从上次中断处继续",
        },
    },
    "marketplace": {
        "noun": "平台",
        "a_noun": "平台",
        "label": "交易平台",
        "role": "首批用户",
        "start": {
            "informal": "说说你需要什么，或者你能提供什么",
            "formal": "发布您的需求，或您可以提供的服务",
        },
        "outcome": {
            "informal": "谈好细节，完成交接，再留个评价",
            "formal": "确认细节，并在交易完成后相互评价",
        },
    },
    "device": {
        "noun": "智能设备",
        "a_noun": "智能设备",
        "label": "智能硬件",
        "role": "首批购买者",
        "start": {
            "informal": "装好设备，用手机配对",
            "formal": "安装设备并与手机完成配对",
        },
        "outcome": {
            "informal": "该干嘛干嘛，有事它会提醒你",
            "formal": "在需要处理时及时收到通知",
        },
    },
    "internal": {
        "noun": "内部工具",
        "a_noun": "内部工具",
        "label": "内部工具",
        "role": "试点团队成员",
        "start": {
            "informal": "从内网打开，用公司账号登录",
            "formal": "通过内网访问，并使用公司账号登录",
        },
        "outcome": {
            "informal": "把省下的时间用在真正需要人来做的事情上",
            "formal": "将节省的时间用于需要判断的工作",
        },
    },
    "learning": {
        "noun": "学习应用",
        "a_noun": "学习应用",
        "label": "学习",
        "role": "学习者",
        "start": {
            "informal": "选好想学的内容和每天能花的时间",
            "formal": "选择学习内容以及每周可投入的时间",
        },
        "outcome": {
            "informal": "一次练一点，慢慢看到自己的进步",
            "formal": "持续跟踪每次学习的进展",
        },
    },
    "health": {
        "noun": "健康应用",
        "a_noun": "健康应用",
        "label": "健康",
        "role": "首批用户",
        "start": {
            "informal": "建好个人档案，选好想关注的指标",
            "formal": "创建个人档案，并选择需要记录的项目",
        },
        "outcome": {
            "informal": "回顾这一周，把记录带去下次复诊",
            "formal": "查看记录，并在需要时与医护人员共享",
        },
    },
}

BOOK = {
    "storyboard": {
        "idea": "想法",
        "problem": "问题",
        "persona": "用户画像",
        "persona_line": "**{name}**（{role}）。{context}",
        "goal": "目标",
        "frustration": "痛点",
        "stories": "用户故事",
        "story": "作为{as_a}，我希望{i_want}，以便{so_that}。",
        "storyboard": "故事板",
        "features": "功能",
        "run": "如何运行",
        "run_page": "这个原型只有一个自成一体的页面{entry}，不向外部发出任何请求。",
        "run_serve": "在 http://127.0.0.1 上提供页面并显示网址",
        "run_open": "Linux；macOS 上用 'open'，Windows 上用 'start'",
        "run_waitlist": "候补名单表单会校验邮箱、确认报名，并把报名信息保存在浏览器的localStorage中：不会发送到任何地方。",
        "run_app": "一个小型Web应用（FastAPI、Jinja2、SQLite）：落地页在{root}，核心页面在{app}（示例数据，已明确标注），候补名单存放在SQLite中，报名列表在{admin}（令牌保护，可导出CSV），健康检查在{healthz}。",
        "run_app_serve": "首次运行会把依赖安装到缓存的venv中，并显示网址和管理链接",
        "run_by_hand": "也可以在本文件夹中手动运行：",
        "run_tests": "原型自带的测试",
        "run_db": "{var}用于指定SQLite文件（默认为{file}）。",
        "validate": "会上要验证的内容",
        "assumptions": "待验证的假设",
        "questions": "待解决的问题",
        "metric": "成功指标",
        "made": "生成记录",
        "made_writer": "撰写方式",
        "made_model": "模型",
        "made_model_at": "{host}上的{model}",
        "made_format": "响应格式、提示词",
        "made_prompt": "{format}，提示词 v{version}",
        "made_tokens": "输入、输出令牌数",
        "made_fallback": "由离线撰写器补写的字段",
        "made_template": "模板",
        "made_knobs": "语气、配色",
        "made_when": "生成时间",
        "made_with": "{when}，protogen {version}",
        "made_time": "耗时",
        "made_brief": "页面上的每个字都在{file}（Brief）中。",
        "colon": "：",
    },
    "labels": {
        "skip_link": "跳到正文",
        "problem_heading": "问题",
        "features_heading": "功能",
        "steps_heading": "如何使用",
        "quote_heading": "我们希望听到的声音",
        "mock_badge": "示例引言：占位内容，并非真实客户",
        "faq_heading": "常见问题",
        "email_label": "电子邮箱",
        "email_invalid": "请输入有效的电子邮箱，例如 name@example.com。",
        "thanks": "你已加入名单，我们会尽快联系你。",
        "already": "这个邮箱已经在名单上了，谢谢！",
        "stored_locally": "原型：报名信息只保存在此浏览器中。",
        "idea_heading": "这个原型背后的想法",
        "footer": "一个可点击的原型，目前尚未上线。",
        "sample_badge": "示例数据：为此原型虚构",
        "nav_home": "首页",
    },
    "kinds": KINDS,
    "names": {
        "suffixes": {
            "team": ["通|tong", "帮|bang", "管家|guanjia", "助手|zhushou", "云|yun", "台|tai"],
            "consumer": ["宝|bao", "记|ji", "通|tong", "伴|ban", "小帮|xiaobang", "日记|riji"],
            "marketplace": ["圈|quan", "集|ji", "汇|hui", "帮|bang", "市集|shiji", "易|yi"],
            "device": ["卫士|weishi", "守护|shouhu", "哨|shao", "眼|yan", "盒|he", "铃|ling"],
            "internal": ["通|tong", "台|tai", "管家|guanjia", "助手|zhushou", "流|liu", "簿|bu"],
            "learning": [
                "课堂|ketang",
                "学堂|xuetang",
                "宝|bao",
                "通|tong",
                "伴学|banxue",
                "营|ying",
            ],
            "health": ["管家|guanjia", "伴|ban", "康|kang", "守护|shouhu", "记|ji", "日记|riji"],
        },
        "fallback": [
            "灵感盒|linggan-he",
            "小步|xiaobu",
            "新芽|xinya",
            "知行|zhixing",
            "点灯|diandeng",
        ],
        # no ending marks an adjective in this script: the grammar coins names itself
        "adjective_endings": "",
    },
    "people": [
        "王芳",
        "李娜",
        "张伟",
        "刘洋",
        "陈静",
        "杨帆",
        "赵磊",
        "黄婷",
        "吴敏",
        "徐晨",
        "孙悦",
        "胡斌",
        "林晓雨",
        "何佳",
        "郭涛",
        "周宁",
    ],
    "roles": {
        "person": "{one}",
        "group": "{one}的一员",
        "org": "在{one}工作的人",
    },
    "tagline": {
        "friendly": [
            "{audience_short}真正爱用的{product}",
            "{title}，其实可以很轻松",
            "{title}，每天都省心一点",
            "{topic}的事，从此简单",
            "{name}，一个让人爱用的{a_product}",
        ],
        "bold": [
            "{audience_short}值得拥有的{a_product}",
            "{title}。不再将就",
            "{topic}，从此不一样",
            "只为{audience_short}而生",
            "这就是{name}。从这里开始",
        ],
        "formal": [
            "为{audience_short}打造的{a_product}",
            "{title}，稳定可靠",
            "{topic}的新方案",
            "专为{audience_short}设计的{product}",
            "{name}：用心设计的{a_product}",
        ],
    },
    "subhead": {
        "friendly": [
            "{name}是{for_audience}{a_product}。有了它，{does_them}，而且{does2}。",
            "有了{name}，{does}，{does2}，要记的事少多了。",
            "{name}是{for_audience}{a_product}。有了它，{does_them}。",
            "有了{name}，{does}，你可以安心忙自己的事。",
            "{name}是{for_audience}{a_product}，让{topic}变得更轻松。",
            "{name}是一款帮你搞定{topic}相关琐事的{a_product}。",
            "{name}是{for_audience}{a_product}，轻松融入日常。",
            "{name}是一款配合你的节奏、而不是让你去迁就它的{a_product}。",
        ],
        "bold": [
            "{does}。{does2}。这就是{name}。",
            "有了{name}，{does}。不用表格，不用催。",
            "{for_audience}{a_product}。{does_them}。就这么简单。",
            "专注{topic}的{a_product}，没有多余的麻烦。",
            "{for_audience}{a_product}，只把一件事做到极致。",
            "{name}：一个{a_product}，一件事，做到位。",
        ],
        "formal": [
            "{name}是{for_audience}{a_product}。借助{name}，{does_them}；此外，{does2}。",
            "{name}是{for_audience}{a_product}。借助{name}，{does_them}。",
            "借助{name}，{does}。",
            "{name}是面向{topic}的{a_product}，自上线之日起即可稳定使用。",
            "{name}是{for_audience}{a_product}，自上线之日起即可稳定使用。",
            "{name}是一款自上线之日起即可稳定使用的{a_product}。",
        ],
    },
    "cta": {
        "friendly": ["加入候补名单", "给我留个位置", "算我一个"],
        "bold": ["抢先体验", "立即占位", "我要加入"],
        "formal": ["申请使用", "登记意向", "申请邀请"],
    },
    "signup_title": {
        "friendly": ["抢先试用{name}", "想早点用上{name}吗？"],
        "bold": ["比别人先用上{name}", "{name}首批名额"],
        "formal": ["登记{name}使用意向", "{name}抢先体验"],
    },
    "signup_text": {
        "friendly": [
            "留下邮箱，{name}第一个版本做好后，我们就邀请你来试用。",
            "在下面留个邮箱吧，有能试的东西了我们就告诉你。",
        ],
        "bold": [
            "{name}准备好时，只发一封邮件。别的不发。",
            "留下邮箱。上线当天，第一时间通知你。",
        ],
        "formal": [
            "请留下您的电子邮箱，{name}上线时我们将与您联系。",
            "请在下方登记，{name}首个版本发布时我们将通知您。",
        ],
    },
    "problem": {
        "friendly": {
            "pain": [
                "{pain}。这本来不该这么难，有了{name}就不会了。",
                "{pain}。是不是很熟悉？{name}就是为了解决这个问题而来的。",
                "{pain}。每个人都有自己的土办法，但没人真心喜欢。",
            ],
            "promise": [
                "现在还没有简单的办法来{to_do}。{name}想改变这一点。",
                "眼下想要{to_do}，只能自己想办法。{name}就是为此而生的。",
                "想要{to_do}，本不该绕这么多弯路，可现在往往就是这样。",
                "现在{subject}还没有简单的办法{user_does}。{name}想改变这一点。",
            ],
            "none": [
                "把这件事做好，现在还是太费劲了。{name}想改变这一点。",
                "现有的工具都不是为这件事设计的。{name}是。",
            ],
        },
        "bold": {
            "pain": [
                "{pain}。这就是问题。{name}就是答案。",
                "{pain}。够了。",
                "{pain}。没人应该忍受这些。",
            ],
            "promise": [
                "想{to_do}，还是太难。{name}来解决。",
                "从来没人把{to_do}这件事做简单。直到现在。",
                "想{to_do}，现在得东拼西凑好几个工具。以后不用了。",
                "{subject}想{user_does}，还是太难。{name}来解决。",
            ],
            "none": [
                "老办法又慢又散，还容易出错。{name}就是答案。",
                "到处都是将就的办法。{name}统统替代。",
            ],
        },
        "formal": {
            "pain": [
                "{pain}。{name}旨在直接解决这一问题。",
                "{pain}。这会耗费时间与精力，并导致本可避免的失误。",
                "{pain}。现有工具未能很好地解决这一问题。",
            ],
            "promise": [
                "目前尚无可靠的方式来{to_do}。{name}旨在提供这样的方式。",
                "需要{to_do}的人，目前只能依靠手工方式处理。",
                "目前没有一个统一、可靠的地方来{to_do}。{name}致力于成为这样的地方。",
                "目前{subject}尚无可靠的方式{user_does}。{name}旨在提供这样的方式。",
            ],
            "none": [
                "现有方式所需的投入远超任务本身。{name}旨在降低这一成本。",
                "现有工具并非为此而设计。{name}正是为此而生。",
            ],
        },
    },
    "feature": {
        "friendly": {
            "product": [
                "{product_does}这件事，交给{name}就好。",
                "{name}会{does}，你不用再操心。",
            ],
            "user": [
                "有了{name}，{subject}可以{user_does}。",
                "有了{name}，{does}，省心不少。",
            ],
            "sentence": ["{sentence}。"],
        },
        "bold": {
            "product": ["{does}。一步到位。", "{name}{does}。每一次都不落下。"],
            "user": [
                "{subject}直接{user_does}。就这么简单。",
                "有了{name}，{does}。不用来回沟通。",
            ],
            "sentence": ["{sentence}。"],
        },
        "formal": {
            "product": ["{name}可{does}。", "{name}可{does}，稳定及时。"],
            "user": ["借助{name}，{does}。", "{name}使{subject}能够{user_does}。"],
            "sentence": ["{sentence}。"],
        },
    },
    "feature_titles": {
        "team": ["下一步一目了然", "大家看同一份信息"],
        "consumer": ["需要时就在身边", "简单清楚"],
        "marketplace": ["供需双方都在这里", "条件清清楚楚"],
        "device": ["只提醒重要的事", "一眼看清"],
        "internal": ["减少手工操作", "信息集中一处"],
        "learning": ["讲解清楚", "随时了解自己的水平"],
        "health": ["你的记录由你做主", "贴心提醒"],
    },
    "fillers": {
        "team": [
            ["大家看同一份信息", "团队里每个人看到的都是同一份进展，没人需要再到处问进度。"],
            ["接入现有工具", "{name}连接团队已经在用的工具，而不是取代它们。"],
            ["进展看得见", "每周汇总告诉你：什么推进了，什么卡住了，什么需要拍板。"],
            ["角色与权限", "按团队设定谁能看、谁能改。"],
        ],
        "consumer": [
            ["几分钟就能上手", "告诉{name}你在意什么，当天就能用起来。"],
            ["默认保护隐私", "你添加的内容只属于你；除非你同意，否则不会分享给任何人。"],
            ["贴心提醒", "{name}会在合适的时候提醒你，绝不超出你要求的频率。"],
            ["你的历史记录", "回看过去的记录，发现一段时间里的规律。"],
        ],
        "marketplace": [
            ["可信的个人主页", "答应任何事之前，先看清对方是谁。"],
            ["供需双方都在这里", "有需要的人和能提供的人，在{name}上相遇。"],
            ["简单的约定", "一次对话就把细节谈妥，不用没完没了地发消息。"],
            ["每次交易后互评", "双方互相评价，靠谱的人一目了然。"],
        ],
        "device": [
            ["手机即时提醒", "一旦有需要你处理的情况，{name}会马上告诉你。"],
            ["安装简单", "不需要工具，也不用请师傅：{name}几分钟就能装好。"],
            ["历史一目了然", "不在家的时候发生了什么，按小时都能查到。"],
            ["没事不打扰", "{name}平时安安静静，真有变化才出声。"],
        ],
        "internal": [
            ["贴合现有流程", "{name}顺着团队现有的流程走，而不是强加一套新流程。"],
            ["权限跟着公司账号走", "访问权限与公司账号绑定，不用再记一个新密码。"],
            ["操作留痕", "每一次修改都会记录是谁在什么时候做的。"],
            ["少复制粘贴", "数据来自已有的系统，而不是手工录入。"],
        ],
        "learning": [
            ["碎片时间就能学", "每次只要几分钟，练习慢慢变成习惯。"],
            ["进步看得见", "哪些已经掌握、哪些还要再看一遍，一清二楚。"],
            ["针对弱项练习", "{name}会更频繁地出你最容易错的题。"],
            ["按自己的节奏来", "随时暂停，下次从停下的地方接着学。"],
        ],
        "health": [
            ["隐私优先", "你的健康数据属于你；分享什么、和谁分享，由你决定。"],
            ["贴心提醒", "{name}会在合适的时候提醒你，不会没完没了。"],
            ["复诊时用得上的记录", "下次看医生，带上一份清楚的小结，而不是全凭记忆。"],
            ["趋势一目了然", "每周的变化都能看得到。"],
        ],
    },
    "steps": {
        "friendly": {
            "start": [
                "开始|{start}。几分钟就好。",
                "先打个招呼|第一步，{start}。",
            ],
            "promise": [
                "{title}|接下来，{product_does}这件事就交给{name}。",
                "{title}|有了{name}，{subject}可以{user_does}。",
                "{title}|{sentence}。",
            ],
            "middle": [
                "按你的习惯来|把{name}调整成你习惯的用法。",
                "真正用起来|用{name}一周，看看有什么变化。",
            ],
            "outcome": [
                "感受变化|最后，{outcome}。",
                "坚持下去|之后，{outcome}。",
            ],
        },
        "bold": {
            "start": ["马上开始|{start}。就这样。", "动起来|{start}。几分钟搞定。"],
            "promise": [
                "{title}|有了{name}，{does}。不用操心。",
                "{title}|{subject}直接{user_does}。毫不费力。",
                "{title}|{sentence}。",
            ],
            "middle": [
                "按你的方式|想怎么设就怎么设。不用看说明书。",
                "天天用|第一天就让{name}开工。",
            ],
            "outcome": ["回到正事|{outcome}。", "把时间抢回来|{outcome}。周而复始。"],
        },
        "formal": {
            "start": ["初始设置|首先，{start}。", "开始使用|第一步，{start}。"],
            "promise": [
                "{title}|借助{name}，{does}。",
                "{title}|{name}使{subject}能够{user_does}。",
                "{title}|{sentence}。",
            ],
            "middle": [
                "配置|根据现有流程配置{name}。",
                "推广使用|将{name}纳入日常工作。",
            ],
            "outcome": ["回顾|最后，{outcome}。", "持续改进|此后，{outcome}。"],
        },
    },
    "faq": [
        {
            "kinds": [
                "team",
                "consumer",
                "marketplace",
                "device",
                "internal",
                "learning",
                "health",
            ],
            "always": True,
            "q": "{name}现在能用了吗？",
            "a": {
                "friendly": "还不行，这是一个早期原型。加入候补名单，准备好了我们第一时间告诉你。",
                "bold": "还没有。先上名单，第一个通知你。",
                "formal": "暂不可用。本原型用于验证产品概念，候补名单中的用户将在正式上线时收到通知。",
            },
        },
        {
            "kinds": ["team", "consumer", "marketplace", "device", "learning", "health"],
            "q": "{name}是为谁做的？",
            "a": {
                "friendly": "{name}是为{audience}做的。如果你正是其中一员，很想听听你的想法。",
                "bold": "{audience}。就是为他们做的。",
                "formal": "{name}面向{audience}设计。",
            },
        },
        {
            "kinds": ["team", "consumer", "marketplace", "device", "learning", "health"],
            "q": "要花多少钱？",
            "a": {
                "friendly": "价格还没定。候补名单上的朋友会最先知道，也欢迎帮我们一起定价。",
                "bold": "价格以后再说。先报名的先知道。",
                "formal": "价格尚未确定。上线前我们会通知候补名单中的用户。",
            },
        },
        {
            "kinds": [
                "team",
                "consumer",
                "marketplace",
                "device",
                "internal",
                "learning",
                "health",
            ],
            "q": "我的邮箱会被怎么使用？",
            "a": {
                "friendly": "在这个原型里，它只保存在你的浏览器中。我们绝不会出售或分享。",
                "bold": "只存在你的浏览器里。绝不出售。就这样。",
                "formal": "在本原型中，您的邮箱仅保存在您的浏览器中，绝不会被出售或分享。",
            },
        },
        {
            "kinds": ["team"],
            "q": "能和我们现在用的工具一起用吗？",
            "a": {
                "friendly": "这正是我们想验证的事情之一。报名时告诉我们哪些工具对你最重要吧。",
                "bold": "这是计划之一。告诉我们最重要的几个，我们就从那里开始。",
                "formal": "集成方案正在评估中。请在登记时注明您所使用的工具。",
            },
        },
        {
            "kinds": ["device"],
            "q": "需要请专业人员安装吗？",
            "a": {
                "friendly": "我们希望{name}你自己就能装好，这个原型正是在验证这一点。",
                "bold": "不需要。会给手机充电，就会装它。这是我们的目标。",
                "formal": "{name}按用户自行安装设计。本原型将帮助我们确认这一点是否可行。",
            },
        },
        {
            "kinds": ["marketplace"],
            "q": "怎么知道对方靠不靠谱？",
            "a": {
                "friendly": "我们计划提供个人主页和每次交易后的评价。你觉得还需要什么才安心，欢迎告诉我们。",
                "bold": "个人主页、双向评价，不允许匿名账号。从这里开始。",
                "formal": "我们计划提供经过验证的个人主页与双向评价机制，欢迎就其他所需保障提出意见。",
            },
        },
        {
            "kinds": ["internal"],
            "q": "哪些团队可以使用{name}？",
            "a": {
                "friendly": "先从提出需求的团队开始，试点顺利的话再推广到其他团队。",
                "bold": "先给试点团队。效果好了，人人都能用。",
                "formal": "首先在试点团队中使用，经评估后再考虑推广至其他团队。",
            },
        },
        {
            "kinds": ["health"],
            "q": "这算医疗建议吗？",
            "a": {
                "friendly": "不算。{name}帮你做好记录，具体怎么做还是由你和医生决定。",
                "bold": "不算。它只负责记录，决定由医生来做。",
                "formal": "不构成医疗建议。{name}用于辅助记录，临床决策仍由您和您的医生作出。",
            },
        },
        {
            "kinds": ["learning"],
            "q": "开始之前需要什么基础吗？",
            "a": {
                "friendly": "完全不需要。{name}会从你现在的水平开始，一点点往上走。",
                "bold": "不需要。从零开始，完全没问题。",
                "formal": "无需任何基础。{name}会根据您的水平调整内容。",
            },
        },
        {
            "kinds": ["consumer", "learning", "health"],
            "q": "可以在手机上用吗？",
            "a": {
                "friendly": "会的，{name}从一开始就是按手机优先来设计的。",
                "bold": "可以。手机优先，永远如此。",
                "formal": "可以。{name}主要面向移动端设计。",
            },
        },
    ],
    "stories": {
        "context": {
            "team": [
                "{persona}是{role}，负责在两次会议之间推动团队的工作。",
                "{persona}是{role}，每周都有大量时间花在汇报进度上。",
            ],
            "consumer": [
                "{persona}是{role}，试过几款类似的应用，都没坚持下来。",
                "{persona}是{role}，希望这件事几分钟就能搞定，而不是耗掉一晚上。",
            ],
            "marketplace": [
                "{persona}是{role}，平时都是请朋友推荐。",
                "{persona}是{role}，曾被过时的信息坑过好几次。",
            ],
            "device": [
                "{persona}是{role}，希望问题在变严重之前就能知道。",
                "{persona}是{role}，不在家的时间比自己希望的要多。",
            ],
            "internal": [
                "{persona}是{role}，每周都能感受到现有流程的成本。",
                "{persona}是{role}，为了应付现有流程，自己做了一张表格。",
            ],
            "learning": [
                "{persona}是{role}，大多数日子都有二十分钟空闲，也有学习的决心。",
                "{persona}是{role}，喜欢边做边学，一次学一点。",
            ],
            "health": [
                "{persona}是{role}，希望不用整天惦记，也能把情况掌握清楚。",
                "{persona}是{role}，希望下次复诊时能拿出一份清楚的记录。",
            ],
        },
        "goal": [
            "少费点力气、少点意外，把事情办好。",
            "少花时间在例行琐事上，多留时间给重要的事。",
            "不用开口问，也知道事情进展到哪一步了。",
            "让每天的安排更轻松一些。",
        ],
        "frustration": [
            "之前用过的工具，比它们要解决的问题还费心。",
            "现在的土办法能用，直到哪天突然不灵。",
            "太多事情都靠记得去检查。",
            "信息散落在各处，光是找就要花不少时间。",
        ],
        "want": [
            "{name}能{product_does}",
            "{user_does}",
        ],
        "general": [
            ["{role}", "一句话就明白{name}是做什么的", "能很快判断它适不适合我"],
            ["{role}", "告诉团队我想改哪些地方", "第一个版本就能贴合我的工作方式"],
            ["{role}", "在做决定之前先试用{name}", "只有真正有用时才换过去"],
        ],
        "so_that": {
            "team": [
                "两次会议之间不会有事情被漏掉",
                "团队基于同一份信息做事",
                "把时间花在决策上，而不是汇报上",
            ],
            "consumer": ["它能自然地融入我的日常", "我不用自己去记", "不费力就能得到结果"],
            "marketplace": ["我能很快找到合适的人", "双方都清楚谈好了什么", "我能放心和对方打交道"],
            "device": ["问题在变严重之前我就能知道", "出门在外也能放心", "我不用亲自去检查"],
            "internal": ["例行工作不再占满我的一天", "没人需要再手工抄数据", "我可以信任这些数字"],
            "learning": ["我能稳步进步", "练习能放进我的一周安排里", "我知道接下来该练什么"],
            "health": ["不用刻意惦记也能坚持", "复诊时有清楚的记录", "小问题不会拖成大问题"],
        },
        "extra": {
            "team": [
                ["{role}", "一眼看到需要我处理的事", "在事情拖延之前就能行动"],
                ["团队负责人", "几分钟内让新同事加入", "他们第一天就能上手"],
            ],
            "consumer": [
                ["{role}", "不看说明书就能上手", "第一天就能感受到它的用处"],
                ["{role}", "自己决定{name}多久提醒我一次", "它能帮忙但不烦人"],
            ],
            "marketplace": [
                ["服务提供者", "说明自己什么时候有空", "只收到我能接的请求"],
                ["{role}", "做决定前先看看评价", "心里有数"],
            ],
            "device": [
                ["{role}", "不请师傅也能装好{name}", "当天就能用起来"],
                ["{role}", "选择哪些提醒推送到手机", "只收到重要的消息"],
            ],
            "internal": [
                ["{role}", "用公司账号登录", "不用再多记一个密码"],
                ["团队主管", "了解新流程的使用情况", "决定是否推广到更多团队"],
            ],
            "learning": [
                ["{role}", "每次只练一小会儿", "再忙的一周也能坚持学习"],
                ["{role}", "看到自己掌握了哪些内容", "知道下一步该复习什么"],
            ],
            "health": [
                ["{role}", "自己决定分享什么、分享给谁", "我的健康数据由我做主"],
                ["{role}", "导出一份给医生看的小结", "看病时从事实出发，而不是凭记忆"],
            ],
        },
    },
    "scenes": [
        [
            "痛点时刻|{pain}。{persona}对此深有体会。",
            "痛点时刻|{persona}需要{to_do}，可老办法又慢又零散。",
            "认识{name}之前|{persona}又一次被各种土办法占去了时间。",
        ],
        [
            "发现|{persona}发现了{name}，看到了那句话：“{tagline}”",
            "更好的办法|同事给{persona}发来了{name}的链接。",
        ],
        [
            "上手|{persona}注册后，几分钟就准备好了。",
            "第一步|{persona}第一次试用{name}，发现上手很容易。",
        ],
        [
            "第一次见效|有了{name}，{does}。{persona}当周就感受到了变化。",
            "第一次见效|{persona}第一次不用绕弯路，就能{to_do}。",
            "第一次见效|例行的部分几分钟就能完成，{persona}明显感觉到了。",
        ],
        [
            "推荐给别人|{persona}把{name}推荐给了身边的人。",
            "养成习惯|一个月后，{persona}已经回不去以前的做法了。",
        ],
    ],
    "quote_by": "未来的用户（{role}），示例",
    "quote": {
        "team": [
            "我们不再到处追进度了，大家都清楚事情进展到哪了。",
            "一个下午就配置好了，周一的例会都变短了。",
            "终于有一个全团队都真正在用的地方了。",
        ],
        "consumer": [
            "没想到会这么喜欢，它就这样融进了我的日常。",
            "它把我最需要的那件事做好了。",
            "这类应用我试过好几个，最后留下来的是这个。",
        ],
        "marketplace": [
            "当天下午就从附近的人那里找到了我需要的东西。",
            "双方都清楚说好了什么，没有尴尬的来回沟通。",
            "第一次觉得这件事轻松，而不是碰运气。",
        ],
        "device": [
            "我都忘了它的存在，直到有一天它帮我避免了一个大麻烦。",
            "安装很快。现在不用担心，看一眼手机就行。",
            "安静、可靠，该提醒的时候一定会提醒。",
        ],
        "internal": [
            "每周最头疼的那部分工作，现在几分钟就能搞定。",
            "我们不再手工抄数据了，数字终于对得上了。",
            "它正好做了我们团队需要的事，不多也不少。",
        ],
        "learning": [
            "每天一点点，我第一次真切感受到了进步。",
            "它知道我哪里容易错，会反复出题直到我掌握为止。",
            "现在我居然期待练习的时间了。",
        ],
        "health": [
            "我不再担心忘事了，它会一直帮我记着。",
            "上次复诊，我是拿着事实而不是凭猜测去的。",
            "它很有帮助，却不会让我觉得被监视。",
        ],
    },
    "assumptions": {
        "all": [
            "只靠本页上的功能，{name}的第一个版本就能派上用场。",
            "只看这个页面，大家就能明白{name}是做什么的。",
        ],
        "team": [
            "团队经常遇到这个问题，愿意为此尝试新工具。",
            "一个人就能在不找 IT 部门的情况下，为整个团队配置好{name}。",
            "团队愿意把所需的数据交给{name}。",
        ],
        "consumer": [
            "这个问题出现得足够频繁，值得为它装一个新应用。",
            "第一次使用就能带来实际的帮助。",
            "用户不需要提醒也会回来使用。",
        ],
        "marketplace": [
            "同一地区有足够多的人能提供别人需要的东西。",
            "双方会因为个人主页和评价而愿意见面。",
            "交易会在{name}上完成，而不是绕开它。",
        ],
        "device": [
            "用户会自己安装设备。",
            "提醒足够准确，用户不会把它关掉。",
            "为了避免这个问题，有人愿意为硬件付费。",
        ],
        "internal": [
            "如果{name}确实能省时间，团队会放弃现在的土办法。",
            "{name}需要的数据，已经存在于我们自己的系统中。",
            "一个试点团队就足以判断它是否可行。",
        ],
        "learning": [
            "学习者会在短时间内定期练习。",
            "看得见的进步足以让人保持动力。",
            "不需要庞大的编辑团队也能准备好学习内容。",
        ],
        "health": [
            "用户记录{name}所需的信息时不会觉得是负担。",
            "用户愿意把健康数据交给{name}。",
            "提醒能起到帮助作用，而不会引起焦虑。",
        ],
    },
    "open_questions": {
        "all": [
            "什么原因会让人在第一周后就不再使用{name}？",
            "对看到这个页面的人来说，哪一项功能最重要？",
        ],
        "team": [
            "谁来为{name}付费：团队负责人，还是公司？",
            "团队现在是怎么处理这件事的，成本有多高？",
            "{name}从第一天起必须接入哪些现有工具？",
        ],
        "consumer": [
            "大家现在用什么替代，什么能让他们换过来？",
            "大家愿意为{name}付费，还是默认它应该免费？",
            "在普通的一周里，大家会打开{name}几次？",
        ],
        "marketplace": [
            "先争取哪一方，怎么争取？",
            "{name}怎么赚钱：按交易抽成，还是订阅？",
            "如何避免交易绕开平台私下进行？",
        ],
        "device": [
            "设备定价多少大家能接受，还愿意再付订阅费吗？",
            "设备要放在家里或单位的什么位置，那里有电源吗？",
            "断网的时候会怎样？",
        ],
        "internal": [
            "哪个团队来试点，试点之后{name}归谁负责？",
            "{name}需要访问哪些系统，由谁审批？",
            "如何衡量节省下来的时间？",
        ],
        "learning": [
            "谁来付费：学习者、学校，还是用人单位？",
            "怎么确认学到的东西在应用之外也记得住？",
            "学习内容由谁编写、由谁审核？",
        ],
        "health": [
            "{name}所做的事情是否需要医疗或监管方面的审批？",
            "除了用户本人，还有谁能看到这些数据？",
            "医生或护理人员会推荐它吗？",
        ],
    },
    "metric": {
        "team": [
            "注册四周后仍每周使用{name}的团队占比。",
            "在第一周内邀请了第二位同事的团队数量。",
        ],
        "consumer": [
            "第二周仍回到{name}的新用户占比。",
            "候补名单中完成首次使用的用户占比。",
        ],
        "marketplace": [
            "每周完成的交易数量，以及回来进行第二次交易的人数。",
            "一天内找到匹配的请求占比。",
        ],
        "device": [
            "一个月后仍在安装并保持联网的设备占比。",
            "被用户确认为有用的提醒占比。",
        ],
        "internal": [
            "与现有流程相比，试点团队每周节省的小时数。",
            "两周后每个工作日都在使用{name}的试点团队成员占比。",
        ],
        "learning": [
            "首次学习三周后仍在练习的学习者占比。",
            "第一个月里每位学习者每周的学习次数。",
        ],
        "health": [
            "连续四周保持记录更新的用户占比。",
            "复诊时带上{name}小结的用户占比。",
        ],
    },
    "core": {
        "titles": {
            "dashboard": "{name}概览",
            "list": "在{name}上浏览",
            "detail": "详细看看",
        },
        "intro": {
            "dashboard": [
                "本周情况，一目了然。",
                "有什么变化、什么需要你处理，都在一个页面上。",
            ],
            "list": [
                "挑一个合适的：每一行都是{name}将展示内容的示例。",
                "示例列表，展示{name}将来的样子。",
            ],
            "detail": [
                "一个完整的示例，和{name}将来展示的一样。",
                "一条示例记录，包含{name}会保存的全部信息。",
            ],
        },
        "action": {"dashboard": "查看详情", "list": "申请", "detail": "保存"},
        "metrics": ["本周活跃", "已完成", "待处理", "本周新增"],
        "statuses": ["进展顺利", "需要关注", "新"],
        "value": "本周{n}条",
    },
}
