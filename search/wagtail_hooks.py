"""Admin hooks of the search app: the two search reports under Reports (see ``search.reports``)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.permissions import policy_registry

from .reports import NoResultQueriesReportView, SearchQueriesReportView


def may_see_reports(user) -> bool:
    """Staff who manage promoted results (any search promotion permission) see the search reports."""
    return policy_registry.get_by_type(SearchPromotion).user_has_any_permission(user, ["add", "change", "delete"])


class SearchReportMenuItem(MenuItem):
    def is_shown(self, request):
        return may_see_reports(request.user)


@hooks.register("register_admin_urls")
def register_search_report_urls():
    return [
        path("reports/searches/", SearchQueriesReportView.as_view(), name="search_queries_report"),
        path(
            "reports/searches/results/",
            SearchQueriesReportView.as_view(results_only=True),
            name="search_queries_report_results",
        ),
        path("reports/searches-without-results/", NoResultQueriesReportView.as_view(), name="search_no_results_report"),
        path(
            "reports/searches-without-results/results/",
            NoResultQueriesReportView.as_view(results_only=True),
            name="search_no_results_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_searches_report_menu_item():
    return SearchReportMenuItem(
        _("Searches"), reverse("search_queries_report"), name="searches", icon_name="search", order=1310
    )


@hooks.register("register_reports_menu_item")
def register_no_results_report_menu_item():
    return SearchReportMenuItem(
        _("Searches without results"),
        reverse("search_no_results_report"),
        name="searches-without-results",
        icon_name="search",
        order=1320,
    )
