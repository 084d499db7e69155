"""The answers form: every built-in template renders, posts back to the same answers, and no
form data, however odd, makes the parser raise or invent a question."""

import json
from html.parser import HTMLParser

import pytest
from django.http import QueryDict
from django.template.loader import render_to_string
from hypothesis import given, settings
from hypothesis import strategies as st

from assignments.library import EXAMPLES
from assignments.questionnaire import check_answers, index
from clients.answers.build import build
from clients.answers.merge import differences, merge
from clients.answers.parse import compact, parse
from clients.answers.paths import level_items, remove_row, repeat_exists

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


# --- Parsing ----------------------------------------------------------------------------


def test_it_reads_every_kind_of_answer():
    data = post(
        [
            ("a:name", "Alex"),
            ("a:story", "Line one\nline two "),
            ("a:count", "7"),
            ("a:mood", "3"),
            ("a:weight", "70.5"),
            ("a:when", "2026-04-01"),
            ("a:done", "false"),
            ("a:done", "true"),
            ("a:sure", "false"),
            ("a:kind", "b"),
            ("a:tags", "x"),
            ("a:tags", "z"),
            ("a:lines/0", "first"),
            ("a:lines/1", "second"),
            ("a:why", "Because"),
            ("a:inside", "In the section"),
            ("a:goals/0/goal", "Speak up"),
            ("a:goals/0/steps/0", "Prepare"),
            ("a:goals/0/how_sure", "6"),
            ("a:goals/1/goal", "Rest"),
        ]
    )

    assert compact(parse(ITEMS, data)) == {
        "name": "Alex",
        "story": "Line one\nline two ",
        "count": 7,
        "mood": 3,
        "weight": 70.5,
        "when": "2026-04-01",
        "done": True,
        "sure": False,
        "kind": "b",
        "tags": ["x", "z"],
        "lines": ["first", "second"],
        "why": "Because",
        "inside": "In the section",
        "goals": [{"goal": "Speak up", "steps": ["Prepare"], "how_sure": 6}, {"goal": "Rest"}],
    }


def test_half_typed_values_are_kept_as_typed():
    data = post([("a:count", "7,"), ("a:weight", "70."), ("a:when", "2026-13"), ("a:name", "  Al ")])

    assert compact(parse(ITEMS, data)) == {"count": "7,", "weight": "70.", "when": "2026-13", "name": "  Al "}


def test_blank_fields_and_empty_rows_are_left_out():
    data = post(
        [
            ("a:name", ""),
            ("a:story", "   "),
            ("a:done", "false"),
            ("a:lines/0", ""),
            ("a:lines/1", "kept"),
            ("a:lines/2", ""),
            ("a:goals/0/goal", ""),
            ("a:goals/0/steps/0", ""),
            ("a:goals/1/goal", "Second"),
        ]
    )

    assert compact(parse(ITEMS, data)) == {"done": False, "lines": ["kept"], "goals": [{"goal": "Second"}]}


def test_rows_are_read_in_number_order_whatever_the_post_order():
    data = post([("a:lines/10", "ten"), ("a:lines/2", "two"), ("a:lines/07", "seven")])

    assert parse(ITEMS, data)["lines"] == ["two", "seven", "ten"]


@pytest.mark.parametrize(
    "pairs",
    [
        [("a:nope", "x"), ("nope", "y"), ("a:", "z"), ("a:goals/0/nope", "q")],
        [("a:lines/-1", "x"), ("a:lines/1e3", "x"), ("a:lines/9999", "x"), ("a:lines/", "x"), ("a:lines/x", "x")],
        [("a:kind", "not-an-option"), ("a:tags", "x"), ("a:tags", "x"), ("a:tags", "nope")],
        [("a:done", "maybe"), ("a:sure", "TRUE")],
        [("a:name", "nul\x00byte"), ("a:goals/0/goal", "\x00")],
        [("a:goals/0", "flat"), ("a:goals/0/goal/1", "deeper"), ("a:inside/0", "row of a single")],
    ],
)
def test_hostile_form_data_never_adds_questions_or_raises(pairs):
    answers = compact(parse(ITEMS, post(pairs)))

    known = index(ITEMS)
    assert set(answers) <= set(known)
    assert "\x00" not in json.dumps(answers)
    assert answers.get("tags", []) in ([], ["x"])
    assert "kind" not in answers or answers["kind"] == "not-an-option"  # kept as typed; the engine refuses it
    assert "done" not in answers and "sure" not in answers
    check_answers(ITEMS, answers, complete=True)  # the engine copes with whatever was kept


