"""Basic full-text search over the live pages of the reader's language.

Wagtail's database backend does the matching; pages whose view restrictions
the reader does not pass are left out. The query is reduced to its words
(letters and digits), so that no punctuation reaches the backend's query syntax.
"""

import re

from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from wagtail.models import Locale, Page, PageViewRestriction

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200  # characters


def visible_pages(request):
    """Live pages the request may open: a ``PageQuerySet``.

    A page under a view restriction that the request does not pass (login,
    group or password, see ``PageViewRestriction.accept_request``) is left out,
    with its descendants.
    """
    pages = Page.objects.live()
    for restriction in PageViewRestriction.objects.select_related("page"):
        if not restriction.accept_request(request):
            pages = pages.not_descendant_of(restriction.page, inclusive=True)
    return pages


def search(request):
    query = request.GET.get("query", "")[:MAX_QUERY_LENGTH].strip()
    words = " ".join(re.findall(r"\w+", query))
    results = Page.objects.none()
    if words:
        pages = visible_pages(request).filter(locale=Locale.get_active())
        results = pages.search(words)
    page = Paginator(results, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    return TemplateResponse(request, "search/search.html", {"search_query": query, "search_results": page})
