from django.apps import AppConfig
from django.core import checks


class SearchConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "search"

    def ready(self):
        from wagtail.images import get_image_model
        from wagtail.signals import post_page_move

        from network_site.core.indexing import with_folded_titles

        from .backends.engine_index import reindex_moved
        from .kinds import check_declared_kinds

        checks.register(check_declared_kinds, checks.Tags.models)
        post_page_move.connect(reindex_moved, dispatch_uid="search_reindex_moved")
        # Images are Wagtail's own model: their title is folded for the admin's search like pages' and
        # documents' (network_site.core.indexing.SearchTextMixin), whatever the backend.
        Image = get_image_model()
        Image.search_fields = with_folded_titles(Image.search_fields)
