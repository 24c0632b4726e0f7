"""Fixtures of the operations tests."""

import io
import logging

import pytest


@pytest.fixture
def stderr_log():
    """What the settings' ``stderr`` log handler writes during the test (a StringIO in place of its stream)."""
    handler = next(handler for handler in logging.getLogger("django").handlers if handler.name == "stderr")
    stream = io.StringIO()
    previous = handler.setStream(stream)
    yield stream
    handler.setStream(previous)


@pytest.fixture(scope="session")
def migrated_sqlite(tmp_path_factory):
    """A migrated SQLite database file (with the access policy), made once per session; copy it to use it."""
    from .servers import manage, production_env

    folder = tmp_path_factory.mktemp("migrated")
    env = production_env(folder, DATABASE_URL=f"sqlite:///{folder / 'db.sqlite3'}")
    manage(env, "migrate", "--noinput", "-v0", timeout=900)
    manage(env, "apply_access_policy", "-v0")
    return folder / "db.sqlite3"
