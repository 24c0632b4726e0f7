"""What `make run` sets up: the real report imported, the demo loaded; both safe to run again."""

import io
import re

import pytest
from django.core.management import call_command
from wagtail.documents import get_document_model
from wagtail.models import Page

from cases.models import TestimonyPage
from events.models import MeetingReportPage
from network_site.taxonomy.models import Organisation, Person
from tests.building import build_once
from tests.factories import REAL_REPORT

pytestmark = pytest.mark.django_db

Document = get_document_model()


def make_run_setup():
    """The content steps of `make run`: import the archive, then load the demo."""
    call_command("import_report", str(REAL_REPORT.parent), "--publish", stdout=io.StringIO())
    call_command("load_demo", stdout=io.StringIO())


def counts():
    return {model.__name__: model.objects.count() for model in (Page, Document, Organisation, Person)}


site = build_once(make_run_setup)  # the site as `make run` leaves it


@pytest.fixture
def demo_member_client(site, client):
    """The intranet is private: read it as the demo member (docs/access.md)."""
    assert client.login(username="member", password="demo-member-2026")
    return client


def test_running_the_setup_again_changes_no_count(site):
    before = counts()
    make_run_setup()
    assert counts() == before


def test_french_and_english_home_pages_show_the_demo(site, demo_member_client):
    french = demo_member_client.get("/fr/").content.decode()
    english = demo_member_client.get("/en/").content.decode()
    assert "Témoignages" in french and "Cadre juridique" in french and "Loi Oudin-Santini" in french
    assert "Testimonies" in english and "Oudin-Santini Act" in english
    menu = re.search(r'<nav class="main-menu".*?</nav>', french, re.S)[0]
    titles = re.findall(r'<li><a href="[^"]+"[^>]*>([^<]+)</a></li>', menu)
    assert titles == [
        "Témoignages",
        "Cadre juridique",
        "Agenda",
        "Comptes rendus",
        "Annuaire",
        "Glossaire",
        "Le réseau",
    ]


def test_the_switcher_leads_from_a_demo_testimony_to_its_translation(site, demo_member_client):
    french = TestimonyPage.objects.get(locale__language_code="fr", slug="angers-bamako")
    html = demo_member_client.get(french.url).content.decode()
    english_url = re.search(r'<a href="([^"]+)" hreflang="en"', html)[1]
    response = demo_member_client.get(english_url)
    assert response.status_code == 200
    english = response.context["page"]
    assert english.translation_key == french.translation_key and english.locale.language_code == "en"
    assert f"<h1>{english.title}</h1>" in response.content.decode()


def test_the_imported_report_shows_its_sections(site, demo_member_client):
    report = MeetingReportPage.objects.get(locale__language_code="fr", original_document__isnull=False)
    html = demo_member_client.get(report.url).content.decode()
    assert "Cadre juridique" in html and "Angers et son approche territoriale originale" in html
    assert report.attendees.count() == 17 and len(report.next_meetings) == 3


def test_staff_get_the_admin_in_french(site, client):
    assert client.login(username="staff", password="demo-staff-2026")
    html = client.get("/admin/").content.decode()
    assert '<html lang="fr"' in html and "Tableau de bord" in html
