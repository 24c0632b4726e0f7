"""The translation workflow in wagtail-localize's admin: synced translations, sync, PO files, stop syncing."""

import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail_localize.models import StringTranslation, Translation

from home.models import ContentPage
from network_site.taxonomy.models import Theme
from tests import factories

from .admin_actions import edit_url, publish, segment, submit, sync, translate_string

pytestmark = pytest.mark.django_db


def test_sync_keeps_translated_text_and_brings_new_source_text_untranslated(admin_client, testimonies, en, on_commit):
    french = factories.testimony(testimonies, title="Alençon et Koutiala")
    translation = submit(admin_client, french, en, on_commit)
    assert translation.enabled  # synced by default

    for text, english in [
        ("Alençon et Koutiala", "Alençon and Koutiala"),
        ("Une coopération ancienne entre deux villes.", "A long-standing cooperation between two towns."),
        ("Un long partenariat.", "A long partnership."),
    ]:
        translate_string(admin_client, translation, text, english)
    english = publish(admin_client, translation, on_commit)
    total_before, translated_before = translation.get_progress()
    assert translated_before == 3
    assert english.title == "Alençon and Koutiala"
    assert english.intro == "A long-standing cooperation between two towns."
    assert "A long partnership." in str(english.body)

    # The French source changes: a new introduction and a new paragraph.
    french.intro = "Une coopération de plus de cinquante ans entre deux villes."
    french.body = [*french.body.raw_data, {"type": "paragraph", "value": "<p>Des écoles jumelées.</p>"}]
    french.save_revision().publish()
    response = sync(admin_client, french, on_commit)
    assert response.status_code == 302

    english = Page.objects.get(pk=english.pk).specific
    assert english.live and not english.has_unpublished_changes
    # What was translated stays translated…
    assert english.title == "Alençon and Koutiala"
    assert "A long partnership." in str(english.body)
    # … and the new source text is there, in French, waiting for its translation.
    assert english.intro == "Une coopération de plus de cinquante ans entre deux villes."
    assert "Des écoles jumelées." in str(english.body)
    translation.refresh_from_db()
    # One string changed (the introduction), one was added; the other two translations are kept.
    assert translation.get_progress() == (total_before + 1, 2)
    for new_text in ("Une coopération de plus de cinquante ans entre deux villes.", "Des écoles jumelées."):
        new_segment = segment(translation, new_text)
        assert not StringTranslation.objects.filter(
            translation_of_id=new_segment.string_id, context_id=new_segment.context_id, locale=en
        ).exists()


def test_po_file_downloaded_edited_and_uploaded_changes_the_english_page_of_every_type(
    admin_client, home_fr, en, on_commit
):
    tree = factories.site_tree(home_fr)
    for name, page in tree.items():
        translation = submit(admin_client, page, en, on_commit)
        response = admin_client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
        assert response.status_code == 200, name
        assert response["Content-Type"].startswith("text/x-gettext-translation"), name

        po = polib.pofile(response.content.decode())
        assert any(entry.msgctxt == "title" and entry.msgid == page.title for entry in po), name
        for entry in po:  # what an outside translator does
            if entry.msgctxt == "title":
                entry.msgstr = f"EN {entry.msgid}"
        upload = SimpleUploadedFile(f"{page.slug}-en.po", str(po).encode(), content_type="text/x-gettext-translation")
        target = translation.get_target_instance()
        response = admin_client.post(
            reverse("wagtail_localize:upload_pofile", args=[translation.pk]),
            {"file": upload, "next": edit_url(target)},
        )
        assert response.status_code == 302, name
        english = publish(admin_client, translation, on_commit)
        assert english.title == f"EN {page.title}", name
        assert english.live, name
        assert admin_client.get(english.url).status_code == 200, name


def test_a_translated_snippet_shows_in_the_english_page_that_uses_it(admin_client, testimonies, en, on_commit):
    french = factories.testimony(testimonies, title="Angers et Bamako")
    theme = french.themes.get().theme
    page_translation = submit(admin_client, french, en, on_commit)  # also submits the snippets it links to
    english_page = page_translation.get_target_instance().specific
    english_theme = english_page.themes.get().theme
    assert english_theme.locale == en and english_theme.translation_key == theme.translation_key

    theme_translation = Translation.objects.get(source__object_id=theme.translation_key, target_locale=en)
    translate_string(admin_client, theme_translation, theme.name, "Water and sanitation")
    assert publish(admin_client, theme_translation, on_commit).name == "Water and sanitation"

    html = admin_client.get(english_page.url).content.decode()
    assert "Water and sanitation" in html
    assert theme.name not in html
    assert Theme.objects.get(pk=theme.pk).name == theme.name  # the French snippet is unchanged


def content_page_form(page, **changes):
    """The data of the page editor's form for a ContentPage, with ``changes``."""
    values = {"title": page.title, "slug": page.slug, "intro": page.intro, **changes}
    return nested_form_data(
        {
            **values,
            "body": streamfield([("paragraph", rich_text(str(block.value))) for block in page.body]),
            "comments": inline_formset([]),
            "action-publish": "action-publish",
        }
    )


def test_after_stop_synced_translation_edits_in_the_normal_editor_stay(admin_client, home_fr, en, on_commit):
    french = factories.add_child(
        home_fr,
        ContentPage(
            title="Adhérer",
            slug="adherer",
            intro="Comment adhérer au réseau.",
            body=[("paragraph", "<p>Écrivez-nous.</p>")],
        ),
    )
    translation = submit(admin_client, french, en, on_commit)
    english = translation.get_target_instance().specific

    with on_commit():
        response = admin_client.post(
            reverse("wagtail_localize:stop_translation", args=[translation.pk]), {"next": edit_url(english)}
        )
    assert response.status_code == 302
    translation.refresh_from_db()
    assert not translation.enabled

    # The normal page editor now opens (not the translation editor), and its changes are saved and published.
    response = admin_client.get(edit_url(english))
    assert response.status_code == 200 and "props" not in response.context
    with on_commit():
        response = admin_client.post(
            edit_url(english), content_page_form(english, title="Join", intro="How to join the network.")
        )
    assert response.status_code == 302, response.context and response.context["form"].errors
    english = Page.objects.get(pk=english.pk).specific
    assert (english.title, english.intro) == ("Join", "How to join the network.")
    assert english.live and not english.has_unpublished_changes

    # A later change and sync of the French source leaves the hand-made English page alone.
    french.intro = "Comment adhérer au réseau, et ce qu'il en coûte."
    french.save_revision().publish()
    assert sync(admin_client, french, on_commit).status_code == 302
    english = Page.objects.get(pk=english.pk).specific
    assert (english.title, english.intro) == ("Join", "How to join the network.")
