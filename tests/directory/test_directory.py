"""The directory of actors: partnerships as data, the filtered index and an organisation's page."""

import csv
import io

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Collection

from cases.models import TestimonyIndexPage
from directory.models import DirectoryIndexPage
from events.models import EventIndexPage, MeetingReportIndexPage
from network_site.access.policy import apply_policy, set_restriction
from network_site.access.rules import MEMBERS_ONLY
from network_site.taxonomy.models import Organisation, Partnership, PartnershipDocument, Person, Theme
from tests import factories
from tests.test_page_types import MAX_QUERIES

# A page type's budget plus what an organisation's page adds: the organisation (1), its partnerships with
# their partners, themes and agreement documents (4, and 1 for the collections' restrictions), its people
# (1, and 1 for the groups of the rule), and the count and first rows of its testimonies, events and
# reports (6); 44 measured.
ORGANISATION_PAGE_QUERIES = MAX_QUERIES + 14


def organisation(name, kind="local_authority", country="FR", town="", departement=""):
    return Organisation.objects.create(name=name, kind=kind, country=country, town=town, departement=departement)


@pytest.fixture
def directory(home_fr):
    return factories.add_child(home_fr, DirectoryIndexPage(title="Annuaire", slug="annuaire"))


@pytest.mark.django_db
def test_a_partnership_ending_before_it_begins_is_a_form_error():
    partnership = Partnership(
        name="Caen – Koutiala", french_actor=organisation("Ville de Caen"), since=1990, until=1985, status="ended"
    )
    with pytest.raises(ValidationError) as error:
        partnership.full_clean()
    assert list(error.value.message_dict) == ["until"]
    partnership.until = 1990
    partnership.full_clean()  # the same year is fine


def partnership_form(actor, partner, until="") -> dict:
    """The admin's partnership form posted with one partner abroad, no theme, no document."""
    return {
        "name": "Caen – Koutiala",
        "french_actor": actor.pk,
        "since": "1990",
        "until": until,
        "status": "active",
        "organised": "",
        "partners-TOTAL_FORMS": "1",
        "partners-INITIAL_FORMS": "0",
        "partners-MIN_NUM_FORMS": "0",
        "partners-MAX_NUM_FORMS": "1000",
        "partners-0-organisation": partner.pk,
        "partners-0-ORDER": "1",
        "partners-0-DELETE": "",
        "partners-0-id": "",
        "themes-TOTAL_FORMS": "0",
        "themes-INITIAL_FORMS": "0",
        "themes-MIN_NUM_FORMS": "0",
        "themes-MAX_NUM_FORMS": "1000",
        "documents-TOTAL_FORMS": "0",
        "documents-INITIAL_FORMS": "0",
        "documents-MIN_NUM_FORMS": "0",
        "documents-MAX_NUM_FORMS": "1000",
    }


@pytest.mark.django_db
def test_the_admin_form_refuses_an_end_before_the_start(client, home_fr):
    admin = get_user_model().objects.create_superuser("admin-dir", "a@example.org", "admin-password-2026")
    client.force_login(admin)
    actor, partner = organisation("Ville de Caen"), organisation("Koutiala", "partner_authority", "ML")
    data = partnership_form(actor, partner, until="1980")
    response = client.post("/admin/snippets/taxonomy/partnership/add/", data)
    assert response.status_code == 200
    assert "cannot end before it begins" in response.content.decode() or "avant" in response.content.decode()
    assert not Partnership.objects.exists()
    data["until"] = "2000"
    charter = factories.document(title="Charte de jumelage")  # a document of the site's model
    data.update(
        {
            "documents-TOTAL_FORMS": "1",
            "documents-0-document": charter.pk,
            "documents-0-ORDER": "1",
            "documents-0-DELETE": "",
            "documents-0-id": "",
        }
    )
    assert client.post("/admin/snippets/taxonomy/partnership/add/", data).status_code == 302
    saved = Partnership.objects.get()
    assert saved.partners.get().organisation == partner
    assert saved.documents.get().document == charter


