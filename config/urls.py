from allauth.account.decorators import secure_admin_login
from django.conf import settings
from django.contrib import admin
from django.urls import include, path
from django.views.decorators.cache import cache_page
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView

from accounts import api as accounts_api
from accounts import views as accounts_views
from assignments.api import alerts as alerts_api
from assignments.api import assignments as assignments_api
from assignments.api import comments as comments_api
from assignments.api import templates as templates_api
from audit import api as audit_api
from clients import api as clients_api
from clients import pwa
from config import health, security

SCHEMA_SECONDS = 60 * 60  # a deploy restarts the processes, so a new schema is served at once

# The Django admin signs in through allauth, so it gets two-factor and rate limits too.
admin.site.login = secure_admin_login(admin.site.login)
admin.site.site_header = "Rejection Recovery operations"

api_v1 = [
    path("me", accounts_api.me, name="me"),
    path("me/export", clients_api.my_export, name="me-export"),
    path("me/access-log", audit_api.AccessLog.as_view(), name="me-access-log"),
    path("templates", templates_api.TemplateList.as_view(), name="templates"),
    path("templates/import", templates_api.template_import, name="templates-import"),
    path("templates/<slug:slug>", templates_api.template_detail, name="template"),
    path("templates/<slug:slug>/fhir", templates_api.template_fhir, name="template-fhir"),
    path("templates/<slug:slug>/draft", templates_api.template_draft, name="template-draft"),
    path("templates/<slug:slug>/publish", templates_api.template_publish, name="template-publish"),
    path("templates/<slug:slug>/archive", templates_api.template_archive, name="template-archive"),
    path("templates/<slug:slug>/restore", templates_api.template_restore, name="template-restore"),
    path("templates/<slug:slug>/versions", templates_api.template_version_list, name="template-versions"),
    path("clients", clients_api.CaseloadList.as_view(), name="clients"),
    path("clients/<int:pk>/progress", clients_api.client_progress, name="client-progress"),
    path("assignments", assignments_api.AssignmentList.as_view(), name="assignments"),
    path("assignments/<int:pk>", assignments_api.assignment_detail, name="assignment"),
    path("assignments/<int:pk>/draft", assignments_api.assignment_draft, name="assignment-draft"),
    path("assignments/<int:pk>/submit", assignments_api.assignment_submit, name="assignment-submit"),
    path("assignments/<int:pk>/review", assignments_api.assignment_review_view, name="assignment-review"),
    path("assignments/<int:pk>/comments", comments_api.CommentList.as_view(), name="assignment-comments"),
    path("assignments/<int:pk>/fhir", assignments_api.assignment_fhir, name="assignment-fhir"),
    path("pathways", assignments_api.pathway_create, name="pathways"),
    path("alerts", alerts_api.AlertList.as_view(), name="alerts"),
    path("alerts/<int:pk>/acknowledge", alerts_api.alert_acknowledge, name="alert-acknowledge"),
    path("audit", audit_api.AuditList.as_view(), name="audit"),
]

urlpatterns = [
    path("", accounts_views.home, name="home"),
    path("healthz", health.healthz, name="healthz"),
    path("favicon.ico", pwa.favicon, name="favicon"),
    path("readyz", health.readyz, name="readyz"),
    path(settings.CSP_REPORT_PATH.strip("/") + "/", security.csp_report, name="csp_report"),
    path("accounts/", include("allauth.urls")),
    path("session/", accounts_views.session_status, name="session_status"),
    path("_allauth/", include("allauth.headless.urls")),
    path(
        "invitations/<uuid:invitation_id>/<str:token>/", accounts_views.invitation_accept_view, name="invitation_accept"
    ),
    path("clinician/", include("clinicians.urls")),
    path("portal/", include("clients.urls")),
    path("practice/", include("practices.urls")),
    path("library/", include("assignments.urls")),
    path("api/v1/", include((api_v1, "api"), namespace="api")),
    # Built on the first request in each process (a quarter of a second), then served from memory.
    path("api/schema/", cache_page(SCHEMA_SECONDS, cache="schema")(SpectacularAPIView.as_view()), name="api-schema"),
    path(
        "api/docs/",
        SpectacularSwaggerView.as_view(url_name="api-schema", template_name="api_docs/swagger_ui.html"),
        name="api-docs",
    ),
    path(settings.ADMIN_URL, admin.site.urls),
]

handler400 = "config.errors.bad_request_or_too_large"
handler404 = "config.errors.not_found"
handler500 = "config.errors.server_failure"
