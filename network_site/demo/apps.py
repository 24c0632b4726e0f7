from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemoConfig(AppConfig):
    """The demo content (``content``), its loader (``loader``) and ``manage.py load_demo``."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "network_site.demo"
    label = "demo"
    verbose_name = _("Demo content")
