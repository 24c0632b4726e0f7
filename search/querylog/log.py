"""Recording searches: ``record(text, found)`` after each new search (not on later pages or filter changes)."""

from django.db.models import F
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query

from .models import NoResultDailyHits


def record(text: str, found: bool) -> None:
    """Count one search for ``text`` today (``Query.add_hit``), and one without results if not ``found``.

    Empty text is not recorded. ``text`` is stored as search_promotions
    normalises it (lower case, single spaces, at most 255 characters).
    """
    if not text.strip():
        return
    query = Query.get(text)
    query.add_hit()
    if not found:
        row, _created = NoResultDailyHits.objects.get_or_create(query=query, date=timezone.localdate())
        NoResultDailyHits.objects.filter(pk=row.pk).update(hits=F("hits") + 1)
