"""The assignments app's models, one module per idea, all importable from here (and found here by Django)."""

from assignments.models.assignment import Assignment, AssignmentQuerySet, AssignmentSeries, Response, ResponseRevision
from assignments.models.discussion import Comment, DiscussionFlag
from assignments.models.follow_ups import FollowUp
from assignments.models.pathway import PathwayEnrollment, PathwayProposal
from assignments.models.risk_alerts import RiskAlert, RiskAlertQuerySet, urgency_of
from assignments.models.templates import Template, TemplateDraftRevision, TemplateQuerySet, TemplateVersion

__all__ = [
    "Assignment",
    "AssignmentQuerySet",
    "AssignmentSeries",
    "Comment",
    "DiscussionFlag",
    "FollowUp",
    "PathwayEnrollment",
    "PathwayProposal",
    "Response",
    "ResponseRevision",
    "RiskAlert",
    "RiskAlertQuerySet",
    "Template",
    "TemplateDraftRevision",
    "TemplateQuerySet",
    "TemplateVersion",
    "urgency_of",
]
