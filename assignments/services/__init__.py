"""Writes for assignments: giving homework, saving and submitting answers,
review, comments and risk alerts. Every view, API endpoint and task calls these.

Import them from here (``from assignments.services import response_submit``); each part has its module:
``giving`` (give, cancel, withdraw), ``answers`` (drafts and submissions), ``review`` (review,
comments, discussion flags) and ``alerts`` (what reads as risk, and the alerts it raises), with
``guards`` for who may do what to an assignment, which they all check.
"""

from assignments.services.alerts import (
    DRAFT_ALERT_WINDOW,
    RaisedRisk,
    highest_level,
    risk_alert_acknowledge,
    risk_reasons_for,
)
from assignments.services.answers import (
    AnswersInvalid,
    StaleVersion,
    Submission,
    response_save_draft,
    response_submit,
)
from assignments.services.giving import (
    MAX_OCCURRENCES,
    assignment_cancel,
    assignment_create,
    assignment_withdraw_unstarted,
    occurrence_times,
)
from assignments.services.review import assignment_review, comment_add, discussion_flag_set

__all__ = [
    "DRAFT_ALERT_WINDOW",
    "MAX_OCCURRENCES",
    "AnswersInvalid",
    "RaisedRisk",
    "StaleVersion",
    "Submission",
    "assignment_cancel",
    "assignment_create",
    "assignment_review",
    "assignment_withdraw_unstarted",
    "comment_add",
    "discussion_flag_set",
    "highest_level",
    "occurrence_times",
    "response_save_draft",
    "response_submit",
    "risk_alert_acknowledge",
    "risk_reasons_for",
]
