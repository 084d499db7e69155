from django import forms

from clients.models import Client
from clients.services import CONTACT_FIELDS
from practices.timezones import TimeZoneField

PHONE_INPUT = forms.TextInput(attrs={"type": "tel", "autocomplete": "tel", "inputmode": "tel"})


class ContactErrorsMixin:
    """One error per contact field: a value that failed its own check is not also told it is missing.

    The model's rule (a name needs a number and a number a name) runs after the form's own checks
    and sees a rejected value as no value at all; the form's own error is the one that helps.
    """

    def _post_clean(self):
        unparsable = [name for name in CONTACT_FIELDS if name in self._errors]
        super()._post_clean()
        for name in unparsable:
            del self._errors[name][1:]


class ClientContactForm(ContactErrorsMixin, forms.ModelForm):
    """How the care team reaches a client, or someone close to them, when worried about their safety."""

    class Meta:
        model = Client
        fields = list(CONTACT_FIELDS)
        widgets = {"phone": PHONE_INPUT, "emergency_contact_phone": PHONE_INPUT}
        labels = {"phone": "Phone number", "emergency_contact_phone": "Emergency contact's phone number"}
        help_texts = {
            "phone": "With the country code (+44…) if it is not a UK number.",
            "emergency_contact_name": "Someone who agreed the care team may call them if they are worried.",
        }


class ClientPreferencesForm(ContactErrorsMixin, forms.ModelForm):
    display_name = forms.CharField(
        label="Your name", max_length=80, help_text="How your clinician and this app address you."
    )
    time_zone = TimeZoneField(label="Your time zone")

    class Meta:
        model = Client
        fields = ["time_zone", "quiet_hours_start", "quiet_hours_end", "daily_prompt_time", "reminders_opt_out"]
        fields += list(CONTACT_FIELDS)
        widgets = {
            "phone": PHONE_INPUT,
            "emergency_contact_phone": PHONE_INPUT,
            "quiet_hours_start": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
            "quiet_hours_end": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
            "daily_prompt_time": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        }
        labels = {
            "quiet_hours_start": "Quiet from",
            "quiet_hours_end": "Quiet until",
            "daily_prompt_time": "Daily reminder at",
            "phone": "Your phone number",
            "emergency_contact_phone": "Their phone number",
        }
        help_texts = {
            "reminders_opt_out": "You can still see everything that is due when you open the app.",
            "phone": "Only your care team sees it, to reach you if they are worried about your safety.",
            "emergency_contact_name": "Someone you trust who agreed your care team may call them if they are "
            "worried about you. Only your care team sees it.",
        }


def parse_version(data) -> int:
    """The response version a form was filled in against; anything unreadable counts as stale (-1)."""
    value = data.get("version", "")
    if isinstance(value, str) and value.isascii() and value.isdigit() and len(value) <= 9:
        return int(value)
    return -1
