from django.contrib import messages
from django.contrib.auth import login
from django.core.exceptions import ValidationError
from django.http import Http404, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_http_methods

from accounts import sessions
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

    form = InvitationAcceptForm(request.POST or None, initial={"email": invitation.user.email})
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
            login(request, user, backend="accounts.backends.AuthenticationBackend")
            messages.success(request, f"Welcome, {user.display_name}. Your account is ready.")
            return redirect(reverse("home"))
    return render(request, "accounts/invitation_accept.html", {"form": form, "invitation": invitation})


@require_http_methods(["GET", "POST"])
def session_status(request):
    """How long the caller's session has left (GET, which does not count as activity), or keep it (POST).

    The page's script asks shortly before the idle limit, warns, and offers to stay signed in.
    """
    if not request.user.is_authenticated:
        return JsonResponse({"signed_in": False, "seconds_left": 0, "can_extend": False}, status=401)
    if request.method == "POST":
        sessions.keep_alive(request.session, request.user)
    return JsonResponse(
        {
            "signed_in": True,
            "seconds_left": sessions.seconds_left(request.session, request.user),
            "can_extend": sessions.can_extend(request.session, request.user),
        }
    )
