"""The engine backend answers as the database backend: same hits, totals, facet counts, pages and date order.

Each case searches the test tree (``tests.factories.site_tree``, three items of each kind, documents
attached to pages, a restricted page and collection) through ``search.backends.engine.EngineBackend``
and through the database backend (``search.backends.database.DatabaseBackend``, on the index Wagtail keeps
beside the engine's in the test settings), as a member, a partner and anonymously. By
relevance, the order among hits of different scores is each backend's own (the engines' BM25, SQLite's
bm25, PostgreSQL's ts_rank differ): the hits of a page are compared as a set; by date, in order.
"""

import datetime

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from home.models import HomePage
from network_site.access import roles
from search.backends import get_backend
from search.backends.database import DatabaseBackend
from search.backends.engine import EngineBackend
from tests import factories
from tests.building import build_once
from tests.search.test_permissions import document

from .conftest import search_request

QUERIES = [
    {"query": "commune partenaire"},
    {"query": "commune partenaire", "type": "event"},
    {"query": "commune partenaire", "country": "ML"},
    {"query": "commune partenaire", "year": "2010"},
    {"query": "commune partenaire", "sort": "date"},
    {"query": "budgets"},
    {"query": "budgets", "sort": "date", "page": "2"},
    {"query": "budgets", "page": "99"},
    {"query": "loi"},
    {"query": "Rencontre"},
    {"query": "rencontres des collectivites"},
    {"query": "l'eau"},
    {"query": "zanzibar"},
    {"query": "zanzibar", "type": "document"},
    {"query": "Témoignage partenariat", "lang": "all"},
    {"query": "jumelage"},
    {"query": "nothing-like-this"},
    {"query": "de la"},
]


def _tree():
    tree = factories.site_tree(HomePage.objects.get(locale__language_code="fr"), n=3)
    for i in range(12):
        factories.legal_text(
            tree["LegalFrameworkIndexPage"], short_name=f"Loi budgets {i}", date=datetime.date(1990 + i, 1, 1)
        )
    root = Collection.get_first_root_node()
    private = root.add_child(name="Partenaires")
    restriction = CollectionViewRestriction.objects.create(collection=private, restriction_type="groups")
    restriction.groups.add(Group.objects.get(name=roles.MEMBERS))
    page = factories.legal_text(tree["LegalFrameworkIndexPage"], short_name="Loi zanzibar")
    document("Zanzibar pièce publique", root, page)
    document("Zanzibar pièce des membres", private, page)
    document("Zanzibar pièce orpheline", root)
    hidden = factories.legal_text(tree["LegalFrameworkIndexPage"], short_name="Loi zanzibar réservée")
    restriction = PageViewRestriction.objects.create(page=hidden, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.add(Group.objects.get(name=roles.MEMBERS))
    return tree


tree = build_once(_tree)


def _shown(request, hits):
    shown = [(hit.model, hit.pk, hit.date, sorted(hit.attached)) for hit in hits]
    return shown if request.params.sort == "date" else sorted(shown)


def database_answer(request):
    return _answer(DatabaseBackend().search(request), request)


def engine_answer(request):
    return _answer(EngineBackend().search(request), request)


def _answer(page, request):
    counts = {
        name: {value: count for value, count in counter.items() if count} for name, counter in page.counts.items()
    }
    return page.total, page.number, _shown(request, page.hits), counts


@pytest.mark.django_db
@pytest.mark.parametrize("query", QUERIES, ids=lambda query: "&".join(f"{k}={v}" for k, v in query.items()))
@pytest.mark.parametrize("who", ["member", "partner", "anonymous"])
def test_the_engine_answers_as_the_database(tree, accounts, query, who):
    request = search_request(accounts[who], **query)
    assert engine_answer(request) == database_answer(request)


@pytest.mark.django_db
def test_the_settings_pick_the_engine_backend():
    backend = get_backend()
    assert isinstance(backend, EngineBackend)
    assert backend.name in ("opensearch", "elasticsearch")
