"""Meeting report import: file → reader → report parser → page builder.

``reader`` turns the file's text into an outline, ``parser`` finds the report's
parts in it, ``builder`` makes the page, its snippets and its archived
original. ``import_report`` chains them for one file; ``manage.py
import_report`` calls it for each file given.
"""

from pathlib import Path

from .builder import ImportResult, build_report
from .parser import parse_report
from .reader import decode, read_markdown

SUFFIXES = (".md", ".txt")


class ReportFileError(ValueError):
    """The file cannot be imported: missing, of an unknown type or empty. The message names the file."""


def import_report(path: Path, *, publish: bool = True) -> ImportResult:
    """Imports one Markdown report (``.md`` or ``.txt``) as a meeting report page; see ``build_report``.

    Raises ``ReportFileError`` before touching the database if the file is
    missing, has another extension or has no text.
    """
    if not path.is_file():
        raise ReportFileError(f"{path}: no such file")
    if path.suffix.lower() not in SUFFIXES:
        raise ReportFileError(f"{path}: unknown extension {path.suffix or '(none)'!r}, expected .md or .txt")
    outline = read_markdown(decode(path.read_bytes()))
    if not outline:
        raise ReportFileError(f"{path}: the file is empty")
    fallback_title = " ".join(path.stem.replace("_", " ").replace("-", " ").split()).capitalize()
    return build_report(parse_report(outline, fallback_title), path, publish=publish)
