"""Admin view: upload a meeting report file and get its page, with a summary of what the import found.

Registered in ``events/wagtail_hooks.py`` (menu item “Import a report” and a
button on the report archive). Only users who may add pages to a meeting
report archive get it; publishing also needs the right to publish there.
Import errors (unreadable, empty, encrypted file…) are shown as form errors.

The archive offered first is the one asked for (``?archive=``, from the
archive page's button), else the archive of the editor's language (their
admin language, when they chose one in their account), else of the site's
default language: never the first archive in alphabetical order. A page of
the archive may be chosen for the file to replace: the file then becomes a
new revision of that page (see ``events.importer.builder.build_report``).
"""

import logging
import time

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.template.response import TemplateResponse
from django.urls import reverse_lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.users.models import UserProfile

from events.importer import ReportFileError, ReportTargetError, Target, import_file
from events.importer.forms import ReportUploadForm
from events.models import MeetingReportIndexPage


def permitted_archives(user) -> list[MeetingReportIndexPage]:
    """The meeting report archives where ``user`` may add pages, by locale then title."""
    archives = MeetingReportIndexPage.objects.select_related("locale").order_by("locale__language_code", "title")
    return [archive for archive in archives if archive.permissions_for_user(user).can_add_subpage()]


def default_archive(user, archives: list[MeetingReportIndexPage]) -> MeetingReportIndexPage:
    """The archive of ``user``'s chosen admin language, else of the default language, else the first one."""
    preferred = UserProfile.get_for_user(user).preferred_language if user.is_authenticated else ""
    for language in (preferred, settings.LANGUAGE_CODE):
        found = next((a for a in archives if language and a.locale.language_code == language), None)
        if found is not None:
            return found
    return archives[0]


class ImportReportView(WagtailAdminTemplateMixin, FormView):
    """GET: the upload form; POST: imports the file and shows the summary, or the form with its errors."""

    form_class = ReportUploadForm
    template_name = "events/admin/import_report.html"
    page_title = gettext_lazy("Import a meeting report")
    header_icon = "upload"
    breadcrumbs_items = WagtailAdminTemplateMixin.breadcrumbs_items + [
        {"url": reverse_lazy("events_import_report"), "label": gettext_lazy("Import a meeting report")}
    ]

    def dispatch(self, request, *args, **kwargs):
        self.archives = permitted_archives(request.user)
        if not self.archives:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "archives": self.archives}

    def get_initial(self):
        requested = self.request.GET.get("archive", "")
        chosen = next((a for a in self.archives if str(a.pk) == requested), None)
        return {"archive": chosen or default_archive(self.request.user, self.archives)}

    def form_valid(self, form):
        archive = form.cleaned_data["archive"]
        publish = form.cleaned_data["publish"]
        if publish and not archive.permissions_for_user(self.request.user).can_publish_subpage():
            form.add_error("publish", _("You may not publish pages in this archive: leave this unticked."))
            return self.form_invalid(form)
        upload = form.cleaned_data["file"]
        replace = form.cleaned_data.get("replace")
        if replace is not None and replace.get_parent().pk != archive.pk:
            form.add_error("replace", _("This report is not in the archive chosen."))
            return self.form_invalid(form)
        try:
            result = import_file(
                upload.name,
                upload.read(),
                target=Target(archive.locale, archive),
                date=form.cleaned_data["date"],
                publish=publish,
                replace=replace.specific if replace is not None else None,
                deadline=time.monotonic() + settings.REPORT_IMPORT_ADMIN_SECONDS,
            )
        except (ReportFileError, ReportTargetError, OSError) as error:
            logging.getLogger("network_site.security").warning(
                "Report import refused for %s: %s", self.request.user, error
            )
            form.add_error("file", str(error))
            return self.form_invalid(form)
        except ValidationError as error:
            form.add_error("file", _("The page could not be saved: %(errors)s") % {"errors": "; ".join(error.messages)})
            return self.form_invalid(form)
        return TemplateResponse(
            self.request,
            self.template_name,
            self.get_context_data(form=self.get_form_class()(archives=self.archives), result=result),
        )
