"""Readers: the bytes of a report file → an ``Outline`` (see ``events.importer.outline``), one module per format.

``read(data, suffix)`` picks the reader by the file's extension. Every reader
raises ``search.extraction.ExtractionError`` for bytes it cannot read.
"""

from search.extraction import ExtractionError

from ..outline import Outline
from . import docx, markdown, pdf

READERS = {".md": markdown.read, ".txt": markdown.read, ".docx": docx.read, ".pdf": pdf.read}
SUFFIXES = tuple(READERS)


def read(data: bytes, suffix: str) -> Outline:
    """The outline of a file's bytes; ``suffix`` is its extension, e.g. ``".pdf"`` (any case)."""
    reader = READERS.get(suffix.lower())
    if reader is None:
        raise ExtractionError(f"unknown extension {suffix!r}")
    return reader(data)
