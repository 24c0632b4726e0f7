"""Text normalisation for search: the same folding and stemming for indexed text and for queries (no database)."""

import pytest

from network_site.core import normalise


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Réunion", ["reunion"]),
        ("Hérouville-Saint-Clair", ["herouville", "saint", "clair"]),
        ("porte-parole", ["porte", "parole"]),
        ("L'eau d’Angers", ["eau", "angers"]),
        ("jusqu'à", ["a"]),
        ("the network's meetings", ["the", "network", "meetings"]),
        ("COVID-19", ["covid", "19"]),
        ("1 %", ["1", "1pct"]),
        ("1%", ["1", "1pct"]),
        ("0,5 % du budget", ["0", "5", "0p5pct", "du", "budget"]),
        ("Œuvre", ["oeuvre"]),
        ("", []),
        ("«  » – …", []),
    ],
)
def test_words_are_folded_and_split(text, expected):
    assert normalise.words(text) == expected


@pytest.mark.parametrize(
    ("language", "a", "b"),
    [
        ("fr", "jumelages", "jumelage"),
        ("fr", "collectivite", "collectivites"),
        ("fr", "cooperation", "cooperations"),
        ("fr", "reunion", "reunions"),
        ("en", "meetings", "meeting"),
        ("en", "authorities", "authority"),
    ],
)
def test_inflections_share_a_stem_in_their_language(language, a, b):
    assert normalise.stem(a, language) == normalise.stem(b, language)


def test_words_with_digits_and_unknown_languages_are_not_stemmed():
    assert normalise.stem("l1115", "fr") == "l1115"
    assert normalise.stem("jumelages", "xx") == "jumelages"


def test_index_text_keeps_each_word_and_adds_its_stems():
    assert normalise.index_text("Les jumelages", ["fr"]) == "les le jumelages jumelag"
    assert "jumelag" in normalise.index_text("jumelages", ["fr", "en"]).split()


def test_query_terms_drop_stop_words_and_repeats():
    terms = normalise.query_terms("l'eau et les Jumelages, jumelages", ["fr"])
    assert terms == [frozenset({"eau"}), frozenset({"jumelag"})]


def test_query_terms_are_stems_in_each_language():
    assert normalise.query_terms("meetings", ["en"]) == normalise.query_terms("meeting", ["en"]) == [{"meet"}]
    assert normalise.query_terms("assainissement", ["fr", "en"]) == [{"assain", "assainiss"}]


def test_a_query_of_stop_words_only_keeps_them():
    assert normalise.query_terms("the", ["en"]) == [frozenset({"the"})]


@pytest.mark.parametrize("query", ["", "   ", "\x00", "«»", "-", '"', "*", ":", "\\"])
def test_queries_without_words_have_no_terms(query):
    assert normalise.query_terms(query, ["fr"]) == []


def test_query_terms_are_ascii_letters_and_digits_only():
    nasty = "\"unbalanced 'quote AND OR NOT -comité <script>x</script> ' OR 1=1; -- 🤝 \\ * : l1115"
    for forms in normalise.query_terms(nasty, ["fr", "en"]):
        assert all(form.isascii() and form.isalnum() for form in forms), forms


def test_at_most_a_dozen_terms():
    assert len(normalise.query_terms(" ".join(f"mot{i}" for i in range(100)), ["fr"])) == normalise.MAX_QUERY_TERMS
