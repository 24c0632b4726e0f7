"""Helpers of the engine tests: they run only with ``SEARCH_URL`` (a running engine, docs/search-node.md)."""

import pytest
from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.contrib.sessions.backends.db import SessionStore
from django.test import RequestFactory

from network_site.access.rules import Visibility
from search.backends import SearchRequest
from search.query import SearchParams


def pytest_collection_modifyitems(config, items):
    if settings.SEARCH_URL:
        return
    skip = pytest.mark.skip(reason="needs a search engine: SEARCH_URL (make search-node)")
    for item in items:
        if "tests/search/engine/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(skip)


def search_request(user=None, language="fr", **query) -> SearchRequest:
    """A ``SearchRequest`` as the view makes it, for ``user`` (default: anonymous) and GET ``query``."""
    request = RequestFactory().get("/search/", query)
    request.user = user or AnonymousUser()
    request.session = SessionStore()
    return SearchRequest(SearchParams.from_query_dict(request.GET), Visibility(request), language)
