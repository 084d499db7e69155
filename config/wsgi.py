import os

from django.core.wsgi import get_wsgi_application
from django.urls import get_resolver

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
application = get_wsgi_application()

# The URLconf, and the risk detector its views import (a few thousand regular expressions), loaded now rather
# than on the first request: under gunicorn's --preload that happens once, in the master, and every worker
# forked from it starts ready.
get_resolver().url_patterns  # noqa: B018 - loading it is the point
