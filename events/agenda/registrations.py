"""Registering for an event and cancelling, with an optional capacity and a waiting list.

Registrations are kept on the event of the source language (``EventPage.source_event``),
so that the French and English pages share one list. Each change runs in one
transaction with the event's row locked (PostgreSQL), so two members cannot take
the last place. A cancelled confirmed place goes to the first on the waiting list
(by ``created_at``). E-mails are sent once the transaction has committed.
"""

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from events.dates import format_span
from events.models import EventPage, Registration

from . import mail


class RegistrationRefused(Exception):
    """The member cannot register (closed, already registered, not open): ``str()`` says why, for them."""


def register(event: EventPage, user, language: str) -> Registration:
    """Registers ``user`` for ``event`` (any language); e-mails them the confirmation with the ``.ics``.

    Returns the registration: confirmed, or waiting when ``capacity`` places are
    taken. Raises ``RegistrationRefused`` when registrations are not open, once
    ``registration_closes_at()`` has passed, or when the member is already registered.
    """
    source = event.source_event()
    with transaction.atomic():
        source = EventPage.objects.select_for_update().get(pk=source.pk)
        if not source.registration_enabled or source.start is None:
            raise RegistrationRefused(_("Registration is not open for this event."))
        closes = source.registration_closes_at()
        if closes <= timezone.now():
            raise RegistrationRefused(
                _("Registration closed on %(date)s.") % {"date": format_span(closes, None, False, language)}
            )
        registrations = Registration.objects.filter(event=source)
        if registrations.filter(user=user).exists():
            raise RegistrationRefused(_("You are already registered for this event."))
        full = source.capacity is not None and (
            registrations.filter(status=Registration.Status.CONFIRMED).count() >= source.capacity
        )
        status = Registration.Status.WAITING if full else Registration.Status.CONFIRMED
        try:
            with transaction.atomic():
                registration = Registration.objects.create(event=source, user=user, status=status, language=language)
        except IntegrityError:  # the same member, in another request at the same time
            raise RegistrationRefused(_("You are already registered for this event.")) from None
        transaction.on_commit(lambda: mail.send_confirmation(registration))
    return registration


def cancel(event: EventPage, user) -> Registration | None:
    """Cancels ``user``'s registration for ``event``; returns who got the freed place (e-mailed), if anyone.

    Raises ``RegistrationRefused`` when the member was not registered.
    """
    source = event.source_event()
    with transaction.atomic():
        source = EventPage.objects.select_for_update().get(pk=source.pk)
        registration = Registration.objects.filter(event=source, user=user).first()
        if registration is None:
            raise RegistrationRefused(_("You are not registered for this event."))
        registration.delete()
        promoted = None
        if registration.status == Registration.Status.CONFIRMED:
            promoted = Registration.objects.filter(event=source, status=Registration.Status.WAITING).first()
            if promoted is not None:
                promoted.status = Registration.Status.CONFIRMED
                promoted.save(update_fields=["status"])
                transaction.on_commit(lambda: mail.send_confirmation(promoted, promoted_from_waiting_list=True))
    return promoted
