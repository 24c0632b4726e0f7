"""Fixtures shared by every test: the French home page created by migration, the English locale."""

import pytest
from wagtail.models import Locale

from home.models import HomePage


@pytest.fixture
def home_fr(db):
    """The French home page, root of the site (created by ``home`` migration 0002)."""
    return HomePage.objects.get(locale__language_code="fr")


@pytest.fixture
def locale_en(db):
    return Locale.objects.get_or_create(language_code="en")[0]
