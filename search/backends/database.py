# ruff: noqa: S608 - SQL made of fixed fragments and Django-compiled querysets; every value is a parameter
"""The database backend: one SQL statement per search on Wagtail's database index (SQLite FTS5, PostgreSQL).

The index is Wagtail's database search backend's own (``wagtailsearch_indexentry``, kept up to date by
Wagtail on save and by ``update_index``), holding the project's normalised text
(``network_site.core.indexing``). One statement answers a search, in common table expressions:

``fts``
    the full-text match of each alternative of the query (``search.backends.base.prepare``): on SQLite an
    FTS5 ``MATCH`` on the title and body columns scored by ``bm25()``, on PostgreSQL ``to_tsquery`` in the
    backend's ``SEARCH_CONFIG`` against the title and body vectors scored by ``ts_rank()``; title weighted
    ``TITLE_WEIGHT``; an object matched by several alternatives keeps its best score;
``pages``, ``documents``
    the matched pages the request may list (``Visibility.pages``: live, not expired, outside the hidden
    subtrees, in the reader's locale unless ``lang=all``) with their kind, date and year; the matched
    documents in collections it may list and used by such a page (any language), dated by their upload;
``facet_values``
    each hit's values for the facets (``search.query.FACETS``): its kind, year, its themes' and
    organisations' translation keys, its own and its organisations' countries (page lookups declared by
    ``search_kind``); the hit's score and day ride on its kind's row;
``flagged``, ``judged``
    each of those rows with how many of the filters its hit passes (a window over the hit's rows), and
    the kind rows alone: one per hit.

No expression joins another: neither planner knows their sizes (SQLite then scans one per row of the
other; PostgreSQL nests loops), so the pages' and documents' expressions fold into ``hits`` (``NOT
MATERIALIZED``: read by the tables' keys) and the filters are counted by the window.

and the statement returns the facet counts (each facet counted among the hits that pass every *other*
filter), the total, and the one page of hits asked for (relevance: score, then newest; ``sort=date``:
newest first, undated last, then score), its offset clamped to the last page. Nothing is read per hit
in Python: the cost beyond the database's own grows with the page shown, not with the matches.

Query terms are ``network_site.core.normalise.query_terms`` output (ASCII letters and digits only), so
nothing typed reaches the SQL as syntax; everything else is a parameter. A ``DatabaseError`` (a table
missing, the database gone) becomes ``SearchUnavailable``.
"""

import datetime
import uuid

from django.contrib.contenttypes.models import ContentType
from django.db import DatabaseError, connections, router, transaction
from django.db.models import DateField, DateTimeField, F
from django.db.models.expressions import RawSQL
from django.db.models.functions import Coalesce, TruncDate
from wagtail.documents import get_document_model
from wagtail.models import get_page_models
from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry

from ..hits import Hit, with_attached_pages
from ..kinds import PAGE, kind_of_model, page_kinds
from ..query import FACETS
from .base import Prepared, ResultPage, SearchRequest, SearchUnavailable, listed_documents, prepare

TITLE_WEIGHT = 2.0
NO_SCORE_DAY = "CAST(NULL AS DOUBLE PRECISION), CAST(NULL AS DATE)"  # facet_values' rows other than a hit's type
INLINED = ("pages", "documents")  # expressions used once, left to the planner
MAX_PAGE = 10**6  # a page number asked beyond this is asked as this (the offset stays a small integer)

RELEVANCE_ORDER = "score DESC, day IS NULL, day DESC, pk DESC, model DESC"
DATE_ORDER = "day IS NULL, day DESC, score DESC, pk DESC, model DESC"


