from django.contrib import messages
from django.contrib.auth import login
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters

from accounts.forms import InvitationAcceptForm, add_service_errors
from accounts.selectors import invitation_by_link
from accounts.services import invitation_accept

HOME_BY_ROLE = {"clinician": "clinicians:caseload", "client": "clients:today", "admin": "practices:clinicians"}


def home(request):
    """Send each person to the page their role starts from."""
    if not request.user.is_authenticated:
        return redirect("account_login")
    if request.user.is_staff and not request.user.role:
        return redirect("admin:index")
    return redirect(HOME_BY_ROLE[request.user.role])


@never_cache
@sensitive_post_parameters("password1", "password2")
def invitation_accept_view(request, invitation_id, token):
    invitation = invitation_by_link(invitation_id=invitation_id, token=token)
    if invitation is None:
        raise Http404("This invitation link is not valid.")
    if request.user.is_authenticated and request.user != invitation.user:
        return render(request, "accounts/invitation_signed_in.html", {"invitation": invitation}, status=409)
    if not invitation.is_pending:
        return render(request, "accounts/invitation_closed.html", {"invitation": invitation}, status=410)

    form = InvitationAcceptForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            user = invitation_accept(
                invitation=invitation, email=form.cleaned_data["email"], password=form.cleaned_data["password1"]
            )
        except ValidationError as error:
            # Password validators speak about the password; anything else is about the invitation.
            about_password = any((e.code or "").startswith("password") for e in getattr(error, "error_list", []))
            add_service_errors(form, error, field="password1" if about_password else None)
        else:
            login(request, user, backend="allauth.account.auth_backends.AuthenticationBackend")
            messages.success(request, f"Welcome, {user.display_name}. Your account is ready.")
            return redirect(reverse("home"))
    return render(request, "accounts/invitation_accept.html", {"form": form, "invitation": invitation})
