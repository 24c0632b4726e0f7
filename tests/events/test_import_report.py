"""``manage.py import_report`` and the three steps behind it: reader, report parser, page builder."""

import datetime
import io
import shutil
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from wagtail.documents import get_document_model

from events.importer.parser import parse_report
from events.importer.reader import Heading, ItemList, Paragraph, Table, decode, read_markdown
from events.models import MeetingReportIndexPage, MeetingReportPage
from network_site.taxonomy.models import Organisation, Person
from tests.factories import REAL_REPORT

Document = get_document_model()

# Hard line breaks as a backslash at the end of the line (the real report uses two spaces).
SMALL_REPORT = """\
**Rencontre des comités\\
de jumelage**

**Rencontre des comités de jumelage**

**CONTEXTE :**

Une *première* rencontre, avec **Cités Unies**.

## **Intervenants :**

- Anne Martin (Ville de Caen)
- Paul Durand

### • Chiffres clés

| Année | Projets |
|-------|---------|
| 2009  | 12      |
| 2010  | 15      |

## Structures présentes

- Ville de Caen
- Villed'Alençon

## LES PROCHAINS RENDEZ-VOUS

Nous vous proposons :

**Rencontre des collectivités :**\\
**Jeudi 1er octobre 2026 à 9h30**

Salle des fêtes\\
Caen
"""


def import_report(*paths, draft=False):
    """Runs the command; returns what it printed."""
    out = io.StringIO()
    call_command("import_report", *[str(path) for path in paths], *(["--draft"] if draft else []), stdout=out)
    return out.getvalue()


def counts():
    return {
        model.__name__: model.objects.count()
        for model in (MeetingReportPage, MeetingReportIndexPage, Document, Organisation, Person)
    }


def headings(page):
    return [block.value["text"] for block in page.body if block.block_type == "heading"]


def test_reader_gives_the_outline_of_markdown():
    outline = read_markdown(SMALL_REPORT)

    assert outline[0] == Paragraph(
        "<b>Rencontre des comités<br/>de jumelage</b>", "Rencontre des comités\nde jumelage", bold=True
    )
    assert outline[3].html == "Une <i>première</i> rencontre, avec <b>Cités Unies</b>." and not outline[3].bold
    assert Heading(2, "Intervenants :") in outline
    assert Table(("Année", "Projets"), (("2009", "12"), ("2010", "15"))) in outline
    lists = [block for block in outline if isinstance(block, ItemList)]
    assert [item.text for item in lists[0].items] == ["Anne Martin (Ville de Caen)", "Paul Durand"]


def test_reader_decodes_utf8_with_bom_and_falls_back_to_cp1252():
    assert decode("\ufeffComité".encode()) == "Comité"
    assert decode("Comité – 15 €".encode("cp1252")) == "Comité – 15 €"


def test_parser_finds_the_parts_of_a_report():
    data = parse_report(read_markdown(SMALL_REPORT), "fallback")

    assert data.title == "Rencontre des comités de jumelage"
    # Known sections fill their own fields and leave the body.
    assert [block.text for block in data.sections if isinstance(block, Heading)] == ["Chiffres clés"]
    assert [paragraph.text for paragraph in data.context] == ["Une première rencontre, avec Cités Unies."]
    assert [paragraph.text for paragraph in data.follow_up] == ["Nous vous proposons :"]
    assert [(s.name, s.organisation) for s in data.speakers] == [("Anne Martin", "Ville de Caen"), ("Paul Durand", "")]
    assert data.attendees == ["Ville de Caen", "Villed'Alençon"]
    [meeting] = data.next_meetings
    assert meeting.title == "Rencontre des collectivités"
    assert meeting.date == datetime.date(2026, 10, 1)
    assert meeting.time == datetime.time(9, 30)
    assert meeting.place == "Salle des fêtes, Caen"


def test_parser_falls_back_to_the_first_heading_then_the_file_name():
    assert parse_report(read_markdown("# Assemblée générale\n\nTexte."), "x").title == "Assemblée générale"
    assert parse_report(read_markdown("**Contexte :**\n\nTexte."), "Compte rendu").title == "Compte rendu"


