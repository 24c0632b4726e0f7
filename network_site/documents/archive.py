"""The "Archive" collection: where the original files of meeting reports are kept.

The report importer puts each original there; the access policy restricts it
like the meeting reports (``network_site.access.policy``) and keeps their
deletion for moderators (``network_site.access.permissions``). Whichever runs
first makes it.
"""

from wagtail.models import Collection

ARCHIVE_COLLECTION = "Archive"  # the collection's name, under the root collection


def archive_collection() -> tuple[Collection, bool]:
    """The Archive collection, made under the root collection if there is none: ``(collection, created)``."""
    collection = Collection.objects.filter(name=ARCHIVE_COLLECTION).first()
    if collection is not None:
        return collection, False
    return Collection.get_first_root_node().add_child(name=ARCHIVE_COLLECTION), True


def archive_collections():
    """The Archive collection and the collections under it (a queryset; empty while there is no Archive)."""
    archive = Collection.objects.filter(name=ARCHIVE_COLLECTION).first()
    return archive.get_descendants(inclusive=True) if archive else Collection.objects.none()


def in_archive(collection: Collection) -> bool:
    """Whether ``collection`` is the Archive collection or under it (one query)."""
    return archive_collections().filter(pk=collection.pk).exists()
