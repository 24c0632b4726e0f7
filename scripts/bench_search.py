"""Search latency on a large site: 20,000 generated pages, side by side on SQLite, PostgreSQL and an engine.

    .venv/bin/python scripts/bench_search.py                    # every backend available (make bench)
    .venv/bin/python scripts/bench_search.py --database sqlite --pages 2000 --rounds 3

For each database it builds a fresh one (SQLite: a temporary file; PostgreSQL:
the database ``network_bench``, dropped and created again, on the server of
``BENCH_POSTGRES_URL``, default ``postgres://network:network@127.0.0.1:5432/network_bench``),
loads the demo site, adds generated French and English pages (testimonies,
legal texts, events, meeting reports, content pages: half in each language,
with themes and organisations) straight into the page tree, builds the search
index with ``update_index``, then sends a mix of queries as a member, each
both through the search view (a test client GET of ``/fr/search/?query=…``) and
as the backend's raw statements alone (``get_backend().floor()`` for the same
request), and prints the median and 95th percentile of each and their ratio.

With ``BENCH_SEARCH_URL`` (an OpenSearch node, ``opensearch://127.0.0.1:9200``)
and/or ``BENCH_ELASTICSEARCH_URL`` set, the same is measured on the engine: the
SQLite database built first is reused, ``SEARCH_URL`` is set to that address
(the settings then pick the engine backend), the engine's index is built with
``update_index`` and the same queries are sent.

Bounded: ``--rounds`` rounds of the query mix at most, and no new round starts
after ``--max-seconds`` of measuring per backend. Not a test: figures depend on
the machine. They are recorded in docs/search.md.
"""

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

BASE_DIR = Path(__file__).resolve().parent.parent
DEFAULT_POSTGRES_URL = "postgres://network:network@127.0.0.1:5432/network_bench"
ENGINES = {"opensearch": "BENCH_SEARCH_URL", "elasticsearch": "BENCH_ELASTICSEARCH_URL"}

# Queries typed by members and partners: (path, GET parameters).
QUERIES = [
    ("/fr/search/", {"query": "jumelage"}),
    ("/fr/search/", {"query": "collectivites"}),
    ("/fr/search/", {"query": "coopération décentralisée"}),
    ("/fr/search/", {"query": "eau assainissement Mali"}),
    ("/fr/search/", {"query": "Koutiala"}),
    ("/fr/search/", {"query": "Oudin"}),
    ("/fr/search/", {"query": "loi Thiollière"}),
    ("/fr/search/", {"query": "1%"}),
    ("/fr/search/", {"query": "reunion comites"}),
    ("/fr/search/", {"query": "porte-parole"}),
    ("/fr/search/", {"query": "l'eau"}),
    ("/fr/search/", {"query": "Herouville"}),
    ("/fr/search/", {"query": "budget", "sort": "date"}),
    ("/fr/search/", {"query": "jumelage", "type": "testimony"}),
    ("/fr/search/", {"query": "jumelage", "page": "5"}),
    ("/fr/search/", {"query": "partenariat", "lang": "all"}),
    ("/fr/search/", {"query": "xyzzy introuvable"}),
    ("/en/search/", {"query": "twinning"}),
    ("/en/search/", {"query": "meetings"}),
    ("/en/search/", {"query": "water sanitation"}),
    ("/en/search/", {"query": "local authorities", "sort": "date"}),
]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database", choices=["sqlite", "postgres", "all"], default="all")
    parser.add_argument("--pages", type=int, default=20_000, help="generated pages (half French, half English)")
    parser.add_argument("--rounds", type=int, default=5, help="rounds of the query mix, at most")
    parser.add_argument("--max-seconds", type=float, default=120, help="no new round after this, per backend")
    parser.add_argument("--sqlite-file", metavar="FILE", help="SQLite database file (default: a temporary one)")
    parser.add_argument("--reuse", action="store_true", help="measure only, on a database built by an earlier run")
    parser.add_argument("--engine", choices=sorted(ENGINES), help="measure this engine (its URL from the environment)")
    parser.add_argument(
        "--indexed", action="store_true", help="with --reuse --engine: the engine's index too was built earlier"
    )
    parser.add_argument("--json", metavar="FILE", help="also write the figures to FILE (JSON)")
    parser.add_argument("--table", nargs="+", metavar="FILE", help="only print side by side the --json FILEs of runs")
    options = parser.parse_args()
    if options.table:
        print_side_by_side([json.loads(Path(file).read_text()) for file in options.table])
        return
    if options.database == "all":
        run_all(options)
        return
    with tempfile.TemporaryDirectory(prefix="bench-search-") as folder:
        if options.database == "sqlite":
            url = f"sqlite:///{Path(options.sqlite_file or Path(folder) / 'bench.sqlite3').resolve()}"
        else:
            url = os.environ.get("BENCH_POSTGRES_URL", DEFAULT_POSTGRES_URL)
            if not options.reuse:
                recreate_postgres_database(url)
        os.environ["DATABASE_URL"] = url
        os.environ["DJANGO_SETTINGS_MODULE"] = "network_site.settings.test"
        os.environ["MEDIA_ROOT"] = folder
        if options.engine:
            os.environ["SEARCH_URL"] = os.environ[ENGINES[options.engine]]
        figures = run(options)
        if options.json:
            Path(options.json).write_text(json.dumps(figures))


