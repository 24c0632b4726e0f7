"""What each searchable object gives the index besides its raw fields, and what it tells search about itself.

Page types and the document model inherit ``SearchTextMixin``; it adds to the
model's own ``search_fields`` the search field ``search_text`` (the object's
text, folded and stemmed in its language by ``normalise``) and makes the
``title`` field carry the title's normalised words too, so that the same words
match on every backend, titles weighted. The text gathers the values of the
model's search fields (related ones included), and the labels of its themes,
organisations and countries, so that what a filter shows can also be typed.

Each filterable model *declares* its kind for search as a class attribute
``search_kind = ContentKind(...)``: its slug and label, where its date, themes,
organisations and countries are (Django lookups from the model). Search reads
these declarations (``declared_kinds``) and imports no page app; a renamed field
is caught where it is declared (``ContentKind.check``, run by ``manage.py check``).
"""

import datetime
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from django.apps import apps
from django.db.models import Manager
from django.utils import timezone, translation
from django.utils.functional import Promise
from django.utils.translation import pgettext_lazy
from wagtail.models import Locale
from wagtail.search import index

from . import normalise
from .languages import content_language_codes

SEARCH_TEXT = "search_text"
# The engines' analyser of the normalised text (defined in the engine's INDEX_SETTINGS, network_site.settings):
# whitespace only, since the text is already folded and stemmed here (docs/search.md, "Engines").
ENGINE_ANALYZER = "normalised_text"


@dataclass(frozen=True)
class ContentKind:
    """A kind of content as search shows, dates and filters it.

    ``slug`` is its value in URLs (``?type=testimony``); ``label`` its name;
    ``date`` the name of its date field (``None``: the first publication);
    ``themes`` and ``organisations`` lookups from the model that end on a
    ``Theme`` / ``Organisation`` (``"partners__organisation"``); ``countries``
    a multiple ``CountryField`` of its own. ``model`` is filled in by
    ``declared_kinds`` (the model that declares it; ``None`` for ``PAGE``).
    """

    slug: str
    label: str | Promise
    date: str | None = None
    themes: tuple[str, ...] = ()
    organisations: tuple[str, ...] = ()
    countries: str | None = None
    model: type | None = None

    def get_model(self):
        return self.model


# Pages of a type that declares no kind (home, section indexes, content pages).
PAGE = ContentKind("page", pgettext_lazy("kind of content", "Page"))


_bound: dict[type, ContentKind] = {}  # model → its kind with ``model`` set, made once


def kind_of_model(model) -> ContentKind:
    """The kind a model declares (``search_kind``, bound to the model; always the same object), else ``PAGE``."""
    kind = getattr(model, "search_kind", None)
    if kind is None:
        return PAGE
    if model not in _bound:
        _bound[model] = replace(kind, model=model)
    return _bound[model]


def declared_kinds() -> list[ContentKind]:
    """The kinds declared by the installed models, in the order of the app registry (``INSTALLED_APPS``)."""
    return [kind_of_model(model) for model in apps.get_models() if "search_kind" in model.__dict__]


class TitleSearchField(index.SearchField):
    """The ``title`` search field, its value followed by its normalised words, so that the backends' title
    weighting also applies to stems: “Meeting of…” is a title match for ``meetings``."""

    def get_value(self, obj):
        title = super().get_value(obj) or ""
        return f"{title} {normalise.index_text(title, object_languages(obj))}".strip()


class FoldedAutocompleteField(index.AutocompleteField):
    """An autocomplete field whose value is followed by its folded words (``normalise.words``: accents,
    case and punctuation gone), so that the admin's search, which autocompletes titles, finds
    “Réunion du bureau” typed ``reunion`` on every backend, PostgreSQL's ``simple`` configuration included."""

    def get_value(self, obj):
        value = super().get_value(obj) or ""
        return f"{value} {' '.join(normalise.words(value))}".strip()


