"""English phrasebook. Slots: see ``books/__init__.py`` and ``compose.Composer._slots``."""

KINDS = {
    "team": {
        "noun": "tool",
        "a_noun": "a tool",
        "label": "For teams",
        "role": "team member",
        "start": {
            "informal": "create a workspace and invite the people you work with",
            "formal": "create a workspace for your organisation and invite colleagues",
        },
        "outcome": {
            "informal": "see what changed each week and decide what to do next",
            "formal": "review progress each week and agree on next steps",
        },
    },
    "consumer": {
        "noun": "app",
        "a_noun": "an app",
        "label": "Personal app",
        "role": "early user",
        "start": {
            "informal": "sign up with your email and tell it what you care about",
            "formal": "register with your email address and set your preferences",
        },
        "outcome": {
            "informal": "come back when it suits you and pick up where you left off",
            "formal": "return at any time and continue where you left off",
        },
    },
    "marketplace": {
        "noun": "marketplace",
        "a_noun": "a marketplace",
        "label": "Marketplace",
        "role": "first customer",
        "start": {
            "informal": "say what you need, or what you can offer",
            "formal": "describe what you need, or what you can offer",
        },
        "outcome": {
            "informal": "agree the details, meet up and leave a review",
            "formal": "confirm the details and rate the exchange afterwards",
        },
    },
    "device": {
        "noun": "device",
        "a_noun": "a device",
        "label": "Hardware",
        "role": "first owner",
        "start": {
            "informal": "set it up and pair it with your phone",
            "formal": "install the device and pair it with your phone",
        },
        "outcome": {
            "informal": "get on with your day; it speaks up when something needs you",
            "formal": "rely on it to notify you when something requires attention",
        },
    },
    "internal": {
        "noun": "internal tool",
        "a_noun": "an internal tool",
        "label": "Internal tool",
        "role": "colleague in the pilot group",
        "start": {
            "informal": "open it from the intranet and sign in with your company account",
            "formal": "open it from the intranet and sign in with your company account",
        },
        "outcome": {
            "informal": "spend the time you save on the work only people can do",
            "formal": "use the time saved for work that requires judgement",
        },
    },
    "learning": {
        "noun": "learning app",
        "a_noun": "a learning app",
        "label": "Learning",
        "role": "learner",
        "start": {
            "informal": "pick what you want to learn and how much time you have",
            "formal": "choose a subject and the time you can commit each week",
        },
        "outcome": {
            "informal": "watch your progress add up, one short session at a time",
            "formal": "track your progress across sessions",
        },
    },
    "health": {
        "noun": "health app",
        "a_noun": "a health app",
        "label": "Health",
        "role": "early user",
        "start": {
            "informal": "set up your profile and choose what to keep an eye on",
            "formal": "create a profile and choose what to monitor",
        },
        "outcome": {
            "informal": "look back at the week and bring the notes to your next appointment",
            "formal": "review the record and share it with your care team if you wish",
        },
    },
}

