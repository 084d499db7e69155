"""Kept only for ``tests/assignments/test_risk_model.py``, which another change is editing at the same time.

The example answers now live in each template's own file (``assignments/library/<slug>.json``, its
``example``) and are read by ``assignments.library.EXAMPLES``; import them from there. Delete this module
once that test imports ``assignments.library``.
"""

from assignments.library import EXAMPLES

__all__ = ["EXAMPLES"]
