"""The builder's changes to the item tree (assignments.builder), each checked against the engine's own validation:
every tree a change returns is one the engine accepts, and a change it refuses says why in words."""

import pytest

from assignments import builder
from assignments.questionnaire import StructureError, validate_version


def _form(kind="text", text="What went well?", **fields) -> dict:
    data = {"kind": kind, "text": text, "help_text": "", "required": False, "option_list": [], "low": 0, "high": 10}
    return data | fields


def _tree() -> list[dict]:
    items: list[dict] = []
    for data in (
        _form("boolean", "Did someone help?"),
        _form("rows", "People who helped"),
        _form("choice", "How did it feel?", option_list=["Good", "Mixed", "Hard"]),
    ):
        items = builder.add(items, builder.new_item(data, items))
    return items


def _ids(items, depth=False):
    return (
        [item["linkId"] for item in items] if not depth else [[c["linkId"] for c in i.get("item", [])] for i in items]
    )


def test_every_kind_the_builder_offers_makes_an_item_the_engine_accepts():
    items: list[dict] = []
    for kind in builder.KINDS:
        options = ["One", "Two"] if kind in ("choice", "choices") else []
        items = builder.add(items, builder.new_item(_form(kind, f"A {kind} item", option_list=options), items))
    validate_version(items)
    assert [builder.kind_of(item) for item in items] == list(builder.KINDS)
    rows = items[-1]
    assert rows["repeats"] is True and rows["item"][0]["text"] == builder.FIRST_IN_GROUP


def test_items_go_into_a_group_move_within_it_and_come_out_after_it():
    items = _tree()
    group = items[1]["linkId"]
    items = builder.add(items, builder.new_item(_form("string", "Their name", required=True), items), into=group)
    items = builder.move(items, "how_did_it_feel", "up")
    assert _ids(items) == ["did_someone_help", "how_did_it_feel", "people_who_helped"]
    items = builder.move(items, "how_did_it_feel", "down")
    items = builder.move(items, "how_did_it_feel", "in")  # into the group just above it
    assert _ids(items)[-1] == group and _ids(items[1]["item"])[-1] == "how_did_it_feel"
    items = builder.move(items, "how_did_it_feel", "out")
    assert _ids(items) == ["did_someone_help", "people_who_helped", "how_did_it_feel"]
    placeholder = items[1]["item"][0]["linkId"]
    items = builder.move(items, placeholder, "remove")
    assert _ids(items[1]["item"]) == ["their_name"]
    validate_version(items)
    with pytest.raises(builder.Refused, match="A group needs at least one item"):
        builder.move(items, "their_name", "remove")
    with pytest.raises(builder.Refused, match="no longer in the draft"):
        builder.move(items, "gone", "up")


def test_a_dragged_item_goes_before_another_or_into_a_group_and_never_into_itself():
    items = _tree()
    items = builder.move_to(items, "how_did_it_feel", before="did_someone_help")
    assert _ids(items) == ["how_did_it_feel", "did_someone_help", "people_who_helped"]
    items = builder.move_to(items, "did_someone_help", into="people_who_helped")
    assert _ids(items) == ["how_did_it_feel", "people_who_helped"] and len(items[1]["item"]) == 2
    with pytest.raises(builder.Refused, match="inside itself"):
        builder.move_to(items, "people_who_helped", before="did_someone_help")
    validate_version(items)


def test_changing_an_item_keeps_its_id_kind_and_the_codes_of_options_whose_words_stay():
    items = _tree()
    before = {o["display"]: o["code"] for o in items[2]["answerOption"]}
    changed = builder.change(
        items, "how_did_it_feel", _form("choice", "How did it feel, mostly?", option_list=["Hard", "Good", "Numb"])
    )
    item = changed[2]
    assert item["linkId"] == "how_did_it_feel" and item["text"] == "How did it feel, mostly?"
    assert [o["display"] for o in item["answerOption"]] == ["Hard", "Good", "Numb"]
    assert item["answerOption"][0]["code"] == before["Hard"] and item["answerOption"][1]["code"] == before["Good"]
    assert item["answerOption"][2]["code"] not in before.values()
    assert items[2]["text"] == "How did it feel?"  # the draft's own tree is never changed in place
    with pytest.raises(builder.Refused, match="keeps its kind"):
        builder.change(items, "how_did_it_feel", _form("text", "Now a text"))


