"""``manage.py import_report PATH...``: import meeting reports (Markdown, text, Word, PDF) as report pages."""

import argparse
import datetime
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from events.importer import SUFFIXES, ReportFileError, ReportTargetError, import_report, report_target


class Command(BaseCommand):
    help = (
        "Import meeting reports (.md, .txt, .docx, .pdf) as meeting report pages, drafts unless --publish, with "
        "their original file and its text in the Archive collection. A folder stands for every such file in it. "
        "Importing the same file again changes nothing; a changed file becomes a new revision of its page. "
        "Each file is imported in a transaction of its own: a bad file is reported and the others go on."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="A report file or a folder of them.")
        parser.add_argument("--locale", default=None, help="Language code of the page tree to import into (fr).")
        parser.add_argument("--parent", default=None, metavar="PAGE", help="Id or slug of the report archive page.")
        parser.add_argument("--date", type=_date, default=None, help="Date of the meeting, YYYY-MM-DD.")
        parser.add_argument("--publish", action="store_true", help="Publish the pages (default: drafts).")
        parser.add_argument("--dry-run", action="store_true", help="Read and report, save nothing.")

    def handle(self, *args, paths, locale, parent, date, publish, dry_run, **options):
        try:
            target = report_target(locale, parent)
        except ReportTargetError as error:
            raise CommandError(str(error)) from error
        files = _files(paths)
        counts = {"imported": 0, "unchanged": 0, "flagged": 0, "failed": 0}
        failures = []
        for number, path in enumerate(files, start=1):
            progress = f"[{number}/{len(files)}] " if len(files) > 1 else ""
            try:
                result = import_report(path, target=target, date=date, publish=publish, dry_run=dry_run)
            except (ReportFileError, OSError) as error:  # OSError: the file cannot be read
                failures.append(str(error))
            except ValidationError as error:
                failures.append(f"{path}: {'; '.join(error.messages)}")
            else:
                counts["unchanged" if result.status == "unchanged" else "imported"] += 1
                counts["flagged"] += result.flagged
                self.stdout.write(progress + _line(result))
                for note in result.notes:
                    self.stdout.write(f"    review: {note.message}")
                continue
            counts["failed"] += 1
            self.stderr.write(f"{progress}failed: {failures[-1]}")
        if len(files) > 1:
            self.stdout.write(
                ("Dry run, nothing saved: " if dry_run else "")
                + "{imported} imported, {unchanged} unchanged, {flagged} flagged for review, {failed} failed.".format(
                    **counts
                )
            )
        if failures:
            raise CommandError(failures[0] if len(files) == 1 else f"{len(failures)} of {len(files)} files failed")


def _line(result) -> str:
    """One line per file: “created: Title (/fr/comptes-rendus/slug/)”."""
    status = f"{result.status} (dry run)" if result.dry_run else result.status
    where = "" if result.dry_run else f" ({result.page.get_url()})"
    return f"{status}: {result.page.title}{where}"


def _date(value: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date as YYYY-MM-DD") from error


def _files(paths: list[Path]) -> list[Path]:
    """The files to import: each path given, folders replaced by their report files (see ``SUFFIXES``) in name order."""
    files = []
    for path in paths:
        if path.is_dir():
            found = sorted(
                child
                for child in path.iterdir()
                if child.is_file() and child.suffix.lower() in SUFFIXES and not child.name.startswith(".")
            )
            if not found:
                raise CommandError(f"{path}: no report file ({', '.join(SUFFIXES)}) in this folder")
            files.extend(found)
        elif not path.exists():
            raise CommandError(f"{path}: no such file or folder")
        else:
            files.append(path)
    return files
