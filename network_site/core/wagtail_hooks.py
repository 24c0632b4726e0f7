"""The JavaScript catalogue of Django admin's widgets (``network_site.core.widgets``), under /admin/: Wagtail's
admin URLs answer in the user's admin language, so the widget's labels and buttons are in French or English."""

from django.urls import path
from django.views.i18n import JavaScriptCatalog
from wagtail import hooks

from network_site.core.widgets import CATALOG_URL_NAME


@hooks.register("register_admin_urls")
def admin_widgets_catalog():
    return [
        path(
            "jsi18n/admin-widgets/",
            JavaScriptCatalog.as_view(packages=["django.contrib.admin"]),
            name=CATALOG_URL_NAME,
        )
    ]
