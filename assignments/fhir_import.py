"""FHIR R4 Questionnaire import: a Questionnaire read into our item format, with a report in words of what was
kept, what was converted and what was refused.

The document is first checked against the R4B models of fhir.resources (which match R4 for this resource), so a
malformed one is refused whole with FHIR's own reasons. Then each item is read: the types and extensions that
``assignments.fhir`` writes come back exactly as they were (export, import and export again gives the same
document); other types are converted where the meaning survives (``open-choice`` as a choice, ``dateTime`` as a
date, ``time`` and ``url`` as short answers) and refused where it does not (attachments, references, quantities,
options from a value set we cannot read), each said in the report. Conditions on a refused item go with it.
``template_import`` makes the result a practice's draft (or, for a standard measure, its copy of the built-in one).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from django.core.exceptions import ValidationError
from django.utils.text import slugify

from assignments import library
from assignments.fhir import (
    CONTROL_CODES,
    EXT_ENTRY_FORMAT,
    EXT_ITEM_CONTROL,
    EXT_MAX,
    EXT_MAX_OCCURS,
    EXT_MIN,
    EXT_MIN_OCCURS,
    EXT_ORDINAL,
    EXT_RENDERING_MARKDOWN,
)
from assignments.models import Template
from assignments.questionnaire.format import LINK_ID, OPERATORS, walk

if TYPE_CHECKING:
    from accounts.models import User
    from practices.models import Practice

OURS = {"group", "display", "boolean", "decimal", "integer", "date", "string", "text", "choice"}
CONVERTED = {
    "open-choice": ("choice", "read as a choice: answers outside its options cannot be given"),
    "dateTime": ("date", "read as a date: the time of day is not asked"),
    "time": ("string", "read as a short answer"),
    "url": ("string", "read as a short answer"),
}
REFUSED = {
    "attachment": "files cannot be attached to homework",
    "reference": "references to other records are not asked of clients",
    "quantity": "quantities with units are not supported",
    "coding": "codings without options are not supported",
    "question": "an abstract “question” has no answer type",
}
CONTROLS = {code: control for control, code in CONTROL_CODES.items()}
KNOWN_EXTENSIONS = {EXT_MIN, EXT_MAX, EXT_ENTRY_FORMAT, EXT_ITEM_CONTROL, EXT_MIN_OCCURS, EXT_MAX_OCCURS}
MAX_ITEMS = 500


class NotAQuestionnaire(ValueError):
    """The document is not a valid FHIR R4 Questionnaire; ``errors`` says why, per place in the document."""

    def __init__(self, errors: dict[str, list[str]]):
        super().__init__("Not a valid FHIR R4 Questionnaire.")
        self.errors = errors


@dataclass
class Imported:
    title: str
    description: str
    items: list[dict]
    kept: list[str] = field(default_factory=list)
    converted: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)

    @property
    def report(self) -> dict[str, list[str]]:
        return {"kept": self.kept, "converted": self.converted, "refused": self.refused}


def read_questionnaire(document: Any) -> Imported:
    """``document`` (parsed JSON) as our title, description and items, with the report; NotAQuestionnaire when it
    is not a valid R4 Questionnaire or holds nothing that can be asked."""
    if not isinstance(document, dict) or document.get("resourceType") != "Questionnaire":
        raise NotAQuestionnaire({"resourceType": ["The body must be a FHIR Questionnaire resource."]})
    _validate(document)
    imported = Imported(title="", description="", items=[])
    title = str(document.get("title") or document.get("name") or "").strip()
    if not title:
        title = "Imported questionnaire"
        imported.converted.append("It had no title: it is called “Imported questionnaire” until you rename it.")
    imported.title = title[:120]
    imported.description = str(document.get("description") or document.get("purpose") or "").strip()
    reader = _Reader(imported)
    imported.items = reader.items(document.get("item") or [], parents="")
    reader.drop_dangling_conditions(imported.items)
    if not imported.items:
        raise NotAQuestionnaire({"item": ["Nothing in it can be asked: every item was refused.", *imported.refused]})
    imported.kept.insert(0, f"{reader.count} item{'s' if reader.count != 1 else ''} as written.")
    imported.converted.append("The introduction clients read first is not part of FHIR: write it before publishing.")
    return imported


def _validate(document: dict) -> None:
    from fhir.resources.R4B.questionnaire import Questionnaire
    from pydantic import ValidationError

    try:
        Questionnaire.model_validate(document)
    except ValidationError as error:
        found: dict[str, list[str]] = {}
        for problem in error.errors()[:20]:
            where = ".".join(str(part) for part in problem["loc"] if part != "__root__") or "Questionnaire"
            found.setdefault(where, []).append(problem["msg"])
        raise NotAQuestionnaire(found) from error
    except (TypeError, ValueError) as error:  # fhir.resources raises these for some shapes before pydantic does
        raise NotAQuestionnaire({"Questionnaire": [str(error)[:300]]}) from error


class _Reader:
    def __init__(self, imported: Imported):
        self.imported = imported
        self.count = 0
        self.seen: dict[str, dict] = {}

    def items(self, items: list[dict], parents: str) -> list[dict]:
        out = []
        for item in items:
            read = self.item(item, parents)
            if read is not None:
                out.append(read)
        return out

    def item(self, item: dict, parents: str) -> dict | None:
        link_id = str(item.get("linkId") or "")
        label = f"“{link_id}”"
        if not LINK_ID.match(link_id):
            self.imported.refused.append(f"{label}: a linkId must be 1–64 letters, digits, “_”, “.” or “-”.")
            return None
        if self.count >= MAX_ITEMS:
            self.imported.refused.append(f"{label}: more than {MAX_ITEMS} items; the rest were left out.")
            return None
        kind = item.get("type")
        if kind in REFUSED:
            self.imported.refused.append(f"{label} ({item.get('text') or kind}): {REFUSED[kind]}.")
            return None
        out: dict[str, Any] = {"linkId": link_id, "type": kind}
        if kind in CONVERTED:
            out["type"], how = CONVERTED[kind]
            self.imported.converted.append(f"{label}: {kind} {how}.")
        elif kind not in OURS:
            self.imported.refused.append(f"{label}: items of type {kind!r} are not supported.")
            return None
        markdown = _markdown_of(item)
        if markdown and out["type"] == "display":
            out["text"] = markdown  # the formatted reading text, which the plain ``text`` only approximates
        elif item.get("text"):
            text = str(item["text"])
            if item.get("prefix"):
                text = f"{item['prefix']} {text}"
                self.imported.converted.append(f"{label}: its prefix “{item['prefix']}” is now part of its text.")
            out["text"] = text
        for flag in ("required", "repeats"):
            if item.get(flag):
                out[flag] = True
        if out["type"] in ("string", "text") and item.get("maxLength"):
            out["maxLength"] = item["maxLength"]
        self._extensions(item, out, label)
        for ignored in ("initial", "readOnly", "definition", "code", "answerValueSet"):
            if item.get(ignored) and not (ignored == "answerValueSet" and out["type"] == "choice"):
                self.imported.refused.append(f"{label}: its {ignored} was left out (not used here).")
        if out["type"] == "choice" and not self._options(item, out, label):
            return None
        if item.get("enableWhen"):
            out["enableWhen"] = [self._condition(c) for c in item["enableWhen"]]
            out["enableBehavior"] = item.get("enableBehavior") or "all"
        nested = item.get("item") or []
        help_items = [child for child in nested if _control_of(child) == "help" and child.get("type") == "display"]
        if help_items:
            out["helpText"] = "\n".join(str(child.get("text") or "") for child in help_items)
        ends = {"lower": "lowLabel", "upper": "highLabel"}
        end_items = [child for child in nested if _control_of(child) in ends and child.get("type") == "display"]
        for child in end_items:
            out[ends[_control_of(child)]] = str(child.get("text") or "").strip()[:60]
        children = [child for child in nested if child not in help_items and child not in end_items]
        self.count += 1
        self.seen[link_id] = out
        if out["type"] == "group":
            out["item"] = self.items(children, parents=f"{parents}{link_id} › ")
        elif children:
            self.imported.converted.append(
                f"{label}: the items nested under this question now follow it instead, at the same level."
            )
            return {"__spill__": [out, *self.items(children, parents)]}
        return out

    def _extensions(self, item: dict, out: dict, label: str) -> None:
        for extension in item.get("extension") or []:
            url = extension.get("url")
            value = next((v for k, v in extension.items() if k.startswith("value")), None)
            if url in (EXT_MIN, EXT_MAX):
                out["minValue" if url == EXT_MIN else "maxValue"] = value
            elif url == EXT_ENTRY_FORMAT:
                out["placeholder"] = str(value)
            elif url in (EXT_MIN_OCCURS, EXT_MAX_OCCURS):
                out["minRepeats" if url == EXT_MIN_OCCURS else "maxRepeats"] = value
            elif url == EXT_ITEM_CONTROL:
                code = _control_of(item)
                if code in CONTROLS:
                    out["control"] = CONTROLS[code]
                elif code:
                    self.imported.converted.append(f"{label}: its display “{code}” is shown our usual way.")
            else:
                self.imported.refused.append(f"{label}: the extension {url} was left out (not used here).")

    def _options(self, item: dict, out: dict, label: str) -> bool:
        options = []
        for option in item.get("answerOption") or []:
            if "valueCoding" in option:
                coding = option["valueCoding"]
                read = {"code": str(coding.get("code") or ""), "display": str(coding.get("display") or "")}
                read["display"] = read["display"] or read["code"]
                scores = [e for e in coding.get("extension") or [] if e.get("url") == EXT_ORDINAL]
                if scores:
                    read["score"] = next(v for k, v in scores[0].items() if k.startswith("value"))
            else:
                value = next((v for k, v in option.items() if k.startswith("value")), None)
                if value is None:
                    continue
                read = {"code": slugify(str(value))[:64] or str(value), "display": str(value)}
                self.imported.converted.append(f"{label}: the option “{value}” was given the code “{read['code']}”.")
            options.append(read)
        if not options:
            why = ", its options come from a value set that cannot be read here" if item.get("answerValueSet") else ""
            self.imported.refused.append(f"{label}: a choice with no options cannot be answered{why}.")
            return False
        out["answerOption"] = options
        return True

    def _condition(self, condition: dict) -> dict:
        read: dict[str, Any] = {"question": condition.get("question"), "operator": condition.get("operator")}
        for key, value in condition.items():
            if key.startswith("answer"):
                read["answer"] = value.get("code") if key == "answerCoding" and isinstance(value, dict) else value
        return read

    def drop_dangling_conditions(self, items: list[dict]) -> None:
        """Conditions on refused items go with them (the item is then always shown); spilled items are placed."""
        flat: list[dict] = []
        for item in items:
            flat.extend(item.get("__spill__", [item]))
        items[:] = flat
        for item in items:
            conditions = item.get("enableWhen")
            if conditions:
                kept = [c for c in conditions if c.get("question") in self.seen and c.get("operator") in OPERATORS]
                if len(kept) < len(conditions):
                    self.imported.refused.append(
                        f"“{item['linkId']}”: a condition on an item that was left out; it is now always shown."
                    )
                if kept:
                    item["enableWhen"] = kept
                else:
                    item.pop("enableWhen")
                    item.pop("enableBehavior", None)
            if item.get("type") == "group":
                self.drop_dangling_conditions(item.setdefault("item", []))


def _markdown_of(item: dict) -> str:
    for extension in (item.get("_text") or {}).get("extension") or []:
        if extension.get("url") == EXT_RENDERING_MARKDOWN and isinstance(extension.get("valueMarkdown"), str):
            return extension["valueMarkdown"]
    return ""


def _control_of(item: dict) -> str:
    for extension in item.get("extension") or []:
        if extension.get("url") == EXT_ITEM_CONTROL:
            codings = (extension.get("valueCodeableConcept") or {}).get("coding") or []
            return str(codings[0].get("code") or "") if codings else ""
    return ""


# --- Importing into a practice ------------------------------------------------------------------


def template_import(*, practice: Practice, by: User, document) -> tuple[Template, dict[str, list[str]]]:
    """A FHIR R4 Questionnaire as a new draft of the practice, and the report of what was kept, converted and
    refused. NotAQuestionnaire when it is not one; ValidationError when what it asks does not
    hold together (a condition on a later item, say): nothing is saved either way."""
    imported = read_questionnaire(document)
    measure = _standard_measure(imported.items)
    if measure is not None:
        # A standard measure means what it means only with its scoring, bands and risk rules, which FHIR does not
        # carry: the same items become the practice's copy of the built-in measure, or are refused if changed.
        if not _same_questions(imported.items, measure.current_version.items):
            raise ValidationError(
                {
                    "template": f"These are the questions of {measure.current_version.title} with changes: a standard "
                    "measure cannot be changed, so that its scores and its risk rule mean what they should. Give "
                    "the built-in one from the library."
                }
            )
        copy = library.template_copy(
            template=measure, practice=practice, by=by, slug=library.free_slug(practice, imported.title)
        )
        imported.converted.append(
            f"Recognised as {measure.current_version.title}: it is your practice's copy of the built-in measure, "
            "published with its scoring, bands and risk rule."
        )
        return copy, imported.report
    imported.converted.append(
        "Scores and risk rules are not part of a FHIR Questionnaire, so this draft has none. Written answers are "
        "read for risk as always; add a risk rule to a choice whose answer should alert a clinician."
    )
    template = library.template_create(
        practice=practice, by=by, title=imported.title, description=imported.description, items=imported.items
    )
    return template, imported.report


def _answerable(items: list) -> list[str]:
    return [item["linkId"] for item, _ in walk(items) if item.get("type") not in ("display", "group")]


def _standard_measure(items: list) -> Template | None:
    """The built-in measure whose questions these are (by their linkIds), if any."""
    asked = set(_answerable(items))
    for measure in Template.objects.filter(
        practice__isnull=True, kind=Template.Kind.MEASURE, current_version__isnull=False
    ).select_related("current_version"):
        if asked and set(_answerable(measure.current_version.items)) == asked:
            return measure
    return None


def _same_questions(items: list, reference: list) -> bool:
    """The same wording, options, scores and settings as the measure (FHIR carries all of those)."""
    empty = {"scoring": None, "risk_rules": []}
    return not library.measure_changes({"items": reference, **empty}, {"items": items, **empty})
