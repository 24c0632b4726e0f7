"""The importer's rules on the real reports of other organisations in ../shared/archive/dev (issue 11).

One test per rule, on the files that show it: front matter, each date form,
each shape of attendance list, agenda, decisions, next meetings, clean text,
the Word file and both PDFs. The reports are read and parsed (no database)
except where the page itself is checked. Names of people appear here only
because these tests read those files.
"""

import datetime
import functools
import re

import pytest

from events.importer import import_report
from events.importer.parser import parse_report
from events.importer.readers import read
from events.importer.readers.markdown import clean_source, split_metadata
from events.models import MeetingReportPage
from network_site.core.text import fold
from network_site.documents.extraction import file_text, open_file
from tests.factories import REAL_REPORT

DEV = REAL_REPORT.parent / "dev"


def path(prefix: str):
    return next(DEV.glob(f"{prefix}-*"))


@functools.cache
def outline(prefix: str):
    file = path(prefix)
    return read(open_file(file.read_bytes(), file.name))


@functools.cache
def parsed(prefix: str):
    return parse_report(outline(prefix), "fallback")


def present(prefix: str):
    return [person.name for person in parsed(prefix).participants if person.status == "present"]


def test_front_matter_gives_title_and_date_and_never_shows_in_the_text():
    assert parsed("10").title == "Bureau du 22 juin 2021"  # Jekyll YAML
    assert parsed("12").title.startswith("Compte rendu de l'assemblée constitutive")  # Pandoc YAML closed by “...”
    assert parsed("13").title == "Réunion Axe3 du 8 novembre 2021"  # Hugo, over the heading “CR réunion axe 3”
    assert parsed("07").title == "Assemblée Générale du 17 décembre 2017"  # Wiki.js SUBTITLE (the TITLE is a code)
    for prefix in ("04", "10", "11", "12", "13"):
        text = " ".join(getattr(block, "text", "") for block in parsed(prefix).sections)
        assert "layout:" not in text and "taxonomy" not in text and "titlepage" not in text


def test_a_publication_date_in_front_matter_is_not_the_meeting_date():
    data = parsed("11")  # front matter: 2024-06-13; first line: “samedi 8 juin 2024 15h”
    assert data.date == datetime.date(2024, 6, 8)
    assert "date_conflict" in [note.code for note in data.notes]
    assert data.title == "PV de l’Assemblée générale du samedi 8 juin 2024"  # the fuller first line, cut after its date
    assert data.place == "salle Boléro, Espace Maurice Ravel"


@pytest.mark.parametrize(
    "prefix, date",
    [
        ("01", datetime.date(2021, 9, 17)),  # “17 septembre 2021” in the title
        ("06", datetime.date(2022, 12, 14)),  # a heading “14 Décembre 2022”
        ("09", datetime.date(2012, 11, 8)),  # “20121108”
        ("10", datetime.date(2021, 6, 22)),  # “Date : 22 juin 2021 à 18 h”
        ("12", datetime.date(2023, 11, 11)),  # “le 11/11/23” in the front-matter subtitle
        ("14", datetime.date(2024, 8, 5)),  # “Date : Lundi 5 août 2024 | Durée : …”
        ("03", datetime.date(2025, 3, 26)),  # “Le 26 Mars 2025 à 17h” in the text (PDF)
    ],
)
def test_each_date_form(prefix, date):
    assert parsed(prefix).date == date


def test_a_date_without_a_year_takes_it_from_the_text_with_a_note():
    data = parsed("08")  # “01/21” (month first), the year from “22/02/2020” further down
    assert data.date == datetime.date(2020, 1, 21)
    assert "date_year_inferred" in [note.code for note in data.notes]


def test_conflicting_dates_are_a_review_note():
    data = parsed("04")  # front-matter title 14 février 2018, heading 14 janvier 2018
    assert data.date == datetime.date(2018, 2, 14)
    assert "date_conflict" in [note.code for note in data.notes]


def test_a_report_that_gives_only_a_year_gets_no_date_but_a_note():
    data = parsed("05")
    assert data.date is None and [note.code for note in data.notes] == ["no_date"]


