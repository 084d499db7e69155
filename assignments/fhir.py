"""FHIR R4 export: template versions as Questionnaires, responses as QuestionnaireResponses.

Our item vocabulary is FHIR's, so the mapping is direct; what FHIR keeps in
extensions (numeric bounds, option scores) goes into the standard ones.
"""

from django.conf import settings

from assignments.models import Assignment, TemplateVersion
from assignments.questionnaire import check_answers, index

EXT_MIN = "http://hl7.org/fhir/StructureDefinition/minValue"
EXT_MAX = "http://hl7.org/fhir/StructureDefinition/maxValue"
EXT_ORDINAL = "http://hl7.org/fhir/StructureDefinition/ordinalValue"
EXT_ENTRY_FORMAT = "http://hl7.org/fhir/StructureDefinition/entryFormat"
EXT_ITEM_CONTROL = "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl"
EXT_RENDERING_MARKDOWN = "http://hl7.org/fhir/StructureDefinition/rendering-markdown"
EXT_MIN_OCCURS = "http://hl7.org/fhir/StructureDefinition/questionnaire-minOccurs"
EXT_MAX_OCCURS = "http://hl7.org/fhir/StructureDefinition/questionnaire-maxOccurs"
ITEM_CONTROL_SYSTEM = "http://hl7.org/fhir/questionnaire-item-control"
# Our controls as FHIR's item-control codes; help text travels as a nested display item with the code "help".
CONTROL_CODES = {"slider": "slider", "radio": "radio-button", "checkbox": "check-box", "dropdown": "drop-down"}
FHIR_OPERATORS = {"exists": "exists", "=": "=", "!=": "!=", ">": ">", "<": "<", ">=": ">=", "<=": "<="}
VALUE_KEY = {
    "boolean": "Boolean",
    "integer": "Integer",
    "decimal": "Decimal",
    "date": "Date",
    "string": "String",
    "text": "String",
    "choice": "Coding",
}


def canonical_url(version: TemplateVersion) -> str:
    return f"{settings.SITE_URL}/fhir/Questionnaire/{version.template.slug}"


def _code_system(version: TemplateVersion, item: dict) -> str:
    return f"{canonical_url(version)}/{item['linkId']}"


def _value(item: dict, value, version: TemplateVersion) -> dict:
    kind = VALUE_KEY[item["type"]]
    if kind == "Coding":
        option = next((o for o in item.get("answerOption", []) if o["code"] == value), {"display": value})
        return {"valueCoding": {"system": _code_system(version, item), "code": value, "display": option["display"]}}
    return {f"value{kind}": value}


def _questionnaire_item(version: TemplateVersion, item: dict, by_id: dict) -> dict:
    out: dict = {"linkId": item["linkId"], "type": item["type"]}
    if item.get("text"):
        out["text"] = item["text"]
        if item["type"] == "display":  # formatted reading text: FHIR's own markdown rendering beside the plain text
            out["_text"] = {"extension": [{"url": EXT_RENDERING_MARKDOWN, "valueMarkdown": item["text"]}]}
    for flag in ("required", "repeats"):
        if item.get(flag):
            out[flag] = True
    if item["type"] in ("string", "text") and item.get("maxLength"):
        out["maxLength"] = item["maxLength"]
    extensions = []
    value_type = "Integer" if item["type"] == "integer" else "Decimal"
    for key, url in (("minValue", EXT_MIN), ("maxValue", EXT_MAX)):
        if key in item:
            extensions.append({"url": url, f"value{value_type}": item[key]})
    if item.get("placeholder"):
        extensions.append({"url": EXT_ENTRY_FORMAT, "valueString": item["placeholder"]})
    if item.get("control") in CONTROL_CODES:
        extensions.append(item_control(CONTROL_CODES[item["control"]]))
    for key, url in (("minRepeats", EXT_MIN_OCCURS), ("maxRepeats", EXT_MAX_OCCURS)):
        if key in item:
            extensions.append({"url": url, "valueInteger": item[key]})
    if extensions:
        out["extension"] = extensions
    if item["type"] == "choice":
        options = []
        for option in item["answerOption"]:
            coding = {"system": _code_system(version, item), "code": option["code"], "display": option["display"]}
            if "score" in option:
                coding["extension"] = [{"url": EXT_ORDINAL, "valueDecimal": option["score"]}]
            options.append({"valueCoding": coding})
        out["answerOption"] = options
    if item.get("enableWhen"):
        conditions = []
        for condition in item["enableWhen"]:
            target = by_id[condition["question"]]
            entry = {"question": condition["question"], "operator": FHIR_OPERATORS[condition["operator"]]}
            if condition["operator"] == "exists":
                entry["answerBoolean"] = condition["answer"]
            elif target["type"] == "choice":
                entry["answerCoding"] = {"system": _code_system(version, target), "code": condition["answer"]}
            else:
                entry[f"answer{VALUE_KEY[target['type']]}"] = condition["answer"]
            conditions.append(entry)
        out["enableWhen"] = conditions
        out["enableBehavior"] = item.get("enableBehavior", "all")
    nested = []
    if item.get("helpText"):
        nested.append(
            {
                "linkId": f"{item['linkId']}.help",
                "type": "display",
                "text": item["helpText"],
                "extension": [item_control("help")],
            }
        )
    for key, code in (("lowLabel", "lower"), ("highLabel", "upper")):  # SDC's labels for a slider's ends
        if item.get(key):
            link_id = f"{item['linkId']}.{code}"
            nested.append({"linkId": link_id, "type": "display", "text": item[key], "extension": [item_control(code)]})
    if item["type"] == "group":
        nested += [_questionnaire_item(version, child, by_id) for child in item["item"]]
    if nested:
        out["item"] = nested
    return out


