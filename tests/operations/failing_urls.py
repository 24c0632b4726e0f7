"""The site's URLs plus ``/boom/``, a view that fails, to see what a request error leaves in the logs."""

from django.urls import path

from network_site.urls import handler500, urlpatterns


def boom(request):
    raise RuntimeError("the view failed on purpose")


urlpatterns = [path("boom/", boom), *urlpatterns]
__all__ = ["handler500", "urlpatterns"]
