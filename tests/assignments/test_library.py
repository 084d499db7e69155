"""The built-in library: every template is well formed and answerable; the loader is idempotent."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from assignments.library import (
    library_definitions,
    library_sync,
    template_copy,
    template_draft_save,
    template_version_publish,
)
from assignments.models import Template, TemplateVersion
from assignments.questionnaire import check_answers, score, validate_version, walk
from tests.assignments.library_samples import COMPLETE_SAMPLES, GAD7_BAND_EDGES, PHQ9_BAND_EDGES, REQUIRED_ITEM

SLUGS = [
    "feelings-check-in", "validity-analysis", "growth-goals", "boundary-plan", "feedback-request", "four-questions",
    "daily-habits", "connection-plan", "self-worth-inventory", "acceptance", "phq-9", "gad-7", "feedback-follow-up",
    "safety-plan",
]  # fmt: skip
DEFINITIONS = {d["slug"]: d for d in library_definitions()}


def test_the_library_has_every_exercise_and_measure_of_the_product_brief():
    assert sorted(DEFINITIONS) == sorted(SLUGS)
    assert {d["kind"] for s, d in DEFINITIONS.items() if s in ("phq-9", "gad-7")} == {"measure"}


@pytest.mark.parametrize("slug", SLUGS)
def test_each_template_is_well_formed_and_explained(slug):
    definition = DEFINITIONS[slug]
    validate_version(definition["items"], definition["scoring"], definition["risk_rules"])
    assert len(definition["description"]) > 60 and len(definition["introduction"]) > 60


@pytest.mark.parametrize("slug", SLUGS)
def test_a_complete_sample_answer_validates(slug):
    checked = check_answers(DEFINITIONS[slug]["items"], COMPLETE_SAMPLES[slug], complete=True)
    assert checked.ok, checked.errors


@pytest.mark.parametrize("slug", SLUGS)
def test_a_sample_missing_a_required_item_fails_on_that_item(slug):
    answers = {k: v for k, v in COMPLETE_SAMPLES[slug].items() if k != REQUIRED_ITEM[slug]}
    checked = check_answers(DEFINITIONS[slug]["items"], answers, complete=True)
    assert REQUIRED_ITEM[slug] in checked.errors


def answers_totalling(prefix: str, count: int, total: int) -> dict:
    answers, left = {}, total
    for n in range(1, count + 1):
        value = min(3, left)
        answers[f"{prefix}_{n}"] = str(value)
        left -= value
    assert left == 0
    return answers


@pytest.mark.parametrize(("total", "band"), PHQ9_BAND_EDGES)
def test_phq9_is_scored_into_its_published_band_at_every_edge(total, band):
    definition = DEFINITIONS["phq-9"]
    result = score(definition["items"], definition["scoring"], answers_totalling("phq9", 9, total))
    assert (result.total, result.band) == (total, band)


@pytest.mark.parametrize(("total", "band"), GAD7_BAND_EDGES)
def test_gad7_is_scored_into_its_published_band_at_every_edge(total, band):
    definition = DEFINITIONS["gad-7"]
    result = score(definition["items"], definition["scoring"], answers_totalling("gad7", 7, total))
    assert (result.total, result.band) == (total, band)


def test_the_band_edges_cover_the_published_bands():
    assert [b for _, b in PHQ9_BAND_EDGES[::2]] == ["minimal", "mild", "moderate", "moderately_severe", "severe"]
    assert [t for t, _ in PHQ9_BAND_EDGES] == [0, 4, 5, 9, 10, 14, 15, 19, 20, 27]
    assert [t for t, _ in GAD7_BAND_EDGES] == [0, 4, 5, 9, 10, 14, 15, 21]


@pytest.mark.django_db
def test_loading_the_library_twice_publishes_once():
    first = library_sync()
    second = library_sync()

    assert set(first.values()) == {"created"}
    assert set(second.values()) == {"unchanged"}
    assert TemplateVersion.objects.count() == len(SLUGS)
    assert Template.objects.filter(is_builtin=True, current_version__number=1).count() == len(SLUGS)


@pytest.mark.django_db
def test_a_changed_definition_becomes_a_new_version_and_old_assignments_keep_theirs(give, template):
    old = give("acceptance")
    changed = [dict(d) for d in library_definitions()]
    for d in changed:
        if d["slug"] == "acceptance":
            d["introduction"] = d["introduction"] + " Go gently."

    assert library_sync(changed)["acceptance"] == "updated"
    old.refresh_from_db()
    assert old.template_version.number == 1
    assert template("acceptance").current_version.number == 2
    assert give("acceptance").template_version.number == 2


@pytest.mark.django_db
def test_built_in_templates_cannot_be_edited_only_copied(library, practice_admin, template):
    with pytest.raises(PermissionDenied):
        template_draft_save(template=template("acceptance"), by=practice_admin, title="Mine")

    copy = template_copy(template=template("acceptance"), practice=practice_admin.practice, by=practice_admin)
    draft = template_draft_save(template=copy, by=practice_admin, title="Acceptance, our way")

    assert copy.practice == practice_admin.practice and copy.current_version.number == 1
    assert draft.number == 2 and draft.status == "draft"
    assert copy.current_version.title != "Acceptance, our way"
    template_version_publish(version=draft, by=practice_admin)
    copy.refresh_from_db()
    assert copy.current_version.title == "Acceptance, our way"


@pytest.mark.django_db
def test_a_draft_with_a_broken_structure_is_refused(library, practice_admin, template):
    copy = template_copy(template=template("acceptance"), practice=practice_admin.practice, by=practice_admin)
    items = [
        *copy.current_version.items,
        {"linkId": copy.current_version.items[0]["linkId"], "type": "string", "text": "dup"},
    ]

    with pytest.raises(ValidationError) as error:
        template_draft_save(template=copy, by=practice_admin, items=items)
    assert "used twice" in str(error.value)
    assert not copy.versions.filter(status="draft").exists()


@pytest.mark.django_db
def test_a_practice_cannot_copy_into_another_practice(library, practice_admin, foreign_practice, template):
    with pytest.raises(PermissionDenied):
        template_copy(template=template("acceptance"), practice=foreign_practice, by=practice_admin)


def test_item_counts_for_the_record():
    counts = {slug: sum(1 for _ in walk(d["items"])) for slug, d in DEFINITIONS.items()}
    assert all(count >= 5 for count in counts.values()), counts


# --- Standard measures in a practice's copy ----------------------------------------------------------------


def _reworded(items):
    return [dict(item, text="Feeling a bit flat") if item["linkId"] == "phq9_2" else item for item in items]


def _new_options(items):
    options = [{"code": "0", "display": "Never", "score": 0}, {"code": "1", "display": "Sometimes", "score": 1}]
    return [dict(item, answerOption=options) if item["linkId"] == "phq9_1" else item for item in items]


def _rescored(scoring):
    return scoring | {"bands": [{"min": 0, "max": 9, "code": "low", "label": "Low"}, *scoring["bands"][2:]]}


MEASURE_CHANGES = {
    "wording": ({"items": _reworded}, "the wording of “phq9_2”"),
    "options": ({"items": _new_options}, "the options of “phq9_1”"),
    "scoring": ({"scoring": _rescored}, "the scoring"),
    "risk rule": ({"risk_rules": lambda rules: rules[1:]}, "the risk rules"),
}


@pytest.fixture
def phq9_copy(library, practice_admin, template):
    return template_copy(template=template("phq-9"), practice=practice_admin.practice, by=practice_admin)


@pytest.mark.django_db
def test_copying_a_measure_keeps_its_items_scoring_and_risk_rules_identical(phq9_copy, template):
    source, copy = template("phq-9").current_version, phq9_copy.current_version

    assert phq9_copy.kind == "measure"
    assert (copy.items, copy.scoring, copy.risk_rules) == (source.items, source.scoring, source.risk_rules)


@pytest.mark.django_db
@pytest.mark.parametrize("change", MEASURE_CHANGES)
def test_a_practice_draft_that_changes_a_measure_is_refused_naming_the_change(phq9_copy, practice_admin, change):
    edits, named = MEASURE_CHANGES[change]
    current = phq9_copy.current_version
    content = {field: edit(getattr(current, field)) for field, edit in edits.items()}

    with pytest.raises(ValidationError) as error:
        template_draft_save(template=phq9_copy, by=practice_admin, **content)

    message = " ".join(error.value.messages)
    assert "standard measure" in message and named in message
    assert not phq9_copy.versions.filter(status="draft").exists()


@pytest.mark.django_db
def test_an_open_draft_of_a_measure_cannot_be_changed_either(phq9_copy, practice_admin):
    template_draft_save(template=phq9_copy, by=practice_admin, title="PHQ-9")

    with pytest.raises(ValidationError, match="the wording of “phq9_2”"):
        template_draft_save(template=phq9_copy, by=practice_admin, items=_reworded(phq9_copy.current_version.items))
    assert phq9_copy.versions.get(status="draft").items == phq9_copy.current_version.items


@pytest.mark.django_db
def test_a_measure_copy_may_be_saved_unchanged_or_retitled_and_published(phq9_copy, practice_admin):
    current = phq9_copy.current_version
    unchanged = {field: getattr(current, field) for field in ("items", "scoring", "risk_rules")}

    draft = template_draft_save(
        template=phq9_copy,
        by=practice_admin,
        title="PHQ-9",
        description="Our intake measure; every two weeks.",
        introduction="Nine short questions about the last two weeks.",
        **unchanged,
    )
    template_version_publish(version=draft, by=practice_admin)

    phq9_copy.refresh_from_db()
    assert phq9_copy.current_version.title == "PHQ-9" and phq9_copy.current_version.items == current.items


@pytest.mark.django_db
def test_a_measure_draft_changed_behind_the_service_is_not_published(phq9_copy, practice_admin):
    draft = template_draft_save(template=phq9_copy, by=practice_admin, title="PHQ-9")
    TemplateVersion.objects.filter(pk=draft.pk).update(risk_rules=[])

    with pytest.raises(ValidationError, match="the risk rules"):
        template_version_publish(version=draft, by=practice_admin)
    phq9_copy.refresh_from_db()
    assert phq9_copy.current_version.number == 1


@pytest.mark.django_db
def test_a_measure_copy_may_take_up_the_librarys_newer_version(phq9_copy, practice_admin, template):
    changed = [dict(d) for d in library_definitions()]
    for d in changed:
        if d["slug"] == "phq-9":
            d["items"] = [*d["items"], {"linkId": "phq9_note", "type": "display", "text": "Thank you."}]
    library_sync(changed)
    newer = template("phq-9").current_version

    draft = template_draft_save(template=phq9_copy, by=practice_admin, items=newer.items)

    assert draft.items == newer.items


def test_the_daily_habits_ask_about_safety_on_its_own_with_a_rule_for_every_yes():
    definition = DEFINITIONS["daily-habits"]
    items = {item["linkId"]: item for item, _ in walk(definition["items"])}
    safety = items["daily_safety"]

    assert "hurt" not in items["self_kindness"]["text"] + items["self_kindness"].get("helpText", "")
    assert safety["required"] and [o["code"] for o in safety["answerOption"]] == ["no", "yes", "might_act"]
    rules = {(rule["question"], rule["answer"]): rule["level"] for rule in definition["risk_rules"]}
    assert rules == {("daily_safety", "yes"): "high", ("daily_safety", "might_act"): "imminent"}
    assert {"enriching", "therapist_contact"} <= set(items)


def test_the_self_worth_inventory_encourages_five_qualities_but_accepts_one():
    definition = DEFINITIONS["self-worth-inventory"]
    items = {item["linkId"]: item for item, _ in walk(definition["items"])}
    one = COMPLETE_SAMPLES["self-worth-inventory"] | {
        "qualities": COMPLETE_SAMPLES["self-worth-inventory"]["qualities"][:1]
    }

    assert check_answers(definition["items"], one, complete=True).ok
    assert "qualities" in check_answers(definition["items"], one | {"qualities": []}, complete=True).errors
    assert "five" in items["intro"]["text"].lower() and "five" in items["qualities"]["helpText"].lower()


def test_no_exercise_tells_the_client_to_put_someone_in_their_place():
    texts = " ".join(
        " ".join(str(d.get(key, "")) for key in ("description", "introduction"))
        + " ".join(item.get("text", "") for item, _ in walk(d["items"]))
        for d in DEFINITIONS.values()
    ).lower()

    assert "proper place" not in texts and "in their place" not in texts
    assert "3. Seeing them at their true size" in [
        i.get("text") for i, _ in walk(DEFINITIONS["four-questions"]["items"])
    ]


# Where the source material gives the reason, a few sentences say it (short enough for a phone).
PSYCHOEDUCATION = {
    ("feelings-check-in", "everyone_rejected"): "Almost everyone is turned down",
    ("feelings-check-in", "why_so_painful"): "same systems in the brain as a physical injury",
    ("acceptance", "grief"): "It's normal to grieve",
    ("four-questions", "when_silent"): "being ghosted, left on read, unmatched",
    ("self-worth-inventory", "not_a_verdict"): "not a verdict on your worth",
}


@pytest.mark.parametrize(("where", "says"), PSYCHOEDUCATION.items())
def test_short_psychoeducation_explains_the_why_where_it_helps(where, says):
    slug, link_id = where
    item = next(item for item, _ in walk(DEFINITIONS[slug]["items"]) if item["linkId"] == link_id)

    assert item["type"] == "display" and says in item["text"]
    assert len(item["text"].split()) <= 60


def test_the_story_fairness_scale_reads_the_natural_way_round():
    """ "How fair is that story?": the low end is the unfair, harsh story and the high end a fair one."""
    items = {item["linkId"]: item for item, _ in walk(DEFINITIONS["validity-analysis"]["items"])}
    scale = items["story_fairness"]

    low, high = (part.strip() for part in scale["helpText"].rstrip(".").split(","))
    assert "fair" in scale["text"].lower()
    assert low.startswith(f"{scale['minValue']} =") and "harsh" in low
    assert high.startswith(f"{scale['maxValue']} =") and "fair" in high


@pytest.mark.parametrize("slug", SLUGS)
def test_no_question_says_optional_itself_the_form_already_does(slug):
    for item, _ in walk(DEFINITIONS[slug]["items"]):
        assert "(optional)" not in item.get("text", "").lower(), item["linkId"]
