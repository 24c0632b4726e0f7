"""Refusals on files logged as security events: an admin user who may not edit or delete a document or an image.

Wagtail's document and image views raise ``PermissionDenied`` when ``permissions.FilePermissionPolicy`` refuses
(an editor deleting an Archive original or another person's file, a member of staff changing a file of a
collection they may not), and its admin turns that into a redirect with a message: no trace for an operator.
The views below are Wagtail's, with ``LogsRefusals`` in front: each refusal is one WARNING on the
``network_site.security`` logger naming the user, the action, the kind of file, its id and the address, e.g.

    file permission refused: user 'editor' (id 3) may not delete document 12 (/admin/documents/delete/12/)

``wagtail_hooks.register_file_view_urls`` registers them at Wagtail's addresses, ahead of Wagtail's own patterns.
"""

import logging

from django.core.exceptions import PermissionDenied
from wagtail.documents.views import documents
from wagtail.documents.views import multiple as documents_multiple
from wagtail.images.views import images
from wagtail.images.views import multiple as images_multiple

security_log = logging.getLogger("network_site.security")


class LogsRefusals:
    """Mixin for a Wagtail view of one file: a ``PermissionDenied`` it raises is logged, then raised again."""

    kind = "document"  # what the view's object is, in the log line
    refused_action = "change"  # what the view would have done to it, in the log line

    def dispatch(self, request, *args, **kwargs):
        try:
            return super().dispatch(request, *args, **kwargs)
        except PermissionDenied:
            security_log.warning(
                "file permission refused: user %r (id %s) may not %s %s %s (%s)",
                request.user.get_username(),
                request.user.pk,
                self.refused_action,
                self.kind,
                kwargs.get(self.pk_url_kwarg, "?"),
                request.path,
            )
            raise


class DocumentEditView(LogsRefusals, documents.EditView):
    pass


class DocumentDeleteView(LogsRefusals, documents.DeleteView):
    refused_action = "delete"


class DocumentMultipleEditView(LogsRefusals, documents_multiple.EditView):
    pass


class DocumentMultipleDeleteView(LogsRefusals, documents_multiple.DeleteView):
    refused_action = "delete"


class ImageEditView(LogsRefusals, images.EditView):
    kind = "image"


class ImageDeleteView(LogsRefusals, images.DeleteView):
    kind = "image"
    refused_action = "delete"


class ImageMultipleEditView(LogsRefusals, images_multiple.EditView):
    kind = "image"


class ImageMultipleDeleteView(LogsRefusals, images_multiple.DeleteView):
    kind = "image"
    refused_action = "delete"
