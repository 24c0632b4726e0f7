"""``manage.py import_report`` on Markdown and the steps behind it: reader, report parser, page builder.

Word and PDF files are in ``test_import_formats``, bad files in
``test_import_errors``, the admin upload in ``test_import_admin``.
"""

import datetime
import io
import shutil
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from wagtail.documents import get_document_model

from cases.models import LegalFrameworkIndexPage
from events.importer.outline import Heading, ItemList, Paragraph, Quote, Table
from events.importer.parser import parse_report
from events.importer.readers import read
from events.importer.readers.markdown import read_markdown
from events.models import MeetingReportIndexPage, MeetingReportPage
from network_site.documents.extraction import open_file
from network_site.taxonomy.models import Organisation, Person
from tests.factories import REAL_REPORT, add_child, legal_text

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


def import_report(*paths, options=("--publish",)):
    """Runs the command (publishing, unless other ``options`` are given); returns what it printed."""
    out = io.StringIO()
    call_command("import_report", *[str(path) for path in paths], *options, stdout=out, stderr=io.StringIO())
    return out.getvalue()


def counts():
    return {
        model.__name__: model.objects.count()
        for model in (MeetingReportPage, MeetingReportIndexPage, Document, Organisation, Person)
    }


def laws(home):
    """The legal text pages of the laws of 1992, 2005 and 2007 (and 2014, which the report does not cite)."""
    index = add_child(home, LegalFrameworkIndexPage(title="Cadre juridique", slug="cadre-juridique"))
    return [
        legal_text(index, short_name="Loi ATR", date=datetime.date(1992, 2, 6)),
        legal_text(index, short_name="Loi Oudin-Santini", date=datetime.date(2005, 2, 9)),
        legal_text(index, short_name="Loi Thiollière", date=datetime.date(2007, 2, 2)),
        legal_text(index, short_name="LOP-DSI", date=datetime.date(2014, 7, 7)),
    ]


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


def test_reader_keeps_quotes_apart():
    outline = read_markdown("> Il faut se parler.\n> Souvent.\n\nTexte.")

    assert outline == [Quote("Il faut se parler. Souvent."), Paragraph("Texte.", "Texte.")]


def test_reader_cleans_template_wiki_and_html_leftovers():
    """The clean-text rules of issue 11 that the dev files do not show, on a text written here."""
    text = (
        "# Bureau du 3 mars 2024\n\n{% include header.html %}\n<!-- brouillon -->\n"
        'Bienvenue {{ page.author }} à <span class="x">tous</span>.\n\n== Budget ==\n\n'
        "Le '''budget''' est ''voté'' : voir [[Comptes 2023|les comptes]] et https://example.org/cr.\n\n"
        "- Point un\n  - sous-point\n- Point deux\n\n"
        "  Année   Projets\n  ------- --------\n  2023    12\n  2024    15\n\n  : Projets par année\n"
    )
    blocks = read(open_file(text.encode(), "cr.md")).blocks
    assert blocks[1].text == "Bienvenue à tous." and "<span" not in blocks[1].html  # Liquid, Jinja, comment, span
    assert blocks[2] == Heading(2, "Budget")  # a MediaWiki heading
    assert blocks[3].html == (
        'Le <b>budget</b> est <i>voté</i> : voir les comptes et <a href="https://example.org/cr">'
        "https://example.org/cr</a>."
    )  # MediaWiki bold, italics and link; a bare URL linked
    assert blocks[4].depths == (0, 1, 0)  # a nested list stays nested
    assert blocks[5] == Table(("Année", "Projets"), (("2023", "12"), ("2024", "15")), "Projets par année")


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


def test_parser_reads_labelled_date_and_place_and_completes_next_meetings():
    text = "# Bureau\n\nDate : samedi 12 juin 2010\n\nLieu : Caen, Maison des associations\n\n## Suite\n\nTexte."
    text += "\n\n## Prochains rendez-vous\n\n**Assemblée générale :**\\\n**Mardi 15 juin à 14h**\n"

    data = parse_report(read_markdown(text), "x")

    assert data.date == datetime.date(2010, 6, 12) and data.place == "Caen, Maison des associations"
    assert [block.text for block in data.sections] == ["Suite", "Texte."]  # the labelled lines are fields
    assert data.next_meetings[0].date == datetime.date(2010, 6, 15)  # a Tuesday, three days later
    assert data.notes == []


