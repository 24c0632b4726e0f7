"""``manage.py send_event_reminders``: the e-mails of the day before an event (run daily by cron, docs/events.md)."""

from django.core.management.base import BaseCommand

from events.agenda.reminders import send_reminders


class Command(BaseCommand):
    help = "E-mail a reminder to every member registered for an event that takes place tomorrow (Paris time)."

    def handle(self, *args, **options):
        sent = send_reminders()
        self.stdout.write(f"{sent} reminder(s) sent.")