class DatabaseBackend:
    """The search boundary (``search.backends.base.SearchBackend``) on the database of Wagtail's index."""

    def __init__(self):
        self.connection = connections[router.db_for_read(IndexEntry)]
        self.name = self.connection.vendor  # "sqlite", "postgresql"

    def search(self, request: SearchRequest) -> ResultPage:
        """One page of results for ``request`` (one statement, after ``prepare``'s few queries).

        Raises ``SearchUnavailable`` when the database cannot answer (``DatabaseError``, chained).
        """
        prepared = prepare(request)
        page = ResultPage(request, prepared)
        if not prepared.alternatives:
            return page
        rows = self._execute(*self.statement(request, prepared))
        document_kind = kind_of_model(get_document_model())
        kinds = {kind.slug: kind for kind in page_kinds()} | {document_kind.slug: document_kind, PAGE.slug: PAGE}
        shown = []
        for section, name, value, number, score, day, position in rows:
            if section == "total":
                page.total = number
            elif section == "facet":
                page.counts[name][_facet_value(name, value)] = number
            else:
                shown.append((position, Hit(name, number, kinds[value], float(score), _date(day))))
        page.number = page.clamp(request.params.page)
        hits = [hit for _position, hit in sorted(shown, key=lambda item: item[0])]
        page.hits = with_attached_pages(hits, request.access, prepared.locale_id)
        return page

    def floor(self, request: SearchRequest) -> int:
        """The statement ``search`` sends (and ``prepare``'s queries that make its terms), alone; returns the total."""
        prepared = prepare(request)
        if not prepared.alternatives:
            return 0
        rows = self._execute(*self.statement(request, prepared))
        return next((number for section, _name, _value, number, *_rest in rows if section == "total"), 0)

    def match_floor(self, request: SearchRequest) -> int:
        """The full-text match alone (the ``fts`` expression: every matching index entry, any language, and its
        score), without visibility, facets, order or page: the benchmark's lowest floor, what the issue calls
        the raw full-text statement. Returns the number of matching entries."""
        prepared = prepare(request)
        if not prepared.alternatives:
            return 0
        sql, params = self._fts(prepared.alternatives)
        return self._execute(f"WITH fts AS MATERIALIZED ({sql}) SELECT COUNT(*), MAX(score) FROM fts", params)[0][0]

    def _execute(self, sql: str, params: list) -> list[tuple]:
        try:
            # A savepoint: on PostgreSQL a failed statement must not abort the request's transaction.
            with transaction.atomic(using=self.connection.alias), self.connection.cursor() as cursor:
                cursor.execute(sql, params)
                return cursor.fetchall()
        except DatabaseError as error:
            raise SearchUnavailable(f"the {self.name} search index cannot be read: {error}") from error

    # The statement -------------------------------------------------------------------------------------

    def statement(self, request: SearchRequest, prepared: Prepared) -> tuple[str, list]:
        """The SQL and parameters of one search (see the module's docstring); rows are
        ``(section, name, value, number, score, day, position)``: ``("facet", facet, value, count, …)``,
        ``("total", …, count, …)`` and ``("hit", "page" | "document", kind slug, pk, score, day, position)``."""
        params = request.params
        parts = []  # (name, sql, params) of each common table expression, in order
        fts_sql, fts_params = self._fts(prepared.alternatives)
        parts.append(("fts", fts_sql, fts_params))
        page_types = sorted({ContentType.objects.get_for_model(model).pk for model in get_page_models()})
        Document = get_document_model()
        document_type = ContentType.objects.get_for_model(Document).pk
        parts.append(("matched_pages", *_best(page_types)))
        parts.append(("matched_documents", *_best([document_type])))
        parts.append(("pages", *_sql(self._pages(request, prepared))))
        parts.append(("documents", *_sql(self._documents(request))))
        parts.append(("hits", *self._hits()))
        parts.append(("facet_values", *self._facet_values()))
        parts.append(("flagged", *_flagged(self._filter_values(params.filters))))
        parts.append(
            ("judged", "SELECT model, pk, value AS kind, score, day, passed FROM flagged WHERE facet = 'type'", [])
        )
        parts.append(("counted", f"SELECT COUNT(*) AS n FROM judged WHERE passed = {len(params.filters)}", []))

        # Each expression used more than once is computed once (SQLite ≥ 3.35 and PostgreSQL ≥ 12 read the hint).
        with_sql = ",\n".join(
            f"{name} AS {'NOT MATERIALIZED ' if name in INLINED else 'MATERIALIZED '}({sql})"
            for name, sql, _params in parts
        )
        with_params = [value for _name, _sql, values in parts for value in values]
        order = DATE_ORDER if params.sort == "date" else RELEVANCE_ORDER
        per_page, offset = request.per_page, (min(params.page, MAX_PAGE) - 1) * request.per_page
        filtered = [name for name in FACETS if name in params.filters]
        counts_here = "1 = 1"  # without filters, every hit counts
        if filtered:
            counts_here = (
                "v.passed - (CASE v.facet "
                + "".join(f"WHEN '{name}' THEN v.passed_{name} " for name in filtered)
                + f"ELSE 0 END) = {len(filtered)} - (CASE v.facet "
                + "".join(f"WHEN '{name}' THEN 1 " for name in filtered)
                + "ELSE 0 END)"
            )
        sql = (
            f"WITH {with_sql}\n"
            "SELECT 'facet', v.facet, v.value, COUNT(*), CAST(NULL AS DOUBLE PRECISION), CAST(NULL AS DATE), "
            f"CAST(NULL AS BIGINT) FROM flagged v WHERE {counts_here} GROUP BY v.facet, v.value\n"
            "UNION ALL SELECT 'total', CAST(NULL AS TEXT), CAST(NULL AS TEXT), n, NULL, NULL, NULL FROM counted\n"
            f"UNION ALL SELECT 'hit', model, kind, pk, score, day, ROW_NUMBER() OVER (ORDER BY {order}) FROM ("
            f"SELECT model, kind, pk, score, day FROM judged WHERE passed = {len(filtered)} ORDER BY {order} "
            "LIMIT %s OFFSET (SELECT CASE WHEN n > %s THEN %s ELSE ((n - 1) / %s) * %s END FROM counted)) shown"
        )
        return sql, [*with_params, per_page, offset, offset, per_page, per_page]

    def _fts(self, alternatives: list[list[frozenset[str]]]) -> tuple[str, list]:
        """``(content_type_id, object_id, score)`` of every index entry matching one of the alternatives."""
        selects, params = [], []
        for terms in alternatives:
            terms = [sorted(forms) for forms in terms if forms]
            if self.name == "sqlite":
                sql, values = _match_sqlite(terms)
            elif self.name == "postgresql":
                sql, values = _match_postgres(terms)
            else:
                raise SearchUnavailable(f"the database backend needs SQLite or PostgreSQL, not {self.name}")
            selects.append(sql)
            params += values
        return " UNION ALL ".join(selects), params

    def _pages(self, request: SearchRequest, prepared: Prepared):
        """The matched pages the request may list, with their type, date and year."""
        pages = request.access.pages()
        if not request.params.all_languages:
            pages = pages.filter(locale_id=prepared.locale_id)
        day = _date_expression()
        return (
            pages.filter(pk__in=RawSQL("SELECT object_id FROM matched_pages", ()))  # noqa: S611 - fixed SQL
            .order_by()
            .values(hit_pk=F("pk"), hit_type=F("content_type_id"), hit_day=day)
        )

    def _documents(self, request: SearchRequest):
        """The matched documents the request may list (``base.listed_documents``), dated."""
        Document = get_document_model()
        day = _date_of(Document, kind_of_model(Document).date or "created_at")
        matched = Document.objects.filter(pk__in=RawSQL("SELECT object_id FROM matched_documents", ()))  # noqa: S611
        return listed_documents(request.access, matched).order_by().values(hit_pk=F("pk"), hit_day=day)

    def _hits(self) -> tuple[str, list]:
        """``(model, pk, kind, score, day, year)`` of every hit the request may see, before the filters.

        The year is read from the day in SQL: ``ExtractYear`` would compute the day a second time (on SQLite
        through Django's Python functions, once per hit).
        """
        kinds = [(ContentType.objects.get_for_model(kind.get_model()).pk, kind.slug) for kind in page_kinds()]
        case = "CASE p.hit_type " + "WHEN %s THEN %s " * len(kinds) + "ELSE %s END"
        params = [value for pair in kinds for value in pair] + [PAGE.slug, kind_of_model(get_document_model()).slug]
        year = (
            "CAST(substr({}, 1, 4) AS INTEGER)" if self.name == "sqlite" else "CAST(EXTRACT(YEAR FROM {}) AS INTEGER)"
        )
        sql = (
            f"SELECT 'page' AS model, p.hit_pk AS pk, {case} AS kind, m.score AS score, p.hit_day AS day, "
            f"{year.format('p.hit_day')} AS year FROM pages p JOIN matched_pages m ON m.object_id = p.hit_pk "
            f"UNION ALL SELECT 'document', d.hit_pk, %s, m.score, d.hit_day, {year.format('d.hit_day')} "
            "FROM documents d JOIN matched_documents m ON m.object_id = d.hit_pk"
        )
        return sql, params

    def _facet_values(self) -> tuple[str, list]:
        """``(model, pk, facet, value, score, day)``: each hit's values, as text, once each; the hit's score and
        day on its ``type`` row (one per hit), ``NULL`` on the others."""
        selects = [
            "SELECT model, pk, 'type' AS facet, kind AS value, score, day FROM hits",
            f"SELECT model, pk, 'year', CAST(CAST(year AS INTEGER) AS TEXT), {NO_SCORE_DAY} FROM hits WHERE year IS NOT NULL",
        ]
        params = []
        in_hits = RawSQL("SELECT pk FROM hits WHERE model = 'page'", ())  # noqa: S611 - a fixed statement
        for kind in page_kinds():
            pages = kind.get_model().objects.filter(pk__in=in_hits).order_by()
            for facet, lookups in (("theme", kind.themes), ("organisation", kind.organisations)):
                for lookup in lookups:
                    links = pages.filter(**{f"{lookup}__isnull": False}).values(
                        link_pk=F("pk"), link_key=F(f"{lookup}__translation_key")
                    )
                    sql, values = _sql(links)
                    selects.append(
                        f"SELECT 'page', link_pk, '{facet}', CAST(link_key AS TEXT), {NO_SCORE_DAY} FROM ({sql}) l"
                    )
                    params += values
            for lookup in kind.organisations:
                countries = pages.filter(**{f"{lookup}__isnull": False})
                sql, values = _sql(countries.values(link_pk=F("pk"), link_code=F(f"{lookup}__country")))
                selects.append(
                    f"SELECT 'page', link_pk, 'country', link_code, {NO_SCORE_DAY} FROM ({sql}) l WHERE link_code <> ''"
                )
                params += values
            if kind.countries:
                sql, values = _sql(pages.values(link_pk=F("pk"), codes=F(kind.countries)))
                selects.append(self._split_countries(sql))
                params += values
        return " UNION ".join(selects), params

    def _split_countries(self, sql: str) -> str:
        """A ``CountryField(multiple=True)`` is stored as ``"ML,BF"``: one row per code."""
        if self.name == "postgresql":
            return f"SELECT 'page', c.link_pk, 'country', code, {NO_SCORE_DAY} FROM ({sql}) c, unnest(string_to_array(c.codes, ',')) code WHERE code <> ''"
        return (
            f"SELECT 'page', c.link_pk, 'country', j.value, {NO_SCORE_DAY} FROM ({sql}) c, "
            "json_each('[\"' || replace(c.codes, ',', '\",\"') || '\"]') j WHERE j.value <> ''"
        )

    def _filter_values(self, filters: dict) -> dict[str, str]:
        """The filters' values as ``facet_values`` holds them (text; UUIDs as the database writes them)."""
        values = {}
        for name, value in filters.items():
            if name in ("theme", "organisation") and not self.connection.features.has_native_uuid_field:
                value = uuid.UUID(value).hex
            values[name] = str(value)
        return values


