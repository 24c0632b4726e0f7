"""Checks Wagtail's own search backends against a running search node (docs/search-node.md).

Run from the repository root with the project's venv, once a node runs and the database has the demo
(``make demo``)::

    .venv/bin/python search_node/check_backend.py opensearch                 # make search-node
    .venv/bin/python search_node/check_backend.py elasticsearch              # make search-node ENGINE=elasticsearch
    .venv/bin/python search_node/check_backend.py cluster --failover         # make search-cluster

It points ``WAGTAILSEARCH_BACKENDS["default"]`` at the node through a throw-away settings module written
to a temporary folder (the project's settings stay as they are: the database backend), runs
``manage.py update_index`` for that backend, then ``Page.objects.live().search(QUERY)`` and compares with
the database backend's results. ``--failover`` (cluster) then kills one node with SIGKILL and searches
again, through opensearch-py with both hosts and through Wagtail. Exit code 0 when every check passed.
"""

import argparse
import atexit
import json
import os
import pprint
import shutil
import signal
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VAR = Path(os.environ.get("SEARCH_NODE_VAR", ROOT / "search_node" / "var"))


def backend_settings(target, urls):
    """The settings dict of the engine backend for a target, as ``SEARCH_URL`` makes it (network_site.settings)."""
    sys.path[:0] = [str(ROOT)]
    from network_site.settings.search_engine import engine_backend

    scheme = "elasticsearch" if target == "elasticsearch" else "opensearch"
    hosts = ",".join(url.removeprefix("http://") for url in urls)
    # One node: no replica (else the index stays yellow); two nodes: one replica (every node has every shard).
    return engine_backend(f"{scheme}://{hosts}", 10, "network_", replicas=1 if target == "cluster" else 0)


def setup_django(target, urls):
    folder = Path(tempfile.mkdtemp(prefix="search_node_settings_"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    backends = {
        "default": backend_settings(target, urls),
        "database": {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "simple"},
    }
    (folder / "search_node_settings.py").write_text(
        "from network_site.settings.dev import *  # noqa: F403\n\n"
        f"WAGTAILSEARCH_BACKENDS = {pprint.pformat(backends, sort_dicts=False)}\n"
    )
    sys.path[:0] = [str(folder), str(ROOT)]
    os.chdir(ROOT)
    os.environ["DJANGO_SETTINGS_MODULE"] = "search_node_settings"
    import django

    django.setup()
    return backends


def node_url(node):
    port = (VAR / node / "port").read_text().strip()
    return f"http://127.0.0.1:{port}"


def search_titles(query, backend="default"):
    from wagtail.models import Page

    return sorted({page.title for page in Page.objects.live().search(query, backend=backend)})


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("target", choices=["opensearch", "elasticsearch", "cluster"])
    parser.add_argument("--query", default="jumelage")
    parser.add_argument("--failover", action="store_true", help="cluster: kill a node, search again")
    parser.add_argument("--kill", default="cluster-1", help="the node --failover kills (default: cluster-1)")
    args = parser.parse_args()

    nodes = ["cluster-1", "cluster-2"] if args.target == "cluster" else [args.target]
    urls = [node_url(node) for node in nodes]
    backends = setup_django(args.target, urls)
    print("WAGTAILSEARCH_BACKENDS['default'] =")
    pprint.pprint(backends["default"], sort_dicts=False)

    from django.core.management import call_command
    from wagtail.search.backends import get_search_backend

    failures = []

    def check(ok, what):
        print(("ok   " if ok else "FAIL ") + what)
        if not ok:
            failures.append(what)

    backend = get_search_backend("default")
    es = backend.es
    info = es.info()
    print(f"server: {info['version'].get('distribution', 'elasticsearch')} {info['version']['number']} at {urls}")

    # A fresh start: earlier runs' indices go (an interrupted atomic rebuild leaves its new index behind).
    for name in es.indices.get(index="network_*"):
        es.indices.delete(index=name)

    started = time.monotonic()
    call_command("update_index", backend_name="default", verbosity=1)
    print(f"update_index: {time.monotonic() - started:.1f} s")

    health = es.cluster.health(wait_for_status="green", request_timeout=40)  # the server waits up to 30 s
    check(
        health["status"] == "green",
        f"cluster green after update_index ({health['status']}, {health['number_of_nodes']} nodes)",
    )
    indices = es.indices.get(index="network_*")
    for name, index in sorted(indices.items()):
        settings = index["settings"]["index"]
        aliases = ", ".join(index.get("aliases", {})) or "-"
        count = es.count(index=name)["count"]
        print(f"  index {name} (alias {aliases}): {count} documents, replicas {settings['number_of_replicas']}")

    titles = search_titles(args.query)
    database_titles = search_titles(args.query, backend="database")
    print(f"Page.objects.live().search({args.query!r}) on the engine: {len(titles)} pages")
    for title in titles:
        print(f"  - {title}")
    same = "the same pages" if titles == database_titles else "other pages"
    print(f"  (database backend: {len(database_titles)} pages, {same})")
    check(len(titles) > 0, f"search {args.query!r} finds pages on {args.target}")

    if args.failover:
        if args.target != "cluster":
            parser.error("--failover is for the cluster")
        pid = int((VAR / args.kill / "node.pid").read_text())
        os.kill(pid, signal.SIGKILL)
        print(f"killed {args.kill} (pid {pid}, SIGKILL)")
        for _ in range(50):
            if not Path(f"/proc/{pid}").exists():
                break
            time.sleep(0.1)

        from opensearchpy import OpenSearch

        client = OpenSearch(hosts=urls, timeout=10, max_retries=2, retry_on_timeout=True)
        body = {"query": {"multi_match": {"query": args.query, "fields": ["*"]}}}
        started = time.monotonic()
        response = client.search(index="network_wagtailcore_page", body=body)
        hits = response["hits"]["total"]["value"]
        shards = response["_shards"]
        print(
            f"opensearch-py, hosts {urls}, after the kill: {hits} hits, shards {json.dumps(shards)}, "
            f"{time.monotonic() - started:.2f} s"
        )
        check(hits > 0 and shards["failed"] == 0, "opensearch-py search answers from the surviving node")

        started = time.monotonic()
        after = search_titles(args.query)
        print(f"Wagtail backend after the kill: {len(after)} pages, {time.monotonic() - started:.2f} s")
        check(after == titles, "Wagtail's search gives the same pages with one node dead")

    print(f"{len(failures)} failed" if failures else "all checks passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