BOOK = {
    "labels": {
        "skip_link": "Skip to content",
        "problem_heading": "The problem",
        "features_heading": "What it does",
        "steps_heading": "How it works",
        "quote_heading": "What we hope people will say",
        "mock_badge": "Mock quote: a placeholder, not a real customer",
        "faq_heading": "Questions",
        "email_label": "Email address",
        "email_invalid": "Please enter a valid email address, like name@example.com.",
        "thanks": "You're on the list. We'll be in touch.",
        "already": "That email is already on the list. Thank you!",
        "stored_locally": "Prototype: signups are kept only in this browser.",
        "idea_heading": "The idea behind this prototype",
        "footer": "A clickable prototype. Nothing here is live yet.",
        "sample_badge": "Sample data: made up for this prototype",
        "nav_home": "Home",
    },
    "kinds": KINDS,
    "names": {
        "suffixes": {
            "team": ["Desk", "Base", "Board", "Flow", "Radar", "ly"],
            "consumer": ["ly", "Nest", "Mate", "Pal", "Loop", "Buddy"],
            "marketplace": ["Swap", "Hub", "Market", "Match", "Share", "Circle"],
            "device": ["Sense", "Guard", "Watch", "Tap", "Eye", "Beacon"],
            "internal": ["Desk", "Board", "Ops", "Log", "Bench", "Base"],
            "learning": ["Lab", "Path", "Class", "Quest", "Bright", "Wise"],
            "health": ["Care", "Well", "Pulse", "Mind", "Ease", "Kind"],
        },
        "fallback": ["Brightpath", "Northstar", "Fieldnote", "Kitestring", "Lanternly"],
        "adjective_endings": "al|ive|ous|ful|less|able|ible|ic|ish|ly|ing|ed",
    },
    "people": [
        "Maya",
        "Daniel",
        "Priya",
        "Tom",
        "Aisha",
        "Leo",
        "Hannah",
        "Omar",
        "Grace",
        "Ben",
        "Chloe",
        "Sam",
        "Ruth",
        "Kwame",
        "Ella",
        "Jonah",
    ],
    "roles": {
        "person": "{one}",
        "group": "member of {one}",
        "org": "runs {one}",
    },
    "tagline": {
        "friendly": [
            "The {product} {audience_short} will actually enjoy",
            "{title}, without the hassle",
            "A friendlier way to {title}",
            "{topic}, made simple",
            "Meet {name}, {a_product} that's easy to love",
        ],
        "bold": [
            "Finally, {a_product} that {audience_short} deserve",
            "{title}. No more workarounds.",
            "{topic}: the old way is over.",
            "Built for {audience_short}. Nobody else.",
            "This is {name}. Start here.",
        ],
        "formal": [
            "{a_product} for {audience_short}",
            "A dependable way to {title}",
            "A considered approach to {topic}",
            "{product}, designed for {audience_short}",
            "{name}: {a_product}, designed with care",
        ],
    },
    "subhead": {
        "friendly": [
            "{name} is {a_product} {for_audience}. It {does_them}, and it {does2}.",
            "{name} {does}. It also {does2}, so there's less to keep in your head.",
            "{name} is {a_product} {for_audience}. It {does_them}.",
            "{name} {does}, so you can get on with your day.",
            "{name} is {a_product} {for_audience}, built to make {topic} easier.",
            "{name} is {a_product} for {topic}, built to take the fiddly parts off your plate.",
            "{name} is {a_product} {for_audience}, made to fit into the day they already have.",
            "{name} is {a_product} made to fit into your day, not the other way round.",
        ],
        "bold": [
            "{does}. {does2}. That's {name}.",
            "{name} {does}. No spreadsheets, no chasing.",
            "{a_product} {for_audience}. It {does_them}. That's the whole point.",
            "{a_product} for {topic}, with none of the usual friction.",
            "{a_product} {for_audience}, built to do one job properly.",
            "{name} is {a_product} with one job, done properly.",
        ],
        "formal": [
            "{name} is {a_product} {for_audience}. It {does_them}; it also {does2}.",
            "{name} is {a_product} {for_audience}. It {does_them}.",
            "{name} {does}.",
            "{name} is {a_product} for {topic}, designed to be reliable from the first day.",
            "{name} is {a_product} {for_audience}, designed to be reliable from the first day.",
            "{name} is {a_product}, designed to be reliable from the first day.",
        ],
    },
    "cta": {
        "friendly": ["Join the waitlist", "Save me a spot", "Count me in"],
        "bold": ["Get early access", "Claim your spot", "I want in"],
        "formal": ["Request access", "Register interest", "Request an invitation"],
    },
    "signup_title": {
        "friendly": ["Be one of the first to try {name}", "Want to try {name} early?"],
        "bold": ["Get {name} before everyone else", "First in line for {name}"],
        "formal": ["Register your interest in {name}", "Early access to {name}"],
    },
    "signup_text": {
        "friendly": [
            "Leave your email and we'll invite you when the first version of {name} is ready.",
            "Drop your email below; we'll write when there's something to try.",
        ],
        "bold": [
            "One email when {name} is ready. Nothing else.",
            "Leave your email. You'll hear from us the day it's ready.",
        ],
        "formal": [
            "Leave your email address and we will contact you when {name} becomes available.",
            "Register below to be informed when the first version of {name} is available.",
        ],
    },
    "problem": {
        "friendly": {
            "pain": [
                "{pain}. It shouldn't be that hard, and with {name} it won't be.",
                "{pain}. Sound familiar? That's the gap {name} is here to close.",
                "{pain}. Everyone has a workaround, and nobody loves theirs.",
            ],
            "promise": [
                "Today there's no simple way to {to_do}. {name} is built to change that.",
                "Right now, if you want to {to_do}, you're on your own. That's what {name} is for.",
                "Wanting to {to_do} shouldn't mean a pile of workarounds. Today it usually does.",
                "Today there's no simple way for {subject} to {user_does}. {name} is built to change that.",
            ],
            "none": [
                "Doing this well still takes more effort than it should. {name} is built to change that.",
                "The tools that exist today weren't made for this. {name} is.",
            ],
        },
        "bold": {
            "pain": [
                "{pain}. That's the problem. {name} is the fix.",
                "{pain}. Enough.",
                "{pain}. Nobody should accept that.",
            ],
            "promise": [
                "It's still too hard to {to_do}. {name} fixes that.",
                "Nobody has made it easy to {to_do}. Until now.",
                "To {to_do}, you need a patchwork of tools today. Not any more.",
                "It's still too hard for {subject} to {user_does}. {name} fixes that.",
            ],
            "none": [
                "The old way is slow, scattered and easy to get wrong. {name} is the fix.",
                "Workarounds everywhere. {name} replaces them.",
            ],
        },
        "formal": {
            "pain": [
                "{pain}. {name} is designed to address this directly.",
                "{pain}. The cost is time, attention and avoidable mistakes.",
                "{pain}. Existing tools do not solve this well.",
            ],
            "promise": [
                "At present there is no dependable way to {to_do}. {name} is designed to provide one.",
                "Those who need to {to_do} rely on manual workarounds today.",
                "There is no single, reliable place to {to_do}. {name} is intended to be that place.",
                "At present there is no dependable way for {subject} to {user_does}. {name} is designed to provide one.",
            ],
            "none": [
                "Current solutions require more effort than the task warrants. {name} is designed to reduce it.",
                "Existing tools were not designed for this purpose. {name} was.",
            ],
        },
    },
    "feature": {
        "friendly": {
            "product": [
                "Let {name} {product_does}.",
                "{name} {does}, so you don't have to think about it.",
            ],
            "user": ["With {name}, {subject} can {user_does}.", "{name} {does}, in a few taps."],
            "sentence": ["{sentence}"],
        },
        "bold": {
            "product": ["{does}. Automatically.", "{name} {does}. Every time."],
            "user": ["{subject} {user_does}. Simple as that.", "{name} {does}. No back-and-forth."],
            "sentence": ["{sentence}"],
        },
        "formal": {
            "product": ["{name} {does}.", "{name} {does}, consistently and on time."],
            "user": ["{name} {does}.", "{name} enables {subject} to {user_does}."],
            "sentence": ["{sentence}"],
        },
    },
    "feature_titles": {
        "team": ["Clear next steps", "One shared view"],
        "consumer": ["Right when you need it", "Clear and simple"],
        "marketplace": ["Both sides in one place", "Clear terms"],
        "device": ["Alerts that matter", "At a glance"],
        "internal": ["Less manual work", "One place to look"],
        "learning": ["Clear answers", "See where you stand"],
        "health": ["Your record, your way", "Gentle reminders"],
    },
    "fillers": {
        "team": [
            [
                "One shared view",
                "Everyone on the team sees the same picture, so nobody has to ask for an update.",
            ],
            [
                "Works with your tools",
                "{name} connects to the tools your team already uses instead of replacing them.",
            ],
            [
                "Progress you can see",
                "A weekly view shows what moved, what stalled and what needs a decision.",
            ],
            ["Roles and permissions", "Decide who can see and change what, team by team."],
        ],
        "consumer": [
            ["Set up in minutes", "Tell {name} what matters to you and it's ready the same day."],
            [
                "Private by default",
                "What you add stays yours; nothing is shared unless you choose to.",
            ],
            [
                "Gentle reminders",
                "{name} nudges you at the right moment, never more than you asked for.",
            ],
            ["Your history", "Look back at what you did and spot patterns over time."],
        ],
        "marketplace": [
            ["Profiles you can trust", "See who you're dealing with before you agree to anything."],
            [
                "Both sides in one place",
                "People who need something and people who offer it meet on {name}.",
            ],
            [
                "Simple arrangements",
                "Agree on the details in one conversation, without endless messages.",
            ],
            [
                "Reviews after every exchange",
                "Each side rates the other, so good behaviour is visible.",
            ],
        ],
        "device": [
            ["Alerts on your phone", "When something needs you, {name} tells you right away."],
            [
                "Easy to install",
                "No tools and no technician: {name} is designed to be set up in minutes.",
            ],
            ["History at a glance", "See what happened while you were away, hour by hour."],
            ["Quiet until needed", "{name} stays out of the way until something actually changes."],
        ],
        "internal": [
            [
                "Fits the way you work",
                "{name} follows your team's process instead of forcing a new one.",
            ],
            [
                "Right people, right access",
                "Access follows your company accounts, so nobody needs another password.",
            ],
            ["An audit trail", "Every change is logged with who made it and when."],
            [
                "Less copy and paste",
                "Data comes from the systems you already have, not from manual entry.",
            ],
        ],
        "learning": [
            [
                "Short sessions",
                "Lessons fit into a few spare minutes, so practice becomes a habit.",
            ],
            ["Progress you can see", "See what you've mastered and what needs another look."],
            ["Practice that adapts", "{name} brings back what you find hardest, more often."],
            [
                "Learn at your pace",
                "Pause whenever you like and pick up exactly where you stopped.",
            ],
        ],
        "health": [
            [
                "Private by design",
                "Your health data stays yours; you choose what to share and with whom.",
            ],
            ["Gentle reminders", "{name} reminds you at the right time, without nagging."],
            [
                "A record for your appointments",
                "Bring a clear summary to your next visit instead of relying on memory.",
            ],
            ["Patterns over time", "See how things change from week to week."],
        ],
    },
    "steps": {
        "friendly": {
            "start": [
                "Get started|{start}. It only takes a few minutes.",
                "Say hello|First, {start}.",
            ],
            "promise": [
                "{title}|Then let {name} {product_does}.",
                "{title}|With {name}, {subject} can {user_does}.",
                "{title}|{sentence}",
            ],
            "middle": [
                "Make it yours|Adjust {name} to the way you already do things.",
                "Try it for real|Use {name} for a week and see what changes.",
            ],
            "outcome": [
                "Enjoy the difference|Finally, {outcome}.",
                "Keep it going|After that, {outcome}.",
            ],
        },
        "bold": {
            "start": ["Start now|{start}. That's it.", "Get going|{start}. Done in minutes."],
            "promise": [
                "{title}|{name} {does}. Automatically.",
                "{title}|{subject} {user_does}. No friction.",
                "{title}|{sentence}",
            ],
            "middle": [
                "Make it yours|Set it up your way. No manual needed.",
                "Use it daily|Put {name} to work from day one.",
            ],
            "outcome": ["Back to work|{outcome}.", "Win back your time|{outcome}. Repeat."],
        },
        "formal": {
            "start": ["Set up|To begin, {start}.", "Getting started|First, {start}."],
            "promise": [
                "{title}|{name} {does}.",
                "{title}|{name} enables {subject} to {user_does}.",
                "{title}|{sentence}",
            ],
            "middle": [
                "Configure|Adjust {name} to your existing routine.",
                "Adopt|Use {name} as part of your regular work.",
            ],
            "outcome": ["Review|Finally, {outcome}.", "Continue|Thereafter, {outcome}."],
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
            "q": "Is {name} available yet?",
            "a": {
                "friendly": "Not yet: this is an early prototype. Join the waitlist and we'll tell you when it's ready.",
                "bold": "Not yet. Get on the list and you'll be first in line.",
                "formal": "Not yet. This prototype tests the concept; people on the waitlist will be informed at launch.",
            },
        },
        {
            "kinds": ["team", "consumer", "marketplace", "device", "learning", "health"],
            "q": "Who is {name} for?",
            "a": {
                "friendly": "{name} is made for {audience}. If that's you, we'd love to hear from you.",
                "bold": "{audience}. That's who we built it for.",
                "formal": "{name} is designed for {audience}.",
            },
        },
        {
            "kinds": ["team", "consumer", "marketplace", "device", "learning", "health"],
            "q": "What will it cost?",
            "a": {
                "friendly": "We haven't set a price yet. People on the waitlist will hear first, and can help us get it right.",
                "bold": "Pricing comes later. Early sign-ups hear first.",
                "formal": "Pricing has not been set. Waitlist members will be informed before launch.",
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
            "q": "What happens to my email address?",
            "a": {
                "friendly": "In this prototype it stays in your browser. We'll never sell or share it.",
                "bold": "It stays in your browser. We never sell it. Period.",
                "formal": "In this prototype it is stored only in your browser. It will never be sold or shared.",
            },
        },
        {
            "kinds": ["team"],
            "q": "Does it work with the tools we already use?",
            "a": {
                "friendly": "That's one of the things we're testing. Tell us which tools matter to you when you sign up.",
                "bold": "That's the plan. Tell us which ones matter and we'll start there.",
                "formal": "Integrations are being evaluated. Please indicate the tools you rely on when you register.",
            },
        },
        {
            "kinds": ["device"],
            "q": "Do I need a professional to install it?",
            "a": {
                "friendly": "We're designing {name} so you can set it up yourself. This prototype helps us check that.",
                "bold": "No. If you can charge a phone, you can set it up. That's the goal.",
                "formal": "{name} is intended for self-installation. This prototype helps us confirm that this is realistic.",
            },
        },
        {
            "kinds": ["marketplace"],
            "q": "How do people know they can trust each other?",
            "a": {
                "friendly": "Profiles and reviews after every exchange are part of the plan. Tell us what would make you feel safe.",
                "bold": "Profiles, reviews, and no anonymous accounts. That's the starting point.",
                "formal": "Verified profiles and mutual reviews are planned. We welcome your view on what else is needed.",
            },
        },
        {
            "kinds": ["internal"],
            "q": "Which teams can use {name}?",
            "a": {
                "friendly": "It starts with the team that asked for it. Others can join once the pilot works.",
                "bold": "The pilot team first. Everyone else once it proves itself.",
                "formal": "The pilot group first; other teams may follow once the pilot has been evaluated.",
            },
        },
        {
            "kinds": ["health"],
            "q": "Is this medical advice?",
            "a": {
                "friendly": "No. {name} helps you keep track; decisions stay with you and your doctor.",
                "bold": "No. It keeps track. Your doctor decides.",
                "formal": "No. {name} supports record-keeping; clinical decisions remain with you and your clinician.",
            },
        },
        {
            "kinds": ["learning"],
            "q": "Do I need to know anything before I start?",
            "a": {
                "friendly": "Not at all. {name} starts where you are and builds from there.",
                "bold": "No. Start from zero. That's fine.",
                "formal": "No prior knowledge is required; {name} adapts to your level.",
            },
        },
        {
            "kinds": ["consumer", "learning", "health"],
            "q": "Can I try it on my phone?",
            "a": {
                "friendly": "That's the plan: {name} is being designed phone-first.",
                "bold": "Yes. Phone first, always.",
                "formal": "Yes. {name} is being designed primarily for mobile use.",
            },
        },
    ],
    "stories": {
        "context": {
            "team": [
                "{persona} is a {role} who keeps the team's work on track between meetings.",
                "{persona} works as a {role} and spends too much of each week on status updates.",
            ],
            "consumer": [
                "{persona} is an {role} who has tried a couple of apps for this and dropped them.",
                "{persona} is an {role} who wants this to take minutes, not an evening.",
            ],
            "marketplace": [
                "{persona} is a {role} who usually asks friends for recommendations.",
                "{persona} is a {role} who has been let down by listings that were out of date.",
            ],
            "device": [
                "{persona} is a {role} who would rather know about a problem before it gets expensive.",
                "{persona} is a {role} who is away from home more than they'd like.",
            ],
            "internal": [
                "{persona} is a {role} and feels the cost of the current process every week.",
                "{persona} is a {role} who has built their own spreadsheet to cope.",
            ],
            "learning": [
                "{persona} is a {role} with twenty spare minutes on most days and good intentions.",
                "{persona} is a {role} who learns best by doing, a little at a time.",
            ],
            "health": [
                "{persona} is an {role} who wants to stay on top of things without thinking about it all day.",
                "{persona} is an {role} who wants a clear record to show at the next appointment.",
            ],
        },
        "goal": [
            "Get this done with less effort and fewer surprises.",
            "Spend less time on the routine part and more on what matters.",
            "Know where things stand without having to ask.",
        ],
        "frustration": [
            "Every tool so far needed more attention than the problem it solved.",
            "The current workaround works, until the one day it doesn't.",
            "Too much of it depends on remembering to check.",
        ],
        "want": [
            "{name} to {product_does}",
            "to {user_does}",
        ],
        "general": [
            [
                "{role}",
                "to understand in one sentence what {name} does",
                "I can decide quickly whether it's for me",
            ],
            ["{role}", "to tell the team what I'd change", "the first version fits the way I work"],
            [
                "{role}",
                "to try {name} before I commit to anything",
                "I only switch if it really helps",
            ],
        ],
        "so_that": {
            "team": [
                "nothing slips between meetings",
                "the team works from the same picture",
                "I spend my time on decisions, not updates",
            ],
            "consumer": [
                "it fits into my day",
                "I don't have to remember it myself",
                "I get the result without the hassle",
            ],
            "marketplace": [
                "I find the right match quickly",
                "both sides know what was agreed",
                "I can trust who I'm dealing with",
            ],
            "device": [
                "I hear about problems before they get expensive",
                "I can relax when I'm away",
                "I don't have to check by hand",
            ],
            "internal": [
                "the routine work stops eating into my day",
                "nobody has to copy data by hand",
                "I can rely on the numbers",
            ],
            "learning": [
                "I make steady progress",
                "practice fits into my week",
                "I know what to work on next",
            ],
            "health": [
                "I stay on track without thinking about it",
                "I have a clear record for my appointments",
                "small problems don't become big ones",
            ],
        },
        "extra": {
            "team": [
                [
                    "{role}",
                    "to see at a glance what needs my attention",
                    "I can act before things slip",
                ],
                [
                    "team lead",
                    "to bring a new colleague in within minutes",
                    "they're productive from day one",
                ],
            ],
            "consumer": [
                [
                    "{role}",
                    "to get started without reading a manual",
                    "I see the point on the first day",
                ],
                ["{role}", "to choose how often {name} reminds me", "it helps without nagging"],
            ],
            "marketplace": [
                ["provider", "to say when I'm available", "I only get requests I can take"],
                ["{role}", "to see reviews before I decide", "I know what to expect"],
            ],
            "device": [
                ["{role}", "to set {name} up without a technician", "I can start the same day"],
                [
                    "{role}",
                    "to choose which alerts reach my phone",
                    "I only hear about what matters",
                ],
            ],
            "internal": [
                [
                    "{role}",
                    "to sign in with my company account",
                    "I don't need yet another password",
                ],
                [
                    "team manager",
                    "to see how the new process is used",
                    "I can decide whether to roll it out further",
                ],
            ],
            "learning": [
                ["{role}", "to practise in short sessions", "learning fits into a busy week"],
                ["{role}", "to see which topics I've mastered", "I know what to revise next"],
            ],
            "health": [
                ["{role}", "to decide what I share and with whom", "my health data stays private"],
                [
                    "{role}",
                    "to export a summary for my doctor",
                    "appointments start from facts, not memory",
                ],
            ],
        },
    },
    "scenes": [
        [
            "The moment it hurts|{pain}. {persona} knows the feeling.",
            "The moment it hurts|{persona} needs to {to_do}, and the usual way is slow and scattered.",
            "Before {name}|{persona} is juggling workarounds and losing time to them again.",
        ],
        [
            "The discovery|{persona} finds {name} and reads the promise: {tagline}",
            "A better way|A colleague sends {persona} a link to {name}.",
        ],
        [
            "Getting started|{persona} signs up and is ready in a few minutes.",
            "First steps|{persona} tries {name} for the first time and finds it easy to start.",
        ],
        [
            "The first win|{name} {does}, and {persona} notices the difference the same week.",
            "The first win|For the first time, {persona} can {to_do} without a workaround.",
            "The first win|The routine part takes minutes now, and {persona} notices.",
        ],
        [
            "Telling others|{persona} tells the others about {name}.",
            "A habit|A month later, {persona} can't imagine going back.",
        ],
    ],
    "quote_by": "A future user ({role}), a placeholder",
    "quote": {
        "team": [
            "We stopped chasing updates. Everyone just knows where things stand.",
            "It took an afternoon to set up, and our Monday meeting got shorter.",
            "Finally, one place the whole team actually uses.",
        ],
        "consumer": [
            "I didn't expect to like it this much. It just fits into my day.",
            "It does the one thing I needed, and it does it well.",
            "I've tried a few apps for this. This is the one I kept.",
        ],
        "marketplace": [
            "I found what I needed the same afternoon, from someone nearby.",
            "Both sides knew exactly what we'd agreed. No awkward messages.",
            "It's the first time this felt easy instead of a gamble.",
        ],
        "device": [
            "I forgot it was there until the day it saved me a lot of trouble.",
            "Set-up was quick. Now I check my phone instead of worrying.",
            "It's quiet, it's reliable, and it speaks up when it should.",
        ],
        "internal": [
            "The part of my week I dreaded now takes a few minutes.",
            "We stopped copying data by hand. The numbers finally match.",
            "It does exactly what our team needed, nothing more.",
        ],
        "learning": [
            "A little every day, and for once I can feel the progress.",
            "It knows what I get wrong and brings it back until I don't.",
            "I actually look forward to practising now.",
        ],
        "health": [
            "I stopped worrying about forgetting. It just keeps track.",
            "My last appointment started with facts, not guesses.",
            "It helps without making me feel watched.",
        ],
    },
    "assumptions": {
        "all": [
            "{name}'s first version can be useful with only the features on this page.",
            "People will understand what {name} does from the page alone.",
        ],
        "team": [
            "Teams feel this problem often enough to try a new tool for it.",
            "One person can set {name} up for the whole team without IT's help.",
            "Teams will trust {name} with the data it needs.",
        ],
        "consumer": [
            "People feel this often enough to install something new for it.",
            "The first session delivers something useful.",
            "People come back without being reminded.",
        ],
        "marketplace": [
            "Enough people will offer what others need, in the same area.",
            "Both sides will trust a profile and a review enough to meet.",
            "People will do the exchange through {name} rather than around it.",
        ],
        "device": [
            "People will install the device themselves.",
            "The alerts will be accurate enough that people don't switch them off.",
            "People will pay for hardware to avoid this problem.",
        ],
        "internal": [
            "The team will switch from its current workaround if {name} saves real time.",
            "The data {name} needs is already available in systems we own.",
            "One pilot team is enough to show whether it works.",
        ],
        "learning": [
            "Learners will practise regularly in short sessions.",
            "Progress is visible enough to keep people motivated.",
            "The content can be prepared without a large editorial team.",
        ],
        "health": [
            "People will log what {name} needs without it feeling like a chore.",
            "People will trust {name} with health data.",
            "Reminders help without causing alarm.",
        ],
    },
    "open_questions": {
        "all": [
            "What would make someone stop using {name} after the first week?",
            "Which single feature on this page matters most to the people we show it to?",
        ],
        "team": [
            "Who pays for {name}: the team lead, or the company?",
            "How does the team handle this today, and what does that cost?",
            "Which existing tool must {name} work with from day one?",
        ],
        "consumer": [
            "What do people use today instead, and what would make them switch?",
            "Would people pay for {name}, or expect it to be free?",
            "How often would someone open {name} in a normal week?",
        ],
        "marketplace": [
            "Which side do we win first, and how?",
            "How does {name} earn money: a fee per exchange, or a subscription?",
            "What stops people from taking the exchange off the platform?",
        ],
        "device": [
            "What price would people pay for the device, and would they pay a subscription as well?",
            "Where in the home or workplace does it have to go, and is there power there?",
            "What happens when the connection drops?",
        ],
        "internal": [
            "Which team runs the pilot, and who owns {name} after it?",
            "Which systems does {name} need access to, and who approves that?",
            "How will we measure the time saved?",
        ],
        "learning": [
            "Who pays: the learner, a school or an employer?",
            "How do we know the learning sticks, beyond the app?",
            "Who writes and checks the content?",
        ],
        "health": [
            "Does {name} need medical or regulatory approval for what it does?",
            "Who sees the data besides the user?",
            "Would a doctor or carer recommend it?",
        ],
    },
    "metric": {
        "team": [
            "Share of teams that still use {name} every week, four weeks after signing up.",
            "Number of teams that invite a second colleague within their first week.",
        ],
        "consumer": [
            "Share of new users who come back to {name} in their second week.",
            "Share of waitlist sign-ups who finish the first session.",
        ],
        "marketplace": [
            "Number of completed exchanges per week, and how many people return for a second one.",
            "Share of requests that find a match within a day.",
        ],
        "device": [
            "Share of devices still installed and connected after one month.",
            "Share of alerts that owners confirm were useful.",
        ],
        "internal": [
            "Hours a week the pilot team saves, measured against the current process.",
            "Share of the pilot team using {name} every working day after two weeks.",
        ],
        "learning": [
            "Share of learners still practising three weeks after their first session.",
            "Number of sessions per learner per week in the first month.",
        ],
        "health": [
            "Share of users who keep their record up to date for four weeks.",
            "Share of users who bring {name}'s summary to an appointment.",
        ],
    },
    "core": {
        "titles": {
            "dashboard": "Your {name} overview",
            "list": "Browse on {name}",
            "detail": "A closer look",
        },
        "intro": {
            "dashboard": [
                "How things stand this week, at a glance.",
                "What changed, and what needs you, on one screen.",
            ],
            "list": [
                "Pick what fits: every row is a sample of what {name} will show.",
                "Sample listings, the way {name} will show them.",
            ],
            "detail": [
                "One example, in full, the way {name} will show it.",
                "A sample record, with everything {name} keeps about it.",
            ],
        },
        "action": {"dashboard": "See details", "list": "Request", "detail": "Save"},
        "metrics": ["Active this week", "Completed", "Need attention", "New this week"],
        "statuses": ["On track", "Needs attention", "New"],
        "value": "{n} this week",
    },
    "storyboard": {
        "idea": "The idea",
        "problem": "The problem",
        "persona": "Persona",
        "goal": "Goal:",
        "frustration": "Frustration:",
        "stories": "User stories",
        "storyboard": "Storyboard",
        "features": "What it offers",
        "validate": "Validate in the meeting",
        "assumptions": "Assumptions to test",
        "questions": "Open questions",
        "metric": "Success metric:",
        "made": "How it was made",
        "colon": ":",
        "story": "As a {as_a}, I want {i_want}, so that {so_that}.",
    },
}
