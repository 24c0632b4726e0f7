"""Template tags for pages read in several languages (used by ``base.html``).

The ``hreflang`` links and the language switcher, which also apply the view rule, are
``home.templatetags.navigation_tags``.
"""

from django import template
from django.utils.translation import get_language, get_language_info

from network_site.translations.status import page_languages

register = template.Library()


def _context_page_languages(context):
    return page_languages(context.get("page"), context.get("request"))


@register.simple_tag(takes_context=True)
def content_language(context):
    """The language of the page's text (the ``lang`` of the main content), or the active language."""
    info = _context_page_languages(context)
    return info.content_language if info else get_language()


@register.inclusion_tag("translations/notice.html", takes_context=True)
def translation_notice(context):
    """The notice telling readers the page is not (fully, or no longer) translated into their language."""
    info = _context_page_languages(context)
    if info is None or not info.has_notice:
        return {"info": None}

    def translated_name(code):
        return get_language_info(code)["name_translated"] if code else ""

    return {
        "info": info,
        "ui_language": get_language(),
        "page_language_name": translated_name(info.page_language),
        "original_language_name": translated_name(info.original_language),
    }
