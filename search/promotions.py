"""Promoted results: the pages and links staff chose for a query (``wagtail.contrib.search_promotions``).

Staff add them in the admin (Settings → Promoted search results). A promotion
applies to a query whatever its accents, case and punctuation (“Réunion” and
“reunion” are one query); a promoted page is shown in the reader's language
when it has a translation, and only if the request may see it.
"""

from dataclasses import dataclass

from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page

from network_site.access.rules import Visibility
from network_site.core.text import fold


@dataclass
class Promotion:
    title: str
    url: str
    description: str


def promotions(text: str, access: Visibility, locale_id: int | None) -> list[Promotion]:
    """The promotions for the typed ``text``, in their order (three queries at most; none for empty text)."""
    key = fold(text)
    if not key:
        return []
    chosen = [
        promotion
        for promotion in SearchPromotion.objects.select_related("query").order_by("sort_order", "pk")
        if fold(promotion.query.query_string) == key
    ]
    page_ids = [promotion.page_id for promotion in chosen if promotion.page_id]
    visible = {}
    if page_ids:
        originals = dict(Page.objects.filter(pk__in=page_ids).values_list("pk", "translation_key"))
        by_key = {}
        for page in access.pages(Page.objects.filter(translation_key__in=set(originals.values()))):
            if page.translation_key not in by_key or page.locale_id == locale_id:
                by_key[page.translation_key] = page
        visible = {pk: by_key[key] for pk, key in originals.items() if key in by_key}
    shown = []
    for promotion in chosen:
        if promotion.page_id:
            page = visible.get(promotion.page_id)
            if page is not None:
                shown.append(Promotion(page.title, page.get_url(access.request) or "", promotion.description))
        elif promotion.external_link_url:
            title = promotion.external_link_text or promotion.external_link_url
            shown.append(Promotion(title, promotion.external_link_url, promotion.description))
    return shown