def test_real_report_becomes_a_published_page(home_fr):
    output = import_report(REAL_REPORT)

    page = MeetingReportPage.objects.get()
    assert output.startswith("created: L'ÉVOLUTION DES RELATIONS ENTRE COLLECTIVITÉS ET COMITÉS DE JUMELAGE")
    assert page.title.endswith("DANS UN PROJET DE COOPÉRATION DÉCENTRALISÉE")
    assert page.live and page.slug == "rencontre-collectivites-comites-de-jumelage"
    assert page.get_parent().specific == MeetingReportIndexPage.objects.child_of(home_fr).get(slug="comptes-rendus")
    assert {
        "Coopération décentralisée : Evolution du cadre et des pratiques (par Astrid Frey, Cuf)",
        "Cadre juridique",
        "Angers et son approche territoriale originale",
        "Relations entre la collectivité et le comité de jumelage",
    } <= set(headings(page))
    # The known sections are in their own fields, not repeated in the body.
    assert not {"CONTEXTE", "Intervenants", "ORDRE DU JOUR", "STRUCTURES PRESENTES"} & set(headings(page))
    assert page.context.startswith("<p>L'évolution du contexte international")
    assert len(page.questions) == 6 and len(page.agenda) == 4

    attendees = [link.organisation for link in page.attendees.order_by("sort_order")]
    assert len(attendees) == 17
    assert (attendees[0].name, attendees[0].kind) == ("Villed'Alençon", "local_authority")
    assert (attendees[8].name, attendees[8].kind) == ("Comité de jumelage d'Alençon-Koutiala", "twinning_committee")
    assert (attendees[16].name, attendees[16].kind) == ("CITIM", "association")

    speakers = [link.person for link in page.speakers.order_by("sort_order")]
    assert [person.name for person in speakers] == [
        "Astrid Frey",
        "Jacques Raynaud",
        "Odile Sallé",
        "Jean Deshayes",
        "Bernard Jourdain",
    ]
    assert speakers[3].organisation == attendees[4]  # Ville d'Hérouville St Clair, once

    meetings = [block.value for block in page.next_meetings]
    assert len(meetings) == 3
    assert [meeting["date"] for meeting in meetings] == [None, None, None]
    assert [meeting["when"] for meeting in meetings] == [
        "Date à déterminer",
        "Date à déterminer",
        "Mardi 15 juin à 14h",
    ]
    assert meetings[0]["title"] == "Rencontre entre comités de jumelage Nord/Sud"
    assert meetings[2]["title"] == "Rencontre entre les collectivités"
    assert meetings[2]["time"] == datetime.time(14, 0)
    assert meetings[2]["place"].endswith("7 bis rue Neuve Bourg l'Abbé à Caen")

    document = page.original_document
    assert document.collection.name == "Archive" and document.collection.get_parent().is_root()
    with document.open_file() as file:
        assert file.read() == REAL_REPORT.read_bytes()
    assert len(page.source_checksum) == 64


def test_importing_the_same_file_again_changes_nothing(home_fr):
    import_report(REAL_REPORT)
    before = counts()
    revision = MeetingReportPage.objects.get().latest_revision_id

    output = import_report(REAL_REPORT)

    assert output.startswith("unchanged: ")
    assert counts() == before
    assert MeetingReportPage.objects.get().latest_revision_id == revision


def test_a_changed_file_is_a_new_revision_of_the_same_page(home_fr, tmp_path):
    path = tmp_path / REAL_REPORT.name
    shutil.copy(REAL_REPORT, path)
    import_report(path)
    page = MeetingReportPage.objects.get()
    path.write_text(REAL_REPORT.read_text() + "\n## Annexe\n\nUne liste des sigles.\n")

    output = import_report(path)

    page.refresh_from_db()
    assert output.startswith("updated: ")
    assert MeetingReportPage.objects.count() == 1
    assert page.revisions.count() == 2 and page.live and not page.has_unpublished_changes
    assert headings(page)[-1] == "Annexe"
    assert Organisation.objects.count() == 17 + 4  # and the speakers' organisations that are not attendees
    assert Document.objects.count() == 2  # both versions are archived


def test_draft_import_keeps_the_page_unpublished(home_fr, tmp_path):
    (tmp_path / "brouillon.md").write_text(SMALL_REPORT)

    import_report(tmp_path / "brouillon.md", draft=True)

    page = MeetingReportPage.objects.get()
    assert not page.live and page.has_unpublished_changes


def test_a_folder_imports_its_markdown_and_text_files(home_fr, tmp_path):
    (tmp_path / "a.md").write_text(SMALL_REPORT)
    (tmp_path / "b.txt").write_text("# Réunion de bureau\n\nPoints divers.", encoding="cp1252")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")

    output = import_report(tmp_path)

    assert output.splitlines() == [
        "created: Rencontre des comités de jumelage (/fr/comptes-rendus/a/)",
        "created: Réunion de bureau (/fr/comptes-rendus/b/)",
    ]


def test_names_match_whatever_their_spacing_accents_and_apostrophes(home_fr, tmp_path):
    alencon = Organisation.objects.create(name="Ville d'Alençon", kind="local_authority")
    martin = Person.objects.create(name="Anne MARTIN")
    (tmp_path / "rencontre.md").write_text(SMALL_REPORT)

    import_report(tmp_path / "rencontre.md")

    page = MeetingReportPage.objects.get()
    assert [link.organisation.name for link in page.attendees.order_by("sort_order")] == ["Ville de Caen", alencon.name]
    assert not Organisation.objects.filter(name="Villed'Alençon").exists()
    martin.refresh_from_db()
    assert page.speakers.first().person == martin and martin.organisation.name == "Ville de Caen"


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("vide.md", b"  \n\n", "the file is empty"),
        ("rapport.docx", b"PK\x03\x04", "unknown extension '.docx'"),
        ("absent.md", None, "no such file"),
        ("titre.md", b"**" + b" ".join([b"Titre"] * 50) + b"**\n\n## Structures presentes\n\n- Ville de Caen\n", "255"),
    ],
)
def test_a_file_that_cannot_be_imported_leaves_nothing_behind(home_fr, tmp_path, name, content, message):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    before = counts()

    with pytest.raises(CommandError, match=message):
        import_report(path)

    assert counts() == before
    assert not list((Path(settings.MEDIA_ROOT) / "documents").glob(f"{path.stem}*"))


def test_the_imported_report_reads_well(client, home_fr):
    import_report(REAL_REPORT)
    page = MeetingReportPage.objects.get()

    html = client.get(page.url).content.decode()

    for text in ["Cadre juridique", "Astrid Frey", "CITIM", "Rencontre entre les collectivités", "Mardi 15 juin à 14h"]:
        assert text in html
    assert html.count("Eau Vive Basse Normandie") == 1  # listed once, not in the body as well
    assert page.original_document.url in html
