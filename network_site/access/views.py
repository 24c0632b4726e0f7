"""Views that answer for pages without telling anything of those the request may not open.

- ``authenticate_with_password`` replaces Wagtail's view at the same address
  (``/<lang>/_util/authenticate_with_password/<restriction id>/<page id>/``), which
  rendered any page's password form, with its title and translations' addresses,
  to anyone who walked the ids. Here the restriction must be a password one on
  the page or an ancestor, and the request must pass every other restriction of
  the page (``rules.Password.ASK``); otherwise the answer is a 404, the same as
  for ids that do not exist.
- ``language_version`` is where the language switcher leads from a page the
  request may not open (a 403 or a password form): ``/<lang>/_util/language/<token>/``,
  the token being the page's id signed (it cannot be made up or walked). It
  redirects to the page's version in the active language if the request may
  open it, else gives the same answer there (403, login or password form),
  without showing its address.
"""

from django.conf import settings
from django.core import signing
from django.http import Http404
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme
from wagtail.forms import PasswordViewRestrictionForm
from wagtail.models import Locale, Page, PageViewRestriction

from .responses import password_form, refusal
from .rules import Password, visibility

_SALT = "network_site.access.language_version"


def language_token(page) -> str:
    """The token of ``page`` for ``language_version`` (its id, signed with ``SECRET_KEY``)."""
    return signing.dumps(page.pk, salt=_SALT)


def authenticate_with_password(request, page_view_restriction_id, page_id):
    restriction = PageViewRestriction.objects.filter(
        pk=page_view_restriction_id, restriction_type=PageViewRestriction.PASSWORD
    ).first()
    page = Page.objects.filter(pk=page_id).first()
    if (
        restriction is None
        or page is None
        or not page.path.startswith(restriction.page.path)
        or not visibility(request).can_open_page(page, Password.ASK)
    ):
        raise Http404
    form = PasswordViewRestrictionForm(request.POST or None, instance=restriction)
    if request.method == "POST" and form.is_valid():
        restriction.mark_as_passed(request)
        return_url = form.cleaned_data["return_url"]
        if not url_has_allowed_host_and_scheme(return_url, request.get_host(), request.is_secure()):
            return_url = settings.LOGIN_REDIRECT_URL
        return redirect(return_url)
    return password_form(request, page, restriction, form)


def language_version(request, token):
    try:
        page_id = signing.loads(token, salt=_SALT)
    except signing.BadSignature as error:
        raise Http404 from error
    page = Page.objects.filter(pk=page_id).first()
    version = page.get_translation_or_none(Locale.get_active()) if page else None
    if version is None or not version.live:
        raise Http404
    return refusal(request, version) or redirect(version.get_url(request))
