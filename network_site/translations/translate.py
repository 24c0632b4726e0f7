"""Translate a page or a snippet through wagtail-localize, from code.

``translate()`` does what a translator does in wagtail-localize's editor:

1. the source content is extracted (``TranslationSource``), or refreshed if the
   source changed since it was last submitted;
2. a ``Translation`` into the target locale is opened (or re-enabled: it stays
   *synced*, so later changes of the source can be translated again);
3. each ``StringSegment`` of the source receives its ``StringTranslation``;
4. the translated page or snippet is created or updated
   (``TranslationSource.create_or_update_translation``), and published.

When nothing changed since the last call (same source content, same strings,
translation already saved and live), step 4 is skipped, so that running the
same code again does not add revisions to the translated pages.

Strings are given as a dict ``{source text: translated text}``. Keys are the
plain source text of each segment (``segment.string.data`` also works). Rich
text is split by wagtail-localize into one segment per paragraph or list item,
so a rich text field needs one entry per ``<p>`` or ``<li>``. A segment
without an entry keeps the translation already stored (e.g. one made in the
admin); if there is none, wagtail-localize raises ``MissingTranslationError``.

Related snippets (``ForeignKey`` to a theme, an organisation, a person) must be
translated before the objects that link to them, or wagtail-localize raises
``MissingRelatedObjectError``. Parent pages that are not translated yet are
copied (``copy_parent_pages=True``).

Translated pages and snippets are published at once (see the comment in
``translate()`` on why pages are not left to wagtail-localize's deferred
publishing).
"""

from collections.abc import Mapping

from django.core.exceptions import ObjectDoesNotExist
from django.db import transaction
from wagtail.models import Locale, Page, Revision
from wagtail_localize.models import (
    MissingRelatedObjectError,
    MissingTranslationError,
    StringSegment,
    StringTranslation,
    Translation,
    TranslationLog,
    TranslationSource,
)
from wagtail_localize.strings import StringValue

__all__ = ["translate"]


def _translated_data(strings: Mapping[str, str], data: str) -> str | None:
    """The translation of one segment, as wagtail-localize stores it (an HTML fragment), or None.

    A segment without inline markup is looked up by its plain text and its
    translation is taken as plain text (escaped here). A segment with inline
    markup (``<b>``, ``<a id="a1">``…) is looked up by its HTML, and its
    translation must be HTML with the same tags.
    """
    text = StringValue(data).render_text()
    is_plain = StringValue.from_plaintext(text).data == data
    if is_plain:
        translated = strings.get(text, strings.get(data))
        return None if translated is None else StringValue.from_plaintext(translated).data
    return strings.get(data)


def _is_up_to_date(source: TranslationSource, locale: Locale) -> bool:
    """Whether the translation was saved since the source last changed, and is still published."""
    if not TranslationLog.objects.filter(source=source, locale=locale, created_at__gte=source.last_updated_at).exists():
        return False
    try:
        target = source.get_translated_instance(locale)
    except ObjectDoesNotExist:
        return False
    if isinstance(target, Page):
        return target.live and not target.has_unpublished_changes
    return True


def translate(instance, locale: Locale | str, strings: Mapping[str, str], user=None):
    """Create or update the translation of ``instance`` into ``locale`` and return it.

    ``instance`` is a saved page or translatable snippet in its source locale,
    ``locale`` a ``Locale`` or a language code, ``strings`` maps each source
    string to its translation, ``user`` (optional) is recorded as translator
    and in the page's revision history.
    """
    if isinstance(locale, str):
        locale = Locale.objects.get(language_code=locale)
    if isinstance(instance, Page):
        instance = instance.specific
    # Translate the saved object, as the translation editor does: an object held in memory since it
    # was saved may serialise slightly differently and would look like a changed source next time.
    instance = type(instance)._default_manager.get(pk=instance.pk)
    if instance.locale_id == locale.pk:
        raise ValueError(f"{instance!r} is already in {locale}: translate the source object.")

    with transaction.atomic():
        source, _ = TranslationSource.update_or_create_from_instance(instance)
        translation, changed = Translation.objects.get_or_create(
            source=source, target_locale=locale, defaults={"enabled": True}
        )
        if not translation.enabled:  # keep the translation synced
            translation.enabled = True
            translation.save(update_fields=["enabled"])
            changed = True

        segments = StringSegment.objects.filter(source=source).select_related("string", "context").order_by("order")
        for segment in segments:
            data = _translated_data(strings, segment.string.data)
            if data is None:
                continue
            string_translation = StringTranslation.objects.filter(
                translation_of=segment.string, locale=locale, context=segment.context
            ).first()
            if string_translation is None:
                string_translation = StringTranslation(
                    translation_of=segment.string, locale=locale, context=segment.context
                )
            elif string_translation.data == data and not string_translation.has_error:
                continue
            string_translation.data = data
            string_translation.translation_type = StringTranslation.TRANSLATION_TYPE_MANUAL
            string_translation.tool_name = ""
            string_translation.last_translated_by = user
            string_translation.has_error = False
            string_translation.field_error = ""
            string_translation.save()
            if string_translation.has_error:
                raise ValueError(f"Invalid translation {data!r} of {segment.string.data!r} in {instance!r}.")
            changed = True

        if not changed and _is_up_to_date(source, locale):
            return source.get_translated_instance(locale)

        is_page = isinstance(instance, Page)
        try:
            # For pages, wagtail-localize's publish=True defers publishing to transaction.on_commit, from the
            # page object as it is in memory at this point. Within a longer transaction (a whole content load),
            # that stale copy is saved at commit time and resets tree data such as the number of children of
            # a section translated before its pages (which then answer 404). So pages are saved as a new
            # revision here and that revision is published at once, which is what happens in the editor,
            # where each request commits straight away. Snippets here have no draft state: publish=True.
            target, _ = source.create_or_update_translation(
                locale, user=user, publish=not is_page, copy_parent_pages=True, fallback=False
            )
            if is_page:
                Revision.objects.get(pk=target.latest_revision_id).publish(user=user)
                target.refresh_from_db()
        except MissingTranslationError as err:
            err.add_note(f"No {locale.language_code} translation of {err.segment.string.data!r} in {instance!r}.")
            raise
        except MissingRelatedObjectError as err:
            err.add_note(
                f"{instance!r} links to an object not yet translated into {locale.language_code}: "
                f"translate {err.segment.object.get_instance(instance.locale)!r} first."
            )
            raise
    return target
