"""Search backends behind one boundary (``search.backends.base``); the settings pick one.

``get_backend()``: the engine backend (``search.backends.engine``, OpenSearch or
Elasticsearch) when Wagtail's default search backend is one
(``SEARCH_URL`` set, ``network_site.settings``), else the database backend
(``search.backends.database``: SQLite FTS5 or PostgreSQL full text), the embedded default.
"""

from django.conf import settings
from django.utils.module_loading import import_string

from .base import SearchBackend, SearchRequest, SearchUnavailable

__all__ = ["SearchBackend", "SearchRequest", "SearchUnavailable", "get_backend"]

ENGINE_MODULES = (
    "wagtail.search.backends.opensearch",
    "wagtail.search.backends.elasticsearch",
    "search.backends.engine_index",  # Wagtail's backends with bounded index writes (network_site.settings)
)


def get_backend() -> SearchBackend:
    """The backend for the current settings (made per call: settings may change in tests)."""
    configured = settings.WAGTAILSEARCH_BACKENDS.get("default", {}).get("BACKEND", "")
    if configured.startswith(ENGINE_MODULES):
        return import_string("search.backends.engine.EngineBackend")()
    return import_string("search.backends.database.DatabaseBackend")()