def item_control(code: str) -> dict:
    return {
        "url": EXT_ITEM_CONTROL,
        "valueCodeableConcept": {"coding": [{"system": ITEM_CONTROL_SYSTEM, "code": code}]},
    }


def questionnaire(version: TemplateVersion) -> dict:
    """The version as a FHIR R4 Questionnaire resource."""
    by_id = index(version.items)
    slug = version.template.slug
    return {
        "resourceType": "Questionnaire",
        "id": slug,
        "url": canonical_url(version),
        "version": str(version.number),
        "name": "".join(part.capitalize() for part in slug.replace("-", " ").split()) or "Questionnaire",
        "title": version.title,
        "status": "active" if version.is_published else "draft",
        "description": version.description,
        "item": [_questionnaire_item(version, item, by_id) for item in version.items],
    }


def _response_items(version: TemplateVersion, items: list[dict], answers: dict) -> list[dict]:
    out = []
    for item in items:
        if item["type"] == "display":
            continue
        if item["type"] == "group" and not item.get("repeats"):
            children = _response_items(version, item["item"], answers)
            if children:
                out.append(
                    {"linkId": item["linkId"], **({"text": item["text"]} if item.get("text") else {}), "item": children}
                )
            continue
        value = answers.get(item["linkId"])
        if value in (None, "", []):
            continue
        if item["type"] == "group":
            for instance in value:
                children = _response_items(version, item["item"], instance)
                if children:
                    out.append({"linkId": item["linkId"], "item": children})
            continue
        values = value if isinstance(value, list) else [value]
        entry = {"linkId": item["linkId"], "text": item["text"], "answer": [_value(item, v, version) for v in values]}
        out.append(entry)
    return out


RESPONSE_STATUS = {
    "assigned": "in-progress",
    "in_progress": "in-progress",
    "submitted": "completed",
    "reviewed": "completed",
    "revision_requested": "amended",
    "cancelled": "stopped",
}


def questionnaire_response(assignment: Assignment) -> dict:
    """The assignment's answers as a FHIR R4 QuestionnaireResponse."""
    version = assignment.template_version
    response = getattr(assignment, "response", None)
    answers = response.answers if response else {}
    authored = (response.submitted_at or response.updated_at) if response else assignment.created_at
    resource = {
        "resourceType": "QuestionnaireResponse",
        "id": f"assignment-{assignment.pk}",
        "questionnaire": f"{canonical_url(version)}|{version.number}",
        "status": RESPONSE_STATUS[assignment.status],
        "subject": {
            "reference": f"Patient/client-{assignment.client_id}",
            "display": assignment.client.user.display_name,
        },
        "authored": authored.isoformat(),
    }
    # Drafts are kept as typed; only answers that fit their item's type are exported.
    cleaned = check_answers(version.items, answers, complete=False).answers
    items = _response_items(version, version.items, cleaned)
    if items:
        resource["item"] = items
    return resource


def bundle(assignments) -> dict:
    """A collection Bundle of QuestionnaireResponses (the client's export)."""
    return {
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [
            {
                "fullUrl": f"{settings.SITE_URL}/fhir/QuestionnaireResponse/assignment-{a.pk}",
                "resource": questionnaire_response(a),
            }
            for a in assignments
        ],
    }
