"""The admin's accessibility fixes for Wagtail's and wagtail-localize's own markup, found by the browser tests
(tests/browser/, docs/accessibility.md): a stylesheet and a script of network_site/static, on every admin page."""

from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks


@hooks.register("insert_global_admin_css")
def accessibility_css():
    return format_html('<link rel="stylesheet" href="{}">', static("css/admin.css"))


@hooks.register("insert_global_admin_js")
def accessibility_js():
    return format_html('<script src="{}" defer></script>', static("js/admin-accessibility.js"))
