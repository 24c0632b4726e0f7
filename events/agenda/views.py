"""The agenda's views beside its pages: calendar files and feeds, the private feed link, register and cancel.

Every view applies the site's one view rule (``network_site.access.rules``): an
event the request may not open is not found; the token feed applies it for the
token's member, without a session.
"""

from types import SimpleNamespace

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Locale

from events.models import EventPage, Registration, upcoming
from network_site.access.rules import Visibility, visibility

from . import registrations, tokens
from .calendars import event_calendar, feed_calendar

CALENDAR_TYPE = "text/calendar; charset=utf-8"


def _ics(content: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type=CALENDAR_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _open_event(request, pk: int) -> EventPage:
    """The live event ``pk`` if the request may open it, else ``Http404``."""
    event = get_object_or_404(EventPage.objects.live(), pk=pk)
    if not visibility(request).can_open_page(event):
        raise Http404
    return event


def event_ics(request, pk: int):
    """The ``.ics`` of one event (404 while its date is to be set)."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    event = _open_event(request, pk)
    if event.start is None:
        raise Http404
    return _ics(event_calendar(event), f"{event.slug}.ics")


def _feed(rule: Visibility) -> HttpResponse:
    """The upcoming dated events of the active language that ``rule`` lets its user open."""
    locale = Locale.get_active()
    events = upcoming(rule.pages(EventPage.objects.filter(locale=locale))).filter(start__isnull=False)
    return _ics(feed_calendar(events), f"agenda-{locale.language_code}.ics")


@login_required
def feed(request):
    """The feed of upcoming events for the logged-in member."""
    return _feed(visibility(request))


def token_feed(request, key: str):
    """The feed through a member's private link: no session needed; an unknown or old token is 404."""
    user = tokens.user_for(key)
    if user is None:
        raise Http404
    return _feed(Visibility(SimpleNamespace(user=user, session={})))


@login_required
def calendar_links(request):
    """The member's calendar links; POST makes (or resets) the private one, shown in this response only."""
    private_url = None
    if request.method == "POST":
        replaced = tokens.has_token(request.user)
        key = tokens.issue(request.user)
        private_url = request.build_absolute_uri(reverse("events:token_feed", args=[key]))
        if replaced:
            messages.success(request, _("Your private calendar link was changed: the old one no longer works."))
    response = render(
        request,
        "events/event_calendar.html",
        {
            "private_url": private_url,
            "has_token": tokens.has_token(request.user),
            "feed_url": request.build_absolute_uri(reverse("events:feed")),
        },
    )
    add_never_cache_headers(response)  # the private link is in it: kept by no cache
    return response


@require_POST
@login_required
def register(request, pk: int):
    """Registers the member in one click; a refusal is a message on the event's page."""
    event = _open_event(request, pk)
    try:
        registration = registrations.register(event, request.user, translation.get_language())
    except registrations.RegistrationRefused as refusal:
        messages.error(request, str(refusal))
    else:
        if registration.status == Registration.Status.WAITING:
            messages.info(request, _("The event is full: you are on the waiting list."))
        else:
            messages.success(request, _("You are registered. A confirmation was sent by e-mail."))
    return redirect(event.get_url(request))


@require_POST
@login_required
def cancel(request, pk: int):
    """Cancels the member's registration."""
    event = _open_event(request, pk)
    try:
        registrations.cancel(event, request.user)
    except registrations.RegistrationRefused as refusal:
        messages.error(request, str(refusal))
    else:
        messages.success(request, _("Your registration is cancelled."))
    return redirect(event.get_url(request))
