"""The Brief: every word a prototype shows, as one validated structure.

The Brief is saved in the prototype's ``protogen.json`` and is the single source of
truth: re-rendering a page needs only the Brief, never the writer. Its JSON schema is
also what an LLM writer is asked to fill, so field descriptions are written for both a
reader of the code and a model.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from protogen.knobs import TONES  # noqa: F401 - re-exported for schema users

Short = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=120)]
Sentence = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=600)]
Para = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2000)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Feature(_Strict):
    title: Short = Field(description="A 2-6 word feature name.")
    text: Sentence = Field(description="One sentence on what it does for the user.")


class Step(_Strict):
    title: Short = Field(description="A short step name.")
    text: Sentence = Field(description="One sentence describing the step.")


class Persona(_Strict):
    name: Short = Field(description="A first name for the example user.")
    role: Short = Field(description="Who they are, e.g. 'engineering manager at a remote startup'.")
    context: Sentence = Field(description="Their situation, in one or two sentences.")
    goal: Sentence = Field(description="What they want to get done.")
    frustration: Sentence = Field(description="What gets in their way today.")


class UserStory(_Strict):
    as_a: Short = Field(description="The kind of user.")
    i_want: Sentence = Field(description="What they want to do.")
    so_that: Sentence = Field(description="The benefit they get.")


class Scene(_Strict):
    title: Short = Field(description="A short scene title.")
    caption: Sentence = Field(description="What happens in this storyboard panel.")


class FAQ(_Strict):
    question: Sentence
    answer: Para


class MockQuote(_Strict):
    quote: Sentence = Field(description="An illustrative quote; it is shown labelled as a mock.")
    attribution: Short = Field(description="A role, never a real person's or company's name.")


class Metric(_Strict):
    label: Short = Field(description="What is counted, e.g. 'Active this week'.")
    value: Short = Field(description="A sample value, e.g. '12' or '86%'.")


class SampleItem(_Strict):
    title: Short = Field(description="The row's main text (a sample record of the product).")
    detail: Sentence = Field(description="One line about it.")
    status: Short = Field(description="A short status, e.g. 'On track'.")
    value: Short = Field(description="A short figure, e.g. '12-day streak'.")


class CoreScreen(_Strict):
    """The app template's main screen: the product's core flow, mocked with sample data."""

    kind: Literal["dashboard", "list", "detail"] = Field(
        description="dashboard (numbers over time), list (things to browse or pick) or "
        "detail (one thing in depth): whichever fits the product's main flow."
    )
    title: Short = Field(description="The screen's heading.")
    intro: Sentence = Field(description="One line on what the user does here.")
    action: Short = Field(description="The main action's button label, 2-4 words.")
    metrics: list[Metric] = Field(max_length=4, description="Up to 4 sample figures.")
    items: list[SampleItem] = Field(min_length=3, max_length=8, description="Sample rows.")


class Labels(_Strict):
    """The page's fixed words (headings, form messages), in the copy's language."""

    skip_link: Short = Field(description="'Skip to content' link text.")
    problem_heading: Short
    features_heading: Short
    steps_heading: Short
    quote_heading: Short
    mock_badge: Short = Field(description="Badge that marks placeholder social proof as a mock.")
    faq_heading: Short
    email_label: Short
    email_invalid: Sentence = Field(description="Shown when the email address is not valid.")
    thanks: Sentence = Field(description="Shown after a successful signup.")
    already: Sentence = Field(description="Shown when that email already signed up.")
    stored_locally: Sentence = Field(description="Says signups stay in this browser (a mock).")
    idea_heading: Short = Field(description="Heading of the section quoting the original idea.")
    footer: Sentence = Field(description="Footer line saying this is a prototype.")
    sample_badge: Short = Field(description="Badge marking made-up sample data.")
    nav_home: Short = Field(description="Navigation link to the home page.")


class Brief(_Strict):
    """All copy for one prototype plus the knobs it was written with."""

    lang: Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$")] = Field(
        description="BCP 47 language of the copy, e.g. 'en' or 'es'."
    )
    name: Short = Field(description="The product name: short, memorable, no trademarks.")
    tagline: Short = Field(description="The headline: the promise in under 12 words.")
    subhead: Sentence = Field(description="One or two sentences expanding the headline.")
    problem: Para = Field(description="The problem, concretely, as the audience feels it.")
    audience: Short = Field(description="Who it is for, in a few words.")
    persona: Persona
    features: list[Feature] = Field(min_length=3, max_length=6)
    steps: list[Step] = Field(min_length=3, max_length=5, description="How it works, in order.")
    cta: Short = Field(description="The call-to-action button label, 2-4 words.")
    signup_title: Short = Field(description="The heading of the waitlist section.")
    signup_text: Sentence = Field(description="Why to join the waitlist, in one sentence.")
    mock_quote: MockQuote
    faq: list[FAQ] = Field(min_length=2, max_length=6)
    user_stories: list[UserStory] = Field(min_length=3, max_length=6)
    scenes: list[Scene] = Field(min_length=4, max_length=6, description="Storyboard panels.")
    assumptions: list[Sentence] = Field(min_length=2, max_length=6)
    open_questions: list[Sentence] = Field(min_length=2, max_length=6)
    success_metric: Sentence = Field(description="The one number that says the idea works.")
    core_screen: CoreScreen
    labels: Labels
    tone: str = Field(default="friendly", description="The voice of the copy.")


def validate_brief(data: dict) -> dict:
    """Validate ``data`` against the Brief model and return it as plain data."""
    return Brief.model_validate(data).model_dump(mode="json")
