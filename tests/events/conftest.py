"""Fixtures of the agenda's tests: an agenda under the French home page and an event builder."""

import datetime

import pytest
from django.utils import translation
from freezegun import freeze_time

from events.dates import PARIS
from events.models import EventIndexPage, EventPage
from tests.factories import add_child

NOW = "2027-01-10 12:00:00"  # a Sunday, Paris winter time


@pytest.fixture(autouse=True)
def _french():
    """Each test starts in French, the site's default (an earlier test may leave another language active),
    so that ``reverse()`` gives ``/fr/…`` URLs and messages are asserted in French."""
    with translation.override("fr"):
        yield


@pytest.fixture
def frozen():
    """Time stands at ``NOW`` (list it before the client fixtures, so that their logins happen at ``NOW`` too)."""
    with freeze_time(NOW) as frozen_time:
        yield frozen_time


def paris(*args) -> datetime.datetime:
    """An aware datetime in Paris time: ``paris(2027, 3, 28, 23, 30)``."""
    return datetime.datetime(*args, tzinfo=PARIS)


@pytest.fixture
def agenda(home_fr):
    return add_child(home_fr, EventIndexPage(title="Agenda", slug="agenda"))


@pytest.fixture
def make_event(agenda):
    """``make_event(title, start=None, **fields)``: a live event of the agenda."""

    def make(title, start=None, **fields):
        return add_child(agenda, EventPage(title=title, start=start, **fields))

    return make
