"""An exercise in words for a clinician: each item, what kind of answer it takes, whether it is needed and when
it is shown, beside a preview of the client's own form. Never the raw logic ("self_story exists True")."""

from assignments.questionnaire import walk
from clients.answers.display import condition_words

KIND_WORDS = {
    "display": "Text to read",
    "group": "A group of questions",
    "string": "A short answer",
    "text": "A longer answer",
    "choice": "A choice",
    "boolean": "Yes or no",
    "integer": "A whole number",
    "decimal": "A number",
    "date": "A date",
}


def outline(items: list[dict], depth: int = 0) -> list[dict]:
    """Each item in words for the clinician beside the preview: what it asks, what kind of answer, whether it is
    needed, and when it is shown ("Only needed if …"), never the raw logic."""
    index = {item["linkId"]: item for item, _ in walk(items)}
    rows = []
    for item, parents in walk(items):
        kind = KIND_WORDS.get(item.get("type"), "An answer")
        if item.get("repeats"):
            kind = "A list of answers" if item.get("type") != "group" else "A group filled in as often as needed"
        if item.get("type") == "choice":
            count = len(item.get("answerOption") or [])
            kind = f"{'Any' if item.get('repeats') else 'One'} of {count} options"
        bounded = item.get("type") == "integer" and "minValue" in item and "maxValue" in item
        if item.get("control") == "slider" or bounded:
            kind = f"A scale from {_end(item, 'minValue', 'lowLabel')} to {_end(item, 'maxValue', 'highLabel')}"
        conditions = [
            for_clinicians(condition_words(index[c["question"]], c))
            for c in item.get("enableWhen") or []
            if c["question"] in index
        ]
        joiner = " or " if item.get("enableBehavior") == "any" else " and "
        rows.append(
            {
                "text": item.get("text") or "",
                "kind": kind,
                "depth": len(parents),
                "required": bool(item.get("required")),
                "when": f"Shown only if {joiner.join(conditions)}." if conditions else "",
            }
        )
    return rows


def for_clinicians(words: str) -> str:
    """A condition as the client reads it ("you answered …"), said of the client."""
    return "the client " + words[len("you ") :] if words.startswith("you ") else words


def _end(item: dict, value: str, label: str) -> str:
    """One end of a scale with what it means: "0 (not at all)"."""
    words = (item.get(label) or "").strip()
    return f"{item.get(value)} ({words})" if words else str(item.get(value))
