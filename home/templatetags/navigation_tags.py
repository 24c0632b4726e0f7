"""Site navigation: the main menu and the language switcher."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info
from wagtail.models import Page, Site

register = template.Library()


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    """The home page of the active language and its sections shown in menus (2 queries)."""
    request = context["request"]
    site = Site.find_for_request(request)
    root = site.root_page.localized if site else None
    sections = root.get_children().live().in_menu() if root else Page.objects.none()
    current = context.get("page")
    current_path = current.path if isinstance(current, Page) else ""
    items = [{"page": section, "current": current_path.startswith(section.path)} for section in sections]
    return {"root": root, "items": items, "request": request}


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Links to the same content in each language.

    On a page: its live translations (one query). Elsewhere (search…): the same
    URL under the other language prefix (Django's ``translate_url``).
    Returns ``links``: a list of dicts with ``code``, ``name`` (the language's
    name in that language), ``url`` and ``current`` (bool).
    """
    request = context["request"]
    page = context.get("page")
    active = get_language()
    if isinstance(page, Page) and page.pk:
        translations = (
            page.get_translations(inclusive=True).live().select_related("locale").order_by("locale__language_code")
        )
        links = [{"code": p.locale.language_code, "url": p.get_url(request)} for p in translations]
    else:
        links = [
            {"code": code, "url": translate_url(request.get_full_path(), code)} for code, _name in settings.LANGUAGES
        ]
    for link in links:
        link["name"] = get_language_info(link["code"])["name_local"]
        link["current"] = link["code"] == active
    return {"links": links}
