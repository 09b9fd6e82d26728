"""Compose a Brief from a Reading, part by part, with the phrasebook of its language.

Each part (hero, problem, features, steps, faq, stories, storyboard, core, meeting) is
composed on its own from the Reading, so a later ``regen --part features`` can redo one
part. Choices among frames come from a seeded hash of (seed, part, pool, hint): the same
idea, tone and seed always give the same Brief; another seed or hint gives another draft
that is just as correct. A frame names the slots it needs (``{audience}``, ``{pain}``
...); a frame whose slots the Reading could not fill is never chosen, so nothing is
said that the idea did not support.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence

from protogen.writers.offline.books import Book
from protogen.writers.offline.names import make_name
from protogen.writers.offline.reading import Promise, Reading
from protogen.writers.offline.tidy import clip, pasted_at, tidy

PARTS = ("hero", "problem", "features", "steps", "faq", "stories", "storyboard", "core")
_SLOT = re.compile(r"\{(\w+)\}")
_HINT_TONES = {
    "friendly": ("friendly", "playful", "warm", "casual", "fun"),
    "bold": ("bold", "punchy", "confident", "short", "direct", "strong"),
    "formal": ("formal", "serious", "professional", "sober", "corporate"),
}


def slots_of(frame: str) -> set[str]:
    return set(_SLOT.findall(frame))


class Composer:
    """Writes each part of the Brief for one Reading, tone, seed and optional hint."""

    def __init__(
        self, reading: Reading, book: Book, *, tone: str, seed: int, hint: str = ""
    ) -> None:
        self.r = reading
        self.book = book
        self.tone = tone
        self.seed = seed
        self.hint = hint.strip().lower()
        self.g = book.grammar
        self.name = make_name(reading, book, seed)
        self.slots = self._slots()
        self.idea_slots = {
            k for k in self.slots if k not in ("name", "kind_noun", "product", "a_product")
        } | ({"product", "a_product"} if reading.product else set())

    # -- choosing --------------------------------------------------------------------
    def tone_for(self, part: str) -> str:
        for tone, words in _HINT_TONES.items():
            if any(w in self.hint for w in words):
                return tone
        return self.tone

    def index(self, key: str, n: int) -> int:
        digest = hashlib.sha256(f"{self.seed}|{key}|{self.hint}".encode()).digest()
        return int.from_bytes(digest[:4], "big") % max(n, 1)

    def usable(self, frames: Sequence[str], extra: dict[str, str] | None = None) -> list[str]:
        """The frames whose slots are all filled and whose result pastes no more than 12
        consecutive words of the idea."""
        have = {k for k, v in {**self.slots, **(extra or {})}.items() if v}
        return [
            f
            for f in frames
            if slots_of(f) <= have
            and self.g.usable(f, self)
            and (not slots_of(f) or pasted_at(self.fill(f, extra), self.r.text, self.r.lang) < 0)
        ]

    def pick(
        self,
        key: str,
        frames: Sequence[str],
        extra: dict[str, str] | None = None,
        nth: int = 0,
    ) -> str:
        """One of the usable frames, filled; frames that say more about the idea first
        (up to two of its chunks), then by the seeded hash. ``nth`` > 0 asks for the
        nth alternative (hero variants)."""
        ok = self.usable(frames, extra)
        if not ok:
            return ""
        scores = [min(2, len(slots_of(f) & self.idea_slots)) for f in ok]
        if nth:
            order = sorted(
                range(len(ok)), key=lambda i: (-scores[i], self.index(f"{key}.{i}", 997))
            )
            return self.fill(ok[order[nth % len(order)]], extra)
        best = max(scores)
        ok = [f for f, s in zip(ok, scores, strict=True) if s == best]
        return self.fill(ok[self.index(key, len(ok))], extra)

    def fill(self, frame: str, extra: dict[str, str] | None = None) -> str:
        values = {**self.slots, **(extra or {})}
        return tidy(self.g.fill(frame, values, self), self.r.lang)

    # -- the slots -------------------------------------------------------------------
    def _slots(self) -> dict[str, str]:
        r, g, kind = self.r, self.g, self.book.kind(self.r.kind)
        s: dict[str, str] = {"name": self.name, "kind_noun": kind["noun"]}
        s["a_product"] = g.a_product(r.product) if r.product else kind["a_noun"]
        s["product"] = r.product.text if r.product else kind["noun"]
        if r.audience:
            s["audience"] = r.audience.text
            s["the_audience"] = g.the_audience(r.audience)
            s["for_audience"] = g.for_audience(r.audience)
            if len(r.audience.text.split()) <= 4:
                s["audience_short"] = r.audience.text
        if r.topic and not (r.lang == "en" and r.topic.split()[-1].lower().endswith("s")):
            s["topic"] = r.topic  # "dog walking", not "cats": those stay in the eyebrow
        if r.pain:
            s["pain"] = r.pain
        ps = self.promises()
        if ps:
            s.update(self.promise_slots(ps[0], ""))
        if len(ps) > 1:
            second = self.promise_slots(ps[1], "2")
            if (
                ps[1].agent == ps[0].agent == "user"
                and ps[1].subject == ps[0].subject
                and ps[1].subject != "you"
            ):
                second["does2"] = self.g.them(second["does2"], ps[1].subject)
            s.update(second)
        if r.user_steps:
            s["user_step"] = r.user_steps[0]
        return s

    def promise_slots(self, p: Promise, n: str) -> dict[str, str]:
        out = {f"title{n}": self.g.lower_title(p.title) if p.title else ""}
        if p.does:
            out[f"does{n}"] = p.does
        by_product_or_you = p.agent == "product" or p.subject == "you"
        if p.base and by_product_or_you and not self.g.pronouns.search(p.base):
            out[f"to_do{n}"] = p.base
        if p.sentence:
            out[f"sentence{n}"] = p.sentence.replace("{name}", self.name)
        if p.agent == "product" and p.base:
            out[f"product_does{n}"] = p.base
        if p.agent == "user" and p.base:
            out[f"user_does{n}"] = p.base
            if p.subject != "you":
                out[f"subject{n}"] = p.subject
        if p.does:
            a = self.r.audience
            same = a and p.subject in (a.text, self.g.the_audience(a))
            out[f"does_them{n}"] = self.g.them(p.does, p.subject) if same else p.does
        if p.subjunctive:
            out[f"subj{n}"] = p.subjunctive
        return out

    def promises(self) -> list[Promise]:
        """The promises worth a feature, in the idea's order, without repeats."""
        seen: set[str] = set()
        out = []
        for p in self.r.promises:
            key = (p.title or p.does).lower()
            if key and key not in seen and (p.does or p.sentence or p.subjunctive):
                seen.add(key)
                out.append(p)
        # "sits on the water main", "clips onto the fuse box": where it goes, not what
        # it promises; such promises come last.
        weak = ("sit", "clip", "attach", "plug", "fit", "stick", "hang", "mount", "work")
        out.sort(key=lambda p: (p.base or p.does).split(" ", 1)[0].lower() in weak)
        return out[:6]

    # -- parts -----------------------------------------------------------------------
    def hero(self, variant: int = 0) -> dict[str, str]:
        tone = self.tone_for("hero")
        b = self.book.data
        key = f"hero{variant}" if variant else "hero"
        tagline = self.pick(f"{key}.tagline", b["tagline"][tone], nth=variant) or self.fill(
            b["tagline"][tone][-1]
        )
        subhead = self.pick(f"{key}.subhead", b["subhead"][tone], nth=variant)
        return {
            "name": self.name,
            "tagline": clip(tagline, 110),
            "subhead": clip(subhead, 590),
            "audience": clip(self.audience_label(), 110),
            "cta": self.pick(f"{key}.cta", b["cta"][tone]),
            "signup_title": clip(self.pick(f"{key}.signup_title", b["signup_title"][tone]), 110),
            "signup_text": clip(self.pick(f"{key}.signup_text", b["signup_text"][tone]), 590),
        }

    def hero_variants(self, n: int) -> list[dict[str, str]]:
        """Up to ``n`` heroes with distinct headlines (positioning variants), each with
        its own first feature."""
        out: list[dict[str, str]] = []
        seen: set[str] = set()
        features = self.features()
        for variant in range(n * 8):
            h = self.hero(variant)
            if h["tagline"] in seen:
                continue
            seen.add(h["tagline"])
            first = features[len(out) % len(features)]
            out.append({**h, "first_feature": first})
            if len(out) == n:
                break
        return out

    def audience_label(self) -> str:
        """The eyebrow: who it is for, or, when the idea names nobody, what kind of
        product it is (never an invented audience)."""
        if self.r.audience:
            return self.r.audience.text
        label = self.book.kind(self.r.kind)["label"]
        if self.r.topic and len(self.r.topic) <= 40:
            return f"{label} · {self.g.cap(self.r.topic)}"
        if self.r.product and len(self.r.product.text) <= 40:
            return f"{label} · {self.g.cap(self.r.product.text)}"
        return label

    def problem(self) -> str:
        tone = self.tone_for("problem")
        frames = self.book.data["problem"][tone]
        for case in ("pain", "promise", "none"):
            text = self.pick(f"problem.{case}", frames[case])
            if text:
                return clip(text, 1990)
        return ""

    def features(self) -> list[dict[str, str]]:
        tone = self.tone_for("features")
        b = self.book.data
        out: list[dict[str, str]] = []
        for i, p in enumerate(self.promises()):
            extra = self.promise_slots(p, "")
            agent = p.agent if p.does else "sentence"
            if agent == "user" and not p.base:
                agent = "product"
            text = self.pick(f"feature.{i}", b["feature"][tone][agent], extra)
            if not text:
                text = self.pick(f"feature.{i}", b["feature"][tone]["sentence"], extra)
            title = p.title or self.pick(f"feature.title.{i}", b["feature_titles"][self.r.kind])
            if text and title:
                out.append({"title": clip(self.g.cap(title), 60), "text": clip(text, 590)})
        fillers = list(b["fillers"][self.r.kind])
        start = self.index("fillers", len(fillers))
        k = 0
        while len(out) < 3 and k < len(fillers):
            title, text = fillers[(start + k) % len(fillers)]
            k += 1
            if not self.usable([title, text]):
                continue
            title, text = self.fill(title), self.fill(text)
            if all(title != f["title"] for f in out):
                out.append({"title": clip(title, 60), "text": clip(text, 590)})
        return out[:6]

    def steps(self) -> list[dict[str, str]]:
        tone = self.tone_for("steps")
        b = self.book.data["steps"][tone]
        register = "formal" if tone == "formal" else "informal"
        kind = self.book.kind(self.r.kind)
        extra = {
            "start": kind["start"][register],
            "outcome": kind["outcome"][register],
        }
        out = []
        first = self.pick("steps.start", b["start"], extra)
        out.append(first)
        for i, p in enumerate(self.promises()[:2]):
            ex = {**extra, **self.promise_slots(p, "")}
            step = self.pick(f"steps.promise.{i}", b["promise"], ex)
            if step:
                out.append(step)
        if len(out) < 2:
            out.append(self.pick("steps.middle", b["middle"], extra))
        out.append(self.pick("steps.outcome", b["outcome"], extra))
        steps = []
        for text in out[:5]:
            title, _, body = text.partition("|")
            steps.append({"title": clip(title.strip(), 60), "text": clip(body.strip(), 590)})
        while len(steps) < 3:
            steps.append(
                {
                    "title": clip(self.fill(b["outcome"][-1]).partition("|")[0], 60),
                    "text": clip(self.pick("steps.more", b["start"], extra).partition("|")[2], 590),
                }
            )
        return steps

    def faq(self) -> list[dict[str, str]]:
        tone = self.tone_for("faq")
        entries = [e for e in self.book.data["faq"] if self.r.kind in e["kinds"]]
        usable = [e for e in entries if self.usable([e["q"], e["a"][tone]])]
        always = [e for e in usable if e.get("always")]
        rest = [e for e in usable if not e.get("always")]
        start = self.index("faq", max(len(rest), 1))
        chosen = always + [rest[(start + i) % len(rest)] for i in range(min(2, len(rest)))]
        return [
            {
                "question": clip(self.fill(e["q"]), 590),
                "answer": clip(self.fill(e["a"][tone]), 1990),
            }
            for e in chosen[:6]
        ]

    def stories(self) -> dict:
        b = self.book.data["stories"]
        kind = self.r.kind
        role = self.role()
        people = self.g.persona_names(list(self.book.data["people"]), role)
        pname = people[self.index("persona", len(people))]
        extra = {"persona": pname, "role": role}
        persona = {
            "name": pname,
            "role": clip(role, 110),
            "context": clip(self.pick("persona.context", b["context"][kind], extra), 590),
            "goal": clip(self.pick("persona.goal", b["goal"], extra), 590),
            "frustration": clip(self.pick("persona.frustration", b["frustration"], extra), 590),
        }
        so_that = list(b["so_that"][kind])
        stories = []
        for i, p in enumerate(self.promises()[:3]):
            ex = {**extra, **self.promise_slots(p, "")}
            want = self.pick(f"story.{i}", b["want"], ex)
            if want:
                st = self.fill(so_that[(self.index("so", 7) + i) % len(so_that)], ex)
                stories.append({"as_a": clip(role, 110), "i_want": clip(want, 590), "so_that": st})
        extras = list(b["extra"][kind])
        start = self.index("stories", len(extras))
        extras = extras[start:] + extras[:start] + list(b["general"])
        for k in range(len(extras)):
            if len(stories) >= 3 and k >= 1:
                break
            as_a, want, so = extras[k]
            if not self.usable([as_a, want, so], extra):
                continue
            stories.append(
                {
                    "as_a": clip(self.fill(as_a, extra), 110),
                    "i_want": clip(self.fill(want, extra), 590),
                    "so_that": clip(self.fill(so, extra), 590),
                }
            )
        return {"persona": persona, "user_stories": stories[:6]}

    def role(self) -> str:
        a = self.r.audience
        kind = self.book.kind(self.r.kind)
        if a and a.singular:
            frames = self.book.data["roles"][a.group]
            role = self.fill(frames, {"one": self.g.one(a)})
            # a role sits mid-sentence ("A future user (runs a small bakery)")
            return role[:1].lower() + role[1:] if role[1:2].islower() else role
        return kind["role"]

    def storyboard(self, persona: str, tagline: str) -> list[dict[str, str]]:
        b = self.book.data["scenes"]
        extra = {"persona": persona, "tagline": tagline}
        scenes = []
        for i, pool in enumerate(b):
            text = self.pick(f"scene.{i}", pool, extra)
            if text:
                title, _, caption = text.partition("|")
                scenes.append(
                    {"title": clip(title.strip(), 110), "caption": clip(caption.strip(), 590)}
                )
        return scenes[:6]

    def meeting(self) -> dict:
        b = self.book.data
        kind = self.r.kind

        def some(key: str, pool: Sequence[str], n: int) -> list[str]:
            ok = self.usable(pool)
            start = self.index(key, max(len(ok), 1))
            return [clip(self.fill(ok[(start + i) % len(ok)]), 590) for i in range(min(n, len(ok)))]

        quotes = b["quote"][kind]
        return {
            "assumptions": some("assumptions", b["assumptions"][kind] + b["assumptions"]["all"], 3),
            "open_questions": some(
                "questions", b["open_questions"][kind] + b["open_questions"]["all"], 3
            ),
            "success_metric": clip(self.pick("metric", b["metric"][kind]), 590),
            "mock_quote": {
                "quote": clip(self.pick("quote", quotes), 590),
                "attribution": clip(self.role_attribution(), 110),
            },
        }

    def role_attribution(self) -> str:
        return self.fill(self.book.data["quote_by"], {"role": self.role()})

    def core(self, features: list[dict[str, str]]) -> dict:
        from protogen.writers.offline.core import core_screen

        return core_screen(self, features)

    # -- the whole Brief ---------------------------------------------------------------
    def brief(self) -> dict:
        hero = self.hero()
        features = self.features()
        stories = self.stories()
        brief = {
            "lang": self.r.lang,
            "name": hero["name"],
            "tagline": hero["tagline"],
            "subhead": hero["subhead"],
            "problem": self.problem(),
            "audience": hero["audience"],
            "persona": stories["persona"],
            "features": features,
            "steps": self.steps(),
            "cta": hero["cta"],
            "signup_title": hero["signup_title"],
            "signup_text": hero["signup_text"],
            "faq": self.faq(),
            "user_stories": stories["user_stories"],
            "scenes": self.storyboard(stories["persona"]["name"], hero["tagline"]),
            "core_screen": self.core(features),
            "labels": dict(self.book.data["labels"]),
            "tone": self.tone,
            **self.meeting(),
        }
        return guard_runs(brief, self.r.text, self.r.lang)


def guard_runs(brief: dict, idea: str, lang: str, limit: int = 12) -> dict:
    """No field may repeat more than ``limit`` consecutive words of the idea: a field
    that does is cut at a word boundary inside the run (the readers keep chunks short,
    so this is the safety net, not the rule)."""

    def fix(value):
        if isinstance(value, str):
            at = pasted_at(value, idea, lang, limit)
            if at >= 0:
                return clip(value[:at], at) + ("…" if not value[:at].endswith("…") else "")
            return value
        if isinstance(value, list):
            return [fix(v) for v in value]
        if isinstance(value, dict):
            return {k: fix(v) for k, v in value.items()}
        return value

    return {k: (v if k in ("labels", "lang", "tone") else fix(v)) for k, v in brief.items()}
