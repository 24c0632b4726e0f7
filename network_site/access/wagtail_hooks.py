"""Checks added to Wagtail's serving of pages and documents (the view rule of ``rules``), and its file views' refusals logged."""

from django.urls import path
from wagtail import hooks
from wagtail.models import BaseViewRestriction

from . import refusals
from .responses import deny, refusal
from .rules import Password, visibility


@hooks.register("before_serve_page")
def check_page_access(page, request, serve_args, serve_kwargs):
    """Before Wagtail's own check: a restricted page needs a login first, and gets a 403 for the wrong account.

    Wagtail would show a password-protected page's form to anonymous visitors and send a logged-in
    person outside the page's groups back to the login form; here anonymous visitors log in first
    (the site is private), and a logged-in person without access is told so. A logged-in person
    held back only by a password gets the password form (``WAGTAIL_PASSWORD_REQUIRED_TEMPLATE``),
    rendered without the page: none of these answers shows its title or its translations
    (``responses.refusal``).
    """
    return refusal(request, page)


@hooks.register("before_serve_document", order=-1)  # before Wagtail's collection check (order 0)
def check_document_access(document, request):
    """The file rule of ``rules``, with the same answers as for pages (login page, or 403).

    A logged-in person held back only by a collection's password is left to Wagtail's check,
    which shows the password form.
    """
    rule = visibility(request)
    refused = rule.collection_refusals(document, Password.SESSION)
    only_passwords = request.user.is_authenticated and all(kind == BaseViewRestriction.PASSWORD for kind in refused)
    if (refused and not only_passwords) or not rule.is_used_by_an_open_page(document):
        return deny(request)
    return None


@hooks.register("register_admin_urls", order=-1)  # before wagtail.documents' and wagtail.images' patterns
def register_file_view_urls():
    """Wagtail's edit and delete views of one document or image, logging their refusals (``refusals``)."""
    return [
        path("documents/edit/<int:document_id>/", refusals.DocumentEditView.as_view(), name="documents_edit"),
        path("documents/delete/<int:document_id>/", refusals.DocumentDeleteView.as_view(), name="documents_delete"),
        path(
            "documents/multiple/<int:doc_id>/",
            refusals.DocumentMultipleEditView.as_view(),
            name="documents_edit_multiple",
        ),
        path(
            "documents/multiple/<int:doc_id>/delete/",
            refusals.DocumentMultipleDeleteView.as_view(),
            name="documents_delete_multiple",
        ),
        path("images/<int:image_id>/", refusals.ImageEditView.as_view(), name="images_edit"),
        path("images/<int:image_id>/delete/", refusals.ImageDeleteView.as_view(), name="images_delete"),
        path("images/multiple/<int:image_id>/", refusals.ImageMultipleEditView.as_view(), name="images_edit_multiple"),
        path(
            "images/multiple/<int:image_id>/delete/",
            refusals.ImageMultipleDeleteView.as_view(),
            name="images_delete_multiple",
        ),
    ]
