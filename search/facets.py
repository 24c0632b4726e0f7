"""Facets as the page shows them: each value's label, count and link, in a sensible order.

Counts come from the search backend (``search.backends``: each facet counted under the other
facets' filters). Labels: kinds' names, themes' and organisations' names in the
reader's language (one query each, only for the values shown), countries' names
from django-countries. A value's link applies it as a filter, or removes it when
it is the selected one; every link keeps the rest of the search.
"""

from dataclasses import dataclass, field

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from network_site.taxonomy.models import Organisation, Theme

from .kinds import all_kinds, by_slug
from .query import FACETS, SearchParams

LABELS = {
    "type": _("Type"),
    "theme": _("Theme"),
    "country": _("Country"),
    "organisation": _("Organisation"),
    "year": _("Year"),
}
SHOWN = 10  # values shown per facet (the selected one always is)
SNIPPETS = {"theme": Theme, "organisation": Organisation}


@dataclass
class FacetValue:
    value: object
    label: str
    count: int
    selected: bool
    url: str


@dataclass
class Facet:
    name: str
    label: str
    values: list[FacetValue] = field(default_factory=list)

    @property
    def selected(self) -> FacetValue | None:
        return next((value for value in self.values if value.selected), None)


def drop_unknown(params: SearchParams) -> SearchParams:
    """``params`` without theme or organisation filters that name no theme or organisation (a query each, if set)."""
    unknown = [
        name
        for name, model in SNIPPETS.items()
        if name in params.filters and not model.objects.filter(translation_key=params.filters[name]).exists()
    ]
    return params.without(*unknown) if unknown else params


def facets(counts: dict, params: SearchParams, locale_id: int | None) -> list[Facet]:
    """The facets to show for ``counts`` (facet → Counter), in ``FACETS`` order, labelled in the locale ``locale_id``."""
    base = reverse("search")
    shown = {}
    for name in FACETS:
        counter = counts.get(name, {})
        selected = params.filters.get(name)
        if name == "type":
            values = [kind.slug for kind in all_kinds() if counter.get(kind.slug)]
        elif name == "year":
            values = sorted(counter, reverse=True)
        else:
            values = [value for value, _count in counter.most_common(SHOWN)]
        if selected is not None and selected not in values:
            values.append(selected)
        shown[name] = values
    labels = _labels(shown, locale_id)
    result = []
    for name in FACETS:
        facet = Facet(name, LABELS[name])
        selected = params.filters.get(name)
        for value in shown[name]:
            is_selected = value == selected
            target = params.without(name) if is_selected else params.with_filter(name, value)
            label = labels[name].get(value, str(value))
            count = counts[name].get(value, 0)
            facet.values.append(FacetValue(value, label, count, is_selected, base + target.url()))
        if facet.values:
            result.append(facet)
    return result


def _labels(shown: dict, locale_id: int | None) -> dict[str, dict]:
    labels = {
        "type": {slug: str(by_slug(slug).label) for slug in shown["type"]},
        "year": {year: str(year) for year in shown["year"]},
        "country": {code: str(countries.name(code)) or code for code in shown["country"]},
    }
    for name, model in SNIPPETS.items():
        names = {}
        keys = shown[name]
        if keys:
            # The reader's language first, any other as a fallback.
            rows = model.objects.filter(translation_key__in=keys).values_list("translation_key", "locale_id", "name")
            for key, row_locale, label in rows:
                if str(key) not in names or row_locale == locale_id:
                    names[str(key)] = label
        labels[name] = names
    return labels
