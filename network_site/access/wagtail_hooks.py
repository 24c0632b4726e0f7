"""Checks added to Wagtail's serving of pages and documents (see ``visibility``)."""

from wagtail import hooks
from wagtail.models import CollectionViewRestriction, PageViewRestriction

from .responses import deny
from .visibility import (
    is_used_by_a_page_open_to,
    refused_collection_restrictions,
    restrictions_of,
    user_group_ids,
)


@hooks.register("before_serve_page")
def check_page_access(page, request, serve_args, serve_kwargs):
    """Before Wagtail's own check: a restricted page needs a login first, and gets a 403 for the wrong account.

    Wagtail would show a password-protected page's form to anonymous visitors and send a logged-in
    person outside the page's groups back to the login form; here anonymous visitors log in first
    (the site is private), and a logged-in person without access is told so. Password forms are
    left to Wagtail (``WAGTAIL_PASSWORD_REQUIRED_TEMPLATE``).
    """
    restrictions = restrictions_of(page)
    if not restrictions:
        return None
    if not request.user.is_authenticated:
        return deny(request)
    group_ids = user_group_ids(request)
    for kind, groups in restrictions.values():
        if kind == PageViewRestriction.GROUPS and not request.user.is_superuser and not groups & group_ids:
            return deny(request)
    return None


@hooks.register("before_serve_document", order=-1)  # before Wagtail's collection check (order 0)
def check_document_access(document, request):
    """The file rule of ``visibility``, with the same answers as for pages (login page, or 403).

    A logged-in person held back only by a collection's password is left to Wagtail's check,
    which shows the password form.
    """
    refused = refused_collection_restrictions(request, document)
    only_passwords = request.user.is_authenticated and all(
        restriction.restriction_type == CollectionViewRestriction.PASSWORD for restriction in refused
    )
    if (refused and not only_passwords) or not is_used_by_a_page_open_to(request, document):
        return deny(request)
    return None
