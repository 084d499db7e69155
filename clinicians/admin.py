from django.contrib import admin

from clinicians.models import Clinician


@admin.register(Clinician)
class ClinicianAdmin(admin.ModelAdmin):
    list_display = ["user", "time_zone", "email_notifications"]
    list_select_related = ["user"]
    raw_id_fields = ["user"]
