"""The public API for templates, assignments, comments, alerts and the pathway (API.md).

One module per resource (``templates``, ``assignments`` with the pathway,
``comments``, ``alerts``); their serializers are in ``serializers``, and what
several of them share in ``common``.
"""
