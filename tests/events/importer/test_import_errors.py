"""Files that cannot be imported: a clear one-line error, and nothing left behind (pages, documents, snippets, files)."""

import io
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from wagtail.documents import get_document_model

from events.importer.outline import Heading, Paragraph
from events.models import MeetingReportIndexPage, MeetingReportPage, ReportLegalText
from network_site.taxonomy.models import Organisation, Person
from tests.events.importer.report_files import make_docx, make_encrypted_pdf, make_pdf

pytestmark = pytest.mark.usefixtures("english")

Document = get_document_model()
OUTLINE = [Heading(1, "Réunion du bureau"), Heading(2, "Structures présentes"), Paragraph("Texte", "Texte")]
TOO_LONG_TITLE = b"**" + b" ".join([b"Titre"] * 50) + b"**\n\n## Structures presentes\n\n- Ville de Caen\n"


def counts():
    models = (MeetingReportPage, MeetingReportIndexPage, Document, Organisation, Person, ReportLegalText)
    return {model.__name__: model.objects.count() for model in models}


def stored_files():
    return set((Path(settings.MEDIA_ROOT) / "documents").glob("*"))


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("vide.md", b"", "vide.md: the file is empty"),
        ("blanc.txt", b"  \n\n\t", "blanc.txt: the file is empty"),
        ("vide.docx", make_docx([]), "vide.docx: the file is empty"),
        ("utf16.txt", "Réunion du bureau".encode("utf-16-le"), "not text in UTF-8, Latin-1 or Windows-1252"),
        ("binaire.md", bytes(range(256)) * 4, "not text in UTF-8, Latin-1 or Windows-1252"),
        ("abime.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog", "abime.pdf: this is not a readable PDF file"),
        ("tronque.pdf", make_pdf(OUTLINE)[:400], "tronque.pdf: this is not a readable PDF file"),
        ("secret.pdf", make_encrypted_pdf(OUTLINE), "secret.pdf: the PDF is encrypted"),
        ("abime.docx", b"PK\x03\x04 damaged", "abime.docx: this is not a readable Word"),
        ("rapport.odt", b"PK\x03\x04", "rapport.odt: unknown extension '.odt'"),
        ("sans-extension", b"# Titre", r"unknown extension '\(none\)'"),
        ("absent.md", None, "absent.md: no such file"),  # refused before the import starts
        ("titre.md", TOO_LONG_TITLE, "255"),
    ],
)
def test_a_file_that_cannot_be_imported_leaves_nothing_behind(home_fr, tmp_path, name, content, message):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    before, files = counts(), stored_files()
    err = io.StringIO()

    with pytest.raises(CommandError, match=message) as error:
        call_command("import_report", str(path), stdout=io.StringIO(), stderr=err)

    assert "\n" not in str(error.value)
    assert content is None or err.getvalue().startswith(f"failed: {path}: ")
    assert counts() == before and stored_files() == files


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(home_fr, tmp_path, settings):
    settings.REPORT_IMPORT_MAX_BYTES = 100
    path = tmp_path / "gros.md"
    path.write_text("# Titre\n\n" + "Texte. " * 20)
    before = counts()

    with pytest.raises(CommandError, match=r"gros.md: the file is 149 bytes, over the limit of 100 bytes"):
        call_command("import_report", str(path), stdout=io.StringIO(), stderr=io.StringIO())

    assert counts() == before


def test_bad_options_are_refused_before_any_file_is_read(home_fr, tmp_path):
    path = tmp_path / "a.md"
    path.write_text("# Titre\n")

    with pytest.raises(CommandError, match="unknown locale 'de'"):
        call_command("import_report", str(path), "--locale", "de", stdout=io.StringIO())
    with pytest.raises(CommandError, match="no meeting report archive 'archives'"):
        call_command("import_report", str(path), "--parent", "archives", stdout=io.StringIO())
    with pytest.raises(CommandError, match="YYYY-MM-DD"):
        call_command("import_report", str(path), "--date", "18 avril", stdout=io.StringIO())
    assert counts()["MeetingReportPage"] == 0
