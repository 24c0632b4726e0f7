"""The admin's multiple-upload endpoints of images and documents, registered ahead of Wagtail's (``multiple_upload``)."""

from django.urls import path
from wagtail import hooks

from .multiple_upload import DocumentMultipleAddView, ImageMultipleAddView


@hooks.register("register_admin_urls", order=-1)  # before wagtail.images' and wagtail.documents' patterns
def register_multiple_upload_urls():
    return [
        path("images/multiple/add/", ImageMultipleAddView.as_view(), name="images_add_multiple"),
        path("documents/multiple/add/", DocumentMultipleAddView.as_view(), name="documents_add_multiple"),
    ]
