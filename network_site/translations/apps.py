from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class TranslationsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "network_site.translations"
    label = "translations"
    verbose_name = _("Translations")

    def ready(self):
        from . import comments, languages, restrictions

        # After every `migrate`: a locale for each language of settings.WAGTAIL_CONTENT_LANGUAGES.
        post_migrate.connect(languages.setup_languages_after_migrate, sender=self)
        restrictions.connect()
        comments.connect()  # the date of the translation editor's notes in the admin's language
