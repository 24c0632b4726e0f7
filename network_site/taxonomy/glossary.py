"""The network's glossary across languages: term equivalents for search and for machine translation.

A ``GlossaryTerm`` and its translations share a ``translation_key``; a term
whose translation still has the source text (not translated yet) has no
equivalent. Matching is case- and accent-insensitive, on whole words, and
tolerates a plural ``s``/``x`` on each word (“comités de jumelage”,
“twinning committees”).
"""

import itertools
import re
import unicodedata
from collections import defaultdict

from django.conf import settings

from .models import GlossaryTerm

__all__ = ["equivalents", "expand_query", "glossary_pairs"]

MAX_EXPANSIONS = 10  # queries returned by expand_query, at most


def _fold_char(char: str) -> str:
    """One character, lower case and without its accent (always one character, so positions are kept)."""
    folded = unicodedata.normalize("NFD", char)[0].lower()
    return folded if len(folded) == 1 else char


def fold(text: str) -> str:
    """``text`` in lower case without accents, of the same length (“Comité” → “comite”)."""
    return "".join(_fold_char(char) for char in text)


def _term_pattern(term: str) -> re.Pattern | None:
    words = re.findall(r"\w+", fold(term))
    if not words:
        return None
    body = r"\W+".join(re.escape(word) + r"(?:s|x)?" for word in words)
    return re.compile(rf"(?<!\w){body}(?!\w)")


def equivalents(language_code: str) -> dict[str, dict[str, list[str]]]:
    """``{term: {other language: [its translations]}}`` for the terms of ``language_code``.

    A translation that is the same text as the term (not translated yet) is left out.
    """
    languages = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    rows = GlossaryTerm.objects.filter(locale__language_code__in=languages).values_list(
        "translation_key", "locale__language_code", "term"
    )
    by_key = defaultdict(dict)
    for key, code, term in rows:
        by_key[key][code] = term.strip()
    result = {}
    for versions in by_key.values():
        term = versions.get(language_code)
        if not term:
            continue
        others = result.setdefault(term, {})
        for code, translated in versions.items():
            if code != language_code and translated and fold(translated) != fold(term):
                others.setdefault(code, [])
                if translated not in others[code]:
                    others[code].append(translated)
    return {term: others for term, others in result.items() if others}


def glossary_pairs(source_language: str, target_language: str) -> list[tuple[str, str]]:
    """The (source term, target term) pairs of the glossary, e.g. for a DeepL glossary from French to English.

    One entry per source term (its first translation), sorted by source term.
    """
    pairs = []
    for term, others in equivalents(source_language).items():
        if others.get(target_language):
            pairs.append((term, others[target_language][0]))
    return sorted(pairs, key=lambda pair: fold(pair[0]))


def expand_query(query: str, language_code: str) -> list[str]:
    """The query rewritten in the other languages through the glossary, or ``[]`` if it contains no term.

    The terms of ``language_code`` found in ``query`` (longest first, whole
    words, any case or accents, plural allowed) are replaced by their
    translations; the other words are kept as typed. One query per other
    language in which at least one term has a translation (several if a term
    has several), e.g. ``expand_query("twinning committee Alençon", "en")`` →
    ``["comité de jumelage Alençon"]``. Used by search to find pages that exist
    only in another language.
    """
    query = query.strip()
    if not query:
        return []
    terms = equivalents(language_code)
    folded = fold(query)
    matches = []  # (start, end, term)
    for term in sorted(terms, key=len, reverse=True):
        pattern = _term_pattern(term)
        if pattern is None:
            continue
        for match in pattern.finditer(folded):
            start, end = match.span()
            if all(end <= other_start or start >= other_end for other_start, other_end, _term in matches):
                matches.append((start, end, term))
    if not matches:
        return []
    matches.sort()

    languages = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES if code != language_code]
    expansions = []
    for code in languages:
        options = [terms[term].get(code) or [query[start:end]] for start, end, term in matches]
        if all(not terms[term].get(code) for _start, _end, term in matches):
            continue
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
