"""No answer shows the address, the title or the translations of a page the request may not open.

The password form (at the page's address and at Wagtail's ``_util/authenticate_with_password``
address), the 403 and the 404 pages carry no ``hreflang`` link, no title and no address of such a page;
the language switcher leads to the same answer in the other language (a 403 stays a 403, a password
form a password form), never to a 404 and without showing the other version's address.
"""

import re

import pytest
from django.urls import reverse
from django.utils import translation
from wagtail.models import PageViewRestriction

from events.models import MeetingReportIndexPage
from home.models import ContentPage
from network_site.access.policy import set_restriction
from network_site.access.rules import Rule
from network_site.access.views import language_token
from tests import factories
from tests.test_page_types import translate_page

PASSWORD = "sesame-2026"
pytestmark = pytest.mark.django_db


def english_version(page, en, slug):
    english = translate_page(page, en).specific
    english.title, english.slug = f"{page.title} (English)", slug
    english.save_revision().publish()
    return type(english).objects.get(pk=english.pk)


@pytest.fixture
def pages(home_fr, en):
    reports = factories.add_child(home_fr, MeetingReportIndexPage(title="Comptes rendus", slug="comptes-rendus"))
    report = factories.meeting_report(reports, title="Réunion confidentielle de Caen")
    english_version(reports, en, "meeting-reports")
    english_report = english_version(report, en, "confidential-meeting-in-caen")
    secret = factories.add_child(home_fr, ContentPage(title="Page au mot de passe", slug="page-secrete"))
    set_restriction(secret, Rule("password"), password=PASSWORD)
    english_secret = english_version(secret, en, "password-page")
    set_restriction(english_secret, Rule("password"), password=PASSWORD)
    return {"report": report, "english report": english_report, "secret": secret, "english secret": english_secret}


def leaks(html, *pages) -> list[str]:
    """What of ``pages`` (their titles, slugs and addresses) ``html`` shows."""
    found = [f"hreflang link {link}" for link in re.findall(r'<link rel="alternate"[^>]*>', html)]
    for page in pages:
        found += [what for what in (page.title, page.slug, page.url) if what in html]
    return found


def switcher_link(html, code):
    nav = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S)[0]
    return re.search(rf'<a href="([^"]+)"[^>]*lang="{code}"', nav)[1]


def test_a_403_shows_nothing_of_the_page_and_its_switcher_leads_to_the_same_403(client, accounts, pages):
    client.force_login(accounts["partner"])
    report, english = pages["report"], pages["english report"]
    response = client.get(report.url)
    html = response.content.decode()
    assert response.status_code == 403
    assert leaks(html.replace(report.url, ""), report, english) == []  # the address asked for, nothing else

    link = switcher_link(html, "en")
    assert link.startswith("/en/_util/language/")
    there = client.get(link)
    assert there.status_code == 403
    assert leaks(there.content.decode(), report, english) == []
    back = client.get(switcher_link(there.content.decode(), "fr"))
    assert back.status_code == 403


def test_a_member_follows_the_same_link_to_the_english_version(member_client, pages):
    """The switcher's link of a 403 leads whoever may open the page to its version in that language."""
    with translation.override("en"):
        link = reverse("language_version", args=[language_token(pages["report"])])
    response = member_client.get(link)
    assert response.status_code == 302 and response["Location"] == pages["english report"].url


def test_a_password_form_shows_nothing_of_the_page(client, accounts, pages):
    client.force_login(accounts["member"])
    secret, english = pages["secret"], pages["english secret"]
    response = client.get(secret.url)
    html = response.content.decode()
    assert response.status_code == 200 and 'type="password"' in html
    assert leaks(html.replace(secret.url, ""), secret, english) == []

    there = client.get(switcher_link(html, "en"))
    assert there.status_code == 200 and 'type="password"' in there.content.decode()
    assert leaks(there.content.decode(), secret, english) == []

    action = re.search(r'<form method="post" action="([^"]+)"', html)[1]
    assert client.post(action, {"password": PASSWORD, "return_url": secret.url})["Location"] == secret.url
    assert client.get(secret.url).status_code == 200


def form_url(restriction_id, page_id):
    return reverse("wagtailcore_authenticate_with_password", args=[restriction_id, page_id])


def test_the_password_form_address_cannot_be_walked(client, accounts, pages):
    secret, report = pages["secret"], pages["report"]
    restriction = PageViewRestriction.objects.get(page=secret)
    members_only = PageViewRestriction.objects.get(page=report.get_parent())
    asked = [
        form_url(restriction.pk, report.pk),  # a page not under that restriction
        form_url(members_only.pk, report.pk),  # not a password restriction
        form_url(restriction.pk, 999_999),
        form_url(999_999, secret.pk),
    ]
    for account in ["anonymous", "partner", "member"]:
        client.logout()
        if accounts[account]:
            client.force_login(accounts[account])
        for url in asked:
            response = client.get(url)
            assert response.status_code == 404, (account, url)
            assert leaks(response.content.decode(), secret, report, pages["english report"]) == [], (account, url)
    # Anonymous visitors do not get the form of a page they may not open at all: they log in first.
    client.logout()
    assert client.get(form_url(restriction.pk, secret.pk)).status_code == 404
    # A member, who may open the page once the password is given, gets the form without the page.
    client.force_login(accounts["member"])
    response = client.get(form_url(restriction.pk, secret.pk))
    assert response.status_code == 200 and leaks(response.content.decode(), secret, pages["english secret"]) == []
    wrong = client.post(form_url(restriction.pk, secret.pk), {"password": "wrong", "return_url": "/"})
    assert wrong.status_code == 200 and 'type="password"' in wrong.content.decode()


def test_a_404_shows_nothing_of_the_pages_around(client, accounts, pages):
    client.force_login(accounts["partner"])
    report = pages["report"]
    response = client.get(report.url + "nothing-here/")
    html = response.content.decode()
    assert response.status_code == 404
    assert leaks(html.replace(report.url + "nothing-here/", ""), report, pages["english report"]) == []


def test_a_token_that_was_not_made_by_the_site_is_a_404(client, accounts):
    client.force_login(accounts["member"])
    assert client.get("/en/_util/language/12/").status_code == 404
