from django.core.paginator import Paginator
from django.shortcuts import render

from accounts.access import role_required
from accounts.models import User
from audit.forms import AuditFilterForm
from audit.selectors import access_log_for, practice_audit_for

EVENTS_PER_PAGE = 50


@role_required("admin")
def practice_audit(request):
    """The practice's audit trail, for its admin: search by client, person and date."""
    form = AuditFilterForm(request.GET or None)
    filters = form.filters() if form.is_bound and form.is_valid() else {}
    events = practice_audit_for(user=request.user, **filters) if not form.is_bound or form.is_valid() else None
    page_obj = Paginator(events, EVENTS_PER_PAGE).get_page(request.GET.get("page")) if events is not None else None
    members = User.objects.filter(practice_id=request.user.practice_id).select_related("client_profile")
    members = members.order_by("display_name")
    clients = [m for m in members if m.is_client and hasattr(m, "client_profile")]
    names = {m.client_profile.pk: m.display_name for m in clients}
    for event in page_obj or ():
        event.client_name = names.get(event.client_id, f"Client #{event.client_id}")
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "audit/practice_audit.html",
        {
            "form": form,
            "page_obj": page_obj,
            "people": [m for m in members if not m.is_client],
            "clients": clients,
            "query": query.urlencode(),
        },
    )


@role_required("client")
def access_log(request):
    """Who opened the client's record, in plain words."""
    page_obj = Paginator(access_log_for(user=request.user), EVENTS_PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "audit/access_log.html", {"page_obj": page_obj})
