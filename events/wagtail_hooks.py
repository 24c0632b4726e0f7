"""Admin hooks of the events app: the meeting report upload view, its menu item and its archive button;
the registrations for events (list, CSV export)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from events.importer.admin_views import ImportReportView, permitted_archives
from events.models import MeetingReportIndexPage, Registration


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


class RegistrationViewSet(SnippetViewSet):
    """Staff's list of registrations (filter by event, status), exported as CSV or XLSX: one row a registration."""

    model = Registration
    icon = "group"
    menu_label = _("Registrations")
    menu_order = 260
    add_to_admin_menu = True
    list_display = ["event", "user", "status", "created_at"]
    list_filter = ["status", "event"]
    list_export = [
        "event",
        "event_start",
        "member_name",
        "user.email",
        "get_status_display",
        "get_language_display",
        "created_at",
    ]
    export_headings = {
        "event": _("Event"),
        "event_start": _("Start"),
        "member_name": _("Member"),
        "user.email": _("E-mail"),
        "get_status_display": _("Status"),
        "get_language_display": _("Language"),
        "created_at": _("Registered at"),
    }
    export_filename = "registrations"
    ordering = ["event", "created_at"]

    def get_queryset(self, request):
        return Registration.objects.select_related("event", "user")


register_snippet(RegistrationViewSet)