@pytest.mark.parametrize(
    "text, date",
    [
        ("# Conseil\n\nDate : 05.05.2023\n\nTexte.", datetime.date(2023, 5, 5)),  # dotted, on a “Date :” line
        ("# Conseil du 05/05/2023\n\nTexte.", datetime.date(2023, 5, 5)),  # slashes, in the title
        ("# Conseil\n\nDate : 2023-05-05\n\nTexte.", datetime.date(2023, 5, 5)),  # ISO
        ("# Conseil\n\n## 05-05-2023\n\nTexte.", datetime.date(2023, 5, 5)),  # dashes, in a heading
        ("# Réunion du lundi 12/01/2015, à 20h\n\nTexte.", datetime.date(2015, 1, 12)),  # weekday and hour
        ("# Conseil\n\nNous nous sommes réunis le 5 janvier 2015.", datetime.date(2015, 1, 5)),  # in the text
        ("---\ntitle: Bureau\ndate: 2023-05-05\n---\n\nTexte.", datetime.date(2023, 5, 5)),  # YAML front matter
        ('+++\ntitle = "Bureau"\ndate = 2023-05-05\n+++\n\nTexte.', datetime.date(2023, 5, 5)),  # TOML
    ],
)
def test_parser_reads_the_date_forms_of_issue_11(text, date):
    """The forms the dev files do not hold (``test_import_dev_reports`` has the others), read as a file is."""
    data = parse_report(read(open_file(text.encode(), "cr.md")), "x")
    assert data.date == date and data.notes == []


def test_parser_reads_the_attendee_shapes_the_dev_files_do_not_hold():
    text = (
        "# Bureau du 3 mars 2024\n\nMembres présents :\n\n- Anne Martin (Ville de Caen)\n"
        "- Paul Durand - Association Kénédougou\n- Ville d'Alençon : Marie Leroy\n\n"
        "Invités : Léa Blanc\n\nExcusés : Jean Petit, Lise Roy\n\nAbsents : Marc Noir\n\n## Points\n\nTexte.\n"
    )
    data = parse_report(read(open_file(text.encode(), "cr.md")), "x")
    assert [(p.name, p.status, p.organisation) for p in data.participants] == [
        ("Anne Martin", "present", "Ville de Caen"),  # Name (Organisation)
        ("Paul Durand", "present", "Association Kénédougou"),  # Name - Organisation
        ("Marie Leroy", "present", "Ville d'Alençon"),  # Organisation : Name
        ("Léa Blanc", "present", ""),  # guests are present
        ("Jean Petit", "excused", ""),
        ("Lise Roy", "excused", ""),
        ("Marc Noir", "absent", ""),
    ]


def test_parser_flags_a_date_without_a_year_unless_one_is_given():
    outline = read_markdown(
        "# Bureau\n\nRéunion du 18 avril.\n\n## Prochains rendez-vous\n\n**AG :**\\\n**Mardi 15 juin**\n"
    )

    data = parse_report(outline, "x")
    assert data.date is None and data.date_in_text.text == "18 avril"
    assert [note.code for note in data.notes] == ["date_without_year"] and "18 avril" in data.notes[0].message
    assert data.next_meetings[0].date is None

    data = parse_report(outline, "x", date=datetime.date(2010, 4, 18))
    assert data.date == datetime.date(2010, 4, 18) and data.notes == []
    assert data.next_meetings[0].date == datetime.date(2010, 6, 15)

    data = parse_report(outline, "x", date=datetime.date(2010, 5, 2))
    assert [note.code for note in data.notes] == ["date_differs"]


def test_parser_finds_the_laws_cited():
    text = "# CR\n\nLes lois de 92 et 2007, la loi du 6 février 1992, la Loi Oudin et la loi n° 2014-773.\n"
    text += "\n## Cadre juridique\n\n**2021 :** une loi de programmation.\n\nNotre modèle, 1998 : rien.\n"

    data = parse_report(read_markdown(text), "x")

    assert [(law.year, law.name) for law in data.laws] == [
        (1992, ""),
        (2007, ""),
        (2014, ""),
        (None, "Oudin"),
        (2021, ""),
    ]
    assert data.date is None and data.notes[0].code == "no_date"  # 6 février 1992 is a law's date


def test_real_report_becomes_a_page_with_its_metadata(home_fr):
    cited = laws(home_fr)

    output = import_report(REAL_REPORT)

    page = MeetingReportPage.objects.get()
    # The ALL-CAPS title in sentence case (the original, in capitals, is kept in the document).
    assert output.startswith("created: L'évolution des relations entre collectivités et comités de jumelage")
    assert page.title.endswith("dans un projet de coopération décentralisée")
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

    # “18 avril” in the text: the day without a year, so no date but a note for staff.
    assert page.date is None
    assert "18 avril" in page.review_notes and "review: " in output
    assert [link.legal_text for link in page.legal_texts.order_by("sort_order")] == cited[:3]

    document = page.original_document
    assert document.collection.name == "Archive" and document.collection.get_parent().is_root()
    with document.open_file() as file:
        assert file.read() == REAL_REPORT.read_bytes()
    assert len(page.source_checksum) == 64
    assert "Ouahigouya" in document.text


