"""The database backend on its own: ``floor()`` sends the statement ``search()`` sends, and finds the same total.

With ``SEARCH_URL`` the test settings keep Wagtail's database backend beside the engine (its index follows every
save), so this runs there too.
"""

from urllib.parse import urlencode

import pytest
from django.http import QueryDict

from network_site.access.rules import Visibility
from search.backends import SearchRequest
from search.backends.database import DatabaseBackend
from search.query import SearchParams
from tests import factories


@pytest.mark.django_db
def test_floor_finds_the_same_total_as_search(rf, member, home_fr):
    factories.site_tree(home_fr)
    request = rf.get("/")
    request.user, request.session = member, {}
    backend = DatabaseBackend()
    for query in (
        {"query": "commune partenaire"},
        {"query": "commune partenaire", "type": "event"},
        {"query": "commune partenaire", "country": "ML", "sort": "date", "page": "7"},
        {"query": "introuvable"},
    ):
        wanted = SearchRequest(SearchParams.from_query_dict(QueryDict(urlencode(query))), Visibility(request), "fr")
        page = backend.search(wanted)
        assert backend.floor(wanted) == page.total, query
        assert len(page.hits) == min(page.total, wanted.per_page) and page.number == page.clamp(wanted.params.page)
