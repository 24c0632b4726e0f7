"""Uploaded files are never served as plain static files.

- Documents: Wagtail's checked view ``/documents/<id>/<file name>`` (``WAGTAILDOCS_SERVE_METHOD =
  "serve_view"``), with its collection check and ours (``wagtail_hooks.check_document_access``).
- Images: their originals and renditions keep their ``MEDIA_URL`` addresses (``/media/…``, what
  ``{% image %}`` writes), but ``MEDIA_URL`` is this view, which checks the image like a document
  (``rules.Visibility.can_fetch_file``) before sending it.
- Anything else under ``MEDIA_ROOT`` (documents' own files…): 404.

The file itself is sent by ``SENDFILE_BACKEND`` when set (nginx ``X-Accel-Redirect`` in
production, see ``sendfile_nginx``), else streamed by Django.
"""

import posixpath

from django.conf import settings
from django.http import Http404
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_safe
from wagtail.images import get_image_model
from wagtail.utils import sendfile_streaming_backend
from wagtail.utils.sendfile import sendfile

from .responses import deny
from .rules import visibility


def _image_for(path: str):
    Image = get_image_model()
    if path.startswith("original_images/"):
        return Image.objects.filter(file=path).first()
    if path.startswith("images/"):
        rendition = Image.get_rendition_model().objects.filter(file=path).select_related("image").first()
        return rendition.image if rendition else None
    return None


@require_safe
def serve_media(request, path):
    if posixpath.normpath(path) != path or path.startswith(("/", "..")):
        raise Http404
    image = _image_for(path)
    if image is None:
        raise Http404
    if not visibility(request).can_fetch_file(image):
        return deny(request)
    options = {} if getattr(settings, "SENDFILE_BACKEND", None) else {"backend": sendfile_streaming_backend.sendfile}
    response = sendfile(request, image.file.storage.path(path), **options)
    # Only the browser of someone allowed may keep it, and it asks again before reusing it.
    patch_cache_control(response, private=True, no_cache=True)
    response["X-Content-Type-Options"] = "nosniff"
    return response