@pytest.mark.django_db
@pytest.mark.parametrize(
    "case", ["actor abroad", "partner in France", "actor its own partner", "other language", "actor of other language"]
)
def test_the_admin_form_refuses_ends_on_the_wrong_side(client, home_fr, en, case):
    admin = get_user_model().objects.create_superuser("admin-dir", "a@example.org", "admin-password-2026")
    client.force_login(admin)
    actor, partner = organisation("Ville de Caen"), organisation("Koutiala", "partner_authority", "ML")
    if case == "actor abroad":
        actor, partner = organisation("Cercle de Kita", "partner_authority", "ML"), actor
        partner.country = "SN"
        partner.save()
    elif case == "partner in France":
        partner = organisation("Ville de Bayeux")
    elif case == "actor its own partner":
        partner = actor
    elif case == "other language":
        partner = Organisation.objects.create(name="Koutiala", kind="partner_authority", country="ML", locale=en)
    else:
        actor = Organisation.objects.create(name="City of Caen", kind="local_authority", country="FR", locale=en)
    response = client.post("/admin/snippets/taxonomy/partnership/add/?locale=fr", partnership_form(actor, partner))
    assert response.status_code == 200, case
    assert not Partnership.objects.exists()
    expected = {
        "actor abroad": "L’acteur français est une organisation en France.",
        "partner in France": "Un partenaire à l’étranger est une organisation hors de France.",
        "actor its own partner": "Un partenaire à l’étranger est une organisation hors de France.",  # so never
        "other language": "Choisissez l’organisation dans la langue du partenariat.",
        "actor of other language": "Choisissez l’organisation dans la langue du partenariat.",
    }[case]
    assert expected in response.content.decode(), case


def organisation_form(**fields):
    """The POST data of the organisation admin form (a French local authority unless ``fields`` say otherwise)."""
    data = {
        "name": "Ville de Caen",
        "kind": "local_authority",
        "country": "FR",
        "town": "Caen",
        "departement": "",
        "latitude": "",
        "longitude": "",
        "website": "",
    }
    data.update(fields)
    return data


@pytest.mark.django_db
def test_the_organisation_admin_form_refuses_a_departement_abroad_and_half_coordinates(client, home_fr):
    admin = get_user_model().objects.create_superuser("admin-org", "o@example.org", "admin-password-2026")
    client.force_login(admin)
    url = "/admin/snippets/taxonomy/organisation/add/"
    bad = {
        "departement": organisation_form(name="Koutiala", kind="partner_authority", country="ML", departement="61"),
        "longitude": organisation_form(latitude="49.18", longitude=""),
        "latitude": organisation_form(latitude="", longitude="-0.37"),
    }
    for field, data in bad.items():
        response = client.post(url, data)
        assert response.status_code == 200, field
        assert list(response.context["form"].errors) == [field]
        assert not Organisation.objects.exists()
    good = organisation_form(departement="14", latitude="49.18333", longitude="-0.36667")
    assert client.post(url, good).status_code == 302
    saved = Organisation.objects.get()
    assert (saved.departement, str(saved.latitude), str(saved.longitude)) == ("14", "49.18333", "-0.36667")
    assert saved.get_departement_display() == "14 - Calvados"  # django-localflavor's label


@pytest.mark.django_db
def test_filters_and_their_counts(member_client, directory):
    water, school = Theme.objects.create(name="Eau"), Theme.objects.create(name="Éducation")
    caen, alencon = organisation("Ville de Caen"), organisation("Ville d'Alençon")
    koutiala = organisation("Koutiala", "partner_authority", "ML")
    kaya = organisation("Kaya", "partner_authority", "BF")
    organisation("Comité sans partenariat", "twinning_committee")
    factories.partnership(caen, [koutiala], themes=[water])
    factories.partnership(alencon, [kaya], status="dormant", themes=[school])

    context = member_client.get(directory.url).context
    assert context["organisation_page"].paginator.count == 5
    counts = {facet["field"].name: {o["value"]: o["count"] for o in facet["options"]} for facet in context["facets"]}
    assert counts["kind"]["local_authority"] == 2 and counts["kind"]["partner_authority"] == 2
    assert counts["country"] == {"BF": 1, "FR": 3, "ML": 1}
    assert counts["theme"] == {water.pk: 2, school.pk: 2}
    assert counts["status"] == {"active": 2, "dormant": 2, "ended": 0}

    response = member_client.get(directory.url, {"country": "ML"})
    assert [o.name for o in response.context["organisation_page"]] == ["Koutiala"]
    response = member_client.get(directory.url, {"theme": water.pk, "kind": "local_authority"})
    assert [o.name for o in response.context["organisation_page"]] == ["Ville de Caen"]
    counts = {f["field"].name: {o["value"]: o["count"] for o in f["options"]} for f in response.context["facets"]}
    assert counts["kind"]["partner_authority"] == 1  # a facet counts under the other filters, not its own
    assert counts["theme"] == {water.pk: 1, school.pk: 1}


