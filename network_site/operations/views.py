"""The error page of an unavailable database (``handler500``) and the load balancer's check (``/healthz``)."""

import sys
import uuid

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import DatabaseError, InterfaceError, OperationalError, connection, transaction
from django.http import HttpResponse, HttpResponseServerError, JsonResponse
from django.template import loader
from django.utils.log import log_response
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

# Errors that mean the database cannot be reached or does not answer in time (connect or statement timeout,
# connection refused or lost, SQLite's lock wait over): the site is unavailable rather than broken.
UNAVAILABLE = (OperationalError, InterfaceError)


def server_error(request):
    """``handler500``: 503 with the static "The intranet is unavailable" page when the database cannot be reached,
    else 500 with ``500.html``.

    Both templates are rendered without a request context, so without the database (no session, user or
    messages), in the language already active (the URL's prefix). Django's ``django.request`` logger writes
    the error, with its traceback, before this runs.
    """
    error = sys.exc_info()[1]
    if isinstance(error, UNAVAILABLE):
        response = HttpResponse(loader.get_template("503.html").render(), status=503)
        response["Retry-After"] = "30"  # seconds
        return response
    return HttpResponseServerError(loader.get_template("500.html").render())


@never_cache
@require_safe
@transaction.non_atomic_requests
def healthz(request):
    """``GET /healthz``: 200 ``{"status": "ok", "checks": {...}}`` or 503 ``{"status": "unavailable", ...}``.

    Checks, each ``"ok"`` or ``"failed"``: ``database`` (a ``SELECT 1``, within the connect and statement
    timeouts), ``search`` (one result from Wagtail's configured search backend; not tried when the database
    failed and the backend is the database's), ``storage`` (a small file written to and deleted from the
    default storage, ``MEDIA_ROOT``). A 503 is logged as one ERROR line naming the failed checks, with the
    first failure's cause and traceback; the answer names only the failed checks. Not atomic
    (``ATOMIC_REQUESTS``): the check opens the database itself.
    """
    errors = {"database": _failure(_database)}
    backend = get_search_backend()
    if errors["database"] and not hasattr(backend, "es"):  # the database backend: the same failure
        errors["search"] = errors["database"]
    else:
        errors["search"] = _failure(lambda: list(backend.search("healthz", Page)[:1]))
    errors["storage"] = _failure(_storage)
    checks = {name: "failed" if error else "ok" for name, error in errors.items()}
    if not any(errors.values()):
        return JsonResponse({"status": "ok", "checks": checks})
    response = JsonResponse({"status": "unavailable", "checks": checks}, status=503)
    failed = [name for name, error in errors.items() if error]
    log_response(
        "Service Unavailable: %s (failed: %s)",
        request.path,
        ", ".join(failed),
        response=response,
        request=request,
        exception=errors[failed[0]],
    )
    return response


def _failure(probe) -> Exception | None:
    """The exception ``probe()`` raised, or None."""
    try:
        probe()
    except Exception as error:
        return error
    return None


def _database() -> None:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError:
        connection.close_if_unusable_or_obsolete()
        raise


def _storage() -> None:
    name = default_storage.save(f"healthz/{uuid.uuid4().hex}.txt", ContentFile(b"ok"))
    default_storage.delete(name)
