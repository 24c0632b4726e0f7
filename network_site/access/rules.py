"""Who may open what: the one view rule of the site, for pages, documents, images, listings and search.

Restrictions are Wagtail's (``PageViewRestriction`` on a page and so on its
subtree, ``CollectionViewRestriction`` on a collection). The rule for one
restriction (``passes``):

- an anonymous visitor passes none (the site is private: log in first, then
  give a section's password);
- *login*: every logged-in person passes;
- *groups*: a member of one of its groups passes, and a superuser;
- *password*: depends on what is asked (``Password``). Opening a page or a
  document, Wagtail asks for the password after our check (``ASK``); an image
  needs it given in this session (``SESSION``); a listing (search results, the
  home page's lists) never shows what is behind a password (``NEVER``): its text
  would show in snippets.

A request may open a page if it passes every restriction of the page and its
ancestors; a document or an image if it passes its collection's restrictions
*and* it is used by a live page the request may open (Wagtail's reference
index), or it is a partnership's agreement document and the request is logged in (the
directory shows partnerships to every account), or the user may use it in the admin. ``Visibility`` applies the rule to
one request in a fixed number of queries, whatever the number of pages.

The rules of sections and collections (which is public, which needs a login or
a group) are ``Rule`` values: ``PUBLIC``, ``LOGIN``, ``MEMBERS_ONLY``. A page type
declares the rule of its sections as ``section_rule`` (``policy`` applies them).
See docs/access.md.
"""

import enum
from dataclasses import dataclass
from functools import cached_property

from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import BaseViewRestriction, CollectionViewRestriction, Page, PageViewRestriction, ReferenceIndex
from wagtail.permissions import policy_registry

from network_site.taxonomy.models import PartnershipDocument

from . import roles

__all__ = [
    "LOGIN",
    "MEMBERS_ONLY",
    "PUBLIC",
    "Password",
    "Rule",
    "Visibility",
    "passes",
]

FILE_STAFF_ACTIONS = ["add", "change", "choose"]


@dataclass(frozen=True)
class Rule:
    """A view restriction to set: ``kind`` is ``"public"`` (none), ``"login"`` or ``"groups"`` (with ``groups``)."""

    kind: str
    groups: tuple[str, ...] = ()

    def describe(self) -> str:
        return self.kind if self.kind != "groups" else f"groups {', '.join(self.groups)}"


PUBLIC = Rule("public")
LOGIN = Rule("login")
MEMBERS_ONLY = Rule("groups", (roles.MEMBERS, roles.EDITORS, roles.MODERATORS))


class Password(enum.Enum):
    """What a password restriction needs to be passed."""

    ASK = "ask"  # passed here: Wagtail asks for the password next (pages, documents)
    SESSION = "session"  # given in this session (images)
    NEVER = "never"  # never passed (listings and search results)


def passes(user, user_group_ids: set[int], kind: str, group_ids: set[int], password_given: bool = False) -> bool:
    """Whether ``user`` (in the groups ``user_group_ids``) passes one view restriction.

    ``kind`` is the restriction's ``restriction_type`` (``none``, ``login``,
    ``groups``, ``password``), ``group_ids`` its groups; ``password_given``
    whether its password counts as given (see ``Password``).
    """
    if kind == BaseViewRestriction.NONE:
        return True
    if not user.is_authenticated:
        return False
    if kind == BaseViewRestriction.LOGIN:
        return True
    if kind == BaseViewRestriction.GROUPS:
        return user.is_superuser or bool(group_ids & user_group_ids)
    return password_given


def _top_paths(paths) -> list[str]:
    """The paths that are not under another path of the list, sorted."""
    tops = []
    for path in sorted(paths):
        if not any(path.startswith(top) for top in tops):
            tops.append(path)
    return tops


