"""Document text extraction (``search.extraction``) and the archive documents that keep it (``search.signals``)."""

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.models import Collection

from events.importer.outline import Heading, Paragraph
from network_site.documents.extraction import ExtractionError, decode_text, extract_text
from tests.events.importer.report_files import make_docx, make_encrypted_pdf, make_pdf, make_scanned_pdf

pytestmark = pytest.mark.usefixtures("english")

Document = get_document_model()
OUTLINE = [Heading(1, "Jumelage Alençon-Koutiala"), Paragraph("Un puits à Koutiala.", "Un puits à Koutiala.")]


def test_text_of_each_format():
    assert extract_text("Réunion à Alençon".encode("cp1252"), "notes.TXT") == "Réunion à Alençon"
    assert extract_text(b"\xef\xbb\xbf# Titre", "a.md") == "# Titre"
    assert extract_text(make_docx(OUTLINE), "a.docx") == "Jumelage Alençon-Koutiala\nUn puits à Koutiala."
    assert extract_text(make_pdf(OUTLINE), "a.pdf").split("\n") == ["Jumelage Alençon-Koutiala", "Un puits à Koutiala."]
    assert extract_text(make_scanned_pdf(), "scan.pdf") == ""


def test_decoding_accepts_utf16_with_a_bom_and_refuses_binary():
    assert decode_text("Comité".encode("utf-16")) == "Comité"
    with pytest.raises(ExtractionError, match="not text"):
        decode_text("Comité".encode("utf-16-le"))


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("a.pdf", b"not a pdf", "not a readable PDF"),
        ("a.pdf", make_encrypted_pdf(OUTLINE), "encrypted"),
        ("a.docx", b"PK\x03\x04", "not a readable Word"),
        ("a.xlsx", b"PK", "unknown extension '.xlsx'"),
    ],
)
def test_unreadable_files_raise_a_clear_error(name, content, message):
    with pytest.raises(ExtractionError, match=message):
        extract_text(content, name)


def test_a_document_gets_the_text_of_its_file_and_keeps_it_in_step(db):
    document = Document.objects.create(title="Notes", file=ContentFile(make_docx(OUTLINE), name="notes.docx"))
    assert "Un puits à Koutiala." in document.text
    assert list(Document.objects.search("puits")) == [document]

    document.file = ContentFile(b"Compte rendu du forage.", name="notes.txt")
    document._set_document_file_metadata()
    document.save()
    document.refresh_from_db()
    assert document.text == "Compte rendu du forage."

    document.title = "Notes de forage"
    document.save()  # the same file: not read again
    assert Document.objects.get().text == "Compte rendu du forage."


def test_a_document_whose_text_cannot_be_read_is_saved_without_text(db):
    broken = Document.objects.create(title="Abîmé", file=ContentFile(b"%PDF-1.4 broken", name="abime.pdf"))
    sheet = Document.objects.create(title="Tableur", file=ContentFile(b"PK", name="budget.xlsx"))

    assert broken.pk and broken.text == "" and sheet.text == ""


def test_a_document_uploaded_in_the_admin_gets_its_text(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("admin", "admin@example.org", "x"))

    response = client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "Rapport",
            "file": SimpleUploadedFile("rapport.pdf", make_pdf(OUTLINE)),
            "collection": Collection.get_first_root_node().pk,
        },
    )

    assert response.status_code == 302
    assert "Un puits à Koutiala." in Document.objects.get().text


def test_a_pdf_locked_only_against_editing_is_read():
    """Word's “restrict editing” encrypts with an owner password only: anyone may read it, and so may we."""
    import io

    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf(OUTLINE))))
    writer.encrypt(user_password="", owner_password="owner-only", algorithm="AES-256")
    output = io.BytesIO()
    writer.write(output)

    assert "Un puits à Koutiala." in extract_text(output.getvalue(), "verrouille.pdf")
