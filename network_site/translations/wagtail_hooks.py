"""Admin: the translation status report (Reports menu), and wagtail-localize's machine translation views wrapped.

The wrapped views are registered first (``order=-1``) at the same addresses as
wagtail-localize's, so that the editor's "Translate with DeepL" button and the
"Sync translated pages" form reach them (see ``views``). A script on every admin page writes the translation
editor's section heading in the admin's language (wagtail-localize builds it in English).
"""

from django.templatetags.static import static
from django.urls import include, path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import views


@hooks.register("register_admin_urls", order=-1)
def register_admin_urls():
    status_urls = [
        path("status/", views.TranslationStatusReportView.as_view(), name="status_report"),
        path(
            "status/results/",
            views.TranslationStatusReportView.as_view(results_only=True),
            name="status_report_results",
        ),
    ]
    return [
        path(
            "localize/translate/<int:translation_id>/machine_translate/",
            views.machine_translate,
            name="translations_machine_translate",
        ),
        path(
            "localize/update/<int:translation_source_id>/",
            views.UpdateTranslationsView.as_view(),
            name="translations_update_translations",
        ),
        path("translations/", include((status_urls, "translations"), namespace="translations")),
    ]


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    return MenuItem(
        _("Translation status"),
        reverse("translations:status_report"),
        name="translation-status",
        icon_name="site",
        order=650,
    )


@hooks.register("insert_global_admin_js")
def translation_editor_heading_js():
    """The translation editor's section heading in the admin's language (``translations/js/editor-heading.js``)."""
    return format_html('<script src="{}" defer></script>', static("translations/js/editor-heading.js"))
