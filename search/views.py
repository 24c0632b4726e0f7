"""Basic full-text search over the live pages of the reader's language.

Wagtail's database backend does the matching; pages whose view restrictions
the reader does not pass are left out.
"""

from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from wagtail.models import Locale, Page, PageViewRestriction

RESULTS_PER_PAGE = 10


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
    query = request.GET.get("query", "").replace("\x00", "").strip()
    results = Page.objects.none()
    if query:
        pages = visible_pages(request).filter(locale=Locale.get_active())
        results = pages.search(query)
    page = Paginator(results, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    return TemplateResponse(request, "search/search.html", {"search_query": query, "search_results": page})
