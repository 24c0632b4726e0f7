"""Any query string and any parameter get a page, never a server error; what was typed is escaped on output."""

import pytest
from django.test import Client

from home.models import HomePage
from tests import factories
from tests.building import build_once

pytestmark = pytest.mark.django_db

NASTY_QUERIES = [
    "",
    " ",
    "     ",
    "a" * 10_000,
    "mot " * 2_500,
    '"',
    '"porte-parole"',
    '"unbalanced',
    "l'eau \"d'Angers",
    "'",
    "\\",
    "\\\\'",
    "*",
    "jumel*",
    ":",
    "title:loi",
    "{title body} : (x)",
    "AND OR NOT",
    "NOT",
    "a AND (b OR",
    "-comité",
    "+loi -oudin",
    "NEAR(a b)",
    "'; DROP TABLE wagtailcore_page; --",
    "' OR 1=1 --",
    "1 UNION SELECT password FROM auth_user",
    "<script>alert('x')</script>",
    '"><img src=x onerror=alert(1)>',
    "&amp; &lt;b&gt;",
    "🤝",
    "👩🏽‍💻 coopération 🌍",
    "\x00",
    "eau\x00assainissement",
    "\u200b\u202e\ufeff",
    "％ ＡＮＤ",
    "日本語 русский العربية",
    "1%",
    "%",
    "%%%%",
    "_",
    "()[]{}<>|&!~^@#$",
]
XSS = ["<script>alert('x')</script>", '"><img src=x onerror=alert(1)>']


# One page of each type, built once for the module and rolled back at the end.
tree = build_once(lambda: factories.site_tree(HomePage.objects.get(locale__language_code="fr")))


@pytest.fixture
def clients(member):
    """An anonymous client and a member's."""
    logged_in = Client()
    logged_in.force_login(member)
    return [Client(), logged_in]


@pytest.mark.parametrize("query", NASTY_QUERIES)
def test_any_query_gets_a_page(clients, tree, query):
    for client, path, extra in [
        (clients[0], "/fr/search/", {}),
        (clients[1], "/fr/search/", {}),
        (clients[1], "/en/search/", {"lang": "all"}),
        (clients[1], "/fr/search/", {"sort": "date", "page": "2"}),
    ]:
        response = client.get(path, {"query": query, **extra})
        assert response.status_code == 200, (path, query, extra)


@pytest.mark.parametrize("query", XSS)
def test_query_text_is_escaped(member_client, tree, query):
    html = member_client.get("/fr/search/", {"query": query}).content.decode()
    assert query not in html
    assert "<script>alert" not in html and "<img src=x" not in html


@pytest.mark.parametrize(
    "params",
    [
        {"page": "abc"},
        {"page": "-1"},
        {"page": "0"},
        {"page": "99999"},
        {"page": "9" * 400},
        {"page": "1.5"},
        {"page": ""},
        {"sort": "random"},
        {"sort": "-date"},
        {"lang": "xx"},
        {"type": "poem"},
        {"theme": "eau"},
        {"theme": "00000000-0000-0000-0000-000000000000"},
        {"organisation": "'; DROP TABLE x; --"},
        {"country": "ZZ"},
        {"country": "france"},
        {"year": "abc"},
        {"year": "-5"},
        {"year": "99999999999999999999"},
        {"type": ["testimony", "event"]},
    ],
)
def test_bad_parameters_give_the_nearest_valid_page(member_client, tree, params):
    response = member_client.get("/fr/search/", {"query": "partenariat", **params})
    assert response.status_code == 200, params
    page = response.context["page"]
    assert 1 <= page.number <= page.num_pages


def test_a_page_past_the_end_shows_the_last_one(member_client, tree):
    response = member_client.get("/fr/search/", {"query": "partenariat", "page": "99999"})
    assert response.context["page"].number == response.context["page"].num_pages
    assert response.context["results"]


@pytest.mark.parametrize(
    "raw",
    [
        "query=%FF%FE",
        "query=caf%E9",
        "query=%C3%28",
        "query=%ED%A0%80",
        "query=%00&page=%00",
        "query=eau&theme=%FF",
        "query=%",
        "query=%%%",
        "query=a&query=b",
        "query[]=x",
        "=x&&&=",
    ],
)
def test_invalid_utf8_and_malformed_query_strings(member_client, tree, raw):
    assert member_client.get(f"/fr/search/?{raw}").status_code == 200


def test_invalid_utf8_in_the_path_is_not_an_error(member_client, tree):
    assert member_client.get("/fr/search/%FF").status_code == 404
