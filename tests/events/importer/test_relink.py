"""An imported report matched again with the events and legal texts made after it (issue 13, point 6).

Importing the same bytes again, or ``manage.py relink_reports``, links the
report to what appeared in between (its event, the event's day and venue, the
laws it cites) with one new revision, and makes none when nothing changed.
"""

import datetime
import io

import pytest
from django.core.management import call_command

from cases.models import LegalFrameworkIndexPage
from events.importer import import_report
from events.models import EventIndexPage, MeetingReportPage
from tests.factories import PARIS, add_child, event, legal_text

pytestmark = pytest.mark.django_db

# No year, no place: “le 18 avril” alone; laws by year and by name.
REPORT = (
    "# Rencontre des comités\n\n"
    "Cette rencontre prolonge la réflexion entamée le 18 avril.\n\n"
    "Les lois de 92 et 2007 et la loi Oudin le permettent.\n"
)


@pytest.fixture
def report_file(tmp_path):
    path = tmp_path / "rencontre-des-comites.md"
    path.write_text(REPORT)
    return path


def targets(home_fr):
    """The legal texts of 1992, 2005 and 2007 and the event of 18 April 2010, as the demo would make them."""
    legal = add_child(home_fr, LegalFrameworkIndexPage(title="Cadre juridique", slug="cadre-juridique"))
    laws = [
        legal_text(legal, "Loi ATR", datetime.date(1992, 2, 6)),
        legal_text(legal, "Loi Oudin-Santini", datetime.date(2005, 2, 9)),
        legal_text(legal, "Loi Thiollière", datetime.date(2007, 2, 2)),
    ]
    agenda = add_child(home_fr, EventIndexPage(title="Agenda", slug="agenda"))
    meeting = event(agenda, "Rencontre des comités", start=datetime.datetime(2010, 4, 18, 9, 30, tzinfo=PARIS))
    return laws, meeting


def links(page):
    page = MeetingReportPage.objects.get(pk=page.pk)
    return {
        "event": page.event,
        "date": page.date,
        "place": page.place,
        "laws": [row.legal_text.date.year for row in page.legal_texts.all()],
    }


def test_reimporting_the_same_file_links_what_appeared_in_between_then_makes_no_revision(home_fr, report_file):
    page = import_report(report_file, publish=True).page
    assert links(page) == {"event": None, "date": None, "place": "", "laws": []}
    assert page.revisions.count() == 1

    _laws, meeting = targets(home_fr)
    assert import_report(report_file, publish=True).status == "unchanged"

    assert links(page) == {
        "event": meeting.page_ptr.specific,
        "date": datetime.date(2010, 4, 18),
        "place": "Maison des associations",
        "laws": [1992, 2005, 2007],
    }
    assert page.revisions.count() == 2
    page.refresh_from_db()
    assert page.live and not page.has_unpublished_changes

    import_report(report_file, publish=True)
    assert page.revisions.count() == 2


def test_a_report_imported_after_its_event_and_laws_is_linked_at_once(home_fr, report_file):
    _laws, meeting = targets(home_fr)
    page = import_report(report_file, publish=True).page

    assert links(page)["event"] == meeting and links(page)["laws"] == [1992, 2005, 2007]
    assert links(page)["date"] == datetime.date(2010, 4, 18)
    import_report(report_file, publish=True)
    assert page.revisions.count() == 1


def test_relink_reports_alone_links_and_then_changes_nothing(home_fr, report_file):
    page = import_report(report_file, publish=True).page
    targets(home_fr)

    out = io.StringIO()
    call_command("relink_reports", stdout=out)
    assert "1 report(s) relinked." in out.getvalue()
    assert links(page)["laws"] == [1992, 2005, 2007] and links(page)["event"] is not None

    call_command("relink_reports", stdout=out)
    assert "0 report(s) relinked." in out.getvalue()
    assert page.revisions.count() == 2


def test_two_events_on_the_day_leave_the_report_without_an_event(home_fr, report_file):
    _laws, meeting = targets(home_fr)
    agenda = meeting.get_parent()
    event(agenda, "Atelier du même jour", start=datetime.datetime(2011, 4, 18, 14, 0, tzinfo=PARIS), n=2)

    page = import_report(report_file, publish=True).page

    assert links(page)["event"] is None and links(page)["date"] is None
    assert links(page)["laws"] == [1992, 2005, 2007]
