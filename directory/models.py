"""The directory of the network's actors: an index of organisations with filters, its CSV export, and a page per
organisation.

``DirectoryIndexPage`` lists the organisations of its language (``network_site.taxonomy.Organisation``),
filtered by kind, country, French département, theme and partnership status (``directory.facets``), serves
the same list as a CSV file at ``<index>/export-csv/`` (same filters, same access), and serves each
organisation's page at ``<index>/<organisation id>/`` (a ``RoutablePageMixin`` route): its facts, its
partnerships, and the testimonies, events and meeting reports that name it, each list filtered by the
site's one view rule (``network_site.access.rules.visibility``: a partner account sees no meeting report),
the people of the organisation (members and staff only: ``MEMBERS_ONLY``) and its partnerships' agreement
documents (those the request may fetch).
"""

import csv

from django.conf import settings
from django.db.models import F, Prefetch, Q
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import redirect
from django.utils.cache import patch_cache_control
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from localflavor.fr.fr_department import DEPARTMENT_CHOICES
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.documents import get_document_model

from cases.models import TestimonyPage
from events.models import EventPage, MeetingReportPage
from network_site.access.rules import MEMBERS_ONLY, visibility
from network_site.core.pages import SectionIndexPage, paginate
from network_site.core.text import fold
from network_site.taxonomy.models import (
    Organisation,
    Partnership,
    PartnershipDocument,
    Person,
    Theme,
)

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

    def selection(self, request) -> dict:
        """The index's filters applied to ``request.GET``, for the index and its export (5 queries).

        ``{"form": DirectoryFilterForm, "filters": {facet: value or None}, "profiles": {id: facets.Profile},
        "selected": [organisation ids passing the filters], "counts": {facet: Counter of values}}``; a value
        not offered is an error of the form and filters nothing.
        """
        found = facets.profiles(self.locale_id)
        theme_ids = set().union(*(profile.theme for profile in found.values()))
        themes = sorted(Theme.objects.filter(pk__in=theme_ids), key=lambda theme: fold(theme.name))
        country_codes = sorted(
            {profile.country for profile in found.values()}, key=lambda code: fold(countries.name(code))
        )
        present = {profile.departement for profile in found.values()}
        form = DirectoryFilterForm(
            request.GET,
            countries=[(code, countries.name(code)) for code in country_codes],
            departements=[(code, label) for code, label in DEPARTMENT_CHOICES if code in present],
            themes=[(theme.pk, theme.name) for theme in themes],
        )
        filters = form.filters()
        selected, counts = facets.select(found, filters)
        return {"form": form, "filters": filters, "profiles": found, "selected": selected, "counts": counts}

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        found = self.selection(request)
        form, filters, counts = found["form"], found["filters"], found["counts"]
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
        context["filter_query"] = filter_query(filters)
        page = paginate(request, found["selected"], self.organisations_per_page)
        page.object_list = in_order(page.object_list)
        context["organisation_page"] = page
        return context

    # -- the export

    @path("export-csv/", name="export")
    def export(self, request):
        """The organisations the index lists under the same filters (``request.GET``), as a CSV attachment.

        Plain UTF-8 (``text/csv; charset=utf-8``), comma-separated, a header row, then one row per organisation
        by name: name, kind, town, département, country, website, partnerships (how many it is in, as
        French actor or partner, in this language), the address of its page. Header, labels and file name are
        in the page's language. Served behind the index's own view restrictions (an anonymous visitor is sent
        to the login page); 6 queries beside those of serving a page, whatever it lists.
        """
        found = self.selection(request)
        departements = dict(DEPARTMENT_CHOICES)
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="{}.csv"'.format(_("directory-of-actors"))
        patch_cache_control(response, private=True)
        writer = csv.writer(response)
        writer.writerow(
            [
                _("Name"),
                _("Kind"),
                _("Town"),
                _("Department"),
                _("Country"),
                _("Website"),
                _("Partnerships"),
                _("Page"),
            ]
        )
        for organisation in in_order(found["selected"]):
            writer.writerow(
                [
                    spreadsheet_safe(organisation.name),
                    organisation.get_kind_display(),
                    spreadsheet_safe(organisation.town),
                    departements.get(organisation.departement, ""),
                    organisation.country.name,
                    spreadsheet_safe(organisation.website),
                    len(found["profiles"][organisation.pk].partnerships),
                    request.build_absolute_uri(self.organisation_url(organisation, request)),
                ]
            )
        return response

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
        """What an organisation's page shows: ``organisation``, ``partnerships`` (all; each with
        ``agreement_documents``, the ``PartnershipDocument`` rows whose document the request may fetch),
        ``people`` (the ``Person`` rows of this language speaking for it, by name; ``None`` for a request that
        does not pass ``MEMBERS_ONLY``, e.g. a partner account: personal data), and ``testimonies``,
        ``events``, ``reports`` as ``(count, first listed_per_section)`` of what the request may open.

        Pages, people and partnerships are matched by the organisation's ``translation_key``, so that an
        English page still linking to the French organisation (an alias) counts too.
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
            .with_ends()
            .prefetch_related(
                Prefetch(
                    "documents",
                    # The file rule's collection half; its other half (an agreement document, a logged-in
                    # request: the directory's own rule) holds here.
                    queryset=PartnershipDocument.objects.filter(
                        document__in=rule.documents(get_document_model().objects.all())
                    ).select_related("document"),
                    to_attr="agreement_documents",
                ),
            )
            .order_by("since", "name")
        )
        people = None
        if rule.follows(MEMBERS_ONLY):
            people = list(
                Person.objects.filter(locale_id=self.locale_id, organisation__translation_key=key).order_by("name")
            )
        return {
            "organisation": organisation,
            "people": people,
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
        """What the map draws under the request's filters (the organisations the index would list, and their
        partnerships), with the index's ``selection()`` (``filters``…)."""
        found = self.selection(request)
        selected = in_order(found["selected"])
        return geo.drawing(selected, self.locale_id, found["filters"]), found

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
                "filter_query": filter_query(context["filters"]),
            },
        )


def spreadsheet_safe(text: str) -> str:
    """``text`` for a CSV cell that a spreadsheet opens: a leading ``=``, ``+``, ``-``, ``@`` (a formula) gets a
    ``'`` before it, so that it is shown as text and never run."""
    return f"'{text}" if text[:1] in ("=", "+", "-", "@") else text


def filter_query(filters: dict) -> str:
    """The query string of the filters in use (``{facet: value or None}``), for the links that keep them."""
    return urlencode({name: value for name, value in filters.items() if value is not None})


def in_order(ids: list[int]) -> list[Organisation]:
    """The organisations of ``ids``, in that order (one query)."""
    rows = Organisation.objects.in_bulk(ids)
    return [rows[pk] for pk in ids if pk in rows]
