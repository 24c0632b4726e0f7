"""Fault test (issue 12, point 2): the database down or silent, under gunicorn with the production settings.

A PostgreSQL address whose port is closed, and one whose socket accepts connections and never answers
(made here): every page answers 503 with the translated "The intranet is unavailable" page within 5 s,
static files are still served, ``/healthz`` answers 503 naming the database, and the log has one ERROR
line per failed request, with its request id (the X-Request-ID header) and the cause.
"""

import json
import re
import socket
import threading

import pytest

from .servers import Gunicorn, free_port, manage, production_env

WITHIN = 5  # seconds


@pytest.fixture(scope="module")
def work(tmp_path_factory):
    """A folder with the collected static files (whitenoise serves them whatever the database)."""
    folder = tmp_path_factory.mktemp("unavailable")
    manage(production_env(folder, DATABASE_URL="sqlite:///unused.sqlite3"), "collectstatic", "--noinput", "-v0")
    return folder


class SilentServer:
    """A socket on 127.0.0.1 that accepts every connection and never sends a byte (a hung database)."""

    def __init__(self):
        self.port = free_port()
        self.socket = socket.create_server(("127.0.0.1", self.port))
        self.connections = []
        self.thread = threading.Thread(target=self._accept, daemon=True)

    def _accept(self):
        while True:
            try:
                connection, _address = self.socket.accept()
            except OSError:  # closed
                return
            self.connections.append(connection)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.socket.close()
        for connection in self.connections:
            connection.close()


def error_lines(log: str, request_id: str) -> list[str]:
    return [line for line in log.splitlines() if re.search(r"\bERROR\b", line) and f"[{request_id}]" in line]


def check_unavailable(server: Gunicorn, cause: str):
    for path, language_text in [
        ("/fr/", "L'intranet est indisponible"),
        ("/en/temoignages/", "The intranet is unavailable"),
    ]:
        status, headers, body, seconds = server.get(path, timeout=30)
        assert status == 503, (path, status)
        assert seconds < WITHIN, f"{path} took {seconds:.1f} s"
        assert language_text in body.decode(), body
        lines = error_lines(server.log.read_text(), headers["X-Request-ID"])
        assert len(lines) == 1, lines
        assert f"Service Unavailable: {path}" in lines[0]
        assert re.search(cause, lines[0]), lines[0]

    status, _headers, body, seconds = server.get("/static/css/site.css")
    assert status == 200 and b"Horizons Solidaires" in body and seconds < WITHIN

    status, headers, body, seconds = server.get("/healthz")
    assert status == 503 and seconds < 2 * WITHIN
    answer = json.loads(body)
    assert answer["status"] == "unavailable" and answer["checks"]["database"] == "failed"
    assert answer["checks"]["storage"] == "ok"
    lines = error_lines(server.log.read_text(), headers["X-Request-ID"])
    assert len(lines) == 1 and "database" in lines[0] and re.search(cause, lines[0]), lines


def test_closed_port_answers_503(work):
    closed = free_port()  # nothing listens there
    url = f"postgres://network:network@127.0.0.1:{closed}/network"
    with Gunicorn(production_env(work, DATABASE_URL=url), work / "closed.log", taken={closed}) as server:
        check_unavailable(server, r"cause: OperationalError: .*Connection refused")


def test_silent_database_answers_503_within_the_connect_timeout(work):
    with SilentServer() as silent:
        url = f"postgres://network:network@127.0.0.1:{silent.port}/network"
        with Gunicorn(production_env(work, DATABASE_URL=url), work / "silent.log") as server:
            check_unavailable(server, r"cause: OperationalError: .*timeout")
