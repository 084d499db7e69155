from django.urls import path

from practices import views

app_name = "practices"
urlpatterns = [
    path("", views.clinicians, name="clinicians"),
    path("settings/", views.settings_view, name="settings"),
]
