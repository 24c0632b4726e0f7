"""Document text extraction: the bytes of a PDF, Word, Markdown or text file → its plain text, for search.

``open_file`` parses a file once (``OpenedFile``: decoded text, a python-docx
``Document`` or a pypdf ``PdfReader``); ``file_text`` gives its plain text;
``extract_text`` does both. The archive document model fills its text with it
(``signals``), and the meeting report importer reads the same ``OpenedFile``
into an outline and stores its text with the original, so that a file is
parsed once and accepted or refused for the same reasons everywhere. Errors
are ``ExtractionError`` with a one-line message that does not name the file
(callers add the name). PDF is read with pypdf, Word with python-docx.
"""

import codecs
import io
import logging
import unicodedata
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

from django.utils.translation import gettext as _

logger = logging.getLogger(__name__)

TEXT_SUFFIXES = (".md", ".txt")
SUFFIXES = (*TEXT_SUFFIXES, ".docx", ".pdf")  # the formats whose text is read (and that reports are imported from)
# Control characters that ordinary text files contain.
_TEXT_CONTROLS = set("\t\n\r\f\v")


class ExtractionError(ValueError):
    """The file's text cannot be read (damaged, encrypted, binary, unsupported); the message says why in one line."""


@dataclass(frozen=True)
class OpenedFile:
    """A parsed file: ``suffix`` (``".pdf"``…, lower case) and ``content``, what its parser gives.

    ``content`` is the decoded ``str`` of a ``.md`` or ``.txt`` file, a python-docx
    ``Document`` of a ``.docx``, a pypdf ``PdfReader`` of a ``.pdf``.
    """

    suffix: str
    content: Any


def suffix_of(name: str) -> str:
    """The extension of a file name, lower case: ``suffix_of("CR.PDF") == ".pdf"``."""
    return PurePath(name).suffix.lower()


def open_file(data: bytes, name: str) -> OpenedFile:
    """Parse a file's bytes by its name's extension (see ``OpenedFile``).

    Raises ``ExtractionError`` for an extension not in ``SUFFIXES`` or bytes that cannot be read.
    """
    suffix = suffix_of(name)
    if suffix in TEXT_SUFFIXES:
        return OpenedFile(suffix, decode_text(data))
    if suffix == ".docx":
        return OpenedFile(suffix, open_docx(data))
    if suffix == ".pdf":
        return OpenedFile(suffix, open_pdf(data))
    raise ExtractionError(
        _("unknown extension %(suffix)s, expected one of %(expected)s")
        % {"suffix": repr(suffix or _("(none)")), "expected": ", ".join(SUFFIXES)}
    )


def file_text(opened: OpenedFile) -> str:
    """The plain text of a parsed file.

    ``.md`` and ``.txt``: the decoded text (see ``decode_text``); ``.docx``:
    paragraphs then table rows in document order, one per line, cells
    separated by “ | ”; ``.pdf``: the text layer of each page, pages separated
    by a blank line (``""`` for a scan without a text layer). Raises
    ``ExtractionError`` for a PDF page that cannot be read.
    """
    if opened.suffix == ".docx":
        return _docx_text(opened.content)
    if opened.suffix == ".pdf":
        return "\n\n".join(text for text in pdf_page_texts(opened.content) if text)
    return opened.content


def extract_text(data: bytes, name: str) -> str:
    """The plain text of a file, from its bytes and its name (only the extension counts): ``file_text(open_file())``.

    Raises ``ExtractionError`` for another extension or a file that cannot be read.
    """
    return file_text(open_file(data, name))


def extract_file_text(file) -> str:
    """``extract_text`` of a Django ``File`` or ``FieldFile`` (stored or just uploaded); leaves it at its start."""
    file.open("rb")
    file.seek(0)
    try:
        return extract_text(file.read(), file.name)
    finally:
        file.seek(0)


def decode_text(data: bytes) -> str:
    """Bytes of a text file → str.

    UTF-8 (with or without BOM), UTF-16 with a BOM, else Windows-1252, else
    Latin-1. Raises ``ExtractionError`` when the result is not text (NUL bytes or
    more than 1 % of control characters: a binary file or another encoding,
    such as UTF-16 without BOM).
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = data.decode("utf-16", errors="replace")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            try:
                text = data.decode("cp1252")
            except UnicodeDecodeError:  # bytes that Windows-1252 leaves undefined
                text = data.decode("latin-1")
    controls = sum(1 for char in text if char not in _TEXT_CONTROLS and unicodedata.category(char) == "Cc")
    if "\x00" in text or controls * 100 > len(text):
        raise ExtractionError(
            _("this is not text in UTF-8, Latin-1 or Windows-1252 (binary content or another encoding)")
        )
    return text


def open_pdf(data: bytes):
    """A ``pypdf.PdfReader`` of the bytes, decrypted if it only has an owner password.

    Raises ``ExtractionError`` if the bytes are not a readable PDF or the PDF
    needs a password to be opened.
    """
    from pypdf import PasswordType, PdfReader

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and reader.decrypt("") == PasswordType.NOT_DECRYPTED:
            raise ExtractionError(_("the PDF is encrypted: it needs a password to be read"))
        len(reader.pages)  # reads the page tree: a damaged file fails here
    except ExtractionError:
        raise
    except Exception as error:  # pypdf raises many kinds of errors on damaged input
        if "cryptography" in str(error):  # AES without the cryptography package
            raise ExtractionError(_("the PDF is encrypted: it needs a password to be read")) from error
        raise ExtractionError(_("this is not a readable PDF file (damaged or of another type)")) from error
    return reader


def pdf_page_texts(reader) -> list[str]:
    """The text layer of each page of a ``PdfReader``, stripped (``""`` for a page without text).

    Raises ``ExtractionError`` if a page cannot be read.
    """
    try:
        return [(page.extract_text() or "").strip() for page in reader.pages]
    except Exception as error:
        raise ExtractionError(_("this is not a readable PDF file (damaged or of another type)")) from error


def open_docx(data: bytes):
    """A python-docx ``Document`` of the bytes; raises ``ExtractionError`` if they are not a readable .docx file."""
    import docx

    try:
        return docx.Document(io.BytesIO(data))
    except Exception as error:  # zipfile.BadZipFile, KeyError, lxml errors…
        raise ExtractionError(_("this is not a readable Word (.docx) file")) from error


def _docx_text(document) -> str:
    from docx.table import Table

    lines = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            lines.extend(" | ".join(cell.text.strip() for cell in row.cells) for row in block.rows)
        else:
            lines.append(block.text)
    return "\n".join(line for line in lines if line.strip())
