"""Matched objects as ``Hit`` rows: score, kind, date, language and the values each facet filters on.

``page_hits`` and ``document_hits`` read, for every match the request may see,
what filtering, counting and sorting need — a few queries whatever the number
of matches: one for the pages, one per kind and link for themes and
organisations (their ids only), one for those themes' and organisations'
translation keys and countries, two for documents and the pages they are
attached to. A list of ids goes to the database as one parameter (a JSON array
on SQLite, an array on PostgreSQL), so that thousands of matches cost little.
"""

import json
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import DateField, DateTimeField, F
from django.db.models.expressions import RawSQL
from django.db.models.functions import Coalesce, TruncDate
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import Page, ReferenceIndex

from network_site.access.rules import Visibility
from network_site.taxonomy.models import Organisation, Theme

from .kinds import PAGE, ContentKind, kind_of_model, page_kinds


@dataclass(slots=True)
class Hit:
    """One object found: ``model`` is ``"page"`` or ``"document"``; facet values are sets (a page has many themes).

    ``themes`` and ``organisations`` hold translation keys (the same in every
    language), ``countries`` ISO codes; ``attached`` (documents) the ids of the
    pages the request may see that use the document.
    """

    model: str
    pk: int
    kind: ContentKind
    score: float
    date: object = None  # datetime.date
    locale_id: int | None = None
    themes: set = field(default_factory=set)
    organisations: set = field(default_factory=set)
    countries: set = field(default_factory=set)
    attached: list = field(default_factory=list)

    def values(self, facet: str) -> set:
        """The values of this hit for a facet name (``type``, ``theme``, ``country``, ``organisation``, ``year``)."""
        if facet == "type":
            return {self.kind.slug}
        if facet == "year":
            return {self.date.year} if self.date else set()
        return {"theme": self.themes, "country": self.countries, "organisation": self.organisations}[facet]


def id_list(ids: Iterable[int]):
    """A value for ``pk__in``: the ids as one SQL parameter (SQLite ``json_each``, PostgreSQL ``unnest``)."""
    ids = [int(pk) for pk in ids]
    if connection.vendor == "sqlite":
        return RawSQL("SELECT value FROM json_each(%s)", (json.dumps(ids),))  # noqa: S611 - a fixed statement
    if connection.vendor == "postgresql":
        return RawSQL("SELECT unnest(%s::bigint[])", (ids,))  # noqa: S611 - a fixed statement
    return ids


def _date_expression():
    """A page's date: its kind's own date field when it has one, else its first publication (local day)."""
    expressions = []
    for kind in page_kinds():
        if kind.date:
            model = kind.get_model()
            lookup = f"{model._meta.model_name}__{kind.date}"
            is_datetime = isinstance(model._meta.get_field(kind.date), DateTimeField)
            expressions.append(TruncDate(lookup) if is_datetime else F(lookup))
    return Coalesce(*expressions, TruncDate("first_published_at"), output_field=DateField())


def page_hits(scores: dict[int, float], pages) -> dict[int, Hit]:
    """Hits of the matched pages (``{page id: score}``) found in ``pages`` (a queryset the request may see)."""
    if not scores:
        return {}
    # ContentType lookups are cached by Django: no query after the first request.
    kinds_by_type = {ContentType.objects.get_for_model(kind.get_model()).pk: kind for kind in page_kinds()}
    countries_lookups = [
        f"{kind.get_model()._meta.model_name}__{kind.countries}" for kind in page_kinds() if kind.countries
    ]
    rows = (
        pages.filter(pk__in=id_list(scores))
        .order_by()  # no sorting (pages come ordered by tree path)
        .annotate(search_date=_date_expression())
        .values_list("pk", "content_type_id", "locale_id", "search_date", *countries_lookups)
    )
    hits = {}
    for pk, content_type_id, locale_id, date, *countries in rows:
        hit = Hit("page", pk, kinds_by_type.get(content_type_id, PAGE), scores[pk], date, locale_id)
        for codes in filter(None, countries):
            hit.countries.update(code for code in str(codes).split(",") if code)
        hits[pk] = hit
    _add_links(hits)
    return hits


def _add_links(hits: dict[int, Hit]) -> None:
    """Themes, organisations and organisations' countries of the page hits."""
    theme_links, organisation_links = [], []
    for kind in page_kinds():
        ids = [hit.pk for hit in hits.values() if hit.kind is kind]
        if not ids:
            continue
        pages = kind.get_model().objects.filter(pk__in=id_list(ids)).order_by()
        for lookup in kind.themes:
            theme_links += pages.filter(**{f"{lookup}__isnull": False}).values_list("pk", lookup)
        for lookup in kind.organisations:
            organisation_links += pages.filter(**{f"{lookup}__isnull": False}).values_list("pk", lookup)
    themes = _keys(Theme, {theme_id for _pk, theme_id in theme_links})
    for pk, theme_id in theme_links:
        hits[pk].themes.add(themes[theme_id][0])
    organisations = _keys(Organisation, {organisation_id for _pk, organisation_id in organisation_links})
    for pk, organisation_id in organisation_links:
        key, country = organisations[organisation_id]
        hits[pk].organisations.add(key)
        hits[pk].countries.add(country)


def _keys(model, ids: set[int]) -> dict[int, tuple[str, str]]:
    """``{id: (translation key, country or "")}`` of themes or organisations (one query, if any ids)."""
    if not ids:
        return {}
    fields = ["pk", "translation_key", "country"] if model is Organisation else ["pk", "translation_key"]
    rows = model.objects.filter(pk__in=id_list(ids)).values_list(*fields)
    return {row[0]: (str(row[1]), str(row[2]) if len(row) > 2 else "") for row in rows}


def document_hits(scores: dict[int, float], access: Visibility, locale_id: int | None) -> dict[int, Hit]:
    """Hits of the matched documents (``{document id: score}``) the request may see (``network_site.access.rules``).

    ``attached`` lists the visible live pages that use each document, those of
    ``locale_id`` (the reader's language) when there are any; documents without
    one are left out.
    """
    if not scores:
        return {}
    Document = get_document_model()
    references = ReferenceIndex.objects.filter(
        to_content_type=ReferenceIndex._get_base_content_type(Document),
        to_object_id__in=[str(pk) for pk in scores],
        base_content_type=ContentType.objects.get_for_model(Page),
    ).values_list("to_object_id", "object_id")
    users = {}
    for document_id, page_id in references:
        users.setdefault(int(document_id), set()).add(int(page_id))
    if not users:
        return {}
    page_ids = {page_id for page_ids in users.values() for page_id in page_ids}
    pages = access.pages(Page.objects.filter(pk__in=id_list(page_ids))).order_by()
    visible = dict(pages.values_list("pk", "locale_id"))
    hits = {}
    for pk, created_at in access.documents(Document.objects.filter(pk__in=id_list(users))).values_list(
        "pk", "created_at"
    ):
        attached = sorted(page_id for page_id in users[pk] if page_id in visible)
        if attached:
            same_language = [page_id for page_id in attached if visible[page_id] == locale_id]
            date = timezone.localdate(created_at)
            hits[pk] = Hit(
                "document", pk, kind_of_model(Document), scores[pk], date, attached=same_language or attached
            )
    return hits
