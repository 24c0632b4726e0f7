"""Template tags of the access app: what staff are told on a page about files deleted from under it."""

from django import template
from wagtail.models import Page

from ..models import FileDeletion

register = template.Library()


@register.inclusion_tag("access/includes/deleted_files.html", takes_context=True)
def deleted_files_notice(context):
    """For staff (admin access), the files deleted since the page's latest revision while it used them.

    Returns ``deletions``: ``FileDeletion`` rows, newest first (one query for staff, none for others).
    """
    page, request = context.get("page"), context.get("request")
    if not isinstance(page, Page) or request is None or not request.user.has_perm("wagtailadmin.access_admin"):
        return {"deletions": []}
    deletions = FileDeletion.objects.filter(page_id=page.pk)
    if page.latest_revision_created_at:
        deletions = deletions.filter(deleted_at__gt=page.latest_revision_created_at)
    return {"deletions": list(deletions)}
