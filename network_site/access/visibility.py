"""Whether a request may open a page, a document or an image.

One rule for everything (docs/access.md):

- a **page** may be opened if the request passes every view restriction of the page and of
  its ancestors (login, groups or password, Wagtail's ``PageViewRestriction``), and an
  anonymous visitor passes none (log in first, then give a section's password);
- a **document or image** may be fetched if the request passes its collection's view
  restrictions *and* either it is used by at least one live page that the request may open
  (Wagtail's reference index: image and document choosers, rich text links, foreign keys) or
  the user may use it in the admin (staff: a permission on its collection). A file that no
  page uses is for staff only.
"""

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page, PageViewRestriction, ReferenceIndex
from wagtail.permissions import policy_registry

FILE_STAFF_ACTIONS = ["add", "change", "choose"]


def _accepts(restriction, request, group_ids) -> bool:
    """``restriction.accept_request(request)``, with the user's groups read once.

    Anonymous visitors pass no restriction, not even a password one: the site is private, and
    a password section is for logged-in people who also have its password.
    """
    user = request.user
    if not user.is_authenticated:
        return False
    if restriction.restriction_type == restriction.GROUPS:
        return user.is_superuser or any(group.pk in group_ids for group in restriction.groups.all())
    return restriction.accept_request(request)


def user_group_ids(request) -> set[int]:
    user = request.user
    if not user.is_authenticated:
        return set()
    if not hasattr(request, "_access_group_ids"):
        request._access_group_ids = set(user.groups.values_list("pk", flat=True))
    return request._access_group_ids


def restrictions_of(page) -> dict[int, tuple[str, set[int]]]:
    """The view restrictions on ``page`` and its ancestors, in one query: {id: (kind, group ids)}."""
    steplen = page.steplen
    paths = [page.path[:end] for end in range(steplen, len(page.path) + 1, steplen)]
    rows = PageViewRestriction.objects.filter(page__path__in=paths).values_list("pk", "restriction_type", "groups")
    restrictions = {}
    for pk, kind, group_id in rows:
        restrictions.setdefault(pk, (kind, set()))[1].update([group_id] if group_id else [])
    return restrictions


def refused_restrictions(request, restrictions):
    """The restrictions (page or collection) that the request does not pass."""
    group_ids = user_group_ids(request)
    return [restriction for restriction in restrictions if not _accepts(restriction, request, group_ids)]


def can_view_page(request, page) -> bool:
    return not refused_restrictions(request, page.get_view_restrictions().prefetch_related("groups"))


def hidden_sections(request) -> list[Page]:
    """The pages under a view restriction that the request does not pass (their subtrees are hidden)."""
    restrictions = PageViewRestriction.objects.select_related("page").prefetch_related("groups")
    return [restriction.page for restriction in refused_restrictions(request, restrictions)]


def visible(pages, request):
    """``pages`` (a ``PageQuerySet``) minus those the request may not open."""
    for page in hidden_sections(request):
        pages = pages.not_descendant_of(page, inclusive=True)
    return pages


def pages_using(obj):
    """Live pages whose content uses ``obj`` (an image or a document), from Wagtail's reference index."""
    page_type = ContentType.objects.get_for_model(Page)
    page_ids = (
        ReferenceIndex.get_references_to(obj)
        .filter(base_content_type=page_type)
        .values_list("object_id", flat=True)
        .distinct()
    )
    return Page.objects.live().filter(pk__in=[int(pk) for pk in page_ids])


def is_file_staff(request, obj) -> bool:
    """Whether the user may use ``obj`` (an image or a document) in the admin."""
    user = request.user
    if not user.is_authenticated:
        return False
    policy = policy_registry.get_by_type(type(obj))
    return policy.user_has_any_permission_for_instance(user, FILE_STAFF_ACTIONS, obj)


def refused_collection_restrictions(request, obj):
    """The view restrictions of ``obj``'s collection (and its ancestors) that the request does not pass."""
    return refused_restrictions(request, obj.collection.get_view_restrictions().prefetch_related("groups"))


def is_used_by_a_page_open_to(request, obj) -> bool:
    return is_file_staff(request, obj) or any(can_view_page(request, page) for page in pages_using(obj))


def can_fetch_file(request, obj) -> bool:
    """Whether the request may fetch ``obj`` (an image or a document): see the module's docstring."""
    return not refused_collection_restrictions(request, obj) and is_used_by_a_page_open_to(request, obj)
