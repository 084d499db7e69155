"""The product's URLs with one view that fails, to see the 500 page as production sends it."""

from django.urls import path

from config.urls import handler400, handler404, handler500
from config.urls import urlpatterns as product


def fails(request):
    raise RuntimeError("a failure the error page must not show")


urlpatterns = [path("fails/", fails), path("api/v1/fails/", fails), *product]

__all__ = ["handler400", "handler404", "handler500", "urlpatterns"]
