"""Recording searches: ``record(text, found)`` after each new search (not on later pages or filter changes).

The count is written on the read path of a search, so it may never fail the search: it is written in a
savepoint of its own, and a database error (a lock not granted in time, a lost race on a new query's row,
the database read-only…) rolls back that savepoint only and is logged as a WARNING (``search.querylog``);
the member gets the results, the count misses one search.
"""

import logging

from django.db import DatabaseError, transaction
from django.db.models import F
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query

from .models import NoResultDailyHits

logger = logging.getLogger(__name__)


def record(text: str, found: bool) -> None:
    """Count one search for ``text`` today (``Query.add_hit``), and one without results if not ``found``.

    Empty text is not recorded. ``text`` is stored as search_promotions
    normalises it (lower case, single spaces, at most 255 characters).
    Never raises a database error: see the module's docstring.
    """
    if not text.strip():
        return
    try:
        with transaction.atomic():
            _count(text, found)
    except DatabaseError:
        logger.warning("Search not counted in the query log", exc_info=True)


def _count(text: str, found: bool) -> None:
    query = Query.get(text)
    query.add_hit()
    if not found:
        row, _created = NoResultDailyHits.objects.get_or_create(query=query, date=timezone.localdate())
        NoResultDailyHits.objects.filter(pk=row.pk).update(hits=F("hits") + 1)
