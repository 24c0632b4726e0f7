"""Site navigation: the main menu, the language switcher and the ``hreflang`` links of the page."""

from django import template
from django.conf import settings
from django.db.models import F, OuterRef, Subquery
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.translation import get_language, get_language_info
from wagtail.models import Page, Site

from network_site.access.rules import visibility
from network_site.access.views import language_token
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
    """The home page of the active language and those of its sections shown in menus that the request may open.

    The view rule of ``network_site.access.rules`` (``Visibility.pages``: a section behind a login, a group or a
    password the request does not pass is left out, its title and address with it); the order stays the source
    language's. 3 queries at most (the home page, the sections, the view restrictions, read once per request).
    """
    request = context["request"]
    root = localized_root(request)
    sections = visibility(request).pages(menu_sections(root))
    current = context.get("page")
    current_path = current.path if isinstance(current, Page) else ""
    items = [{"page": section, "current": current_path.startswith(section.path)} for section in sections]
    return {"root": root, "items": items, "request": request}


def _openable_languages(request, page) -> set[str]:
    """Codes of the languages in which ``page`` has a live version the request may open (two queries, once)."""
    cache = request.__dict__.setdefault("_openable_languages", {})
    if page.pk not in cache:
        versions = list(Page.objects.filter(translation_key=page.translation_key).live().select_related("locale"))
        openable = visibility(request).pages_it_may_open(versions)
        cache[page.pk] = {version.locale.language_code for version in versions if version.pk in openable}
    return cache[page.pk]


def _language_name(code: str) -> str:
    return get_language_info(code)["name_local"]


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Links to the same content in each language, never to a page the request may not open.

    On a page: every content language, with the page's live version in it
    (``network_site.translations.status.page_languages``, shared with the
    translation notice and the ``hreflang`` links), when the request may open
    that version (``network_site.access.rules``). On the answer for a page it
    may not open (403, password form: ``restricted_page`` in the context), and
    for a version it may not open: ``access.views.language_version``, which
    gives the same answer in that language without showing the version's
    address. Elsewhere (search, 404…): the same URL under the other language
    prefix (Django's ``translate_url``).
    Returns ``links``: a list of dicts with ``code``, ``name`` (the language's
    name in that language), ``url``, ``current`` (bool) and ``state``:
    ``"translated"``, ``"untranslated"`` (the version there is an alias showing
    the original's text) or ``"unavailable"`` (no page in that language).
    """
    request = context["request"]
    active = get_language()
    restricted = context.get("restricted_page")
    if isinstance(restricted, Page):
        links = [
            {
                "code": code,
                "name": _language_name(code),
                "url": None if code == active else _language_version_url(restricted, code),
                "current": code == active,
                "state": "translated",
            }
            for code, _name in settings.LANGUAGES
        ]
        return {"links": links}
    page = context.get("page")
    info = page_languages(page, request)
    if info is not None:
        openable = _openable_languages(request, page)
        links = []
        for version in info.versions:
            link = {"code": version.code, "name": version.name, "url": version.url, "current": version.current}
            if version.url is None:
                link["state"] = "unavailable"
            elif version.code not in openable:
                link.update(url=_language_version_url(page, version.code), state="translated")
            else:
                link["state"] = "translated" if version.translated else "untranslated"
            links.append(link)
        return {"links": links}
    links = [
        {"code": code, "url": translate_url(request.get_full_path(), code), "state": "translated"}
        for code, _name in settings.LANGUAGES
    ]
    for link in links:
        link["name"] = _language_name(link["code"])
        link["current"] = link["code"] == active
    return {"links": links}


def _language_version_url(page, code: str) -> str:
    with translation.override(code):
        return reverse("language_version", args=[language_token(page)])


@register.inclusion_tag("includes/alternate_links.html", takes_context=True)
def alternate_links(context):
    """``hreflang`` alternates of the page's real translations that the request may open; for an alias, a
    canonical link to its original (if the request may open it)."""
    info = page_languages(context.get("page"), context.get("request"))
    request = context.get("request")
    if info is None or request is None:
        return {"alternates": [], "canonical": None}
    openable = _openable_languages(request, context["page"])
    alternates = [
        {"code": version.code, "url": request.build_absolute_uri(version.url)}
        for version in info.alternates
        if version.code in openable
    ]
    canonical = None
    if info.untranslated and info.original_url and info.original_language in openable:
        canonical = request.build_absolute_uri(info.original_url)
    return {"alternates": alternates, "canonical": canonical}


@register.simple_tag(takes_context=True)
def readable_sections(context):
    """The menu's sections the request may open (``network_site.access`` view rule), in the menu's order."""
    request = context["request"]
    return list(visibility(request).pages(menu_sections(localized_root(request))))
