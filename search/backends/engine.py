"""The engine backend: one search as one ``_search`` request to OpenSearch or Elasticsearch.

Indexing is Wagtail's (``search.backends.engine_index``, the settings' ``SEARCH_URL``); the query is
written here, with the same client (``backend.es``), because Wagtail's query API has no aggregations
and no page of hits with its total. One request over the pages' and the documents' indices gives the
shown page of hits (``from``/``size``), the total, and the facet counts (one ``filter`` aggregation per
facet holding the *other* facets' filters; the facets' own filters are the ``post_filter``).

What the request may see is part of the query (``network_site.access.rules.Visibility``):

- pages: live, not the root (``depth`` > 1), outside the subtrees the request does not pass
  (``must_not`` ``prefix`` on the tree path: ``Visibility.hidden_page_paths``, one SQL query), not
  expired (``must_not`` their ids, read from the database: ``expired_page_ids``), in the reader's locale
  unless ``lang=all``;
- documents: in a collection the request may list and used by a page it may see (the ids of those
  documents, from Wagtail's reference index: two SQL queries, however many hits).

The terms are the project's normalised ones (``search.backends.base.prepare``), matched as whole tokens
in ``title`` (weight ``TITLE_WEIGHT``) and ``search_text`` (indexed with a whitespace analyser,
``network_site.core.indexing``), so that every backend matches the same words. Relevance is the engine's
BM25; ties, and the date order, go by date then id, as on the database backend.

With the setting ``SEARCH_REFRESH_BEFORE_SEARCH`` (tests), the indices are refreshed before each search, so
that what a test just saved is found. Any error of the engine (refused, timeout after ``SEARCH_TIMEOUT`` seconds, bad answer) raises
``SearchUnavailable``.
"""

import datetime

from django.conf import settings
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.backends.opensearch2 import OpenSearch2SearchBackend

from ..hits import Hit, with_attached_pages
from ..kinds import PAGE, by_slug
from ..query import FACETS
from .base import Prepared, ResultPage, SearchRequest, SearchUnavailable, listed_documents, prepare

TITLE_WEIGHT = 2.0
FACET_SIZE = 1000  # values counted per facet
MAX_WINDOW = 10_000  # hits an engine pages through: OpenSearch's and Elasticsearch's default index.max_result_window
# Facet name → the filter field it counts (network_site.core.indexing.FILTER_FIELDS; Wagtail adds "_filter").
FACET_FIELDS = {
    "type": "search_kind_slug_filter",
    "theme": "search_themes_filter",
    "country": "search_countries_filter",
    "organisation": "search_organisations_filter",
    "year": "search_year_filter",
}
DATE = "search_date_filter"
SOURCE = ["pk", "_django_content_type", "locale_id_filter", DATE, *FACET_FIELDS.values()]
FACET_LISTS = {"theme": "themes", "country": "countries", "organisation": "organisations"}


