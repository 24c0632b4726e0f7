"""Meeting report import: file → reader → report parser → page builder.

``readers`` turn a file's bytes (Markdown, Word, PDF) into one common
``outline``; ``parser`` finds the report's parts and metadata in it;
``builder`` makes the page, its links, its snippets and its archived original,
in one transaction. ``import_report`` (a path) and ``import_file`` (a name and
bytes, as uploaded in the admin) chain them for one file; ``manage.py
import_report`` and the admin upload view call them.
"""

import datetime
import time
from pathlib import Path, PurePath

from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext as _

from events.models import MeetingReportPage
from network_site.documents.extraction import (
    SUFFIXES,
    TEXT_SUFFIXES,
    ExtractionError,
    file_text,
    open_file,
    suffix_of,
)

from .builder import ImportResult, ReportTargetError, Target, build_report, report_target, unchanged_page
from .outline import block_text
from .parser import parse_report
from .readers import read
from .relink import relink

__all__ = [
    "SUFFIXES",
    "ImportResult",
    "ReportFileError",
    "ReportTargetError",
    "Target",
    "import_file",
    "import_report",
    "max_bytes",
    "report_target",
]


class ReportFileError(ValueError):
    """The file cannot be imported (missing, unknown extension, empty, too big, unreadable); one line naming the file."""


def max_text_bytes() -> int:
    """The most text of one report turned into page blocks, in UTF-8 bytes: ``REPORT_IMPORT_MAX_TEXT_BYTES`` (1 MB)."""
    return settings.REPORT_IMPORT_MAX_TEXT_BYTES


def max_bytes() -> int:
    """The largest file imported, in bytes: setting ``REPORT_IMPORT_MAX_BYTES`` (from the environment, default 50 MB)."""
    return settings.REPORT_IMPORT_MAX_BYTES


def import_report(path: Path, **options) -> ImportResult:
    """Imports the report file at ``path``; see ``import_file`` for ``options`` and errors.

    The file's absolute path is its ``source``: importing a new version of it
    from the same path (a folder imported again) updates its page.

    Raises ``ReportFileError`` without reading the file if it is missing, has
    an unknown extension or is over the size limit.
    """
    path = Path(path)
    if not path.is_file():
        raise ReportFileError(_("%(file)s: no such file") % {"file": path})
    _check_suffix(path.name, str(path))
    _check_size(path.stat().st_size, str(path))
    return import_file(path.name, path.read_bytes(), label=str(path), source=str(path.resolve()), **options)


def import_file(
    name: str,
    content: bytes,
    *,
    target: Target | None = None,
    date: datetime.date | None = None,
    publish: bool = False,
    dry_run: bool = False,
    label: str | None = None,
    source: str = "",
    replace: MeetingReportPage | None = None,
    deadline: float | None = None,
) -> ImportResult:
    """Imports one report file, given its ``name`` (for its extension and the page's slug) and bytes.

    ``target`` is where the page goes (default: the default language's meeting
    report archive, see ``report_target``); ``date`` the meeting's date, if
    known better than the text says it; ``publish`` publishes the new revision
    (else it is a draft); ``dry_run`` rolls everything back. ``label`` names the
    file in error messages (default: ``name``). ``source`` (where the file was
    read from) and ``replace`` (a page to update) say when a new version
    replaces a page, see ``builder.build_report``; without them a file that is
    not byte for byte one imported before makes a new page; one that is gets its
    links matched again (``relink.relink``: a new revision only if they changed). ``deadline`` (a
    ``time.monotonic()`` value) is when to give up, checked between the steps:
    past it, ``ReportFileError`` and nothing saved (the admin upload stays
    within the request timeout this way).

    Reading is linear in the file's size; text over ``max_text_bytes()`` is
    refused (``ReportFileError``) before it is turned into blocks.

    Raises ``ReportFileError`` before touching the database if the file has an
    unknown extension, is over ``max_bytes()``, is empty or cannot be read (not
    text, damaged, encrypted…); ``ReportTargetError`` for a bad target;
    ``django.core.exceptions.ValidationError`` if the page is invalid.
    """
    label = label or name
    _check_suffix(name, label)
    _check_size(len(content), label)
    if not content.strip():
        raise ReportFileError(_("%(file)s: the file is empty") % {"file": label})
    target = target or report_target()
    if same := unchanged_page(content, target.locale):
        if not dry_run:
            with transaction.atomic():
                relink(same)
        return ImportResult(same, "unchanged", dry_run=dry_run)
    try:
        if suffix_of(name) in TEXT_SUFFIXES:  # refused before decoding: its text is about as long as its bytes
            _check_text_size(len(content), label)
        opened = open_file(content, name)  # parsed once: for the outline and for the text kept with the original
        outline = read(opened)
        # A PDF's text is read once, by its reader: the text kept with the original is the outline's.
        text = "\n".join(map(block_text, outline.blocks)) if opened.suffix == ".pdf" else file_text(opened)
        _check_text_size(len(text.encode("utf-8", errors="replace")), label)
        _check_time(deadline, label)
    except ExtractionError as error:
        raise ReportFileError(f"{label}: {error}") from error
    if not outline.blocks and not outline.notes:
        raise ReportFileError(_("%(file)s: the file is empty") % {"file": label})
    _check_time(deadline, label)
    data = parse_report(outline, _title_from_name(name), date=date)
    _check_time(deadline, label)
    return build_report(
        data,
        name=name,
        content=content,
        text=text,
        target=target,
        publish=publish,
        dry_run=dry_run,
        source=source,
        replace=replace,
    )


def _check_suffix(name: str, label: str) -> None:
    suffix = suffix_of(name)
    if suffix not in SUFFIXES:
        raise ReportFileError(
            _("%(file)s: unknown extension %(suffix)s, expected %(expected)s")
            % {"file": label, "suffix": repr(suffix or _("(none)")), "expected": ", ".join(SUFFIXES)}
        )


def _check_size(size: int, label: str) -> None:
    if size > max_bytes():
        raise ReportFileError(
            _("%(file)s: the file is %(size)s bytes, over the limit of %(limit)s bytes (REPORT_IMPORT_MAX_BYTES)")
            % {"file": label, "size": size, "limit": max_bytes()}
        )


def _check_text_size(size: int, label: str) -> None:
    if size > max_text_bytes():
        raise ReportFileError(
            _(
                "%(file)s: its text is %(size)s bytes, over the %(limit)s bytes a report page is made of "
                "(REPORT_IMPORT_MAX_TEXT_BYTES): split it, or add it to the documents, where its text is searched"
            )
            % {"file": label, "size": size, "limit": max_text_bytes()}
        )


def _check_time(deadline: float | None, label: str) -> None:
    if deadline is not None and time.monotonic() > deadline:
        raise ReportFileError(
            _("%(file)s: the import takes too long for the admin; import it with “manage.py import_report”")
            % {"file": label}
        )


def _title_from_name(name: str) -> str:
    """“compte_rendu-2010.pdf” → “Compte rendu 2010”."""
    return " ".join(PurePath(name).stem.replace("_", " ").replace("-", " ").split()).capitalize() or name
