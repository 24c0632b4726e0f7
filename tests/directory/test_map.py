"""The directory's map: its GeoJSON (RFC 7946) of organisations and partnerships, and the map page."""

import json
import os
import subprocess
import sys
from decimal import Decimal

import pytest
from django.conf import settings as django_settings
from django.db import connection
from django.test.utils import CaptureQueriesContext

from directory.models import DirectoryIndexPage
from network_site.access.policy import apply_policy
from network_site.taxonomy.models import Organisation, Theme
from tests import factories

pytestmark = pytest.mark.django_db

# Coordinates of the towns (GeoNames), as (latitude, longitude).
ALENCON, CAEN, KOUTIALA, KAYA = (48.43476, 0.09311), (49.18585, -0.35912), (12.38723, -5.46507), (13.0883, -1.08368)
GEOMETRIES = {"Point": 1, "LineString": 2}  # type -> nesting depth of its positions


def organisation(name, kind="local_authority", country="FR", town="", at=None):
    latitude, longitude = (Decimal(str(at[0])), Decimal(str(at[1]))) if at else (None, None)
    return Organisation.objects.create(
        name=name, kind=kind, country=country, town=town, latitude=latitude, longitude=longitude
    )


def check_rfc7946(collection: dict) -> list[dict]:
    """Fail unless ``collection`` is an RFC 7946 FeatureCollection of Points and LineStrings with
    [longitude, latitude] positions in range; returns its features."""
    assert collection["type"] == "FeatureCollection" and isinstance(collection["features"], list)
    for feature in collection["features"]:
        assert feature["type"] == "Feature" and isinstance(feature["properties"], dict)
        geometry = feature["geometry"]
        depth = GEOMETRIES[geometry["type"]]
        positions = [geometry["coordinates"]] if depth == 1 else geometry["coordinates"]
        assert depth == 1 or len(positions) >= 2  # a LineString has two positions or more (3.1.4)
        for longitude, latitude in positions:  # exactly two numbers each (3.1.1), longitude first
            assert isinstance(longitude, float) and isinstance(latitude, float)
            assert -180 <= longitude <= 180 and -90 <= latitude <= 90
    return collection["features"]


@pytest.fixture
def directory(home_fr):
    page = factories.add_child(home_fr, DirectoryIndexPage(title="Annuaire", slug="annuaire"))
    apply_policy()  # the section's rule (login), as on the site
    return page


def geojson_url(directory):
    return directory.url + directory.reverse_subpage("geojson")


def build(n=1):
    """A French actor in Alençon with ``n`` partnerships to Koutiala-like towns, one to Kaya (dormant), and
    organisations without coordinates (a French one with a partnership, a partner abroad)."""
    water = Theme.objects.create(name="Eau")
    alencon = organisation("Ville d'Alençon", town="Alençon", at=ALENCON)
    caen = organisation("Ville de Caen", town="Caen")  # no coordinates: its lines are not drawn
    for i in range(n):
        partner = organisation(f"Ville de Koutiala {i}", "partner_authority", "ML", "Koutiala", at=KOUTIALA)
        factories.partnership(alencon, [partner], since=1970 + i, themes=[water], name=f"Alençon – Koutiala {i}")
    kaya = organisation("Commune de Kaya", "partner_authority", "BF", "Kaya", at=KAYA)
    nowhere = organisation("Commune d'Agnam", "partner_authority", "SN", "Agnam")
    factories.partnership(alencon, [kaya, nowhere], since=1976, until=2001, status="dormant", name="Alençon – Kaya")
    factories.partnership(caen, [kaya], since=1990, name="Caen – Kaya")
    return alencon, kaya


def test_points_and_lines_in_longitude_latitude_order(member_client, directory):
    alencon, kaya = build()
    response = member_client.get(geojson_url(directory))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/geo+json"
    features = check_rfc7946(json.loads(response.content))

    points = {f["properties"]["name"]: f for f in features if f["geometry"]["type"] == "Point"}
    assert set(points) == {"Ville d'Alençon", "Ville de Koutiala 0", "Commune de Kaya"}  # the unplaced are left out
    assert points["Ville d'Alençon"]["geometry"]["coordinates"] == [ALENCON[1], ALENCON[0]]
    assert points["Commune de Kaya"]["properties"] == {
        "kind": "organisation",
        "id": kaya.pk,
        "name": "Commune de Kaya",
        "organisation_kind": "Collectivité partenaire à l'étranger",
        "town": "Kaya",
        "country": "Burkina Faso",
        "url": directory.organisation_url(kaya),
    }

    lines = [f for f in features if f["geometry"]["type"] == "LineString"]
    assert [(f["properties"]["name"], f["properties"]["to"]["name"]) for f in lines] == [
        ("Alençon – Koutiala 0", "Ville de Koutiala 0"),
        ("Alençon – Kaya", "Commune de Kaya"),  # not to Agnam (no coordinates), nor from Caen
    ]
    kaya_line = lines[1]
    assert kaya_line["geometry"]["coordinates"] == [[ALENCON[1], ALENCON[0]], [KAYA[1], KAYA[0]]]
    assert kaya_line["properties"]["since"] == 1976 and kaya_line["properties"]["until"] == 2001
    assert kaya_line["properties"]["status"] == "En sommeil"  # the label, in the page's language
    assert kaya_line["properties"]["from"] == {"name": "Ville d'Alençon", "url": directory.organisation_url(alencon)}
    assert lines[0]["properties"]["themes"] == ["Eau"]


