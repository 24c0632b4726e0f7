"""Fixtures of the translation tests: run what wagtail-localize defers to commit, a testimony section."""

import pytest

from cases.models import TestimonyIndexPage
from tests import factories


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
