"""The directory's filters and their counts: which organisations match kind, country, département, theme and
status, and a text (``q``: words of the name or town, accents and case folded, ``network_site.core.text.fold``).

An organisation's themes and statuses are those of its partnerships (as the French actor or as a partner
abroad). ``profiles()`` reads what the filters need for every organisation of a language in 4 queries; the
filters and their counts are then worked out in Python, so their cost does not grow with the number of
filters shown (a regional network lists hundreds of organisations, not millions).
"""

from collections import Counter
from dataclasses import dataclass, field

from network_site.core.text import fold
from network_site.taxonomy.models import Organisation, Partnership, PartnershipPartner, PartnershipTheme

FACETS = ("kind", "country", "departement", "theme", "status")
TEXT = "q"  # the text filter: not a facet (no counts), applied with the facets' filters


@dataclass
class Profile:
    """What the filters know of one organisation: its kind, country code and département code ("" if none),
    its partnerships (ids), their themes and statuses, and its name and town folded (``fold``) for the text filter."""

    kind: str
    country: str
    departement: str
    text: str = ""
    name: str = ""  # folded (``fold``): the list's order, accents and case aside
    partnerships: set[int] = field(default_factory=set)  # ids of Partnership rows (as French actor or partner)
    theme: set[int] = field(default_factory=set)  # ids of Theme rows
    status: set[str] = field(default_factory=set)  # Partnership.Status values

    def values(self, facet: str) -> set:
        value = getattr(self, facet)
        return value if isinstance(value, set) else {value}


def profiles(locale_id: int) -> dict[int, Profile]:
    """``{organisation id: Profile}`` for the organisations of one locale (4 queries)."""
    found = {
        pk: Profile(kind, str(country), departement, fold(f"{name} {town}"), fold(name))
        for pk, kind, country, departement, name, town in Organisation.objects.filter(locale_id=locale_id).values_list(
            "pk", "kind", "country", "departement", "name", "town"
        )
    }
    members: dict[int, set[int]] = {}  # partnership id -> organisation ids
    statuses: dict[int, str] = {}
    for pk, status, actor in Partnership.objects.filter(locale_id=locale_id).values_list(
        "pk", "status", "french_actor_id"
    ):
        statuses[pk] = status
        members.setdefault(pk, set()).add(actor)
    for partnership, organisation in PartnershipPartner.objects.filter(partnership_id__in=statuses).values_list(
        "partnership_id", "organisation_id"
    ):
        members.setdefault(partnership, set()).add(organisation)
    themes: dict[int, set[int]] = {}
    for partnership, theme in PartnershipTheme.objects.filter(partnership_id__in=statuses).values_list(
        "partnership_id", "theme_id"
    ):
        themes.setdefault(partnership, set()).add(theme)
    for partnership, organisations in members.items():
        for pk in organisations & found.keys():
            found[pk].partnerships.add(partnership)
            found[pk].status.add(statuses[partnership])
            found[pk].theme |= themes.get(partnership, set())
    return found


def passes(profile: Profile, facet: str, value) -> bool:
    """Whether ``profile`` passes one filter: a facet's value, or for ``TEXT`` every word of ``value`` beginning a
    word of its name or town (“alen” finds “Ville d'Alençon”)."""
    if facet == TEXT:
        return all(f" {word}" in f" {profile.text}" for word in fold(value).split())
    return value in profile.values(facet)


def matches(profile: Profile, filters: dict, skip: str | None = None) -> bool:
    """Whether ``profile`` passes every filter of ``filters`` (``{facet or TEXT: value or None}``) but ``skip``."""
    return all(
        passes(profile, facet, value) for facet, value in filters.items() if facet != skip and value not in (None, "")
    )


def select(found: dict[int, Profile], filters: dict) -> tuple[list[int], dict[str, Counter]]:
    """The ids of the organisations passing ``filters`` by folded name (“Caen…”, “Cités…”, “CITIM”,
    “City…”, “école…”), and per facet the count of each value.

    A facet's counts are taken under the other facets' filters (not its own), so that each count says how
    many organisations choosing that value would list.
    """
    selected = sorted(
        (pk for pk, profile in found.items() if matches(profile, filters)), key=lambda pk: (found[pk].name, pk)
    )
    counts = {}
    for facet in FACETS:
        counter = Counter()
        for profile in found.values():
            if matches(profile, filters, skip=facet):
                counter.update(profile.values(facet))
        counts[facet] = counter
    return selected, counts
