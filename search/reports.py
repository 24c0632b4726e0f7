"""Admin reports on what members search for: the most frequent queries, and the queries that found nothing.

Both read search_promotions' ``Query`` rows with their daily counts
(``QueryDailyHits``, and ``search.querylog``'s ``NoResultDailyHits``) over a
chosen period, and can be exported. Open to the staff who manage promoted
results (any search promotion permission), so that they can answer a frequent
query that finds nothing with a promotion.
"""

import datetime

import django_filters
from django.db.models import IntegerField, OuterRef, Subquery, Sum, Value
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, NumberColumn
from wagtail.admin.views.reports import ReportView
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits, SearchPromotion
from wagtail.permissions import policy_registry

from .querylog.models import NoResultDailyHits

PERIODS = [("7", _("Last 7 days")), ("30", _("Last 30 days")), ("365", _("Last 12 months"))]


class PeriodFilterSet(WagtailFilterSet):
    period = django_filters.ChoiceFilter(
        label=_("Period"), choices=PERIODS, empty_label=_("All recorded days"), method="keep"
    )

    class Meta:
        model = Query
        fields = []

    def keep(self, queryset, name, value):
        return queryset  # the period applies to the counts, in the view's queryset


def _total(model, since: datetime.date | None):
    """Sum of ``model.hits`` for each ``Query`` (since a date, if given), as a subquery; 0 when none."""
    rows = model.objects.filter(query=OuterRef("pk"))
    if since is not None:
        rows = rows.filter(date__gte=since)
    total = rows.values("query").annotate(total=Sum("hits")).values("total")
    return Coalesce(Subquery(total, output_field=IntegerField()), Value(0))


class SearchQueriesReportView(ReportView):
    """Queries by number of searches, with how many found nothing."""

    page_title = _("Searches")
    header_icon = "search"
    index_url_name = "search_queries_report"
    index_results_url_name = "search_queries_report_results"
    filterset_class = PeriodFilterSet
    default_ordering = "-searches"
    any_permission_required = ["add", "change", "delete"]
    only_without_results = False
    columns = [
        Column("query_string", label=_("Query"), sort_key="query_string"),
        NumberColumn("searches", label=_("Searches"), sort_key="searches"),
        NumberColumn("no_results", label=_("Searches without results"), sort_key="no_results"),
    ]
    list_export = ["query_string", "searches", "no_results"]
    export_headings = {
        "query_string": _("Query"),
        "searches": _("Searches"),
        "no_results": _("Searches without results"),
    }

    @cached_property
    def permission_policy(self):
        return policy_registry.get_by_type(SearchPromotion)

    @cached_property
    def since(self) -> datetime.date | None:
        days = self.request.GET.get("period")
        if days not in dict(PERIODS):
            return None
        return timezone.localdate() - datetime.timedelta(days=int(days) - 1)

    def get_base_queryset(self):
        queryset = Query.objects.annotate(
            searches=_total(QueryDailyHits, self.since), no_results=_total(NoResultDailyHits, self.since)
        ).filter(searches__gt=0)
        if self.only_without_results:
            queryset = queryset.filter(no_results__gt=0)
        return queryset


class NoResultQueriesReportView(SearchQueriesReportView):
    """Queries that found nothing, the most frequent first."""

    page_title = _("Searches without results")
    index_url_name = "search_no_results_report"
    index_results_url_name = "search_no_results_report_results"
    default_ordering = "-no_results"
    only_without_results = True
