"""Measures what N pages cost a search node: index size on disk, Lucene memory, heap (docs/search.md, "Engines").

    .venv/bin/python search_node/measure_size.py http://127.0.0.1:9200 SOURCE_INDEX [--pages 10000]

Takes the mapping and analysis settings of ``SOURCE_INDEX`` (a pages index the site built with
``SEARCH_URL``) and its page documents as templates, and fills a new index with ``--pages`` documents,
each a template with a new id, title and text: 8 to 16 sentences of the demo content in French or
English (``network_site.demo.content``), normalised as the site indexes them
(``network_site.core.normalise``). Merges it to one segment, prints the index's size and the node's heap
and RSS before and after, then deletes the index. Uses the ``opensearch-py`` client (it speaks to
Elasticsearch 7.10 too).
"""

import argparse
import os
import random
import sys
import time
from pathlib import Path

from opensearchpy import OpenSearch
from opensearchpy.helpers import bulk

TARGET = "sizing_pages"
ROOT = Path(__file__).resolve().parent.parent


def demo_sentences() -> dict[str, list[str]]:
    """The demo content's French and English sentences of four words or more."""
    sys.path[:0] = [str(ROOT)]
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "network_site.settings.test")
    import django

    django.setup()
    from network_site.demo import content

    found = {"fr": set(), "en": set()}
    stack = [getattr(content, name) for name in dir(content) if name.isupper()]
    while stack:
        value = stack.pop()
        if isinstance(value, tuple) and len(value) == 2 and all(isinstance(v, str) for v in value):
            found["fr"].add(value[0]) if len(value[0].split()) >= 4 else None
            found["en"].add(value[1]) if len(value[1].split()) >= 4 else None
        elif isinstance(value, dict):
            stack.extend(value.values())
        elif isinstance(value, (list, tuple)):
            stack.extend(value)
    return {code: sorted(texts) for code, texts in found.items()}


def varied(template: dict, i: int, rng, sentences) -> dict:
    from network_site.core import normalise

    code = "fr" if i % 2 else "en"
    title = f"{rng.choice(sentences[code]).split(',')[0][:80]} {i}"
    text = " ".join(rng.choice(sentences[code]) for _ in range(rng.randint(8, 16)))
    title_words = normalise.index_text(title, [code])
    return {
        **template,
        "pk": str(i),
        "title": f"{title} {title_words}",
        "search_text": normalise.index_text(text, [code]),
    }


def node_memory(client):
    stats = client.nodes.stats(metric="jvm,process")["nodes"]
    node = next(iter(stats.values()))
    return node["jvm"]["mem"]["heap_used_in_bytes"], node["process"]["mem"]["total_virtual_in_bytes"]


def rss_mib(pid_file: Path | None):
    if not pid_file or not pid_file.exists():
        return None
    status = Path(f"/proc/{pid_file.read_text().strip()}/status").read_text()
    return int(next(line for line in status.splitlines() if line.startswith("VmRSS:")).split()[1]) // 1024


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("url")
    parser.add_argument("source")
    parser.add_argument("--pages", type=int, default=10_000)
    parser.add_argument("--pid-file", type=Path, help="the node's pid file, for its RSS (search_node/var/…)")
    args = parser.parse_args()
    client = OpenSearch(hosts=[args.url], timeout=120)

    source = client.indices.get(index=args.source)
    name = next(iter(source))
    settings = source[name]["settings"]["index"]
    body = {
        "settings": {
            "analysis": settings.get("analysis", {}),
            "max_ngram_diff": settings.get("max_ngram_diff", 1),
            "number_of_shards": 1,
            "number_of_replicas": 0,
        },
        "mappings": source[name]["mappings"],
    }
    documents = [hit["_source"] for hit in client.search(index=args.source, body={"size": 10_000})["hits"]["hits"]]
    documents = [doc for doc in documents if "search_text" in doc]  # content pages, not the bare root
    if not documents:
        parser.error(f"{args.source} holds no page with search_text")
    print(f"{len(documents)} distinct page documents in {args.source}, copied to {args.pages} pages")

    client.indices.delete(index=TARGET, ignore_unavailable=True)
    heap_before, _ = node_memory(client)
    rss_before = rss_mib(args.pid_file)
    client.indices.create(index=TARGET, body=body)
    started = time.monotonic()
    rng, sentences = random.Random(10_000), demo_sentences()  # noqa: S311 - sample text, no secret
    actions = (
        {"_index": TARGET, "_id": str(i), **varied(documents[i % len(documents)], i, rng, sentences)}
        for i in range(args.pages)
    )
    bulk(client, actions, chunk_size=500, request_timeout=120)
    client.indices.refresh(index=TARGET)
    client.indices.forcemerge(index=TARGET, max_num_segments=1, request_timeout=300)
    elapsed = time.monotonic() - started
    stats = client.indices.stats(index=TARGET, metric="store,segments,docs")["indices"][TARGET]["primaries"]
    for _ in range(3):
        client.search(index=TARGET, body={"query": {"term": {"search_text": "jumelag"}}, "aggs": {}})
    heap_after, _ = node_memory(client)
    rss_after = rss_mib(args.pid_file)
    print(f"indexed in {elapsed:.1f} s: {stats['docs']['count']} documents")
    print(f"store: {stats['store']['size_in_bytes'] / 2**20:.1f} MiB on disk")
    print(f"segments memory (Lucene, on heap): {stats['segments']['memory_in_bytes'] / 2**20:.2f} MiB")
    print(f"heap used: {heap_before / 2**20:.0f} MiB before, {heap_after / 2**20:.0f} MiB after")
    if rss_before is not None:
        print(f"node RSS: {rss_before} MiB before, {rss_after} MiB after")
    client.indices.delete(index=TARGET)


if __name__ == "__main__":
    main()