def test_a_huge_number_of_rows_is_cut_at_the_engines_ceiling():
    data = post([(f"a:lines/{n}", f"line {n}") for n in range(500)])

    assert len(parse(ITEMS, data)["lines"]) == 100


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.one_of(
                st.sampled_from(["a:name", "a:count", "a:tags", "a:lines/0", "a:goals/0/goal", "a:goals/1/steps/3"]),
                st.text(max_size=30).map(lambda s: "a:" + s),
                st.text(max_size=30),
            ),
            st.text(max_size=50),
        ),
        max_size=40,
    )
)
def test_any_form_data_parses_to_answers_of_known_questions(pairs):
    answers = compact(parse(ITEMS, post(pairs)))

    assert set(answers) <= set(index(ITEMS))
    json.dumps(answers)
    check_answers(ITEMS, answers, complete=False)


def test_a_plain_dict_works_as_form_data_too():
    assert compact(parse(ITEMS, {"a:name": "Sam", "a:tags": ["x", "y"]})) == {"name": "Sam", "tags": ["x", "y"]}


# --- Rows -------------------------------------------------------------------------------


def test_a_row_is_removed_by_its_posted_number():
    data = post([("a:goals/0/goal", "One"), ("a:goals/1/goal", ""), ("a:goals/2/goal", "Three")])
    parsed = parse(ITEMS, data)

    assert remove_row(ITEMS, parsed, "goals/2")
    assert compact(parsed) == {"goals": [{"goal": "One"}]}


def test_a_nested_row_is_removed():
    data = post([("a:goals/0/goal", "One"), ("a:goals/0/steps/0", "a"), ("a:goals/0/steps/1", "b")])
    parsed = parse(ITEMS, data)

    assert remove_row(ITEMS, parsed, "goals/0/steps/0")
    assert compact(parsed) == {"goals": [{"goal": "One", "steps": ["b"]}]}


@pytest.mark.parametrize("path", ["", "goals", "goals/x", "goals/7", "name/0", "nope/0", "goals/0/goal/0", "/0"])
def test_removing_a_row_that_is_not_there_changes_nothing(path):
    parsed = parse(ITEMS, post([("a:goals/0/goal", "One")]))

    assert not remove_row(ITEMS, parsed, path)
    assert compact(parsed) == {"goals": [{"goal": "One"}]}


@pytest.mark.parametrize(
    ("path", "exists"),
    [
        ("goals", True),
        ("lines", True),
        ("goals/0/steps", True),
        ("goals/steps", False),
        ("tags", False),
        ("name", False),
    ],
)
def test_only_repeating_items_can_get_a_row(path, exists):
    assert repeat_exists(ITEMS, path) is exists


# --- Rendering and reading back ---------------------------------------------------------------


class _Submission(HTMLParser):
    """What a browser would post for a rendered form (with nothing changed)."""

    def __init__(self):
        super().__init__()
        self.pairs, self._textarea, self._template = [], None, 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "template":
            self._template += 1
        if self._template or "name" not in attrs or not attrs["name"].startswith("a:"):
            return
        if tag == "textarea":
            self._textarea = [attrs["name"], ""]
        elif tag == "input":
            kind = attrs.get("type", "text")
            if kind in ("radio", "checkbox") and "checked" not in attrs:
                return
            self.pairs.append((attrs["name"], attrs.get("value", "")))

    def handle_data(self, data):
        if self._textarea is not None:
            self._textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "template":
            self._template -= 1
        if tag == "textarea" and self._textarea is not None:
            self.pairs.append(tuple(self._textarea))
            self._textarea = None


def render_form(items, answers, **options) -> str:
    form = build(items, answers, **options)
    return "".join(render_to_string("clients/includes/item.html", {"node": node}) for node in form.nodes)


def resubmit(items, answers) -> dict:
    page = _Submission()
    page.feed(render_form(items, answers))
    return compact(parse(items, post(page.pairs)))


@pytest.mark.parametrize("slug", sorted(EXAMPLES))
def test_every_built_in_template_posts_back_its_example_answers(library, template, slug):
    items = template(slug).current_version.items

    answers = resubmit(items, EXAMPLES[slug])

    assert answers == in_option_order(items, EXAMPLES[slug])


