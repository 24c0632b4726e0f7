"""The agenda and the event page: ordering, “date to be set”, Paris time across summer time, all-day events,
filters, pagination, the home page's next three, and the query budget."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from events.models import EventIndexPage, EventTheme, MeetingType
from network_site.taxonomy.models import Theme
from tests.events.conftest import paris

pytestmark = pytest.mark.django_db


def titles(page_of_events):
    return [event.title for event in page_of_events]


def context_of(client, page, query=""):
    response = client.get(page.url + query)
    assert response.status_code == 200
    return response.context, response.content.decode()


def test_upcoming_soonest_first_then_date_to_be_set_and_past_latest_first(frozen, member_client, agenda, make_event):
    make_event("Plus tard", paris(2027, 6, 1, 14, 0))
    make_event("Bientôt", paris(2027, 2, 1, 14, 0))
    make_event("Sans date", None, announced_when="Date à déterminer")
    make_event("Il y a longtemps", paris(2020, 5, 1, 9, 0))
    make_event("Récemment", paris(2026, 12, 1, 9, 0))
    make_event("En cours", paris(2027, 1, 9), end=paris(2027, 1, 11), all_day=True)
    context, html = context_of(member_client, agenda)
    assert titles(context["upcoming_events"]) == ["En cours", "Bientôt", "Plus tard", "Sans date"]
    assert titles(context["past_events"]) == ["Récemment", "Il y a longtemps"]
    assert "(Date à déterminer)" in html


def test_the_home_page_shows_the_next_three_dated_events(frozen, member_client, home_fr, make_event):
    for day in (5, 4, 3, 2):
        make_event(f"Rencontre du {day}", paris(2027, 3, day, 10, 0))
    make_event("Sans date")
    make_event("Passée", paris(2026, 3, 1, 10, 0))
    context, _html = context_of(member_client, home_fr)
    assert titles(context["next_events"]) == ["Rencontre du 2", "Rencontre du 3", "Rencontre du 4"]


@pytest.mark.parametrize(
    ("start", "french", "english", "dtstart"),
    [
        # Summer time starts on 28 March 2027 (2:00 → 3:00) and ends on 31 October 2027 (3:00 → 2:00).
        (
            paris(2027, 3, 28, 23, 30),
            "dimanche 28 mars 2027, 23 h 30",
            "Sunday 28 March 2027, 11:30 pm",
            "20270328T233000",
        ),
        (
            paris(2027, 10, 31, 23, 30),
            "dimanche 31 octobre 2027, 23 h 30",
            "Sunday 31 October 2027, 11:30 pm",
            "20271031T233000",
        ),
    ],
)
def test_late_events_on_the_days_summer_time_changes_keep_their_day_everywhere(
    frozen, member_client, agenda, make_event, start, french, english, dtstart
):
    event = make_event("Veillée", start)
    event.refresh_from_db()
    _context, list_html = context_of(member_client, agenda)
    _context, page_html = context_of(member_client, event)
    assert french in list_html and french in page_html
    with translation.override("en"):
        assert event.when == english
    ics = member_client.get(f"/fr/calendar/event/{event.pk}.ics").content.decode()
    assert f"DTSTART;TZID=Europe/Paris:{dtstart}" in ics


def test_an_all_day_two_day_event_shows_its_two_days(frozen, member_client, agenda, make_event):
    event = make_event("Université d'été", paris(2027, 7, 3, 15, 45), end=paris(2027, 7, 4, 9, 0), all_day=True)
    event.refresh_from_db()
    assert event.start == paris(2027, 7, 3) and event.end == paris(2027, 7, 4)
    assert event.ends_at == paris(2027, 7, 5)
    _context, html = context_of(member_client, agenda)
    assert "samedi 3 juillet 2027 – dimanche 4 juillet 2027" in html
    assert "15 h 45" not in html


def test_accents_in_title_and_place_are_intact(frozen, member_client, make_event):
    event = make_event(
        "Réunion à Hérouville-Saint-Clair", paris(2027, 5, 4, 14, 0), venue="Salle des fêtes de l'Église"
    )
    _context, html = context_of(member_client, event)
    assert "Réunion à Hérouville-Saint-Clair" in html and "Salle des fêtes de l&#x27;Église" in html
    assert "mardi 4 mai 2027, 14 h 00" in html


def test_filters_by_theme_type_and_year(frozen, member_client, agenda, make_event):
    theme = Theme.objects.create(name="Eau")
    with_theme = make_event("Atelier eau", paris(2027, 4, 1, 10, 0), meeting_type=MeetingType.WORKSHOP)
    EventTheme.objects.create(page=with_theme, theme=theme)
    make_event("Assemblée", paris(2027, 6, 1, 10, 0), meeting_type=MeetingType.GENERAL_ASSEMBLY)
    make_event("Assemblée 2026", paris(2026, 6, 1, 10, 0), meeting_type=MeetingType.GENERAL_ASSEMBLY)
    context, html = context_of(member_client, agenda, f"?theme={theme.pk}")
    assert titles(context["upcoming_events"]) == ["Atelier eau"] and titles(context["past_events"]) == []
    context, _html = context_of(member_client, agenda, "?type=general_assembly")
    assert titles(context["upcoming_events"]) == ["Assemblée"] and titles(context["past_events"]) == ["Assemblée 2026"]
    context, _html = context_of(member_client, agenda, "?year=2026")
    assert titles(context["upcoming_events"]) == [] and titles(context["past_events"]) == ["Assemblée 2026"]
    context, _html = context_of(member_client, agenda, "?year=abc&type=nonsense")
    assert len(context["upcoming_events"]) == 2
    assert context["year_choices"] == [2027, 2026]


def test_lists_are_paginated(frozen, member_client, agenda, make_event):
    for i in range(EventIndexPage.PER_PAGE + 2):
        make_event(f"Rencontre {i:02}", paris(2026, 1, 1, 10, 0) - datetime.timedelta(days=i))
    context, html = context_of(member_client, agenda)
    assert len(context["past_events"]) == EventIndexPage.PER_PAGE
    assert "past_page=2" in html
    context, _html = context_of(member_client, agenda, "?past_page=2")
    assert titles(context["past_events"]) == ["Rencontre 12", "Rencontre 13"]


def _queries(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_index_and_event_page_render_in_a_fixed_number_of_queries(member_client, agenda, make_event):
    theme = Theme.objects.create(name="Culture")

    def add(n):
        for i in range(n):
            event = make_event(f"R{n}-{i}", paris(2027, 2, 1 + i, 10, 0), registration_enabled=True, capacity=5)
            EventTheme.objects.create(page=event, theme=theme)
            make_event(f"P{n}-{i}", paris(2026, 2, 1 + i, 10, 0), meeting_type=MeetingType.WORKSHOP)
        return event

    one = add(1)
    few = [_queries(member_client, agenda.url), _queries(member_client, one.url)]
    many = add(8)
    assert [_queries(member_client, agenda.url), _queries(member_client, many.url)] == few
    assert max(few) <= 31  # 30, and the main menu's view restrictions (it lists only the sections one may open)


def test_date_format_has_no_leftover_placeholders():
    from events.dates import format_span

    text = format_span(paris(2027, 6, 15, 14, 0), paris(2027, 6, 15, 17, 0), False, "en")
    assert text == "Tuesday 15 June 2027, 2:00 pm – 5:00 pm"
    assert format_span(paris(2027, 6, 15, 14, 0), None, False, "fr") == "mardi 15 juin 2027, 14 h 00"
    assert not re.search(r"[{}%]", text)
