"""The search page: results and what they show, facets, sort, pagination, promotions, the query log, markup, queries."""

import datetime
import re

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import PageViewRestriction

from cases.models import LegalTextPage, TestimonyPage
from search.querylog.models import NoResultDailyHits
from tests import factories
from tests.test_page_types import translate_page

MAX_QUERIES = 40  # the most SQL queries a search page may need, whatever it finds


@pytest.fixture
def tree(home_fr):
    return factories.site_tree(home_fr)


def search(client, query, path="/fr/search/", **params):
    response = client.get(path, {"query": query, **params})
    assert response.status_code == 200
    return response


def result_titles(client, url, query, **params):
    return [result.name for result in search(client, query, url, **params).context["results"]]


def facet(response, name):
    return {value.label: value for facet in response.context["facets"] if facet.name == name for value in facet.values}


def laws(parent, n, word="budgets"):
    return [
        factories.legal_text(parent, short_name=f"Loi {word} {i}", date=datetime.date(1990 + i, 1, 1)) for i in range(n)
    ]


# --------------------------------------------------------------------------- what is found


@pytest.mark.django_db
def test_finds_live_pages_by_words_of_their_body(member_client, tree):
    assert "Témoignage 0" in result_titles(member_client, "/fr/search/", "partenariat")
    assert "Loi 0" in result_titles(member_client, "/fr/search/", "budgets")


@pytest.mark.django_db
def test_leaves_out_drafts_and_other_languages(member_client, tree, en):
    draft = tree["TestimonyPage"]
    draft.unpublish()
    assert "Témoignage 0" not in result_titles(member_client, "/fr/search/", "partenariat")
    english_home = translate_page(tree["HomePage"], en)
    found = search(member_client, english_home.title).context["results"]  # the French home may match: same title
    assert (english_home.title, "en") not in [(result.name, result.language_code) for result in found]


@pytest.mark.django_db
def test_leaves_out_pages_the_reader_may_not_open(client, tree, member):
    section = tree["LegalFrameworkIndexPage"]
    restriction = PageViewRestriction.objects.create(page=section, restriction_type=PageViewRestriction.GROUPS)
    partners = Group.objects.get_or_create(name="Partners")[0]
    restriction.groups.add(partners)
    assert "Loi 0" not in result_titles(client, "/fr/search/", "budgets")
    client.force_login(member)
    assert "Loi 0" not in result_titles(client, "/fr/search/", "budgets")
    member.groups.add(partners)
    assert "Loi 0" in result_titles(client, "/fr/search/", "budgets")


@pytest.mark.django_db
def test_a_result_shows_title_type_date_language_snippet_and_breadcrumb(member_client, tree):
    html = search(member_client, "budgets").content.decode()
    item = re.search(r'<li class="search-result search-result--legal-text">.*?</li>', html, re.S)[0]
    assert f'<a href="{tree["LegalTextPage"].url}">Loi 0</a>' in item
    assert "Texte juridique" in item or "Legal text" in item
    assert '<time datetime="1992-02-06">' in item
    assert 'lang="fr">Français</span>' in item
    assert "<mark>budgets</mark>" in item
    assert f'<a href="{tree["HomePage"].url}">' in item and f'<a href="{tree["LegalFrameworkIndexPage"].url}">' in item


@pytest.mark.django_db
def test_a_page_not_translated_yet_is_found_by_its_french_words_in_the_english_tree(member_client, home_fr, en):
    from home.models import ContentPage

    french = factories.add_child(
        home_fr, ContentPage(title="Eaux usées", slug="eaux-usees", body=[("paragraph", "<p>Les eaux usées.</p>")])
    )
    english_home = translate_page(home_fr, en)
    french.create_alias(parent=english_home, update_locale=en)  # as sync_locale_trees does
    found = search(member_client, "eau", "/en/search/").context["results"]
    assert [(result.name, result.language_code) for result in found] == [("Eaux usées", "en")]


# --------------------------------------------------------------------------- facets


QUERY = "commune partenaire"  # the partner organisations of the testimony, the event and the report


@pytest.mark.django_db
def test_facets_count_the_results_by_type_theme_country_organisation_and_year(member_client, tree):
    response = search(member_client, QUERY)
    count = response.context["page"].total
    assert {result.name for result in response.context["results"]} == {
        "Témoignage 0",
        "Rencontre 0",
        "Rencontre sans date",
        "Compte rendu 0",
    }
    assert {label: value.count for label, value in facet(response, "type").items()} == {
        "Témoignage": 1,
        "Événement": 2,
        "Compte rendu": 1,
    }
    assert facet(response, "country")["Mali"].count == count == 4
    testimony_theme = tree["TestimonyPage"].themes.get().theme
    assert facet(response, "theme")[testimony_theme.name].count == 1
    assert facet(response, "organisation")["Commune partenaire 0"].count == 1  # four snippets of that name
    assert facet(response, "year")["2010"].count == 1  # the report
    assert facet(response, "year")["2030"].count == 1  # the dated event


