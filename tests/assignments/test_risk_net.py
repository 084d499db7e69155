"""The wide net (assignments/risk/net.py): risk said in words no family foresaw, found by its kinds of words."""

import pytest

from assignments.risk import find_risk_language, net


def _categories(text: str) -> set[str]:
    """What the rules find, the wide net included; the trained model is tested on its own."""
    return {match.category for match in find_risk_language(text, learned=False)}


@pytest.mark.parametrize(
    ("rule", "example"),
    [(rule, example) for rule in net.RULES for example in rule.examples],
    ids=lambda v: getattr(v, "name", v)[:40],
)
def test_each_rule_finds_its_examples(rule, example):
    assert rule.category in _categories(example)


def test_a_net_finding_says_which_kinds_of_words_it_saw():
    [match] = find_risk_language("i keep hoping the cancer comes back and takes me", learned=False)

    assert match.category == "passive_wish"
    assert any("a wish" in why and "no longer being there" in why for why in match.why)
    assert match.spans  # the client's own words are marked


@pytest.mark.parametrize(
    "text",
    [
        # Someone else's wish or act, told by the writer.
        "My cousin keeps saying she hopes she doesn't wake up, so I rang her mum.",
        "my flatmate attempted last year, she's doing loads better now",
        # Plainly denied.
        "I don't want to die. I want him to text me back.",
        "I would never hurt him, even though I'm furious.",
        # Said laughing, or over something small.
        "my sister is going to murder me when she sees her jumper lol",
        "I'll kill him if he's late for pick-up again",
        # Figures of speech and ordinary senses.
        "I'd rather die than message him first.",
        "I'd kill to have her confidence.",
        "Pharmacy says my tablets will be ready on Thursday.",
        "Burned the toast on purpose because I like it black.",
        "There's no point in living in London on my salary.",
        "Cut my finger by accident chopping onions for the stew.",
        # A wish to live is no wish to be gone.
        "Glad to be alive today, even if I'm not glad about him.",
        "even on my worst days i want to be alive",
    ],
)
def test_the_net_leaves_alone_what_is_not_risk(text):
    assert _categories(text) == set()


def test_the_net_adds_nothing_where_a_family_already_found_the_category():
    from assignments.risk import detector

    with_net = detector.find("I want to die. I keep hoping I won't wake up.", learned=False)

    assert not [f for f in with_net if f.family.startswith("wide net")]


@pytest.mark.parametrize(
    "text",
    ["I don't really want to be alive these days.", "some days i no longer want to be here"],
)
def test_a_wish_to_live_said_with_a_negation_is_still_read(text):
    assert _categories(text) == {"passive_wish"}


def test_a_risky_clause_in_a_long_ordinary_entry_is_found():
    entry = (
        "Work was fine, the new manager seems decent and I finally fixed the bike. "
        "Had tea with Mum on Sunday. Some nights I pray I won't see the morning. "
        "Anyway, the boundary plan is going better than I expected."
    )

    assert "passive_wish" in _categories(entry)
