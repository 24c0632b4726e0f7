"""The meetings a report announces → event pages of the agenda, linked to the report, never duplicated.

For each ``NextMeeting`` of an imported report (in its order), the event of the
report's locale is, the first found:

1. the one this report already announced under that title (``announced_in`` and
   ``announcement_key``, the title's ``name_key``: accents, case and spacing
   ignored), as it is: staff may have edited it since;
2. one waiting for that announcement (``announcement_key`` set, no report yet:
   made by hand or by the demo before the report was imported), now linked;
3. else a new **draft** event under the agenda of the locale's home page, titled
   as announced, at the meeting's date and time (Paris time; a date without a time
   is an all-day event), with ``announced_when`` keeping the date as written while
   it has no full date (“Date à déterminer”, “Mardi 15 juin à 14h”), and the
   place as the venue. Without an agenda, no event is made.
"""

import datetime

from django.utils.text import slugify

from events.dates import PARIS, paris_midnight
from events.models import EventIndexPage, EventPage, MeetingReportPage
from home.models import HomePage
from network_site.core.text import fit, name_key

from .parser import NextMeeting


def link_next_meetings(report: MeetingReportPage, meetings: list[NextMeeting]) -> list[EventPage]:
    """The event pages of ``meetings``, found or made as the module says and linked to the saved ``report``."""
    events = EventPage.objects.filter(locale_id=report.locale_id)
    agenda = None
    linked = []
    for meeting in meetings:
        key = fit(EventPage, "announcement_key", name_key(meeting.title))
        event = events.filter(announced_in=report, announcement_key=key).first()
        if event is None:
            event = events.filter(announced_in__isnull=True, announcement_key=key).first()
            if event is not None:
                event.announced_in = report
                event.save(update_fields=["announced_in"])
        if event is None:
            agenda = agenda or _agenda(report)
            if agenda is None:
                continue
            event = _new_event(agenda, report, meeting, key)
        linked.append(event)
    return linked


def _agenda(report: MeetingReportPage) -> EventIndexPage | None:
    home = HomePage.objects.filter(locale_id=report.locale_id).first()
    return EventIndexPage.objects.child_of(home).first() if home else None


def _new_event(agenda: EventIndexPage, report: MeetingReportPage, meeting: NextMeeting, key: str) -> EventPage:
    day = meeting.date
    if day is None:
        start, all_day = None, False
    elif meeting.time is None:
        start, all_day = paris_midnight(day), True
    else:
        start, all_day = datetime.datetime.combine(day, meeting.time, tzinfo=PARIS), False
    base = slugify(meeting.title)[:70] or "rencontre"
    taken = set(EventPage.objects.child_of(agenda).filter(slug__startswith=base).values_list("slug", flat=True))
    slug = next(candidate for n in range(len(taken) + 1) if (candidate := f"{base}-{n}" if n else base) not in taken)
    event = EventPage(
        title=fit(EventPage, "title", meeting.title),
        slug=slug,
        start=start,
        all_day=all_day,
        announced_when="" if day else fit(EventPage, "announced_when", meeting.when),
        venue=fit(EventPage, "venue", meeting.place),
        announced_in=report,
        announcement_key=key,
        live=False,
        locale_id=report.locale_id,
    )
    agenda.add_child(instance=event)
    event.save_revision()
    return event
