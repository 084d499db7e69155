"""What the answers-form tests share: a questionnaire with every kind of item (rows, conditions, a section), and
form data posted as a browser posts it."""

from django.http import QueryDict

ITEMS = [
    {"linkId": "intro", "type": "display", "text": "Hello"},
    {"linkId": "name", "type": "string", "text": "Name"},
    {"linkId": "story", "type": "text", "text": "Story"},
    {"linkId": "count", "type": "integer", "text": "How many?", "minValue": 0, "maxValue": 100},
    {"linkId": "mood", "type": "integer", "text": "Mood", "minValue": 0, "maxValue": 10},
    {"linkId": "weight", "type": "decimal", "text": "Weight"},
    {"linkId": "when", "type": "date", "text": "When"},
    {"linkId": "done", "type": "boolean", "text": "Done"},
    {"linkId": "sure", "type": "boolean", "text": "Sure?", "required": True},
    {
        "linkId": "kind",
        "type": "choice",
        "text": "Kind",
        "answerOption": [{"code": "a", "display": "A"}, {"code": "b", "display": "B"}],
    },
    {
        "linkId": "tags",
        "type": "choice",
        "text": "Tags",
        "repeats": True,
        "answerOption": [{"code": c, "display": c.upper()} for c in "xyzuvw"],
    },
    {"linkId": "lines", "type": "string", "text": "Lines", "repeats": True, "maxRepeats": 5},
    {
        "linkId": "why",
        "type": "text",
        "text": "Why?",
        "enableWhen": [{"question": "kind", "operator": "=", "answer": "b"}],
    },
    {
        "linkId": "section",
        "type": "group",
        "text": "A section",
        "item": [{"linkId": "inside", "type": "string", "text": "Inside"}],
    },
    {
        "linkId": "goals",
        "type": "group",
        "text": "Goals",
        "repeats": True,
        "maxRepeats": 3,
        "item": [
            {"linkId": "goal", "type": "string", "text": "Goal", "required": True},
            {"linkId": "steps", "type": "string", "text": "Steps", "repeats": True},
            {
                "linkId": "how_sure",
                "type": "integer",
                "text": "How sure?",
                "minValue": 0,
                "maxValue": 10,
                "enableWhen": [{"question": "goal", "operator": "exists", "answer": True}],
            },
        ],
    },
]


def post(pairs) -> QueryDict:
    data = QueryDict(mutable=True)
    for name, value in pairs:
        data.appendlist(name, value)
    return data
