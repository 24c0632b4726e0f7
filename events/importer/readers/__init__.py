"""Readers: a parsed report file → an ``Outline`` (see ``events.importer.outline``), one module per format.

The file is parsed once, by ``network_site.documents.extraction.open_file``
(which also gives the text stored with the original); ``read(opened)`` picks the
reader by its extension. Readers raise ``ExtractionError`` for content they cannot read.
"""

from network_site.documents.extraction import OpenedFile

from ..outline import Outline
from . import docx, markdown, pdf

READERS = {".md": markdown.read, ".txt": markdown.read, ".docx": docx.read, ".pdf": pdf.read}


def read(opened: OpenedFile) -> Outline:
    """The outline of a parsed file (one of ``network_site.documents.extraction.SUFFIXES``)."""
    return READERS[opened.suffix](opened.content)
