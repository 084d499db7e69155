from django.urls import path

from clinicians import views

app_name = "clinicians"
urlpatterns = [
    path("", views.caseload, name="caseload"),
    path("review/", views.review_queue, name="review_queue"),
    path("review/series/<int:series_pk>/", views.review_series, name="review_series"),
    path("alerts/", views.alerts, name="alerts"),
    path("summaries/", views.summaries, name="summaries"),
    path("summaries/<int:pk>/", views.summary_detail, name="summary"),
    path("settings/", views.settings_view, name="settings"),
    path("alerts/<int:pk>/acknowledge/", views.alert_acknowledge, name="alert_acknowledge"),
    path("assignments/<int:pk>/", views.assignment_detail, name="assignment"),
    path("assignments/<int:pk>/comment/", views.assignment_comment, name="assignment_comment"),
    path("assignments/<int:pk>/review/", views.assignment_review_view, name="assignment_review"),
    path("assignments/<int:pk>/cancel/", views.assignment_cancel_view, name="assignment_cancel"),
    path("assignments/<int:pk>/session/", views.in_session, name="in_session"),
    path("assignments/<int:pk>/session/autosave/", views.in_session_autosave, name="in_session_autosave"),
    path("assignments/<int:pk>/session/resolve/", views.in_session_resolve, name="in_session_resolve"),
    path("assignments/<int:pk>/session/done/", views.in_session_done, name="in_session_done"),
    path("clients/invite/", views.client_invite_view, name="client_invite"),
    path("clients/<int:pk>/", views.client_detail, name="client_detail"),
    path("clients/<int:pk>/contact/", views.client_contact, name="client_contact"),
    path("clients/<int:pk>/progress.pdf", views.client_progress_pdf, name="client_progress_pdf"),
    path("clients/<int:pk>/assign/", views.client_assign, name="client_assign"),
    path("clients/<int:pk>/assign/preview/", views.client_assign_preview, name="client_assign_preview"),
    path(
        "clients/<int:pk>/next-steps/<int:proposal_pk>/send/",
        views.proposal_decide,
        {"decision": "confirm"},
        name="proposal_confirm",
    ),
    path(
        "clients/<int:pk>/next-steps/<int:proposal_pk>/dismiss/",
        views.proposal_decide,
        {"decision": "dismiss"},
        name="proposal_dismiss",
    ),
    path("clients/<int:pk>/together/", views.in_session_start, name="in_session_start"),
    path("clients/<int:pk>/prep/", views.session_prep, name="session_prep"),
    path("clients/<int:pk>/sessions/", views.session_mark_view, name="session_mark"),
    path("clients/<int:pk>/resend-invitation/", views.client_resend_invitation, name="client_resend_invitation"),
]
