"""``manage.py relink_reports``: imported meeting reports matched again against the events and laws that exist now."""

from django.core.management.base import BaseCommand
from django.db import transaction

from events.importer.relink import relink_reports


class Command(BaseCommand):
    help = (
        "Match every meeting report imported from a file again against the event pages and legal text pages that "
        "exist now (its event, its date and place from the event when its text has none, the laws it cites, the "
        "meetings it announced), as the import does. A report gets a new revision only when one of them changed. "
        "load_demo runs it at its end; run it after making events or legal texts that imported reports name."
    )

    def handle(self, *args, **options):
        with transaction.atomic():
            pages = relink_reports()
        for page in pages:
            self.stdout.write(f"relinked: {page.title} ({page.get_url()})")
        self.stdout.write(f"{len(pages)} report(s) relinked.")
