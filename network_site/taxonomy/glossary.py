"""The network's glossary across languages: term equivalents for search, for machine translation and for its page.

A ``GlossaryTerm`` and its translations share a ``translation_key``; a term
whose translation is still the source text (not translated yet, or the same
word whatever its accents and case) has no equivalent. Terms are compared and
found in a query the way search compares words (``network_site.core.normalise``:
folded, then stemmed in the term's language), so that “comités de jumelage”
and “twinning committees” are the terms “comité de jumelage” and “twinning
committee”, and “oeuvre” is “œuvre”.
"""

import itertools
from collections import defaultdict
from dataclasses import dataclass, field
from typing import NamedTuple

from network_site.core.languages import content_language_codes, other_language_codes
from network_site.core.normalise import stemmed_words
from network_site.core.text import fold

from .models import GlossaryTerm

__all__ = [
    "MAX_EXPANSIONS",
    "GlossaryEntry",
    "GlossaryTranslation",
    "entries",
    "equivalents",
    "expand_query",
    "glossary_pairs",
]

MAX_EXPANSIONS = 3  # rewritings of a query returned by expand_query, at most (search runs each)


class GlossaryTranslation(NamedTuple):
    language: str  # a language code
    term: str


@dataclass
class GlossaryEntry:
    """A term of one language as the glossary page shows it, with its translations in the other languages."""

    term: str
    definition: str
    translations: list[GlossaryTranslation] = field(default_factory=list)


def _same_term(one: str, other: str) -> bool:
    return fold(one) == fold(other)


def _versions(keys=None) -> dict:
    """``{translation key: {language code: term row}}`` of the content languages (one query)."""
    rows = GlossaryTerm.objects.filter(locale__language_code__in=content_language_codes()).select_related("locale")
    if keys is not None:
        rows = rows.filter(translation_key__in=keys)
    by_key = defaultdict(dict)
    for row in rows:
        by_key[row.translation_key][row.locale.language_code] = row
    return by_key


def equivalents(language_code: str) -> dict[str, dict[str, list[str]]]:
    """``{term: {other language: [its translations]}}`` for the terms of ``language_code`` (one query).

    A translation that is the same term (not translated yet) is left out, and so is a term without any.
    """
    result = {}
    for versions in _versions().values():
        source = versions.get(language_code)
        term = source.term.strip() if source else ""
        if not term:
            continue
        others = result.setdefault(term, {})
        for code, row in versions.items():
            translated = row.term.strip()
            if code != language_code and translated and not _same_term(translated, term):
                translations = others.setdefault(code, [])
                if translated not in translations:
                    translations.append(translated)
    return {term: others for term, others in result.items() if others}


def entries(locale) -> list[GlossaryEntry]:
    """The terms of ``locale`` in alphabetical order (folded), each with its translations (two queries).

    ``translations`` follow the order of the content languages, without the
    term's own language and without versions that are the same term.
    """
    terms = list(GlossaryTerm.objects.filter(locale=locale))
    versions = _versions([term.translation_key for term in terms])
    languages = other_language_codes(locale.language_code)
    result = []
    for term in sorted(terms, key=lambda term: fold(term.term)):
        translations = []
        for code in languages:
            row = versions[term.translation_key].get(code)
            if row is not None and row.term.strip() and not _same_term(row.term, term.term):
                translations.append(GlossaryTranslation(code, row.term))
        result.append(GlossaryEntry(term.term, term.definition, translations))
    return result


def glossary_pairs(source_language: str, target_language: str) -> list[tuple[str, str]]:
    """The (source term, target term) pairs of the glossary, e.g. for a DeepL glossary from French to English.

    One entry per source term (its first translation), sorted by source term.
    """
    pairs = []
    for term, others in equivalents(source_language).items():
        if others.get(target_language):
            pairs.append((term, others[target_language][0]))
    return sorted(pairs, key=lambda pair: fold(pair[0]))


def _found_terms(query: str, language_code: str, terms) -> list[tuple[int, int, str]]:
    """``(start, end, term)`` of the terms found in ``query``, longest term first, never overlapping, in order."""
    words = stemmed_words(query, language_code)
    stems = [stem for _start, _end, stem in words]
    found = []
    for term in sorted(terms, key=len, reverse=True):
        pattern = [stem for _start, _end, stem in stemmed_words(term, language_code)]
        if not pattern:
            continue
        for position in range(len(stems) - len(pattern) + 1):
            if stems[position : position + len(pattern)] != pattern:
                continue
            start, end = words[position][0], words[position + len(pattern) - 1][1]
            if all(end <= other_start or start >= other_end for other_start, other_end, _term in found):
                found.append((start, end, term))
    return sorted(found)


def expand_query(query: str, language_code: str) -> list[str]:
    """The query rewritten in the other languages through the glossary, or ``[]`` if it contains no term.

    The terms of ``language_code`` found in ``query`` (whole words, compared as
    search compares them: any case or accents, plurals and other forms of the
    same stem) are replaced by their translations; the other words are kept as
    typed. One query per other language in which at least one term has a
    translation (several if a term has several), at most ``MAX_EXPANSIONS``:
    ``expand_query("twinning committee Alençon", "en") == ["comité de jumelage Alençon"]``.
    Used by search to find pages that exist only in another language.
    """
    query = query.strip()
    if not query:
        return []
    terms = equivalents(language_code)
    matches = _found_terms(query, language_code, terms)
    if not matches:
        return []
    expansions = []
    for code in other_language_codes(language_code):
        if all(not terms[term].get(code) for _start, _end, term in matches):
            continue
        options = [terms[term].get(code) or [query[start:end]] for start, end, term in matches]
        for choice in itertools.product(*options):
            parts, position = [], 0
            for (start, end, _term), replacement in zip(matches, choice, strict=True):
                parts.append(query[position:start])
                parts.append(replacement)
                position = end
            parts.append(query[position:])
            expanded = " ".join("".join(parts).split())
            if expanded != query and expanded not in expansions:
                expansions.append(expanded)
            if len(expansions) >= MAX_EXPANSIONS:
                return expansions
    return expansions
