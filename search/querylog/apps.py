from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class QueryLogConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "search.querylog"
    label = "search_querylog"
    verbose_name = _("Search query log")
