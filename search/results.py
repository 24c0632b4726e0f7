"""One page of hits made ready to show: title, type, date, language, snippet, breadcrumb, attached pages.

``present(hits, request, highlighter)`` reads what it shows in a fixed number
of queries (pages per page type, documents, ancestors and attached pages
together, locales), whatever the hits.
"""

import datetime
from dataclasses import dataclass, field

from django.db.models import Q
from django.utils.safestring import SafeString
from django.utils.translation import get_language_info
from wagtail.documents import get_document_model
from wagtail.models import Locale, Page

from network_site.core.indexing import SearchTextMixin

from .highlight import Highlighter
from .hits import Hit
from .kinds import ContentKind
from .plaintext import plain_text


@dataclass
class Link:
    title: str
    url: str


@dataclass
class Result:
    """A result as the template shows it; ``title`` and ``snippet`` are safe HTML with ``<mark>``s."""

    kind: ContentKind
    name: str  # the title as plain text
    title: SafeString
    url: str
    snippet: SafeString
    date: datetime.date | None = None  # the date results are sorted by (``search.hits``)
    # What the result shows as its date: a day, a text ("Partnership since 1974"), or nothing (``reader_date``).
    shown_date: datetime.date | str | None = None
    language: str = ""  # the language's name in itself (“Français”), empty for documents
    language_code: str = ""
    breadcrumb: list[Link] = field(default_factory=list)
    attached: list[Link] = field(default_factory=list)
    file_type: str = ""  # documents: “PDF”, “DOCX”…


def present(hits: list[Hit], request, highlighter: Highlighter) -> list[Result]:
    """The ``Result`` of each hit, in the same order."""
    page_ids = [hit.pk for hit in hits if hit.model == "page"]
    document_ids = [hit.pk for hit in hits if hit.model == "document"]
    pages = {page.pk: page for page in Page.objects.filter(pk__in=page_ids).specific()} if page_ids else {}
    Document = get_document_model()
    documents = Document.objects.in_bulk(document_ids) if document_ids else {}
    attached_ids = {page_id for hit in hits for page_id in hit.attached}
    ancestor_paths = {
        page.path[:end] for page in pages.values() for end in range(2 * page.steplen, len(page.path), page.steplen)
    }
    others = {}
    if ancestor_paths or attached_ids:
        others = {page.path: page for page in Page.objects.filter(Q(path__in=ancestor_paths) | Q(pk__in=attached_ids))}
    by_id = {page.pk: page for page in others.values()}
    languages = dict(Locale.objects.values_list("pk", "language_code"))

    results = []
    for hit in hits:
        if hit.model == "page" and hit.pk in pages:
            page = pages[hit.pk]
            code = languages.get(page.locale_id, "")
            results.append(
                Result(
                    kind=hit.kind,
                    name=page.title,
                    title=highlighter.highlight(page.title),
                    url=page.get_url(request) or "",
                    snippet=highlighter.snippet(plain_text(page) or page.title),
                    date=hit.date,
                    shown_date=page.reader_date() if isinstance(page, SearchTextMixin) else None,
                    language=get_language_info(code)["name_local"] if code else "",
                    language_code=code,
                    breadcrumb=[
                        Link(others[path].title, others[path].get_url(request) or "")
                        for path in sorted(ancestor_paths)
                        if len(path) < len(page.path) and page.path.startswith(path) and path in others
                    ],
                )
            )
        elif hit.model == "document" and hit.pk in documents:
            document = documents[hit.pk]
            results.append(
                Result(
                    kind=hit.kind,
                    name=document.title,
                    title=highlighter.highlight(document.title),
                    url=document.url,
                    snippet=highlighter.snippet(getattr(document, "text", "") or document.title),
                    date=hit.date,
                    shown_date=hit.date,
                    attached=[
                        Link(by_id[page_id].title, by_id[page_id].get_url(request) or "")
                        for page_id in hit.attached
                        if page_id in by_id
                    ],
                    file_type=document.file_extension.upper(),
                )
            )
    return results
