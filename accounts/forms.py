from django import forms
from django.core.exceptions import ValidationError


class InvitationAcceptForm(forms.Form):
    email = forms.EmailField(
        label="Your email address",
        help_text="The address this invitation was sent to. You will sign in with it.",
        # Filled in from the invitation and read-only: the person confirms it rather than retyping it, and a
        # password manager stores it beside the new password (autocomplete="username").
        widget=forms.EmailInput(attrs={"autocomplete": "username", "readonly": True}),
    )
    password1 = forms.CharField(
        label="Choose a password",
        strip=False,
        help_text="At least 10 characters. A few unrelated words make a strong one.",
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )
    password2 = forms.CharField(
        label="Type the password again",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("password1") and cleaned.get("password2") and cleaned["password1"] != cleaned["password2"]:
            self.add_error("password2", "The two passwords are not the same.")
        return cleaned


class InviteForm(forms.Form):
    """Whom to invite: used by clinicians (clients) and practice admins (clinicians)."""

    display_name = forms.CharField(
        label="Name", max_length=80, help_text="How they will be named in the product. A first name is enough."
    )
    email = forms.EmailField(label="Email address", max_length=254)


def add_service_errors(form: forms.Form, error: ValidationError, *, field: str | None = None) -> None:
    """Show a service's ValidationError on the form: per field where it names one, else on ``field``."""
    if hasattr(error, "error_dict"):
        for name, errors in error.error_dict.items():
            form.add_error(name if name in form.fields else None, errors)
    else:
        form.add_error(field, error)
