"""The search boundary: what the search view asks of a backend, and what every backend answers.

    backend = get_backend()                     # search.backends: from the settings
    page = backend.search(SearchRequest(params, visibility(request), "fr"))
    page.hits, page.total, page.counts, page.number, page.num_pages

A backend answers with *one page* of hits (``search.hits.Hit``, best first or
newest first), the number of hits in all, and the facet counts (for each facet,
the count of each value among the hits that pass every *other* filter, so that
its values can be switched). Who may see what (``network_site.access.rules``),
the reader's locale, live status and the filters are part of the backend's
query: a backend never reads every hit into Python.

``prepare`` is the part every backend shares: the query text as terms
(``network_site.core.normalise``), and its rewritings through the glossary for
pages in another language (``network_site.taxonomy.glossary.expand_query``).

A backend that cannot answer (an engine down, frozen or refusing) raises
``SearchUnavailable``; the view answers 503 with a message in the reader's language.
"""

from collections import Counter
from dataclasses import dataclass, field
from typing import Protocol

from django.contrib.contenttypes.models import ContentType
from django.db.models import Exists, IntegerField, OuterRef
from django.db.models.functions import Cast
from wagtail.documents import get_document_model
from wagtail.models import Locale, Page, ReferenceIndex

from network_site.access.rules import Visibility
from network_site.core import normalise
from network_site.core.languages import content_language_codes
from network_site.taxonomy.glossary import expand_query

from ..hits import Hit
from ..query import FACETS, SearchParams

RESULTS_PER_PAGE = 10


class SearchUnavailable(Exception):
    """The search backend cannot answer now (connection refused, timeout, engine error); the cause is chained."""


@dataclass(frozen=True)
class SearchRequest:
    """One search as the view asks it: valid ``params``, the request's ``access``, the site's ``language``."""

    params: SearchParams
    access: Visibility
    language: str  # a Django language code, "fr"
    per_page: int = RESULTS_PER_PAGE


@dataclass
class Prepared:
    """The terms of a search: ``alternatives`` (the query's terms first, then each glossary rewriting's),
    each a list of term forms; ``terms`` and ``languages`` are what to mark in the results."""

    locale_id: int | None
    alternatives: list[list[frozenset[str]]] = field(default_factory=list)
    terms: list[frozenset[str]] = field(default_factory=list)
    languages: tuple[str, ...] = ()


def prepare(request: SearchRequest) -> Prepared:
    """The terms and glossary rewritings of ``request`` (two or three queries: the locale, aliases, the glossary)."""
    params, language = request.params, request.language
    all_codes = tuple(content_language_codes())
    languages = all_codes if params.all_languages else (language,)
    terms = normalise.query_terms(params.text, languages)
    locale_id = Locale.objects.filter(language_code=language).values_list("pk", flat=True).first()
    prepared = Prepared(locale_id, [terms] if terms else [], terms, languages)
    if not terms:
        return prepared
    # Rewritings through the glossary in the other languages (stemmed in every language: a rewriting may
    # keep words as typed), for pages whose text is in another language: those of every language with
    # lang=all, else this language's pages not translated yet (aliases).
    other_texts = params.all_languages or Page.objects.filter(locale_id=locale_id, alias_of__isnull=False).exists()
    for expanded in expand_query(params.text, language) if other_texts else []:
        alternative = normalise.query_terms(expanded, all_codes)
        if alternative and alternative not in prepared.alternatives:
            prepared.alternatives.append(alternative)
    if len(prepared.alternatives) > 1:
        prepared.terms = [term for alternative in prepared.alternatives for term in alternative]
        prepared.languages = all_codes
    return prepared


def listed_documents(access: Visibility, documents):
    """``documents`` (a queryset of the document model) narrowed to those a listing may show the request:
    used by a page it may see (Wagtail's ``ReferenceIndex``) and in a collection it may list
    (``network_site.access.rules``). A queryset, one statement.

    Read from the references to documents, each checked against the visible pages by key: the cost
    follows the number of references, not of pages."""
    Document = get_document_model()
    visible_page = access.pages().filter(pk=Cast(OuterRef("object_id"), IntegerField()))
    used = ReferenceIndex.objects.filter(
        to_content_type=ReferenceIndex._get_base_content_type(Document),
        base_content_type=ContentType.objects.get_for_model(Page),
    ).filter(Exists(visible_page))
    return access.documents(documents.filter(pk__in=used.values(document_pk=Cast("to_object_id", IntegerField()))))


@dataclass
class ResultPage:
    """One page of results: ``hits`` of page ``number`` (clamped to the pages there are), ``total`` in all,
    ``counts`` facet name → ``Counter`` of values (``type`` slugs, translation keys, ISO codes, years)."""

    request: SearchRequest
    prepared: Prepared
    number: int = 1
    total: int = 0
    hits: list[Hit] = field(default_factory=list)
    counts: dict[str, Counter] = field(default_factory=lambda: {name: Counter() for name in FACETS})

    @property
    def num_pages(self) -> int:
        return max(1, -(-self.total // self.request.per_page))

    def clamp(self, number: int) -> int:
        """A page number within 1 … ``num_pages`` (past the end: the last page)."""
        return min(max(number, 1), self.num_pages)

    @property
    def start_index(self) -> int:
        """The 1-based rank of this page's first hit (0 when there are none)."""
        return (self.number - 1) * self.request.per_page + 1 if self.total else 0

    def has_previous(self) -> bool:
        return self.number > 1

    def has_next(self) -> bool:
        return self.number < self.num_pages


class SearchBackend(Protocol):
    """What the search view needs of a backend."""

    name: str  # "sqlite", "postgresql", "opensearch", "elasticsearch"

    def search(self, request: SearchRequest) -> ResultPage:
        """One page of results for ``request``; raises ``SearchUnavailable`` when the backend cannot answer."""

    def floor(self, request: SearchRequest) -> int:
        """Only the raw statements or engine queries ``search`` sends (full text, count, facets, page of ids),
        without this project's code around them: the benchmark's floor. Returns the total."""
