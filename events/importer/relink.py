"""An imported report matched again against the events and legal texts that exist now.

The importer links a report to what exists when it runs; the demo (or staff)
may make the report's event and the legal text pages it cites afterwards.
``link_report`` is that matching, for the import and for ``relink``:

- **its event**, when it has none: the one event page of the report's locale
  that no report points to yet and whose Paris day is the report's date
  (``ReportData.date``, else ``date_in_text``: with its year when the text
  gives one, else the day and month alone); none or several such events: no
  event;
- **its date and place**, when the text gives none: the event's first day and
  venue;
- **the laws it cites**: the legal text pages of the locale that
  ``cited_legal_texts`` finds (by year, else by a word of their short name),
  added to those linked;
- **the partnerships it is about**: those of the locale whose two ends the text
  names (``named_partnerships``), added to those linked;
- **the meetings it announced**: ``next_meetings.link_next_meetings``.

``relink(page)`` re-reads the page's original document and makes a new
revision (published if the page is live) only when the event, date, place,
laws or partnerships changed; ``relink_reports()`` does it for every imported report.
"""

from wagtail.models import Locale

from cases.models import LegalTextPage
from events.models import EventPage, MeetingReportPage, ReportLegalText, ReportPartnership
from network_site.core.text import fold
from network_site.documents.extraction import open_file
from network_site.taxonomy.models import Partnership

from .metadata import LawCitation
from .next_meetings import link_next_meetings
from .parser import ReportData, parse_report
from .readers import read

# Words of law names that say nothing about which law it is.
_LAW_STOPWORDS = {"loi", "lois", "de", "du", "des", "la", "le", "et", "relative", "sur", "n"}


def link_report(page: MeetingReportPage, data: ReportData) -> bool:
    """Links ``page`` (not saved here) to its event, date, place, cited laws and partnerships as the module says.

    Returns whether any of them changed. The meetings announced are linked by
    ``link_next_meetings`` once the page is saved.
    """
    changed = False
    if page.event_id is None and (event := _event_of(page, data)) is not None:
        page.event, changed = event, True
    event = page.event
    if event is not None:
        if page.date is None and event.first_day is not None:
            page.date, changed = event.first_day, True
        if not page.place and event.venue:
            page.place, changed = event.venue, True
    linked = {row.legal_text_id for row in page.legal_texts.all()}
    for legal_text in cited_legal_texts(data.laws, page.locale)[0]:
        if legal_text.pk not in linked:
            page.legal_texts.add(ReportLegalText(legal_text=legal_text, locale=page.locale))
            changed = True
    linked = {row.partnership_id for row in page.partnerships.all()}
    for partnership in named_partnerships(data.words, page.locale):
        if partnership.pk not in linked:
            page.partnerships.add(ReportPartnership(partnership=partnership, locale=page.locale))
            changed = True
    return changed


def named_partnerships(words: str, locale: Locale) -> list[Partnership]:
    """The partnerships of ``locale`` whose two ends ``words`` (a folded text, ``fold``) names, by name order.

    An end is named when its organisation's name or town appears in the text as whole words (“Alençon”,
    “Ville d'Alençon”); a partnership is named when its French actor and one of its partners abroad are: a
    report that says “Alençon” and “Koutiala” is about Alençon–Koutiala, one that says only “Koutiala” may be
    about another town's partnership with it. Four queries.
    """
    text = f" {words} "

    def named(organisation) -> bool:
        return any(f" {name} " in text for name in (fold(organisation.name), fold(organisation.town)) if name)

    partnerships = Partnership.objects.filter(locale=locale).with_ends().order_by("name", "pk")
    return [
        partnership
        for partnership in partnerships
        if named(partnership.french_actor) and any(named(row.organisation) for row in partnership.partners.all())
    ]


def _event_of(page: MeetingReportPage, data: ReportData) -> EventPage | None:
    """The one event without a report on the report's day (see the module docstring), else ``None``."""
    if data.date is not None:
        day, month, year = data.date.day, data.date.month, data.date.year
    elif data.date_in_text is not None:
        day, month, year = data.date_in_text.day, data.date_in_text.month, data.date_in_text.year
    else:
        return None
    with_reports = MeetingReportPage.objects.filter(event__isnull=False).exclude(pk=page.pk).values("event_id")
    candidates = [
        event
        for event in EventPage.objects.filter(locale_id=page.locale_id, start__isnull=False).exclude(
            pk__in=with_reports
        )
        if (first := event.first_day).day == day and first.month == month and year in (None, first.year)
    ]
    return candidates[0] if len(candidates) == 1 else None


def cited_legal_texts(citations: list[LawCitation], locale: Locale) -> tuple[list[LegalTextPage], list[LawCitation]]:
    """(the legal text pages of the locale that the citations name, by date; the citations that name none)."""
    pages = list(LegalTextPage.objects.filter(locale=locale).order_by("date", "pk"))
    found, unlinked = [], []
    for citation in citations:
        if citation.year:
            matches = [page for page in pages if page.date.year == citation.year]
        else:
            words = set(fold(citation.name).split()) - _LAW_STOPWORDS
            matches = [page for page in pages if words & set(fold(page.short_name).split())]
        if matches:
            found.extend(matches)
        else:
            unlinked.append(citation)
    return sorted(dict.fromkeys(found), key=lambda page: (page.date, page.pk)), unlinked


def report_data(page: MeetingReportPage) -> ReportData | None:
    """What the parser finds in the page's original document (``None`` without one, or if its file is gone)."""
    document = page.original_document
    if document is None:
        return None
    try:
        with document.file.open("rb") as file:
            content = file.read()
    except OSError:
        return None
    return parse_report(read(open_file(content, document.filename)), page.title)


def relink(page: MeetingReportPage) -> bool:
    """Matches the imported report ``page`` again (see the module docstring); returns whether it got a new revision.

    An alias (the report's place in another language's tree) is left as it is: it follows its source.
    """
    data = None if page.alias_of_id is not None else report_data(page)
    if data is None:
        return False
    latest = page.get_latest_revision_as_object()
    changed = link_report(latest, data)
    link_next_meetings(latest, data.next_meetings)
    if changed:
        revision = latest.save_revision(log_action=True)
        if page.live:
            revision.publish()
    return changed


def relink_reports() -> list[MeetingReportPage]:
    """``relink`` for every report imported from a file, in id order; returns those that got a new revision."""
    pages = MeetingReportPage.objects.filter(original_document__isnull=False).select_related("original_document")
    return [page for page in pages.order_by("pk") if relink(page)]
