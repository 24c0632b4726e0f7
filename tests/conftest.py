"""Fixtures shared by every test (one name per thing; the level's own conftest adds only its own).

- ``home_fr``: the French home page, root of the site; ``fr``, ``en``: the two locales;
- ``member`` (a user of the Members group) and ``member_client`` (the test client logged in as them);
  the superuser's client is pytest-django's ``admin_client``;
- ``accounts``: one user per role (``anonymous`` is ``None``);
- ``english``: the test runs with English active (messages asserted as written in the code);
- every test starts with empty caches.

``tests.building.build_once`` makes the module-wide fixtures that build content once and roll it back.
"""

import pytest
from django.contrib.auth.models import Group, User
from django.core.cache import caches
from django.utils import translation
from wagtail.models import Locale

from home.models import HomePage
from network_site.access import roles

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