@pytest.mark.parametrize(
    "prefix, first, count",
    [
        ("01", "Jean-Pierre", 13),  # “Présents : A, B, …” (Word)
        ("02", "Jean-Pierre JEANROY", 11),  # “Présents : …. Absents non excusés : …” in one paragraph (PDF)
        ("03", "Christiane", 10),  # “Étaient présents pour représenter X : A, B et C.” (PDF)
        ("04", "Régine Denoncin", 8),  # a comma list wrapped over two lines
        ("05", "Larlet David", 25),  # one per line under a setext heading, with a header line and logins
        ("06", "Marc Debureaux", 7),  # checkboxes: only the ticked ones
        ("07", "Wannes", 14),  # “groupe : A, B” lines in a code block
        ("08", "val", 8),  # “Présence : a, b” in a code block, handles in lower case
        ("09", "David", 3),  # a bulleted list under “Présents (Arles)”
        ("10", "Nathalie", 5),  # “**Présent.e.s :** …”
        ("13", "Mélanie Boucher", 5),  # “-Name, role, organisation…” paragraphs
        ("14", "Félix Poullet-Pagès", 3),  # “Étaient présents **A**, **B** et **C**.” without a colon
    ],
)
def test_each_attendance_shape(prefix, first, count):
    names = present(prefix)
    assert names[0] == first and len(names) == count


def test_excused_absent_and_organisations_are_told_apart():
    assert [p.name for p in parsed("01").participants if p.status == "excused"] == ["Maryline"]  # proxy dropped
    assert [p.name for p in parsed("02").participants if p.status == "absent"] == [
        "Mathieu FIGINI",
        "Maryline LECESTRE",
    ]
    assert [p.name for p in parsed("11").participants if p.status == "excused"][0] == "Agnès Leray"
    assert present("11") == []  # “27 présents” is a head count
    assert {p.organisation for p in parsed("03").participants} == {
        "l’amicale de Lyon",
        "l’Union Départementale et les amicales du Rhône",
    }
    assert parsed("09").participants[0].role == "scribe"
    assert parsed("13").participants[0].organisation.startswith("Université du Québec en Outaouais")


def test_the_agenda_in_each_form():
    assert parsed("10").agenda == ["Préparation de l'AG", "Prochain CA"]  # a list of links under “Ordre du jour”
    assert parsed("14").agenda[0] == "Présentation du projet de constitution de l’association"  # “… suivant :”
    assert len(parsed("01").agenda) == 12 and parsed("01").agenda[0] == "Motion ONF"  # numbered bold headings
    assert parsed("04").agenda[0] == "Approbation du PV du 11 janvier 2018"  # numbered points, no agenda heading
    assert parsed("03").agenda[-1] == "Questions, échanges et propositions entre bénévoles"  # PDF list


def test_decisions_votes_and_elections():
    decisions = parsed("05").decisions
    assert decisions[0] == "Bilan Moral : 23 pour, 0 contre, 3 abstentions"  # a vote count under its heading
    assert any("Deborah CAMP est désignée secrétaire de séance" in d for d in parsed("12").decisions)
    assert any("(7 pour, 0 contre, 0 abstention)" in d and "statuts" in d for d in parsed("12").decisions)
    assert any("Bilan financier voté à l’unanimité" in d for d in parsed("11").decisions)
    assert any(d.startswith("Motion ONF : ") and "(12 pour, 2 abstentions)" in d for d in parsed("01").decisions)
    assert not any("Vote du rapport" in d for d in parsed("10").decisions)  # an item to vote is not a decision


