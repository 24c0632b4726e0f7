"""The kinds of content search knows, read from what the models declare (``search_kind``).

Each filterable model declares a ``network_site.core.indexing.ContentKind``
(its slug, label, date, themes, organisations and countries); pages of any
other type are of kind ``PAGE``. Search imports no page app: it reads the
declarations here, in the order of the app registry, and ``manage.py check``
fails when a declared lookup names no field (``check_declared_kinds``).
"""

from functools import cache

from django.core import checks
from django.core.exceptions import FieldDoesNotExist
from wagtail.models import Page

from network_site.core.indexing import PAGE, ContentKind, declared_kinds, kind_of_model

__all__ = [
    "PAGE",
    "ContentKind",
    "all_kinds",
    "by_slug",
    "check_declared_kinds",
    "kind_of_model",
    "lookup_errors",
    "page_kinds",
]


@cache
def page_kinds() -> tuple[ContentKind, ...]:
    """The kinds declared by page types (testimony, legal text, event, meeting report…)."""
    return tuple(kind for kind in declared_kinds() if issubclass(kind.model, Page))


@cache
def all_kinds() -> tuple[ContentKind, ...]:
    """Every kind, in the order facets show them: page kinds, the others (documents), then ``PAGE``."""
    others = tuple(kind for kind in declared_kinds() if not issubclass(kind.model, Page))
    return (*page_kinds(), *others, PAGE)


def by_slug(slug: str) -> ContentKind | None:
    """The kind whose URL value is ``slug`` (``"testimony"``), or ``None``."""
    return next((kind for kind in all_kinds() if kind.slug == slug), None)


def lookup_errors(kind: ContentKind) -> list[str]:
    """The declared lookups of ``kind`` that do not lead from its model to a field."""
    errors = []
    lookups = [kind.date, kind.countries, *kind.themes, *kind.organisations]
    for lookup in filter(None, lookups):
        model = kind.model
        for step in lookup.split("__"):
            try:
                field = model._meta.get_field(step)
            except FieldDoesNotExist:
                errors.append(lookup)
                break
            model = field.related_model or model
    return errors


def check_declared_kinds(app_configs=None, **kwargs) -> list[checks.Error]:
    """System check: every lookup a ``search_kind`` declares exists, and slugs are unique."""
    errors = []
    slugs = set()
    for kind in declared_kinds():
        for lookup in lookup_errors(kind):
            errors.append(
                checks.Error(
                    f"{kind.model._meta.label}.search_kind names {lookup!r}, which is not a field lookup.",
                    hint="Rename it in the model's search_kind declaration.",
                    obj=kind.model,
                    id="search.E001",
                )
            )
        if kind.slug in slugs:
            errors.append(
                checks.Error(f"Two models declare the search kind {kind.slug!r}.", obj=kind.model, id="search.E002")
            )
        slugs.add(kind.slug)
    return errors