@pytest.mark.django_db
def test_the_list_and_its_export_are_in_folded_name_order(member_client, directory):
    for name in ("City of Nantes", "CITIM", "Cités Unies France", "Caen Calvados Roumanie", "école de Kita"):
        organisation(name)
    response = member_client.get(directory.url)
    expected = ["Caen Calvados Roumanie", "Cités Unies France", "CITIM", "City of Nantes", "école de Kita"]
    assert [o.name for o in response.context["organisation_page"].object_list] == expected
    exported = export_rows(member_client.get(directory.url + directory.reverse_subpage("export")))
    assert [row["Nom"] for row in exported] == expected


@pytest.mark.django_db
def test_a_filter_value_not_offered_is_a_form_error_not_a_500(member_client, directory):
    organisation("Ville de Caen")
    response = member_client.get(directory.url, {"kind": "castle", "theme": "abc", "country": "ZZ", "page": "x"})
    assert response.status_code == 200
    assert set(response.context["form"].errors) == {"kind", "theme", "country"}
    assert response.context["organisation_page"].paginator.count == 1


@pytest.mark.django_db
def test_the_departement_filter_offers_the_departements_present_with_their_counts(member_client, directory):
    caen = organisation("Ville de Caen", departement="14")
    organisation("Comité de jumelage de Bayeux", "twinning_committee", departement="14")
    organisation("Ville d'Alençon", departement="61")
    organisation("Ville sans département")
    koutiala = organisation("Koutiala", "partner_authority", "ML")
    factories.partnership(caen, [koutiala])

    response = member_client.get(directory.url)
    facet = next(f for f in response.context["facets"] if f["field"].name == "departement")
    assert [(o["value"], o["label"], o["count"]) for o in facet["options"]] == [
        ("14", "14 - Calvados", 2),
        ("61", "61 - Orne", 1),
    ]
    assert '<option value="61">61 - Orne (1)</option>' in response.content.decode()

    response = member_client.get(directory.url, {"departement": "14"})
    assert [o.name for o in response.context["organisation_page"]] == ["Comité de jumelage de Bayeux", "Ville de Caen"]
    counts = {f["field"].name: {o["value"]: o["count"] for o in f["options"]} for f in response.context["facets"]}
    assert counts["kind"]["twinning_committee"] == 1 and counts["kind"]["partner_authority"] == 0
    assert counts["departement"] == {"14": 2, "61": 1}  # under the other filters, not its own
    assert counts["status"]["active"] == 1
    response = member_client.get(directory.url, {"departement": "14", "status": "active"})
    assert [o.name for o in response.context["organisation_page"]] == ["Ville de Caen"]


@pytest.mark.django_db
def test_a_departement_not_present_is_a_form_error(member_client, directory):
    organisation("Ville d'Alençon", departement="61")
    for value in ("14", "999", "<b>"):  # a real département no organisation has, and nonsense
        response = member_client.get(directory.url, {"departement": value})
        assert response.status_code == 200
        assert list(response.context["form"].errors) == ["departement"]
        assert response.context["organisation_page"].paginator.count == 1


@pytest.mark.django_db
def test_the_text_filter_finds_words_of_the_name_or_town_whatever_their_accents(member_client, directory):
    organisation("Ville d'Alençon", town="Alençon", departement="61")
    organisation("Comité de jumelage d'Alençon", "twinning_committee", town="Alençon", departement="61")
    organisation("Ville de Caen", town="Caen", departement="14")
    organisation("Cercle de l'Orne", "association", town="ALENCON")

    def names(**query):
        return [o.name for o in member_client.get(directory.url, query).context["organisation_page"]]

    assert names(q="alencon") == ["Cercle de l'Orne", "Comité de jumelage d'Alençon", "Ville d'Alençon"]
    assert names(q="  ALEN  comité ") == ["Comité de jumelage d'Alençon"]  # every word, each a word's start
    assert names(q="lencon") == [] and names(q="caen") == ["Ville de Caen"]
    assert names(q="alençon", kind="local_authority") == ["Ville d'Alençon"]
    response = member_client.get(directory.url, {"q": "Alençon"})
    counts = {f["field"].name: {o["value"]: o["count"] for o in f["options"]} for f in response.context["facets"]}
    assert counts["departement"] == {"14": 0, "61": 2}  # the counts are under the text filter too
    html = response.content.decode()
    assert 'value="Alençon"' in html  # the text stays in its field
    assert f'href="{directory.url}{directory.reverse_subpage("export")}?q=Alen%C3%A7on"' in html  # and the export

    response = member_client.get(directory.url, {"q": "x" * 101})
    assert response.status_code == 200 and list(response.context["form"].errors) == ["q"]
    assert response.context["organisation_page"].paginator.count == 4


