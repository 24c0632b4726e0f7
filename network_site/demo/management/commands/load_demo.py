"""``manage.py load_demo``: the demo content in French and English, and the demo accounts."""

from django.conf import settings
from django.core.management.base import BaseCommand

from network_site.demo.loader import load_demo


class Command(BaseCommand):
    help = (
        "Create or update the demo content (French pages and snippets, translated into English with "
        "wagtail-localize) and, where settings.DEMO_ACCOUNTS is on, the demo accounts. Safe to run again."
    )

    def handle(self, *args, **options):
        result = load_demo(stdout=self.stdout)

        self.stdout.write("")
        self.stdout.write("Objects per language:")
        for name, per_locale in result.counts.items():
            numbers = ", ".join(f"{code}: {count}" for code, count in per_locale.items())
            self.stdout.write(f"  {name:<24} {numbers}")

        self.stdout.write("")
        if result.accounts:
            self.stdout.write("Demo accounts (passwords are reset on every run):")
            for account in result.accounts:
                self.stdout.write(f"  {account.username:<9} / {account.password:<19} {account.can}")
            self.stdout.write(f"  Admin: {settings.WAGTAILADMIN_BASE_URL}/admin/")
        else:
            self.stdout.write("No demo accounts: settings.DEMO_ACCOUNTS is off.")
        self.stdout.write(self.style.SUCCESS("Demo content loaded."))