def test_the_index_filters_apply(member_client, directory):
    build()
    url = geojson_url(directory)

    def names(**filters):
        features = check_rfc7946(json.loads(member_client.get(url, filters).content))
        return sorted(f["properties"]["name"] for f in features)

    # Mali selects Koutiala: its partnership's line and both its ends are drawn.
    assert names(country="ML") == ["Alençon – Koutiala 0", "Ville d'Alençon", "Ville de Koutiala 0"]
    # A partnership's own filter (status) draws only the partnerships that pass it.
    assert names(status="dormant") == ["Alençon – Kaya", "Commune de Kaya", "Ville d'Alençon"]
    # A value not offered filters nothing (a form error on the index), never a 500.
    assert member_client.get(url, {"kind": "castle", "theme": "abc"}).status_code == 200


def test_the_same_access_as_the_index(client, accounts, directory):
    build()
    url = geojson_url(directory)
    index = client.get(directory.url)
    response = client.get(url)
    assert index.status_code == response.status_code == 302  # anonymous: to the login page, as the index
    assert "login" in response["Location"]
    client.force_login(accounts["partner"])
    assert client.get(directory.url).status_code == client.get(url).status_code == 200


def test_a_fixed_number_of_queries_for_1_and_10_times_the_content(member_client, directory):
    build(1)
    url = geojson_url(directory)

    def queries():
        member_client.get(url)
        with CaptureQueriesContext(connection) as captured:
            assert member_client.get(url).status_code == 200
        return len(captured), len(json.loads(member_client.get(url).content)["features"])

    one, features = queries()
    for i in range(1, 10):
        partner = organisation(f"Ville de Koutiala {i}", "partner_authority", "ML", "Koutiala", at=KOUTIALA)
        factories.partnership(Organisation.objects.get(name="Ville d'Alençon"), [partner], name=f"A – K {i}")
    ten, more = queries()
    assert more == features + 18  # 9 more points and 9 more lines
    assert ten == one


def map_url(directory):
    return directory.url + directory.reverse_subpage("map")


def test_the_map_page_lists_what_it_draws_with_links(member_client, directory):
    alencon, kaya = build()
    response = member_client.get(map_url(directory), {"status": "dormant"})
    assert response.status_code == 200
    html = response.content.decode()
    # The map reads the GeoJSON with the page's filters, and the outlines shipped with the site.
    assert f'data-geojson="{geojson_url(directory)}?status=dormant"' in html
    assert "/static/directory/vendor/world-atlas/countries-110m.json" in html
    assert "/static/directory/map.js" in html and "<script>" not in html  # no inline script (CSP)
    assert "https://" not in html.split("<main")[1]  # no asset from elsewhere
    rows = response.context["rows"]
    assert [(row["partnership"].name, row["drawn"]) for row in rows] == [("Alençon – Kaya", True)]
    assert (
        f'href="{directory.organisation_url(alencon)}"' in html and f'href="{directory.organisation_url(kaya)}"' in html
    )
    assert "1976–2001" in html and "En sommeil" in html

    everything = member_client.get(map_url(directory)).context["rows"]
    not_drawn = [row["partnership"].name for row in everything if not row["drawn"]]
    assert not_drawn == ["Caen – Kaya"]  # Caen has no coordinates: listed, not drawn
    assert "pas sur la carte" in member_client.get(map_url(directory)).content.decode()


def test_the_index_links_to_the_map_with_its_filters(member_client, directory):
    build()
    html = member_client.get(directory.url, {"country": "ML"}).content.decode()
    assert f'href="{map_url(directory)}?country=ML"' in html


def test_the_map_page_in_english_and_its_query_count(member_client, directory, en):
    build(1)
    english = directory.copy_for_translation(en, copy_parents=True)
    english.save_revision().publish()
    url = map_url(directory)
    member_client.get(url)
    with CaptureQueriesContext(connection) as captured:
        assert member_client.get(url).status_code == 200
    one = len(captured)
    for i in range(1, 10):
        partner = organisation(f"Ville de Koutiala {i}", "partner_authority", "ML", "Koutiala", at=KOUTIALA)
        factories.partnership(Organisation.objects.get(name="Ville d'Alençon"), [partner], name=f"A – K {i}")
    with CaptureQueriesContext(connection) as captured:
        assert len(member_client.get(url).context["rows"]) == 12
    assert len(captured) == one
    response = member_client.get(map_url(english.specific))
    assert response.status_code == 200 and "Map of the partnerships" in response.content.decode()


def test_a_tile_server_url_is_handed_to_the_map(member_client, directory, settings):
    settings.MAP_TILE_URL = "https://tiles.example.org/{z}/{x}/{y}.png"
    html = member_client.get(map_url(directory)).content.decode()
    assert 'data-tiles="https://tiles.example.org/{z}/{x}/{y}.png"' in html


def test_the_tile_servers_origin_joins_the_policy_only_when_set(member_client, directory):
    assert "tiles" not in member_client.get(map_url(directory))["Content-Security-Policy"]  # outlines only
    read = (
        "import django; django.setup(); from django.conf import settings as s; "
        "print(s.CONTENT_SECURITY_POLICY['DIRECTIVES']['img-src'])"
    )
    tiles = "https://{s}.tiles.example.org/{z}/{x}/{y}.png"
    environment = {**os.environ, "DJANGO_SETTINGS_MODULE": "network_site.settings.test", "MAP_TILE_URL": tiles}
    printed = subprocess.run(  # noqa: S603 - our own interpreter, a fixed script
        [sys.executable, "-c", read], env=environment, cwd=django_settings.BASE_DIR, capture_output=True, text=True
    ).stdout
    assert "https://*.tiles.example.org" in printed
