from django.apps import AppConfig


class CoreConfig(AppConfig):
    """The shared core as an app without models of its own: its abstract models (``SectionIndexPage``) get the
    app label ``core``, which the engine search backends need to map the page types that inherit them."""

    name = "network_site.core"
    label = "core"
