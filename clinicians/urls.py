from django.urls import path

from clinicians import views

app_name = "clinicians"
urlpatterns = [
    path("", views.caseload, name="caseload"),
    path("clients/invite/", views.client_invite_view, name="client_invite"),
    path("clients/<int:pk>/", views.client_detail, name="client_detail"),
    path("clients/<int:pk>/resend-invitation/", views.client_resend_invitation, name="client_resend_invitation"),
]
