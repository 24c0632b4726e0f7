"""Calendar files and feeds: valid iCalendar that parses back, stable UIDs, Paris time zone, all-day dates
with an exclusive end, accents, events with no date left out; the private token feed."""

import datetime

import pytest
from django.urls import reverse
from icalendar import Calendar

from events.agenda import tokens
from events.dates import PARIS
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
    key = tokens.token_for(member).key
    assert len(key) >= 43  # 32 random bytes: 256 bits
    url = reverse("events:token_feed", args=[key])
    assert list(vevents(parse(client.get(url)))) == ["Rencontre"]
    new_key = tokens.reset(member).key
    assert new_key != key
    assert client.get(url).status_code == 404
    assert client.get(reverse("events:token_feed", args=["x" * 43])).status_code == 404
    assert list(vevents(parse(client.get(reverse("events:token_feed", args=[new_key])))))


def test_the_calendar_page_shows_the_private_link_and_resets_it(frozen, member_client, member):
    response = member_client.get(reverse("events:calendar"))
    key = tokens.token_for(member).key
    assert key in response.content.decode()
    member_client.post(reverse("events:calendar"))
    assert tokens.token_for(member).key != key
