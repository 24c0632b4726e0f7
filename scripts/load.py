"""Load run (issue 12; not a test): members reading and searching under gunicorn while an editor publishes.

    .venv/bin/python scripts/load.py --database-url postgres://network:network@127.0.0.1:5432/load_run
    .venv/bin/python scripts/load.py --sqlite --members 8 --searches-only

Sets up a new database (PostgreSQL: created, then dropped at the end; SQLite: a file in a temporary folder) with the
production settings: migrate, the demo content (load_demo, without demo accounts), the search index; starts
gunicorn (``gunicorn.conf.py``) on a free port of 8100–8199 on 127.0.0.1; then for ``--seconds`` (60) runs
``--members`` (50) members, each with a logged-in session, opening pages and searching (or only searching), and
one staff account publishing new pages through the admin's page editor. Afterwards it checks that nothing was lost:
each published page is live, found by the search index and present in the English tree (its alias). Prints the
number of requests, errors (any status but 200, or no answer within 60 s), p50 and p95 latencies (ms), and exits
non-zero on any error or loss. Everything is bounded: requests in time (60 s each), the run in time, the set-up
in time (30 min a command), gunicorn always stopped.
"""

import argparse
import json
import random
import re
import statistics
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.fuzz.forms import post_form_fields  # noqa: E402 - what a browser sends from the page editor
from tests.operations.servers import Gunicorn, manage, production_env  # noqa: E402

REQUEST_TIMEOUT = 60  # seconds
SETUP_TIMEOUT = 1800  # seconds, each set-up command
WORDS = ["jumelage", "coopération", "mali", "réunion", "compte rendu", "loi", "budget", "eau", "école", "partenaires"]
PUBLISH_PAUSE = 1.0  # seconds between two pages published

SESSIONS = """
import json
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.auth.models import Group, User
from django.contrib.sessions.backends.db import SessionStore
from wagtail.models import Page
from home.models import HomePage

def session(name, groups):
    user, _ = User.objects.get_or_create(username=name, defaults={{"email": f"{{name}}@example.org"}})
    user.groups.set(Group.objects.filter(name__in=groups))
    store = SessionStore()
    store[SESSION_KEY] = str(user.pk)
    store[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    store[HASH_SESSION_KEY] = user.get_session_auth_hash()
    store.save()
    return store.session_key

print(json.dumps({{
    "members": [session(f"load-member-{{i}}", ["Members"]) for i in range({members})],
    "staff": session("load-staff", ["Editors", "Moderators"]),
    "home": HomePage.objects.get(locale__language_code="fr").pk,
    "urls": [p.url for p in Page.objects.live().filter(depth__gte=2).specific() if p.url][:200],
}}))
"""

CHECK = """
import json
from wagtail.models import Locale, Page
english = Locale.objects.get(language_code="en")
report = []
for slug, word in {published!r}:
    page = Page.objects.filter(slug=slug, locale__language_code="fr").first()
    report.append({{
        "slug": slug,
        "live": bool(page and page.live),
        "indexed": bool(page and page.pk in [found.pk for found in Page.objects.live().search(word)]),
        "english": bool(page and Page.objects.filter(translation_key=page.translation_key, locale=english, live=True).exists()),
    }})
print(json.dumps(report))
"""


class Client:
    """Requests to the server as through the HTTPS proxy, with a session cookie (the cookies are HTTPS-only)."""

    def __init__(self, server: Gunicorn, session: str):
        self.server, self.cookies = server, {"sessionid": session}

    def request(self, path: str, data: dict | None = None) -> tuple[int, str]:
        headers = {
            "X-Forwarded-Proto": "https",
            "Cookie": "; ".join(f"{name}={value}" for name, value in self.cookies.items()),
            "Referer": f"https://127.0.0.1:{self.server.port}{path}",
            "Accept-Language": "fr",
        }
        body = urllib.parse.urlencode(data, doseq=True).encode() if data is not None else None
        request = urllib.request.Request(self.server.url + path, data=body, headers=headers)  # noqa: S310
        try:
            with _opener.open(request, timeout=REQUEST_TIMEOUT) as response:
                status, text, set_cookies = (
                    response.status,
                    response.read().decode(),
                    response.headers.get_all("Set-Cookie"),
                )
        except urllib.error.HTTPError as error:
            status, text, set_cookies = (
                error.code,
                error.read().decode(errors="replace"),
                error.headers.get_all("Set-Cookie"),
            )
        for cookie in set_cookies or []:
            name, _, value = cookie.split(";", 1)[0].partition("=")
            self.cookies[name] = value
        return status, text


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


_opener = urllib.request.build_opener(_NoRedirect)


def member(client: Client, urls: list[str], searches_only: bool, until: float, seed: int, results: list):
    chooser = random.Random(seed)  # noqa: S311 - not for security
    while time.monotonic() < until:
        if searches_only or chooser.random() < 0.5:
            kind, path = "search", "/fr/search/?" + urllib.parse.urlencode({"query": chooser.choice(WORDS)})
        else:
            kind, path = "page", chooser.choice(urls)
        start = time.monotonic()
        try:
            status, _text = client.request(path)
        except (OSError, urllib.error.URLError) as error:
            status = f"no answer: {error}"
        results.append((kind, status, (time.monotonic() - start) * 1000))


