"""Wagtail's engine backends (``opensearch2``, ``elasticsearch7``) with bounded index writes and catching up.

The settings (``network_site.settings.search_engine``) name these classes. They index exactly as Wagtail's
(same mapping, atomic rebuild by alias); what they add:

- a single write (an object saved or deleted: a page published, moved, unpublished) waits at most
  ``WRITE_TIMEOUT`` seconds (setting ``SEARCH_WRITE_TIMEOUT``); when it fails (engine down: connection refused; frozen: timeout) the object
  is recorded as a ``search.models.PendingIndexUpdate`` and, for ``PAUSE`` seconds, the next writes are
  only recorded (so that publishing a page, which writes several objects, stays within two seconds
  whatever the engine does; the pause is per process, ``resume()`` ends it). Wagtail logs the failure (``modelsearch.index``); the skipped writes are
  logged here (``search.backends.engine_index``).
- after a successful write, the pending updates are replayed (``replay_pending``); ``manage.py
  search_catch_up`` replays them at once.
- bulk writes (``update_index``), and the refresh that ends a rebuild, wait up to ``BULK_TIMEOUT`` seconds per
  request (a refresh of 20,000 pages may take longer than ``SEARCH_TIMEOUT`` on a busy node).
- a moved page's descendants are indexed again (their tree paths changed; ``reindex_moved``);
- what is typed for an autocomplete field (the admin's search of titles) is folded like what is indexed:
  Wagtail's edge n-gram analyser folds accents (``asciifolding``), but its search analyser, ``standard``,
  does not, so that ``Réunion`` typed would miss the indexed ``reunion``. ``FoldedSearchMappingMixin`` names
  ``FOLDED_SEARCH_ANALYZER`` (standard tokens, lower case, accents folded: ``INDEX_SETTINGS``) instead.
"""

import contextlib
import logging
import time

from django.apps import apps
from django.conf import settings
from modelsearch.index import class_is_indexed
from wagtail.search.backends.elasticsearch7 import (
    Elasticsearch7Index,
    Elasticsearch7Mapping,
    Elasticsearch7SearchBackend,
)
from wagtail.search.backends.opensearch2 import OpenSearch2Index, OpenSearch2Mapping, OpenSearch2SearchBackend

from network_site.settings.search_engine import FOLDED_SEARCH_ANALYZER

logger = logging.getLogger(__name__)

WRITE_TIMEOUT = 0.5  # seconds, at most, for one object's write (a healthy engine answers in milliseconds)
BULK_TIMEOUT = 120.0  # seconds, per bulk request of update_index
PAUSE = 30.0  # seconds without writing to the engine after a failed write
REPLAY_BATCH = 200  # pending updates replayed after one successful write

_paused_until = 0.0  # time.monotonic() before which this process only records its writes


def pause() -> None:
    global _paused_until
    _paused_until = time.monotonic() + PAUSE


def resume() -> None:
    """Writes go to the engine again from now on (a test's start, or once the engine is known to be back)."""
    global _paused_until
    _paused_until = 0.0


def paused() -> bool:
    return time.monotonic() < _paused_until


class BoundedIndexMixin:
    """An index whose single writes wait at most the backend's ``write_timeout``."""

    def refresh(self):
        self.es.indices.refresh(index=self.name, request_timeout=BULK_TIMEOUT)

    def add_item(self, item):
        if not class_is_indexed(type(item)):
            return
        mapping = self.mapping_class(type(item))
        self.es.index(
            index=self.name,
            body=mapping.get_document(item),
            id=mapping.get_document_id(item),
            request_timeout=self.backend.write_timeout,
            **_refresh(),
        )

    def delete_item(self, item):
        if not class_is_indexed(type(item)):
            return
        self.delete_id(self.mapping_class(type(item)).get_document_id(item))

    def delete_id(self, document_id: str):
        with contextlib.suppress(self.backend.NotFoundError):
            self.es.delete(index=self.name, id=document_id, request_timeout=self.backend.write_timeout, **_refresh())


def _refresh() -> dict:
    """A single write's refresh argument: searchable at once with ``SEARCH_REFRESH_ON_WRITE`` (tests: the admin's
    search, Wagtail's own, refreshes nothing before it searches), else at the engine's next refresh (1 s)."""
    return {"refresh": "true"} if settings.SEARCH_REFRESH_ON_WRITE else {}