def test_conditions_add_up_with_all_or_any_and_come_off_one_at_a_time():
    items = builder.add(_tree(), builder.new_item(_form("text", "Tell me more"), _tree()))
    yes = {"when_question": "did_someone_help", "when_operator": "=", "when_answer": "yes"}
    hard = {"when_question": "how_did_it_feel", "when_operator": "=", "when_answer": "Hard", "when_behavior": "any"}
    items = builder.add_condition(items, "tell_me_more", yes)
    items = builder.add_condition(items, "tell_me_more", hard)
    item = items[-1]
    assert item["enableWhen"] == [
        {"question": "did_someone_help", "operator": "=", "answer": True},
        {"question": "how_did_it_feel", "operator": "=", "answer": "hard"},
    ]
    assert item["enableBehavior"] == "any"
    validate_version(items)
    with pytest.raises(builder.Refused, match="already has that condition"):
        builder.add_condition(items, "tell_me_more", yes)
    items = builder.set_behavior(items, "tell_me_more", "all")
    items = builder.drop_condition(items, "tell_me_more", 0)
    assert items[-1]["enableWhen"] == [{"question": "how_did_it_feel", "operator": "=", "answer": "hard"}]
    items = builder.drop_condition(items, "tell_me_more")
    assert "enableWhen" not in items[-1] and "enableBehavior" not in items[-1]


def test_a_condition_may_only_read_a_question_asked_before_it_and_outside_other_repeating_groups():
    items = _tree()
    group = items[1]["linkId"]
    items = builder.add(items, builder.new_item(_form("string", "Their name"), items), into=group)
    items = builder.add(items, builder.new_item(_form("boolean", "Family?"), items), into=group)
    inside = [q["linkId"] for q in builder.askable_before(items, "family")]
    assert inside == ["did_someone_help", "their_name"]  # its own row's earlier answers, and those above
    after = [q["linkId"] for q in builder.askable_before(items, "how_did_it_feel")]
    assert after == ["did_someone_help"]  # never an answer inside a repeating group it is not in
    with pytest.raises(builder.Refused, match="asked before"):
        builder.add_condition(items, "did_someone_help", {"when_question": "how_did_it_feel", "when_operator": "="})


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"rule_question": "nope"}, "Choose the question"),
        ({"rule_operator": ">="}, "at least or at most only for numbers"),
        ({"rule_level": "urgent-ish"}, "how urgent"),
        ({"rule_reason": "  "}, "why this answer needs"),
        ({"rule_answer": "Sideways"}, "is not one of the options"),
    ],
)
def test_a_risk_rule_that_cannot_be_read_is_refused_in_words(fields, message):
    rule = {
        "rule_question": "how_did_it_feel",
        "rule_operator": "=",
        "rule_answer": "Hard",
        "rule_level": "high",
        "rule_reason": "They found it hard.",
    }
    with pytest.raises(builder.Refused, match=message):
        builder.add_rule(_tree(), [], rule | fields)


def test_a_risk_rule_reads_the_answer_as_stored_and_the_engine_accepts_it():
    items = builder.add(_tree(), builder.new_item(_form("scale", "How unsafe do you feel?", low=0, high=10), _tree()))
    rules = builder.add_rule(
        items,
        [],
        {
            "rule_question": "how_unsafe_do_you_feel",
            "rule_operator": ">=",
            "rule_answer": "7",
            "rule_level": "imminent",
            "rule_reason": "  Feels   very unsafe. ",
        },
    )
    assert rules == [
        {"question": "how_unsafe_do_you_feel", "operator": ">=", "answer": 7, "reason": "Feels very unsafe.",
         "level": "imminent"}
    ]  # fmt: skip
    validate_version(items, None, rules)
    with pytest.raises(builder.Refused, match="already a rule"):
        again = {"rule_question": "how_unsafe_do_you_feel", "rule_operator": ">=", "rule_answer": "7"}
        builder.add_rule(items, rules, again | {"rule_level": "imminent", "rule_reason": "Said again."})
    assert [q["linkId"] for q in builder.rule_questions(items)] == [
        "did_someone_help", "how_did_it_feel", "how_unsafe_do_you_feel"
    ]  # fmt: skip


