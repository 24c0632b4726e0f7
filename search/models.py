"""Index updates an engine missed (``search.backends.engine_index``): replayed when it answers again."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class PendingIndexUpdate(models.Model):
    """An object whose copy in the search engine may be out of date: ``model`` (``app_label.model_name``) and pk.

    Written when an index write failed or was skipped (engine down or frozen); removed once the object is
    indexed again (or removed from the index, if it no longer exists).
    """

    model = models.CharField(_("model"), max_length=100)
    object_id = models.CharField(_("object id"), max_length=64)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("pending search index update")
        verbose_name_plural = _("pending search index updates")
        constraints = [models.UniqueConstraint(fields=["model", "object_id"], name="search_pending_update_once")]

    def __str__(self):
        return f"{self.model} {self.object_id}"
