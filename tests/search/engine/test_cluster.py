"""A two-node cluster (``make search-cluster``): with one node stopped, search still answers from the other.

Runs only with ``SEARCH_CLUSTER=1`` and ``SEARCH_URL`` naming both nodes (CI: ``.ci/run``); it stops
``cluster-1``, the first host of ``SEARCH_URL``, with ``search_node/stop.sh cluster-1``, searches, then
starts it again.
"""

import os
import subprocess
import time

import pytest
from wagtail.search.backends import get_search_backend

from home.models import ContentPage
from search.backends.engine import EngineBackend
from tests import factories

from .conftest import search_request

pytestmark = pytest.mark.skipif(
    os.environ.get("SEARCH_CLUSTER") != "1", reason="needs the two-node cluster: make search-cluster, SEARCH_CLUSTER=1"
)


@pytest.mark.django_db
def test_search_answers_with_one_node_stopped(home_fr, member, member_client, settings):
    page = factories.add_child(home_fr, ContentPage(title="Capybara", slug="capybara"))
    backend = get_search_backend()
    backend.es.cluster.health(wait_for_status="green", request_timeout=60)
    indices = backend.es.indices.get_settings(index=f"{backend.index_prefix}*")
    assert {index["settings"]["index"]["number_of_replicas"] for index in indices.values()} == {"1"}
    timeout = settings.SEARCH_TIMEOUT
    settings.SEARCH_TIMEOUT = 60  # the first search of fresh indices on both nodes (a busy CI machine) may be slow
    before = EngineBackend().search(search_request(member, query="capybara"))
    settings.SEARCH_TIMEOUT = timeout
    # Refreshing is a write to every shard: with the cluster manager gone, writes wait for it; searches do not.
    settings.SEARCH_REFRESH_BEFORE_SEARCH = False

    stop = subprocess.run(  # noqa: S603 - the project's own script, fixed arguments
        [settings.BASE_DIR / "search_node" / "stop.sh", "cluster-1"], capture_output=True, text=True, timeout=60
    )
    assert stop.returncode == 0, stop.stdout + stop.stderr

    started = time.monotonic()
    after = EngineBackend().search(search_request(member, query="capybara"))
    assert time.monotonic() - started < timeout + 1
    assert [hit.pk for hit in after.hits] == [hit.pk for hit in before.hits] == [page.pk]
    assert member_client.get("/fr/search/", {"query": "capybara"}).status_code == 200

    # cluster-1 back (start.sh starts only the stopped node), so that the test indices can be deleted.
    start = subprocess.run(  # noqa: S603 - the project's own script, fixed arguments
        [settings.BASE_DIR / "search_node" / "start.sh", "cluster"], capture_output=True, text=True, timeout=300
    )
    assert start.returncode == 0, start.stdout + start.stderr
