"""What a client and their clinicians say about an assignment: comments, and items marked to discuss."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from assignments.models.assignment import Assignment
from config.encryption import EncryptedTextField


class Comment(models.Model):
    """Feedback between a client and their clinicians, on an assignment or one item of it."""

    assignment = models.ForeignKey(Assignment, on_delete=models.CASCADE, related_name="comments")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL)
    link_id = models.CharField(max_length=64, blank=True, help_text="The item the comment points at, if any.")
    body = EncryptedTextField(max_length=5000)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["assignment", "created_at"], name="comment_assignment_time")]

    def __str__(self) -> str:
        return f"Comment by {self.author_id} on {self.assignment_id}"


class DiscussionFlag(models.Model):
    """An item the client wants to talk about in the next session."""

    assignment = models.ForeignKey(Assignment, on_delete=models.CASCADE, related_name="discussion_flags")
    link_id = models.CharField(max_length=64)
    created_at = models.DateTimeField(default=timezone.now)
    cleared_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["assignment", "link_id"], condition=Q(cleared_at__isnull=True), name="discussion_flag_open"
            )
        ]

    def __str__(self) -> str:
        return f"Discuss {self.link_id} ({self.assignment_id})"
