"""``manage.py import_report PATH...``: import meeting reports written in Markdown."""

from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from events.importer import SUFFIXES, ReportFileError, import_report


class Command(BaseCommand):
    help = (
        "Import meeting reports (Markdown, .md or .txt) as French meeting report pages, with their original file "
        "in the Archive collection. A folder stands for every .md and .txt file in it. Importing the same file "
        "again changes nothing; a changed file becomes a new revision of its page."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="A report file or a folder of them.")
        parser.add_argument("--draft", action="store_true", help="Keep new and updated reports as drafts.")

    def handle(self, *args, paths, draft, **options):
        for path in _files(paths):
            try:
                result = import_report(path, publish=not draft)
            except (ReportFileError, OSError) as error:  # OSError: the file cannot be read
                raise CommandError(str(error)) from error
            except ValidationError as error:
                raise CommandError(f"{path}: {'; '.join(error.messages)}") from error
            self.stdout.write(f"{result.status}: {result.page.title} ({result.page.get_url()})")


def _files(paths: list[Path]) -> list[Path]:
    """The files to import: each path given, folders replaced by their .md and .txt files in name order."""
    files = []
    for path in paths:
        if path.is_dir():
            found = sorted(child for child in path.iterdir() if child.is_file() and child.suffix.lower() in SUFFIXES)
            if not found:
                raise CommandError(f"{path}: no .md or .txt file in this folder")
            files.extend(found)
        elif not path.exists():
            raise CommandError(f"{path}: no such file or folder")
        else:
            files.append(path)
    return files
