"""The builder's forms (without JavaScript every change is one of these, posted with the draft's revision)."""

import json

from django import forms

from assignments.builder import KINDS
from assignments.questionnaire.format import MAX_REPEATS

MAX_OPTIONS = 30


class NewExerciseForm(forms.Form):
    title = forms.CharField(label="Title", max_length=120)
    description = forms.CharField(
        label="What it is for",
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="For the clinicians who choose it: what it helps with and when to use it.",
    )


class DetailsForm(NewExerciseForm):
    field_order = ["revision", "title", "description", "introduction"]

    revision = forms.IntegerField(widget=forms.HiddenInput, min_value=0)
    introduction = forms.CharField(
        label="What the client reads first",
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="A short, kind introduction: what this is and why it helps. Needed before publishing.",
    )


class ItemForm(forms.Form):
    revision = forms.IntegerField(widget=forms.HiddenInput, min_value=0)
    kind = forms.ChoiceField(label="What kind of answer", choices=[(key, label) for key, (label, _) in KINDS.items()])
    text = forms.CharField(
        label="Question, heading or text to read",
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Short formatting works in text to read: **bold**, *italic*, lists starting “- ”.",
    )
    help_text = forms.CharField(label="Help under the question", required=False, max_length=1000)
    required = forms.BooleanField(label="The client must answer it", required=False)
    options = forms.CharField(
        label="Options, one per line",
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="For the two kinds with options.",
    )
    low = forms.IntegerField(label="Scale from", required=False, initial=0, min_value=-1000, max_value=1000)
    high = forms.IntegerField(label="Scale to", required=False, initial=10, min_value=-1000, max_value=1000)
    lowest = forms.IntegerField(label="The lowest number allowed", required=False, help_text="For numbers.")
    highest = forms.IntegerField(label="The highest number allowed", required=False, help_text="For numbers.")
    max_length = forms.IntegerField(
        label="At most this many characters",
        required=False,
        min_value=1,
        max_value=50000,
        help_text="For short and long answers (2,000 and 10,000 unless you say).",
    )
    other = forms.BooleanField(
        label="Add “Other”, with a box to say what",
        required=False,
        help_text="For the two kinds with options: the box is shown when the client chooses Other.",
    )
    low_label = forms.CharField(
        label="What the bottom of the scale means",
        required=False,
        max_length=60,
        help_text="For scales, e.g. “Not at all”.",
    )
    high_label = forms.CharField(
        label="What the top of the scale means",
        required=False,
        max_length=60,
        help_text="For scales, e.g. “Completely”.",
    )
    min_rows = forms.IntegerField(
        label="At least this many answers", required=False, min_value=0, max_value=MAX_REPEATS, help_text="For lists."
    )
    max_rows = forms.IntegerField(
        label="At most this many answers", required=False, min_value=1, max_value=MAX_REPEATS, help_text="For lists."
    )
    describes_risk = forms.BooleanField(
        label="It asks the client to describe risks or warning signs",
        required=False,
        help_text="Everything a client writes is read for risk language. Here, risky words are still shown to the "
        "clinician, as history rather than a current risk (imminent ones stay imminent).",
    )
    into = forms.ChoiceField(label="Where", required=False, choices=[("", "At the end")])

    def __init__(self, *args, groups=(), fixed_kind=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.fixed_kind = fixed_kind  # changing an item in place: it keeps its kind
        if fixed_kind:
            self.fields["kind"].widget = forms.HiddenInput()
            del self.fields["other"]  # added with its question; changed afterwards as the two items they are
        self.fields["into"].choices = [("", "At the end"), *((g["linkId"], f"Inside “{g['text']}”") for g in groups)]
        if not groups:
            self.fields["into"].widget = forms.HiddenInput()

    def clean(self):
        cleaned = super().clean()
        kind = cleaned.get("kind")
        if kind in ("choice", "choices"):
            options = [line.strip() for line in (cleaned.get("options") or "").splitlines() if line.strip()]
            if not options:
                self.add_error("options", "Write at least one option, one per line.")
            elif len(options) > MAX_OPTIONS:
                self.add_error("options", f"Keep it to {MAX_OPTIONS} options or fewer.")
            elif len({o.casefold() for o in options}) < len(options):
                self.add_error("options", "Two options are the same; each needs its own words.")
            elif cleaned.get("other") and "other" in {o.casefold() for o in options}:
                self.add_error("options", "“Other” is added for you with its box: leave it out of the list.")
            cleaned["option_list"] = options
        if kind == "scale":
            low, high = cleaned.get("low"), cleaned.get("high")
            if low is None or high is None:
                self.add_error("high", "Give both ends of the scale.")
            elif low >= high:
                self.add_error("high", "The scale must go up: its top must be more than its bottom.")
            elif high - low > 100:
                self.add_error("high", "A scale of more than 100 steps is hard to answer on a phone.")
        lowest, highest = cleaned.get("lowest"), cleaned.get("highest")
        if kind == "integer" and lowest is not None and highest is not None and lowest > highest:
            self.add_error("highest", "The highest number allowed must be at least the lowest.")
        low_rows, high_rows = cleaned.get("min_rows"), cleaned.get("max_rows")
        if low_rows is not None and high_rows is not None and low_rows > high_rows:
            self.add_error("max_rows", "The most answers allowed must be at least the fewest needed.")
        if kind == "display" and cleaned.get("required"):
            cleaned["required"] = False  # text to read has no answer
        return cleaned


MAX_IMPORT_BYTES = 1024 * 1024


class ImportForm(forms.Form):
    file = forms.FileField(
        label="A FHIR Questionnaire file (JSON)",
        help_text="Exported from another tool or from this library, 1 MB at most. It becomes a draft to check first.",
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_IMPORT_BYTES:
            raise forms.ValidationError("That file is over 1 MB: a questionnaire is much smaller.")
        try:
            self.cleaned_data["document"] = json.loads(upload.read().decode("utf-8-sig"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise forms.ValidationError(
                "That file is not JSON: export the questionnaire as FHIR JSON (not XML) and choose that file."
            ) from None
        return upload
