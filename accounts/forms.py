from allauth.account import forms as allauth_forms
from allauth.mfa.base import forms as mfa_forms
from allauth.mfa.totp import forms as totp_forms
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


# --- allauth's forms, in the product's words ---------------------------------------------------------
# Same fields and checks as allauth's; only the labels change (sentence case, plain words), and the
# placeholders go: a label is always visible above each control, and a placeholder repeating it in grey
# reads as text already typed.


class _OurLabels:
    labels: dict[str, str] = {}

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            field.widget.attrs.pop("placeholder", None)
            if name in self.labels:
                field.label = self.labels[name]


_NEW_PASSWORD = {"password1": "New password", "password2": "Type the new password again"}


class ChangePasswordForm(_OurLabels, allauth_forms.ChangePasswordForm):
    labels = {"oldpassword": "Your current password", **_NEW_PASSWORD}


class SetPasswordForm(_OurLabels, allauth_forms.SetPasswordForm):
    labels = {"password1": "Password", "password2": "Type the password again"}


class ResetPasswordForm(_OurLabels, allauth_forms.ResetPasswordForm):
    labels = {"email": "Email address"}


class ResetPasswordKeyForm(_OurLabels, allauth_forms.ResetPasswordKeyForm):
    labels = _NEW_PASSWORD


class ReauthenticateForm(_OurLabels, allauth_forms.ReauthenticateForm):
    labels = {"password": "Your password"}


class MFAAuthenticateForm(_OurLabels, mfa_forms.AuthenticateForm):
    labels = {"code": "Code"}


class MFAReauthenticateForm(_OurLabels, mfa_forms.ReauthenticateForm):
    labels = {"code": "Code"}


class ActivateTOTPForm(_OurLabels, totp_forms.ActivateTOTPForm):
    labels = {"code": "Code from the app"}
