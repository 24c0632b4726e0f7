"""A file deleted while pages use it never goes unnoticed: a record per page, and a WARNING for the operators.

``record_file_deletion`` runs before a document or an image is deleted (``pre_delete``, connected in
``apps.AccessConfig.ready``: the admin's delete view, its bulk delete, the multiple-upload delete and code
alike). For each page that uses the file (Wagtail's reference index: the report's original, image and
document choosers, links in rich text) it stores a ``FileDeletion``, which the page shows to staff
(``templatetags.access_tags.deleted_files_notice``); it logs the deletion at WARNING on the
``network_site.security`` logger when the file was used by a page or was in the Archive collection.
"""

import logging

from django.contrib.contenttypes.models import ContentType
from wagtail.documents import get_document_model
from wagtail.models import Page, ReferenceIndex

from network_site.documents.archive import in_archive

from .models import FileDeletion

security_log = logging.getLogger("network_site.security")


def record_file_deletion(sender, instance, **kwargs):
    """``pre_delete`` receiver for the document and image models (see the module doc)."""
    page_type = ContentType.objects.get_for_model(Page)
    page_ids = sorted(
        {
            int(pk)
            for pk in ReferenceIndex.get_references_to(instance)
            .filter(base_content_type=page_type)
            .values_list("object_id", flat=True)
        }
    )
    kind = FileDeletion.DOCUMENT if isinstance(instance, get_document_model()) else FileDeletion.IMAGE
    archived = in_archive(instance.collection)
    FileDeletion.objects.bulk_create(
        FileDeletion(page_id=page_id, kind=kind, title=instance.title[:255], archive_original=archived)
        for page_id in Page.objects.filter(pk__in=page_ids).values_list("pk", flat=True)
    )
    if page_ids or archived:
        security_log.warning(
            "%s %s %r deleted%s; pages that used it: %s",
            kind,
            instance.pk,
            instance.title,
            " from the Archive collection" if archived else "",
            ", ".join(map(str, page_ids)) or "none",
        )
