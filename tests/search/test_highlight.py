"""Snippets: the passage with the query's words, marked, escaped (no database)."""

from network_site.core.normalise import query_terms
from search.highlight import Highlighter


def highlighter(query, languages=("fr",)):
    return Highlighter(query_terms(query, languages), languages)


def test_marks_every_form_of_the_words():
    html = highlighter("jumelage Herouville").highlight("Les jumelages d'Hérouville-Saint-Clair")
    assert html == "Les <mark>jumelages</mark> d&#x27;<mark>Hérouville</mark>-Saint-Clair"


def test_snippet_shows_the_passage_with_the_most_words_and_cuts_around_it():
    text = " ".join(["avant"] * 100 + ["l'eau", "et", "l'assainissement", "au", "Mali"] + ["après"] * 100)
    html = highlighter("eau assainissement Mali").snippet(text)
    assert html.startswith("…") and html.endswith("…")
    assert "<mark>eau</mark>" in html and "<mark>assainissement</mark>" in html and "<mark>Mali</mark>" in html
    assert len(html.split()) < 45


def test_snippet_without_a_match_is_the_beginning():
    html = highlighter("introuvable").snippet("Un texte court. Rien à marquer.")
    assert html == "Un texte court. Rien à marquer."


def test_everything_is_escaped():
    html = highlighter("script").snippet('<script>alert("x")</script> & <b>script</b>')
    assert "<script>" not in html and "<b>" not in html
    assert "&lt;<mark>script</mark>&gt;" in html


def test_stop_words_are_not_marked():
    assert highlighter("loi de la").highlight("Loi de la République") == "<mark>Loi</mark> de la République"
