from django import forms

_BIGGEST_ID = 2**63 - 1  # larger ids cannot exist; refused rather than overflowing the database's integer


class AuditFilterForm(forms.Form):
    """Narrowing the trail: by client, by person, by time. Used by the practice page and the API alike."""

    client = forms.IntegerField(required=False, min_value=1, max_value=_BIGGEST_ID, label="Client id")
    actor = forms.IntegerField(required=False, min_value=1, max_value=_BIGGEST_ID, label="Person id")
    since = forms.DateTimeField(required=False, label="From")
    until = forms.DateTimeField(required=False, label="Until")

    def clean(self):
        data = super().clean()
        if data.get("since") and data.get("until") and data["since"] >= data["until"]:
            raise forms.ValidationError("“From” must be before “until”.")
        return data

    def filters(self) -> dict:
        data = self.cleaned_data
        return {
            "client_id": data.get("client"),
            "actor_id": data.get("actor"),
            "since": data.get("since"),
            "until": data.get("until"),
        }
