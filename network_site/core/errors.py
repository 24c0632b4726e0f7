"""The site's own "page not found" page while developing (``DEBUG`` on, ``manage.py runserver``).

With ``DEBUG`` on, Django answers an ``Http404`` with its technical page (URL patterns, settings
hints) and ignores ``handler404``; the dev settings add ``SitePageNotFoundMiddleware`` so that a
missing page looks as it does in production (``404.html``), which is what people trying the demo
should see. Production runs without it: ``DEBUG`` is off there and Django already renders ``404.html``.
"""

from django.http import Http404
from django.views.defaults import page_not_found


class SitePageNotFoundMiddleware:
    """Render ``404.html`` (Django's ``page_not_found`` view, status 404) for an ``Http404`` raised by a view."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, Http404):
            return page_not_found(request, exception)
        return None