class EngineBackend:
    """``SearchBackend`` on Wagtail's default backend when it is an OpenSearch or Elasticsearch one."""

    def __init__(self):
        self.wagtail = get_search_backend()
        self.name = "opensearch" if isinstance(self.wagtail, OpenSearch2SearchBackend) else "elasticsearch"
        self.es = self.wagtail.es
        self.timeout = settings.SEARCH_TIMEOUT
        Document = get_document_model()
        self.indices = ",".join(self.wagtail.get_index_for_model(model).name for model in (Page, Document))
        self.page_type = self.wagtail.mapping_class(Page).get_content_type()
        self.document_type = self.wagtail.mapping_class(Document).get_content_type()

    def search(self, request: SearchRequest) -> ResultPage:
        """One page of results for ``request`` (one engine request; two when the page asked is past the end)."""
        prepared = prepare(request)
        result = ResultPage(request, prepared)
        if not prepared.alternatives:
            return result
        body = self.body(request, prepared)
        # The engines page through their first MAX_WINDOW hits only (index.max_result_window): a page past
        # them is read as the last page within them.
        number = min(max(request.params.page, 1), MAX_WINDOW // request.per_page)
        response = self._send(body, number, request.per_page)
        result.total = response["hits"]["total"]["value"]
        if number > result.num_pages:
            number = result.num_pages
            response = self._send(body, number, request.per_page)
        result.number = number
        for name in FACETS:
            buckets = response["aggregations"][name]["values"]["buckets"]
            result.counts[name].update({_facet_value(name, bucket["key"]): bucket["doc_count"] for bucket in buckets})
        result.hits = self._hits(response["hits"]["hits"], request, prepared)
        return result

    def floor(self, request: SearchRequest) -> int:
        """The ``_search`` request that ``search`` sends (page 1), alone; returns the total.

        The request's body is built first (terms, glossary, visibility: a few SQL queries), as ``search`` does.
        """
        prepared = prepare(request)
        if not prepared.alternatives:
            return 0
        return self._send(self.body(request, prepared), 1, request.per_page)["hits"]["total"]["value"]

    # The request ---------------------------------------------------------------------------------

    def body(self, request: SearchRequest, prepared: Prepared) -> dict:
        """The ``_search`` body (without ``from``/``size``) for ``request``: query, post_filter, aggregations, sort."""
        params = request.params
        facet_filters = {name: {"term": {FACET_FIELDS[name]: value}} for name, value in params.filters.items()}
        aggregations = {
            name: {
                "filter": {"bool": {"filter": [q for other, q in facet_filters.items() if other != name]}},
                "aggs": {"values": {"terms": {"field": FACET_FIELDS[name], "size": FACET_SIZE}}},
            }
            for name in FACETS
        }
        date = {DATE: {"order": "desc", "missing": "_last", "unmapped_type": "date"}}
        tie = {"id_filter": {"order": "desc", "unmapped_type": "long", "numeric_type": "long"}}
        sort = ["_score", date, tie] if params.sort != "date" else [date, "_score", tie]
        return {
            "query": {"bool": {"must": [_match(prepared)], "filter": [self._visible(request, prepared)]}},
            "post_filter": {"bool": {"filter": list(facet_filters.values())}},
            "aggs": aggregations,
            "sort": sort,
            "track_scores": True,
            "track_total_hits": True,
            "_source": SOURCE,
        }

    def _visible(self, request: SearchRequest, prepared: Prepared) -> dict:
        access = request.access
        pages = [
            {"term": {"_django_content_type": self.page_type}},
            {"term": {"live_filter": True}},
            {"range": {"depth_filter": {"gt": 1}}},
        ]
        if not request.params.all_languages:
            pages.append({"term": {"locale_id_filter": prepared.locale_id or 0}})
        hidden = [{"prefix": {"path_filter": path}} for path in access.hidden_page_paths]
        expired = expired_page_ids()
        if expired:
            hidden.append({"terms": {"pk": expired}})
        either = [{"bool": {"filter": pages, "must_not": hidden}}]
        documents = visible_document_ids(access)
        if documents:
            either.append(
                {
                    "bool": {
                        "filter": [{"term": {"_django_content_type": self.document_type}}, {"terms": {"pk": documents}}]
                    }
                }
            )
        return {"bool": {"should": either, "minimum_should_match": 1}}

    def _send(self, body: dict, number: int, per_page: int) -> dict:
        try:
            if settings.SEARCH_REFRESH_BEFORE_SEARCH:  # tests: every write searchable at once
                self.es.indices.refresh(index=self.indices, ignore_unavailable=True, request_timeout=self.timeout)
            return self.es.search(
                index=self.indices,
                body=body,
                from_=(number - 1) * per_page,
                size=per_page,
                ignore_unavailable=True,  # an index not made yet (no document ever indexed) has no hits
                search_type="dfs_query_then_fetch",  # term statistics of both indices: comparable scores
                request_timeout=self.timeout,
            )
        except Exception as error:  # the clients' connection, timeout and transport errors, whatever the engine
            raise SearchUnavailable(f"{self.name}: {error}") from error

    # The answer ----------------------------------------------------------------------------------

    def _hits(self, rows: list[dict], request: SearchRequest, prepared: Prepared) -> list[Hit]:
        hits, documents = [], {}
        for row in rows:
            source = row["_source"]
            pk = int(source["pk"])
            if self.document_type in source["_django_content_type"]:
                documents[pk] = row["_score"] or 0.0
                hits.append(Hit("document", pk, by_slug("document") or PAGE, row["_score"] or 0.0))
                continue
            date = source.get(DATE)
            hit = Hit(
                "page",
                pk,
                by_slug(source.get(FACET_FIELDS["type"]) or "") or PAGE,
                row["_score"] or 0.0,
                datetime.date.fromisoformat(date[:10]) if date else None,
                source.get("locale_id_filter"),
            )
            for name, attribute in FACET_LISTS.items():
                getattr(hit, attribute).update(source.get(FACET_FIELDS[name]) or [])
            hits.append(hit)
        if documents:  # their date and the pages they are attached to, from the database (only the shown ones)
            created = dict(get_document_model().objects.filter(pk__in=documents).values_list("pk", "created_at"))
            for hit in hits:
                if hit.model == "document" and hit.pk in created:
                    hit.date = timezone.localdate(created[hit.pk])
            with_attached_pages(hits, request.access, prepared.locale_id)
        return hits


def _match(prepared: Prepared) -> dict:
    """Any alternative (the query, its glossary rewritings), each with all its terms, each term in one of its forms."""

    def term(forms):
        should = []
        for form in sorted(forms):
            should.append({"term": {"title": {"value": form, "boost": TITLE_WEIGHT}}})
            should.append({"term": {"search_text": form}})
        return {"bool": {"should": should, "minimum_should_match": 1}}

    return {
        "dis_max": {
            "queries": [{"bool": {"must": [term(forms) for forms in terms]}} for terms in prepared.alternatives]
        }
    }


def _facet_value(name: str, key):
    return int(key) if name == "year" else key


def expired_page_ids() -> list[int]:
    """Ids of the pages still live whose expiry has passed (one query).

    The database, not the engine's copy, says when a page expires: its ``expire_at`` may change without a
    save (a queryset ``update()``), and Wagtail's ``publish_scheduled`` unpublishes expired pages, so that
    few pages are ever in this list."""
    return sorted(Page.objects.live().filter(expire_at__lte=timezone.now()).values_list("pk", flat=True))


def visible_document_ids(access) -> list[int]:
    """Ids of the documents a listing may show the request (``base.listed_documents``); one query."""
    return sorted(listed_documents(access, get_document_model().objects.all()).values_list("pk", flat=True))