class Visibility:
    """The view rule applied to one request (``request.user``, and its session for passwords)."""

    def __init__(self, request):
        self.request = request
        self.user = request.user

    @cached_property
    def group_ids(self) -> set[int]:
        if not self.user.is_authenticated:
            return set()
        return set(self.user.groups.values_list("pk", flat=True))

    def _password_given(self, model, pk: int, password: Password) -> bool:
        if password is Password.ASK:
            return True
        if password is Password.SESSION and self.user.is_authenticated:
            return pk in self.request.session.get(model.passed_view_restrictions_session_key, [])
        return False

    def _rows(self, restrictions) -> dict[int, tuple[str, set[int]]]:
        rows = {}
        for pk, kind, group_id in restrictions.values_list("pk", "restriction_type", "groups"):
            rows.setdefault(pk, (kind, set()))[1].update([group_id] if group_id else [])
        return rows

    def _refused(self, model, restrictions, password: Password) -> list[str]:
        """Kinds of the ``restrictions`` (a queryset of ``model``, read in one query) the request does not pass."""
        return [
            kind
            for pk, (kind, groups) in self._rows(restrictions).items()
            if not passes(self.user, self.group_ids, kind, groups, self._password_given(model, pk, password))
        ]

    def follows(self, rule: Rule) -> bool:
        """Whether the request passes ``rule`` (a ``Rule``: ``PUBLIC``, ``LOGIN``, ``MEMBERS_ONLY``…) as if it
        were a view restriction: what tells the roles apart (a partner account does not pass ``MEMBERS_ONLY``).
        At most two queries (the user's groups, once per request; the rule's groups)."""
        if rule.kind == PUBLIC.kind:
            return True
        group_ids = set()
        if rule.kind == BaseViewRestriction.GROUPS and self.user.is_authenticated:
            group_ids = set(Group.objects.filter(name__in=rule.groups).values_list("pk", flat=True))
        return passes(self.user, self.group_ids, rule.kind, group_ids)

    # Pages -------------------------------------------------------------------------------------------

    def can_open_page(self, page, password: Password = Password.SESSION) -> bool:
        """Whether the request passes every view restriction of ``page`` and its ancestors (one query)."""
        return bool(self.pages_it_may_open([page], password))

    def pages_it_may_open(self, pages, password: Password = Password.SESSION) -> set[int]:
        """Ids of the ``pages`` whose view restrictions (theirs and their ancestors') the request passes (one query)."""
        paths = {
            page.pk: {page.path[:end] for end in range(page.steplen, len(page.path) + 1, page.steplen)}
            for page in pages
        }
        rows = {}
        restrictions = PageViewRestriction.objects.filter(page__path__in=set().union(*paths.values()))
        for pk, kind, path, group_id in restrictions.values_list("pk", "restriction_type", "page__path", "groups"):
            rows.setdefault(pk, (kind, path, set()))[2].update([group_id] if group_id else [])
        refused = {
            path
            for pk, (kind, path, groups) in rows.items()
            if not passes(
                self.user, self.group_ids, kind, groups, self._password_given(PageViewRestriction, pk, password)
            )
        }
        return {pk for pk, page_paths in paths.items() if not page_paths & refused}

    @cached_property
    def hidden_page_paths(self) -> list[str]:
        """Tree paths of the pages whose subtrees a listing leaves out for this request (one query)."""
        return self._hidden_paths(PageViewRestriction, "page__path")

    @cached_property
    def hidden_collection_paths(self) -> list[str]:
        """Tree paths of the collections whose files a listing leaves out for this request (one query)."""
        return self._hidden_paths(CollectionViewRestriction, "collection__path")

    def _hidden_paths(self, model, path_lookup: str) -> list[str]:
        restrictions = {}
        for pk, kind, path, group_id in model.objects.values_list("pk", "restriction_type", path_lookup, "groups"):
            restrictions.setdefault(pk, (kind, path, set()))[2].update([group_id] if group_id else [])
        return _top_paths(
            path for kind, path, groups in restrictions.values() if not passes(self.user, self.group_ids, kind, groups)
        )

    def pages(self, queryset=None):
        """``queryset`` (default: every page) narrowed to what a listing may show this request: a ``PageQuerySet``.

        Live, not expired, not the tree's root, and outside every subtree the
        request does not pass (password restrictions included: ``Password.NEVER``).
        """
        queryset = Page.objects.all() if queryset is None else queryset
        queryset = queryset.live().filter(Q(expire_at__isnull=True) | Q(expire_at__gt=timezone.now()), depth__gt=1)
        for path in self.hidden_page_paths:
            queryset = queryset.exclude(path__startswith=path)
        return queryset

    # Documents and images ----------------------------------------------------------------------------

    def documents(self, queryset):
        """``queryset`` of documents narrowed to those in collections a listing may show (no password ones).

        The other half of the file rule (used by a page the request may see, or an agreement document of a
        partnership for a logged-in request) is the caller's to check, with the pages it reads anyway.
        """
        for path in self.hidden_collection_paths:
            queryset = queryset.exclude(collection__path__startswith=path)
        return queryset

    def collection_refusals(self, obj, password: Password) -> list[str]:
        """Kinds of the view restrictions of ``obj``'s collection (and its ancestors) the request does not pass."""
        return self._refused(CollectionViewRestriction, obj.collection.get_view_restrictions(), password)

    def is_file_staff(self, obj) -> bool:
        """Whether the user may use ``obj`` (an image or a document) in the admin."""
        if not self.user.is_authenticated:
            return False
        policy = policy_registry.get_by_type(type(obj))
        return policy.user_has_any_permission_for_instance(self.user, FILE_STAFF_ACTIONS, obj)

    def is_used_by_an_open_page(self, obj) -> bool:
        """Whether the user is file staff for ``obj``, or a live page that uses it may be opened, or ``obj`` is a
        partnership's agreement document (``PartnershipDocument``) and the request is logged in."""
        return (
            self.is_file_staff(obj)
            or any(self.can_open_page(page) for page in pages_using(obj))
            or (self.user.is_authenticated and is_agreement_document(obj))
        )

    def can_fetch_file(self, obj) -> bool:
        """Whether the request may fetch ``obj`` (an image: its password given in this session)."""
        return not self.collection_refusals(obj, Password.SESSION) and self.is_used_by_an_open_page(obj)


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


def is_agreement_document(obj) -> bool:
    """Whether ``obj`` (an image or a document) is an agreement document of a partnership (one query)."""
    return isinstance(obj, get_document_model()) and PartnershipDocument.objects.filter(document=obj).exists()


def visibility(request) -> Visibility:
    """The ``Visibility`` of ``request``, made once per request (its group ids are read once)."""
    if not hasattr(request, "_visibility"):
        request._visibility = Visibility(request)
    return request._visibility
