"""What a translator does in wagtail-localize's admin, through the test client (real views, real database)."""

from urllib.parse import urlencode

from django.contrib.admin.utils import quote
from django.urls import reverse
from wagtail.models import Page
from wagtail_localize.models import StringSegment, Translation, TranslationSource
from wagtail_localize.strings import StringValue


def edit_url(instance) -> str:
    if isinstance(instance, Page):
        return reverse("wagtailadmin_pages:edit", args=[instance.pk])
    return reverse(instance.snippet_viewset.get_url_name("edit"), args=[quote(instance.pk)])


def submit(client, instance, locale, on_commit) -> Translation:
    """ "Translate" (synced): creates the translation of ``instance`` into ``locale`` and returns its Translation."""
    if isinstance(instance, Page):
        url = reverse("wagtail_localize:submit_page_translation", args=[instance.pk])
    else:
        meta = instance._meta
        url = reverse(
            "wagtail_localize:submit_snippet_translation", args=[meta.app_label, meta.model_name, instance.pk]
        )
    with on_commit():
        response = client.post(url, {"locales": [locale.pk]})
    assert response.status_code == 302, response.content.decode()[:2000]
    return Translation.objects.get(source__object_id=instance.translation_key, target_locale=locale)


def segment(translation: Translation, text: str) -> StringSegment:
    """The source segment of ``translation`` whose text is ``text`` (plain text or its HTML form)."""
    for candidate in StringSegment.objects.filter(source=translation.source).select_related("string"):
        if text in (candidate.string.data, StringValue(candidate.string.data).render_text()):
            return candidate
    raise AssertionError(f"No segment {text!r} in {translation.source.object_repr!r}")


def translate_string(client, translation: Translation, text: str, translated: str) -> None:
    """Type ``translated`` as the translation of the source string ``text`` in the translation editor."""
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment(translation, text).pk])
    response = client.put(url, urlencode({"value": translated}), content_type="application/x-www-form-urlencoded")
    assert response.status_code in (200, 201), response.content


def publish(client, translation: Translation, on_commit):
    """ "Publish" in the translation editor; returns the translated object as saved."""
    target = translation.get_target_instance()
    with on_commit():
        response = client.post(edit_url(target), {"action": "publish"})
    assert response.status_code == 302, response.content.decode()[:2000]
    target = translation.get_target_instance()
    return target.specific if isinstance(target, Page) else target


def sync(client, instance, on_commit, *, publish=True, machine=False):
    """ "Sync translated pages" on the source ``instance``: brings its new content into the synced translations."""
    source = TranslationSource.objects.get_for_instance(instance)
    data = {}
    if publish:
        data["publish_translations"] = "on"
    if machine:
        data["use_machine_translation"] = "on"
    with on_commit():
        return client.post(reverse("wagtail_localize:update_translations", args=[source.pk]), data)


def edit_props(client, translation: Translation) -> dict:
    """The data wagtail-localize's translation editor is built from (its React props)."""
    import json

    response = client.get(edit_url(translation.get_target_instance()))
    assert response.status_code == 200
    return json.loads(response.context["props"])
