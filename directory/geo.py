"""What the directory's map draws: the organisations with coordinates and their partnerships, as GeoJSON.

``drawing()`` reads, for the organisations the directory's filters selected, the partnerships of the
language that involve them (as French actor or partner abroad) and pass the filters that concern a
partnership (theme, status), in 4 queries whatever their number. ``feature_collection()`` turns it into an
RFC 7946 FeatureCollection: a Point per organisation with coordinates, a LineString from the French actor
to each partner abroad when both ends have coordinates. Coordinates are ``[longitude, latitude]`` (RFC 7946,
section 3.1.1), in degrees (WGS 84). An organisation without coordinates is left out of the drawing only.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.db.models import Q
from django_countries import countries

from network_site.taxonomy.models import Organisation, Partnership

MEDIA_TYPE = "application/geo+json"  # RFC 7946, section 12


def placed(organisation: Organisation) -> bool:
    """Whether ``organisation`` has coordinates (both, as ``Organisation.clean`` requires)."""
    return organisation.latitude is not None and organisation.longitude is not None


def position(organisation: Organisation) -> list[float]:
    """``[longitude, latitude]`` in degrees: the RFC 7946 order (x, y), not the usual spoken one."""
    return [float(organisation.longitude), float(organisation.latitude)]


@dataclass
class Drawing:
    """``organisations``: the selected ones and the other ends of their partnerships, by name; ``partnerships``
    drawn or listed, by start year then name (each with ``french_actor``, ``partners``, ``themes`` loaded)."""

    organisations: list[Organisation]
    partnerships: list[Partnership]


def drawing(selected: Iterable[Organisation], locale_id: int, filters: dict) -> Drawing:
    """The map's content for the ``selected`` organisations under the directory's ``filters``
    (``{facet: value or None}``, ``DirectoryFilterForm.filters()``): 4 queries."""
    organisations = {organisation.pk: organisation for organisation in selected}
    partnerships = (
        Partnership.objects.filter(locale_id=locale_id)
        .filter(Q(french_actor_id__in=organisations) | Q(partners__organisation_id__in=organisations))
        .distinct()
        .with_ends()
        .order_by("since", "name")
    )
    if filters.get("status"):
        partnerships = partnerships.filter(status=filters["status"])
    if filters.get("theme"):
        partnerships = partnerships.filter(themes__theme_id=filters["theme"])
    partnerships = list(partnerships)
    for partnership in partnerships:
        for organisation in [partnership.french_actor, *(link.organisation for link in partnership.partners.all())]:
            organisations.setdefault(organisation.pk, organisation)
    return Drawing(sorted(organisations.values(), key=lambda o: (o.name, o.pk)), partnerships)


def drawn_partners(partnership: Partnership) -> list[Organisation]:
    """The partners abroad of ``partnership`` a line reaches: none when its French actor has no coordinates."""
    if not placed(partnership.french_actor):
        return []
    return [link.organisation for link in partnership.partners.all() if placed(link.organisation)]


def feature_collection(found: Drawing, url: Callable[[Organisation], str]) -> dict:
    """``found`` as a GeoJSON FeatureCollection (a dict ready for ``json.dumps``).

    Point properties: ``kind`` "organisation", ``id``, ``name``, ``organisation_kind`` (its label), ``town``,
    ``country`` (its name), ``url`` (``url(organisation)``, its directory page). LineString properties:
    ``kind`` "partnership", ``id``, ``name``, ``since``, ``until`` (a year or null), ``status`` (its label),
    ``themes`` (names), ``from`` and ``to`` (``{"name", "url"}`` of the French actor and the partner).
    """
    features = []
    for organisation in found.organisations:
        if not placed(organisation):
            continue
        features.append(
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": position(organisation)},
                "properties": {
                    "kind": "organisation",
                    "id": organisation.pk,
                    "name": organisation.name,
                    "organisation_kind": str(organisation.get_kind_display()),
                    "town": organisation.town,
                    "country": str(countries.name(organisation.country)),
                    "url": url(organisation),
                },
            }
        )
    for partnership in found.partnerships:
        actor = partnership.french_actor
        themes = [link.theme.name for link in partnership.themes.all()]
        for partner in drawn_partners(partnership):
            features.append(
                {
                    "type": "Feature",
                    "geometry": {"type": "LineString", "coordinates": [position(actor), position(partner)]},
                    "properties": {
                        "kind": "partnership",
                        "id": partnership.pk,
                        "name": partnership.name,
                        "since": partnership.since,
                        "until": partnership.until,
                        "status": str(partnership.get_status_display()),
                        "themes": themes,
                        "from": {"name": actor.name, "url": url(actor)},
                        "to": {"name": partner.name, "url": url(partner)},
                    },
                }
            )
    return {"type": "FeatureCollection", "features": features}
