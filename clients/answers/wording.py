"""The answer engine's messages said as a person would, to whoever is filling the form in.

The engine's words (assignments.questionnaire) are the API's, addressed to a program that sent the answers;
the portal shows each item's message beside it in words fitted to what the item asks for (choosing, writing,
adding to a list), and a summary line above the form that names the question and what it still needs.
"""

import re

_NEEDS_ANSWER = "Please answer this question."
_AT_MOST = re.compile(r"^Give at most (\d+)\.$")
_AT_LEAST = re.compile(r"^Give at least (\d+)\.$")

# What an unanswered required item needs, by the control it is shown as (clients.answers.build._widget).
_MISSING = {
    "radio": "Choose one answer to go on.",
    "scale": "Choose a point on the scale to go on.",
    "checkbox": "Choose at least one to go on.",
    "yesno": "Choose yes or no to go on.",
    "tick": "Tick this to go on.",
    "list": "Add at least one to go on.",
    "repeat_group": "Fill in at least one to go on.",
    "date": "Add a date to go on.",
    "number": "Add a number to go on.",
}
_WRITE = "Write a few words here to go on. There is no right answer."

_PLAIN = {
    "Expected a whole number.": "Use a whole number here, such as 3.",
    "Expected a number.": "Use a number here, such as 2.5.",
    "Expected a date like 2026-03-31.": "Use a date here: pick it from the calendar.",
    "Choose one of the options given.": "Choose one of the answers shown.",
    "Expected text.": "Write your answer in words here.",
}


def beside_item(message: str, widget: str) -> str:
    """The message shown next to the item."""
    if message == _NEEDS_ANSWER:
        return _MISSING.get(widget, _WRITE)
    if match := _AT_MOST.match(message):
        return f"There is room for {match[1]} here: take out the ones that matter least."
    if match := _AT_LEAST.match(message):
        return f"Add at least {match[1]} here to go on."
    return _PLAIN.get(message, message)


def in_summary(question: str, message: str) -> str:
    """The summary's line for one item: the question named first, then what it needs, as a sentence."""
    named = f"“{question}”" if question else "One question"
    if message == _NEEDS_ANSWER:
        return f"{named} still needs an answer."
    if match := _AT_MOST.match(message):
        return f"{named} has more than {match[1]}."
    if match := _AT_LEAST.match(message):
        return f"{named} needs at least {match[1]}."
    return f"{named}: {_PLAIN.get(message, message)}"
