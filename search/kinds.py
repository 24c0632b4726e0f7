"""The kinds of content search knows: their label, date, themes, organisations and countries.

One ``Kind`` per filterable content type. Each says where its date, themes,
organisations and countries are (Django lookups from the model), so that facet
counts, result dates and the labels indexed with each object come from one place.
Pages of any other type (home, section indexes, content pages) are of kind ``page``.
"""

from dataclasses import dataclass

from django.apps import apps
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


@dataclass(frozen=True)
class Kind:
    """A content type as search shows and filters it.

    ``slug`` is its value in URLs (``?type=testimony``); ``model`` an
    ``app_label.ModelName`` (``None`` for generic pages); ``date`` the lookup
    of its date (``None``: the page's first publication); ``themes`` and
    ``organisations`` lookups that end on a ``Theme`` / ``Organisation``;
    ``countries`` a multiple ``CountryField`` of its own.
    """

    slug: str
    label: str
    model: str | None = None
    date: str | None = None
    themes: tuple[str, ...] = ()
    organisations: tuple[str, ...] = ()
    countries: str | None = None

    def get_model(self):
        return apps.get_model(self.model) if self.model else None


TESTIMONY = Kind(
    "testimony",
    _("Testimony"),
    "cases.TestimonyPage",
    themes=("themes__theme",),
    organisations=("french_authority", "partners__organisation"),
    countries="countries",
)
LEGAL_TEXT = Kind("legal-text", _("Legal text"), "cases.LegalTextPage", date="date")
EVENT = Kind(
    "event",
    pgettext_lazy("kind of content", "Event"),
    "events.EventPage",
    date="start",
    themes=("themes__theme",),
    organisations=("organiser", "attendees__organisation"),
)
MEETING_REPORT = Kind(
    "meeting-report",
    _("Meeting report"),
    "events.MeetingReportPage",
    date="date",
    organisations=("attendees__organisation",),
)
DOCUMENT = Kind(
    "document", pgettext_lazy("kind of content", "Document"), settings.WAGTAILDOCS_DOCUMENT_MODEL, "created_at"
)
PAGE = Kind("page", pgettext_lazy("kind of content", "Page"))

PAGE_KINDS = (TESTIMONY, LEGAL_TEXT, EVENT, MEETING_REPORT)
KINDS = (*PAGE_KINDS, DOCUMENT, PAGE)
BY_SLUG = {kind.slug: kind for kind in KINDS}


def kind_of_model(model) -> Kind:
    """The kind of a model class (a page type or the document model); ``PAGE`` for other page types."""
    label = model._meta.label
    for kind in (*PAGE_KINDS, DOCUMENT):
        if kind.model == label:
            return kind
    return PAGE
