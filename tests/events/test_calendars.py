"""Calendar files and feeds: valid iCalendar that parses back, stable UIDs, Paris time zone, all-day dates
with an exclusive end, accents, events with no date left out; the private token feed."""

import base64
import datetime
import hashlib
import re

import pytest
from django.urls import reverse
from icalendar import Calendar

from events.agenda import tokens
from events.dates import PARIS
from events.models import CalendarToken
from tests.events.conftest import paris

pytestmark = pytest.mark.django_db


def parse(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return Calendar.from_ical(response.content.decode("utf-8"))


def vevents(calendar):
    return {str(event["SUMMARY"]): event for event in calendar.walk("VEVENT")}


def event_ics(client, event):
    return parse(client.get(reverse("events:event_ics", args=[event.pk])))


def test_an_event_file_parses_back_and_keeps_its_uid_after_an_edit(frozen, member_client, make_event):
    event = make_event(
        "Réunion à Hérouville-Saint-Clair",
        paris(2027, 6, 15, 14, 0),
        end=paris(2027, 6, 15, 17, 0),
        venue="Salle de l'Église",
        address="1 place Émile-Zola\n14200 Hérouville-Saint-Clair",
        intro="Échanges entre élus et bénévoles.",
    )
    first = vevents(event_ics(member_client, event))["Réunion à Hérouville-Saint-Clair"]
    assert first["DTSTART"].dt == paris(2027, 6, 15, 14, 0) and first["DTSTART"].dt.tzinfo.key == "Europe/Paris"
    assert first["DTEND"].dt == paris(2027, 6, 15, 17, 0)
    assert str(first["LOCATION"]) == "Salle de l'Église, 1 place Émile-Zola, 14200 Hérouville-Saint-Clair"
    assert str(first["DESCRIPTION"]) == "Échanges entre élus et bénévoles."
    assert str(first["URL"]).endswith(event.url)
    event.title = "Réunion déplacée"
    event.start = paris(2027, 6, 16, 9, 0)
    event.end = None
    event.save_revision().publish()
    edited = vevents(event_ics(member_client, event))["Réunion déplacée"]
    assert str(edited["UID"]) == str(first["UID"])
    assert "DTEND" not in edited


def test_an_all_day_two_day_event_has_dates_and_an_exclusive_end(frozen, member_client, make_event):
    event = make_event("Université d'été", paris(2027, 7, 3, 10, 0), end=paris(2027, 7, 4, 18, 0), all_day=True)
    component = vevents(event_ics(member_client, event))["Université d'été"]
    assert component["DTSTART"].dt == datetime.date(2027, 7, 3)
    assert component["DTEND"].dt == datetime.date(2027, 7, 5)
    assert "VALUE=DATE" in component.to_ical().decode()


def test_the_feed_has_the_required_properties_and_leaves_out_events_without_a_date(frozen, member_client, make_event):
    make_event("Rencontre Nord/Sud", paris(2027, 3, 28, 23, 30), venue="Maison des associations")
    make_event("Sans date")
    make_event("Passée", paris(2026, 3, 1, 10, 0))
    calendar = parse(member_client.get(reverse("events:feed")))
    assert str(calendar["VERSION"]) == "2.0" and str(calendar["PRODID"])
    assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] == ["Europe/Paris"]
    events = vevents(calendar)
    assert list(events) == ["Rencontre Nord/Sud"]
    component = events["Rencontre Nord/Sud"]
    for name in ("UID", "DTSTAMP", "DTSTART", "SUMMARY", "LOCATION", "URL"):
        assert name in component, name
    assert component["DTSTAMP"].dt.utcoffset() == datetime.timedelta(0)
    assert component["DTSTART"].dt.astimezone(PARIS).date() == datetime.date(2027, 3, 28)


def test_the_feed_needs_a_login(client):
    response = client.get(reverse("events:feed"))
    assert response.status_code == 302


def test_the_token_feed_works_without_a_session_and_stops_after_a_reset(frozen, client, member, make_event):
    make_event("Rencontre", paris(2027, 3, 1, 10, 0))
    key = tokens.issue(member)
    assert len(base64.urlsafe_b64decode(key + "=")) * 8 >= 128  # 32 random bytes: 256 bits
    url = reverse("events:token_feed", args=[key])
    assert list(vevents(parse(client.get(url)))) == ["Rencontre"]
    new_key = tokens.issue(member)
    assert new_key != key
    assert client.get(url).status_code == 404
    assert client.get(reverse("events:token_feed", args=["x" * 43])).status_code == 404
    assert list(vevents(parse(client.get(reverse("events:token_feed", args=[new_key])))))


def test_only_the_tokens_hash_is_stored(member):
    key = tokens.issue(member)
    stored = CalendarToken.objects.get(user=member)
    assert stored.key_hash == hashlib.sha256(key.encode()).hexdigest()
    assert key not in {str(value) for value in CalendarToken.objects.values_list().get()}


def private_link(html: str) -> str | None:
    found = re.search(r'value="(http[^"]*/calendar/([^/"]+)/agenda\.ics)"', html)
    return found.group(2) if found else None


def test_the_calendar_page_shows_the_private_link_once_and_resets_it(frozen, member_client, member):
    html = member_client.get(reverse("events:calendar")).content.decode()
    assert private_link(html) is None and "Créer mon lien privé" in html

    response = member_client.post(reverse("events:calendar"))
    key = private_link(response.content.decode())
    assert key and "no-store" in response["Cache-Control"]
    assert member_client.get(reverse("events:token_feed", args=[key])).status_code == 200

    again = member_client.get(reverse("events:calendar")).content.decode()
    assert private_link(again) is None and key not in again

    new_key = private_link(member_client.post(reverse("events:calendar")).content.decode())
    assert new_key and new_key != key
    assert member_client.get(reverse("events:token_feed", args=[key])).status_code == 404
    assert member_client.get(reverse("events:token_feed", args=[new_key])).status_code == 200
