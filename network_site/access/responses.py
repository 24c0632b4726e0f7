"""What a request that may not see something gets: the login page if anonymous, else 403."""

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers


def deny(request):
    """Anonymous: redirect to the front-end login, back here after. Logged in: 403 "not for your account"."""
    if not request.user.is_authenticated:
        response = redirect_to_login(request.get_full_path(), settings.WAGTAIL_FRONTEND_LOGIN_URL)
    else:
        response = TemplateResponse(request, "403.html", status=403)
        response.render()
    add_never_cache_headers(response)
    return response
