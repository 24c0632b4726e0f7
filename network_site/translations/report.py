"""The translation status of every page and snippet, in every content language, computed in bulk.

One row per original (a page or snippet that is not an alias and is not the
target of a wagtail-localize translation), with a cell per other content
language: ``missing`` (no translation: nothing, or an alias showing the
original), ``outdated`` (see ``status.is_page_outdated``; for a snippet: its
content differs from the extracted source, or it was synced and the
translation not saved since), ``incomplete`` (source strings without
translation) or ``up_to_date``. Used by the admin report (``views``).
"""

import json
from dataclasses import dataclass, field
from types import SimpleNamespace

from django.contrib.admin.utils import quote
from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Count, Exists, IntegerField, Max, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce
from django.urls import NoReverseMatch, reverse
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from modelcluster.models import ClusterableModel, get_serializable_data_for_fields
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationLog, TranslationSource

from network_site.core.languages import content_language_codes, source_language_code

from .status import is_page_outdated

MISSING, OUTDATED, INCOMPLETE, UP_TO_DATE = "missing", "outdated", "incomplete", "up_to_date"
STATE_LABELS = {
    MISSING: _("Missing"),
    OUTDATED: _("Out of date"),
    INCOMPLETE: _("Incomplete"),
    UP_TO_DATE: _("Up to date"),
}


@dataclass
class LanguageStatus:
    code: str
    state: str
    outdated: bool = False
    incomplete: bool = False
    progress: tuple[int, int] | None = None  # (source strings, translated strings)
    alias: bool = False  # missing, but an alias shows the original in this language's tree
    synced: bool = True  # False: a translation no longer synced, or not made with wagtail-localize
    url: str | None = None  # where to translate it or edit the translation

    @property
    def label(self) -> str:
        return str(STATE_LABELS[self.state])

    def describe(self) -> str:
        """One line for the CSV export, e.g. ``"Incomplete (12/15)"``."""
        parts = [self.label]
        if self.outdated and self.incomplete:
            parts.append(str(STATE_LABELS[INCOMPLETE]).lower())
        if self.progress and self.state != MISSING:
            parts.append(f"{self.progress[1]}/{self.progress[0]}")
        if self.alias:
            parts.append(str(_("original shown")))
        if not self.synced and self.state != MISSING:
            parts.append(str(_("not synced")))
        return parts[0] + (f" ({', '.join(parts[1:])})" if len(parts) > 1 else "")


@dataclass
class StatusRow:
    kind: str  # "page" or "snippet"
    model_label: str  # "app_label.modelname"
    type_name: str
    title: str
    source_language: str
    edit_url: str | None
    sort_key: tuple = ()
    languages: dict[str, LanguageStatus] = field(default_factory=dict)

    def __str__(self):
        return self.title

    def status(self, code: str) -> LanguageStatus | None:
        return self.languages.get(code)


def _progress_by_translation() -> dict[int, tuple]:
    """``{translation id: (source id, target locale id, enabled, total strings, translated strings)}`` (1 query)."""
    segments = StringSegment.objects.filter(source_id=OuterRef("source_id")).order_by().values("source_id")
    total = segments.annotate(n=Count("pk")).values("n")
    translated = (
        StringSegment.objects.filter(source_id=OuterRef("source_id"))
        .filter(
            Exists(
                StringTranslation.objects.filter(
                    translation_of_id=OuterRef("string_id"),
                    context_id=OuterRef("context_id"),
                    locale_id=OuterRef(OuterRef("target_locale_id")),
                    has_error=False,
                )
            )
        )
        .order_by()
        .values("source_id")
        .annotate(n=Count("pk"))
        .values("n")
    )
    zero = Value(0, output_field=IntegerField())
    rows = Translation.objects.annotate(
        total=Coalesce(Subquery(total, output_field=IntegerField()), zero),
        translated=Coalesce(Subquery(translated, output_field=IntegerField()), zero),
    ).values_list("pk", "source_id", "target_locale_id", "enabled", "total", "translated")
    return {pk: rest for pk, *rest in rows}


def _serialised(instance) -> dict:
    """The content of a snippet as wagtail-localize extracts it into ``TranslationSource.content_json``."""
    if isinstance(instance, ClusterableModel):
        return json.loads(instance.to_json())
    return json.loads(json.dumps(get_serializable_data_for_fields(instance), cls=DjangoJSONEncoder))


def snippet_models():
    return [model for model in get_snippet_models() if issubclass(model, TranslatableMixin)]


def _edit_url(obj) -> str | None:
    if isinstance(obj, Page) or getattr(obj, "is_page", False):
        return reverse("wagtailadmin_pages:edit", args=[obj.pk])
    try:
        return reverse(obj.snippet_viewset.get_url_name("edit"), args=[quote(obj.pk)])
    except (AttributeError, NoReverseMatch):
        return None


def _translate_url(obj, code: str) -> str:
    if getattr(obj, "is_page", False):
        url = reverse("wagtail_localize:submit_page_translation", args=[obj.pk])
    else:
        meta = obj._meta
        url = reverse(
            "wagtail_localize:submit_snippet_translation", args=[meta.app_label, meta.model_name, quote(obj.pk)]
        )
    return f"{url}?select_locale={code}"


