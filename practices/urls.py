from django.urls import path

from audit import views as audit_views
from practices import views

app_name = "practices"
urlpatterns = [
    path("", views.clinicians, name="clinicians"),
    path("clinicians/<int:pk>/deactivate/", views.clinician_deactivate_view, name="clinician_deactivate"),
    path("clinicians/<int:pk>/reactivate/", views.clinician_reactivate_view, name="clinician_reactivate"),
    path("clients/", views.clients, name="clients"),
    path("clients/<int:pk>/primary-clinician/", views.client_hand_over_view, name="client_handover"),
    path("clients/<int:pk>/close/", views.client_close_view, name="client_close"),
    path("settings/", views.settings_view, name="settings"),
    path("tasks/", views.tasks, name="tasks"),
    path("audit/", audit_views.practice_audit, name="audit"),
]
