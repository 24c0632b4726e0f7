"""The directory of the network's actors: an index of organisations with filters, and a page per organisation.

``DirectoryIndexPage`` lists the organisations of its language (``network_site.taxonomy.Organisation``),
filtered by kind, country, theme and partnership status (``directory.facets``), and serves each
organisation's page at ``<index>/<organisation id>/`` (a ``RoutablePageMixin`` route): its facts, its
partnerships, and the testimonies, events and meeting reports that name it, each list filtered by the
site's one view rule (``network_site.access.rules.visibility``: a partner account sees no meeting report).
"""

from django.conf import settings
from django.db.models import F, Prefetch, Q
from django.http import Http404, JsonResponse
from django.shortcuts import redirect
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from cases.models import TestimonyPage
from events.models import EventPage, MeetingReportPage
from network_site.access.rules import visibility
from network_site.core.pages import SectionIndexPage, paginate
from network_site.core.text import fold
from network_site.taxonomy.models import Organisation, Partnership, PartnershipPartner, PartnershipTheme, Theme

from . import facets, geo
from .forms import DirectoryFilterForm


class DirectoryIndexPage(RoutablePageMixin, SectionIndexPage):
    """The directory: organisations ``organisations_per_page`` at a time, and one page per organisation.

    An organisation's page lists at most ``listed_per_section`` testimonies, events and reports each,
    with their full counts; it costs a fixed number of queries whatever it lists.
    """

    subpage_types = []
    organisations_per_page = 20
    listed_per_section = 20

    class Meta:
        verbose_name = _("directory of actors")

    # -- the index

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        found = facets.profiles(self.locale_id)
        theme_ids = set().union(*(profile.theme for profile in found.values()))
        themes = sorted(Theme.objects.filter(pk__in=theme_ids), key=lambda theme: fold(theme.name))
        country_codes = sorted(
            {profile.country for profile in found.values()}, key=lambda code: fold(countries.name(code))
        )
        form = DirectoryFilterForm(
            request.GET,
            countries=[(code, countries.name(code)) for code in country_codes],
            themes=[(theme.pk, theme.name) for theme in themes],
        )
        filters = form.filters()
        selected, counts = facets.select(found, filters)
        organisations = Organisation.objects.filter(pk__in=selected).order_by("name")
        context["form"] = form
        context["filters"] = filters
        context["facets"] = [
            {
                "field": form[name],
                "options": [
                    {"value": value, "label": label, "count": counts[name][value if name != "theme" else int(value)]}
                    for value, label in form.fields[name].choices
                    if value != ""
                ],
            }
            for name in facets.FACETS
        ]
        context["filter_query"] = urlencode({name: value for name, value in filters.items() if value is not None})
        context["organisation_page"] = paginate(request, organisations, self.organisations_per_page)
        return context

    # -- an organisation's page

    def organisation_url(self, organisation, request=None) -> str:
        """The URL of ``organisation``'s page in this directory (relative to the site, like ``Page.get_url``)."""
        return self.get_url(request) + self.reverse_subpage("organisation", args=[organisation.pk])

    @path("<int:pk>/", name="organisation")
    def organisation(self, request, pk: int):
        """An organisation's page; the id of its row in another language redirects to the row of this one."""
        found = Organisation.objects.filter(pk=pk).first()
        if found is None:
            raise Http404
        if found.locale_id != self.locale_id:
            local = Organisation.objects.filter(translation_key=found.translation_key, locale_id=self.locale_id).first()
            if local is not None:
                return redirect(self.organisation_url(local, request))
        return self.render(
            request, template="directory/organisation_page.html", context_overrides=self.profile(request, found)
        )

    def profile(self, request, organisation) -> dict:
        """What an organisation's page shows: ``organisation``, ``partnerships`` (all), and ``testimonies``,
        ``events``, ``reports`` as ``(count, first listed_per_section)`` of what the request may open.

        Pages and partnerships are matched by the organisation's ``translation_key``, so that an English
        page still linking to the French organisation (an alias) counts too.
        """
        key = organisation.translation_key
        rule = visibility(request)

        def listed(model, lookups, order):
            match = Q()
            for lookup in lookups:
                match |= Q(**{f"{lookup}__translation_key": key})
            pages = rule.pages(model.objects.filter(locale_id=self.locale_id)).filter(match).distinct()
            return pages.count(), list(pages.order_by(*order)[: self.listed_per_section])

        partnerships = (
            Partnership.objects.filter(locale_id=self.locale_id)
            .filter(Q(french_actor__translation_key=key) | Q(partners__organisation__translation_key=key))
            .distinct()
            .select_related("french_actor")
            .prefetch_related(
                Prefetch("partners", queryset=PartnershipPartner.objects.select_related("organisation")),
                Prefetch("themes", queryset=PartnershipTheme.objects.select_related("theme")),
            )
            .order_by("since", "name")
        )
        return {
            "organisation": organisation,
            "partnerships": list(partnerships),
            "testimonies": listed(TestimonyPage, ("french_authority", "partners__organisation"), ("title",)),
            "events": listed(
                EventPage, ("organiser", "attendees__organisation"), (F("start").desc(nulls_last=True), "title")
            ),
            "reports": listed(
                MeetingReportPage, ("attendees__organisation",), (F("date").desc(nulls_last=True), "title")
            ),
        }

    # -- the map and its GeoJSON (directory/geo.py)

    def drawing(self, request) -> tuple[geo.Drawing, dict]:
        """What the map draws under the request's filters, with the index's context (``filters``,
        ``filter_query``…): the organisations it would list, and their partnerships."""
        context = self.get_context(request)
        selected = context["organisation_page"].paginator.object_list  # all the index would list
        return geo.drawing(selected, self.locale_id, context["filters"]), context

    @path("geojson/", name="geojson")  # Wagtail serves paths of words and slashes only: no ".geojson"
    def geojson(self, request):
        """The organisations with coordinates and their partnerships under the index's filters (``?kind=…``),
        as an RFC 7946 FeatureCollection (``directory.geo.feature_collection``), ``application/geo+json``."""
        base = self.get_url(request)

        def url(organisation):
            return base + self.reverse_subpage("organisation", args=[organisation.pk])

        found, _context = self.drawing(request)
        return JsonResponse(
            geo.feature_collection(found, url), content_type=geo.MEDIA_TYPE, json_dumps_params={"ensure_ascii": False}
        )

    @path("map/", name="map")
    def map(self, request):
        """The map page (``directory/map_page.html``, drawn by ``directory/static/directory/map.js`` from
        the GeoJSON route with the same filters) and beside it the list of the same partnerships."""
        found, context = self.drawing(request)
        rows = [{"partnership": p, "drawn": bool(geo.drawn_partners(p))} for p in found.partnerships]
        return self.render(
            request,
            template="directory/map_page.html",
            context_overrides={
                "rows": rows,
                "placed": sum(geo.placed(organisation) for organisation in found.organisations),
                "geojson_url": self.get_url(request) + self.reverse_subpage("geojson"),
                "map_tile_url": settings.MAP_TILE_URL,
                "map_tile_attribution": settings.MAP_TILE_ATTRIBUTION,
                "filter_query": context["filter_query"],
            },
        )
