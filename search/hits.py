"""What a backend answers for each object found: a ``Hit`` (kind, score, date; documents: the pages they are attached to).

``with_attached_pages`` fills the ``attached`` pages of the document hits of one page of results,
in two queries whatever the hits (references from Wagtail's reference index, then the pages the
request may see among them), so that every backend reads them the same way.
"""

from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from wagtail.documents import get_document_model
from wagtail.models import Page, ReferenceIndex

from network_site.access.rules import Visibility

from .kinds import ContentKind


@dataclass(slots=True)
class Hit:
    """One object found: ``model`` is ``"page"`` or ``"document"``; facet values are sets (a page has many themes).

    ``themes`` and ``organisations`` hold translation keys (the same in every
    language), ``countries`` ISO codes; ``attached`` (documents) the ids of the
    pages the request may see that use the document.
    """

    model: str
    pk: int
    kind: ContentKind
    score: float
    date: object = None  # datetime.date
    locale_id: int | None = None
    themes: set = field(default_factory=set)
    organisations: set = field(default_factory=set)
    countries: set = field(default_factory=set)
    attached: list = field(default_factory=list)


def with_attached_pages(hits: list[Hit], access: Visibility, locale_id: int | None) -> list[Hit]:
    """``hits`` with each document's ``attached``: the ids of the live pages the request may see that use it,
    those of ``locale_id`` (the reader's language) when there are any. Two queries if there are documents."""
    documents = {hit.pk: hit for hit in hits if hit.model == "document"}
    if not documents:
        return hits
    references = ReferenceIndex.objects.filter(
        to_content_type=ReferenceIndex._get_base_content_type(get_document_model()),
        to_object_id__in=[str(pk) for pk in documents],
        base_content_type=ContentType.objects.get_for_model(Page),
    ).values_list("to_object_id", "object_id")
    users = {}
    for document_id, page_id in references:
        users.setdefault(int(document_id), set()).add(int(page_id))
    page_ids = {page_id for page_ids in users.values() for page_id in page_ids}
    visible = dict(access.pages(Page.objects.filter(pk__in=page_ids)).order_by().values_list("pk", "locale_id"))
    for pk, hit in documents.items():
        attached = sorted(page_id for page_id in users.get(pk, ()) if page_id in visible)
        same_language = [page_id for page_id in attached if visible[page_id] == locale_id]
        hit.attached = same_language or attached
    return hits
