"""One search, from valid parameters to the ranked hits the request may see and the facet counts.

    outcome = run(params, visibility(request), language="fr")  # network_site.access.rules.visibility

Steps: the query text becomes terms (``network_site.core.normalise``: folded, stemmed in
the reader's language, or in every content language with ``lang=all``), and so
do its rewritings in the other languages through the network's glossary
(``network_site.taxonomy.glossary.expand_query``: “twinning committee” →
“comité de jumelage”, for pages not translated yet); the index gives every
page and document that has all the terms of one of them, with a score
(``search.matching``); those the request may not see are dropped and the rest
read as ``Hit`` rows (``search.hits``); the filters apply; each facet counts the
hits that pass every *other* filter, so that its values can be switched; the
hits are sorted by relevance (score, then date) or by date (newest first).

An Elasticsearch engine, later, would give the same ``Outcome`` from its own
query and aggregations.
"""

from collections import Counter
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from wagtail.documents import get_document_model
from wagtail.models import Locale, Page, get_page_models

from network_site.access.rules import Visibility
from network_site.core import normalise
from network_site.core.languages import content_language_codes
from network_site.taxonomy.glossary import expand_query

from .hits import Hit, document_hits, page_hits
from .matching import match
from .query import FACETS, SearchParams


@dataclass
class Outcome:
    """What one search found: ``hits`` (filtered, sorted) and ``counts`` (facet → {value: count}).

    ``terms`` and ``languages`` are what to mark in the results: the query's terms, and those of its
    glossary rewritings if any (then in every language).
    """

    params: SearchParams
    locale_id: int | None = None
    terms: list[frozenset[str]] = field(default_factory=list)
    languages: tuple[str, ...] = ()
    hits: list[Hit] = field(default_factory=list)
    counts: dict[str, Counter] = field(default_factory=dict)


def run(params: SearchParams, access: Visibility, language: str) -> Outcome:
    """Search for ``params`` as the request of ``access``, from the site in ``language`` (a Django code)."""
    all_codes = tuple(content_language_codes())
    languages = all_codes if params.all_languages else (language,)
    terms = normalise.query_terms(params.text, languages)
    locale_id = Locale.objects.filter(language_code=language).values_list("pk", flat=True).first()
    outcome = Outcome(params, locale_id, terms, languages, counts={name: Counter() for name in FACETS})
    if not terms:
        return outcome

    # The query, and its rewritings through the glossary in the other languages (stemmed in every
    # language: a rewriting may keep words as typed), for pages whose text is in another language:
    # those of every language with lang=all, else this language's pages not translated yet (aliases).
    alternatives = [terms]
    other_texts = params.all_languages or Page.objects.filter(locale_id=locale_id, alias_of__isnull=False).exists()
    for expanded in expand_query(params.text, language) if other_texts else []:
        alternative = normalise.query_terms(expanded, all_codes)
        if alternative and alternative not in alternatives:
            alternatives.append(alternative)
    if len(alternatives) > 1:
        outcome.terms = [term for alternative in alternatives for term in alternative]
        outcome.languages = all_codes

    pages = access.pages()
    if not params.all_languages:
        pages = pages.filter(locale_id=locale_id)
    Document = get_document_model()
    document_type = ContentType.objects.get_for_model(Document).pk
    page_scores, document_scores = {}, {}
    for alternative in alternatives:
        _keep_best(page_scores, match(alternative, Page, _page_types()))
        _keep_best(document_scores, match(alternative, Document, [document_type]))
    found = list(page_hits(page_scores, pages).values())
    found += document_hits(document_scores, access, locale_id).values()

    outcome.counts = facet_counts(found, params.filters)
    outcome.hits = sort([hit for hit in found if passes(hit, params.filters)], params.sort)
    return outcome


def _keep_best(scores: dict, more: dict) -> None:
    for pk, score in more.items():
        if score > scores.get(pk, float("-inf")):
            scores[pk] = score


def _page_types() -> list[int]:
    return [ContentType.objects.get_for_model(model).pk for model in get_page_models()]


def passes(hit: Hit, filters: dict) -> bool:
    """Whether ``hit`` has every filter's value."""
    return all(value in hit.values(name) for name, value in filters.items())


def facet_counts(hits: list[Hit], filters: dict) -> dict[str, Counter]:
    """For each facet, how many hits have each value among those passing the other facets' filters."""
    counts = {name: Counter() for name in FACETS}
    for hit in hits:
        failed = [name for name, value in filters.items() if value not in hit.values(name)]
        if len(failed) > 1:
            continue
        for name in failed or FACETS:  # passing all: counts everywhere; failing one: counts for that one only
            for value in hit.values(name):
                counts[name][value] += 1
    return counts


def sort(hits: list[Hit], order: str) -> list[Hit]:
    """Relevance: best score first, then newest; date: newest first (undated last), then best score."""
    if order == "date":
        return sorted(hits, key=lambda hit: (_ordinal(hit), hit.score, hit.pk), reverse=True)
    return sorted(hits, key=lambda hit: (hit.score, _ordinal(hit), hit.pk), reverse=True)


def _ordinal(hit: Hit) -> int:
    return hit.date.toordinal() if hit.date else 0
