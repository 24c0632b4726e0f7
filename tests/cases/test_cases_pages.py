"""Testimonies and the legal framework: what their indexes list, in which order, and who may open them."""

import datetime
import re

import pytest
from django.test import Client

from cases.models import LegalFrameworkIndexPage, TestimonyIndexPage
from tests import factories


def titles(html: str, tag: str) -> list[str]:
    return [re.sub(r"<[^>]+>", "", title).strip() for title in re.findall(rf"<{tag}[^>]*>(.*?)</{tag}>", html, re.S)]


@pytest.mark.django_db
def test_the_legal_framework_is_public_and_lists_its_laws_in_date_order(client, home_fr):
    index = factories.add_child(home_fr, LegalFrameworkIndexPage(title="Cadre juridique", slug="cadre-juridique"))
    factories.legal_text(index, "Loi Thiollière", datetime.date(2007, 2, 2))
    factories.legal_text(index, "Loi ATR", datetime.date(1992, 2, 6))
    factories.legal_text(index, "Loi Oudin-Santini", datetime.date(2005, 2, 9))

    response = client.get(index.url)  # anonymous: the section declares itself PUBLIC

    assert response.status_code == 200
    html = response.content.decode()
    positions = [html.index(name) for name in ("Loi ATR", "Loi Oudin-Santini", "Loi Thiollière")]
    assert positions == sorted(positions)


@pytest.mark.django_db
def test_testimonies_need_a_login_and_are_listed_alphabetically_with_their_countries(member_client, home_fr):
    index = factories.add_child(home_fr, TestimonyIndexPage(title="Témoignages", slug="temoignages"))
    factories.testimony(index, "Villeneuve et Ségou")
    factories.testimony(index, "Alençon et Koutiala")

    assert Client().get(index.url).status_code == 302  # any other section needs a login (the default rule)

    response = member_client.get(index.url)
    assert response.status_code == 200
    assert titles(response.content.decode(), "h2")[-2:] == ["Alençon et Koutiala", "Villeneuve et Ségou"]
    assert "Mali" in response.content.decode()
