"""``manage.py setup_languages``: a locale for every language in settings (also done after each ``migrate``)."""

from django.core.management.base import BaseCommand

from network_site.core.languages import content_language_codes, source_language_code
from network_site.translations.languages import setup_languages


class Command(BaseCommand):
    help = (
        "Create a locale for each language of settings.WAGTAIL_CONTENT_LANGUAGES, synchronised from the source "
        "language (LANGUAGE_CODE), so that its page tree is kept in step with the source tree. Safe to run again."
    )

    def handle(self, *args, **options):
        created = setup_languages()
        if created:
            self.stdout.write(f"Locales created: {', '.join(created)}")
        others = [code for code in content_language_codes() if code != source_language_code()]
        self.stdout.write(
            self.style.SUCCESS(f"Source language: {source_language_code()}; synchronised: {', '.join(others)}.")
        )
