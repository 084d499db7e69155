"""What the pathway-safety tests share: a validity analysis answered a chosen way, the two boundary plans, and
the proposals and assignments the pathway made."""

from assignments.models import Assignment, PathwayProposal
from assignments.pathway import CONNECTION
from tests.assignments.library_samples import COMPLETE_SAMPLES

VALIDITY = {
    k: v for k, v in COMPLETE_SAMPLES["validity-analysis"].items() if k not in ("wants_to_change", "safe_to_ask")
}
NO_CONTACT_BOUNDARY = COMPLETE_SAMPLES["boundary-plan"]  # "contact": "no_contact"
LESS_CONTACT_BOUNDARY = NO_CONTACT_BOUNDARY | {"contact": "less", "limits": ["Mute their accounts", "Stop checking"]}


def validity(verdict="not_valid", wants=None, safe="yes") -> dict:
    answers = VALIDITY | {"verdict": verdict}
    if wants:
        answers["wants_to_change"] = wants
    if safe:
        answers["safe_to_ask"] = safe
    return answers


def main_proposal(after) -> PathwayProposal:
    return PathwayProposal.objects.exclude(step=CONNECTION.template_slug).get(after=after)


def sent(slug) -> list[Assignment]:
    return list(Assignment.objects.filter(pathway_step=slug).order_by("due_at", "pk"))