def run_all(options) -> None:
    """Each backend in a process of its own (settings are read once), then the figures side by side."""
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-search-all-") as folder:
        sqlite_file = str(Path(folder) / "bench.sqlite3")
        runs = [("sqlite", ["--database", "sqlite", "--sqlite-file", sqlite_file])]
        runs.append(("postgresql", ["--database", "postgres"]))
        for engine, variable in ENGINES.items():
            if os.environ.get(variable):  # the engine indexes the SQLite database built first
                runs.append((engine, ["--database", "sqlite", "--sqlite-file", sqlite_file, "--engine", engine]))
        for name, arguments in runs:
            output = Path(folder) / f"{name}.json"
            command = [sys.executable, __file__, *arguments, "--json", str(output)]
            command += ["--pages", str(options.pages), "--rounds", str(options.rounds)]
            command += ["--max-seconds", str(options.max_seconds)]
            command += ["--reuse"] if options.reuse or "--engine" in arguments else []
            subprocess.run(command, check=True)  # noqa: S603 - our own script
            rows.append(json.loads(output.read_text()))
    print_side_by_side(rows)


def print_side_by_side(rows: list[dict]) -> None:
    """The backends' figures in one table; the full-text match alone where the backend has one (databases)."""
    print("\n== side by side (member; ms; ratio = search view / raw statements; match = full-text match alone)")
    print(
        f"  {'backend':13} {'view median':>11} {'p95':>7} {'raw median':>10} {'p95':>7} {'ratio median':>12} {'p95':>5}"
        f" {'match median':>12} {'p95':>7}"
    )
    for row in rows:
        match = f" {row['match_median']:12.1f} {row['match_p95']:7.1f}" if "match_median" in row else ""
        print(
            f"  {row['backend']:13} {row['view_median']:11.1f} {row['view_p95']:7.1f} {row['floor_median']:10.1f}"
            f" {row['floor_p95']:7.1f} {row['view_median'] / row['floor_median']:12.2f}"
            f" {row['view_p95'] / row['floor_p95']:5.2f}{match}"
        )


