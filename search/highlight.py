"""Snippets: the passage of a text where the query's words are, with those words in ``<mark>``.

A word of the text matches when one of its forms (folded, stemmed in the
search's languages: ``network_site.core.normalise.forms``) is a form of a query term, so
that “Jumelages” is marked for the query ``jumelage``. Everything else is
escaped: the output is safe HTML.
"""

import re
from collections.abc import Iterable
from functools import lru_cache

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from network_site.core import normalise
from network_site.core.text import fold

SNIPPET_WORDS = 32  # words shown around the matches
MAX_TEXT = 200_000  # characters of a text looked at (documents can be long)
_WORD = re.compile(r"\w+")


@lru_cache(maxsize=65536)
def _folded(token: str) -> tuple[str, ...]:
    return tuple(fold(token).split())


class Highlighter:
    """Marks the words of ``terms`` (``network_site.core.normalise.query_terms`` output) in texts, for ``languages``."""

    def __init__(self, terms: Iterable[frozenset[str]], languages: Iterable[str]):
        self.languages = tuple(languages)
        self.term_of_form = {}
        for index, forms in enumerate(terms):
            for form in forms:
                self.term_of_form.setdefault(form, set()).add(index)

    def _terms_of(self, token: str) -> set[int]:
        found = set()
        for word in _folded(token):
            for form in normalise.forms(word, self.languages):
                found |= self.term_of_form.get(form, set())
        return found

    def _tokens(self, text: str):
        """(start, end, term indexes) of each word of ``text``."""
        return [(m.start(), m.end(), self._terms_of(m.group())) for m in _WORD.finditer(text)]

    def highlight(self, text: str) -> SafeString:
        """The whole ``text``, escaped, with matching words in ``<mark>``."""
        return self._render(text, self._tokens(text), 0, None)

    def snippet(self, text: str, words: int = SNIPPET_WORDS) -> SafeString:
        """About ``words`` words of ``text`` around its best passage (most distinct terms, then most matches).

        ``…`` shows where the text was cut; with no match, the text's beginning.
        """
        text = " ".join(text[:MAX_TEXT].split())
        tokens = self._tokens(text)
        if not tokens:
            return mark_safe("")  # noqa: S308 - empty
        first = self._best_start(tokens, words)
        last = min(first + words, len(tokens)) - 1
        return self._render(text, tokens, first, last)

    def _best_start(self, tokens, words: int) -> int:
        hits = [index for index, (_s, _e, terms) in enumerate(tokens) if terms]
        best, best_key = 0, (0, 0)
        for position in hits:
            start = max(0, position - words // 4)
            window = tokens[start : start + words]
            distinct = set().union(*(terms for _s, _e, terms in window))
            key = (len(distinct), sum(1 for _s, _e, terms in window if terms))
            if key > best_key:
                best, best_key = start, key
        return best

    def _render(self, text: str, tokens, first: int, last: int | None) -> SafeString:
        if last is None:
            begin, end = 0, len(text)
            last = len(tokens) - 1
        else:
            begin = tokens[first][0] if first > 0 else 0
            end = tokens[last][1] if last < len(tokens) - 1 else len(text)
            # keep the punctuation that closes the last word's sentence
            while end < len(text) and text[end] in ".!?»)”":
                end += 1
        parts = ["…" if begin > 0 else ""]
        position = begin
        for start, stop, terms in tokens[first : last + 1]:
            if terms:
                parts.append(escape(text[position:start]))
                parts.append(f"<mark>{escape(text[start:stop])}</mark>")
                position = stop
        parts.append(escape(text[position:end]))
        if end < len(text.rstrip()):
            parts.append("…")
        return mark_safe("".join(parts))  # noqa: S308 - every piece of text is escaped above
