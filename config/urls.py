from allauth.account.decorators import secure_admin_login
from django.conf import settings
from django.contrib import admin
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView

from accounts import api as accounts_api
from accounts import views as accounts_views
from config import health

# The Django admin signs in through allauth, so it gets two-factor and rate limits too.
admin.site.login = secure_admin_login(admin.site.login)
admin.site.site_header = "Rejection Recovery operations"

api_v1 = [
    path("me", accounts_api.me, name="me"),
]

urlpatterns = [
    path("", accounts_views.home, name="home"),
    path("healthz", health.healthz, name="healthz"),
    path("readyz", health.readyz, name="readyz"),
    path("accounts/", include("allauth.urls")),
    path("_allauth/", include("allauth.headless.urls")),
    path(
        "invitations/<uuid:invitation_id>/<str:token>/", accounts_views.invitation_accept_view, name="invitation_accept"
    ),
    path("clinician/", include("clinicians.urls")),
    path("portal/", include("clients.urls")),
    path("practice/", include("practices.urls")),
    path("api/v1/", include((api_v1, "api"), namespace="api")),
    path("api/schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("api/docs/", SpectacularSwaggerView.as_view(url_name="api-schema"), name="api-docs"),
    path(settings.ADMIN_URL, admin.site.urls),
]
