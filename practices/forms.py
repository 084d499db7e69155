from django import forms

from practices.models import Practice
from practices.timezones import time_zone_choices


class PracticeSettingsForm(forms.ModelForm):
    time_zone = forms.ChoiceField(label="Practice time zone", choices=time_zone_choices)

    class Meta:
        model = Practice
        fields = ["name", "time_zone", "require_mfa", "crisis_resources"]
        widgets = {"crisis_resources": forms.Textarea(attrs={"rows": 6})}
