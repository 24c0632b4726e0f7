"""SQLite holds concurrent readers and writers (issue 12, point 8): under gunicorn with the production settings,
concurrent members searching (each new search writes to the query log) get no error ("database is locked" was
a 500 for about half of the searches of four concurrent searchers)."""

import urllib.parse
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection

from .conftest import database_copy
from .servers import Gunicorn, manage, production_env, session_cookie

SEARCHERS = 6
SEARCHES = 15  # each
WORDS = ["jumelage", "coopération", "mali", "réunion", "budget", "eau", "école", "santé", "jeunesse", "culture"]


@pytest.fixture(scope="module")
def database(django_db_setup, django_db_blocker, tmp_path_factory):
    with database_copy(django_db_blocker, tmp_path_factory.mktemp("searchers"), "searchers") as url:
        yield url


@pytest.mark.django_db
def test_concurrent_searchers_on_sqlite_get_no_error(database, tmp_path):
    if connection.vendor != "sqlite":
        pytest.skip("SQLite's locking: run by the SQLite suite")
    env = production_env(tmp_path, DATABASE_URL=database, WEB_CONCURRENCY="3")
    manage(env, "collectstatic", "--noinput", "-v0")
    cookie = session_cookie(env, "member-load", ["Members"])

    with Gunicorn(env, tmp_path / "gunicorn.log") as server:

        def searcher(number: int) -> list[int]:
            statuses = []
            for search in range(SEARCHES):
                word = WORDS[(number + search) % len(WORDS)] + ("" if search % 3 else f" n{number}x{search}")
                status, _headers, body, _seconds = server.get(
                    "/fr/search/?" + urllib.parse.urlencode({"query": word}), Cookie=cookie
                )
                statuses.append(status)
            return statuses

        with ThreadPoolExecutor(SEARCHERS) as pool:
            statuses = [status for result in pool.map(searcher, range(SEARCHERS)) for status in result]

    assert statuses == [200] * SEARCHERS * SEARCHES, (
        f"{statuses.count(200)} of {len(statuses)} answered 200:\n{(tmp_path / 'gunicorn.log').read_text()[-3000:]}"
    )
