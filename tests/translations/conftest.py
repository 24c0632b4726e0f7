"""Fixtures of the translation tests: locales, a staff client (superuser) for wagtail-localize's admin views."""

import pytest
from django.core.cache import cache
from wagtail.models import Locale

from cases.models import TestimonyIndexPage
from tests import factories


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Wagtail keeps the site root paths (a home page per locale) in Django's cache: a test's rolled-back
    translations of a home page must not leave them stale for the next test."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def fr(db):
    return Locale.objects.get(language_code="fr")


@pytest.fixture
def en(db):
    return Locale.objects.get(language_code="en")  # made by the translations app after migrate


@pytest.fixture
def staff(admin_client):
    """A logged-in superuser: translates in the admin and may read every page."""
    return admin_client


@pytest.fixture
def on_commit(django_capture_on_commit_callbacks):
    """Run what wagtail-localize defers to the end of the transaction (publishing translations) at once."""

    def run():
        return django_capture_on_commit_callbacks(execute=True)

    return run


@pytest.fixture
def testimonies(home_fr):
    return factories.add_child(
        home_fr, TestimonyIndexPage(title="Témoignages", slug="temoignages", intro="Des expériences.")
    )
