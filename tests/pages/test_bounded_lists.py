"""Every listing is paginated or capped: with ten times the demo's content, no page grows in bytes or queries.

The demo has 6 testimonies, 5 legal texts, 12 meeting reports and 9 glossary terms; the listings are built
with a full first page of each, then with ten times the demo's number, and must weigh the same (within the
length of a longer pagination line) and need the same number of queries.
"""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cases.models import LegalFrameworkIndexPage, TestimonyIndexPage
from events.models import MeetingReportIndexPage
from home.models import GlossaryPage
from tests import factories

pytestmark = pytest.mark.django_db

DEMO = {"testimonies": 6, "legal texts": 5, "reports": 12, "terms": 9}


def measure(client, url):
    """(bytes, queries) of ``url`` once caches are warm."""
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(response.content), len(queries)


def add(sections, counts, start):
    testimonies, legal, reports, _glossary = sections
    for i in range(start, start + counts["testimonies"]):
        factories.testimony(testimonies, f"Témoignage {i:03}")
    for i in range(start, start + counts["legal texts"]):
        factories.legal_text(legal, f"Loi {i:03}", date=datetime.date(1950 + i, 1, 1))
    for i in range(start, start + counts["reports"]):
        factories.meeting_report(reports, f"Compte rendu {i:03}")
    factories.glossary_terms(counts["terms"], prefix=f"terme {start:03}")


def test_listings_do_not_grow_with_ten_times_the_content(member_client, home_fr):
    sections = (
        factories.add_child(home_fr, TestimonyIndexPage(title="Témoignages", slug="temoignages")),
        factories.add_child(home_fr, LegalFrameworkIndexPage(title="Cadre juridique", slug="cadre-juridique")),
        factories.add_child(home_fr, MeetingReportIndexPage(title="Comptes rendus", slug="comptes-rendus")),
        factories.add_child(home_fr, GlossaryPage(title="Glossaire", slug="glossaire")),
    )
    full_page = {
        "testimonies": TestimonyIndexPage.testimonies_per_page,
        "legal texts": LegalFrameworkIndexPage.legal_texts_per_page,
        "reports": MeetingReportIndexPage.reports_per_page,
        "terms": GlossaryPage.terms_per_page,
    }
    add(sections, full_page, 0)
    pages = [home_fr, *sections]
    before = {page.title: measure(member_client, page.url) for page in pages}
    more = {name: 10 * count - full_page[name] for name, count in DEMO.items()}
    add(sections, {name: max(count, 0) for name, count in more.items()}, 100)
    after = {page.title: measure(member_client, page.url) for page in pages}
    for title, (size, queries) in after.items():
        assert queries == before[title][1], title
        assert size <= before[title][0] + 400, (title, before[title][0], size)  # a pagination line at most