@pytest.mark.django_db
def test_a_filter_narrows_the_results_and_its_facet_still_counts_the_others(member_client, tree):
    types = facet(search(member_client, QUERY), "type")
    filtered = member_client.get(types["Témoignage"].url)
    assert [result.name for result in filtered.context["results"]] == ["Témoignage 0"]
    again = facet(filtered, "type")
    assert {label: value.count for label, value in again.items()} == {
        label: value.count for label, value in types.items()
    }
    assert [label for label, value in again.items() if value.selected] == ["Témoignage"]
    assert "type=" not in again["Témoignage"].url  # the selected value's link removes the filter
    assert 'aria-current="true"' in filtered.content.decode()
    other_facets = facet(filtered, "year")
    assert "2010" not in other_facets  # other facets count within the filtered results


@pytest.mark.django_db
def test_theme_country_organisation_and_year_filters(member_client, tree):
    theme = tree["EventPage"].themes.get().theme
    by_theme = search(member_client, QUERY, theme=str(theme.translation_key))
    assert [result.name for result in by_theme.context["results"]] == ["Rencontre 0"]
    assert [result.name for result in search(member_client, QUERY, year="2010").context["results"]] == [
        "Compte rendu 0"
    ]
    assert len(search(member_client, QUERY, country="ML").context["results"]) == 4
    assert search(member_client, QUERY, country="SN").context["results"] == []
    organisation = tree["TestimonyPage"].partners.get().organisation
    by_organisation = search(member_client, QUERY, organisation=str(organisation.translation_key))
    assert [result.name for result in by_organisation.context["results"]] == ["Témoignage 0"]


@pytest.mark.django_db
def test_an_unknown_theme_is_ignored(member_client, tree):
    response = search(member_client, QUERY, theme="00000000-0000-0000-0000-000000000000")
    assert response.context["params"].filters == {} and len(response.context["results"]) == 4


@pytest.mark.django_db
def test_filters_live_in_the_url_and_the_form(member_client, tree):
    theme = tree["EventPage"].themes.get().theme
    html = search(member_client, QUERY, theme=str(theme.translation_key), sort="date").content.decode()
    assert f'<input type="hidden" name="theme" value="{theme.translation_key}">' in html
    assert '<option value="date" selected>' in html
    links = re.findall(r'<a href="(/fr/search/\?[^"]+)"', html)
    assert links
    for url in links:
        assert "query=commune+partenaire" in url and "sort=date" in url


@pytest.mark.django_db
def test_each_kind_shows_the_date_its_reader_needs_not_its_publication(member_client, tree):
    shown = {result.name: result.shown_date for result in search(member_client, QUERY).context["results"]}
    assert shown["Témoignage 0"] == "Partenariat depuis 1970"
    assert shown["Rencontre 0"] == datetime.date(2030, 6, 15)
    assert shown["Rencontre sans date"] == "Date à fixer"
    assert shown["Compte rendu 0"] == datetime.date(2010, 4, 18)
    html = search(member_client, QUERY).content.decode()
    assert "Partenariat depuis 1970" in html and '<time datetime="2010-04-18">18 avril 2010</time>' in html
    assert datetime.date.today().isoformat() not in html  # the day the test made the pages
    (page,) = search(member_client, "Qui sommes-nous").context["results"]
    assert page.name == "Le réseau" and page.shown_date is None


# --------------------------------------------------------------------------- sort and pages


@pytest.mark.django_db
def test_sort_by_date_puts_the_newest_first(member_client, tree):
    laws(tree["LegalFrameworkIndexPage"], 5)
    dates = [result.date for result in search(member_client, "budgets", sort="date").context["results"]]
    assert dates == sorted(dates, reverse=True) and len(dates) == 6


@pytest.mark.django_db
def test_pagination(member_client, tree):
    laws(tree["LegalFrameworkIndexPage"], 24)
    first = search(member_client, "budgets")
    assert first.context["page"].total == 25 and len(first.context["results"]) == 10
    html = first.content.decode()
    assert '<nav aria-label="Pages de résultats"' in html or '<nav aria-label="Result pages"' in html
    assert re.search(r'aria-current="page"><span class="visually-hidden">[^<]+</span>1</a>', html)
    third = member_client.get(first.context["next_url"].replace("page=2", "page=3"))
    assert len(third.context["results"]) == 5 and third.context["page"].number == 3
    names = [
        result.name for page in (1, 2, 3) for result in search(member_client, "budgets", page=page).context["results"]
    ]
    assert len(set(names)) == 25  # every result once


# --------------------------------------------------------------------------- promotions and the query log


@pytest.mark.django_db
def test_promoted_results_come_first_whatever_the_case_and_accents(member_client, tree):
    query = Query.get("Réunion")
    SearchPromotion.objects.create(
        query=query, page=tree["ContentPage"], description="Tout sur le réseau.", sort_order=0
    )
    SearchPromotion.objects.create(
        query=query, external_link_url="https://example.org/", external_link_text="Ailleurs", sort_order=1
    )
    for typed in ("réunion", "REUNION", "Réunion !"):
        promotions = search(member_client, typed).context["promotions"]
        assert [promotion.title for promotion in promotions] == ["Le réseau", "Ailleurs"], typed
    html = search(member_client, "reunion").content.decode()
    assert html.index("Tout sur le réseau.") < html.index('role="status"') or "search-results" not in html


