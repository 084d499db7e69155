from django.urls import path

from assignments import views

app_name = "library"

urlpatterns = [
    path("", views.library_index, name="index"),
    path("<slug:slug>/", views.library_detail, name="detail"),
    path("<slug:slug>/preview/", views.library_preview, name="preview"),
]
