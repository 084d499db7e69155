"""The review queue, and one assignment: comment on it, review it, or cancel it."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from accounts.forms import add_service_errors
from assignments.outline import outline
from assignments.services import assignment_cancel, assignment_review, comment_add
from clinicians.forms import CommentForm, ReviewForm
from clinicians.selectors.assignment_page import assignment_page_for, open_assignment_for
from clinicians.selectors.review_queue import review_queue_entries, review_queue_for
from clinicians.services import series_review
from clinicians.views.common import clinician_page, errors_to_messages


@clinician_page
def review_queue(request):
    return render(request, "clinicians/review_queue.html", {"queue": review_queue_entries(user=request.user)})


@require_POST
@clinician_page
def review_series(request, series_pk: int):
    waiting = list(review_queue_for(user=request.user).filter(series_id=series_pk))
    if not waiting:
        raise Http404("Nothing of this series is waiting for your review.")
    count = series_review(clinician_user=request.user, assignments=waiting)
    title = waiting[0].template_version.title
    messages.success(request, f"{count} × {title} from {waiting[0].client.user.display_name} marked reviewed.")
    return redirect("clinicians:review_queue")


def _assignment_page(request, pk: int, *, comment_form=None, review_form=None, status: int = 200):
    page = assignment_page_for(user=request.user, pk=pk)
    context = {
        "page": page,
        "assignment": page.assignment,
        "comment_form": comment_form or CommentForm(),
        "review_form": review_form or ReviewForm(),
        # Before anything is sent: the questions in words, with the phone preview a click away.
        "outline": [] if page.latest else outline(page.assignment.template_version.items),
    }
    return render(request, "clinicians/assignment.html", context, status=status)


@clinician_page
def assignment_detail(request, pk: int):
    return _assignment_page(request, pk)


@require_POST
@clinician_page
def assignment_comment(request, pk: int):
    assignment = open_assignment_for(user=request.user, pk=pk)
    form = CommentForm(request.POST)
    if form.is_valid():
        try:
            comment = comment_add(assignment=assignment, author=request.user, **form.cleaned_data)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, "Comment added. The client sees it with the exercise.")
            anchor = f"#item-{comment.link_id}" if comment.link_id else "#comments"
            return redirect(reverse("clinicians:assignment", args=[pk]) + anchor)
    return _assignment_page(request, pk, comment_form=form, status=400)


@require_POST
@clinician_page
def assignment_review_view(request, pk: int):
    assignment = open_assignment_for(user=request.user, pk=pk)
    form = ReviewForm(request.POST)
    if form.is_valid():
        try:
            assignment_review(assignment=assignment, clinician_user=request.user, **form.cleaned_data)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            done = "marked reviewed" if form.cleaned_data["decision"] == "reviewed" else "sent back for a revision"
            messages.success(request, f"{assignment.client.user.display_name}'s exercise is {done}.")
            return redirect("clinicians:assignment", pk=pk)
    return _assignment_page(request, pk, review_form=form, status=400)


@require_POST
@clinician_page
def assignment_cancel_view(request, pk: int):
    assignment = open_assignment_for(user=request.user, pk=pk)
    try:
        assignment_cancel(assignment=assignment, clinician_user=request.user)
    except ValidationError as error:
        errors_to_messages(request, error)
    else:
        messages.success(request, "Cancelled. The client no longer sees it as due.")
    return redirect("clinicians:client_detail", pk=assignment.client_id)