def recreate_postgres_database(url: str) -> None:
    """Drop and create the benchmark database (the role needs CREATEDB)."""
    import psycopg

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    maintenance = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(maintenance, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
        connection.execute(f'CREATE DATABASE "{name}"')


def run(options) -> dict:
    sys.path.insert(0, str(BASE_DIR))
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from search.backends import get_backend

    name = get_backend().name
    if options.reuse:
        print(f"\n== {name}: reusing the database built earlier ({connection.vendor})")
        if options.engine and not options.indexed:
            began = time.perf_counter()
            call_command("update_index", verbosity=0)
            print(f"   engine index built in {time.perf_counter() - began:.0f} s")
        return measure(options, name)
    started = time.perf_counter()
    call_command("migrate", verbosity=0)
    call_command("load_demo", stdout=open(os.devnull, "w"))  # noqa: SIM115
    created = generate_pages(options.pages)
    built = time.perf_counter()
    call_command("update_index", verbosity=0)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")  # what autovacuum does soon after a bulk load
    indexed = time.perf_counter()
    print(
        f"\n== {name}: {created} pages generated in {built - started:.0f} s (demo included), indexed in {indexed - built:.0f} s"
    )
    return measure(options, name)


# --------------------------------------------------------------------------- content


def corpus() -> dict[str, list[str]]:
    """French and English sentences of the demo content, by language code."""
    from network_site.demo import content

    found = {"fr": set(), "en": set()}

    def walk(value):
        if isinstance(value, tuple) and len(value) == 2 and all(isinstance(v, str) for v in value):
            for code, text in zip(("fr", "en"), value, strict=True):
                if len(text.split()) >= 4:
                    found[code].add(text)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, (list, tuple)):
            for item in value:
                walk(item)

    for name in dir(content):
        if name.isupper():
            walk(getattr(content, name))
    return {code: sorted(texts) for code, texts in found.items()}


def generate_pages(total: int) -> int:
    """Add ``total`` live pages under the demo sections, half per language, straight into the tree; returns the count."""
    from django.db import transaction
    from django.db.models.signals import post_save
    from django.utils import timezone
    from modelsearch.signal_handlers import post_save_signal_handler
    from wagtail.models import Locale
    from wagtail.signal_handlers import disable_reference_index_auto_update

    from cases.models import LegalFrameworkIndexPage, LegalTextPage, TestimonyIndexPage, TestimonyPage
    from events.models import EventIndexPage, EventPage, MeetingReportIndexPage, MeetingReportPage
    from home.models import ContentPage, HomePage
    from network_site.taxonomy.models import Organisation, Theme

    rng = random.Random(2026)  # noqa: S311 - reproducible content, not security
    sentences = corpus()
    now = timezone.now()
    plan = [  # (section model, page model, share)
        (TestimonyIndexPage, TestimonyPage, 0.3),
        (LegalFrameworkIndexPage, LegalTextPage, 0.05),
        (EventIndexPage, EventPage, 0.25),
        (MeetingReportIndexPage, MeetingReportPage, 0.2),
        (HomePage, ContentPage, 0.2),
    ]
    count = 0
    for model in (TestimonyPage, LegalTextPage, EventPage, MeetingReportPage, ContentPage):
        post_save.disconnect(post_save_signal_handler, sender=model)  # indexed once at the end (update_index)
    with transaction.atomic(), disable_reference_index_auto_update():
        for locale in Locale.objects.filter(language_code__in=["fr", "en"]):
            code = locale.language_code
            themes = list(Theme.objects.filter(locale=locale))
            organisations = list(Organisation.objects.filter(locale=locale))
            home = HomePage.objects.get(locale=locale)
            for section_model, model, share in plan:
                section = home if section_model is HomePage else section_model.objects.child_of(home).get()
                n = round(total / 2 * share)
                pages = [
                    make_page(model, code, rng, sentences[code], i, now - timezone.timedelta(days=rng.randrange(6000)))
                    for i in range(n)
                ]
                insert_children(section, pages, locale)
                link(pages, rng, themes, organisations)
                count += n
                section.refresh_from_db()
                if section.numchild != section.get_children().count():
                    raise RuntimeError(f"{section}: the page tree is broken")
    return count


def sentences_text(rng, sentences, n) -> str:
    return " ".join(rng.choice(sentences) for _ in range(n))