def _sql(queryset) -> tuple[str, list]:
    sql, params = queryset.query.get_compiler(using=queryset.db).as_sql()
    return sql, list(params)


def _best(content_type_ids: list[int]) -> tuple[str, list]:
    """Matched ids of the given types with their best score over the alternatives."""
    placeholders = ", ".join(["%s"] * len(content_type_ids))
    return (
        "SELECT CAST(object_id AS INTEGER) AS object_id, MAX(score) AS score FROM fts "
        f"WHERE content_type_id IN ({placeholders}) GROUP BY object_id",
        content_type_ids,
    )


def _flagged(filters: dict[str, str]) -> tuple[str, list]:
    """Each row of ``facet_values`` with its hit's ``passed`` (how many filters the hit passes) and
    ``passed_<facet>`` (0 or 1) per filter, counted over the hit's rows by a window: no join between the
    expressions, whose sizes the planners cannot estimate (PostgreSQL then nests loops over them)."""
    if not filters:
        return "SELECT model, pk, facet, value, score, day, 0 AS passed FROM facet_values", []
    names = [name for name in FACETS if name in filters]
    flags = "".join(
        f", SUM(CASE WHEN facet = %s AND value = %s THEN 1 ELSE 0 END) OVER hit AS passed_{name}" for name in names
    )
    passed = " + ".join(f"passed_{name}" for name in names)
    sql = (
        f"SELECT f.*, {passed} AS passed FROM (SELECT model, pk, facet, value, score, day{flags} "
        "FROM facet_values WINDOW hit AS (PARTITION BY model, pk)) f"
    )
    return sql, [value for name in names for value in (name, filters[name])]


