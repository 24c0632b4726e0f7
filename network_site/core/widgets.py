"""Admin form widgets.

``SearchableSelectMultiple(verbose_name)``: a multiple choice with a filter box — Django admin's own
``FilteredSelectMultiple`` (two lists, “available” and “chosen”: type a few letters in the filter box above the
first, pick an entry, move it with the “Choose” button, Enter or a double click), for a long list such as the
countries of django-countries. ``verbose_name`` (lazy text) names the choices in the widget's labels and buttons
(“Available countries”, “Pays disponibles”). Its scripts need Django admin's JavaScript catalogue, which
``network_site/core/wagtail_hooks.py`` serves in the admin user's language (``core_admin_widgets_catalog``); its
styles are Django admin's ``widgets.css`` and ``css/admin-selector.css`` (Django admin's colours in Wagtail's).
"""

from django import forms
from django.contrib.admin.widgets import FilteredSelectMultiple
from django.urls import reverse

CATALOG_URL_NAME = "core_admin_widgets_catalog"


class SearchableSelectMultiple(FilteredSelectMultiple):
    def __init__(self, verbose_name, attrs=None, choices=()):
        super().__init__(verbose_name, is_stacked=False, attrs=attrs, choices=choices)

    @property
    def media(self):
        # The catalogue first: the scripts read its gettext() when the page has loaded.
        catalog = forms.Media(js=[reverse(CATALOG_URL_NAME)])
        styles = forms.Media(css={"all": ["admin/css/widgets.css", "css/admin-selector.css"]})
        return catalog + super().media + styles
