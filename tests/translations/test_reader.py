"""What a reader sees: the page in their language, or the original with a notice; hreflang and the switcher."""

import re

import pytest
from django.core.management import call_command
from django.template.loader import render_to_string
from django.utils.translation import override
from wagtail.models import Page

from network_site.translations.status import PageLanguages
from network_site.translations.templatetags.translation_tags import translation_notice
from network_site.translations.translate import translate
from tests import factories

from .admin_actions import sync

pytestmark = pytest.mark.django_db

TESTIMONY_STRINGS = {
    "Alençon et Koutiala": "Alençon and Koutiala",
    "alençon-et-koutiala": "alencon-and-koutiala",
    "Une coopération ancienne entre deux villes.": "A long-standing cooperation between two towns.",
    "Qui fait quoi": "Who does what",
    "La ville": "The town",
    "Appui institutionnel": "Institutional support",
    "1970": "1970",
    "début du jumelage": "twinning began",
    "Histoire": "History",
    "Un long partenariat.": "A long partnership.",
    "Se concerter.": "Talk to each other.",
    "La personnalisation.": "Depending on one person.",
}


def head(html):
    return html.split("</head>")[0]


def main_tag(html):
    return re.search(r"<main [^>]*>", html)[0]


def switcher(html):
    return re.search(r'<nav class="language-switcher".*?</nav>', html, re.S)[0]


def translated_testimony(testimonies, en):
    """A French testimony fully translated into English with wagtail-localize (snippets first)."""
    french = factories.testimony(testimonies, title="Alençon et Koutiala")
    translate(
        testimonies,
        en,
        {"Témoignages": "Testimonies", "temoignages": "testimonies", "Des expériences.": "Experiences."},
    )
    for link in [*french.partners.all(), *french.themes.all()]:
        snippet = getattr(link, "organisation", None) or link.theme
        translate(snippet, en, {snippet.name: f"{snippet.name} (EN)"})
    translate(french.french_authority, en, {french.french_authority.name: "Town of Alençon"})
    english = translate(french, en, TESTIMONY_STRINGS)
    return french, english


def test_a_page_without_translation_is_shown_in_french_under_en_with_a_notice(admin_client, testimonies, en):
    french = factories.testimony(testimonies, title="Angers et Bamako")
    call_command("sync_locale_trees")  # the English tree gets an alias of the untranslated page
    alias = Page.objects.get(translation_key=french.translation_key, locale=en)
    assert alias.url.startswith("/en/")

    response = admin_client.get(alias.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="en">' in html  # the interface is in English…
    assert 'lang="fr"' in main_tag(html)  # … the text is French, and says so
    assert "Angers et Bamako" in html and "Une coopération ancienne entre deux villes." in html
    assert "This page is not yet translated into English." in html
    assert "You are reading the French original." in html
    # Alternates: only the French original exists, and it is the canonical page.
    assert re.findall(r'<link rel="alternate" hreflang="(\w+)"', head(html)) == ["fr"]
    assert f'<link rel="canonical" href="http://testserver{french.url}">' in head(html)
    assert f'<a href="{french.url}" hreflang="fr" lang="fr">français</a>' in switcher(html)

    french_html = admin_client.get(french.url).content.decode()
    assert "not yet translated" not in french_html.split("<main")[1]
    assert re.findall(r'<link rel="alternate" hreflang="(\w+)"', head(french_html)) == ["fr"]
    assert 'lang="fr"' in main_tag(french_html)
    # The switcher offers the English tree's page, marked as not translated.
    assert re.search(
        rf'<a href="{alias.url}"><span lang="en">English</span> <span class="translation-state">', switcher(french_html)
    )


def test_a_page_in_no_other_language_is_marked_unavailable_in_the_switcher(admin_client, testimonies):
    french = factories.testimony(testimonies, title="Caen et Würzburg")
    html = admin_client.get(french.url).content.decode()
    nav = switcher(html)
    assert '<span lang="en">English</span> <span class="translation-state">(non disponible)</span>' in nav
    assert 'hreflang="en"' not in nav


def test_a_translated_page_lists_both_languages_and_has_no_notice(admin_client, testimonies, en):
    french, english = translated_testimony(testimonies, en)
    html = admin_client.get(english.url).content.decode()
    assert "Alençon and Koutiala" in html and "A long partnership." in html
    assert 'lang="en"' in main_tag(html)
    assert 'class="translation-notice"' not in html
    alternates = dict(re.findall(r'<link rel="alternate" hreflang="(\w+)" href="([^"]+)"', head(html)))
    assert alternates == {"fr": f"http://testserver{french.url}", "en": f"http://testserver{english.url}"}
    assert f'<a href="{french.url}" hreflang="fr" lang="fr">français</a>' in switcher(html)
    assert '<span aria-current="true" lang="en">English</span>' in switcher(html)


def test_a_translation_older_than_its_source_says_so_and_links_to_the_original(
    admin_client, testimonies, en, on_commit
):
    french, english = translated_testimony(testimonies, en)

    french.intro = "Une coopération de plus de cinquante ans."
    french.save_revision().publish()
    html = admin_client.get(english.url).content.decode()
    assert "The French original has changed since this translation." in html
    assert f'<a href="{french.url}" hreflang="fr">Read the French original</a>' in html
    assert "A long-standing cooperation between two towns." in html  # the English text is still there

    # Synced: the English page now has the new French introduction, waiting for its translation.
    assert sync(admin_client, french, on_commit).status_code == 302
    html = admin_client.get(english.url).content.decode()
    assert "has changed since this translation" not in html
    assert "Parts of this page are not yet translated: they are shown in French." in html
    assert "Une coopération de plus de cinquante ans." in html

    translate(french, en, {"Une coopération de plus de cinquante ans.": "A cooperation of more than fifty years."})
    html = admin_client.get(english.url).content.decode()
    assert 'class="translation-notice"' not in html
    assert "A cooperation of more than fifty years." in html


def test_a_synced_translation_not_yet_republished_is_still_out_of_date(admin_client, testimonies, en, on_commit):
    french, english = translated_testimony(testimonies, en)
    french.intro = "Une coopération de plus de cinquante ans."
    french.save_revision().publish()
    assert (
        sync(admin_client, french, on_commit, publish=False).status_code == 302
    )  # strings updated, page not published
    html = admin_client.get(english.url).content.decode()
    assert "The French original has changed since this translation." in html


def test_the_notice_speaks_the_readers_language():
    """French readers of a page written in English would be told, in French."""
    info = PageLanguages(
        page_language="fr", content_language="en", original_language="en", original_url="/en/x/", untranslated=True
    )
    with override("fr"):
        html = render_to_string(
            "translations/notice.html",
            translation_notice({"page": None, "request": None})
            | {
                "info": info,
                "ui_language": "fr",
                "page_language_name": "français",
                "original_language_name": "anglais",
            },
        )
    assert "Cette page n'est pas encore traduite en français." in html
    assert "Vous lisez l'original en anglais." in html
    assert 'lang="fr"' in html
