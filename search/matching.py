"""Full-text matching: query terms → every indexed object that has them all, with a relevance score.

The index is Wagtail's database search backend's own (``wagtail.search``'s
``IndexEntry`` rows, kept up to date by Wagtail on save and by ``update_index``);
objects put their normalised text in it (``network_site.core.indexing``). What the backend's
``.search()`` lacks for a faceted search is one thing: every match with its
score in one pass (on SQLite it scores each row with a query of its own). So
this module reads the same index with one SQL statement per vendor:

- SQLite: the FTS5 table, ``MATCH`` on the title and body columns, ``bm25()`` (title weighted 2);
- PostgreSQL: the ``title`` and ``body`` tsvectors (each term in either, so that their GIN
  indexes serve), ``to_tsquery`` in the backend's ``SEARCH_CONFIG``, ``ts_rank()``.

Any other database goes through Wagtail's ``.search()`` API (slower, same matches).
Query terms are ``network_site.core.normalise.query_terms`` output: ASCII letters and
digits only, so nothing a member types reaches the SQL as syntax.
"""

from collections.abc import Iterable, Sequence

from django.db import connections, router
from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry
from wagtail.search.query import And, Or, PlainText

Terms = Sequence[Iterable[str]]
Scores = dict[int, float]  # object id → score, higher is better

TITLE_WEIGHT = 2.0


def match(terms: Terms, model, content_type_ids: Iterable[int]) -> Scores:
    """Objects of ``model`` (indexed under ``content_type_ids``) whose title or text has every term.

    ``terms`` is a list of term forms (a match needs one form of each term);
    returns ``{primary key: score}``, empty when there are no terms.
    """
    terms = [sorted(forms) for forms in terms if forms]
    content_type_ids = sorted(set(content_type_ids))
    if not terms or not content_type_ids:
        return {}
    connection = connections[router.db_for_read(IndexEntry)]
    if connection.vendor == "sqlite" and _has_fts(connection):
        rows = _match_sqlite(connection, terms, content_type_ids)
    elif connection.vendor == "postgresql":
        rows = _match_postgres(connection, terms, content_type_ids)
    else:
        return _match_with_wagtail_api(terms, model)
    pk = model._meta.pk
    return {pk.to_python(object_id): float(score) for object_id, score in rows}


def search_query(terms: Terms):
    """The Wagtail search query object for ``terms``: ``And(Or(PlainText(form)…)…)``."""
    return And([Or([PlainText(form) for form in sorted(forms)]) for forms in terms])


def _match_with_wagtail_api(terms, model) -> Scores:
    results = model._default_manager.all().search(search_query(terms), order_by_relevance=True)
    ranked = list(results.annotate_score("_score"))
    return {obj.pk: float(obj._score or 0) for obj in ranked}


_FTS_TABLES = {}  # database alias → whether its FTS5 table exists (made by migrations, checked once)


def _has_fts(connection) -> bool:
    if connection.alias not in _FTS_TABLES:
        _FTS_TABLES[connection.alias] = f"{IndexEntry._meta.db_table}_fts" in connection.introspection.table_names()
    return _FTS_TABLES[connection.alias]


def _match_sqlite(connection, terms, content_type_ids):
    fts = f"{IndexEntry._meta.db_table}_fts"
    expression = " AND ".join("(" + " OR ".join(f'"{form}"' for form in forms) + ")" for forms in terms)
    placeholders = ", ".join(["%s"] * len(content_type_ids))
    # bm25 weights follow the FTS5 table's columns: (autocomplete, body, title); lower is better.
    sql = (
        f"SELECT e.object_id, -bm25({fts}, 0.0, 1.0, {TITLE_WEIGHT}) "  # noqa: S608 - table names, no user text
        f"FROM {fts} JOIN {IndexEntry._meta.db_table} e ON e.id = {fts}.rowid "
        f"WHERE {fts} MATCH %s AND e.content_type_id IN ({placeholders})"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [f"{{title body}} : ({expression})", *content_type_ids])
        return cursor.fetchall()


def _match_postgres(connection, terms, content_type_ids):
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
        f"SELECT e.object_id, ts_rank(e.title, q) * {TITLE_WEIGHT} + ts_rank(e.body, q) "  # noqa: S608
        f"FROM {IndexEntry._meta.db_table} e, {to_tsquery} q "
        f"WHERE e.content_type_id = ANY(%s) AND {' AND '.join(conditions)}"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [*tsquery(query), content_type_ids, *params])
        return cursor.fetchall()
