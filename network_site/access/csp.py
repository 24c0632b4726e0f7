"""The content security policy (django-csp 4): strict on the site, relaxed where the Wagtail admin needs it.

The site's own templates use no inline script or style, so ``settings.CONTENT_SECURITY_POLICY``
allows only the site's own origin. Wagtail's admin pages still carry inline scripts (panels,
date pickers) and inline styles, and frame their own previews: under ``/admin/`` (except its
login page, which needs none of this) ``WAGTAILADMIN_CSP_UPDATE`` is added to the policy and
``WAGTAILADMIN_CSP_REPLACE`` replaces directives, also for page previews shown in the editor.
"""

from csp.constants import HEADER
from csp.middleware import CSPMiddleware as BaseCSPMiddleware
from django.conf import settings
from django.urls import reverse


def _relaxed_for(request) -> bool:
    path = request.path_info
    return path.startswith(reverse("wagtailadmin_home")) and path != reverse("wagtailadmin_login")


class CSPMiddleware(BaseCSPMiddleware):
    def process_response(self, request, response):
        if _relaxed_for(request) and HEADER in response:
            # A page preview is rendered through the middleware with the page's own address (Wagtail's
            # dummy request), so it already carries the site's policy: the admin's replaces it.
            del response[HEADER]
        return super().process_response(request, response)

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and _relaxed_for(request):
            parts.update = {**getattr(settings, "WAGTAILADMIN_CSP_UPDATE", {}), **(parts.update or {})}
            parts.replace = {**getattr(settings, "WAGTAILADMIN_CSP_REPLACE", {}), **(parts.replace or {})}
        return parts