def make_page(model, code, rng, sentences, i, when):
    from cases.models import LegalTextPage, TestimonyPage
    from events.models import EventPage, MeetingReportPage

    title = f"{rng.choice(sentences).split(',')[0][:80]} {i}"
    body = [("paragraph", f"<p>{sentences_text(rng, sentences, 4)}</p>") for _ in range(rng.randint(2, 4))]
    fields = {"title": title, "slug": f"bench-{uuid.uuid4().hex[:12]}", "live": True, "has_unpublished_changes": False}
    fields |= {"first_published_at": when, "last_published_at": when}
    if model is TestimonyPage:
        fields |= {"intro": rng.choice(sentences), "countries": rng.sample(["ML", "BF", "SN", "RU", "DE", "GB"], 2)}
        fields |= {"start_year": rng.randrange(1960, 2020), "body": body, "lessons": f"<p>{rng.choice(sentences)}</p>"}
    elif model is LegalTextPage:
        fields |= {"short_name": title[:100], "official_title": rng.choice(sentences)[:400]}
        fields |= {"official_reference": f"Loi n° {when.year}-{i}", "date": when.date()}
        fields |= {"allows": f"<p>{sentences_text(rng, sentences, 3)}</p>", "body": body}
    elif model is EventPage:
        fields |= {"intro": rng.choice(sentences), "start": when, "venue": "Maison des associations", "body": body}
    elif model is MeetingReportPage:
        fields |= {"date": when.date(), "place": "Caen", "context": f"<p>{rng.choice(sentences)}</p>", "body": body}
    else:
        fields |= {"intro": rng.choice(sentences), "body": body}
    return model(**fields)


