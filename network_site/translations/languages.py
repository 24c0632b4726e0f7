"""The site's languages come from settings; their locales and locale synchronisation are made here.

``settings.LANGUAGE_CODE`` is the source language (French) and every other
language of ``settings.WAGTAIL_CONTENT_LANGUAGES`` gets a wagtail ``Locale``
*synchronised* from it (wagtail-localize's ``LocaleSynchronization``): its page
tree mirrors the source tree, with an alias of the source page wherever a page
is not translated yet, so that a reader always finds something to read.

``setup_languages()`` runs after every ``migrate`` (``post_migrate``) and as
``manage.py setup_languages``; it only adds what is missing. Adding a language
is a settings change plus ``migrate`` (or ``setup_languages``), then
``sync_locale_trees`` for pages made outside the admin (imports).
"""

from django.db import DEFAULT_DB_ALIAS, connections
from wagtail.models import Locale
from wagtail_localize.models import LocaleSynchronization

from network_site.core.languages import content_language_codes, source_language_code

__all__ = ["setup_languages"]


def setup_languages(using: str = DEFAULT_DB_ALIAS) -> list[str]:
    """Create the missing locales, each synchronised from the source locale; return the new language codes.

    Creating a ``LocaleSynchronization`` makes wagtail-localize copy the source
    tree into the new locale at once (aliases of the source pages).
    Existing locales and synchronisations are left as they are.
    """
    created_codes = []
    source, created = Locale.objects.using(using).get_or_create(language_code=source_language_code())
    if created:
        created_codes.append(source.language_code)
    for code in content_language_codes():
        if code == source.language_code:
            continue
        locale, created = Locale.objects.using(using).get_or_create(language_code=code)
        if created:
            created_codes.append(code)
        LocaleSynchronization.objects.using(using).get_or_create(locale=locale, defaults={"sync_from": source})
    return created_codes


def setup_languages_after_migrate(using=DEFAULT_DB_ALIAS, verbosity=1, stdout=None, **kwargs):
    """``post_migrate`` receiver: skipped when the tables it needs are not migrated yet."""
    tables = set(connections[using].introspection.table_names())
    if not {Locale._meta.db_table, LocaleSynchronization._meta.db_table} <= tables:
        return
    created = setup_languages(using=using)
    if created and verbosity >= 1 and stdout is not None:
        stdout.write(f"  Locales created from settings: {', '.join(created)}\n")
