"""The public home page lists only what the visitor may open, by the site's one view rule, says how many more
logging in opens (never their titles), and caps its lists."""

import datetime

import pytest
from django.test import Client
from django.utils import timezone

from cases.models import LegalFrameworkIndexPage, TestimonyIndexPage
from events.models import EventIndexPage, MeetingReportIndexPage
from network_site.access.policy import apply_policy, set_restriction
from network_site.access.rules import Rule
from tests import factories


@pytest.fixture
def sections(home_fr):
    legal = factories.add_child(home_fr, LegalFrameworkIndexPage(title="Cadre juridique", slug="cadre-juridique"))
    testimonies = factories.add_child(home_fr, TestimonyIndexPage(title="Témoignages", slug="temoignages"))
    agenda = factories.add_child(home_fr, EventIndexPage(title="Agenda", slug="agenda"))
    factories.legal_text(legal, "Loi Oudin-Santini")
    factories.testimony(testimonies, "Alençon et Koutiala")
    secret = factories.testimony(testimonies, "Témoignage confidentiel")
    set_restriction(secret, Rule("password"), password="sesame-2026")
    factories.event(agenda, "Rencontre régionale", start=timezone.now() + datetime.timedelta(days=7))
    return home_fr


@pytest.mark.django_db
def test_anonymous_visitors_see_the_public_legal_texts_only(sections):
    html = Client().get(sections.url).content.decode()
    assert "Loi Oudin-Santini" in html
    assert "Alençon et Koutiala" not in html and "Rencontre régionale" not in html


@pytest.mark.django_db
def test_members_see_what_they_may_open_but_never_what_a_password_protects(sections, member_client):
    html = member_client.get(sections.url).content.decode()
    assert "Loi Oudin-Santini" in html
    assert "Alençon et Koutiala" in html and "Rencontre régionale" in html
    assert "Témoignage confidentiel" not in html  # listings never show password-protected pages


@pytest.fixture
def private_content(home_fr):
    """Two testimonies and an upcoming event (members and partners), and a report (members only), with access applied."""
    testimonies = factories.add_child(home_fr, TestimonyIndexPage(title="Témoignages", slug="temoignages"))
    agenda = factories.add_child(home_fr, EventIndexPage(title="Agenda", slug="agenda"))
    reports = factories.add_child(home_fr, MeetingReportIndexPage(title="Comptes rendus", slug="comptes-rendus"))
    factories.testimony(testimonies, "Alençon et Koutiala")
    factories.testimony(testimonies, "Angers et Bamako")
    factories.event(agenda, "Rencontre régionale", start=timezone.now() + datetime.timedelta(days=7))
    factories.meeting_report(reports, "Assemblée générale secrète")
    apply_policy()
    return home_fr


def test_anonymous_visitors_are_told_what_logging_in_opens_without_titles(private_content):
    html = Client().get(private_content.url).content.decode()
    assert "2 témoignages sont réservés aux membres et partenaires du réseau." in html
    assert "1 prochain événement est réservé aux membres et partenaires du réseau." in html
    assert "1 compte rendu de réunion est réservé aux membres du réseau." in html
    assert html.count('href="/fr/account/login/?next=/fr/"') >= 4  # the header's link and one per listing
    for title in ("Alençon et Koutiala", "Angers et Bamako", "Rencontre régionale", "Assemblée générale secrète"):
        assert title not in html
    assert "Aucun témoignage" not in html and "Aucun événement" not in html


def test_members_see_the_listings_and_no_login_notice(private_content, member_client):
    html = member_client.get(private_content.url).content.decode()
    assert "Alençon et Koutiala" in html and "Assemblée générale secrète" in html
    assert "réservé" not in html


def test_partners_are_told_which_listing_their_account_does_not_open(private_content, client, accounts):
    client.force_login(accounts["partner"])
    html = client.get(private_content.url).content.decode()
    assert "Alençon et Koutiala" in html and "Assemblée générale secrète" not in html
    assert "1 compte rendu de réunion est réservé aux membres du réseau." in html
    assert "demandez-le à l'équipe du réseau" in html


def test_the_home_page_lists_are_capped(home_fr, member_client):
    testimonies = factories.add_child(home_fr, TestimonyIndexPage(title="Témoignages", slug="temoignages"))
    legal = factories.add_child(home_fr, LegalFrameworkIndexPage(title="Cadre juridique", slug="cadre-juridique"))
    reports = factories.add_child(home_fr, MeetingReportIndexPage(title="Comptes rendus", slug="comptes-rendus"))
    for i in range(5):
        factories.testimony(testimonies, f"Témoignage {i}")
        factories.meeting_report(reports, f"Compte rendu {i}")
    for year in range(1992, 2000):
        factories.legal_text(legal, f"Loi de {year}", date=datetime.date(year, 2, 6))
    html = member_client.get(home_fr.url).content.decode()
    assert sum(f"Témoignage {i}" in html for i in range(5)) == 3
    assert sum(f"Compte rendu {i}" in html for i in range(5)) == 3
    shown = [year for year in range(1992, 2000) if f"Loi de {year}" in html]
    assert shown == list(range(1994, 2000))  # the latest six, oldest first
    assert 'href="/fr/cadre-juridique/">Tous les textes juridiques' in html
