import itertools

from django import forms

from practices.models import REMINDER_DELAY_FIELDS, Practice
from practices.services import SETTING_FIELDS
from practices.timezones import TimeZoneField


class PracticeSettingsForm(forms.ModelForm):
    time_zone = TimeZoneField(label="Practice time zone")

    class Meta:
        model = Practice
        fields = list(SETTING_FIELDS)
        widgets = {"crisis_resources": forms.Textarea(attrs={"rows": 6})}
        help_texts = {
            "remind_imminent_after_minutes": "If nobody has acknowledged an alert by then, its clinician is emailed "
            "again. A more urgent level can never wait longer than a less urgent one."
        }

    def clean(self):
        cleaned = super().clean()
        for sooner, later in itertools.pairwise(REMINDER_DELAY_FIELDS):
            if cleaned.get(sooner) is not None and cleaned.get(later) is not None and cleaned[sooner] > cleaned[later]:
                self.add_error(sooner, f"Make this no longer than the {self.fields[later].label.lower()}.")
        return cleaned


class HandOverForm(forms.Form):
    """Choose the client's new primary clinician among the practice's active clinicians."""

    clinician = forms.ModelChoiceField(
        label="New primary clinician",
        queryset=None,
        empty_label="Choose a clinician…",
        error_messages={
            "required": "Choose the clinician who will care for this client.",
            "invalid_choice": "Choose an active clinician of this practice.",
        },
        help_text="The previous primary clinician's care ends today; the client's whole history stays.",
    )

    def __init__(self, *args, clinicians, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["clinician"].queryset = clinicians
        self.fields["clinician"].label_from_instance = lambda c: c.user.display_name


class TaskWindowForm(forms.Form):
    """How far back the "Background tasks" page looks; anything unknown means the default."""

    WINDOWS = {"24h": ("Last 24 hours", 1), "7d": ("Last 7 days", 7), "30d": ("Last 30 days", 30)}
    DEFAULT = "7d"

    window = forms.ChoiceField(
        label="Period", required=False, choices=[(key, label) for key, (label, _) in WINDOWS.items()]
    )

    @property
    def chosen(self) -> str:
        return (self.cleaned_data.get("window") if self.is_valid() else "") or self.DEFAULT

    @property
    def days(self) -> int:
        return self.WINDOWS[self.chosen][1]
