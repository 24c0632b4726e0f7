"""An imported report's next meetings become draft event pages linked to it, “date to be set” kept, never
made twice on re-import; an event waiting for the announcement is linked instead of a new one."""

import datetime

import pytest

from events.importer import import_report
from events.models import EventPage, MeetingReportIndexPage
from tests.events.conftest import paris
from tests.factories import add_child

pytestmark = pytest.mark.django_db

BR = "  "  # two spaces at a line's end: a Markdown line break, as in the real report
REPORT = f"""**RENCONTRE DES COMITÉS**

**CONTEXTE:**

Pourquoi se réunir.

## Les prochains rendez-vous

Nous vous proposons :

**Rencontre entre comités de jumelage Nord/Sud :**{BR}
**Date à déterminer**

**Rencontre des élus :**{BR}
**Mardi 15 juin 2027 à 14h**

A la maison des associations{BR}
7 bis rue Neuve à Caen

**Journée des bénévoles :**{BR}
**Samedi 3 juillet 2027**
"""


@pytest.fixture
def archive(home_fr):
    return add_child(home_fr, MeetingReportIndexPage(title="Comptes rendus", slug="comptes-rendus"))


def write(tmp_path, text):
    path = tmp_path / "rencontre-comites.md"
    path.write_text(text, encoding="utf-8")
    return path


def announced(report):
    return {event.title: event for event in EventPage.objects.filter(announced_in=report, locale=report.locale)}


def test_next_meetings_become_draft_events_once(agenda, archive, tmp_path):
    result = import_report(write(tmp_path, REPORT), publish=True)
    events = announced(result.page)
    assert set(events) == {
        "Rencontre entre comités de jumelage Nord/Sud",
        "Rencontre des élus",
        "Journée des bénévoles",
    }
    assert not any(event.live for event in events.values())
    to_be_set = events["Rencontre entre comités de jumelage Nord/Sud"]
    assert to_be_set.start is None and to_be_set.announced_when == "Date à déterminer"
    dated = events["Rencontre des élus"]
    assert dated.start == paris(2027, 6, 15, 14, 0) and not dated.all_day
    assert dated.venue.startswith("A la maison des associations")
    all_day = events["Journée des bénévoles"]
    assert all_day.all_day and all_day.first_day == datetime.date(2027, 7, 3)

    changed = import_report(write(tmp_path, REPORT.replace("Pourquoi se réunir.", "Pourquoi nous réunir.")))
    assert changed.status == "updated" and changed.page.pk == result.page.pk
    assert announced(result.page).keys() == events.keys()
    assert EventPage.objects.count() == 3


def test_an_event_waiting_for_the_announcement_is_linked_not_duplicated(agenda, archive, make_event, tmp_path):
    waiting = make_event("Rencontre Nord/Sud", announcement_key="rencontreentrecomitesdejumelagenordsud")
    result = import_report(write(tmp_path, REPORT), publish=True)
    waiting.refresh_from_db()
    assert waiting.announced_in_id == result.page.pk
    assert EventPage.objects.filter(title__icontains="Nord/Sud").count() == 1


def test_without_an_agenda_no_event_is_made(archive, tmp_path):
    import_report(write(tmp_path, REPORT), publish=True)
    assert not EventPage.objects.exists()
