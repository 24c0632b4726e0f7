"""Reminders the day before: run ``manage.py send_event_reminders`` once a day (cron, docs/events.md).

Every confirmed registration for an event whose first day (Paris time) is the day
after ``now`` gets one reminder e-mail, in the member's language; ``reminded_at``
is set so that running the command again the same day sends nothing twice.
"""

import datetime

from django.db import transaction
from django.utils import timezone

from events.dates import local, paris_midnight
from events.models import Registration

from . import mail


def due(now: datetime.datetime | None = None):
    """The registrations to remind at ``now`` (default: the current time): a queryset."""
    tomorrow = local(now or timezone.now()).date() + datetime.timedelta(days=1)
    return Registration.objects.filter(
        status=Registration.Status.CONFIRMED,
        reminded_at__isnull=True,
        event__live=True,
        event__start__gte=paris_midnight(tomorrow),
        event__start__lt=paris_midnight(tomorrow + datetime.timedelta(days=1)),
    ).select_related("event", "user")


def send_reminders(now: datetime.datetime | None = None) -> int:
    """Sends the reminders due at ``now``; returns how many were sent."""
    sent = 0
    for registration in due(now):
        with transaction.atomic():
            mail.send_reminder(registration)
            registration.reminded_at = timezone.now()
            registration.save(update_fields=["reminded_at"])
        sent += 1
    return sent
