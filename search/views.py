"""The members' search page (``/fr/search/``, ``/en/search/``, URL name ``search``).

GET parameters: see ``search.query``. The page shows the results the request
may see (``network_site.access.rules``), ten at a time, with facet counts, promoted results
and each result's snippet. A page number past the end shows the last page;
invalid parameters are ignored: any URL gets a page, never an error.
"""

from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import get_language

from network_site.access.rules import visibility

from . import engine
from .facets import drop_unknown, facets
from .highlight import Highlighter
from .promotions import promotions
from .query import SearchParams
from .querylog.log import record
from .results import present

RESULTS_PER_PAGE = 10
PAGE_LINKS = 2  # page numbers shown on each side of the current one


def search(request):
    access = visibility(request)
    language = get_language()
    params = drop_unknown(SearchParams.from_query_dict(request.GET))
    outcome = engine.run(params, access, language)

    paginator = Paginator(outcome.hits, RESULTS_PER_PAGE)
    page = paginator.page(min(params.page, paginator.num_pages))
    results = present(list(page.object_list), request, Highlighter(outcome.terms, outcome.languages))
    if params.is_fresh and outcome.terms:
        record(params.text, found=bool(outcome.hits))

    base = reverse("search")
    context = {
        "params": params,
        "search_query": params.text,  # the header's search box shows it
        "searched": bool(outcome.terms),
        "results": results,
        "page": page,
        "page_links": _page_links(page, params, base),
        "facets": facets(outcome.counts, params, outcome.locale_id) if outcome.terms else [],
        "promotions": promotions(params.text, access, outcome.locale_id) if outcome.terms else [],
        "previous_url": base + params.on_page(page.number - 1).url() if page.has_previous() else "",
        "next_url": base + params.on_page(page.number + 1).url() if page.has_next() else "",
    }
    return TemplateResponse(request, "search/search.html", context)


def _page_links(page, params: SearchParams, base: str) -> list[dict]:
    """Links to the first and last pages and those around the current one; ``None`` numbers stand for gaps."""
    last = page.paginator.num_pages
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
