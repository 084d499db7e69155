"""The API's request parser. Its own module, importing nothing of ours: DRF imports it while its settings load,
so it must not import anything that imports DRF's views (config.api does)."""

import json

from rest_framework.exceptions import ParseError
from rest_framework.parsers import JSONParser


class BoundedJSONParser(JSONParser):
    """DRF's JSON parser, with a body nested too deeply to parse (thousands of brackets) answered as a 400
    rather than a RecursionError and a 500, and text no database can store (half of a surrogate pair, which
    JSON can escape as "\\ud800" but UTF-8 cannot hold) refused with a 400 that says so."""

    def parse(self, stream, media_type=None, parser_context=None):
        try:
            data = super().parse(stream, media_type, parser_context)
        except RecursionError:
            raise ParseError("The JSON in the request is nested too deeply.") from None
        try:
            json.dumps(data, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError:
            raise ParseError(
                "The JSON in the request has text that is not valid Unicode (half of a surrogate pair)."
            ) from None
        except RecursionError:
            raise ParseError("The JSON in the request is nested too deeply.") from None
        return data


class FHIRJSONParser(BoundedJSONParser):
    """The same, for bodies sent as FHIR's own JSON media type (a Questionnaire to import)."""

    media_type = "application/fhir+json"
