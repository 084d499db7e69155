"""The static files storage: WhiteNoise's compressed manifest, with the portal's ES module imports hashed too."""

from whitenoise.storage import CompressedManifestStaticFilesStorage

# Where the project's own ES modules live; imports in them are rewritten. Only there: Django's module-import
# patterns read every ``import("…")`` as a file to hash, also inside comments, and third-party scripts have such
# comments (django_htmx's ``@type {import("../htmx")…}`` would stop ``collectstatic``).
ES_MODULES = "js/portal/*.js"


class ManifestStaticFilesStorage(CompressedManifestStaticFilesStorage):
    """Hashed, compressed static files where, in the portal form's modules, ``import … from "./rows.js";`` becomes
    ``"./rows.<hash>.js"``: each module is cached for good like every hashed file, and a change to one gives every
    module that imports it a new name too. An import of a module that is not there stops ``collectstatic``.

    This is Django's ``support_js_module_import_aggregation``, applied to ``ES_MODULES`` rather than to every
    ``*.js`` file."""

    patterns = (
        *CompressedManifestStaticFilesStorage.patterns,
        (ES_MODULES, CompressedManifestStaticFilesStorage._js_module_import_aggregation_patterns[1]),
    )