def in_option_order(items, answers):
    """Ticked boxes post in the order they are shown, whatever order the answers listed them in."""
    result = dict(answers)
    for link_id, item in index(items).items():
        if item["type"] == "choice" and item.get("repeats") and link_id in result:
            codes = [option["code"] for option in item["answerOption"]]
            result[link_id] = sorted(result[link_id], key=codes.index)
    return result


def test_a_draft_with_half_typed_answers_comes_back_exactly():
    draft = {"count": "1O", "lines": ["one", "two"], "goals": [{"goal": "Speak", "steps": ["x"]}, {"goal": "Rest"}]}

    assert resubmit(ITEMS, draft) == draft | {"done": False}  # an unticked box is a "no"


def test_odd_stored_values_still_render():
    odd = {"name": {"x": 1}, "tags": "x", "lines": "single", "goals": ["not a map", {"goal": ["a"]}], "mood": "99"}

    html = render_form(ITEMS, odd)

    assert 'name="a:lines/0" value="single"' in html


def test_errors_are_placed_next_to_their_items_including_rows():
    errors = {"name": ["Expected text."], "goals.1.goal": ["Please answer this question."], "answers": ["Odd."]}

    form = build(ITEMS, {"goals": [{"goal": "a"}, {}]}, errors=errors)

    goals = next(node for node in form.nodes if node.link_id == "goals")
    assert goals.rows[1].nodes[0].errors == ["Please answer this question."]
    assert [link["id"] for link in form.error_links] == ["q:name", "q:goals/1/goal"]
    assert form.unplaced_errors == ["Odd."]
    assert 'id="e:goals/1/goal"' in render_form(ITEMS, {"goals": [{"goal": "a"}, {}]}, errors=errors)


def test_conditional_items_start_hidden_only_when_the_engine_would_hide_them():
    shown = {node.link_id: node.enabled for node in build(ITEMS, {"kind": "b"}).nodes}
    hidden = {node.link_id: node.enabled for node in build(ITEMS, {"kind": "a"}).nodes}

    assert shown["why"] is True and hidden["why"] is False
    html = render_form(ITEMS, {"kind": "a"})
    assert 'id="q:why"' in html and "data-off" in html
    assert "Only needed if you answered “B” to “Kind”." in html


def test_a_condition_inside_a_row_points_at_its_own_row():
    form = build(ITEMS, {"goals": [{"goal": "a"}, {}]})

    goals = next(node for node in form.nodes if node.link_id == "goals")
    rules = [json.loads(row.nodes[2].condition)["rules"][0]["q"] for row in goals.rows]
    assert rules == ["q:goals/0/goal", "q:goals/1/goal"]
    assert [row.nodes[2].enabled for row in goals.rows] == [True, False]


def test_an_extra_row_can_be_asked_for():
    form = build(ITEMS, {"lines": ["one"]}, extra_rows="lines")

    lines = next(node for node in form.nodes if node.link_id == "lines")
    assert [row.path for row in lines.rows] == ["lines/0", "lines/1"]


# --- Conflicts ---------------------------------------------------------------------------


def test_differences_list_only_what_differs():
    mine = {"name": "Alex", "story": "Mine", "lines": ["a"]}
    theirs = {"name": "Alex", "story": "Theirs", "kind": "a"}

    found, same = differences(ITEMS, mine, theirs)

    assert [d.item["linkId"] for d in found] == ["story", "kind", "lines"]
    assert same == 1
    assert [d.can_join for d in found] == [True, False, False]


def test_merging_keeps_the_chosen_side_or_both():
    mine = {"story": "Mine", "lines": ["a", "b"], "kind": "a", "name": "Me"}
    theirs = {"story": "Theirs", "lines": ["b", "c"], "kind": "b", "count": 3}
    picks = {"pick:story": "both", "pick:lines": "both", "pick:kind": "theirs", "pick:count": "mine"}

    merged = merge(ITEMS, mine, theirs, picks)

    assert merged == {"story": "Mine\n\nTheirs", "lines": ["a", "b", "c"], "kind": "b", "name": "Me"}


def test_merging_without_picks_keeps_this_devices_answers():
    assert merge(ITEMS, {"name": "Me"}, {"name": "Them", "kind": "a"}, {}) == {"name": "Me"}


def test_merging_with_a_pick_for_every_item():
    assert merge(ITEMS, {"name": "Me"}, {"name": "Them"}, {"*": "theirs"}) == {"name": "Them"}


def test_level_items_flatten_plain_groups():
    assert [item["linkId"] for item in level_items(ITEMS)][-3:] == ["why", "inside", "goals"]
