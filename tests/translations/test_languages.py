"""Languages come from settings: each gets a locale synchronised from French; a third one needs no code."""

import re

import pytest
from django.core.management import call_command
from wagtail.models import Locale, Page
from wagtail_localize.models import LocaleSynchronization

from network_site.translations.report import MISSING, UP_TO_DATE, status_rows
from network_site.translations.translate import translate
from tests import factories

pytestmark = pytest.mark.django_db


def test_every_configured_language_has_a_locale_synchronised_from_french(fr, en):
    """Made by ``migrate`` (post_migrate), not by hand: the test database has them."""
    assert set(Locale.objects.values_list("language_code", flat=True)) == {"fr", "en"}
    assert LocaleSynchronization.objects.get(locale=en).sync_from == fr
    assert not LocaleSynchronization.objects.filter(locale=fr).exists()
    call_command("setup_languages")  # idempotent
    assert LocaleSynchronization.objects.count() == 1


def test_a_third_language_is_a_settings_change_and_gets_its_tree(settings, admin_client, home_fr, fr):
    tree = factories.site_tree(home_fr)
    settings.LANGUAGES = settings.WAGTAIL_CONTENT_LANGUAGES = [*settings.WAGTAIL_CONTENT_LANGUAGES, ("de", "German")]

    call_command("setup_languages")  # what `migrate` does after the settings change
    call_command("sync_locale_trees")

    de = Locale.objects.get(language_code="de")
    assert LocaleSynchronization.objects.get(locale=de).sync_from == fr
    for name, page in tree.items():
        german = Page.objects.get(translation_key=page.translation_key, locale=de)
        assert german.alias_of_id == page.pk, name  # the French page, shown under /de/ until translated
        assert german.live and german.url.startswith("/de/"), name

    testimony = tree["TestimonyPage"]
    german = Page.objects.get(translation_key=testimony.translation_key, locale=de)
    html = admin_client.get(german.url).content.decode()
    assert '<html lang="de">' in html
    assert 'lang="fr"' in re.search(r"<main [^>]*>", html)[0]
    assert 'class="translation-notice"' in html and testimony.title in html
    switcher = re.search(
        r'<nav class="language-switcher".*?</nav>', admin_client.get(testimony.url).content.decode(), re.S
    )[0]
    assert re.findall(r'<span lang="(\w+)"', switcher) == ["en", "de"]  # both not translated

    # Translating into German works like English, and the status report has a German column.
    legal = tree["LegalTextPage"]
    translate(
        tree["LegalFrameworkIndexPage"], de, {"Cadre juridique": "Rechtsrahmen", "cadre-juridique": "rechtsrahmen"}
    )
    german_law = translate(
        legal,
        de,
        {
            legal.title: "Gesetz 0",
            legal.slug: "gesetz-0",
            legal.short_name: "Gesetz 0",
            legal.code_articles: legal.code_articles,
            "Consacrer jusqu'à 1 % des budgets de l'eau à la coopération.": "Bis zu 1 % der Wasserbudgets.",
        },
    )
    assert german_law.url.startswith("/de/rechtsrahmen/") and german_law.alias_of_id is None
    rows = {row.title: row for row in status_rows()}
    assert rows[legal.title].languages["de"].state == UP_TO_DATE
    assert rows[legal.title].languages["en"].state == MISSING
    assert rows[testimony.title].languages["de"].state == MISSING and rows[testimony.title].languages["de"].alias
