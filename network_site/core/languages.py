"""The site's content languages, as the settings list them: one place to read them.

``settings.LANGUAGE_CODE`` is the source language (French); every language of
``settings.WAGTAIL_CONTENT_LANGUAGES`` is a content language (docs/translation.md).
"""

from django.conf import settings
from wagtail.coreutils import get_supported_content_language_variant

__all__ = ["content_language_codes", "other_language_codes", "source_language_code"]


def source_language_code() -> str:
    """The language staff write in (``settings.LANGUAGE_CODE``), as listed in the content languages."""
    return get_supported_content_language_variant(settings.LANGUAGE_CODE)


def content_language_codes() -> list[str]:
    """Codes of ``settings.WAGTAIL_CONTENT_LANGUAGES``, in their order: ``["fr", "en"]``."""
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]


def other_language_codes(code: str) -> list[str]:
    """The content languages but ``code``, in their order: ``other_language_codes("fr") == ["en"]``."""
    return [other for other in content_language_codes() if other != code]
