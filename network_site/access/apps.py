from django.apps import AppConfig
from django.db.models.signals import post_migrate


class AccessConfig(AppConfig):
    name = "network_site.access"
    label = "access"
    verbose_name = "Access"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from axes.signals import user_locked_out
        from django.db.models.signals import pre_delete
        from wagtail.documents import get_document_model
        from wagtail.images import get_image_model
        from wagtail.signals import page_published

        from . import accounts, permissions, policy
        from .deletions import record_file_deletion

        # Deleting a file is its own permission (not "change"), and never unnoticed (permissions.py, deletions.py).
        permissions.register()
        for model in (get_document_model(), get_image_model()):
            pre_delete.connect(record_file_deletion, sender=model, dispatch_uid=f"file-deletion-{model._meta.label}")

        user_locked_out.connect(accounts.log_lockout, dispatch_uid="network_site.access.log_lockout")

        # The policy is in force after every `migrate` (deploys, test databases) and whenever a page is published.
        post_migrate.connect(policy.apply_policy_after_migrate, sender=self)
        page_published.connect(policy.apply_policy_on_publish)
