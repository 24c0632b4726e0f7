"""The site's document model: a Wagtail document plus the text extracted from its file, for search."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.documents.models import AbstractDocument, Document
from wagtail.search import index

from network_site.core.indexing import ContentKind, SearchTextMixin


class ArchiveDocument(SearchTextMixin, AbstractDocument):
    """A Wagtail document (``WAGTAILDOCS_DOCUMENT_MODEL``) whose extracted text is indexed.

    ``text`` holds the plain text of the file (PDF, Word, Markdown, text),
    so that search finds words that are only in the file.
    """

    text = models.TextField(_("extracted text"), blank=True, editable=False)

    admin_form_fields = Document.admin_form_fields
    search_fields = AbstractDocument.search_fields + [index.SearchField("text")]
    search_kind = ContentKind("document", pgettext_lazy("kind of content", "Document"), date="created_at")

    class Meta(AbstractDocument.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")
