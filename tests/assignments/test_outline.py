"""The outline beside every preview: each item in words, never the raw logic."""

from assignments.outline import outline

ITEMS = [
    {
        "linkId": "hurt",
        "type": "integer",
        "text": "How much does it hurt?",
        "control": "slider",
        "minValue": 0,
        "maxValue": 10,
        "lowLabel": "not at all",
        "highLabel": "the most I can imagine",
        "required": True,
    },
    {"linkId": "bare", "type": "integer", "text": "How many days?", "minValue": 1, "maxValue": 7},
    {"linkId": "story", "type": "text", "text": "What story do you tell yourself?"},
    {
        "linkId": "why",
        "type": "string",
        "text": "Why?",
        "enableWhen": [{"question": "story", "operator": "exists", "answer": True}],
    },
    {
        "linkId": "mood",
        "type": "choice",
        "text": "Mood",
        "answerOption": [{"code": "low", "display": "Low"}, {"code": "ok", "display": "OK"}],
    },
    {
        "linkId": "more",
        "type": "string",
        "text": "Tell me more",
        "enableBehavior": "any",
        "enableWhen": [
            {"question": "mood", "operator": "=", "answer": "low"},
            {"question": "hurt", "operator": ">", "answer": 7},
        ],
    },
]


def rows():
    return {row["text"]: row for row in outline(ITEMS)}


def test_a_scale_says_what_its_ends_mean():
    assert rows()["How much does it hurt?"]["kind"] == "A scale from 0 (not at all) to 10 (the most I can imagine)"
    assert rows()["How many days?"]["kind"] == "A scale from 1 to 7"


def test_conditions_are_said_of_the_client_in_words():
    assert rows()["Why?"]["when"] == "Shown only if the client answered “What story do you tell yourself?”."
    more = rows()["Tell me more"]["when"]
    assert more.startswith("Shown only if the client answered “Low” to “Mood” or ")
    assert "exists" not in rows()["Why?"]["when"]


def test_needed_items_and_plain_ones_say_so():
    assert rows()["How much does it hurt?"]["required"] is True
    assert rows()["What story do you tell yourself?"] == {
        "text": "What story do you tell yourself?",
        "kind": "A longer answer",
        "depth": 0,
        "required": False,
        "when": "",
    }
