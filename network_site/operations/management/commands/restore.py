"""``manage.py restore FOLDER``: a backup (``manage.py backup``) into an empty database and media folder."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from network_site.operations.backups import BackupError, restore


class Command(BaseCommand):
    help = "Restore a backup folder into an empty database and an empty media folder."

    def add_arguments(self, parser):
        parser.add_argument("folder", type=Path, help="a folder made by manage.py backup")

    def handle(self, *args, folder, **options):
        try:
            restore(folder)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"Restored {folder}.")
