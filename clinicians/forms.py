"""Forms for the clinician dashboard: they parse and check input; the services decide."""

import datetime
from zoneinfo import ZoneInfo

from django import forms
from django.utils import timezone

from assignments.models import Template
from assignments.outline import outline
from assignments.services import MAX_OCCURRENCES
from clinicians.models import Clinician
from practices.timezones import TimeZoneField

PATHWAY = "pathway"
DEFAULT_DUE_TIME = datetime.time(20, 0)


def _exercises_and_measures(templates: list[Template]) -> list:
    """The templates as two groups of choices, "Exercises" and "Measures", each by its pk and current title."""
    by_title = sorted(templates, key=lambda t: t.current_version.title.casefold())
    exercises = [(str(t.pk), t.current_version.title) for t in by_title if t.kind == Template.Kind.EXERCISE]
    measures = [(str(t.pk), t.current_version.title) for t in by_title if t.kind == Template.Kind.MEASURE]
    return [("Exercises", exercises), ("Measures", measures)]


class CaseloadFilterForm(forms.Form):
    show = forms.ChoiceField(label="Show", required=False)
    sort = forms.ChoiceField(label="Sort by", required=False)

    def __init__(self, *args, filters: dict, sorts: dict, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["show"].choices = list(filters.items())
        self.fields["sort"].choices = list(sorts.items())


class DueInClientZone(forms.Form):
    """A due date and time, read in the client's own time zone (``self.zone``) and required to be in the future."""

    due_date = forms.DateField(
        label="Due date",
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"required": "Choose a due date.", "invalid": "Enter a date like 2026-03-31."},
    )
    due_time = forms.TimeField(
        label="Due time",
        initial=DEFAULT_DUE_TIME,
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        error_messages={"required": "Choose a due time.", "invalid": "Enter a time like 20:00."},
    )

    zone: ZoneInfo

    def read_due_at(self, cleaned: dict) -> None:
        """Put the moment in ``cleaned["due_at"]`` (aware, in the client's zone), or say it has passed."""
        day, time = cleaned.get("due_date"), cleaned.get("due_time")
        if day and time:
            due_at = datetime.datetime.combine(day, time, tzinfo=self.zone)
            if due_at <= timezone.now():
                self.add_error("due_date", "Choose a due date and time in the future.")
            cleaned["due_at"] = due_at


class AssignForm(DueInClientZone):
    """Give a client an exercise, a measure or the rejection-recovery pathway."""

    field_order = ["template", "instructions", "due_date", "due_time", "recurrence", "occurrences", "auto_send"]

    template = forms.ChoiceField(
        label="What to give",
        error_messages={
            "required": "Choose an exercise, a measure or the pathway.",
            "invalid_choice": "Choose one of the exercises or measures in the list.",
        },
    )
    instructions = forms.CharField(
        label="Instructions for the client",
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="Shown above the exercise. Optional; a sentence about why you chose it helps.",
    )
    recurrence = forms.ChoiceField(
        label="How often",
        choices=[("none", "Once"), ("daily", "Every day"), ("weekly", "Every week")],
        initial="none",
        widget=forms.RadioSelect,
    )
    occurrences = forms.IntegerField(
        label="How many times",
        min_value=1,
        max_value=max(MAX_OCCURRENCES.values()),
        initial=1,
        help_text="For a daily or weekly repeat: up to 60 days or 26 weeks.",
        error_messages={"required": "Say how many times (1 for once)."},
    )
    auto_send = forms.BooleanField(
        label="Send the pathway's next steps without waiting for me to confirm them",
        required=False,
        help_text="For the pathway only. Otherwise each proposed step waits on this page for you.",
    )

    def __init__(self, *args, templates: list[Template], client_time_zone: str, allow_pathway: bool, **kwargs):
        super().__init__(*args, **kwargs)
        self.zone = ZoneInfo(client_time_zone)
        self.templates = {str(t.pk): t for t in templates}
        choices: list = [("", "Choose…")]
        if allow_pathway:
            choices.append(("Programme", [(PATHWAY, "Rejection-recovery pathway (the whole programme)")]))
        self.fields["template"].choices = choices + _exercises_and_measures(templates)
        self.client_time_zone = client_time_zone.replace("_", " ")
        if not allow_pathway:
            del self.fields["auto_send"]
        if not self.is_bound:
            local_now = timezone.now().astimezone(self.zone)
            day = local_now.date() + datetime.timedelta(days=0 if local_now.time() < datetime.time(18, 0) else 1)
            self.initial.setdefault("due_date", day)

    def to_give(self) -> dict:
        """The cleaned input as ``clinicians.services.homework_give`` takes it."""
        data = self.cleaned_data
        return {
            "template": data.get("template_obj"),
            "pathway": data["template"] == PATHWAY,
            "due_at": data["due_at"],
            "instructions": data["instructions"],
            "recurrence": data["recurrence"],
            "occurrences": data["occurrences"],
            "auto_send": data.get("auto_send", False),
        }

    def preview(self) -> dict:
        """What the client will see for the form as it stands (a best effort while it is incomplete)."""
        data = getattr(self, "cleaned_data", {}) if self.is_bound else {}
        choice = self.data.get("template") if self.is_bound else self.initial.get("template")
        if choice == PATHWAY:
            template = next((t for t in self.templates.values() if t.slug == "feelings-check-in"), None)
        else:
            template = self.templates.get(str(choice)) if choice else None
        due_at = data.get("due_at")
        if not self.is_bound:
            due_at = datetime.datetime.combine(self.initial["due_date"], DEFAULT_DUE_TIME, tzinfo=self.zone)
        version = template.current_version if template else None
        return {
            "pathway": choice == PATHWAY,
            "template": template,
            "version": version,
            "outline": outline(version.items) if version else [],
            "instructions": (self.data.get("instructions", "") if self.is_bound else "").strip(),
            "due_at": due_at,
            "client_zone": self.zone.key,
            "recurrence": data.get("recurrence", "none"),
            "occurrences": data.get("occurrences", 1),
        }

    def clean(self):
        cleaned = super().clean()
        self.read_due_at(cleaned)
        recurrence = cleaned.get("recurrence")
        occurrences = cleaned.get("occurrences")
        if recurrence == "none" or cleaned.get("template") == PATHWAY:
            cleaned["occurrences"] = 1
        elif recurrence in MAX_OCCURRENCES and occurrences and occurrences > MAX_OCCURRENCES[recurrence]:
            self.add_error("occurrences", f"Choose from 1 to {MAX_OCCURRENCES[recurrence]} for a {recurrence} repeat.")
        template = cleaned.get("template")
        if template and template != PATHWAY:
            cleaned["template_obj"] = self.templates.get(template)
        return cleaned


