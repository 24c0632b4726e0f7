"""Language-aware normalisation of text, the same for what is indexed and for what is searched.

Members type French without accents, plurals, hyphens and apostrophes; partners
type English. Rather than rely on each backend's own text handling (SQLite's
FTS5 tokenizer folds accents but does not stem, PostgreSQL's configurations stem
one language per index), every object indexes, besides its raw fields, a
*normalised* text made here, and every query goes through the same steps:

1. French elisions (``l'``, ``d'``, ``qu'``…) and English possessives (``'s``) are cut;
2. a percentage gets a token of its own: “1 %” and “1%” → ``1 1pct``;
3. ``network_site.core.text.fold``: lower-case ASCII words — accents, case and
   punctuation gone (“Hérouville-Saint-Clair” → ``herouville saint clair``);
4. each word is stemmed by the Snowball stemmer of its language (PyStemmer):
   ``jumelages`` and ``jumelage`` → ``jumelag`` in French, ``meetings`` → ``meet`` in English.

Indexed text keeps each folded word beside its stems, so that every word the
backend could match in the raw fields is also in the normalised text: the
matches are the same on every backend. Queries drop stop words (unless only
stop words were typed) and look for the stems of each word, all words required.
"""

import re
import threading
from collections.abc import Iterable
from functools import lru_cache

import Stemmer

from .text import fold

# Content language (Django code) → Snowball algorithm. A language without one is folded, not stemmed.
SNOWBALL = {
    "da": "danish",
    "de": "german",
    "en": "english",
    "es": "spanish",
    "fr": "french",
    "it": "italian",
    "nl": "dutch",
    "pt": "portuguese",
    "ru": "russian",
    "sv": "swedish",
}
MAX_QUERY_TERMS = 12

# Folded stop words of the content languages, left out of queries (a query of stop words only keeps them).
_FRENCH_STOP_WORDS = """
a au aux avec ce ces cet cette dans de des du elle elles en et est eux il ils je la le les leur leurs lui ma mais me
meme mes moi mon ne ni nos notre nous on ont ou par pas pour qu que qui sa se ses son sont sur ta te tes toi ton tu un
une vos votre vous y
"""
_ENGLISH_STOP_WORDS = """
a an and are as at be by for from has have in into is it its of on or that the their this to was were will with
"""
STOP_WORDS = frozenset(_FRENCH_STOP_WORDS.split()) | frozenset(_ENGLISH_STOP_WORDS.split())

_ELISION = re.compile(r"\b(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu)['’](?=\w)", re.IGNORECASE)
_POSSESSIVE = re.compile(r"(?<=\w)['’]s\b", re.IGNORECASE)
_PERCENT = re.compile(r"\b(\d+)(?:[.,](\d+))?\s?%")
_WORD = re.compile(r"\w+")
_stemmers = threading.local()  # PyStemmer objects are not thread-safe: one per thread


def _percent_token(match: re.Match) -> str:
    whole, decimals = match.groups()
    token = f"{whole}p{decimals}pct" if decimals else f"{whole}pct"
    return f"{match.group(0)} {token}"


def words(text: str) -> list[str]:
    """Text → its folded words, in order: “L'eau, 1 % des budgets” → ``["eau", "1", "1pct", "des", "budgets"]``."""
    text = _ELISION.sub("", text)
    text = _POSSESSIVE.sub("", text)
    text = _PERCENT.sub(_percent_token, text)
    return fold(text).split()


def _stemmer(algorithm: str) -> Stemmer.Stemmer:
    cache = _stemmers.__dict__
    if algorithm not in cache:
        cache[algorithm] = Stemmer.Stemmer(algorithm)
    return cache[algorithm]


@lru_cache(maxsize=65536)
def stem(word: str, language: str) -> str:
    """The stem of a folded ``word`` in ``language`` (a Django code); words with digits and unknown languages are kept."""
    algorithm = SNOWBALL.get(language.split("-")[0])
    if algorithm is None or not word.isalpha():
        return word
    return _stemmer(algorithm).stemWord(word)


def forms(word: str, languages: Iterable[str]) -> set[str]:
    """A folded ``word`` and its stems in ``languages``: ``forms("jumelages", ["fr"]) == {"jumelages", "jumelag"}``."""
    return {word, *(stem(word, language) for language in languages)}


def index_text(text: str, languages: Iterable[str]) -> str:
    """The normalised text to index for ``text`` written in one of ``languages``: each folded word, then its stems.

    ``index_text("Les jumelages", ["fr"]) == "les jumelages jumelag"``.
    """
    languages = tuple(languages)
    tokens = []
    for word in words(text):
        tokens.append(word)
        tokens.extend(sorted(forms(word, languages) - {word}))
    return " ".join(tokens)


def stemmed_words(text: str, language: str) -> list[tuple[int, int, str]]:
    """Each word of ``text`` with its span in ``text`` and its stem in ``language``, in order.

    Words are ``\\w+`` runs, folded (``text.fold``) and stemmed (``stem``), so that two texts
    compare as search compares them: ``stemmed_words("Comités de", "fr") == [(0, 7, "comit"), (8, 10, "de")]``.
    Used where positions matter (the glossary rewrites a query in place).
    """
    found = []
    for match in _WORD.finditer(text):
        for word in fold(match.group()).split():
            found.append((match.start(), match.end(), stem(word, language)))
    return found


def query_terms(query: str, languages: Iterable[str]) -> list[frozenset[str]]:
    """The terms of a typed query: for each word kept, its stems in ``languages`` (any of them matches).

    Stems only, not the word as typed, so that “meeting” and “meetings” find
    the same pages *in the same order*. Stop words are dropped unless the query
    has nothing else; repeated words count once; at most ``MAX_QUERY_TERMS``
    terms. ``[]`` when nothing is left (empty query, punctuation only).
    ``query_terms("l'eau des Jumelages", ["fr"]) == [{"eau"}, {"jumelag"}]``.
    """
    languages = tuple(languages)
    found = words(query)
    kept = [word for word in found if word not in STOP_WORDS] or found
    terms = []
    for word in kept:
        term = frozenset(stem(word, language) for language in languages) if languages else frozenset([word])
        if term not in terms:
            terms.append(term)
    return terms[:MAX_QUERY_TERMS]
