"""The API's request parser. Its own module, importing nothing of ours: DRF imports it while its settings load,
so it must not import anything that imports DRF's views (config.api does)."""

from rest_framework.exceptions import ParseError
from rest_framework.parsers import JSONParser


class BoundedJSONParser(JSONParser):
    """DRF's JSON parser, with a body nested too deeply to parse (thousands of brackets) answered as a 400
    rather than a RecursionError and a 500."""

    def parse(self, stream, media_type=None, parser_context=None):
        try:
            return super().parse(stream, media_type, parser_context)
        except RecursionError:
            raise ParseError("The JSON in the request is nested too deeply.") from None
