"""The other order: the demo loaded first, then the real report imported. The import itself links the report
to the demo's event (its day and venue), the three law pages and the meetings it announced (issue 13, point 6)."""

import io

import pytest
from django.core.management import call_command

from events.models import EventPage
from tests.building import build_once
from tests.events.test_demo_links import assert_the_report_shows_its_meeting, french_report
from tests.factories import REAL_REPORT

pytestmark = pytest.mark.django_db


def demo_then_import():
    call_command("load_demo", stdout=io.StringIO())
    call_command("import_report", str(REAL_REPORT.parent), "--publish", stdout=io.StringIO())


site = build_once(demo_then_import)


def test_the_real_report_shows_its_date_place_event_and_the_three_laws(site, client):
    assert_the_report_shows_its_meeting(client)


def test_the_meetings_the_report_announced_are_the_demos_events_and_a_new_demo_changes_nothing(site):
    report = french_report()
    announced = EventPage.objects.filter(announced_in=report, locale=report.locale)
    assert sorted(event.slug for event in announced) == [
        "rencontre-collectivites-juin-2010",
        "rencontre-comites-jumelage-europeens",
        "rencontre-comites-jumelage-nord-sud",
    ]
    revisions, events = report.revisions.count(), EventPage.objects.count()
    call_command("load_demo", stdout=io.StringIO())
    assert report.revisions.count() == revisions and EventPage.objects.count() == events
