"""What a request gets for a page it may not open: the login page, a 403, or the page's password form.

None of these answers puts the page in the template's context (``page``): its title,
description, translations and their addresses stay out of the answer. The page is
``restricted_page`` there, which only the language switcher reads, to lead to the same
answer in another language without showing its address (``views.language_version``).
"""

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from wagtail.forms import PasswordViewRestrictionForm
from wagtail.models import PageViewRestriction

from .rules import Password, visibility


def deny(request, page=None):
    """Anonymous: redirect to the front-end login, back here after. Logged in: 403 "not for your account"."""
    if not request.user.is_authenticated:
        response = redirect_to_login(request.get_full_path(), settings.WAGTAIL_FRONTEND_LOGIN_URL)
    else:
        response = TemplateResponse(request, "403.html", {"restricted_page": page}, status=403)
        response.render()
    add_never_cache_headers(response)
    return response


def password_form(request, page, restriction, form=None):
    """The password form of ``restriction`` (a ``PageViewRestriction``) for ``page``, posted to our checked view."""
    if form is None:
        form = PasswordViewRestrictionForm(instance=restriction, initial={"return_url": request.get_full_path()})
    action_url = reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, page.pk])
    context = {"form": form, "action_url": action_url, "restricted_page": page}
    response = TemplateResponse(request, settings.WAGTAIL_PASSWORD_REQUIRED_TEMPLATE, context)
    response.render()
    add_never_cache_headers(response)
    return response


def refusal(request, page):
    """The answer for a ``page`` the request may not open (``deny`` or ``password_form``), or None if it may."""
    rule = visibility(request)
    if not rule.can_open_page(page, Password.ASK):
        return deny(request, page)
    if rule.can_open_page(page, Password.SESSION):
        return None
    for restriction in page.get_view_restrictions().filter(restriction_type=PageViewRestriction.PASSWORD):
        if not restriction.accept_request(request):
            return password_form(request, page, restriction)
    return None
