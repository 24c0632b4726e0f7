"""Engine down (a closed port) or frozen (a socket that accepts and never answers): bounded, never a hang.

- a search raises ``SearchUnavailable`` within ``SEARCH_TIMEOUT`` + 1 s;
- publishing a page still publishes within 2 s, the failure is logged and recorded
  (``search.models.PendingIndexUpdate``), and the engine's copy catches up once it answers again
  (``manage.py search_catch_up``, or the next successful write).
"""

import socket
import time

import pytest
from django.core.management import call_command

from home.models import ContentPage
from network_site.settings.search_engine import engine_backend
from search.backends import SearchUnavailable, engine_index
from search.backends.engine import EngineBackend
from search.models import PendingIndexUpdate
from tests import factories

from .conftest import search_request

TIMEOUT = 1.0  # seconds: SEARCH_TIMEOUT in these tests (the default is 3)


@pytest.fixture
def closed_port():
    """A port of 127.0.0.1 where nothing listens (connection refused)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return port


@pytest.fixture
def frozen_port():
    """A port of 127.0.0.1 that accepts connections (the kernel's backlog) and never answers."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(64)
    yield sock.getsockname()[1]
    sock.close()


@pytest.fixture(params=["closed_port", "frozen_port"])
def broken_engine(request, settings):
    """The settings pointed at a broken engine (its URL), with the production write timeout."""
    url = f"opensearch://127.0.0.1:{request.getfixturevalue(request.param)}"
    working = settings.WAGTAILSEARCH_BACKENDS
    settings.WAGTAILSEARCH_BACKENDS = {**working, "default": engine_backend(url, TIMEOUT, "test_network_broken_")}
    settings.SEARCH_TIMEOUT = TIMEOUT
    settings.SEARCH_WRITE_TIMEOUT = engine_index.WRITE_TIMEOUT
    settings.SEARCH_REFRESH_BEFORE_SEARCH = False
    engine_index.resume()
    yield working
    engine_index.resume()


@pytest.mark.django_db
def test_a_search_on_a_broken_engine_raises_search_unavailable_in_time(broken_engine, member):
    started = time.monotonic()
    with pytest.raises(SearchUnavailable):
        EngineBackend().search(search_request(member, query="jumelage"))
    assert time.monotonic() - started < TIMEOUT + 1


@pytest.mark.django_db
def test_the_search_page_answers_503_on_a_broken_engine(broken_engine, member_client):
    started = time.monotonic()
    response = member_client.get("/en/search/", {"query": "jumelage"})
    assert time.monotonic() - started < TIMEOUT + 1
    assert response.status_code == 503
    assert "try again in a moment" in response.content.decode()


@pytest.mark.django_db
def test_publishing_with_a_broken_engine_publishes_in_time_and_catches_up(
    broken_engine, home_fr, settings, caplog, admin_user
):
    draft = ContentPage(title="Quokka", slug="quokka", live=False)
    home_fr.add_child(instance=draft)
    engine_index.resume()  # the draft's own writes failed already: publishing starts with writes on

    started = time.monotonic()
    draft.save_revision().publish()
    assert time.monotonic() - started < 2.0
    assert ContentPage.objects.get(pk=draft.pk).live
    assert any("search backend" in record.getMessage() for record in caplog.records)  # logged by Wagtail
    assert PendingIndexUpdate.objects.filter(model="home.contentpage", object_id=str(draft.pk)).exists()

    settings.WAGTAILSEARCH_BACKENDS = broken_engine  # the engine is back
    settings.SEARCH_REFRESH_BEFORE_SEARCH = True
    call_command("search_catch_up", verbosity=0)
    assert not PendingIndexUpdate.objects.exists()
    found = EngineBackend().search(search_request(admin_user, query="quokka"))
    assert [hit.pk for hit in found.hits] == [draft.pk]


@pytest.mark.django_db
def test_the_next_successful_write_replays_the_pending_updates(broken_engine, home_fr, settings, admin_user):
    page = factories.add_child(home_fr, ContentPage(title="Wombat", slug="wombat"))
    assert PendingIndexUpdate.objects.filter(object_id=str(page.pk)).exists()

    settings.WAGTAILSEARCH_BACKENDS = broken_engine  # the engine is back, after the pause
    settings.SEARCH_REFRESH_BEFORE_SEARCH = True
    engine_index.resume()
    factories.add_child(home_fr, ContentPage(title="Numbat", slug="numbat"))  # a successful write
    assert not PendingIndexUpdate.objects.exists()
    assert [hit.pk for hit in EngineBackend().search(search_request(admin_user, query="wombat")).hits] == [page.pk]
