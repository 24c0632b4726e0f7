"""Event times in the network's time zone, and how they are written in French and English.

Times are stored as aware datetimes (UTC in the database, ``USE_TZ``) and always
shown in Europe/Paris time, whatever the server's or the reader's zone, so that an
event's day is the same in the agenda, on its page and in its calendar file.
Formats (issue 13): “mardi 15 juin 2027, 14 h 00” in French, “Tuesday 15 June
2027, 2:00 pm” in English; any other language falls back to the English one.
"""

import datetime
from zoneinfo import ZoneInfo

from django.utils import dateformat, translation

PARIS = ZoneInfo("Europe/Paris")
DAY_FORMATS = {"fr": "l j F Y", "en": "l j F Y"}
# Django's ``A`` is “AM”/“PM”: lowered, the English time reads “2:00 pm”.
TIME_FORMATS = {"fr": r"H \h i", "en": "g:i A"}
SPAN = " – "


def local(value: datetime.datetime) -> datetime.datetime:
    """``value`` (aware) in Europe/Paris time."""
    return value.astimezone(PARIS)


def paris_midnight(day: datetime.date) -> datetime.datetime:
    """The aware datetime of 00:00 in Paris on ``day`` (summer time or not)."""
    return datetime.datetime.combine(day, datetime.time(0), tzinfo=PARIS)


def _language(language: str | None) -> str:
    code = (language or translation.get_language() or "en").split("-")[0]
    return code if code in DAY_FORMATS else "en"


def format_day(day: datetime.date, language: str | None = None) -> str:
    """``day`` written in full: “mardi 15 juin 2027” / “Tuesday 15 June 2027”."""
    code = _language(language)
    with translation.override(code):
        return dateformat.format(day, DAY_FORMATS[code])


def format_time(value: datetime.datetime, language: str | None = None) -> str:
    """The Paris time of ``value`` (aware): “14 h 00” / “2:00 pm”."""
    code = _language(language)
    with translation.override(code):
        text = dateformat.format(local(value), TIME_FORMATS[code])
    return text.lower() if code == "en" else text


def format_span(
    start: datetime.datetime, end: datetime.datetime | None, all_day: bool, language: str | None = None
) -> str:
    """When an event takes place, in Paris time: its day (and time), to its end if it has one.

    ``all_day``: days only, ``end`` being on the last day (“mardi 15 juin 2027 –
    mercredi 16 juin 2027”); otherwise “…, 14 h 00 – 17 h 00” on one day or
    “…, 14 h 00 – mercredi 16 juin 2027, 12 h 00” over several.
    """
    first = local(start)
    if all_day:
        text = format_day(first.date(), language)
        if end is not None and local(end).date() != first.date():
            text += SPAN + format_day(local(end).date(), language)
        return text
    text = f"{format_day(first.date(), language)}, {format_time(start, language)}"
    if end is not None:
        last = local(end)
        if last.date() == first.date():
            text += SPAN + format_time(end, language)
        else:
            text += f"{SPAN}{format_day(last.date(), language)}, {format_time(end, language)}"
    return text
