"""Answers laid out as the client saw the questions: every item type, groups, repeats, enableWhen."""

from assignments.library import EXAMPLES, library_definitions
from clinicians.answers import Notes, answer_at, layout, plain, words

ITEMS = [
    {"linkId": "intro", "type": "display", "text": "Take your time."},
    {
        "linkId": "kind",
        "type": "choice",
        "text": "What kind?",
        "answerOption": [{"code": "work", "display": "Work"}, {"code": "other", "display": "Something else"}],
    },
    {
        "linkId": "kind_other",
        "type": "string",
        "text": "Which kind?",
        "enableWhen": [{"question": "kind", "operator": "=", "answer": "other"}],
    },
    {"linkId": "ok", "type": "boolean", "text": "Feeling OK?"},
    {"linkId": "mood", "type": "integer", "text": "Mood", "minValue": 0, "maxValue": 10},
    {"linkId": "when", "type": "date", "text": "When?"},
    {"linkId": "strengths", "type": "string", "text": "Strengths", "repeats": True},
    {
        "linkId": "you",
        "type": "group",
        "text": "You",
        "item": [{"linkId": "story", "type": "text", "text": "The story"}],
    },
    {
        "linkId": "goals",
        "type": "group",
        "text": "Goals",
        "repeats": True,
        "item": [
            {"linkId": "goal", "type": "string", "text": "Goal"},
            {"linkId": "steps", "type": "string", "text": "Steps", "repeats": True},
        ],
    },
]
ANSWERS = {
    "kind": "work",
    "ok": False,
    "mood": 7,
    "when": "2026-03-04",
    "strengths": ["Kind", "Funny"],
    "story": "I'm too much.",
    "goals": [{"goal": "Speak up", "steps": ["Say one thing"]}, {"goal": "Rest"}],
}


def by_id(nodes):
    found = {}
    for node in nodes:
        found[node.link_id] = node
        found.update(by_id(node.children))
    return found


def test_each_item_type_is_said_in_words():
    nodes = by_id(layout(ITEMS, ANSWERS))

    assert nodes["kind"].values == ["Work"]
    assert nodes["ok"].values == ["No"]
    assert nodes["mood"].values == ["7 out of 10"]
    assert nodes["mood"].scale == (7, 0, 10)
    assert nodes["when"].values == ["4 March 2026"]
    assert nodes["strengths"].values == ["Kind", "Funny"]
    assert nodes["story"].values == ["I'm too much."]


def test_an_item_hidden_by_enable_when_is_marked_not_shown():
    nodes = by_id(layout(ITEMS, ANSWERS))

    assert nodes["kind_other"].shown is False
    assert nodes["kind_other"].values == []
    assert nodes["kind"].shown is True


def test_the_same_item_is_shown_when_its_condition_is_met():
    nodes = by_id(layout(ITEMS, ANSWERS | {"kind": "other", "kind_other": "Family"}))

    assert nodes["kind_other"].shown is True
    assert nodes["kind_other"].values == ["Family"]


def test_a_repeating_group_has_one_instance_per_entry():
    goals = by_id(layout(ITEMS, ANSWERS))["goals"]

    assert len(goals.instances) == 2
    first = {node.link_id: node for node in goals.instances[0]}
    second = {node.link_id: node for node in goals.instances[1]}
    assert first["goal"].values == ["Speak up"]
    assert first["steps"].values == ["Say one thing"]
    assert second["steps"].values == []
    assert first["goal"].in_repeat and not first["goal"].commentable


def test_a_plain_group_lays_its_children_out_in_it():
    you = by_id(layout(ITEMS, ANSWERS))["you"]

    assert [child.link_id for child in you.children] == ["story"]


def test_missing_answers_are_empty_not_errors():
    nodes = by_id(layout(ITEMS, {}))

    assert nodes["kind"].values == []
    assert nodes["goals"].instances == []
    assert layout(ITEMS, None)  # a broken answer map is laid out as unanswered


def test_notes_are_attached_by_link_id():
    notes = Notes(changes={"kind": "other"}, flagged={"story"}, risks={"mood": ["Low mood"]}, comments={"ok": ["c"]})

    nodes = by_id(layout(ITEMS, ANSWERS, notes))

    assert nodes["kind"].changed and nodes["kind"].before == "Something else"
    assert nodes["story"].flagged
    assert nodes["mood"].risks == ["Low mood"]
    assert nodes["ok"].comments == ["c"]


def test_a_group_that_is_hidden_hides_its_children():
    items = [
        {"linkId": "a", "type": "boolean", "text": "A?"},
        {
            "linkId": "g",
            "type": "group",
            "text": "G",
            "enableWhen": [{"question": "a", "operator": "=", "answer": True}],
            "item": [{"linkId": "b", "type": "string", "text": "B"}],
        },
    ]

    nodes = by_id(layout(items, {"a": False}))

    assert nodes["g"].shown is False
    assert nodes["b"].shown is False


def test_plain_text_of_a_repeating_group_summarises_each_entry():
    goals = ITEMS[-1]

    assert plain(goals, ANSWERS["goals"]) == "1. Speak up / Say one thing; 2. Rest"
    assert plain(goals, []) == "No answer"
    assert plain(ITEMS[1], "other") == "Something else"
    assert words(ITEMS[1], "unknown-code") == ["unknown-code"]


def test_answer_at_follows_a_path_into_a_repeating_group():
    item, value = answer_at(ITEMS, ANSWERS, "goals.0.goal")

    assert item["linkId"] == "goal"
    assert value == "Speak up"
    assert answer_at(ITEMS, ANSWERS, "goals.9.goal")[1] is None
    assert answer_at(ITEMS, ANSWERS, "mood") == (ITEMS[4], 7)


def test_every_built_in_template_lays_out_its_own_example():
    for definition in library_definitions():
        nodes = layout(definition["items"], EXAMPLES[definition["slug"]])
        answered = [n for n in by_id(nodes).values() if n.answered]
        assert answered, definition["slug"]
