"""Which step follows which, and when asking for feedback is left out: the pathway's rules, with no database."""

import re
from collections.abc import Mapping
from dataclasses import dataclass

PATHWAY = "rejection-recovery"
DAYS_BETWEEN_STEPS = 3
GOALS_UNDER_WAY_DAYS = 7  # growth goals live for weeks: the healing steps start once the first steps are taken
MEASURE_EVERY_DAYS = 14
MEASURE_TIMES = 7  # at the start and every two weeks for twelve weeks
HABIT_DAYS = 14
CONNECTION_WEEKS = 6
MEASURES = ("phq-9", "gad-7")
FEEDBACK = "feedback-request"
FIRST_HEALING_STEP = "acceptance"
# The earlier steps whose answers decide whether asking for feedback is ever suggested.
GATE_STEPS = ("validity-analysis", "boundary-plan")
NOT_SAFE_TO_ASK = ("blocked", "asked_no_contact", "harmful")
HELD_FOR_ALERT = "Not sent by itself: a risk alert for this client is open."
# "no contact", "no-contact", "zero contact", "not to contact" in a boundary plan's own words.
NO_CONTACT_WORDS = re.compile(r"\b(?:no|zero|not)[\s-]+(?:to[\s-]+)?contact", re.IGNORECASE)

# What the client reads after sending (clients/done.html) when asking for feedback is left out or waits.
CLIENT_NOTES = {
    "blocked": (
        "You said they have blocked you, so asking them for feedback isn't one of your next steps. Being blocked "
        "hurts, and it was their choice, not a verdict on you. You don't need their view to move on."
    ),
    "asked_no_contact": (
        "You said they asked not to be contacted, so asking them for feedback isn't one of your next steps. "
        "Respecting that takes strength, and you don't need their view to move on."
    ),
    "harmful": (
        "You said contact with them is harmful to you, so asking them for feedback isn't one of your next steps. "
        "Keeping yourself safe comes first, and you don't need their view to move on."
    ),
    "no_contact_boundary": (
        "Your boundary plan keeps contact with them closed for now, so asking them for feedback isn't one of your "
        "next steps. Holding that boundary is a way of looking after yourself."
    ),
    "unsure": (
        "You weren't sure whether asking them would be safe, so nothing about it will be suggested until you and "
        "your clinician have talked it over. You can always decide not to ask."
    ),
}


@dataclass(frozen=True)
class Step:
    template_slug: str
    reason: str
    auto_send: bool = True  # False: it waits for the clinician even where the pathway may send steps by itself
    days: int = DAYS_BETWEEN_STEPS  # from the submission to the evening it is due
    recurrence: str = "none"
    occurrences: int = 1


@dataclass(frozen=True)
class FeedbackGate:
    step: Step | None  # None: asking for feedback is not proposed
    client_note: str = ""


HEALING = Step(
    "acceptance", "The reason did not call for change, so the healing steps come next, starting with acceptance."
)
CONNECTION = Step(
    "connection-plan",
    "Alongside the healing steps, every week: a check-in with someone and a date with oneself.",
    days=7,
    recurrence="weekly",
    occurrences=CONNECTION_WEEKS,
)
FEEDBACK_SAFE = Step(
    FEEDBACK, "Optional: ask for feedback, as learning for the future. The client said asking would be safe."
)
FEEDBACK_UNSURE = Step(
    FEEDBACK,
    "Optional: ask for feedback. The client was unsure whether asking would be safe, so this waits for you.",
    auto_send=False,
)
FEEDBACK_UNANSWERED = Step(
    FEEDBACK,
    "Optional: ask for feedback. The client has not said whether asking would be safe, so this waits for you.",
    auto_send=False,
)
FOLLOWING: dict[str, Step | None] = {
    "feelings-check-in": Step(
        "validity-analysis", "With the feelings named, look at whether the reason holds any truth."
    ),
    "growth-goals": Step(
        "acceptance",
        "With the goals under way, the healing steps follow alongside them, starting with acceptance.",
        days=GOALS_UNDER_WAY_DAYS,
    ),
    "acceptance": Step("self-worth-inventory", "Next in the healing steps: what stays true about you."),
    "self-worth-inventory": Step("boundary-plan", "Next in the healing steps: the distance that helps you heal."),
    "boundary-plan": Step(
        "four-questions", "Next, the four questions: the other person at their true size, and yourself more kindly."
    ),
    FEEDBACK: None,
}


def chose_no_contact(boundary_plan: Mapping) -> bool:
    """Whether a boundary plan's answers keep contact with the other person closed."""
    if boundary_plan.get("contact") == "no_contact":
        return True
    limits = boundary_plan.get("limits") or []
    return any(isinstance(limit, str) and NO_CONTACT_WORDS.search(limit) for limit in limits)


def feedback_gate(earlier: Mapping[str, Mapping]) -> FeedbackGate:
    """Whether asking for feedback follows the four questions, given the latest validity analysis and boundary plan."""
    safe = (earlier.get("validity-analysis") or {}).get("safe_to_ask")
    if safe in NOT_SAFE_TO_ASK:
        return FeedbackGate(None, CLIENT_NOTES[safe])
    if chose_no_contact(earlier.get("boundary-plan") or {}):
        return FeedbackGate(None, CLIENT_NOTES["no_contact_boundary"])
    if safe == "yes":
        return FeedbackGate(FEEDBACK_SAFE)
    if safe == "unsure":
        return FeedbackGate(FEEDBACK_UNSURE, CLIENT_NOTES["unsure"])
    return FeedbackGate(FEEDBACK_UNANSWERED)  # never assumed safe


def next_step(template_slug: str, answers: dict, earlier: Mapping[str, Mapping] | None = None) -> Step | None:
    """The step that follows a submitted one, or None when that branch is finished.

    ``earlier``: the latest answers to the steps in ``GATE_STEPS``, which decide
    what follows the four questions.
    """
    if template_slug == "validity-analysis":
        if answers.get("verdict") == "valid" and answers.get("wants_to_change") == "yes":
            return Step("growth-goals", "The reason seemed valid and the client wants to change, for themself.")
        return HEALING
    if template_slug in MEASURES:
        return Step(template_slug, "The measure recurs every two weeks.")
    if template_slug == "four-questions":
        return feedback_gate(earlier or {}).step
    return FOLLOWING.get(template_slug)


def client_note(template_slug: str, answers: dict, earlier: Mapping[str, Mapping]) -> str:
    """What to tell the client after sending this step, if asking for feedback was left out or waits."""
    if template_slug == "validity-analysis":
        safe = answers.get("safe_to_ask")
        return CLIENT_NOTES[safe] if safe in (*NOT_SAFE_TO_ASK, "unsure") else ""
    if template_slug == "boundary-plan":
        return CLIENT_NOTES["no_contact_boundary"] if chose_no_contact(answers) else ""
    if template_slug == "four-questions":
        return feedback_gate(earlier).client_note
    return ""
