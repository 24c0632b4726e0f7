"""The network's glossary: translated terms, the glossary page, and query expansion for search."""

import pytest

from home.models import GlossaryPage
from network_site.taxonomy.glossary import expand_query, glossary_pairs
from network_site.taxonomy.models import GlossaryTerm
from network_site.translations.translate import translate
from tests import factories

pytestmark = pytest.mark.django_db

TERMS = {
    "jumelage": "twinning",
    "comité de jumelage": "twinning committee",
    "coopération décentralisée": "decentralised cooperation",
    "collectivité territoriale": "local authority",
    "maîtrise d'ouvrage": "project ownership",
}


@pytest.fixture
def glossary(fr, en):
    terms = {}
    for french, english in TERMS.items():
        term = GlossaryTerm.objects.create(locale=fr, term=french, definition=f"Définition de {french}.")
        translate(term, en, {french: english, f"Définition de {french}.": f"Definition of {english}."})
        terms[french] = term
    return terms


def test_an_english_query_is_expanded_into_french(glossary):
    assert expand_query("twinning committee", "en") == ["comité de jumelage"]
    # Case, accents, plurals and the other words of the query.
    assert expand_query("Twinning Committees of Alençon", "en") == ["comité de jumelage of Alençon"]
    # The longest term wins: not "twinning" + "committee".
    assert expand_query("twinning", "en") == ["jumelage"]
    assert expand_query("local authority and twinning", "en") == ["collectivité territoriale and jumelage"]


def test_a_french_query_is_expanded_into_english(glossary):
    assert expand_query("comites de jumelage", "fr") == ["twinning committee"]
    assert expand_query("COOPÉRATION DÉCENTRALISÉE", "fr") == ["decentralised cooperation"]
    assert expand_query("la maîtrise d’ouvrage locale", "fr") == ["la project ownership locale"]


def test_no_term_no_expansion(glossary):
    assert expand_query("water and sanitation", "en") == []
    assert expand_query("", "en") == []
    assert expand_query("twinningcommittee", "en") == []  # whole words only


def test_a_term_not_yet_translated_has_no_equivalent(glossary, fr, en):
    term = GlossaryTerm.objects.create(locale=fr, term="commune partenaire")
    term.copy_for_translation(en).save()  # an English copy still in French
    assert expand_query("commune partenaire", "fr") == []
    assert ("commune partenaire", "commune partenaire") not in glossary_pairs("fr", "en")


def test_a_term_with_two_translations_gives_two_queries(glossary, fr, en):
    term = GlossaryTerm.objects.create(locale=fr, term="collectivité locale")
    translate(term, en, {"collectivité locale": "local authority"})
    assert sorted(expand_query("local authority", "en")) == ["collectivité locale", "collectivité territoriale"]


def test_glossary_pairs_for_deepl(glossary):
    assert glossary_pairs("fr", "en") == sorted(TERMS.items(), key=lambda pair: pair[0].replace("é", "e"))


def test_the_glossary_page_lists_the_terms_with_their_translations(admin_client, home_fr, glossary, en):
    page = factories.add_child(home_fr, GlossaryPage(title="Glossaire", slug="glossaire", intro="Les mots du réseau."))
    html = admin_client.get(page.url).content.decode()
    assert "<dt" in html and "comité de jumelage" in html
    assert 'Anglais\u00a0:</span> <span lang="en">twinning committee</span>' in html  # French typography
    assert "Définition de comité de jumelage." in html
    assert html.index("collectivité territoriale") < html.index("comité de jumelage") < html.index("jumelage</dt>")

    english = translate(
        page, en, {"Glossaire": "Glossary", "glossaire": "glossary", "Les mots du réseau.": "Our words."}
    )
    html = admin_client.get(english.url).content.decode()
    assert 'French:</span> <span lang="fr">comité de jumelage</span>' in html
    assert "twinning committee" in html and "Definition of twinning committee." in html
