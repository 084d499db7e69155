"""Answers changed on two devices: what differs, and merging by the side chosen for each item (or both)."""

from clients.answers.merge import differences, merge
from clients.answers.paths import level_items
from tests.clients.answers_items import ITEMS


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
