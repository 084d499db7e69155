from django import forms

from clients.models import Client
from practices.timezones import time_zone_choices


class ClientPreferencesForm(forms.ModelForm):
    display_name = forms.CharField(
        label="Your name", max_length=80, help_text="How your clinician and this app address you."
    )
    time_zone = forms.ChoiceField(label="Your time zone", choices=time_zone_choices)

    class Meta:
        model = Client
        fields = ["time_zone", "quiet_hours_start", "quiet_hours_end", "daily_prompt_time", "reminders_opt_out"]
        widgets = {
            "quiet_hours_start": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
            "quiet_hours_end": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
            "daily_prompt_time": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        }
        labels = {
            "quiet_hours_start": "Quiet from",
            "quiet_hours_end": "Quiet until",
            "daily_prompt_time": "Daily reminder at",
        }
        help_texts = {"reminders_opt_out": "You can still see everything that is due when you open the app."}


def parse_version(data) -> int:
    """The response version a form was filled in against; anything unreadable counts as stale (-1)."""
    value = data.get("version", "")
    if isinstance(value, str) and value.isascii() and value.isdigit() and len(value) <= 9:
        return int(value)
    return -1
