from django.contrib import admin

from practices.models import Practice


@admin.register(Practice)
class PracticeAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "time_zone", "require_mfa"]
    prepopulated_fields = {"slug": ["name"]}
