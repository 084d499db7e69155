"""A one-page A4 PDF of a client's progress: ``page`` lays it out, ``drawing`` draws its charts, ``style`` holds
its geometry, colours and fonts; what it says in words is ``clinicians.progress_words``, shared with the charts."""

from clinicians.progress_pdf.page import download_name, render_report

__all__ = ["download_name", "render_report"]
