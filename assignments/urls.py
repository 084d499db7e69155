from django.urls import path

from assignments import views

app_name = "library"

urlpatterns = [
    path("", views.library_index, name="index"),
    path("new/", views.library_new, name="new"),
    path("import/", views.library_import, name="import"),
    path("<slug:slug>/", views.library_detail, name="detail"),
    path("<slug:slug>/preview/", views.library_preview, name="preview"),
    path("<slug:slug>/edit/", views.library_edit, name="edit"),
    path("<slug:slug>/copy/", views.library_copy, name="copy"),
    path("<slug:slug>/compare/", views.library_compare, name="compare"),
    path("<slug:slug>/saves/", views.library_saves, name="saves"),
    path("<slug:slug>/archive/", views.library_archive, name="archive"),
]
