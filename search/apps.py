from django.apps import AppConfig
from django.core import checks


class SearchConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "search"

    def ready(self):
        from wagtail.signals import post_page_move

        from .backends.engine_index import reindex_moved
        from .kinds import check_declared_kinds

        checks.register(check_declared_kinds, checks.Tags.models)
        post_page_move.connect(reindex_moved, dispatch_uid="search_reindex_moved")
