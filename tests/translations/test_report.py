"""The translation status report in the admin: per page and snippet, per language; filters; CSV export."""

import csv
import io

import pytest
from django.core.management import call_command
from django.urls import reverse
from wagtail_localize.models import Translation, TranslationSource

from network_site.taxonomy.models import Organisation, Theme
from network_site.translations.report import INCOMPLETE, MISSING, OUTDATED, UP_TO_DATE, status_rows
from network_site.translations.translate import translate
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def site(home_fr, testimonies, en):
    """Pages and snippets in every state."""
    translate(home_fr, en, {"Accueil": "Home", "accueil": "home"})
    translate(
        testimonies,
        en,
        {"Témoignages": "Testimonies", "temoignages": "testimonies", "Des expériences.": "Experiences."},
    )
    theme = Theme.objects.create(name="Santé", description="Centres de santé.")
    translate(theme, en, {"Santé": "Health", "Centres de santé.": "Health centres."})
    outdated_theme = Theme.objects.create(name="Culture", description="Musique.")
    translate(outdated_theme, en, {"Culture": "Culture", "Musique.": "Music."})
    outdated_theme.description = "Musique et arts."
    outdated_theme.save()
    Organisation.objects.create(name="Ville de Caen", kind="local_authority", country="FR")  # never translated

    legal = factories.add_child(home_fr, factories.LegalFrameworkIndexPage(title="Cadre juridique", slug="cadre"))
    law = factories.legal_text(legal, short_name="Loi Thiollière")
    translate(legal, en, {"Cadre juridique": "Legal framework", "cadre": "legal"})
    call_command("sync_locale_trees")  # aliases of what is not translated
    return {"theme": theme, "outdated_theme": outdated_theme, "law": law, "legal": legal}


def rows_by_title():
    return {row.title: row for row in status_rows()}


def test_status_of_pages_and_snippets(site, en):
    rows = rows_by_title()
    assert rows["Accueil"].languages["en"].state == UP_TO_DATE
    assert rows["Témoignages"].languages["en"].state == UP_TO_DATE
    assert rows["Cadre juridique"].languages["en"].state == UP_TO_DATE
    law = rows["Loi Thiollière"].languages["en"]
    assert (law.state, law.alias) == (MISSING, True)  # readers see the French text under /en/
    assert "submit/page" in law.url and law.url.endswith("?select_locale=en")

    assert rows["Santé"].kind == "snippet" and rows["Santé"].languages["en"].state == UP_TO_DATE
    assert rows["Culture"].languages["en"].state == OUTDATED  # changed since it was translated
    assert rows["Ville de Caen"].languages["en"].state == MISSING
    assert all(set(row.languages) == {"en"} and row.source_language == "fr" for row in rows.values())
    assert "Home" not in rows and "Health" not in rows  # translations are not rows of their own


def test_an_edited_page_is_out_of_date_then_incomplete_once_synced(site, testimonies, en, on_commit):
    testimonies.intro = "Des expériences de coopération."
    testimonies.save_revision().publish()
    assert rows_by_title()["Témoignages"].languages["en"].state == OUTDATED

    source = TranslationSource.objects.get_for_instance(testimonies)  # what "Sync translated pages" does
    source.update_from_db()
    with on_commit():
        Translation.objects.get(source=source, target_locale=en).save_target(publish=True)
    cell = rows_by_title()["Témoignages"].languages["en"]
    assert (cell.state, cell.incomplete, cell.progress) == (INCOMPLETE, True, (3, 2))


def test_the_report_page_filters_and_exports_csv(site, admin_client):
    url = reverse("translations:status_report")
    response = admin_client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    for title in ("Loi Thiollière", "Santé", "Culture", "Ville de Caen"):
        assert title in html

    response = admin_client.get(url, {"status": "missing", "language": "en"})
    titles = {row.title for row in response.context["object_list"]}
    assert titles == {"Loi Thiollière", "Ville de Caen"}
    response = admin_client.get(url, {"status": "needs_work", "type": "snippet"})
    assert {row.title for row in response.context["object_list"]} == {"Culture", "Ville de Caen"}
    response = admin_client.get(url, {"type": "taxonomy.theme", "title": "sant"})
    assert [row.title for row in response.context["object_list"]] == ["Santé"]

    # The staff's admin is in French (their preferred language, else LANGUAGE_CODE).
    response = admin_client.get(url, {"export": "csv"})
    assert response.status_code == 200 and response["Content-Type"] == "text/csv"
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    by_title = {row["Titre"]: row for row in rows}
    assert by_title["Culture"]["Anglais"] == "Périmée (2/2)"
    assert by_title["Ville de Caen"]["Anglais"] == "Manquante"
    assert by_title["Loi Thiollière"]["Anglais"] == "Manquante (original affiché)"
    assert by_title["Loi Thiollière"]["Page ou fragment"] == "page"
    assert by_title["Santé"]["Langue d'origine"] == "fr"

    response = admin_client.get(url, {"export": "csv", "status": "up_to_date"})
    exported = {row["Titre"] for row in csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode()))}
    assert "Santé" in exported and "Culture" not in exported


def test_the_report_is_in_the_reports_menu_and_needs_the_admin(site, admin_client, client):
    assert reverse("translations:status_report") in admin_client.get(reverse("wagtailadmin_home")).content.decode()
    assert client.get(reverse("translations:status_report")).status_code == 302  # to the admin login
