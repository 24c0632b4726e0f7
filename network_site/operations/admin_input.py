"""Garbage in the page editor's hidden inputs answers 400, not 500 (issue 12, hostile input).

The page editor's hidden inputs are written by Wagtail's scripts: chooser ids (``event``, ``original_document``,
``speakers-0-person``…), inline formset ids (``speakers-0-id``) and rich text as Draftail's JSON. Posted by hand
with nonsense, Wagtail raises while reading the form (found by ``tests/fuzz/test_hidden_inputs.py``):

- a chooser id that is not a number: ``ValueError`` (“Field 'id' expected a number”), from the chooser widget;
- a chooser id beyond the database's integers: ``OverflowError`` (SQLite);
- a formset id that is not a number: ``ValidationError``, from django-modelcluster's formset;
- rich text that is not Draftail's JSON: ``json.JSONDecodeError`` (a ``ValueError``), or ``AttributeError`` deep in
  the converter when the JSON is not an object of blocks: ``CheckedDraftailRichTextArea`` (the rich text widget,
  ``WAGTAILADMIN_RICH_TEXT_EDITORS``) turns that into ``MalformedInput``, a ``ValueError``.

``malformed_input_is_bad_request`` wraps the page editor's add and edit views (``network_site/urls.py``, around
Wagtail's ``require_admin_access``): a POST that raises one of exactly these three exception types, in the view or
while its template response renders (a chooser widget looks its id up then), is rolled back (its own savepoint) and
answered
``400 Bad Request`` with a short translated text, and logged at WARNING on ``network_site.security``. Any other
exception, and any exception of a GET, goes on to Django's handler (500, logged) as before.
"""

import functools
import json
import logging

from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpResponseBadRequest
from django.utils.translation import gettext as _
from wagtail.admin.rich_text import DraftailRichTextArea

security_log = logging.getLogger("network_site.security")

MALFORMED = (ValidationError, ValueError, OverflowError)  # what Django and Wagtail raise on unreadable input


class MalformedInput(ValueError):
    """A hidden input of the admin's scripts holds something they never write."""


class CheckedDraftailRichTextArea(DraftailRichTextArea):
    """Wagtail's Draftail widget, refusing a value that is not Draftail's JSON (``null``, or an object whose
    ``blocks`` is a list of objects and ``entityMap`` an object, as draftjs_exporter reads it)."""

    def value_from_datadict(self, data, files, name):
        raw = data.get(name)
        if raw is not None:
            try:
                state = json.loads(raw)
            except ValueError as error:
                raise MalformedInput(f"{name}: not JSON") from error
            state = {} if state is None else state  # "null": an empty editor
            blocks = state.get("blocks", []) if isinstance(state, dict) else None
            if not (
                isinstance(blocks, list)
                and all(isinstance(block, dict) for block in blocks)
                and isinstance(state.get("entityMap", {}), dict)
            ):
                raise MalformedInput(f"{name}: not Draftail's content state")
        return super().value_from_datadict(data, files, name)


def malformed_input_is_bad_request(view):
    """Wrap an admin form view: a POST whose input cannot be read (``MALFORMED``) is rolled back and answers 400."""

    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        if request.method != "POST":
            return view(request, *args, **kwargs)
        try:
            with transaction.atomic():
                response = view(request, *args, **kwargs)
                if callable(getattr(response, "render", None)):  # a form with errors renders its choosers here
                    response.render()
                return response
        except MALFORMED as error:
            security_log.warning(
                "malformed admin input refused: user %r, %s: %s: %s",
                request.user.get_username(),
                request.path,
                type(error).__name__,
                str(error)[:200],
            )
            return HttpResponseBadRequest(
                _("The form sent could not be read. Reload the page and try again."),
                content_type="text/plain; charset=utf-8",
            )

    return wrapped
