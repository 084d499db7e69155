from django.urls import path

from audit import views as audit_views
from clients import pwa, views

app_name = "clients"
urlpatterns = [
    path("", views.today, name="today"),
    path("manifest.webmanifest", pwa.manifest, name="manifest"),
    path("sw.js", pwa.service_worker, name="service_worker"),
    path("offline/", pwa.offline, name="offline"),
    path("progress/", views.progress, name="progress"),
    path("preferences/", views.preferences, name="preferences"),
    path("safety-plan/", views.safety_plan, name="safety_plan"),
    path("access-log/", audit_views.access_log, name="access_log"),
    path("my-data/", views.my_data, name="my_data"),
    path("my-data/everything.json", views.my_data_download, {"kind": "everything"}, name="my_data_everything"),
    path("my-data/answers.fhir.json", views.my_data_download, {"kind": "fhir"}, name="my_data_fhir"),
    path("assignments/<int:pk>/", views.assignment_detail, name="assignment"),
    path("assignments/<int:pk>/autosave/", views.assignment_autosave, name="assignment_autosave"),
    path("assignments/<int:pk>/resolve/", views.assignment_resolve, name="assignment_resolve"),
    path("assignments/<int:pk>/done/", views.assignment_done, name="assignment_done"),
    path("assignments/<int:pk>/comments/", views.assignment_comment, name="assignment_comment"),
    path("assignments/<int:pk>/discuss/", views.assignment_flag, name="assignment_flag"),
]
