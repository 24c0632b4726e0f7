"""``manage.py backup [FOLDER]``: the database and the media folder into a new dated folder (``make backup``)."""

import datetime
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from network_site.operations.backups import BackupError, backup


class Command(BaseCommand):
    help = "Back up the database and the media folder into a new folder (default: BACKUP_ROOT/<date and time>)."

    def add_arguments(self, parser):
        parser.add_argument("folder", nargs="?", type=Path, help="the backup's folder (must not exist yet)")

    def handle(self, *args, folder=None, **options):
        folder = folder or Path(settings.BACKUP_ROOT) / datetime.datetime.now().strftime("%Y-%m-%d-%H%M%S")
        try:
            backup(folder)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(str(folder))