def _pick_source(group: list, sources: list, default_locale_id: int | None):
    """The original of a group of versions (same translation_key) and its ``TranslationSource`` (or None).

    The original is the version wagtail-localize translates from; failing that,
    the version in the source language, else the oldest one. Aliases never are.
    """
    originals = {obj.locale_id: obj for obj in group if not getattr(obj, "alias_of_id", None)}
    for source in sources:
        if source.locale_id in originals and source.has_translations:
            return originals[source.locale_id], source
    original = originals.get(default_locale_id) or (
        min(originals.values(), key=lambda obj: obj.pk) if originals else None
    )
    source = next((source for source in sources if original and source.locale_id == original.locale_id), None)
    return original, source


def _versions(row, group, source, locale_ids: dict, translations: dict):
    """``(code, target or None, translation or None)`` for each content language but the row's source language."""
    targets = {obj.locale_id: obj for obj in group}
    for code, locale_id in locale_ids.items():
        if code != row.source_language:
            yield code, targets.get(locale_id), translations.get((source.pk, locale_id)) if source else None


def _language_status(code: str, original, target, translation, outdated) -> LanguageStatus:
    """The status of ``original`` in the language ``code``.

    ``MISSING`` when there is no ``target`` in that language or only an alias of
    the original; otherwise ``OUTDATED`` (``outdated(translation)``), ``INCOMPLETE``
    (strings left untranslated) or ``UP_TO_DATE``.
    """
    if target is None or getattr(target, "alias_of_id", None):
        return LanguageStatus(code, MISSING, alias=target is not None, url=_translate_url(original, code))
    cell = LanguageStatus(code, UP_TO_DATE, url=_edit_url(target), synced=bool(translation and translation.enabled))
    if translation is not None:
        cell.progress = translation.progress
        cell.incomplete = translation.progress[1] < translation.progress[0]
        cell.outdated = outdated(translation)
    cell.state = OUTDATED if cell.outdated else INCOMPLETE if cell.incomplete else UP_TO_DATE
    return cell


def status_rows() -> list[StatusRow]:
    """Every original page and snippet with its status in each other content language (about 10 queries)."""
    codes = content_language_codes()
    locales = {locale.pk: locale.language_code for locale in Locale.objects.filter(language_code__in=codes)}
    by_code = {code: pk for pk, code in locales.items()}
    locale_ids = {code: by_code[code] for code in codes if code in by_code}  # in the settings' order
    default_locale_id = locale_ids.get(source_language_code())

    sources_by_key: dict = {}
    for source in TranslationSource.objects.defer("content_json").annotate(
        has_translations=Exists(Translation.objects.filter(source_id=OuterRef("pk")))
    ):
        sources_by_key.setdefault(source.object_id, []).append(source)
    translations = {}
    for pk, (source_id, target_locale_id, enabled, total, translated) in _progress_by_translation().items():
        translations[(source_id, target_locale_id)] = SimpleNamespace(
            pk=pk, enabled=enabled, progress=(total, translated)
        )

    rows = []

    # Pages
    page_groups: dict = {}
    fields = ["pk", "translation_key", "locale_id", "alias_of_id", "title", "live", "last_published_at", "path"]
    for values in Page.objects.filter(depth__gt=1, locale_id__in=locales).values(*fields, "content_type_id"):
        obj = SimpleNamespace(is_page=True, **values)
        page_groups.setdefault(obj.translation_key, []).append(obj)
    for key, group in page_groups.items():
        original, source = _pick_source(group, sources_by_key.get(key, []), default_locale_id)
        if original is None:
            continue
        model = ContentType.objects.get_for_id(original.content_type_id).model_class() or Page
        row = StatusRow(
            kind="page",
            model_label=model._meta.label_lower,
            type_name=capfirst(model._meta.verbose_name),
            title=original.title,
            source_language=locales[original.locale_id],
            edit_url=_edit_url(original),
            sort_key=(0, original.path),
        )
        for code, target, translation in _versions(row, group, source, locale_ids, translations):

            def outdated(translation, source=source, original=original, target=target):
                return is_page_outdated(translation, source, original, target)

            row.languages[code] = _language_status(code, original, target, translation, outdated)
        rows.append(row)

    # Snippets
    last_logs = {
        (log["source_id"], log["locale_id"]): log["last"]
        for log in TranslationLog.objects.values("source_id", "locale_id").annotate(last=Max("created_at"))
    }
    snippet_sources = {}
    for model in snippet_models():
        groups: dict = {}
        for obj in model.objects.filter(locale_id__in=locales):
            groups.setdefault(obj.translation_key, []).append(obj)
        picked = {
            key: _pick_source(group, sources_by_key.get(key, []), default_locale_id) for key, group in groups.items()
        }
        wanted = [source.pk for _original, source in picked.values() if source is not None]
        snippet_sources.update(TranslationSource.objects.filter(pk__in=wanted).values_list("pk", "content_json"))
        for key, group in groups.items():
            original, source = picked[key]
            if original is None:
                continue
            row = StatusRow(
                kind="snippet",
                model_label=model._meta.label_lower,
                type_name=capfirst(model._meta.verbose_name),
                title=str(original),
                source_language=locales[original.locale_id],
                edit_url=_edit_url(original),
                sort_key=(1, str(model._meta.verbose_name_plural), str(original).lower()),
            )
            source_changed = source is not None and _serialised(original) != json.loads(snippet_sources[source.pk])
            for code, target, translation in _versions(row, group, source, locale_ids, translations):
                last_log = last_logs.get((source.pk, locale_ids[code])) if source else None

                def outdated(translation, source=source, changed=source_changed, last_log=last_log):
                    stale = translation.enabled and (last_log is None or last_log < source.last_updated_at)
                    return changed or stale

                row.languages[code] = _language_status(code, original, target, translation, outdated)
            rows.append(row)

    rows.sort(key=lambda row: row.sort_key)
    return rows