def export_rows(response) -> list[dict]:
    """The rows of a CSV export, checked to be a UTF-8 CSV attachment."""
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    content = response.content.decode("utf-8")
    assert not content.startswith("\ufeff")  # plain UTF-8, no BOM
    return list(csv.DictReader(io.StringIO(content)))


@pytest.mark.django_db
def test_the_csv_export_lists_the_filtered_directory(member_client, directory):
    caen = organisation("Ville de Caen", town="Caen", departement="14")
    caen.website = "https://caen.fr"
    caen.save()
    alencon = organisation("Ville d'Alençon", town="Alençon", departement="61")
    koutiala = organisation("Koutiala", "partner_authority", "ML", town="Koutiala")
    kaya = organisation('=HYPERLINK("http://example.org")', "partner_authority", "BF")
    factories.partnership(caen, [koutiala])
    factories.partnership(alencon, [koutiala, kaya], status="dormant")

    index = member_client.get(directory.url, {"status": "dormant"})
    export_url = directory.url + directory.reverse_subpage("export")
    assert f'href="{export_url}?status=dormant"' in index.content.decode()  # the link keeps the filters

    response = member_client.get(export_url)
    assert response["Content-Disposition"] == 'attachment; filename="annuaire-des-acteurs.csv"'
    rows = export_rows(response)
    assert list(rows[0]) == ["Nom", "Type", "Ville", "Département", "Pays", "Site web", "Partenariats", "Page"]
    assert [row["Nom"] for row in rows] == [
        '\'=HYPERLINK("http://example.org")',
        "Koutiala",
        "Ville d'Alençon",
        "Ville de Caen",
    ]
    caen_row = rows[3]
    assert caen_row == {
        "Nom": "Ville de Caen",
        "Type": "Collectivité territoriale",
        "Ville": "Caen",
        "Département": "14 - Calvados",
        "Pays": "France",
        "Site web": "https://caen.fr",
        "Partenariats": "1",
        "Page": "http://testserver" + directory.organisation_url(caen),
    }
    assert rows[1]["Partenariats"] == "2" and rows[1]["Pays"] == "Mali" and rows[1]["Département"] == ""

    rows = export_rows(member_client.get(export_url, {"status": "dormant", "country": "FR"}))
    assert [row["Nom"] for row in rows] == ["Ville d'Alençon"]
    rows = export_rows(member_client.get(export_url, {"departement": "14", "kind": "castle"}))  # a bad value: no filter
    assert [row["Nom"] for row in rows] == ["Ville de Caen"]
    rows = export_rows(member_client.get(export_url, {"q": "alencon"}))
    assert [row["Nom"] for row in rows] == ["Ville d'Alençon"]


@pytest.mark.django_db
def test_the_csv_export_is_in_the_page_language(member_client, directory, en):
    caen = organisation("Ville de Caen", departement="14")
    english = directory.copy_for_translation(en)
    english.save_revision().publish()
    caen.copy_for_translation(en).save()
    response = member_client.get(english.url + english.reverse_subpage("export"))
    assert response["Content-Disposition"] == 'attachment; filename="directory-of-actors.csv"'
    rows = export_rows(response)
    assert rows == [
        {
            "Name": "Ville de Caen",
            "Kind": "Local authority",
            "Town": "",
            "Department": "14 - Calvados",
            "Country": "France",
            "Website": "",
            "Partnerships": "0",
            "Page": "http://testserver" + english.organisation_url(Organisation.objects.get(locale=en)),
        }
    ]