def _match_sqlite(terms: list[list[str]]) -> tuple[str, list]:
    fts = f"{IndexEntry._meta.db_table}_fts"
    expression = " AND ".join("(" + " OR ".join(f'"{form}"' for form in forms) + ")" for forms in terms)
    # bm25 weights follow the FTS5 table's columns: (autocomplete, body, title); lower is better.
    sql = (
        f"SELECT e.content_type_id AS content_type_id, e.object_id AS object_id, "
        f"-bm25({fts}, 0.0, 1.0, {TITLE_WEIGHT}) AS score "
        f"FROM {fts} JOIN {IndexEntry._meta.db_table} e ON e.id = {fts}.rowid WHERE {fts} MATCH %s"
    )
    return sql, [f"{{title body}} : ({expression})"]


def _match_postgres(terms: list[list[str]]) -> tuple[str, list]:
    config = getattr(get_search_backend(), "config", None)  # the backend's SEARCH_CONFIG, as the index was built
    to_tsquery = "to_tsquery(%s::regconfig, %s)" if config else "to_tsquery(%s)"

    def tsquery(text):
        return ([config] if config else []) + [text]

    # One condition per term, on each of the two columns: PostgreSQL combines their GIN indexes.
    conditions, params = [], []
    for forms in terms:
        either = " | ".join(forms)
        conditions.append(f"(e.title @@ {to_tsquery} OR e.body @@ {to_tsquery})")
        params += tsquery(either) + tsquery(either)
    query = " & ".join("(" + " | ".join(forms) + ")" for forms in terms)
    sql = (
        f"SELECT e.content_type_id AS content_type_id, e.object_id AS object_id, "
        f"ts_rank(e.title, q) * {TITLE_WEIGHT} + ts_rank(e.body, q) AS score "
        f"FROM {IndexEntry._meta.db_table} e, {to_tsquery} q WHERE {' AND '.join(conditions)}"
    )
    return sql, [*tsquery(query), *params]


def _date_of(model, field_name: str, prefix: str = ""):
    lookup = f"{prefix}{field_name}"
    return TruncDate(lookup) if isinstance(model._meta.get_field(field_name), DateTimeField) else F(lookup)


def _date_expression():
    """A page's date: its kind's own date field when it has one, else its first publication (local day)."""
    expressions = [
        _date_of(kind.get_model(), kind.date, f"{kind.get_model()._meta.model_name}__")
        for kind in page_kinds()
        if kind.date
    ]
    return Coalesce(*expressions, TruncDate("first_published_at"), output_field=DateField())


def _date(value) -> datetime.date | None:
    """A date column as read (SQLite gives text)."""
    if value is None or isinstance(value, datetime.date):
        return value
    return datetime.date.fromisoformat(str(value)[:10])


def _facet_value(name: str, value: str):
    """A facet value as ``ResultPage.counts`` holds it: a year as an int, a UUID with dashes."""
    if name == "year":
        return int(value)
    if name in ("theme", "organisation"):
        return str(uuid.UUID(value))
    return value
