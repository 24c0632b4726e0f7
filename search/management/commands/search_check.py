"""``manage.py search_check``: is the search index complete? Objects indexed per model, what is missing.

Reads Wagtail's database search index (``IndexEntry``), or the engine's indices (``SEARCH_URL``: the ids
of each model's documents, a page of 10,000 at a time): for each indexed model,
how many objects should be indexed, how many are, how many are missing and how
many index entries point to objects that no longer exist (stale). On an engine, the updates it
missed while down (``manage.py search_catch_up``) are counted too. Lists the
live pages missing from the index (the tree's root page, no content, is not
counted), and documents whose file gave no text.
Exits with an error when anything is missing or stale; ``manage.py
update_index`` rebuilds the index.
"""

from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand, CommandError
from django.db.models import CharField
from django.db.models.functions import Cast
from wagtail.documents import get_document_model
from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.backends.elasticsearch7 import ElasticsearchBaseSearchBackend
from wagtail.search.index import get_indexed_models
from wagtail.search.models import IndexEntry

from network_site.core.indexing import root_model

from ...models import PendingIndexUpdate


def _objects(model):
    objects = model.get_indexed_objects()
    if issubclass(model, Page):
        objects = objects.filter(depth__gt=1)  # the tree's root is no content
    return objects


def _database_rows(limit):
    """(label, objects, indexed, missing, stale) per model, and live pages missing, from ``IndexEntry``."""
    rows, missing_pages = [], []
    for model in sorted(get_indexed_models(), key=lambda model: model._meta.label):
        content_type = ContentType.objects.get_for_model(model)
        objects = _objects(model)
        entries = IndexEntry.objects.filter(content_type=content_type)
        missing = objects.annotate(pk_text=Cast("pk", output_field=CharField())).exclude(
            pk_text__in=entries.values("object_id")
        )
        stale = entries.exclude(object_id__in=_as_text(model._default_manager.all()))
        rows.append((model._meta.label, objects.count(), entries.count(), missing.count(), stale.count()))
        if issubclass(model, Page):
            missing_pages += list(missing.filter(live=True).values_list("pk", "title", "url_path")[:limit])
    return rows, missing_pages


def _engine_rows(backend, limit):
    """The same rows from the engine (a model's documents: those of its content type, its subclasses' too)."""
    rows, missing_pages = [], []
    for model in sorted(get_indexed_models(), key=lambda model: model._meta.label):
        content_type = backend.mapping_class(model).get_content_type()
        index = backend.get_index_for_model(model).name
        indexed = set(_engine_ids(backend, index, content_type))
        objects = _objects(model)
        expected = {str(pk) for pk in objects.values_list("pk", flat=True)}
        missing = expected - indexed
        stale = set()
        if model is root_model(model):  # its index: every document is of this model or a subclass
            stale = indexed - {str(pk) for pk in model._default_manager.values_list("pk", flat=True)}
        rows.append((model._meta.label, len(expected), len(expected & indexed), len(missing), len(stale)))
        if issubclass(model, Page) and missing:
            pages = objects.filter(pk__in=[int(pk) for pk in missing], live=True)
            missing_pages += list(pages.values_list("pk", "title", "url_path")[:limit])
    return rows, missing_pages


def _engine_ids(backend, index, content_type, size=10_000):
    """The ids of the documents of ``content_type`` in ``index``, a page of ``size`` at a time (``search_after``)."""
    after = None
    while True:
        body = {"query": {"term": {"_django_content_type": content_type}}, "sort": [{"pk": "asc"}], "size": size}
        if after:
            body["search_after"] = after
        hits = backend.es.search(index=index, body=body, _source=False, ignore_unavailable=True)["hits"]["hits"]
        yield from (hit["_id"] for hit in hits)
        if len(hits) < size:
            return
        after = hits[-1]["sort"]


def _as_text(queryset):
    return queryset.annotate(pk_text=Cast("pk", output_field=CharField())).values("pk_text")


class Command(BaseCommand):
    help = "Report the state of the search index: indexed objects per model and pages missing from it."

    def add_arguments(self, parser):
        parser.add_argument(
            "--list", dest="limit", type=int, default=20, metavar="N", help="List at most N missing pages (20)."
        )

    def handle(self, *args, limit, **options):
        backend = get_search_backend()
        if isinstance(backend, ElasticsearchBaseSearchBackend):
            rows, missing_pages = _engine_rows(backend, limit)
        elif type(backend).__module__.startswith("modelsearch.backends.database"):
            rows, missing_pages = _database_rows(limit)
        else:
            raise CommandError(f"{type(backend).__name__}: this search backend cannot be checked.")
        self._report(backend, rows, missing_pages, limit)

    def _report(self, backend, rows, missing_pages, limit):
        width = max(len(row[0]) for row in rows) if rows else 10
        self.stdout.write(f"Search index ({type(backend).__name__}):")
        self.stdout.write(f"{'model':<{width}}  {'objects':>8}  {'indexed':>8}  {'missing':>8}  {'stale':>6}")
        for label, objects, indexed, missing, stale in rows:
            self.stdout.write(f"{label:<{width}}  {objects:>8}  {indexed:>8}  {missing:>8}  {stale:>6}")

        total_missing = sum(row[3] for row in rows)
        total_stale = sum(row[4] for row in rows)
        if missing_pages:
            self.stdout.write("Live pages missing from the index:")
            for pk, title, url_path in missing_pages[:limit]:
                self.stdout.write(f"  {pk}  {title}  ({url_path})")
        else:
            self.stdout.write("Live pages missing from the index: none")
        Document = get_document_model()
        if hasattr(Document, "text"):
            empty = Document.objects.filter(text="").count()
            self.stdout.write(f"Documents without extracted text: {empty}")
        pending = PendingIndexUpdate.objects.count()
        if isinstance(backend, ElasticsearchBaseSearchBackend):
            self.stdout.write(f"Updates the engine missed (manage.py search_catch_up): {pending}")
        if total_missing or total_stale:
            raise CommandError(
                f"The index is incomplete: {total_missing} object(s) missing, {total_stale} stale entr(y/ies). "
                "Run `manage.py update_index`."
            )
        self.stdout.write(self.style.SUCCESS("The index is complete."))
