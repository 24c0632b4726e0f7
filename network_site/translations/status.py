"""Which language versions of a page exist, and what a reader is reading.

wagtail-localize keeps, for each translated object, a ``TranslationSource``
(the source content as last extracted, ``last_updated_at``) and one
``Translation`` per target locale (``enabled`` while synced). Locale
synchronisation fills the other trees with *aliases* of untranslated source
pages (``alias_of``), which show the source text.

For the page being read, ``page_languages()`` tells:

- ``content_language``: the language of its text. An alias of a page in
  another locale, or a translation with none of its strings translated yet,
  shows the original's text;
- ``outdated``: the original changed after the translation was made. For a
  synced translation: the original was published after its content was last
  extracted (``source.last_updated_at``: nobody has synced it yet), or it was
  synced but the translation has not been published since. For a translation
  no longer synced ("stop synced translation"): the original was published
  after the translation was;
- ``incomplete``: some of the source strings have no translation yet (after a
  sync, new source text is shown in the source language until translated);
- ``versions``: each content language, with the live page in it (translation
  or alias), for the language switcher and the ``hreflang`` alternates.
"""

from dataclasses import dataclass, field

from django.utils.translation import get_language_info
from wagtail.models import Page
from wagtail_localize.models import Translation, TranslationSource

from network_site.core.languages import content_language_codes

__all__ = ["LanguageVersion", "PageLanguages", "is_page_outdated", "page_languages"]

MAX_ALIAS_HOPS = 5


@dataclass(frozen=True)
class LanguageVersion:
    code: str
    name: str  # the language's name in that language
    url: str | None  # the live page in that language, or None when there is none
    current: bool
    translated: bool  # True for a real translation (or the original), False for an alias or no page


@dataclass
class PageLanguages:
    page_language: str  # the locale of the page (its URL prefix)
    content_language: str  # the language its text is in
    original_language: str | None = None  # for a translation or an alias: the original's language
    original_url: str | None = None
    untranslated: bool = False
    outdated: bool = False
    incomplete: bool = False
    versions: list[LanguageVersion] = field(default_factory=list)

    @property
    def alternates(self) -> list[LanguageVersion]:
        """The versions that exist as real pages in their language (for ``hreflang`` links)."""
        return [version for version in self.versions if version.translated and version.url]

    @property
    def has_notice(self) -> bool:
        return self.untranslated or self.outdated or self.incomplete


def is_page_outdated(translation: Translation, source: TranslationSource, original: Page, target: Page) -> bool:
    """Whether the live ``target`` (a translation) is older than the live ``original`` (see the module doc)."""
    if original is None or original.last_published_at is None or target.last_published_at is None:
        return False
    if translation.enabled:
        return original.last_published_at > source.last_updated_at or source.last_updated_at > target.last_published_at
    return original.last_published_at > target.last_published_at


def _language_name(code: str) -> str:
    try:
        return get_language_info(code)["name_local"]
    except KeyError:
        return code


def _compute(page: Page, request) -> PageLanguages:
    pages = {
        version.pk: version
        for version in Page.objects.filter(translation_key=page.translation_key).live().select_related("locale")
    }
    current = pages.get(page.pk)
    locale = current.locale if current is not None else page.locale
    pages[page.pk] = current or page
    by_code = {version.locale.language_code: version for version in pages.values()}
    info = PageLanguages(page_language=locale.language_code, content_language=locale.language_code)

    original = None
    if page.alias_of_id:
        original = pages.get(page.alias_of_id)
        for _hop in range(MAX_ALIAS_HOPS):
            if original is None or not original.alias_of_id:
                break
            original = pages.get(original.alias_of_id)
        if original is None:  # an original that is not live: its language still tells what the text is in
            original = Page.objects.select_related("locale").filter(pk=page.alias_of_id).first()
        if original is not None and original.locale_id != page.locale_id:
            info.untranslated = True
            info.original_language = original.locale.language_code
    else:
        translation = (
            Translation.objects.filter(source__object_id=page.translation_key, target_locale_id=page.locale_id)
            .select_related("source__locale")
            .first()
        )
        if translation is not None:
            source = translation.source
            info.original_language = source.locale.language_code
            original = by_code.get(info.original_language)
            total, translated = translation.get_progress()
            if total and not translated:
                info.untranslated = True
            else:
                info.incomplete = translated < total
                info.outdated = is_page_outdated(translation, source, original, page)

    if info.original_language:
        if info.untranslated:
            info.content_language = info.original_language
        if original is not None and original.live and original.pk != page.pk:
            info.original_url = original.get_url(request)

    for code in content_language_codes():
        version = by_code.get(code)
        is_current = version is not None and version.pk == page.pk
        # An alias is not a translation; the page being read may be a translation with nothing translated yet.
        translated = not info.untranslated if is_current else version is not None and not version.alias_of_id
        url = version.get_url(request) if version is not None else None
        info.versions.append(
            LanguageVersion(code=code, name=_language_name(code), url=url, current=is_current, translated=translated)
        )
    return info


def page_languages(page, request=None) -> PageLanguages | None:
    """The language information of ``page`` for ``request`` (computed once per request and page)."""
    if not isinstance(page, Page) or page.pk is None:
        return None
    cache = getattr(request, "_page_languages", None) if request is not None else None
    if cache is not None and page.pk in cache:
        return cache[page.pk]
    info = _compute(page, request)
    if request is not None:
        if cache is None:
            cache = request._page_languages = {}
        cache[page.pk] = info
    return info
