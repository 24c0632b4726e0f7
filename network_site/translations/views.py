"""Admin views: the translation status report, and wagtail-localize's machine translation views made safe.

wagtail-localize calls the machine translator from its views without catching
anything, so a DeepL error (bad key, quota, timeout) would be a server error.
``machine_translate`` and ``UpdateTranslationsView`` wrap its views: the
translator raises ``MachineTranslationError`` and the editor shows its message.
They are served at wagtail-localize's own URLs (see ``wagtail_hooks``).
"""

import django_filters
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import get_language_info, gettext_lazy
from django.utils.translation import gettext as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.pages.utils import get_valid_next_url_from_request
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale, get_page_models
from wagtail_localize.views import edit_translation, update_translations

from network_site.core.languages import content_language_codes, source_language_code

from .machine_translation import MachineTranslationError
from .report import INCOMPLETE, MISSING, OUTDATED, UP_TO_DATE, snippet_models, status_rows

# --------------------------------------------------------------------------- machine translation


def machine_translate(request, translation_id):
    """wagtail-localize's "Translate with DeepL" button, with API errors shown as a message."""
    try:
        return edit_translation.machine_translate(request, translation_id)
    except MachineTranslationError as error:
        messages.error(request, str(error))
        return redirect(get_valid_next_url_from_request(request) or reverse("wagtailadmin_home"))


class UpdateTranslationsView(update_translations.UpdateTranslationsView):
    """wagtail-localize's "Sync translated pages": a machine translation error cancels the sync and says why."""

    def post(self, request, **kwargs):
        try:
            return super().post(request, **kwargs)
        except MachineTranslationError as error:
            messages.error(
                request,
                _("%(error)s Nothing was changed: sync again without machine translation, or later.")
                % {"error": error},
            )
            return redirect(request.get_full_path())


# --------------------------------------------------------------------------- status report

STATUS_CHOICES = [
    ("needs_work", gettext_lazy("Needs work (missing, out of date or incomplete)")),
    (MISSING, gettext_lazy("Missing")),
    (OUTDATED, gettext_lazy("Out of date")),
    (INCOMPLETE, gettext_lazy("Incomplete")),
    (UP_TO_DATE, gettext_lazy("Up to date")),
]


def _target_language_choices():
    return [
        (code, get_language_info(code)["name_translated"])
        for code in content_language_codes()
        if code != source_language_code()
    ]


def _type_choices():
    pages = [
        (model._meta.label_lower, model._meta.verbose_name)
        for model in get_page_models()
        if model._meta.app_label != "wagtailcore"
    ]
    snippets = [(model._meta.label_lower, model._meta.verbose_name) for model in snippet_models()]
    return [
        ("page", _("All pages")),
        ("snippet", _("All snippets")),
        *sorted(((label, str(name).capitalize()) for label, name in pages + snippets), key=lambda choice: choice[1]),
    ]


class TranslationStatusFilterSet(WagtailFilterSet):
    """Filters on the report's rows (a list, not a queryset: statuses are computed in Python)."""

    title = django_filters.CharFilter(label=gettext_lazy("Title contains"))
    type = django_filters.ChoiceFilter(
        label=gettext_lazy("Type"), choices=_type_choices, empty_label=gettext_lazy("All")
    )
    language = django_filters.ChoiceFilter(
        label=gettext_lazy("Language"), choices=_target_language_choices, empty_label=gettext_lazy("All")
    )
    status = django_filters.ChoiceFilter(
        label=gettext_lazy("Status"), choices=STATUS_CHOICES, empty_label=gettext_lazy("All")
    )

    def __init__(self, data=None, queryset=None, *, request=None, prefix=None):
        # django-filter wants a queryset to read its model from; the rows are filtered in filter_queryset().
        super().__init__(data, Locale.objects.none(), request=request, prefix=prefix)

    def filter_queryset(self, rows):
        data = self.form.cleaned_data
        if data.get("title"):
            needle = data["title"].casefold()
            rows = [row for row in rows if needle in row.title.casefold()]
        if data.get("type"):
            kind = data["type"]
            rows = [row for row in rows if kind in (row.kind, row.model_label)]
        language, status = data.get("language") or None, data.get("status")
        if status:
            rows = [row for row in rows if _has_status(row, status, language)]
        return rows


def _has_status(row, status, language):
    cells = [row.languages[language]] if language in row.languages else list(row.languages.values())
    if status == "needs_work":
        return any(cell.state != UP_TO_DATE for cell in cells)
    if status == OUTDATED:
        return any(cell.outdated for cell in cells)
    if status == INCOMPLETE:
        return any(cell.incomplete for cell in cells)
    return any(cell.state == status for cell in cells)


class LanguageStatusColumn(Column):
    cell_template_name = "translations/admin/status_cell.html"

    def __init__(self, code, **kwargs):
        self.code = code
        super().__init__(f"status_{code}", label=get_language_info(code)["name_translated"].capitalize(), **kwargs)

    def get_value(self, instance):
        return instance.status(self.code)


class TranslationStatusReportView(ReportView):
    """Per page and snippet, which languages exist, which are out of date or incomplete, which are missing."""

    page_title = gettext_lazy("Translation status")
    header_icon = "site"
    index_url_name = "translations:status_report"
    index_results_url_name = "translations:status_report_results"
    results_template_name = "translations/admin/status_report_results.html"
    filterset_class = TranslationStatusFilterSet
    export_filename = "translation-status"
    paginate_by = 100

    def get_queryset(self):
        return status_rows()

    def get_filtered_queryset(self):
        return self.filter_queryset(self.get_queryset())

    @property
    def target_languages(self):
        return [code for code in content_language_codes() if code != source_language_code()]

    @property
    def columns(self):
        return [
            TitleColumn("title", label=_("Title"), get_url=lambda row: row.edit_url),
            Column("type_name", label=_("Type")),
            Column("source_language", label=_("Source language")),
            *(LanguageStatusColumn(code) for code in self.target_languages),
        ]

    @property
    def list_export(self):
        return ["title", "type_name", "kind", "source_language", *(f"status_{code}" for code in self.target_languages)]

    @property
    def export_headings(self):
        headings = {
            "title": _("Title"),
            "type_name": _("Type"),
            "kind": _("Page or snippet"),
            "source_language": _("Source language"),
        }
        for code in self.target_languages:
            headings[f"status_{code}"] = get_language_info(code)["name_translated"].capitalize()
        return headings

    def to_row_dict(self, item):
        row = {
            "title": item.title,
            "type_name": str(item.type_name),
            "kind": item.kind,
            "source_language": item.source_language,
        }
        for code in self.target_languages:
            status = item.status(code)
            row[f"status_{code}"] = status.describe() if status else ""
        return row