@pytest.mark.django_db
def test_a_promoted_page_the_reader_may_not_open_is_not_shown(client, tree):
    SearchPromotion.objects.create(query=Query.get("budgets"), page=tree["TestimonyPage"], sort_order=0)
    assert search(client, "budgets").context["promotions"] == []  # testimonies need a login


@pytest.mark.django_db
def test_new_searches_are_counted_and_those_without_results_too(member_client, tree):
    search(member_client, "budgets")
    search(member_client, "Budgets ")
    search(member_client, "budgets", page=2)  # not a new search
    search(member_client, "budgets", type="legal-text")  # neither
    search(member_client, "introuvable")
    search(member_client, "")
    assert Query.objects.get(query_string="budgets").hits == 2
    assert Query.objects.get(query_string="introuvable").hits == 1
    assert list(NoResultDailyHits.objects.values_list("query__query_string", "hits")) == [("introuvable", 1)]
    assert not Query.objects.filter(query_string="").exists()


# --------------------------------------------------------------------------- markup and cost


@pytest.mark.django_db
def test_page_has_landmarks_labels_and_headings_in_order(member_client, tree):
    html = search(member_client, "budgets").content.decode()
    for landmark in ("<header", "<nav", '<main id="main"', "<footer", 'role="search"', "<aside"):
        assert landmark in html, landmark
    levels = [int(level) for level in re.findall(r"<h([1-6])[ >]", html)]
    assert levels.count(1) == 1 and levels[0] == 1
    assert all(after - before <= 1 for before, after in zip(levels, levels[1:], strict=False)), levels
    for input_id in re.findall(r'<(?:input|select)[^>]* id="([^"]+)"', html):
        assert f'for="{input_id}"' in html, input_id
    assert "<mark>" in html


@pytest.mark.django_db
def test_the_english_page_is_in_english_and_the_french_one_in_french(member_client, tree, en):
    translate_page(tree["LegalTextPage"], en)
    english = search(member_client, "budgets", "/en/search/").content.decode()
    assert '<html lang="en">' in english and "Filter results" in english
    french = search(member_client, "budgets").content.decode()
    assert '<html lang="fr">' in french and "Filtrer les résultats" in french


def count_queries(client, query, **params):
    client.get("/fr/search/", {"query": query, **params})  # warm caches, log the query once
    with CaptureQueriesContext(connection) as queries:
        search(client, query, **params)
    return len(queries)


@pytest.mark.django_db
def test_the_search_page_needs_the_same_queries_for_one_result_or_many(member_client, tree):
    one = count_queries(member_client, "budgets")
    laws(tree["LegalFrameworkIndexPage"], 30)
    many = count_queries(member_client, "budgets")
    assert one == many <= MAX_QUERIES
    assert count_queries(member_client, "budgets", page=3, sort="date") <= many  # not a new search: not logged


@pytest.mark.django_db
def test_the_search_page_needs_a_bounded_number_of_queries_whatever_it_finds(member_client, home_fr):
    tree = factories.site_tree(home_fr, n=1)
    before = count_queries(member_client, QUERY)
    for i in range(6):
        factories.testimony(tree["TestimonyIndexPage"], title=f"Autre témoignage {i}", n=3)
        factories.event(tree["EventIndexPage"], title=f"Autre rencontre {i}", n=3)
        factories.meeting_report(tree["MeetingReportIndexPage"], title=f"Autre compte rendu {i}", n=3)
    after = count_queries(member_client, QUERY)
    # The results shown are read with one query per page type among them: never more than the page types.
    assert before <= MAX_QUERIES and after <= MAX_QUERIES, (before, after)
    assert TestimonyPage.objects.count() == 7 and LegalTextPage.objects.count() == 1


# --------------------------------------------------------------------------- the index unreadable


def break_the_index():
    """Make the full-text statement fail for real, inside the test's transaction (rolled back after it)."""
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("DROP TABLE wagtailsearch_indexentry_fts")
        else:
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")  # no deferred checks pending on the table
            cursor.execute("ALTER TABLE wagtailsearch_indexentry DROP COLUMN body")


@pytest.mark.skipif(
    bool(settings.SEARCH_URL),
    reason="breaks the database backend's index; on an engine: tests/search/engine/test_faults.py",
)
@pytest.mark.django_db
def test_an_unreadable_index_gives_a_503_page_in_the_readers_language(member_client, tree, en):
    break_the_index()
    french = member_client.get("/fr/search/", {"query": "budgets"})
    assert french.status_code == 503
    html = french.content.decode()
    assert '<html lang="fr">' in html and "La recherche est indisponible, réessayez dans un instant." in html
    assert 'value="budgets"' in html  # the query stays in the box, to try again
    english = member_client.get("/en/search/", {"query": "budgets"})
    assert english.status_code == 503
    assert "Search is unavailable, try again in a moment." in english.content.decode()
    assert member_client.get("/fr/search/").status_code == 200  # no query: nothing asked of the index
