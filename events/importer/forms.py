"""Forms of the events app's admin views."""

from django import forms
from django.db.models import Q
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from wagtail.admin.widgets import AdminDateInput

from events.importer import SUFFIXES, max_bytes
from events.models import MeetingReportIndexPage, MeetingReportPage


class ReportUploadForm(forms.Form):
    """A report file to import, where to put its page and how.

    ``archives`` are the meeting report archives the user may add pages to;
    the first is chosen by default. The file's size is checked against
    ``REPORT_IMPORT_MAX_BYTES`` before it is read; what it holds is checked by
    the importer, whose errors the view adds to ``file``.
    """

    file = forms.FileField(
        label=_("Report file"),
        widget=forms.ClearableFileInput(attrs={"accept": ",".join(SUFFIXES)}),
    )
    archive = forms.ModelChoiceField(
        label=_("Report archive"), queryset=MeetingReportIndexPage.objects.none(), empty_label=None
    )
    date = forms.DateField(
        label=_("Meeting date"),
        required=False,
        widget=AdminDateInput,
        help_text=_("Only if the text gives no date, or a date without a year; it wins over the text's date."),
    )
    replace = forms.ModelChoiceField(
        label=_("Replace the report"),
        queryset=MeetingReportPage.objects.none(),
        required=False,
        help_text=_(
            "Only for a new version of a report already imported: its page gets this file as a new revision. "
            "Leave empty to make a new page."
        ),
    )
    publish = forms.BooleanField(
        label=_("Publish"), required=False, help_text=_("Leave unticked to review the page as a draft first.")
    )

    def __init__(self, *args, archives, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["archive"].queryset = MeetingReportIndexPage.objects.filter(pk__in=[a.pk for a in archives])
        self.fields["archive"].label_from_instance = lambda page: f"{page.title} ({page.locale.get_display_name()})"
        under = Q(pk__in=[])
        for archive in archives:
            under |= Q(path__startswith=archive.path, depth=archive.depth + 1)
        self.fields["replace"].queryset = MeetingReportPage.objects.filter(under).order_by("-date", "title")
        self.fields["file"].help_text = _("Markdown (.md), text (.txt), Word (.docx) or PDF, up to %(size)s.") % {
            "size": filesizeformat(max_bytes())
        }

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > max_bytes():
            raise forms.ValidationError(
                _("The file is %(size)s, over the limit of %(limit)s."),
                params={"size": filesizeformat(upload.size), "limit": filesizeformat(max_bytes())},
                code="too_big",
            )
        return upload
