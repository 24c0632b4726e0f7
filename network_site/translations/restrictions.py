"""A view restriction set on a source page applies to every language version of it.

wagtail-localize copies a page's view restriction to its translation when the
translation is created or synced, and Wagtail copies it to an alias when the
alias is made. Between two syncs, though, a restriction added to (or changed
on) a French page would leave its English translation, or the alias that shows
its French text under ``/en/``, open to readers the French page refuses. So a
restriction saved on a page of a source locale (one that other locales are
synchronised from) is copied at once to the page's versions in those locales.

wagtail-localize copies a new translation's restriction without its groups
(``TranslationSource.sync_view_restrictions``): a group restriction saved on a
page of a synchronised locale with no groups gets the groups of the source
page's restriction, so that the right readers can open it at once.

Removing a restriction is not propagated here (a page being deleted removes
its restrictions first, and its translations must not be opened by that): it
reaches the translations at their next sync, as wagtail-localize does it.
"""

from django.db.models.signals import m2m_changed, post_save
from wagtail.models import Page, PageViewRestriction
from wagtail_localize.models import LocaleSynchronization


def copy_restriction(restriction: PageViewRestriction, target: Page) -> None:
    """Give ``target`` the same view restriction as ``restriction`` (type, password, groups)."""
    copy = target.view_restrictions.first() or PageViewRestriction(page=target)
    groups = set(restriction.groups.values_list("pk", flat=True))
    if (
        copy.pk is None
        or copy.restriction_type != restriction.restriction_type
        or copy.password != restriction.password
    ):
        copy.restriction_type = restriction.restriction_type
        copy.password = restriction.password
        copy.save()
    if set(copy.groups.values_list("pk", flat=True)) != groups:
        copy.groups.set(groups)


def propagate_restriction(restriction: PageViewRestriction) -> None:
    """Copy ``restriction`` from its page to the page's versions in the locales synchronised from its locale."""
    page = Page.objects.filter(pk=restriction.page_id).only("pk", "translation_key", "locale_id").first()
    if page is None:
        return
    target_locales = LocaleSynchronization.objects.filter(sync_from_id=page.locale_id).values_list(
        "locale_id", flat=True
    )
    for target in Page.objects.filter(translation_key=page.translation_key, locale_id__in=target_locales):
        copy_restriction(restriction, target)


def complete_copied_groups(restriction: PageViewRestriction) -> None:
    """Give a group restriction without groups, on a translated page, the groups of the source page's."""
    if restriction.restriction_type != PageViewRestriction.GROUPS or restriction.groups.exists():
        return
    page = Page.objects.filter(pk=restriction.page_id).only("pk", "translation_key", "locale_id").first()
    sync = page and LocaleSynchronization.objects.filter(locale_id=page.locale_id).first()
    if sync is None:
        return
    source = PageViewRestriction.objects.filter(
        page__translation_key=page.translation_key,
        page__locale_id=sync.sync_from_id,
        restriction_type=PageViewRestriction.GROUPS,
    ).first()
    if source is not None:
        restriction.groups.set(source.groups.all())


def _on_restriction_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        propagate_restriction(instance)
        complete_copied_groups(instance)


def _on_groups_changed(sender, instance, action, reverse, **kwargs):
    if action in {"post_add", "post_remove", "post_clear"} and not reverse:
        propagate_restriction(instance)


def connect() -> None:
    post_save.connect(_on_restriction_saved, sender=PageViewRestriction, dispatch_uid="translations_restriction_saved")
    m2m_changed.connect(
        _on_groups_changed, sender=PageViewRestriction.groups.through, dispatch_uid="translations_restriction_groups"
    )