def test_decisions_stated_without_a_decision_word_or_spread_over_sentences():
    d02, d03, d04 = parsed("02").decisions, parsed("03").decisions, parsed("04").decisions
    # an answer after an arrow: to a question, or a “non”
    assert any("Est-ce qu'on migre AFPy/gestion ? → pas une urgence" in d for d in parsed("06").decisions)
    assert [d for d in parsed("09").decisions if "HYPOTHÈSE" in d] == [
        "Négatif : HYPOTHÈSE : ajouter nos pratiques (plus parlant que les valeurs) -> non, tl;dr",
        "Négatif : HYPOTHÈSE : ajouter nos personas (plus concrêt) -> non, trop caricatural ?",
    ]  # two source lines of one Markdown paragraph, each its own decision
    assert not any("-> personas" in d for d in parsed("09").decisions)  # an arrow to a remark settles nothing
    assert not any("→ fait" in d or "→ en cours" in d for d in parsed("06").decisions)  # nor an action's status
    # a label naming what was settled, on a line or as a heading over a list
    assert (
        "Questions diverses : Nomination d’un référent incendie : David Tripogney sera le correspondant "
        "incendie de la commune." in d02
    )
    assert (
        "Coordinations : Changement de coordination : Gwladys Galan laisse la coordination chèvre- agneau à "
        "Yvette Leriche" in d04
    )
    assert any(
        d.startswith("Choix par usages futurs : tableur : google docs ; ") and "domaines : ovh, gandi" in d
        for d in parsed("09").decisions
    )
    # a date set, without its subject: the sentence before says what it is the date of
    assert any(
        d.endswith(
            "un conseil spécifique pour la mise à jour des fiches actions concernant la commune de "
            "Couthenans. Date arrêtée : 28/10/2022 à 18H30."
        )
        for d in d02
    )
    # passive outcomes: a role given, a request taken into account (with the sentence it refers to)
    assert any("ils ont été redistribués respectivement à Robin DUFER et Benjamin AUBRON" in d for d in d03)
    assert any(
        d.startswith("Demande des bénévoles : Il a été demandé de rajouter une page privée")
        and d.endswith("Cette demande a été prise en compte et sera disponible prochainement.")
        for d in d03
    )
    # what the decision will bring, in the future, goes with it
    assert any(
        d.endswith(
            "le statu quo est maintenu. Les gilets seront distribués aux bénévoles. Il leur sera "
            "demandé de nous retourner le gilet en cas de départ de l’association."
        )
        for d in d03
    )
    # a decision's nested items, and the list of candidates a “Votes” heading is about
    assert any(
        d.endswith(
            "le CA actuel (4 membres) est maintenu pour l'année à venir : Wannes De Smet, Laurent Peuch,"
            " Balthazar Thomas, Durieux Frédéric"
        )
        for d in parsed("07").decisions
    )
    assert (
        "Élection du conseil d'administration : Le conseil d'administration est élu à l'unanimité : PRÉCILIA AKO,"
        " MARINE BRIEBA, DÉBORAH CAMP, EMMA GOUZE, NICOLAS HERBAUT, MICHAEL LAVANDIER, GUILLAUME MORIN (7 pour, 0 "
        "contre, 0 abstention)" in parsed("12").decisions
    )
    assert any(d.endswith("8 votants (7 pour, 1 abstention)") for d in d04)  # 0 and 1 in the singular


def test_plain_sentences_of_the_dev_files_are_not_decisions():
    decisions = " ".join(d for prefix in ("02", "03", "06", "08", "09", "10", "13") for d in parsed(prefix).decisions)
    for plain in (
        "La délibération sera réalisée au prochain conseil",  # a future, after no decision
        "La même indemnité sera versée",
        "Les objectifs 2025 ont été présentés",
        "Prévoir un pot",  # a to-do, not settled in a decision section
        "Rupture de cycle",
        "la cuisine",
    ):
        assert plain not in decisions


def test_actions():
    assert "David : modifier les statuts" in parsed("09").actions  # “ACTION : …” lines
    assert any(a.startswith("Lucie : envoyer message") for a in parsed("06").actions)  # an “Actions” section


@pytest.mark.parametrize(
    "prefix, dates",
    [
        (
            "04",
            [datetime.date(2018, 4, 5)],
        ),  # “Prochaine réunion : jeudi 5 avril, de 18h30…”: the year after the meeting
        ("06", [datetime.date(2023, 1, 11)]),  # “le 11 janvier à 20h00”: next year
        ("08", [datetime.date(2020, 1, 28), datetime.date(2020, 2, 14)]),  # two dates on one line
        ("10", [datetime.date(2021, 7, 1)]),  # a heading “2. Prochain CA” and the line below it
        ("11", []),  # events (a jumble sale) are not meetings
    ],
)
def test_next_meetings(prefix, dates):
    assert [meeting.date for meeting in parsed(prefix).next_meetings] == dates


