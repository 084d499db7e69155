from django.urls import path

from clinicians.views import alerts, caseload, client_page, in_session, review, session_prep, summaries

app_name = "clinicians"
urlpatterns = [
    path("", caseload.caseload, name="caseload"),
    path("review/", review.review_queue, name="review_queue"),
    path("review/series/<int:series_pk>/", review.review_series, name="review_series"),
    path("alerts/", alerts.alerts, name="alerts"),
    path("summaries/", summaries.summaries, name="summaries"),
    path("summaries/<int:pk>/", summaries.summary_detail, name="summary"),
    path("settings/", summaries.settings_view, name="settings"),
    path("alerts/<int:pk>/acknowledge/", alerts.alert_acknowledge, name="alert_acknowledge"),
    path("assignments/<int:pk>/", review.assignment_detail, name="assignment"),
    path("assignments/<int:pk>/comment/", review.assignment_comment, name="assignment_comment"),
    path("assignments/<int:pk>/review/", review.assignment_review_view, name="assignment_review"),
    path("assignments/<int:pk>/cancel/", review.assignment_cancel_view, name="assignment_cancel"),
    path("assignments/<int:pk>/session/", in_session.in_session, name="in_session"),
    path("assignments/<int:pk>/session/autosave/", in_session.in_session_autosave, name="in_session_autosave"),
    path("assignments/<int:pk>/session/resolve/", in_session.in_session_resolve, name="in_session_resolve"),
    path("assignments/<int:pk>/session/done/", in_session.in_session_done, name="in_session_done"),
    path("clients/invite/", caseload.client_invite_view, name="client_invite"),
    path("clients/<int:pk>/", client_page.client_detail, name="client_detail"),
    path("clients/<int:pk>/contact/", client_page.client_contact, name="client_contact"),
    path("clients/<int:pk>/progress.pdf", client_page.client_progress_pdf, name="client_progress_pdf"),
    path("clients/<int:pk>/assign/", client_page.client_assign, name="client_assign"),
    path("clients/<int:pk>/assign/preview/", client_page.client_assign_preview, name="client_assign_preview"),
    path(
        "clients/<int:pk>/next-steps/<int:proposal_pk>/send/",
        client_page.proposal_decide,
        {"decision": "confirm"},
        name="proposal_confirm",
    ),
    path(
        "clients/<int:pk>/next-steps/<int:proposal_pk>/dismiss/",
        client_page.proposal_decide,
        {"decision": "dismiss"},
        name="proposal_dismiss",
    ),
    path("clients/<int:pk>/together/", client_page.in_session_start, name="in_session_start"),
    path("clients/<int:pk>/prep/", session_prep.session_prep, name="session_prep"),
    path("clients/<int:pk>/sessions/", session_prep.session_mark_view, name="session_mark"),
    path("clients/<int:pk>/resend-invitation/", caseload.client_resend_invitation, name="client_resend_invitation"),
]