def test_the_real_report_is_found_by_search(home_fr):
    import_report(REAL_REPORT)
    page = MeetingReportPage.objects.get()

    assert list(Document.objects.search("Koutiala")) == [page.original_document]
    # Words of the file that the page's own fields leave out (the agenda is not indexed) still find it.
    assert [result.pk for result in MeetingReportPage.objects.live().search("Koutiala")] == [page.pk]
    assert [result.pk for result in MeetingReportPage.objects.live().search("participants")] == [page.pk]


def test_a_date_given_completes_the_report_and_its_next_meetings(home_fr):
    import_report(REAL_REPORT, options=["--date", "2010-04-18"])

    page = MeetingReportPage.objects.get()
    assert page.date == datetime.date(2010, 4, 18) and page.review_notes == ""
    assert not page.live  # a draft without --publish
    meetings = [block.value for block in page.next_meetings]
    assert [meeting["date"] for meeting in meetings] == [None, None, datetime.date(2010, 6, 15)]
    assert [meeting["when"] for meeting in meetings] == ["Date à déterminer", "Date à déterminer", ""]


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


def test_an_import_without_publish_is_a_draft_and_a_second_one_a_draft_revision(home_fr, tmp_path):
    path = tmp_path / "brouillon.md"
    path.write_text(SMALL_REPORT)
    import_report(path, options=["--publish"])
    path.write_text(SMALL_REPORT + "\n## Annexe\n\nSigles.\n")

    output = import_report(path, options=[])

    page = MeetingReportPage.objects.get()
    assert output.startswith("updated: ")
    assert page.live and page.has_unpublished_changes  # the published version stays until staff publish
    assert headings(page.get_latest_revision_as_object())[-1] == "Annexe" and "Annexe" not in headings(page)


def stored_files():
    return set((Path(settings.MEDIA_ROOT) / "documents").glob("*"))


def test_a_dry_run_saves_nothing(home_fr):
    before, files = counts(), stored_files()

    output = import_report(REAL_REPORT, options=["--dry-run"])

    assert output.startswith("created (dry run): L'évolution")
    assert counts() == before and stored_files() == files


def test_a_folder_import_reports_progress_goes_past_a_bad_file_and_sums_up(home_fr, tmp_path):
    (tmp_path / "a.md").write_text(SMALL_REPORT)
    (tmp_path / "b.txt").write_text("# Réunion de bureau\n\nPoints divers, le 3 mars 2011.", encoding="cp1252")
    (tmp_path / "c.pdf").write_bytes(b"%PDF-1.4 damaged")
    (tmp_path / "notes.odt").write_bytes(b"PK")  # not a report file: left out of the folder
    out, err = io.StringIO(), io.StringIO()

    with pytest.raises(CommandError, match="1 of 3 files failed"):
        call_command("import_report", str(tmp_path), "--publish", stdout=out, stderr=err)

    assert out.getvalue().splitlines() == [
        "[1/3] created: Rencontre des comités de jumelage (/fr/comptes-rendus/a/)",
        "    review: " + MeetingReportPage.objects.get(slug="a").review_notes,
        "[2/3] created: Réunion de bureau (/fr/comptes-rendus/b/)",
        "2 imported, 0 unchanged, 1 flagged for review, 1 failed.",
    ]
    assert err.getvalue().startswith(f"[3/3] failed: {tmp_path / 'c.pdf'}: ")
    assert MeetingReportPage.objects.get(slug="b").date == datetime.date(2011, 3, 3)


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


def test_the_imported_report_reads_well(client, home_fr, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("admin", "admin@example.org", "x"))
    laws(home_fr)
    import_report(REAL_REPORT)
    page = MeetingReportPage.objects.get()

    html = client.get(page.url).content.decode()

    assert "Loi Thiollière" in html
    assert page.review_notes not in html  # notes are for staff only
    for text in ["Cadre juridique", "Astrid Frey", "CITIM", "Rencontre entre les collectivités", "Mardi 15 juin à 14h"]:
        assert text in html
    assert html.count("Eau Vive Basse Normandie") == 1  # listed once, not in the body as well
    assert page.original_document.url in html
