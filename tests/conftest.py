"""Fixtures shared by every test: the French home page created by migration, the English locale, a member's client."""

import pytest
from django.contrib.auth.models import Group, User
from wagtail.models import Locale

from home.models import HomePage


@pytest.fixture
def home_fr(db):
    """The French home page, root of the site (created by ``home`` migration 0002)."""
    return HomePage.objects.get(locale__language_code="fr")


@pytest.fixture
def locale_en(db):
    return Locale.objects.get_or_create(language_code="en")[0]


@pytest.fixture
def member(db):
    """A member of the network (group Members): may open every section but what is restricted further."""
    user = User.objects.create_user("reader", email="reader@example.org", password="reader-password-2026")
    user.groups.add(Group.objects.get(name="Members"))  # made by the access policy after migrate
    return user


@pytest.fixture
def member_client(client, member):
    """The test client, logged in as ``member`` (the site is private: see docs/access.md)."""
    client.force_login(member)
    return client
