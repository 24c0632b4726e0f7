from django.apps import AppConfig
from django.core import checks


class SearchConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "search"

    def ready(self):
        from .kinds import check_declared_kinds

        checks.register(check_declared_kinds, checks.Tags.models)
