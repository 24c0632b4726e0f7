"""The site under gunicorn with the production settings, in a subprocess, for the operations tests.

``production_env(**overrides)`` is the environment; ``Gunicorn(env)`` starts gunicorn on a free port of
8100–8199 on 127.0.0.1 and stops it (a context manager), its log (standard error and output) in a file.
"""

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# Two suites may run at once (CI runs SQLite and PostgreSQL side by side): TEST_PORT_BASE gives each its range.
PORT_BASE = int(os.environ.get("TEST_PORT_BASE", "8100"))
PORTS = range(PORT_BASE, PORT_BASE + 100)
START_TIMEOUT = 240  # seconds (workers load the URLs and views as they start)


def free_port(taken: set[int] = frozenset()) -> int:
    """A port of ``PORTS`` (8100–8199 by default) that nothing listens on (bound and released), other than ``taken``."""
    for port in PORTS:
        if port in taken:
            continue
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError(f"no free port in {PORTS.start}-{PORTS.stop - 1}")


def production_env(work: Path, **overrides: str) -> dict[str, str]:
    """The production settings' environment, files in ``work``, plain HTTP on the loopback address."""
    env = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "DATABASE_"))}
    env.update(
        DJANGO_SETTINGS_MODULE="network_site.settings.production",
        SECRET_KEY="operations-test-" + "k" * 50,
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECURE_SSL_REDIRECT="False",
        STATIC_ROOT=str(work / "static"),
        MEDIA_ROOT=str(work / "media"),
        WEB_CONCURRENCY="1",
        PYTHONUNBUFFERED="1",
    )
    env.update(overrides)
    return env


def manage(env: dict[str, str], *args: str, timeout: float = 600) -> str:
    """``manage.py ARGS`` in a subprocess with ``env``; its output; raises CalledProcessError on failure."""
    done = subprocess.run(  # noqa: S603 - our own manage.py, fixed arguments
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout
    )
    if done.returncode:
        raise subprocess.CalledProcessError(done.returncode, args, done.stdout, done.stderr)
    return done.stdout


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None  # a redirect is the answer (e.g. to the login page), not followed


_opener = urllib.request.build_opener(_NoRedirect)


class Gunicorn:
    """``with Gunicorn(env, log) as server:`` gunicorn (``gunicorn.conf.py``) on ``server.url``, stopped on exit.

    ``taken``: ports not to use (e.g. the closed port that stands for a database that is down).
    """

    def __init__(self, env: dict[str, str], log: Path, taken: set[int] = frozenset()):
        self.port = free_port(taken)
        self.url = f"http://127.0.0.1:{self.port}"
        self.env = {**env, "GUNICORN_BIND": f"127.0.0.1:{self.port}"}
        self.log = log
        self.process = None

    def __enter__(self):
        with self.log.open("wb") as out:
            self.process = subprocess.Popen(  # noqa: S603 - our own gunicorn, fixed arguments
                [str(Path(sys.executable).parent / "gunicorn"), "--config", "gunicorn.conf.py"],
                cwd=ROOT,
                env=self.env,
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn stopped:\n{self.log.read_text()}")
            try:
                urllib.request.urlopen(f"{self.url}/static/css/site.css", timeout=2).close()  # noqa: S310
                return self
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                time.sleep(0.2)
        self.__exit__()
        raise RuntimeError(f"gunicorn did not answer in {START_TIMEOUT} s:\n{self.log.read_text()}")

    def __exit__(self, *exc):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)

    def get(self, path: str, timeout: float = 30, **headers: str):
        """``(status, headers, body, seconds)`` of GET ``path``, as through the HTTPS proxy; redirects not followed."""
        request = urllib.request.Request(  # noqa: S310 - our own loopback server
            self.url + path, headers={"X-Forwarded-Proto": "https", **headers}
        )
        start = time.monotonic()
        try:
            with _opener.open(request, timeout=timeout) as response:
                return response.status, dict(response.headers), response.read(), time.monotonic() - start
        except urllib.error.HTTPError as error:
            return error.code, dict(error.headers), error.read(), time.monotonic() - start


# Run by ``manage.py shell -c`` in a server's environment: a user of the given groups and a logged-in session;
# prints the session key (the production settings' cookies are HTTPS-only, so clients send it themselves).
MAKE_SESSION = """
import sys
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.auth.models import Group, User
from django.contrib.sessions.backends.db import SessionStore
user, _ = User.objects.get_or_create(username="{username}", defaults={{"email": "{username}@example.org"}})
user.groups.set(Group.objects.filter(name__in={groups!r}))
session = SessionStore()
session[SESSION_KEY] = str(user.pk)
session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
session[HASH_SESSION_KEY] = user.get_session_auth_hash()
session.save()
print(session.session_key)
"""


def session_cookie(env: dict[str, str], username: str, groups: list[str]) -> str:
    """``Cookie`` header value of a logged-in session of ``username`` (made with ``groups`` if new)."""
    key = manage(env, "shell", "-c", MAKE_SESSION.format(username=username, groups=groups)).split()[-1]
    return f"sessionid={key}"
