"""Word, PDF and text files import as Markdown does: the same page, whatever the format.

The files are made in the tests from the real report's outline (see
``report_files``): a Word file with heading and list styles, a PDF drawn by
fpdf2 with a text layer, a scanned PDF without one.
"""

import datetime
import io

import pytest
from django.core.management import call_command
from django.utils.html import strip_tags
from wagtail.documents import get_document_model

from events.importer import import_file
from events.importer.outline import Heading, ItemList, Paragraph, Quote, Table
from events.importer.readers import read
from events.models import MeetingReportPage
from network_site.documents.extraction import open_file
from network_site.taxonomy.models import Organisation, Person
from tests.events.importer.report_files import make_docx, make_pdf, make_scanned_pdf
from tests.events.importer.test_import_report import laws
from tests.factories import REAL_REPORT

Document = get_document_model()
SMALL = [
    Heading(1, "Réunion du bureau"),
    Paragraph("Date : 3 mars 2011", "Date : 3 mars 2011"),
    Heading(2, "Chiffres clés"),
    Paragraph("Des <b>projets</b> en <i>hausse</i>.", "Des projets en hausse."),
    Table(("Année", "Projets"), (("2009", "12"), ("2010", "15"))),
    ItemList((Paragraph("Un", "Un"), Paragraph("Deux", "Deux")), ordered=True),
]


def import_bytes(name, content, **options):
    return import_file(name, content, publish=True, **options)


def text(html: str) -> str:
    return " ".join(strip_tags(html.replace("<br/>", " ")).split())


def structure(page: MeetingReportPage) -> dict:
    """What a reader sees of a report page, as plain values (inline formatting and line wrapping left out)."""
    body = []
    for block in page.body:
        if block.block_type == "heading":
            body.append(("heading", block.value["level"], block.value["text"]))
        elif block.block_type == "table":
            body.append(("table", list(block.value["header"]), [list(row) for row in block.value["rows"]]))
        elif block.block_type == "quote":
            body.append(("quote", block.value["text"]))
        else:
            body.append(("paragraph", text(block.value.source)))
    return {
        "title": page.title,
        "date": page.date,
        "body": body,
        "context": text(page.context),
        "follow_up": text(page.follow_up),
        "questions": [block.value for block in page.questions],
        "agenda": [block.value["title"] for block in page.agenda],
        "speakers": [link.person.name for link in page.speakers.order_by("sort_order")],
        "attendees": [link.organisation.name for link in page.attendees.order_by("sort_order")],
        "legal_texts": [link.legal_text.pk for link in page.legal_texts.order_by("sort_order")],
        "next_meetings": [dict(block.value) for block in page.next_meetings],
        "review_notes": page.review_notes,
    }


def test_word_and_pdf_readers_give_the_outline_of_the_same_text():
    outline = [Heading(1, "Réunion du bureau")] + SMALL[1:]

    assert read(open_file(make_docx(outline), "r.docx")).blocks == outline
    from_pdf = read(open_file(make_pdf(outline), "r.pdf")).blocks
    assert [type(block) for block in from_pdf] == [type(block) for block in outline]
    assert from_pdf[4] == outline[4] and from_pdf[5] == outline[5]  # table and numbered list
    assert from_pdf[3].html == "Des <b>projets</b> en <i>hausse</i>."


def test_the_real_report_as_word_and_pdf_makes_the_same_page_as_markdown(home_fr):
    laws(home_fr)
    outline = read(open_file(REAL_REPORT.read_bytes(), REAL_REPORT.name)).blocks

    pages = {
        name: import_bytes(name, content).page
        for name, content in [
            ("rencontre-md.md", REAL_REPORT.read_bytes()),
            ("rencontre-docx.docx", make_docx(outline)),
            ("rencontre-pdf.pdf", make_pdf(outline)),
        ]
    }

    from_markdown = structure(pages["rencontre-md.md"])
    assert len(from_markdown["body"]) > 100 and len(from_markdown["legal_texts"]) == 3
    assert structure(pages["rencontre-docx.docx"]) == from_markdown
    assert structure(pages["rencontre-pdf.pdf"]) == from_markdown
    # The three files share their organisations and people: matched, not made again.
    assert Organisation.objects.count() == 17 + 4 and Person.objects.count() == 5
    docx_document = pages["rencontre-docx.docx"].original_document
    assert docx_document.file_extension == "docx" and "Ouahigouya" in docx_document.text
    assert {document.pk for document in Document.objects.search("Ouahigouya")} == {
        page.original_document_id for page in pages.values()
    }


def test_word_keeps_quotes_lists_and_tables(home_fr):
    outline = [
        Heading(1, "Réunion du bureau"),
        Paragraph("Date : 3 mars 2011", "Date : 3 mars 2011"),
        Quote("Il faut se parler."),
        *SMALL[2:],
    ]

    page = import_bytes("bureau.docx", make_docx(outline)).page

    assert page.title == "Réunion du bureau" and page.date == datetime.date(2011, 3, 3)
    assert [block.block_type for block in page.body] == ["quote", "heading", "paragraph", "table", "paragraph"]
    assert page.body[0].value["text"] == "Il faut se parler."
    assert page.body[2].value.source == "<p>Des <b>projets</b> en <i>hausse</i>.</p>"
    assert page.body[4].value.source == "<ol><li>Un</li><li>Deux</li></ol>"


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252"])
def test_latin1_and_windows_1252_text_files_are_decoded(home_fr, tmp_path, encoding):
    content = "# Réunion à Alençon – 3 mars 2011\n\nÉchanges sur l'été.\n"
    if encoding == "latin-1":
        content = content.replace("–", "-")
    path = tmp_path / "ancien.txt"
    path.write_bytes(content.encode(encoding))

    call_command("import_report", str(path), stdout=io.StringIO())

    page = MeetingReportPage.objects.get()
    assert page.title.startswith("Réunion à Alençon") and page.date == datetime.date(2011, 3, 3)
    assert page.original_document.text == content


def test_a_scanned_pdf_is_imported_with_a_review_note(home_fr):
    result = import_bytes("scan-2009.pdf", make_scanned_pdf(pages=2))

    page = result.page
    assert result.status == "created" and [note.code for note in result.notes] == ["no_text_layer"]
    assert page.title == "Scan 2009" and len(page.body) == 0
    assert page.review_notes == result.notes[0].message
    assert page.original_document.text == ""
    assert Organisation.objects.count() == 0 and Person.objects.count() == 0


def test_pages_of_a_pdf_without_text_are_named_in_a_note(home_fr):
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for content in (make_pdf(SMALL), make_scanned_pdf()):
        writer.append(PdfReader(io.BytesIO(content)))
    output = io.BytesIO()
    writer.write(output)

    result = import_bytes("bureau.pdf", output.getvalue())

    assert [note.code for note in result.notes] == ["pages_without_text"]
    assert "2" in result.notes[0].message and result.page.date == datetime.date(2011, 3, 3)
