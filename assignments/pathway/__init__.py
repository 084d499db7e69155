"""The rejection-recovery pathway (PRODUCT.md).

    feelings check-in → validity analysis →
        valid and wants to change (for themself) → growth goals → a week on, with the goals under way ↘
        anything else ──────────────────────────────────────────────────────────────────────────────→
    acceptance → self-worth inventory → boundary plan → four questions → feedback request (optional) → finished
    alongside: daily recovery habits for two weeks; PHQ-9 and GAD-7 at the start and every two weeks;
    the connection plan, weekly for six weeks, from the first healing step (acceptance) on either branch.

The growth branch joins the healing steps rather than skipping them: change is
never required, and whoever works on a valid reason still has a loss to
accept, a self-worth to rebuild and, often, distance to keep. The connection
plan starts with the healing steps because withdrawal and isolation follow
rejection on every branch.

When a step is submitted the pathway proposes the next one; the clinician
confirms it, or it is sent at once where the clinician allowed that.

Safety rules (also in docs/SAFETY.md):

- Asking for feedback follows the four questions only where the latest validity
  analysis says asking would be safe. "They have blocked me", "they asked me not
  to contact them" or "contact with them is harmful to me": it is not proposed,
  and the client is told why, kindly, in the exercise as they answer and on the
  page after they send it. "I'm not sure", or no answer: it is proposed for the
  clinician to decide and never sent by itself.
- It is never proposed while the latest boundary plan chose no contact (its
  ``contact`` choice, or "no contact" written in its limits).
- While any risk alert for the client is unacknowledged, nothing is sent by
  itself: the proposal waits, its reason says why, and the clinician can still
  send it by hand. Later steps are sent by themselves again once every alert is
  acknowledged; the ones held stay for the clinician to send or dismiss.
- A resubmitted step (a revised verdict) withdraws what no longer follows from
  it: a proposal not yet sent is dismissed; a step sent by itself that nobody has
  begun (no draft, no answer, no comment) is cancelled and its proposal dismissed;
  a step the client has begun is left as it is. A revised validity analysis or
  boundary plan that closes asking for feedback withdraws a feedback request the
  same way. The connection plan fits every branch and is never withdrawn.

Its rules (which step follows which, the feedback gate, what the client is told) are
in steps.py, without the database; enrolling, proposing, sending and withdrawing are
in proposals.py. Both are importable from here.
"""

from assignments.pathway.proposals import (
    Outcome,
    pathway_after_submit,
    pathway_already_open,
    pathway_proposal_confirm,
    pathway_proposal_dismiss,
    pathway_start,
)
from assignments.pathway.steps import (
    CLIENT_NOTES,
    CONNECTION,
    CONNECTION_WEEKS,
    DAYS_BETWEEN_STEPS,
    FEEDBACK,
    FEEDBACK_SAFE,
    FEEDBACK_UNANSWERED,
    FEEDBACK_UNSURE,
    FIRST_HEALING_STEP,
    FOLLOWING,
    GATE_STEPS,
    GOALS_UNDER_WAY_DAYS,
    HABIT_DAYS,
    HEALING,
    HELD_FOR_ALERT,
    MEASURE_EVERY_DAYS,
    MEASURE_TIMES,
    MEASURES,
    NO_CONTACT_WORDS,
    NOT_SAFE_TO_ASK,
    PATHWAY,
    FeedbackGate,
    Step,
    chose_no_contact,
    client_note,
    feedback_gate,
    next_step,
)

__all__ = [
    "CLIENT_NOTES",
    "CONNECTION",
    "CONNECTION_WEEKS",
    "DAYS_BETWEEN_STEPS",
    "FEEDBACK",
    "FEEDBACK_SAFE",
    "FEEDBACK_UNANSWERED",
    "FEEDBACK_UNSURE",
    "FIRST_HEALING_STEP",
    "FOLLOWING",
    "GATE_STEPS",
    "GOALS_UNDER_WAY_DAYS",
    "HABIT_DAYS",
    "HEALING",
    "HELD_FOR_ALERT",
    "MEASURES",
    "MEASURE_EVERY_DAYS",
    "MEASURE_TIMES",
    "NOT_SAFE_TO_ASK",
    "NO_CONTACT_WORDS",
    "PATHWAY",
    "FeedbackGate",
    "Outcome",
    "Step",
    "chose_no_contact",
    "client_note",
    "feedback_gate",
    "next_step",
    "pathway_after_submit",
    "pathway_already_open",
    "pathway_proposal_confirm",
    "pathway_proposal_dismiss",
    "pathway_start",
]
