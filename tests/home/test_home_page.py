"""The public home page lists only what the visitor may open, by the site's one view rule."""

import datetime

import pytest
from django.test import Client
from django.utils import timezone

from cases.models import LegalFrameworkIndexPage, TestimonyIndexPage
from events.models import EventIndexPage
from network_site.access.policy import set_restriction
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
