from django.apps import AppConfig
from django.db.models.signals import pre_save
from django.utils.translation import gettext_lazy as _


class DocumentsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "network_site.documents"
    label = "documents"
    verbose_name = _("Documents")

    def ready(self):
        from .signals import fill_document_text

        pre_save.connect(fill_document_text, sender=self.get_model("ArchiveDocument"), dispatch_uid="archive-text")
