"""Fixtures of the operations tests."""

import contextlib
import io
import logging
import sqlite3

import pytest
from django.db import connection


@pytest.fixture
def stderr_log():
    """What the settings' ``stderr`` log handler writes during the test (a StringIO in place of its stream)."""
    handler = next(handler for handler in logging.getLogger().handlers if handler.name == "stderr")
    stream = io.StringIO()
    previous = handler.setStream(stream)
    yield stream
    handler.setStream(previous)


@contextlib.contextmanager
def database_copy(django_db_blocker, folder, name: str):
    """``with database_copy(blocker, folder, name) as url:`` the ``DATABASE_URL`` of a new copy of the migrated
    test database, for servers and commands in subprocesses: SQLite, a file in ``folder``; PostgreSQL, a
    database made from the test database as a template, dropped afterwards. Use it from a module fixture
    (made before the test's transaction), in tests marked ``django_db`` (so that the test database exists)."""
    with django_db_blocker.unblock():
        connection.ensure_connection()
        if connection.vendor == "sqlite":
            with sqlite3.connect(folder / f"{name}.sqlite3") as target:
                connection.connection.backup(target)
            target.close()
            yield f"sqlite:///{folder / f'{name}.sqlite3'}"
            return
        copy = f"{connection.settings_dict['NAME']}_{name}"
        connection.close()  # a template database must have no other session
        with _postgres() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{copy}"')
            cursor.execute(f'CREATE DATABASE "{copy}" TEMPLATE "{connection.settings_dict["NAME"]}"')
    try:
        yield _url(copy)
    finally:
        with django_db_blocker.unblock(), _postgres() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{copy}" WITH (FORCE)')


@contextlib.contextmanager
def empty_database(django_db_blocker, folder, name: str):
    """``with empty_database(blocker, folder, name) as url:`` a new empty database (SQLite: a file not made yet)."""
    if connection.vendor == "sqlite":
        yield f"sqlite:///{folder / f'{name}.sqlite3'}"
        return
    new = f"{connection.settings_dict['NAME']}_{name}"
    with django_db_blocker.unblock(), _postgres() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{new}"')
        cursor.execute(f'CREATE DATABASE "{new}"')
    try:
        yield _url(new)
    finally:
        with django_db_blocker.unblock(), _postgres() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{new}" WITH (FORCE)')


@contextlib.contextmanager
def _postgres():
    """A cursor in autocommit on the server's ``postgres`` database (CREATE and DROP DATABASE)."""
    with connection._nodb_cursor() as cursor:
        yield cursor


def _url(name: str) -> str:
    settings = connection.settings_dict
    return f"postgres://{settings['USER']}:{settings['PASSWORD']}@{settings['HOST']}:{settings['PORT']}/{name}"
