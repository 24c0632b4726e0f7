"""Fixtures shared by every test (one name per thing; the level's own conftest adds only its own).

- ``home_fr``: the French home page, root of the site; ``fr``, ``en``: the two locales;
- ``member`` (a user of the Members group) and ``member_client`` (the test client logged in as them);
  the superuser's client is pytest-django's ``admin_client``;
- ``accounts``: one user per role (``anonymous`` is ``None``);
- ``english``: the test runs with English active (messages asserted as written in the code);
- every test starts with empty caches;
- with ``SEARCH_URL`` (a search engine, docs/search.md "Engines"), every test that uses the database starts
  with the engine's indices holding what the database holds (``_engine_index``).

``tests.building.build_once`` makes the module-wide fixtures that build content once and roll it back.
"""

import pytest
from django.conf import settings
from django.contrib.auth.models import Group, User
from django.core.cache import caches
from django.core.management import call_command
from django.utils import translation
from wagtail.models import Locale
from wagtail.search.backends import get_search_backend
from wagtail.search.index import get_indexed_models

from home.models import HomePage
from network_site.access import roles
from network_site.core.indexing import root_model
from search.backends import engine_index

ROLE_GROUPS = {
    "member": [roles.MEMBERS],
    "partner": [roles.PARTNERS],
    "editor": [roles.EDITORS],
    "moderator": [roles.MODERATORS],
}


@pytest.fixture(autouse=True)
def _fresh_caches():
    """Wagtail caches site root paths and renditions by id, and ids are reused once a test's rows are rolled
    back: each test starts and ends with empty caches."""
    for cache in caches.all():
        cache.clear()
    yield
    for cache in caches.all():
        cache.clear()


@pytest.fixture(scope="session")
def _engine_indices(django_db_setup, django_db_blocker):
    """With SEARCH_URL: the test indices made once (mappings, aliases: ``update_index``), removed at the end."""
    with django_db_blocker.unblock():
        call_command("update_index", backend_name="default", verbosity=0)
    backend = get_search_backend()
    yield backend
    backend.es.indices.delete(index=f"{backend.index_prefix}*")


@pytest.fixture(autouse=True)
def _engine_index(request):
    """With SEARCH_URL, in a test that uses the database: the engine's indices hold every object the database
    holds (content built once per module included) and no other; the test's own saves follow by Wagtail's
    signals, searchable at once (``SEARCH_REFRESH_BEFORE_SEARCH``)."""
    if not settings.SEARCH_URL or not (
        "db" in request.fixturenames or request.node.get_closest_marker("django_db") is not None
    ):
        return
    request.getfixturevalue("db")
    backend = request.getfixturevalue("_engine_indices")
    engine_index.resume()
    if _engine_operations(backend) == _ENGINE_SYNCED.get("operations"):
        return  # no write since the last sync: the database is as it was then (a rollback undoes only writes)
    for model in get_indexed_models():
        index = backend.get_index_for_model(model)
        objects = list(model.get_indexed_objects())
        backend.add_bulk(model, objects)
        if model is root_model(model):  # the root's objects are all those of its index: drop the others
            kept = {str(obj.pk) for obj in model.objects.all()}
            found = backend.es.search(index=index.name, body={"_source": False, "size": 10000}, ignore_unavailable=True)
            stale = [hit["_id"] for hit in found["hits"]["hits"] if hit["_id"] not in kept]
            for pk in stale:
                index.delete_id(pk)
    backend.es.indices.refresh(index=f"{backend.index_prefix}*")
    _ENGINE_SYNCED["operations"] = _engine_operations(backend)


_ENGINE_SYNCED = {}


def _engine_operations(backend) -> int:
    """How many writes (index and delete operations) the test indices have had."""
    stats = backend.es.indices.stats(index=f"{backend.index_prefix}*", metric="indexing")["_all"]["primaries"]
    return stats["indexing"]["index_total"] + stats["indexing"]["delete_total"]


@pytest.fixture
def home_fr(db):
    """The French home page, root of the site (created by ``home`` migration 0002)."""
    return HomePage.objects.get(locale__language_code="fr")


@pytest.fixture
def fr(db):
    return Locale.objects.get(language_code="fr")


@pytest.fixture
def en(db):
    """The English locale (made after ``migrate`` from the settings' languages, docs/translation.md)."""
    return Locale.objects.get(language_code="en")


@pytest.fixture
def member(db):
    """A member of the network (group Members): may open every section but what is restricted further."""
    user = User.objects.create_user("reader", email="reader@example.org", password="reader-password-2026")
    user.groups.add(Group.objects.get(name=roles.MEMBERS))  # made by the access policy after migrate
    return user


@pytest.fixture
def member_client(client, member):
    """The test client, logged in as ``member`` (the site is private: see docs/access.md)."""
    client.force_login(member)
    return client


@pytest.fixture
def accounts(db):
    """One user per role (by name: member, partner, editor, moderator), plus None for anonymous."""
    users = {"anonymous": None}
    for name, groups in ROLE_GROUPS.items():
        user = User.objects.create_user(f"{name}-test", email=f"{name}@example.org", password=f"{name}-password-2026")
        user.groups.set(Group.objects.filter(name__in=groups))
        users[name] = user
    return users


@pytest.fixture
def english():
    """Run the test with English active (the site's default is French)."""
    with translation.override("en"):
        yield
