"""Rendering the answers form and reading it back: every built-in template posts back its example answers, drafts
come back exactly, and errors and conditions sit at their items, inside rows too."""

import json
from html.parser import HTMLParser

import pytest
from django.template.loader import render_to_string

from assignments.library import EXAMPLES
from assignments.questionnaire import index
from clients.answers.build import build
from clients.answers.parse import compact, parse
from tests.clients.answers_items import ITEMS, post


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
    assert goals.rows[1].nodes[0].errors == ["Write a few words here to go on. There is no right answer."]
    assert [link["id"] for link in form.error_links] == ["q:name", "q:goals/1/goal"]
    assert form.error_links[1]["lines"] == ["“Goal” still needs an answer."]
    assert form.error_links[0]["lines"] == ["“Name”: Write your answer in words here."]
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