@pytest.mark.django_db
def test_the_csv_export_refuses_an_anonymous_visitor_like_the_index(client, directory):
    apply_policy()  # the directory's section rule: a login
    organisation("Ville de Caen")
    export_url = directory.url + directory.reverse_subpage("export")
    index, export = client.get(directory.url), client.get(export_url)
    assert index.status_code == export.status_code == 302
    assert export["Location"].split("?")[0] == index["Location"].split("?")[0]
    assert "Ville de Caen" not in export.content.decode()


@pytest.mark.django_db
def test_the_csv_export_costs_the_same_queries_for_1_and_10_times_the_organisations(member_client, directory):
    export_url = directory.url + directory.reverse_subpage("export")

    def add(first, count):
        for i in range(first, first + count):
            actor = organisation(f"Ville {i}", departement="61")
            factories.partnership(actor, [organisation(f"Partenaire {i}", "partner_authority", "ML")])

    def queries():
        member_client.get(export_url)
        with CaptureQueriesContext(connection) as captured:
            rows = export_rows(member_client.get(export_url))
        return len(rows), len(captured)

    add(0, 1)
    rows, one = queries()
    add(1, 9)
    assert queries() == (20, one)
    assert rows == 2 and one <= MAX_QUERIES


def sections(home):
    """The testimony, agenda and report sections under ``home``, with the access policy applied."""
    made = (
        factories.add_child(home, TestimonyIndexPage(title="Témoignages", slug="temoignages")),
        factories.add_child(home, EventIndexPage(title="Agenda", slug="agenda")),
        factories.add_child(home, MeetingReportIndexPage(title="Comptes rendus", slug="comptes-rendus")),
    )
    apply_policy()  # the sections' rules: the report archive is members only
    return made


def name_in(alencon, where, first, count):
    """``count`` partnerships, testimonies, events and reports naming ``alencon`` (numbered from ``first``)."""
    testimonies, agenda, reports = where
    for i in range(first, first + count):
        partner = organisation(f"Partenaire {i}", "partner_authority", "ML", town=f"Ville {i}")
        partnership = factories.partnership(
            alencon, [partner], since=1970 + i, themes=[Theme.objects.create(name=f"Thème {i}")]
        )
        agreement(partnership, f"Convention {i}")
        Person.objects.create(name=f"Personne {i}", role=f"Rôle {i}", organisation=alencon)
        testimony = factories.testimony(testimonies, title=f"Témoignage {i}")
        testimony.partners.add(testimony.partners.model(organisation=alencon))
        testimony.save_revision().publish()
        event = factories.event(agenda, title=f"Rencontre {i}")
        event.attendees.add(event.attendees.model(organisation=alencon))
        event.save_revision().publish()
        report = factories.meeting_report(reports, title=f"Compte rendu {i}")
        report.attendees.add(report.attendees.model(organisation=alencon))
        report.save_revision().publish()


def agreement(partnership, title, collection=None):
    """An agreement document of ``partnership`` (a real text file), in ``collection`` (default: the root)."""
    document = factories.document(title=title, collection=collection, text="Convention de jumelage.")
    return PartnershipDocument.objects.create(partnership=partnership, document=document, locale=partnership.locale)


def build_profile(home, n):
    """An organisation named by ``n`` partnerships, testimonies, events and reports (and a report that does
    not name it); returns it and the sections."""
    alencon = organisation("Ville d'Alençon", town="Alençon")
    where = sections(home)
    name_in(alencon, where, 0, n)
    factories.meeting_report(where[2], title="Sans Alençon")
    return alencon, where


@pytest.mark.django_db
def test_an_organisation_page_lists_what_names_it_with_counts(member_client, home_fr, directory):
    alencon, _where = build_profile(home_fr, 2)
    url = directory.organisation_url(alencon)
    response = member_client.get(url)
    assert response.status_code == 200
    context = response.context
    assert [p.since for p in context["partnerships"]] == [1970, 1971]
    assert context["testimonies"][0] == 2 and context["events"][0] == 2 and context["reports"][0] == 2
    html = response.content.decode()
    for text in ("2 partenariats", "2 témoignages", "2 événements", "2 comptes rendus", "Partenaire 1", "Alençon"):
        assert text in html, text


