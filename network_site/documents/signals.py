"""Keeps ``ArchiveDocument.text`` in step with the document's file, however the document is saved.

Connected in ``DocumentsConfig.ready``. A document uploaded or replaced in the
admin gets the text of its file (see ``extraction``); a document saved
with its text already set (as the report importer does) is left as it is. A
file whose text cannot be read keeps an empty text and is logged (the admin's
upload form refuses such a file before it is saved: ``forms.DocumentForm``).
"""

import logging

from .extraction import SUFFIXES, ExtractionError, extract_file_text

logger = logging.getLogger(__name__)


def fill_document_text(sender, instance, raw=False, **kwargs):
    """``pre_save`` receiver: sets ``instance.text`` from its file when the file is new or changed, or the text empty."""
    if raw or not instance.file or instance.file_extension.lower() not in {s.lstrip(".") for s in SUFFIXES}:
        return
    if instance.text and not _file_changed(instance):
        return
    try:
        instance.text = extract_file_text(instance.file)
    except (ExtractionError, OSError) as error:
        logger.warning("No text extracted from document %r: %s", instance.file.name, error)
        instance.text = ""


def _file_changed(instance) -> bool:
    """Whether the document's file differs from the one stored (always true for a new document with no text)."""
    if instance.pk is None:
        return False  # a new document that comes with its text
    stored = type(instance).objects.filter(pk=instance.pk).values_list("file", "file_hash").first()
    return stored is None or stored != (instance.file.name, instance.file_hash)
