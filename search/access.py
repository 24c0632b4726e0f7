"""What a request may see in search results, checked for a whole result set in a fixed number of queries.

The rule is the site's rule for opening content (docs/access.md), applied
before anything is counted or shown:

- a **page** is shown if it is live (published, not expired; its live text only
  is indexed, never a draft) and the request passes the view restrictions of the
  page and its ancestors: *login* (a logged-in user), *groups* (a member of one
  of the groups, or a superuser). Pages under a *password* restriction are never
  shown: their text would appear in snippets.
- a **document** is shown if the request passes its collection's view
  restrictions (``CollectionViewRestriction``, same kinds; password: never) and
  a page it is attached to (Wagtail's reference index) is shown, the way the
  site serves documents.
"""

from functools import cached_property

from django.db.models import Q
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import BaseViewRestriction, CollectionViewRestriction, Page, PageViewRestriction


class Access:
    """The search visibility rule for one request (only ``request.user`` is read)."""

    def __init__(self, request):
        self.request = request

    @cached_property
    def group_ids(self) -> set[int]:
        user = self.request.user
        if not user.is_authenticated:
            return set()
        return set(user.groups.values_list("pk", flat=True))

    def passes(self, restriction_type: str, group_ids: set[int]) -> bool:
        """Whether the request passes one view restriction (of a page or a collection)."""
        user = self.request.user
        if restriction_type == BaseViewRestriction.LOGIN:
            return user.is_authenticated
        if restriction_type == BaseViewRestriction.GROUPS:
            return user.is_authenticated and (user.is_superuser or bool(group_ids & self.group_ids))
        return restriction_type == BaseViewRestriction.NONE  # password: never in search results

    def _hidden_paths(self, model, path_lookup: str) -> list[str]:
        restrictions = {}
        for pk, kind, path, group_id in model.objects.values_list("pk", "restriction_type", path_lookup, "groups"):
            restrictions.setdefault(pk, (kind, path, set()))[2].update([group_id] if group_id else [])
        hidden = sorted(path for kind, path, groups in restrictions.values() if not self.passes(kind, groups))
        # Keep the top of each hidden subtree only.
        tops = []
        for path in hidden:
            if not any(path.startswith(top) for top in tops):
                tops.append(path)
        return tops

    @cached_property
    def hidden_page_paths(self) -> list[str]:
        """Tree paths of the pages whose subtrees the request may not see (one query)."""
        return self._hidden_paths(PageViewRestriction, "page__path")

    @cached_property
    def hidden_collection_paths(self) -> list[str]:
        """Tree paths of the collections whose documents the request may not see (one query)."""
        return self._hidden_paths(CollectionViewRestriction, "collection__path")

    def pages(self, queryset=None):
        """``queryset`` (default: every page) narrowed to the pages the request may see: a ``PageQuerySet``."""
        queryset = Page.objects.all() if queryset is None else queryset
        now = timezone.now()
        queryset = queryset.live().filter(Q(expire_at__isnull=True) | Q(expire_at__gt=now), depth__gt=1)  # not the root
        for path in self.hidden_page_paths:
            queryset = queryset.exclude(path__startswith=path)
        return queryset

    def documents(self, queryset=None):
        """``queryset`` (default: every document) narrowed to the documents in collections the request may see.

        The other half of the rule (attached to a page the request may see) is
        checked by the caller, which reads the attachments anyway (``search.attachments``).
        """
        queryset = get_document_model().objects.all() if queryset is None else queryset
        for path in self.hidden_collection_paths:
            queryset = queryset.exclude(collection__path__startswith=path)
        return queryset
