"""After `make run` (the real report imported, then the demo loaded: ``load_demo`` ends with ``relink_reports``), the report is linked to its meeting:
its date (18 April), its place, its event page and the 1992, 2005 and 2007 law pages; the meetings it
announced are the demo's events, never made twice; running it all again makes no new revision."""

import io

import pytest
from django.core.management import call_command
from wagtail.models import Revision

from events.models import EventPage, MeetingReportPage
from tests.building import build_once
from tests.factories import REAL_REPORT

pytestmark = pytest.mark.django_db


def make_run_setup():
    call_command("import_report", str(REAL_REPORT.parent), "--publish", stdout=io.StringIO())
    call_command("load_demo", stdout=io.StringIO())


site = build_once(make_run_setup)


def french_report():
    """The imported report (the demo's own reports have no original document)."""
    return MeetingReportPage.objects.get(locale__language_code="fr", original_document__isnull=False)


def assert_the_report_shows_its_meeting(client):
    """The real report's page shows its date, place, event and the three laws; the event links back to it."""
    assert client.login(username="member", password="demo-member-2026")
    report = french_report()
    html = client.get(report.url).content.decode()
    assert '<time datetime="2010-04-18">18 avril 2010</time> · Caen' in html
    event = EventPage.objects.get(locale__language_code="fr", slug="rencontre-collectivites-comites-de-jumelage")
    assert f'<a href="{event.url}">' in html
    for law in ("Loi ATR", "Loi Oudin-Santini", "Loi Thiollière"):
        assert law in html, law
    assert [text.date.year for text in (link.legal_text for link in report.legal_texts.all())] == [1992, 2005, 2007]
    # The event, over, links back to its report.
    assert f'<a href="{report.url}">' in client.get(event.url).content.decode()


def test_the_real_report_shows_its_date_place_event_and_the_three_laws(site, client):
    assert_the_report_shows_its_meeting(client)


def test_the_meetings_the_report_announced_are_the_demos_events(site, client):
    report = french_report()
    announced = EventPage.objects.filter(announced_in=report, locale=report.locale).order_by("pk")
    assert sorted(event.slug for event in announced) == [
        "rencontre-collectivites-juin-2010",
        "rencontre-comites-jumelage-europeens",
        "rencontre-comites-jumelage-nord-sud",
    ]
    assert client.login(username="member", password="demo-member-2026")
    html = client.get(report.url).content.decode()
    for event in announced:
        assert f'href="{event.url}"' in html


def test_running_it_all_again_makes_no_new_revision_nor_event(site):
    report = french_report()
    revisions = Revision.page_revisions.filter(object_id=str(report.pk)).count()
    events = EventPage.objects.count()
    out = io.StringIO()
    call_command("import_report", str(REAL_REPORT.parent), "--publish", stdout=out)
    call_command("load_demo", stdout=io.StringIO())
    assert Revision.page_revisions.filter(object_id=str(report.pk)).count() == revisions
    assert EventPage.objects.count() == events
    assert french_report().event.slug == "rencontre-collectivites-comites-de-jumelage"


def test_from_the_english_report_the_links_lead_to_english_events(site, client):
    call_command("sync_locale_trees", stdout=io.StringIO())  # as `make run`: the English tree's alias of the report
    english = MeetingReportPage.objects.get(locale__language_code="en", original_document__isnull=False)
    assert client.login(username="member", password="demo-member-2026")
    html = client.get(english.url).content.decode()
    event = EventPage.objects.get(locale__language_code="en", slug="local-authorities-twinning-committees-meeting")
    assert f'<a href="{event.url}">' in html and event.url.startswith("/en/")
    assert "/fr/agenda/" not in html
