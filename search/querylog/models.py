"""Daily counts of the searches that found nothing, beside search_promotions' counts of every search.

Every new search adds a hit to ``wagtail.contrib.search_promotions``' ``Query``
(``QueryDailyHits``); one that found nothing also adds one here, on the same
``Query``, so that the admin reports (``search.reports``) read both from one row.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class NoResultDailyHits(models.Model):
    """How many searches for ``query`` found nothing on ``date``."""

    query = models.ForeignKey(
        "wagtailsearchpromotions.Query",
        on_delete=models.CASCADE,
        related_name="no_result_daily_hits",
        verbose_name=_("query"),
    )
    date = models.DateField(_("date"))
    hits = models.PositiveIntegerField(_("searches without results"), default=0)

    class Meta:
        verbose_name = _("daily searches without results")
        verbose_name_plural = _("daily searches without results")
        constraints = [models.UniqueConstraint(fields=["query", "date"], name="search_querylog_one_row_a_day")]

    def __str__(self):
        return f"{self.query} ({self.date}): {self.hits}"