def insert_children(parent, pages, locale) -> None:
    """Save ``pages`` as the last children of ``parent``: tree paths computed here, two INSERTs a page."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Page

    parent.refresh_from_db()
    last = parent.get_last_child()
    start = Page._str2int(last.path[-Page.steplen :]) if last else 0
    for offset, page in enumerate(pages, start=1):
        page.path = Page._get_path(parent.path, parent.depth + 1, start + offset)
        page.depth = parent.depth + 1
        page.numchild = 0
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.locale = locale
        page.translation_key = uuid.uuid4()
        page.draft_title = page.title
        page.content_type = ContentType.objects.get_for_model(page)
        page.save_base()  # Model.save_base: both rows, without Page.save's checks and revisions
    Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild + len(pages))


def link(pages, rng, themes, organisations) -> None:
    """Themes, partners, attendees and organisers for the generated pages (bulk inserts)."""
    from cases.models import TestimonyPage, TestimonyPartner, TestimonyTheme
    from events.models import EventAttendee, EventPage, EventTheme, MeetingReportPage, ReportAttendee

    rows = []
    for page in pages:
        if isinstance(page, TestimonyPage):
            rows += [TestimonyTheme(page=page, theme=t, locale_id=page.locale_id) for t in rng.sample(themes, 2)]
            rows += [
                TestimonyPartner(page=page, organisation=o, locale_id=page.locale_id)
                for o in rng.sample(organisations, 2)
            ]
        elif isinstance(page, EventPage):
            rows += [EventTheme(page=page, theme=rng.choice(themes), locale_id=page.locale_id)]
            rows += [
                EventAttendee(page=page, organisation=o, locale_id=page.locale_id) for o in rng.sample(organisations, 3)
            ]
        elif isinstance(page, MeetingReportPage):
            rows += [
                ReportAttendee(page=page, organisation=o, locale_id=page.locale_id)
                for o in rng.sample(organisations, 3)
            ]
    by_model = {}
    for row in rows:
        row.translation_key = uuid.uuid4()
        by_model.setdefault(type(row), []).append(row)
    for model, objects in by_model.items():
        model.objects.bulk_create(objects, batch_size=500)


# --------------------------------------------------------------------------- measure


def measure(options, name: str) -> dict:
    """Each query of the mix as a member, through the view then as raw statements, ``--rounds`` times at most."""
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.http import QueryDict
    from django.test import Client, RequestFactory
    from django.test.utils import setup_test_environment
    from django.utils import translation

    from network_site.access.rules import Visibility
    from search.backends import SearchRequest, get_backend
    from search.facets import drop_unknown
    from search.query import SearchParams

    setup_test_environment()  # the test client keeps each response's template context (the result counts)
    # As in production: the test settings refresh the engine's indices before every search (what a test has
    # just saved must be found), a request of its own that a site never sends.
    settings.SEARCH_REFRESH_BEFORE_SEARCH = False

    member = get_user_model().objects.get(username="member")
    client = Client()
    client.force_login(member)
    backend = get_backend()
    factory = RequestFactory()

    def floor(path, params):
        language = path.strip("/").split("/")[0]
        request = factory.get(path, params)
        request.user, request.session = member, {}
        with translation.override(language):
            query = drop_unknown(SearchParams.from_query_dict(QueryDict(request.GET.urlencode())))
            return backend.floor(SearchRequest(query, Visibility(request), language))

    def match(path, params):  # the database backends' full-text match alone
        language = path.strip("/").split("/")[0]
        request = factory.get(path, params)
        request.user, request.session = member, {}
        with translation.override(language):
            query = drop_unknown(SearchParams.from_query_dict(QueryDict(request.GET.urlencode())))
            return backend.match_floor(SearchRequest(query, Visibility(request), language))

    has_match = hasattr(backend, "match_floor")
    for path, params in QUERIES:  # warm caches (site root paths, templates, the database's pages)
        client.get(path, params)
        floor(path, params)
    views, floors, matches, per_query, counts = [], [], [], {}, {}
    began = time.perf_counter()
    rounds = 0
    while rounds < options.rounds and time.perf_counter() - began < options.max_seconds:
        rounds += 1
        for path, params in QUERIES:
            key = (path, tuple(params.items()))
            start = time.perf_counter()
            response = client.get(path, params)
            view = (time.perf_counter() - start) * 1000
            if response.status_code != 200:
                raise RuntimeError(f"{path} {params}: {response.status_code}")
            start = time.perf_counter()
            total = floor(path, params)
            raw = (time.perf_counter() - start) * 1000
            if has_match:
                start = time.perf_counter()
                match(path, params)
                matches.append((time.perf_counter() - start) * 1000)
            views.append(view)
            floors.append(raw)
            per_query.setdefault(key, []).append((view, raw))
            if response.context is not None:
                counts.setdefault(key, (response.context["page"].total, total))
    figures = {
        "backend": name,
        "requests": len(views),
        "view_median": statistics.median(views),
        "view_p95": percentile(views, 95),
        "floor_median": statistics.median(floors),
        "floor_p95": percentile(floors, 95),
    }
    if matches:
        figures |= {"match_median": statistics.median(matches), "match_p95": percentile(matches, 95)}
    print(f"{len(views)} requests ({len(QUERIES)} queries × {rounds} rounds, as a member)")
    print(f"  search view      median {figures['view_median']:7.1f} ms   p95 {figures['view_p95']:7.1f} ms")
    print(f"  raw statements   median {figures['floor_median']:7.1f} ms   p95 {figures['floor_p95']:7.1f} ms")
    print(
        f"  ratio            median {figures['view_median'] / figures['floor_median']:7.2f}"
        f"      p95 {figures['view_p95'] / figures['floor_p95']:7.2f}"
    )
    if matches:
        print(f"  full-text match  median {figures['match_median']:7.1f} ms   p95 {figures['match_p95']:7.1f} ms")
    print("  slowest queries (median view / raw ms):")
    slowest = sorted(per_query.items(), key=lambda item: statistics.median(v for v, _r in item[1]), reverse=True)
    for (path, params), values in slowest[:5]:
        view, raw = statistics.median(v for v, _r in values), statistics.median(r for _v, r in values)
        print(f"    {view:7.1f} / {raw:7.1f}  {path} {dict(params)}")
    print("  results found (view / raw):")
    for path, params in QUERIES:
        shown, raw = counts.get((path, tuple(params.items())), ("?", "?"))
        print(f"    {shown:>6} / {raw:<6} {path} {params}")
    return figures


def percentile(values, p) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


if __name__ == "__main__":
    main()