def with_folded_titles(fields: list) -> list:
    """``fields`` (a model's search fields) with the ``title`` autocomplete field folded (``FoldedAutocompleteField``)."""
    return [
        FoldedAutocompleteField("title")
        if isinstance(field, index.AutocompleteField) and field.field_name == "title"
        else field
        for field in fields
    ]


def root_model(model):
    """The concrete model at the top of ``model``'s multi-table inheritance (``Page`` for every page type)."""
    while model._meta.parents:
        model = next(iter(model._meta.parents))
    return model


class RootFieldMixin:
    """A search field the mixin adds to every indexed model, mapped as a field of the root model.

    The engine backends name a field after the model that defines it (``app_model__field``) unless
    that is the root model; these fields are defined on ``SearchTextMixin`` (no model) and mean the same
    on every page type, so they keep their plain name (``search_text``, ``search_kind_filter``…) and one
    query reads them across page types."""

    def get_definition_model(self, cls):
        return root_model(cls)


class RootSearchField(RootFieldMixin, index.SearchField):
    pass


class RootFilterField(RootFieldMixin, index.FilterField):
    pass


# What the engine backend filters, sorts and counts on (search.backends.engine), each a method of the mixin:
# name → the field's type for the engines' mapping.
FILTER_FIELDS = {
    "search_kind_slug": "CharField",  # the kind's slug: "testimony", "document", "page"
    "search_date": "DateField",  # the kind's date, else the first publication (local day)
    "search_year": "IntegerField",
    "search_themes": "CharField",  # translation keys of the themes
    "search_organisations": "CharField",  # translation keys of the organisations
    "search_countries": "CharField",  # ISO codes, the object's and its organisations'
}


class SearchTextMixin:
    """Mixin for indexed models (before the model base): indexes ``search_text()``, a normalised title, a
    folded title for autocompletion (the admin's search), and the filter fields of ``FILTER_FIELDS`` for
    the engine backends."""

    @classmethod
    def get_search_fields(cls):
        fields = [
            TitleSearchField("title", boost=field.boost)
            if isinstance(field, index.SearchField) and field.field_name == "title"
            else field
            for field in with_folded_titles(super().get_search_fields())
        ]
        extra = [
            RootSearchField(SEARCH_TEXT, boost=1, es_extra={"analyzer": ENGINE_ANALYZER}),
            *(RootFilterField(name, type=kind) for name, kind in FILTER_FIELDS.items()),
        ]
        return [*fields, *extra]

    def search_kind_slug(self) -> str:
        return kind_of_model(type(self)).slug

    def search_date(self) -> datetime.date | None:
        """The kind's date field if set, else the first publication, as a local day (search.hits does the same)."""
        value = self.kind_date()
        if value is None:
            value = getattr(self, "first_published_at", None)
        return timezone.localdate(value) if isinstance(value, datetime.datetime) else value

    def kind_date(self) -> datetime.date | datetime.datetime | None:
        """The value of this kind's own date field (``Kind.date``: a meeting's day, a law's date), or ``None``."""
        kind = kind_of_model(type(self))
        return getattr(self, kind.date, None) if kind.date else None

    def reader_date(self) -> datetime.date | str | None:
        """The date a list of results shows for this object: its kind's own date (a meeting's day, a law's
        date) as a local day, else ``None`` — the first publication would read like a meeting's date.

        Page types whose reader needs another date override it and return a translated text
        (a partnership's start year, an event's "date to be set").
        """
        value = self.kind_date()
        return timezone.localdate(value) if isinstance(value, datetime.datetime) else value

    def search_year(self) -> int | None:
        date = self.search_date()
        return date.year if date else None

    def search_themes(self) -> list[str]:
        kind = kind_of_model(type(self))
        return sorted({str(theme.translation_key) for lookup in kind.themes for theme in follow(self, lookup)})

    def search_organisations(self) -> list[str]:
        return sorted({str(organisation.translation_key) for organisation in _organisations(self)})

    def search_countries(self) -> list[str]:
        kind = kind_of_model(type(self))
        codes = {country.code for country in (getattr(self, kind.countries, None) or [])} if kind.countries else set()
        codes.update(organisation.country.code for organisation in _organisations(self))
        return sorted(code for code in codes if code)

    @classmethod
    def get_indexed_objects(cls):
        kind = kind_of_model(cls)
        return super().get_indexed_objects().prefetch_related(*kind.themes, *kind.organisations)

    def search_text(self) -> str:
        """The object's text, labels included, normalised for its language(s) (see ``normalise``)."""
        languages = object_languages(self)
        # In the object's language: the labels of choices in its StreamFields, its countries' names.
        with translation.override(languages[0]):
            texts = [*field_texts(self, related=True), *labels(self)]
        return normalise.index_text("\n".join(texts), languages)


