from django.contrib import admin

from notifications import services
from notifications.models import Notification


@admin.register(Notification)
class NotificationAdmin(admin.ModelAdmin):
    """The outbox for operators. Messages hold no clinical content by design, so they can be read here."""

    list_display = ["key", "kind", "recipient", "status", "attempts", "available_at", "sent_at"]
    list_filter = ["kind", "status", "priority"]
    search_fields = ["key", "recipient__email"]
    list_select_related = ["recipient"]
    readonly_fields = [f.name for f in Notification._meta.fields]
    actions = ["resend"]

    def has_add_permission(self, request) -> bool:
        return False

    @admin.action(description="Send again (the relay picks them up within a minute)")
    def resend(self, request, queryset):
        count = services.resend(queryset)
        self.message_user(request, f"Queued {count} message(s) again.")
