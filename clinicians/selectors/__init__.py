"""Reads for the clinician's pages, always scoped to the caller: one module per page or read-model.

Built on the scoped querysets (``Client.objects.visible_to``, ``Assignment.objects.visible_to``)
and on ``clients.selectors``; every list is annotated with subqueries or fetched in one query per
kind of row, so a page costs the same number of queries at 5 clients or 500. A read whose name
ends in ``_for`` takes the caller (``user=``) and returns only what they may see; someone else's
record is a 404, exactly like a missing one. Import from the module that holds the read, e.g.
``from clinicians.selectors.caseload import caseload_table``.

The practice admin's reads are in ``practices.selectors``; risk alerts as the clinician reads
them in ``clinicians.alerts``; the words of the client timeline in ``clinicians.timeline_text``.
"""
