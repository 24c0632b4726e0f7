"""iCalendar files (RFC 5545, with the icalendar library): one event, or the feed of upcoming events.

Each event is a VEVENT with a UID stable across edits and languages (from the
page's ``translation_key``), DTSTAMP (when the file is made, UTC), DTSTART and
DTEND in Europe/Paris time with its VTIMEZONE, or dates for an all-day event
(DTEND the day after the last day: exclusive, RFC 5545 §3.6.1), SUMMARY,
LOCATION, DESCRIPTION and URL. A timed event without an end has no DTEND (it
lasts no time, RFC 5545 §3.6.1). Events whose date is to be set are left out.
"""

import datetime

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from events.dates import PARIS, local
from events.models import EventPage

PRODID = "-//Horizons Solidaires//Agenda//FR"
UID_DOMAIN = "horizons-solidaires.agenda"


def uid(event: EventPage) -> str:
    """The event's UID: the same for every language and every revision of the page."""
    return f"{event.translation_key}@{UID_DOMAIN}"


def location(event: EventPage) -> str:
    """The venue and the address on one line."""
    return ", ".join(part for part in [event.venue, *event.address.splitlines()] if part.strip())


def vevent(event: EventPage, url: str, stamp: datetime.datetime) -> Event:
    """The VEVENT of a dated ``event`` whose page is at ``url`` (absolute)."""
    component = Event()
    component.add("uid", uid(event))
    component.add("dtstamp", stamp)
    component.add("summary", event.title)
    if event.all_day:
        component.add("dtstart", event.first_day)
        component.add("dtend", event.last_day + datetime.timedelta(days=1))
    else:
        component.add("dtstart", local(event.start))
        if event.end is not None:
            component.add("dtend", local(event.end))
    if place := location(event):
        component.add("location", place)
    if event.intro:
        component.add("description", event.intro)
    component.add("url", url)
    component.add("last-modified", event.last_published_at or stamp)
    return component


def calendar(events, *, site_url: str, name: str = "") -> bytes:
    """The VCALENDAR of ``events`` (``EventPage``, those without a date skipped) as UTF-8 bytes.

    ``site_url`` is the site's address without a trailing slash, for the events' URLs.
    """
    stamp = timezone.now().astimezone(datetime.UTC)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    if name:
        cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", str(PARIS))
    for event in events:
        if event.start is not None:
            cal.add_component(vevent(event, site_url + event.get_url(), stamp))
    cal.add_missing_timezones()
    return cal.to_ical()


def event_calendar(event: EventPage) -> bytes:
    """The ``.ics`` of one event."""
    return calendar([event], site_url=site_url(), name=event.title)


def feed_calendar(events) -> bytes:
    """The ``.ics`` feed of the agenda, in the active language."""
    return calendar(events, site_url=site_url(), name=_("Horizons Solidaires agenda"))


def site_url() -> str:
    """The site's address (``WAGTAILADMIN_BASE_URL``), without a trailing slash."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")
