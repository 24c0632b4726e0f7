"""An imported report is linked to the partnerships whose two ends it names (issue 15, point 1).

``relink.named_partnerships``: the French actor and one partner abroad, each by its organisation's name or
town, as whole words of the folded text; at import, and again by ``relink_reports`` for partnerships made
after the report. The report below is written for this test.
"""

import io

import pytest
from django.core.management import call_command

from events.importer import import_report
from events.models import MeetingReportPage
from network_site.taxonomy.models import Organisation
from tests.factories import partnership

pytestmark = pytest.mark.django_db

REPORT = (
    "# Réunion du groupe Sahel\n\n"
    "Le comité de jumelage d'Alencon a rendu compte de la mission à Koutiala : le forage est achevé.\n\n"
    "Une délégation de Bamako viendra en mai.\n\n"
    "## Décisions\n\n"
    "- Le groupe soutient le projet de maraîchage.\n"
)


def organisation(name, town, country, kind="local_authority"):
    return Organisation.objects.create(name=name, town=town, country=country, kind=kind)


@pytest.fixture
def partnerships(home_fr):
    alencon = organisation("Ville d'Alençon", "Alençon", "FR")
    angers = organisation("Ville d'Angers", "Angers", "FR")
    koutiala = organisation("Cercle de Koutiala", "Koutiala", "ML", kind="partner_authority")
    bamako = organisation("District de Bamako", "Bamako", "ML", kind="partner_authority")
    kaya = organisation("Commune de Kaya", "Kaya", "BF", kind="partner_authority")
    return {
        "Alençon – Koutiala": partnership(alencon, [koutiala], name="Alençon – Koutiala"),
        "Angers – Bamako": partnership(angers, [bamako], name="Angers – Bamako"),  # Angers is not named
        "Alençon – Kaya": partnership(alencon, [kaya], name="Alençon – Kaya"),  # Kaya is not named
    }


def linked(page) -> list[str]:
    return [row.partnership.name for row in MeetingReportPage.objects.get(pk=page.pk).partnerships.all()]


def test_a_report_is_linked_to_the_partnerships_it_names_both_ends_of(home_fr, partnerships, tmp_path):
    path = tmp_path / "groupe-sahel.md"
    path.write_text(REPORT)
    page = import_report(path, publish=True).page
    assert linked(page) == ["Alençon – Koutiala"]  # "Alencon" unaccented, the town; Bamako alone is not enough
    assert import_report(path, publish=True).status == "unchanged"
    assert linked(page) == ["Alençon – Koutiala"] and page.revisions.count() == 1


def test_a_word_inside_another_word_names_nothing(home_fr, partnerships, tmp_path):
    path = tmp_path / "kayak.md"
    path.write_text("# Sortie du club\n\nAlençon et Kayes : une sortie en kayak.\n")
    assert linked(import_report(path, publish=True).page) == []


def test_relink_reports_links_a_partnership_made_after_the_report(home_fr, tmp_path):
    path = tmp_path / "groupe-sahel.md"
    path.write_text(REPORT)
    page = import_report(path, publish=True).page
    assert linked(page) == []

    partnership(
        organisation("Ville d'Alençon", "Alençon", "FR"),
        [organisation("Cercle de Koutiala", "Koutiala", "ML", kind="partner_authority")],
        name="Alençon – Koutiala",
    )
    out = io.StringIO()
    call_command("relink_reports", stdout=out)
    assert "1 report(s) relinked." in out.getvalue()
    assert linked(page) == ["Alençon – Koutiala"]
    page.refresh_from_db()
    assert page.live and not page.has_unpublished_changes