def object_languages(obj) -> tuple[str, ...]:
    """The languages to stem an object's text in (Django codes): its locale's, for a translatable object;
    every content language for documents (no language) and page aliases (a page not translated yet
    shown in another language's tree: its text is the original's)."""
    locale_id = getattr(obj, "locale_id", None)
    if locale_id is None or getattr(obj, "alias_of_id", None):
        return tuple(content_language_codes())
    cached = getattr(obj, "_search_language", None)
    if cached is None or cached[0] != locale_id:
        code = Locale.objects.values_list("language_code", flat=True).get(pk=locale_id)
        cached = obj._search_language = (locale_id, code)
    return (cached[1],)


def field_texts(obj, related: bool = False, exclude: Iterable[str] = ("title",)) -> Iterator[str]:
    """The text values of ``obj``'s search fields (never ``search_text``), in order.

    With ``related``, the values of ``RelatedFields`` too (they may need queries);
    fields named in ``exclude`` are skipped (their related sub-fields are not).
    """
    skip = {SEARCH_TEXT, *exclude}
    for field in obj.get_search_fields():
        if isinstance(field, index.SearchField) and field.field_name not in skip:
            yield from flatten(field.get_value(obj))
        elif isinstance(field, index.RelatedFields) and related:
            yield from _related_texts(obj, field)


def _related_texts(obj, field: index.RelatedFields) -> Iterator[str]:
    value = field.get_value(obj)
    if value is None:
        return
    sub_objects = value.all() if isinstance(value, Manager) else [value() if callable(value) else value]
    for sub_object in sub_objects:
        for sub_field in field.fields:
            if isinstance(sub_field, index.SearchField):
                yield from flatten(sub_field.get_value(sub_object))
            elif isinstance(sub_field, index.RelatedFields):
                yield from _related_texts(sub_object, sub_field)


def flatten(value) -> Iterator[str]:
    """The strings in a search field's value (a string, or lists and dicts of them), in order."""
    if value is None:
        return
    if isinstance(value, str):
        if value:
            yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from flatten(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from flatten(item)
    else:
        yield str(value)


def follow(obj, lookup: str) -> list:
    """The objects at the end of a Django ``lookup`` from ``obj`` (``"partners__organisation"``), ``None`` left out."""
    current = [obj]
    for step in lookup.split("__"):
        following = []
        for item in current:
            value = getattr(item, step, None)
            if isinstance(value, Manager):
                following.extend(value.all())
            elif value is not None:
                following.append(value)
        current = following
    return current


def _organisations(obj) -> list:
    kind = kind_of_model(type(obj))
    return [organisation for lookup in kind.organisations for organisation in follow(obj, lookup)]


def labels(obj) -> Iterator[str]:
    """Names of the themes, organisations (and their towns) and countries of ``obj`` (in the active language)."""
    kind = kind_of_model(type(obj))
    countries = list(getattr(obj, kind.countries, None) or []) if kind.countries else []
    for lookup in kind.themes:
        for theme in follow(obj, lookup):
            yield theme.name
    for lookup in kind.organisations:
        for organisation in follow(obj, lookup):
            yield organisation.name
            if organisation.town:
                yield organisation.town
            countries.append(organisation.country)
    for country in countries:
        if country.code:
            yield str(country.name)
