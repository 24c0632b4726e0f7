"""A ``SENDFILE_BACKEND`` for nginx: Django checks access, nginx sends the file (``X-Accel-Redirect``).

Used by Wagtail's document view and by ``files.serve_media`` when ``SENDFILE_URL`` is set
(production settings, from the environment): a file ``MEDIA_ROOT/images/a.jpg`` is answered
with an empty response carrying ``X-Accel-Redirect: SENDFILE_URL/images/a.jpg``, which nginx
maps to the file through an ``internal`` location (docs/deployment.md).
"""

from pathlib import Path
from urllib.parse import quote

from django.conf import settings
from django.http import HttpResponse


def sendfile(request, filename, **kwargs):
    relative = Path(filename).resolve().relative_to(Path(settings.MEDIA_ROOT).resolve())
    response = HttpResponse()
    response["X-Accel-Redirect"] = settings.SENDFILE_URL.rstrip("/") + "/" + quote(relative.as_posix())
    return response
