"""The same menu in every language, and a 403 page that says what the account can read and whom to ask."""

import re

import pytest

from cases.models import LegalFrameworkIndexPage, TestimonyIndexPage
from events.models import MeetingReportIndexPage
from home.models import HomePage
from tests import factories
from tests.test_page_types import translate_page

pytestmark = pytest.mark.django_db


def menu(html):
    nav = re.search(r'<nav class="main-menu".*?</nav>', html, re.S)[0]
    return re.findall(r'<li><a href="([^"]+)"[^>]*>([^<]+)</a></li>', nav)


@pytest.fixture
def sections(home_fr):
    pages = [
        factories.add_child(home_fr, TestimonyIndexPage(title="Témoignages", slug="temoignages", show_in_menus=True)),
        factories.add_child(
            home_fr, LegalFrameworkIndexPage(title="Cadre juridique", slug="cadre-juridique", show_in_menus=True)
        ),
        factories.add_child(
            home_fr, MeetingReportIndexPage(title="Comptes rendus", slug="comptes-rendus", show_in_menus=True)
        ),
    ]
    return home_fr, pages


def test_the_english_menu_follows_the_french_order_whatever_the_order_of_translation(sections, en, member_client):
    home_fr, pages = sections
    translate_page(home_fr, en)
    english = {}
    for page in reversed(pages):  # translated last first: the English tree's own order is the reverse
        english[page.slug] = translate_page(page, en)
        english[page.slug].title = {"temoignages": "Testimonies", "cadre-juridique": "Legal framework"}.get(
            page.slug, "Meeting reports"
        )
        english[page.slug].save_revision().publish()
    assert [p.slug for p in HomePage.objects.get(locale=en).get_children()] != [p.slug for p in pages]
    french_menu = menu(member_client.get("/fr/").content.decode())
    english_menu = menu(member_client.get("/en/").content.decode())
    assert [title for _url, title in french_menu] == ["Témoignages", "Cadre juridique", "Comptes rendus"]
    assert [title for _url, title in english_menu] == ["Testimonies", "Legal framework", "Meeting reports"]


@pytest.mark.parametrize(
    ("role", "french", "english"),
    [
        ("anonymous", ["Cadre juridique"], ["Legal framework"]),
        ("partner", ["Témoignages", "Cadre juridique"], ["Testimonies", "Legal framework"]),
        (
            "member",
            ["Témoignages", "Cadre juridique", "Comptes rendus"],
            ["Testimonies", "Legal framework", "Meeting reports"],
        ),
    ],
)
def test_the_menu_lists_only_the_sections_the_visitor_may_open(sections, en, client, accounts, role, french, english):
    home_fr, pages = sections
    translate_page(home_fr, en)
    for page, title in zip(pages, ["Testimonies", "Legal framework", "Meeting reports"], strict=True):
        translated = translate_page(page, en)
        translated.title = title
        translated.save_revision().publish()
    if accounts[role] is not None:
        client.force_login(accounts[role])
    french_html = client.get("/fr/").content.decode()
    english_html = client.get("/en/").content.decode()
    assert [title for _url, title in menu(french_html)] == french
    assert [title for _url, title in menu(english_html)] == english
    hidden = [page for page in pages if page.title not in french]
    for page in hidden:  # neither its title nor its address anywhere in the home page
        assert page.url not in french_html and f">{page.title}<" not in french_html


def test_the_403_page_says_what_the_account_can_read_and_whom_to_ask(sections, client, accounts):
    _home, (testimonies, legal, reports) = sections
    client.force_login(accounts["partner"])
    response = client.get(reports.url)
    assert response.status_code == 403
    html = response.content.decode()
    main = html[html.index("<main") :]
    assert "Ce que votre compte permet de lire" in main
    readable = re.findall(r'<li><a href="([^"]+)">([^<]+)</a></li>', main)
    assert readable == [(testimonies.url, "Témoignages"), (legal.url, "Cadre juridique")]
    assert "l'équipe du réseau" in main
    assert f'href="/fr/account/login/?next={reports.url}"' in main
