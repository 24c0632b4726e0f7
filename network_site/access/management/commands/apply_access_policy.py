"""``manage.py apply_access_policy``: set the roles, the review workflow and the view restrictions."""

from django.core.management.base import BaseCommand

from network_site.access.policy import apply_policy


class Command(BaseCommand):
    help = (
        "Set the access policy declared in network_site/access/ (docs/access.md): the groups Editors, "
        "Moderators, Members and Partners and their permissions, the moderators' review workflow, the "
        "restrictions of the Archive collection and of every section. Idempotent: safe to run at every deploy."
    )

    def handle(self, *args, **options):
        changes = apply_policy(stdout=self.stdout if options["verbosity"] >= 1 else None)
        if options["verbosity"] >= 1:
            self.stdout.write(self.style.SUCCESS(f"Access policy applied ({len(changes)} change(s))."))
