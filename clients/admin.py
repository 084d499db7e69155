from django.contrib import admin

from clients.models import CareTeamMember, Client


class CareTeamInline(admin.TabularInline):
    model = CareTeamMember
    extra = 0
    raw_id_fields = ["clinician"]


@admin.register(Client)
class ClientAdmin(admin.ModelAdmin):
    list_display = ["user", "time_zone", "reminders_opt_out"]
    list_select_related = ["user"]
    raw_id_fields = ["user"]
    inlines = [CareTeamInline]
