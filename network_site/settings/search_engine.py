"""``SEARCH_URL`` → the engine entry of ``WAGTAILSEARCH_BACKENDS`` (imports no app: settings may use it).

``engine_backend("opensearch://user:secret@a:9200,b:9200", timeout=3, prefix="network_", replicas=1)`` →
Wagtail's settings dict for the engine backend (``search.backends.engine_index``: Wagtail's opensearch2 or
elasticsearch7 backend with bounded index writes). Schemes: ``opensearch`` (OpenSearch 2), ``elasticsearch``
(Elasticsearch 7), ``elasticsearch8``, ``elasticsearch9`` (configurable, not tested); a trailing ``s``
(``opensearchs://``) for HTTPS. Raises ``ValueError`` for another scheme or no host.
"""

from urllib.parse import quote, unquote

BACKENDS = {
    "opensearch": "search.backends.engine_index.OpenSearch2Backend",
    "elasticsearch": "search.backends.engine_index.Elasticsearch7Backend",
    "elasticsearch7": "search.backends.engine_index.Elasticsearch7Backend",
    "elasticsearch8": "wagtail.search.backends.elasticsearch8",
    "elasticsearch9": "wagtail.search.backends.elasticsearch9",
}
# The analyser of the project's normalised text (network_site.core.indexing.ENGINE_ANALYZER): whitespace only;
# and what is typed for an autocomplete field (search.backends.engine_index): lower case, accents folded, as
# Wagtail's edge n-gram analyser indexes them.
FOLDED_SEARCH_ANALYZER = "folded_search"
ANALYSIS = {
    "analyzer": {
        "normalised_text": {"type": "custom", "tokenizer": "whitespace", "filter": ["lowercase"]},
        FOLDED_SEARCH_ANALYZER: {"type": "custom", "tokenizer": "standard", "filter": ["asciifolding", "lowercase"]},
    }
}


def engine_urls(url: str) -> tuple[str, list[str]]:
    """``SEARCH_URL`` → (scheme without the HTTPS ``s``, ``["http://user:secret@a:9200", …]``)."""
    scheme, sep, rest = url.strip().partition("://")
    https = scheme.endswith("s") and scheme[:-1] in BACKENDS
    scheme = scheme[:-1] if https else scheme
    if not sep or scheme not in BACKENDS:
        raise ValueError(f"SEARCH_URL: unknown scheme in {url!r} (one of {', '.join(BACKENDS)})")
    userinfo, _at, hosts = rest.rpartition("@")
    if userinfo:
        user, _colon, password = userinfo.partition(":")
        userinfo = f"{quote(unquote(user), safe='')}:{quote(unquote(password), safe='')}@"
    hosts = [host.strip().rstrip("/") for host in hosts.split(",") if host.strip()]
    if not hosts:
        raise ValueError(f"SEARCH_URL: no host in {url!r}")
    return scheme, [f"{'https' if https else 'http'}://{userinfo}{host}" for host in hosts]


def engine_backend(url: str, timeout: float, prefix: str, replicas: int = 0) -> dict:
    """The ``WAGTAILSEARCH_BACKENDS["default"]`` entry for ``SEARCH_URL`` (see the module's docstring)."""
    scheme, urls = engine_urls(url)
    return {
        "BACKEND": BACKENDS[scheme],
        "URLS": urls,
        "INDEX_PREFIX": prefix,
        "TIMEOUT": timeout,  # seconds, every request but single index writes (search.backends.engine_index)
        "ATOMIC_REBUILD": True,  # update_index builds a new index, then moves the alias: the old one serves until then
        # A dead node is skipped for the next one (connection refused); a timeout is not retried (bounded waits).
        "OPTIONS": {"max_retries": len(urls) - 1, "retry_on_timeout": False},
        "INDEX_SETTINGS": {
            "settings": {"analysis": ANALYSIS, "index": {"number_of_shards": 1, "number_of_replicas": replicas}}
        },
    }
