"""The e-mails of registrations: the confirmation (with the event's ``.ics``) and the reminder the day before.

Each is written in the language the member registered in, about the event's page
in that language when it exists.
"""

from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation

from events.models import EventPage, Registration

from .calendars import event_calendar, site_url


def event_in(registration: Registration) -> EventPage:
    """The registration's event in the member's language, if it is live in it, else in the source language."""
    source = registration.event
    translated = EventPage.objects.live().filter(
        translation_key=source.translation_key, locale__language_code=registration.language
    )
    return translated.first() or source


def _send(registration: Registration, template: str, attach: bool, **context) -> None:
    with translation.override(registration.language):
        event = event_in(registration)
        context = {"registration": registration, "event": event, "url": site_url() + event.get_url(), **context}
        subject = render_to_string(f"events/event_email_{template}_subject.txt", context).strip()
        body = render_to_string(f"events/event_email_{template}.txt", context)
        message = EmailMessage(subject, body, to=[registration.user.email])
        if attach:
            message.attach(f"{event.slug}.ics", event_calendar(event), "text/calendar; charset=utf-8")
    message.send()


def send_confirmation(registration: Registration, promoted_from_waiting_list: bool = False) -> None:
    """Tells the member they are registered (or on the waiting list), with the ``.ics`` attached."""
    if registration.user.email:
        _send(registration, "confirmation", attach=True, promoted=promoted_from_waiting_list)


def send_reminder(registration: Registration) -> None:
    """Reminds the member of the event (tomorrow), with the ``.ics`` attached."""
    if registration.user.email:
        _send(registration, "reminder", attach=True)
