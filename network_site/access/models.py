"""What the access app stores: the record of files deleted while pages used them (``FileDeletion``).

The access policy itself is made of Wagtail's own objects (groups, restrictions, workflow).
The module also makes Django send this app's ``post_migrate`` signal (see ``apps.py``).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class FileDeletion(models.Model):
    """A document or an image deleted while ``page`` used it (``deletions.record_file_deletion``).

    Shown to staff on the page (``access_tags.deleted_files_notice``) until the page gets a new revision.
    """

    DOCUMENT = "document"
    IMAGE = "image"
    KINDS = [(DOCUMENT, _("document")), (IMAGE, _("image"))]

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(_("kind"), max_length=10, choices=KINDS)
    title = models.CharField(_("title"), max_length=255)
    archive_original = models.BooleanField(_("Archive original"), default=False)
    deleted_at = models.DateTimeField(_("deleted at"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("file deletion")
        ordering = ["-deleted_at"]

    def __str__(self):
        return f"{self.kind} {self.title!r} (page {self.page_id})"
