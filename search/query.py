"""The search request as it comes in the URL (GET), made valid: nothing a visitor sends can break the page.

``SearchParams.from_query_dict(request.GET)`` reads:

| parameter | values | invalid or missing |
|---|---|---|
| ``query`` | any text; control characters removed, spaces collapsed, cut at 200 characters | ``""`` |
| ``type`` | a kind's slug (``testimony``, ``legal-text``, ``event``, ``meeting-report``, ``document``, ``page``) | no filter |
| ``theme``, ``organisation`` | a translation key (UUID), the same in every language | no filter |
| ``country`` | an ISO 3166 code (``ML``) | no filter |
| ``year`` | a year (``2010``) | no filter |
| ``lang`` | ``all`` (every language) | the reader's language only |
| ``sort`` | ``date`` (newest first) | relevance |
| ``page`` | a page number (clamped to the pages there are by the view) | 1 |

``url()`` writes the parameters back (defaults left out), so that links keep
the search and can be shared or bookmarked.
"""

import re
import unicodedata
import uuid
from dataclasses import dataclass, field, replace
from urllib.parse import urlencode

from django_countries import countries

from .kinds import by_slug

MAX_QUERY_LENGTH = 200  # characters
FACETS = ("type", "theme", "country", "organisation", "year")
SORTS = ("relevance", "date")
YEARS = range(1900, 2101)


@dataclass(frozen=True)
class SearchParams:
    """A valid search request. ``filters`` maps facet names to one value each (``year`` an int)."""

    text: str = ""
    filters: dict = field(default_factory=dict)
    all_languages: bool = False
    sort: str = "relevance"
    page: int = 1
    truncated: bool = False

    @classmethod
    def from_query_dict(cls, data) -> "SearchParams":
        """Parameters from a ``QueryDict`` (``request.GET``); never raises."""
        text, truncated = clean_text(data.get("query", ""))
        filters = {}
        for name in FACETS:
            value = clean_filter(name, data.get(name, ""))
            if value is not None:
                filters[name] = value
        sort = data.get("sort")
        return cls(
            text=text,
            filters=filters,
            all_languages=data.get("lang") == "all",
            sort=sort if sort in SORTS else "relevance",
            page=clean_page(data.get("page")),
            truncated=truncated,
        )

    def without(self, *names: str) -> "SearchParams":
        """The same search without the named filters, back on page 1."""
        return replace(self, filters={k: v for k, v in self.filters.items() if k not in names}, page=1)

    def with_filter(self, name: str, value) -> "SearchParams":
        return replace(self, filters={**self.filters, name: value}, page=1)

    def on_page(self, number: int) -> "SearchParams":
        return replace(self, page=number)

    @property
    def is_fresh(self) -> bool:
        """A new search as typed in the box: no filter, first page (what the query log counts)."""
        return not self.filters and self.page == 1

    def url(self) -> str:
        """The query string of this search, ``?query=…&type=…``, defaults left out."""
        pairs = [("query", self.text)]
        pairs += [(name, str(self.filters[name])) for name in FACETS if name in self.filters]
        if self.all_languages:
            pairs.append(("lang", "all"))
        if self.sort != "relevance":
            pairs.append(("sort", self.sort))
        if self.page != 1:
            pairs.append(("page", str(self.page)))
        return "?" + urlencode(pairs)


def clean_text(value: str) -> tuple[str, bool]:
    """Typed text → (text without control characters, spaces collapsed, at most 200 characters; whether it was cut)."""
    value = "".join(" " if unicodedata.category(char)[0] in "CZ" else char for char in value[: MAX_QUERY_LENGTH * 4])
    value = re.sub(r"\s+", " ", value).strip()
    if len(value) <= MAX_QUERY_LENGTH:
        return value, False
    cut = value[:MAX_QUERY_LENGTH]
    return (cut.rsplit(" ", 1)[0] if " " in cut else cut), True


def clean_filter(name: str, value: str):
    """A filter value if valid for its facet (a slug, a UUID, a country code, a year), else ``None``."""
    value = (value or "").strip()
    if not value:
        return None
    if name == "type":
        return value if by_slug(value) else None
    if name in ("theme", "organisation"):
        try:
            return str(uuid.UUID(value))
        except ValueError:
            return None
    if name == "country":
        value = value.upper()
        return value if value in dict(countries) else None
    if name == "year":
        return int(value) if value.isascii() and value.isdigit() and int(value) in YEARS else None
    return None


def clean_page(value) -> int:
    """A page number ≥ 1 from any value (``"abc"``, ``"-1"``, ``None`` → 1)."""
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        return 1
    return max(number, 1)
