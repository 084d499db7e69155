from django.urls import path

from assignments import authoring, views

app_name = "library"

urlpatterns = [
    path("", views.library_index, name="index"),
    path("new/", authoring.library_new, name="new"),
    path("import/", authoring.library_import, name="import"),
    path("<slug:slug>/", views.library_detail, name="detail"),
    path("<slug:slug>/preview/", views.library_preview, name="preview"),
    path("<slug:slug>/paper/", views.library_paper, name="paper"),
    path("<slug:slug>/edit/", authoring.library_edit, name="edit"),
    path("<slug:slug>/copy/", authoring.library_copy, name="copy"),
    path("<slug:slug>/compare/", views.library_compare, name="compare"),
    path("<slug:slug>/saves/", authoring.library_saves, name="saves"),
    path("<slug:slug>/archive/", authoring.library_archive, name="archive"),
]
