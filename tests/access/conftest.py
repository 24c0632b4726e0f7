"""Accounts of every role, for the access tests."""

import pytest
from django.contrib.auth.models import Group, User

from network_site.access import roles

ROLE_GROUPS = {
    "member": [roles.MEMBERS],
    "partner": [roles.PARTNERS],
    "editor": [roles.EDITORS],
    "moderator": [roles.MODERATORS],
}


@pytest.fixture
def accounts(db):
    """One user per role (by name: member, partner, editor, moderator), plus None for anonymous."""
    users = {"anonymous": None}
    for name, groups in ROLE_GROUPS.items():
        user = User.objects.create_user(f"{name}-test", email=f"{name}@example.org", password=f"{name}-password-2026")
        user.groups.set(Group.objects.filter(name__in=groups))
        users[name] = user
    return users


@pytest.fixture(autouse=True)
def _fresh_caches():
    """Wagtail caches renditions by image id, and ids are reused once a test's rows are rolled back."""
    from django.core.cache import caches

    for cache in caches.all():
        cache.clear()
