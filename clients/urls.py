from django.urls import path

from clients import views

app_name = "clients"
urlpatterns = [
    path("", views.today, name="today"),
    path("preferences/", views.preferences, name="preferences"),
]
