from django.apps import AppConfig
from django.db.models.signals import post_migrate


class AccessConfig(AppConfig):
    name = "network_site.access"
    label = "access"
    verbose_name = "Access"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from wagtail.signals import page_published

        from . import policy

        # The policy is in force after every `migrate` (deploys, test databases) and whenever a page is published.
        post_migrate.connect(policy.apply_policy_after_migrate, sender=self)
        page_published.connect(policy.apply_policy_on_publish)