class CommentForm(forms.Form):
    body = forms.CharField(
        label="Your comment",
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": "Write a comment first."},
    )
    link_id = forms.CharField(required=False, max_length=64, widget=forms.HiddenInput)


class ReviewForm(forms.Form):
    decision = forms.ChoiceField(choices=[("reviewed", "Mark reviewed"), ("revise", "Ask for a revision")])
    comment = forms.CharField(
        label="Comment for the client",
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="Optional when you mark it reviewed; when you ask for a revision, say what to look at again.",
    )


class AcknowledgeForm(forms.Form):
    note = forms.CharField(
        label="What you did",
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="For example: phoned the client, agreed a safety plan, brought the session forward.",
    )


class ProposalSendForm(DueInClientZone):
    """Send a proposed next step at another time, given in the client's time zone."""

    def __init__(self, *args, client_time_zone: str, proposed_at: datetime.datetime, **kwargs):
        super().__init__(*args, **kwargs)
        self.zone = ZoneInfo(client_time_zone)
        local = proposed_at.astimezone(self.zone)
        self.initial.setdefault("due_date", local.date())
        self.initial.setdefault("due_time", local.time().replace(second=0, microsecond=0))
        self.client_time_zone = client_time_zone.replace("_", " ")

    def clean(self):
        cleaned = super().clean()
        self.read_due_at(cleaned)
        return cleaned


class SessionStartForm(forms.Form):
    """Give an exercise or measure due now, to fill in together with the client in the room."""

    template = forms.ChoiceField(
        label="Exercise to do together",
        error_messages={
            "required": "Choose an exercise or a measure to fill in together.",
            "invalid_choice": "Choose one of the exercises or measures in the list.",
        },
    )

    def __init__(self, *args, templates: list[Template], **kwargs):
        super().__init__(*args, **kwargs)
        self.templates = {str(t.pk): t for t in templates}
        self.fields["template"].choices = [("", "Choose…"), *_exercises_and_measures(templates)]

    def clean_template(self) -> Template:
        return self.templates[self.cleaned_data["template"]]


class ClinicianSettingsForm(forms.ModelForm):
    """The clinician's own settings: time zone, emails and when the weekly summary comes."""

    time_zone = TimeZoneField(label="Your time zone")

    class Meta:
        model = Clinician
        fields = ["time_zone", "summary_weekday", "summary_time", "email_notifications"]
        widgets = {"summary_time": forms.TimeInput(attrs={"type": "time"}, format="%H:%M")}
        labels = {"email_notifications": "Email me risk alerts and the weekly summary"}
        help_texts = {
            "email_notifications": "Alerts and summaries always appear in the dashboard; emails never name a client.",
            "summary_weekday": "The summary covers the seven days before this moment.",
        }
