"""Every page type's HTML parses without a single error in html5lib's strict mode (the WHATWG parsing rules)."""

import html5lib
import pytest
from django.test import Client

from tests import factories
from tests.test_page_types import translate_page

pytestmark = pytest.mark.django_db


def parse_errors(html: str) -> list[str]:
    """The parse errors of ``html`` with the line and column of each (empty: valid)."""
    parser = html5lib.HTMLParser(strict=False)
    parser.parse(html)
    lines = html.splitlines()
    return [
        f"{line}:{column} {error} {parameters or ''} near {lines[line - 1][max(column - 60, 0) : column + 20]!r}"
        for (line, column), error, parameters in parser.errors
    ]


def assert_valid(response, name):
    html = response.content.decode()
    assert parse_errors(html) == [], name
    html5lib.HTMLParser(strict=True).parse(html)  # strict mode: raises ParseError on the first error


def test_every_page_type_is_valid_html_in_french_and_english(member_client, home_fr, en):
    tree = factories.site_tree(home_fr, n=2)
    for name, page in tree.items():
        assert_valid(member_client.get(page.url), name)
        english = translate_page(page, en)
        assert_valid(member_client.get(english.url), f"{name} (en)")


def test_error_pages_and_anonymous_pages_are_valid_html(client, accounts, home_fr):
    tree = factories.site_tree(home_fr)
    assert_valid(Client().get(home_fr.url), "home, anonymous")
    assert_valid(Client().get("/fr/pas-de-page/"), "404")
    client.force_login(accounts["partner"])
    response = client.get(tree["MeetingReportIndexPage"].url)
    assert response.status_code == 403
    assert_valid(response, "403")
    assert_valid(Client().get("/fr/account/login/"), "login")