@pytest.mark.parametrize("typed", ["nan", "inf", "seven", ""])
def test_a_number_that_is_not_one_is_refused(typed):
    items = builder.add([], builder.new_item(_form("integer", "How many?"), []))
    with pytest.raises(builder.Refused, match="answered with a number"):
        builder.answer_from_words(items[0], {"when_answer": typed})


def test_a_scales_ends_are_said_in_words_and_only_a_bounded_number_has_them():
    form = _form("scale", "How hopeful are you?", low=0, high=10, low_label=" Not at all ", high_label="Very")
    item = builder.new_item(form, [])
    assert (item["lowLabel"], item["highLabel"]) == ("Not at all", "Very")
    validate_version([item])
    assert builder.item_form_data([item], item["linkId"])["low_label"] == "Not at all"
    unbounded = {"linkId": "n", "type": "integer", "text": "How many?", "lowLabel": "None"}
    with pytest.raises(StructureError, match="words for a scale's ends need"):
        validate_version([unbounded])
    with pytest.raises(StructureError, match="1–60 characters"):
        validate_version([{**item, "highLabel": "x" * 61}])
    cleared = builder.change([item], item["linkId"], form | {"low_label": "", "high_label": ""})
    assert "lowLabel" not in cleared[0] and "highLabel" not in cleared[0]


def test_the_client_and_the_clinician_read_what_the_ends_mean():
    from django.template.loader import render_to_string

    from clients.answers.build import build
    from clinicians.answers import _word

    form = _form("scale", "How hopeful are you?", low=0, high=10, low_label="Not at all", high_label="Very")
    item = builder.new_item(form, [])
    page = "".join(render_to_string("clients/includes/item.html", {"node": node}) for node in build([item], {}).nodes)
    assert "0 · Not at all" in page and "Very · 10" in page
    assert '<span class="visually-hidden">, Not at all</span>' in page  # heard on the first step, not only seen
    assert _word(item, 8) == "8 out of 10 (0 Not at all, 10 Very)"


@pytest.mark.parametrize("kind", ["choice", "choices"])
def test_other_is_an_option_with_a_box_shown_only_when_it_is_chosen(kind):
    from assignments.questionnaire import check_answers

    items = builder.add([], builder.new_item(_form(kind, "Who helped?", option_list=["A friend", "Family"]), []))
    items = builder.with_other(items, "who_helped")
    validate_version(items)
    choice, box = items
    assert [o["display"] for o in choice["answerOption"]] == ["A friend", "Family", "Other"]
    assert box["enableWhen"] == [{"question": "who_helped", "operator": "=", "answer": "other"}]
    chosen = ["other"] if kind == "choices" else "other"
    kept = check_answers(items, {"who_helped": chosen, "who_helped_other": "My neighbour"}, complete=True)
    assert kept.answers["who_helped_other"] == "My neighbour"
    friend = ["a-friend"] if kind == "choices" else "a-friend"
    dropped = check_answers(items, {"who_helped": friend, "who_helped_other": "typed, then changed"}, complete=True)
    assert "who_helped_other" not in dropped.answers  # not chosen: its box is not kept


def test_limits_on_numbers_and_answers_are_set_changed_and_taken_off():
    number = builder.new_item(_form("integer", "How many hours?", lowest=0, highest=24), [])
    text = builder.new_item(_form("string", "One word", max_length=30), [number])
    items = [number, text]
    validate_version(items)
    assert (number["minValue"], number["maxValue"], text["maxLength"]) == (0, 24, 30)
    assert builder.kind_of(number) == "integer"  # bounded, but not a scale: it is typed, not tapped
    assert builder.item_form_data(items, "how_many_hours")["highest"] == 24
    items = builder.change(items, "how_many_hours", _form("integer", "How many hours?", lowest=None, highest=None))
    items = builder.change(items, "one_word", _form("string", "One word", max_length=None))
    assert "minValue" not in items[0] and "maxValue" not in items[0] and "maxLength" not in items[1]