class BoundedWritesMixin:
    """A backend whose single writes are bounded, recorded when they fail, and replayed later."""

    def __init__(self, params):
        super().__init__(params)
        self.write_timeout = getattr(settings, "SEARCH_WRITE_TIMEOUT", WRITE_TIMEOUT)

    def bulk(self, client, actions, **kwargs):
        return super().bulk(client, actions, request_timeout=BULK_TIMEOUT, **kwargs)

    def add(self, obj):
        if self._write(obj, super().add):
            self.replay_pending(REPLAY_BATCH)

    def delete(self, obj):
        if self._write(obj, super().delete):
            self.replay_pending(REPLAY_BATCH)

    def _write(self, obj, write) -> bool:
        """Writes ``obj`` unless paused; on failure records it, pauses and re-raises. Whether it was written."""
        if paused():
            _record(obj)
            logger.warning("Search engine paused after a failed write: %r recorded for later indexing", obj)
            return False
        try:
            write(obj)
        except Exception:
            _record(obj)
            pause()
            raise  # logged by Wagtail (modelsearch.index), which keeps the save going
        return True

    def replay_pending(self, limit: int | None = None) -> int:
        """Indexes again (or removes) the objects of pending updates, oldest first; returns how many were done.

        Stops at the first failure (the engine went away again: writes pause again).
        """
        from ..models import PendingIndexUpdate

        done = 0
        pending = PendingIndexUpdate.objects.order_by("pk")
        for update in pending[:limit] if limit else pending.iterator():
            model = apps.get_model(update.model)
            obj = model.get_indexed_objects().filter(pk=update.object_id).first()
            try:
                if obj is not None:
                    super().add(obj.get_indexed_instance() or obj)
                else:
                    index = self.get_index_for_model(model)
                    index.delete_id(update.object_id)
            except Exception:
                pause()
                logger.exception("Search engine: replaying %s failed, %d done", update, done)
                break
            update.delete()
            done += 1
        return done


def _record(obj) -> None:
    from ..models import PendingIndexUpdate

    PendingIndexUpdate.objects.get_or_create(model=obj._meta.label_lower, object_id=str(obj.pk))


class FoldedSearchMappingMixin:
    """A mapping whose autocomplete fields fold what is typed as their analyser folds what is indexed."""

    edgengram_analyzer_config = {"analyzer": "edgengram_analyzer", "search_analyzer": FOLDED_SEARCH_ANALYZER}


class OpenSearch2Mapping(FoldedSearchMappingMixin, OpenSearch2Mapping):
    pass


class Elasticsearch7Mapping(FoldedSearchMappingMixin, Elasticsearch7Mapping):
    pass


class OpenSearch2Index(BoundedIndexMixin, OpenSearch2Index):
    pass


class Elasticsearch7Index(BoundedIndexMixin, Elasticsearch7Index):
    pass


class OpenSearch2Backend(BoundedWritesMixin, OpenSearch2SearchBackend):
    """Wagtail's ``opensearch2`` backend (OpenSearch 2.x, opensearch-py 2) with bounded writes."""

    index_class = OpenSearch2Index
    mapping_class = OpenSearch2Mapping


class Elasticsearch7Backend(BoundedWritesMixin, Elasticsearch7SearchBackend):
    """Wagtail's ``elasticsearch7`` backend (Elasticsearch 7.x, elasticsearch-py 7.13) with bounded writes."""

    index_class = Elasticsearch7Index
    mapping_class = Elasticsearch7Mapping


def reindex_moved(sender, instance, **kwargs):
    """``post_page_move`` receiver: the moved page's descendants get their new tree paths in every engine backend."""
    from wagtail.search.backends import get_search_backends

    backends = [backend for backend in get_search_backends() if isinstance(backend, BoundedWritesMixin)]
    if not backends:
        return
    by_model = {}
    for page in instance.get_descendants().specific():
        by_model.setdefault(type(page), []).append(page)
    for backend in backends:
        for model, pages in by_model.items():
            try:
                backend.add_bulk(model, pages)
            except Exception:
                logger.exception("Search engine: indexing the moved descendants of %r failed", instance)
                for page in pages:
                    _record(page)