def test_next_meetings_have_their_time_and_place():
    [meeting] = parsed("04").next_meetings
    assert meeting.time == datetime.time(18, 30) and meeting.place.startswith("chez notre présidente")


def test_clean_text():
    texts = {prefix: " ".join(_texts(parsed(prefix).sections)) for prefix in ("06", "07", "12", "14")}
    assert "#+TBLFM" not in texts["06"]  # org-mode residue
    assert "<!--" not in texts["07"] and "TITLE:" not in texts["07"]  # Wiki.js comments
    assert "$date$" not in texts["12"]  # a Pandoc variable
    assert ":material-download:" not in texts["14"] and ".md-button" not in texts["14"]  # MkDocs attributes
    links = [block for block in parsed("07").sections if getattr(block, "html", "") and "href=" in block.html]
    assert links  # bare URLs are links
    table = next(block for block in parsed("12").sections if type(block).__name__ == "Table")
    assert table.header == ("Nicolas HERBAUT", "", "Déborah CAMP")  # a Pandoc table drawn with dashed rules


def test_the_word_file():
    data = parsed("01")
    assert data.title == "CR du conseil municipal 17 septembre 2021"  # a bold first line
    assert data.headings[:2] == ["Ordre du jour", "1/ Motion ONF"]  # bold paragraphs are its headings


def test_the_pdfs():
    assert parsed("02").title == "CR du conseil municipal 7 octobre 2022"
    data = parsed("03")
    assert data.title == "Proces verbal – assemblée générale 2025"  # ALL CAPS made readable
    text = " ".join(_texts(data.sections))
    assert "Siège social" not in text and "Page 1 sur 3" not in text  # the letterhead and footer of every page
    assert "Don d e Sang" not in text and "29 rue Edouard Nieuport" not in text
    assert "1 er" not in " ".join(_texts(parsed("02").sections))  # a superscript stays with its number


@pytest.mark.parametrize("prefix", [path.name[:2] for path in sorted(DEV.glob("[01]*"))])
def test_no_word_a_reader_needs_is_lost(prefix):
    """Nearly every word of the file's text is on the page (body or fields); what is not is markup or metadata."""
    file = path(prefix)
    text = file_text(open_file(file.read_bytes(), file.name))
    if file.suffix in (".md", ".txt"):  # the text as written: no front matter, link targets or markup
        text = re.sub(r"\]\([^)]*\)|<[^>]+>", " ", clean_source(split_metadata(text)[1]))
    source = set(fold(text).split())
    data = parsed(prefix)
    fields = [data.title, data.place, *data.agenda, *data.decisions, *data.actions, *data.headings]
    fields += [f"{p.name} {p.organisation} {p.role}" for p in data.participants]
    fields += [m.when for m in data.next_meetings]
    kept = set(fold(" ".join(_texts(data.sections) + fields)).split())
    lost = {word for word in source - kept if len(word) > 3 and not re.fullmatch(r"[0-9a-f]+", word)}
    assert len(lost) <= max(15, len(source) // 20), sorted(lost)


def _texts(blocks):
    texts = []
    for block in blocks:
        if hasattr(block, "items"):
            texts += [item.text for item in block.items]
        elif hasattr(block, "rows"):
            texts += [" ".join(row) for row in (block.header, *block.rows)] + [block.caption]
        else:
            texts.append(block.text)
    return texts


def test_a_dev_report_becomes_a_page_with_its_people_decisions_and_next_meetings(home_fr, client, admin_user):
    result = import_report(path("04"))

    page = MeetingReportPage.objects.get()
    assert page.title == "CA du 14 février 2018" and page.date == datetime.date(2018, 2, 14)
    assert [link.person.name for link in page.participants.all()][0] == "Régine Denoncin"
    assert len(page.agenda) == 7 and page.decisions and page.next_meetings[0].value["date"] == datetime.date(2018, 4, 5)
    assert result.status == "created"
    client.force_login(admin_user)
    page.save_revision().publish()
    html = client.get(page.url).content.decode()
    assert "Régine Denoncin" in html and "Inscription validée" in html
