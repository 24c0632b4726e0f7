"""Every page type: where it may be created, that it renders in French and English, and its SQL query budget."""

import re

import pytest
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page
from wagtail_localize.models import TranslationSource

from cases.models import LegalFrameworkIndexPage, LegalTextPage, TestimonyIndexPage, TestimonyPage
from directory.models import DirectoryIndexPage
from events.models import EventIndexPage, EventPage, MeetingReportIndexPage, MeetingReportPage
from home.models import ContentPage, GlossaryPage, HomePage
from tests import factories

# page type -> the parent types it may be created under
ALLOWED_PARENTS = {
    HomePage: [Page],
    ContentPage: [HomePage, ContentPage],
    TestimonyIndexPage: [HomePage],
    TestimonyPage: [TestimonyIndexPage],
    LegalFrameworkIndexPage: [HomePage],
    LegalTextPage: [LegalFrameworkIndexPage],
    EventIndexPage: [HomePage],
    EventPage: [EventIndexPage],
    MeetingReportIndexPage: [HomePage],
    MeetingReportPage: [MeetingReportIndexPage],
    GlossaryPage: [HomePage],
    DirectoryIndexPage: [HomePage],
}
# The most SQL queries a page of each type may need to render, whatever it lists: 20 for the page itself,
# plus what reading the private site as a logged-in member costs (docs/access.md): the session and the user (2),
# the user bar's permission check (2), the view restriction checks of the access policy and of Wagtail (6),
# and 5 more since 2026-12-03: which languages of the page the request may open (hreflang, switcher), the notice
# of deleted originals for staff, the home page's counts of what logging in opens (33 at most, measured).
MAX_QUERIES = 20 + 10 + 5


def translate_page(page, locale):
    """Make the English copy of ``page`` through wagtail-localize (untranslated strings fall back to French)."""
    source, _ = TranslationSource.get_or_create_from_instance(page)
    # wagtail-localize publishes on commit: run those callbacks inside the test's transaction.
    with TestCase.captureOnCommitCallbacks(execute=True):
        translation, _created = source.create_or_update_translation(
            locale, publish=True, copy_parent_pages=True, fallback=True
        )
    translation.refresh_from_db()
    return translation


@pytest.mark.parametrize("page_type", list(ALLOWED_PARENTS))
def test_page_type_may_only_be_created_where_it_belongs(page_type):
    assert set(page_type.allowed_parent_page_models()) == set(ALLOWED_PARENTS[page_type])
    for parent_type in ALLOWED_PARENTS[page_type]:
        assert page_type in parent_type.allowed_subpage_models()


@pytest.mark.django_db
def test_every_page_type_renders_in_french(member_client, home_fr):
    tree = factories.site_tree(home_fr)
    assert set(tree) == {cls.__name__ for cls in ALLOWED_PARENTS}
    for name, page in tree.items():
        response = member_client.get(page.url)
        assert response.status_code == 200, name
        html = response.content.decode()
        assert '<html lang="fr">' in html, name
        assert page.title in html, name
        assert page.url.startswith("/fr/"), name


@pytest.mark.django_db
def test_every_page_type_renders_in_english_and_the_switcher_links_both(member_client, home_fr, en):
    tree = factories.site_tree(home_fr)
    for name, page in tree.items():
        english = translate_page(page, en)
        assert english.url.startswith("/en/"), name
        response = member_client.get(english.url)
        assert response.status_code == 200, name
        html = response.content.decode()
        assert '<html lang="en">' in html, name
        assert f'href="{page.url}" hreflang="fr"' in html, name
        french_html = member_client.get(page.url).content.decode()
        assert f'href="{english.url}" hreflang="en"' in french_html, name


def heading_levels(html):
    return [int(level) for level in re.findall(r"<h([1-6])[ >]", html)]


@pytest.mark.django_db
def test_every_page_type_has_landmarks_and_headings_in_order(member_client, home_fr):
    for name, page in factories.site_tree(home_fr).items():
        html = member_client.get(page.url).content.decode()
        levels = heading_levels(html)
        assert levels.count(1) == 1 and levels[0] == 1, name
        assert all(after - before <= 1 for before, after in zip(levels, levels[1:], strict=False)), (name, levels)
        for landmark in ("<header", "<nav", '<main id="main"', "<footer", 'class="skip-link" href="#main"'):
            assert landmark in html, (name, landmark)


@pytest.mark.django_db
def test_root_redirects_to_the_visitors_language(client, home_fr, en):
    translate_page(home_fr, en)
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9").headers["Location"] == "/en/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="fr-FR,fr;q=0.9").headers["Location"] == "/fr/"


def count_queries(client, url):
    """SQL queries of one request to ``url`` once caches are warm (site root paths, locales)."""
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def grow(tree, n):
    """Add ``n`` more listed items to every page of ``tree``: children on indexes, links on detail pages."""
    for i in range(n):
        factories.testimony(tree["TestimonyIndexPage"], title=f"Autre témoignage {i}", n=n)
        factories.legal_text(tree["LegalFrameworkIndexPage"], short_name=f"Autre loi {i}")
        factories.event(tree["EventIndexPage"], title=f"Autre rencontre {i}", n=n)
        factories.meeting_report(tree["MeetingReportIndexPage"], title=f"Autre compte rendu {i}", n=n)
    themes, organisations, people = factories.vocabulary(n)
    factories.glossary_terms(n, prefix="autre terme")
    for page in tree.values():
        page = page.specific
        for relation, field, items in [
            ("themes", "theme", themes),
            ("partners", "organisation", organisations),
            ("attendees", "organisation", organisations),
            ("speakers", "person", people),
        ]:
            if hasattr(page, relation):
                for item in items:
                    getattr(page, relation).add(getattr(page, relation).model(**{field: item}))
        page.save_revision().publish()


@pytest.mark.django_db
def test_every_page_type_renders_in_a_fixed_number_of_queries(member_client, home_fr):
    tree = factories.site_tree(home_fr, n=1)
    before = {name: count_queries(member_client, page.url) for name, page in tree.items()}
    grow(tree, 4)
    after = {name: count_queries(member_client, page.url) for name, page in tree.items()}
    assert after == before
    assert max(after.values()) <= MAX_QUERIES, after
