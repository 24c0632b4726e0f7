"""Text normalisation shared by the importer, the demo loader and search.

``fold`` compares words whatever their accents, case and punctuation;
``name_key`` compares names of organisations and people, whatever their
spacing too (“Villed'Alençon” and “Ville d'Alençon” share a key).
Transliteration by anyascii (https://github.com/anyascii/anyascii).
"""

import re

from anyascii import anyascii


def fold(text: str) -> str:
    """Text → lower-case ASCII words separated by single spaces: “Ville d'Alençon” → “ville d alencon”."""
    return re.sub(r"[^a-z0-9]+", " ", anyascii(text).casefold()).strip()


def name_key(name: str) -> str:
    """The key two spellings of one name share: “Villed'Alençon” → “villedalencon”."""
    return fold(name).replace(" ", "")


def fit(model, field_name: str, value: str) -> str:
    """``value`` cut to the ``max_length`` of ``model``'s field ``field_name`` (unchanged if it has none)."""
    max_length = model._meta.get_field(field_name).max_length
    return value[:max_length] if max_length else value
