"""Two versions of an exercise side by side: each item as it reads in either, and whether it was added, removed,
reworded, given other options or kept (matched by id, so a moved item is the same item)."""

from __future__ import annotations

from assignments.questionnaire import walk

ASPECTS = {
    "text": "its wording",
    "helpText": "its help",
    "type": "its kind of answer",
    "repeats": "whether it is a list",
    "required": "whether it is needed",
    "enableWhen": "when it is shown",
    "enableBehavior": "when it is shown",
    "minValue": "its limits",
    "maxValue": "its limits",
    "minRepeats": "how many answers it takes",
    "maxRepeats": "how many answers it takes",
}


def _flat(items: list[dict]) -> dict[str, tuple[dict, int]]:
    return {item["linkId"]: (item, len(parents)) for item, parents in walk(items)}


def _options(item: dict) -> list[str]:
    return [option.get("display", "") for option in item.get("answerOption") or []]


def _what_changed(before: dict, after: dict) -> list[str]:
    changed: list[str] = []
    for key, words in ASPECTS.items():
        if before.get(key) != after.get(key) and words not in changed:
            changed.append(words)
    if _options(before) != _options(after):
        old, new = set(_options(before)), set(_options(after))
        if old == new:
            changed.append("the order of its options")
        else:
            parts = [f"added “{o}”" for o in _options(after) if o not in old]
            parts += [f"removed “{o}”" for o in _options(before) if o not in new]
            changed.append("its options (" + ", ".join(parts) + ")")
    elif [o.get("score") for o in before.get("answerOption") or []] != [
        o.get("score") for o in after.get("answerOption") or []
    ]:
        changed.append("its scores")
    return changed


def compare(before: list[dict], after: list[dict]) -> list[dict]:
    """One row per item, in the newer version's order with removed items where they stood:
    {state: added|removed|changed|same, before, after (the items, or None), depth, changed (in words)}."""
    old, new = _flat(before), _flat(after)
    rows: list[dict] = []
    order = [link for link in new]
    for position, link in enumerate(old):
        if link not in new:
            # After the item that came before it in the old version (or first).
            earlier = [o for o in list(old)[:position] if o in order]
            order.insert(order.index(earlier[-1]) + 1 if earlier else 0, link)
    for link in order:
        was, now = old.get(link), new.get(link)
        if was is None:
            state, changed = "added", []
        elif now is None:
            state, changed = "removed", []
        else:
            changed = _what_changed(was[0], now[0])
            state = "changed" if changed else "same"
        rows.append(
            {
                "linkId": link,
                "state": state,
                "before": was[0] if was else None,
                "after": now[0] if now else None,
                "before_options": _options(was[0]) if was else [],
                "after_options": _options(now[0]) if now else [],
                "depth": (now or was)[1],  # type: ignore[index]
                "changed": changed,
            }
        )
    return rows


def summary(rows: list[dict]) -> dict[str, int]:
    counts = {"added": 0, "removed": 0, "changed": 0, "same": 0}
    for row in rows:
        counts[row["state"]] += 1
    return counts
