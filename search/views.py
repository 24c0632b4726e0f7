"""The members' search page (``/fr/search/``, ``/en/search/``, URL name ``search``).

GET parameters: see ``search.query``. The page asks the search backend of the settings
(``search.backends.get_backend``) for one page of results the request may see
(``network_site.access.rules``), ten at a time, with the total and the facet counts, and shows them
with promoted results and each result's snippet. A page number past the end shows the last page;
invalid parameters are ignored: any URL gets a page, never an error. A backend that cannot answer
(``SearchUnavailable``) gets a 503 page saying so in the reader's language.
"""

import logging

from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import get_language

from network_site.access.rules import visibility

from .backends import SearchRequest, SearchUnavailable, get_backend
from .backends.base import ResultPage
from .facets import drop_unknown, facets
from .highlight import Highlighter
from .promotions import promotions
from .query import SearchParams
from .querylog.log import record
from .results import present

PAGE_LINKS = 2  # page numbers shown on each side of the current one

logger = logging.getLogger(__name__)


def search(request):
    access = visibility(request)
    language = get_language()
    params = drop_unknown(SearchParams.from_query_dict(request.GET))
    try:
        page = get_backend().search(SearchRequest(params, access, language))
    except SearchUnavailable:
        logger.exception("Search is unavailable")
        context = {"params": params, "search_query": params.text}
        return TemplateResponse(request, "search/unavailable.html", context, status=503)

    prepared = page.prepared
    results = present(page.hits, request, Highlighter(prepared.terms, prepared.languages))
    if params.is_fresh and prepared.terms:
        record(params.text, found=bool(page.total))

    base = reverse("search")
    searched = bool(prepared.terms)
    context = {
        "params": params,
        "search_query": params.text,  # the header's search box shows it
        "searched": searched,
        "results": results,
        "page": page,
        "page_links": _page_links(page, params, base),
        "facets": facets(page.counts, params, prepared.locale_id) if searched else [],
        "promotions": promotions(params.text, access, prepared.locale_id) if searched else [],
        "previous_url": base + params.on_page(page.number - 1).url() if page.has_previous() else "",
        "next_url": base + params.on_page(page.number + 1).url() if page.has_next() else "",
    }
    return TemplateResponse(request, "search/search.html", context)


def _page_links(page: ResultPage, params: SearchParams, base: str) -> list[dict]:
    """Links to the first and last pages and those around the current one; ``None`` numbers stand for gaps."""
    last = page.num_pages
    if last <= 1:
        return []
    numbers = sorted({1, last, *range(max(1, page.number - PAGE_LINKS), min(last, page.number + PAGE_LINKS) + 1)})
    links, previous = [], 0
    for number in numbers:
        if number > previous + 1:
            links.append({"number": None})
        links.append({"number": number, "url": base + params.on_page(number).url(), "current": number == page.number})
        previous = number
    return links