def editor(client: Client, home: int, until: float, published: list, failures: list):
    add = f"/admin/pages/add/home/contentpage/{home}/"
    number = 0
    while time.monotonic() < until:
        number += 1
        word = f"chargezq{number}x{int(time.time())}"
        status, html = client.request(add)
        if status != 200:
            failures.append(("editor form", status))
            continue
        data = {}
        for name, value, _kind in post_form_fields(html):
            data.setdefault(name, []).append(value)
        slug = f"charge-{word}"
        data.update(title=[f"Page de charge {word}"], slug=[slug], intro=[f"Publiée pendant la charge : {word}."])
        data.update({"body-count": ["0"], "action-publish": ["action-publish"]})
        status, html = client.request(add, data)
        if status != 302:
            errors = re.findall(r'class="error-message"[^>]*>\s*<span>([^<]+)', html)
            failures.append(("publish", status, errors[:3]))
        else:
            published.append((slug, word))
        time.sleep(PUBLISH_PAUSE)


def percentile(values: list[float], fraction: float) -> float:
    if not values:
        return 0.0
    return (
        statistics.quantiles(values, n=100, method="inclusive")[round(fraction * 100) - 1]
        if len(values) > 1
        else values[0]
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--database-url", help="postgres://…/NAME: a database that is created and dropped")
    where.add_argument("--sqlite", action="store_true", help="an SQLite file in a temporary folder")
    parser.add_argument("--members", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--workers", type=int, default=5, help="gunicorn workers (WEB_CONCURRENCY)")
    parser.add_argument("--searches-only", action="store_true", help="members only search")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="load-") as folder:
        work = Path(folder)
        url = f"sqlite:///{work / 'db.sqlite3'}" if args.sqlite else args.database_url
        env = production_env(work, DATABASE_URL=url, WEB_CONCURRENCY=str(args.workers))
        if not args.sqlite:
            _postgres(url, "CREATE")
        try:
            return run(args, env, work)
        finally:
            if not args.sqlite:
                _postgres(url, "DROP")


def run(args, env: dict, work: Path) -> int:
    started = time.monotonic()
    for command in (["migrate", "--noinput", "-v0"], ["collectstatic", "--noinput", "-v0"], ["load_demo"],
                    ["sync_locale_trees"], ["update_index", "-v0"]):  # fmt: skip
        manage(env, *command, timeout=SETUP_TIMEOUT)
    setup = json.loads(manage(env, "shell", "-c", SESSIONS.format(members=args.members)).splitlines()[-1])
    print(f"set-up: {time.monotonic() - started:.0f} s, {len(setup['urls'])} pages to read", flush=True)

    results, published, failures = [], [], []
    with Gunicorn(env, work / "gunicorn.log") as server:
        until = time.monotonic() + args.seconds
        threads = [
            threading.Thread(
                target=member,
                args=(Client(server, session), setup["urls"], args.searches_only, until, seed, results),
            )
            for seed, session in enumerate(setup["members"])
        ]
        threads.append(
            threading.Thread(
                target=editor, args=(Client(server, setup["staff"]), setup["home"], until, published, failures)
            )
        )
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=args.seconds + 2 * REQUEST_TIMEOUT)
        log = (work / "gunicorn.log").read_text()

    errors = [result for result in results if result[1] != 200]
    summary = {
        "database": "sqlite" if args.sqlite else "postgresql",
        "members": args.members,
        "seconds": args.seconds,
        "workers": args.workers,
        "requests": len(results),
        "errors": len(errors),
        "published": len(published),
        "publish failures": failures,
    }
    for kind in ("page", "search"):
        times = [ms for k, status, ms in results if k == kind and status == 200]
        if times:
            summary[kind] = {
                "count": len(times),
                "p50 ms": round(percentile(times, 0.50)),
                "p95 ms": round(percentile(times, 0.95)),
            }
    print(json.dumps(summary, indent=2, ensure_ascii=False), flush=True)
    check = json.loads(manage(env, "shell", "-c", CHECK.format(published=published)).splitlines()[-1])
    lost = [page for page in check if not (page["live"] and page["indexed"] and page["english"])]
    print(json.dumps({"published pages lost": lost}, ensure_ascii=False))
    if errors or failures or lost:
        print("first errors:", errors[:5], file=sys.stderr)
        print("\n".join(line for line in log.splitlines() if " ERROR " in line)[:3000], file=sys.stderr)
        return 1
    return 0


def _postgres(url: str, action: str) -> None:
    """CREATE or DROP the database named in ``url`` (on the same server, through its ``postgres`` database)."""
    import psycopg

    parts = urllib.parse.urlsplit(url)
    name = parts.path.lstrip("/")
    admin = urllib.parse.urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin, autocommit=True, connect_timeout=10) as connection:
        if action == "CREATE":
            connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
            connection.execute(f'CREATE DATABASE "{name}"')
        else:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


if __name__ == "__main__":
    sys.exit(main())
