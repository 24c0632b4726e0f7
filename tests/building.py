"""Content built once for a test module, and rolled back at its end.

    site = build_once(lambda: call_command("load_demo"))   # at module level

makes ``site`` a module-scoped fixture: the builder runs once, inside a
transaction that is rolled back when the module's tests are done, and the
fixture's value is what the builder returns. Tests that use it also need the
database (``db`` or ``pytestmark = pytest.mark.django_db``): each then runs in
a savepoint of that transaction, so its own changes are rolled back too.
"""

import pytest
from django.db import transaction


def build_once(build):
    """A module-scoped fixture whose value is ``build()``, run once in a transaction rolled back at the end."""

    @pytest.fixture(scope="module")
    def built(django_db_setup, django_db_blocker):
        with django_db_blocker.unblock(), transaction.atomic():
            yield build()
            transaction.set_rollback(True)

    return built
