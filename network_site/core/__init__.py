"""The shared core every other layer builds on (docs/architecture.md).

Nothing here imports another package of the project. Modules:

- ``text``: folding (accents, case, punctuation) and name keys;
- ``languages``: the content languages of the settings;
- ``normalise``: folded and stemmed words per language, for what is indexed and what is searched;
- ``indexing``: ``SearchTextMixin`` (what each object gives the search index) and ``ContentKind``, the
  declaration by which a model tells search its kind, date, themes, organisations and countries;
- ``blocks``: the StreamField blocks of every page type;
- ``pages``: ``SectionIndexPage``, the abstract base of the section indexes.
"""
