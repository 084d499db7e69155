"""The clinician dashboard: caseload, review queue, assignments, alerts, client pages and session prep.

Every page works without JavaScript (plain links and form posts); htmx only
refreshes the assignment preview as the form changes. Reads go through
``clinicians.selectors`` (scoped to the caller: someone else's client is a
404), writes through services. One module per area of the dashboard; every
page is wrapped in ``common.clinician_page``.
"""
