"""What the offline writer understood of an idea: one typed ``Reading`` per idea.

A reader per language family (:mod:`.english`, :mod:`.romance`, :mod:`.german`,
:mod:`.cjk`) fills it; :mod:`.compose` writes the Brief from it and from the phrasebook
of the idea's language. Every chunk in a Reading has been validated by its reader: an
audience is a noun phrase that names people or organisations, a promise is a verb phrase
with a known subject. A chunk that fails validation is left empty, and the composer uses
a frame that does not need it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

#: The kinds of product the frames are written for. A home device has no "work email";
#: a marketplace has two sides; an internal tool has no pricing question.
KINDS = ("team", "consumer", "marketplace", "device", "internal", "learning", "health")


@dataclass(frozen=True)
class Phrase:
    """A noun phrase from the idea, with what agreement needs to know about it."""

    text: str  # without a leading article: "habit tracker", "dueños de perros"
    article: str = ""  # the idea's own article, lower case ("una", "les"), if any
    gender: str = ""  # "m", "f", "n" or "" when unknown
    plural: bool = False
    group: str = "person"  # for audiences: "person", "group" (teams) or "org" (bakeries)
    singular: str = ""  # one member: "remote team", "freelancer" ("" when unknown)


@dataclass(frozen=True)
class Promise:
    """One thing the product does or lets people do, as the idea says it.

    ``does`` reads after the product's name ("nudges people in Slack"); ``base`` is the
    same verb phrase in the base form ("nudge people in Slack"), empty when the
    language's reader cannot form it safely; ``title`` is a short verb or noun phrase
    that ends at a phrase boundary; ``sentence`` is a whole sentence with its own
    subject, for readers that cannot form ``does`` (placeholder ``{name}``).
    """

    does: str = ""
    base: str = ""
    title: str = ""
    sentence: str = ""
    agent: str = "product"  # "product" (it sends ...) or "user" (students swap ...)
    subject: str = ""  # for user promises: who acts ("students", "you")
    subjunctive: str = ""  # Romance: the clause after "que {name} ..." ("encuentre ...")


@dataclass
class Reading:
    """The idea, understood: the parts the composer may use, each one validated."""

    lang: str
    text: str
    kind: str = "consumer"
    product: Phrase | None = None  # what it is: "habit tracker"
    audience: Phrase | None = None  # who it is for: "remote teams"
    topic: str = ""  # what it is about when that is no audience: "dog walking"
    pain: str = ""  # the problem, in one sentence of at most 12 of the idea's words
    promises: list[Promise] = field(default_factory=list)
    user_steps: list[str] = field(default_factory=list)  # "snap a photo of your fridge"
    keywords: list[str] = field(default_factory=list)  # content words, most telling first
    brand: str = ""  # "Uber" in "Uber for dog walking": an analogy, never a name
    internal: bool = False
