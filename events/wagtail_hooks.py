"""Admin hooks of the events app: the meeting report upload view, its menu item and its archive button."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button

from events.importer.admin_views import ImportReportView, permitted_archives
from events.models import MeetingReportIndexPage


@hooks.register("register_admin_urls")
def register_import_report_url():
    return [path("reports/import/", ImportReportView.as_view(), name="events_import_report")]


class ImportReportMenuItem(MenuItem):
    def is_shown(self, request):
        return bool(permitted_archives(request.user))


@hooks.register("register_admin_menu_item")
def register_import_report_menu_item():
    return ImportReportMenuItem(
        _("Import a report"), reverse("events_import_report"), name="import-report", icon_name="upload", order=250
    )


@hooks.register("register_page_header_buttons")
def import_report_button(page, user, view_name, next_url=None):
    """“Import a report file” on the meeting report archive, for those who may add pages to it."""
    if (
        issubclass(page.specific_class or type(page), MeetingReportIndexPage)
        and page.permissions_for_user(user).can_add_subpage()
    ):
        yield Button(
            _("Import a report file"),
            reverse("events_import_report") + f"?archive={page.pk}",
            icon_name="upload",
            priority=16,
        )
