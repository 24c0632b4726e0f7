"""The admin's multiple-upload endpoints, answering a refused file with HTTP 400 instead of Wagtail's 200.

Wagtail's ``AddView`` of ``/admin/images/multiple/add/`` and ``/admin/documents/multiple/add/`` answers a file
its form refuses (``forms.ImageForm``, ``forms.DocumentForm``: truncated, damaged, a decompression bomb, too
large) with ``200 {"success": false, "error_message": …}``. These subclasses keep that body and Wagtail's
behaviour otherwise, and answer **400 Bad Request**, so that a client or a proxy log sees a refusal; nothing is
stored (the form is refused before anything is saved). ``wagtail_hooks`` registers them at Wagtail's addresses,
ahead of Wagtail's own patterns. Their templates add ``js/multiple-upload-refusals.js``, which shows the
message of a 400 next to the file, as Wagtail's script does for a 200 (it would show "Server Error" otherwise).
"""

from wagtail.documents.views.multiple import AddView as DocumentAddView
from wagtail.images.views.multiple import AddView as ImageAddView

REFUSED = 400  # HTTP status of a file the upload form refused


class RefusedFileIsBadRequest:
    """Mixin for a Wagtail multiple-upload ``AddView``: the answer to a refused file gets status 400."""

    refused = False

    def get_invalid_response_data(self, form):
        self.refused = True
        return super().get_invalid_response_data(form)

    def post(self, request):
        response = super().post(request)
        if self.refused:
            response.status_code = REFUSED
        return response


class ImageMultipleAddView(RefusedFileIsBadRequest, ImageAddView):
    """``/admin/images/multiple/add/`` (name ``wagtailimages:add_multiple``)."""

    template_name = "documents/multiple_add_images.html"


class DocumentMultipleAddView(RefusedFileIsBadRequest, DocumentAddView):
    """``/admin/documents/multiple/add/`` (name ``wagtaildocs:add_multiple``)."""

    template_name = "documents/multiple_add_documents.html"
