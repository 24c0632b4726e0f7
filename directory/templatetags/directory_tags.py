"""Links from a mention of an organisation (testimonies, events, reports) to its page in the directory."""

from django import template
from django.utils.html import format_html
from wagtail.models import Locale

from directory.models import DirectoryIndexPage
from network_site.access.rules import visibility

register = template.Library()


def directory_for(request, locale_id: int):
    """The live directory index of ``locale_id`` the request may open, or ``None`` (1 query per request and locale)."""
    cache = request.__dict__.setdefault("_directory_index", {})
    if locale_id not in cache:
        cache[locale_id] = visibility(request).pages(DirectoryIndexPage.objects.filter(locale_id=locale_id)).first()
    return cache[locale_id]


@register.simple_tag(takes_context=True)
def organisation_link(context, organisation):
    """``organisation``'s name, linked to its directory page when the request may open the directory.

    The directory is the one of the page being shown (its locale), else of the active language.
    """
    request = context.get("request")
    if request is None:
        return organisation.name
    page = context.get("page")
    locale_id = getattr(page, "locale_id", None) or Locale.get_active().pk
    directory = directory_for(request, locale_id)
    if directory is None:
        return organisation.name
    return format_html('<a href="{}">{}</a>', directory.organisation_url(organisation, request), organisation.name)