@pytest.mark.django_db
def test_a_partner_account_sees_no_meeting_report(client, accounts, home_fr, directory):
    alencon, _where = build_profile(home_fr, 1)
    client.force_login(accounts["partner"])
    context = client.get(directory.organisation_url(alencon)).context
    assert context["reports"] == (0, [])
    assert context["testimonies"][0] == 1 and context["events"][0] == 1
    client.force_login(accounts["member"])
    assert client.get(directory.organisation_url(alencon)).context["reports"][0] == 1


@pytest.mark.django_db
def test_members_see_the_people_and_the_agreement_documents_partners_no_people(client, accounts, home_fr, directory):
    alencon = organisation("Ville d'Alençon", town="Alençon")
    Person.objects.create(name="Claire Fontanel", role="Chargée des relations internationales", organisation=alencon)
    Person.objects.create(name="Bruno Lemarchal", organisation=alencon)
    Person.objects.create(name="Sans organisation")
    partnership = factories.partnership(alencon, [organisation("Koutiala", "partner_authority", "ML")])
    document = agreement(partnership, "Charte de jumelage 1970").document
    url = directory.organisation_url(alencon)

    client.force_login(accounts["member"])
    response = client.get(url)
    assert [p.name for p in response.context["people"]] == ["Bruno Lemarchal", "Claire Fontanel"]
    html = response.content.decode()
    for text in ("2 personnes", "Claire Fontanel", "Chargée des relations internationales", "Charte de jumelage 1970"):
        assert text in html, text
    assert f'href="{document.url}"' in html and "(TXT, 23" in html  # its type and size (23 bytes)
    assert client.get(document.url).status_code == 200  # the listed link is one the member may fetch

    client.force_login(accounts["partner"])
    response = client.get(url)
    assert response.context["people"] is None
    html = response.content.decode()
    assert "Claire Fontanel" not in html and "Bruno Lemarchal" not in html and 'id="people"' not in html
    assert "Charte de jumelage 1970" in html and client.get(document.url).status_code == 200


@pytest.mark.django_db
def test_an_agreement_document_in_a_restricted_collection_is_listed_only_to_who_may_fetch_it(
    client, accounts, home_fr, directory
):
    alencon = organisation("Ville d'Alençon", town="Alençon")
    partnership = factories.partnership(alencon, [organisation("Koutiala", "partner_authority", "ML")])
    restricted = Collection.get_first_root_node().add_child(name="Conventions internes")
    set_restriction(restricted, MEMBERS_ONLY)
    agreement(partnership, "Charte publique")
    internal = agreement(partnership, "Avenant interne", collection=restricted).document
    url = directory.organisation_url(alencon)

    client.force_login(accounts["partner"])
    listed = client.get(url).context["partnerships"][0].agreement_documents
    assert [link.document.title for link in listed] == ["Charte publique"]
    assert client.get(internal.url).status_code == 403
    client.force_login(accounts["member"])
    listed = client.get(url).context["partnerships"][0].agreement_documents
    assert sorted(link.document.title for link in listed) == ["Avenant interne", "Charte publique"]
    assert client.get(internal.url).status_code == 200


@pytest.mark.django_db
def test_mentions_link_to_the_organisation_page(member_client, home_fr, directory):
    testimonies = factories.add_child(home_fr, TestimonyIndexPage(title="Témoignages", slug="temoignages"))
    testimony = factories.testimony(testimonies)
    html = member_client.get(testimony.url).content.decode()
    assert f'href="{directory.organisation_url(testimony.french_authority)}"' in html
    partner = testimony.partners.get().organisation
    assert f'href="{directory.organisation_url(partner)}"' in html


@pytest.mark.django_db
def test_an_organisation_page_costs_the_same_queries_for_1_and_10_times_the_content(member_client, home_fr, directory):
    alencon, where = build_profile(home_fr, 1)
    url = directory.organisation_url(alencon)

    def queries():
        member_client.get(url)
        with CaptureQueriesContext(connection) as captured:
            assert member_client.get(url).status_code == 200
        return len(captured)

    one = queries()
    name_in(alencon, where, 1, 9)
    context = member_client.get(url).context
    assert context["testimonies"][0] == 10 and len(context["people"]) == 10
    assert sum(len(p.agreement_documents) for p in context["partnerships"]) == 10
    assert queries() == one
    assert one <= ORGANISATION_PAGE_QUERIES


@pytest.mark.django_db
def test_an_unknown_organisation_is_404(member_client, directory):
    assert member_client.get(directory.url + "999999/").status_code == 404
