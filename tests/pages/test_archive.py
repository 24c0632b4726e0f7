"""The meeting report archive: cards newest first, filters by year and theme, pages, a fixed number of queries."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from events.models import EventIndexPage, EventPage, MeetingReportIndexPage, MeetingReportPage
from network_site.taxonomy.models import Organisation, Theme
from tests import factories
from tests.test_page_types import translate_page

pytestmark = pytest.mark.django_db


def build_archive(home, years, themes):
    """An archive with one report per year of ``years`` (14 June), each with an event page of ``themes[i % n]``."""
    agenda = factories.add_child(home, EventIndexPage(title="Agenda", slug="agenda"))
    archive = factories.add_child(home, MeetingReportIndexPage(title="Comptes rendus", slug="comptes-rendus"))
    organisation = Organisation.objects.create(name="Ville de Caen", kind="local_authority", country="FR")
    for index, year in enumerate(years):
        event = EventPage(title=f"Rencontre {year}", slug=f"rencontre-{year}")
        event.themes.add(event.themes.model(theme=themes[index % len(themes)]))
        factories.add_child(agenda, event)
        report = MeetingReportPage(
            title=f"Rencontre de {year}",
            slug=f"rencontre-{year}",
            date=datetime.date(year, 6, 14),
            place="Caen",
            event=event,
            context=f"<p>Pourquoi la rencontre de {year}.</p>",
        )
        report.attendees.add(report.attendees.model(organisation=organisation))
        factories.add_child(archive, report)
    factories.add_child(archive, MeetingReportPage(title="Rencontre sans date", slug="sans-date"))
    return archive


def card_titles(html):
    return re.findall(r'<article class="card report-card">\s*<h2><a href="[^"]*">([^<]*)</a>', html)


@pytest.fixture
def themes():
    return [Theme.objects.create(name="Santé"), Theme.objects.create(name="Éducation")]


def test_cards_show_date_place_themes_summary_and_attendees_newest_first(member_client, home_fr, themes):
    archive = build_archive(home_fr, [2019, 2021, 2020], themes)
    html = member_client.get(archive.url).content.decode()
    assert card_titles(html) == ["Rencontre de 2021", "Rencontre de 2020", "Rencontre de 2019", "Rencontre sans date"]
    card = html[html.index("Rencontre de 2021") :]
    card = card[: card.index("</article>")]
    assert '<time datetime="2021-06-14">14 juin 2021</time>' in card
    assert "Caen" in card and "Pourquoi la rencontre de 2021." in card
    assert "<li>Éducation</li>" in card  # the theme of its event (the second report: themes[1])
    assert "1 organisation participante\u00a0:" in card and "Ville de Caen" in card


def test_filters_by_year_and_theme_and_ignores_bad_values(member_client, home_fr, themes):
    archive = build_archive(home_fr, [2019, 2020, 2021, 2022], themes)
    assert card_titles(member_client.get(archive.url, {"year": 2020}).content.decode()) == ["Rencontre de 2020"]
    health = card_titles(member_client.get(archive.url, {"theme": themes[0].pk}).content.decode())
    assert health == ["Rencontre de 2021", "Rencontre de 2019"]
    both = member_client.get(archive.url, {"theme": themes[1].pk, "year": 2022}).content.decode()
    assert card_titles(both) == ["Rencontre de 2022"]
    assert card_titles(member_client.get(archive.url, {"year": 2030}).content.decode()) == []
    for bad in ({"year": "deux mille"}, {"theme": "x"}, {"page": "dernière"}, {"page": 99}):
        response = member_client.get(archive.url, bad)
        assert response.status_code == 200, bad
        assert len(card_titles(response.content.decode())) == 5, bad  # every report (page 99: the last page)


def test_the_filters_offer_the_archives_years_and_themes(member_client, home_fr, themes):
    archive = build_archive(home_fr, [2019, 2021], themes)
    Theme.objects.create(name="Culture")  # no report of this theme
    html = member_client.get(archive.url).content.decode()
    years = re.findall(r'<option value="(\d{4})"', html)
    assert years == ["2021", "2019"]
    assert f'<option value="{themes[0].pk}">Santé</option>' in html and "Culture" not in html


def test_the_english_archive_shows_english_themes_and_filters_by_them(member_client, home_fr, themes, en):
    archive = build_archive(home_fr, [2019, 2020], themes)
    for theme, english_name in zip(themes, ["Health", "Education"], strict=True):
        english_theme = theme.copy_for_translation(en)
        english_theme.name = english_name
        english_theme.save()
    english = translate_page(archive, en)
    for report in MeetingReportPage.objects.child_of(archive):
        translate_page(report, en)
    html = member_client.get(english.url).content.decode()
    assert "<li>Health</li>" in html and "<li>Education</li>" in html and "Santé" not in html
    english_health = Theme.objects.get(name="Health")
    filtered = member_client.get(english.url, {"theme": english_health.pk}).content.decode()
    assert card_titles(filtered) == ["Rencontre de 2019"]
    assert '<time datetime="2019-06-14">June 14, 2019</time>' in filtered


def test_the_archive_is_paginated(member_client, home_fr, themes):
    archive = build_archive(home_fr, list(range(2000, 2014)), themes)  # 14 dated + 1 undated
    first = member_client.get(archive.url).content.decode()
    assert len(card_titles(first)) == MeetingReportIndexPage.reports_per_page
    assert "15 comptes rendus" in first and 'href="?page=2" rel="next"' in first
    second = member_client.get(archive.url, {"page": 2}).content.decode()
    assert card_titles(second) == ["Rencontre de 2001", "Rencontre de 2000", "Rencontre sans date"]
    filtered = member_client.get(archive.url, {"theme": themes[0].pk}).content.decode()
    assert len(card_titles(filtered)) == 7 and 'rel="next"' not in filtered


def queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_the_archive_renders_in_a_fixed_number_of_queries(member_client, home_fr, themes):
    archive = build_archive(home_fr, [2019, 2020], themes)
    before = queries(member_client, archive.url)
    for year in range(2000, 2012):
        event = EventPage(title=f"Autre {year}", slug=f"autre-{year}")
        for theme in themes:
            event.themes.add(event.themes.model(theme=theme))
        factories.add_child(EventIndexPage.objects.get(slug="agenda"), event)
        report = MeetingReportPage(
            title=f"Autre {year}", slug=f"autre-{year}", date=datetime.date(year, 1, 1), event=event
        )
        for i in range(5):
            organisation = Organisation.objects.create(name=f"Commune {year} {i}", kind="association", country="FR")
            report.attendees.add(report.attendees.model(organisation=organisation))
        factories.add_child(archive, report)
    assert queries(member_client, archive.url) == before
    assert queries(member_client, archive.url + "?page=2") == before
