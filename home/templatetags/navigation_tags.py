"""Site navigation: the main menu and the language switcher."""

from django import template
from django.conf import settings
from django.db.models import F, OuterRef, Subquery
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info
from wagtail.models import Page, Site

from network_site.access.rules import visibility
from network_site.translations.status import page_languages

register = template.Library()


def menu_sections(root):
    """The live sections of ``root`` shown in menus, in the order of the source language's tree.

    Each language's tree keeps its own order (an English page is placed when it is first translated),
    so ordering by the tree would give every language its own menu; sections are ordered by the
    position of their page in ``settings.LANGUAGE_CODE`` (a subquery: no extra query), those without one last.
    """
    if root is None:
        return Page.objects.none()
    source_path = Page.objects.filter(
        translation_key=OuterRef("translation_key"), locale__language_code=settings.LANGUAGE_CODE
    ).values("path")[:1]
    return (
        root.get_children()
        .live()
        .in_menu()
        .annotate(source_path=Subquery(source_path))
        .order_by(F("source_path").asc(nulls_last=True), "path")
    )


def localized_root(request):
    site = Site.find_for_request(request)
    return site.root_page.localized if site else None


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    """The home page of the active language and its sections shown in menus (2 queries)."""
    request = context["request"]
    root = localized_root(request)
    sections = menu_sections(root)
    current = context.get("page")
    current_path = current.path if isinstance(current, Page) else ""
    items = [{"page": section, "current": current_path.startswith(section.path)} for section in sections]
    return {"root": root, "items": items, "request": request}


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Links to the same content in each language.

    On a page: every content language, with the page's live version in it
    (``network_site.translations.status.page_languages``, shared with the
    translation notice and the ``hreflang`` links). Elsewhere (search…): the same
    URL under the other language prefix (Django's ``translate_url``).
    Returns ``links``: a list of dicts with ``code``, ``name`` (the language's
    name in that language), ``url``, ``current`` (bool) and ``state``:
    ``"translated"``, ``"untranslated"`` (the version there is an alias showing
    the original's text) or ``"unavailable"`` (no page in that language).
    """
    request = context["request"]
    info = page_languages(context.get("page"), request)
    if info is not None:
        links = [
            {
                "code": version.code,
                "name": version.name,
                "url": version.url,
                "current": version.current,
                "state": "unavailable"
                if version.url is None
                else ("translated" if version.translated else "untranslated"),
            }
            for version in info.versions
        ]
        return {"links": links}
    active = get_language()
    links = [
        {"code": code, "url": translate_url(request.get_full_path(), code), "state": "translated"}
        for code, _name in settings.LANGUAGES
    ]
    for link in links:
        link["name"] = get_language_info(link["code"])["name_local"]
        link["current"] = link["code"] == active
    return {"links": links}


@register.simple_tag(takes_context=True)
def readable_sections(context):
    """The menu's sections the request may open (``network_site.access`` view rule), in the menu's order."""
    request = context["request"]
    return list(visibility(request).pages(menu_sections(localized_root(request))))
