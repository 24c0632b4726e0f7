"""Scores the meeting report importer against hand-annotated real reports (``make import-eval``).

    .venv/bin/python scripts/import_eval.py                       # ../shared/archive/dev
    .venv/bin/python scripts/import_eval.py --dev DIR --verbose   # another set; every miss printed in full

Imports every report file of the folder (``expected.json`` beside them, see its
``SOURCES.md``) with ``events.importer.import_report`` into a scratch SQLite
database (a temporary folder, migrated first, removed at the end), then
compares what each page holds with the annotation and prints, per field,
precision (share of what was found that is right) and recall (share of what
is expected that was found), then the misses file by file.

What is compared, on the saved page: ``title``, ``date`` and ``place``; the
present (``attendees``) and excused people (``participants``); ``agenda`` and
``decisions`` items; ``next_meetings`` (by date); the number of ``tables`` in
the body. ``sections`` are the report's headings after its title as the
importer found them (``ImportResult.data.headings``), since some of them open
fields (agenda, next meetings) instead of staying in the body. Texts match when
equal once folded (accents, case, punctuation, spaces: ``network_site.core.text.fold``),
names also when one holds the other's words (“David” and “David (scribe)”),
agenda items when one starts with the other (an item and its comment),
decisions (paraphrased in the annotation) when at least half of the expected
item's words of four letters or more are in the decision found. Each expected
item matches at most one found item, and the most pairs there can be are made
(a maximum matching, whatever the order of the items).

Not a test: the figures are recorded in docs/import.md.
"""

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
FIELDS = [
    "title",
    "date",
    "place",
    "attendees",
    "excused",
    "agenda",
    "decisions",
    "next_meetings",
    "tables",
    "sections",
]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dev", type=Path, default=BASE_DIR.parent / "shared" / "archive" / "dev")
    parser.add_argument("--verbose", action="store_true", help="print every miss, not only the first ones")
    options = parser.parse_args()
    expected = json.loads((options.dev / "expected.json").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory(prefix="import-eval-") as scratch:
        os.environ["DJANGO_SETTINGS_MODULE"] = "network_site.settings.dev"
        os.environ["DATABASE_URL"] = f"sqlite:///{scratch}/eval.sqlite3"
        os.environ["MEDIA_ROOT"] = f"{scratch}/media"
        sys.path.insert(0, str(BASE_DIR))
        import django

        django.setup()
        from django.core.management import call_command

        call_command("migrate", verbosity=0, interactive=False)
        found, seconds = _import_all(options.dev, expected)
    scores = {name: [0, 0, 0] for name in FIELDS}  # right, found, expected
    misses = {}
    for entry in expected:
        got = found[entry["file"]]
        for name in FIELDS:
            right, n_found, n_expected, missed = SCORERS[name](got[name], entry[name])
            score = scores[name]
            score[0], score[1], score[2] = score[0] + right, score[1] + n_found, score[2] + n_expected
            if missed:
                misses.setdefault(entry["file"], []).append((name, missed))
    print(f"{len(expected)} files imported in {seconds:.1f} s ({60 * len(expected) / seconds:.0f} reports/minute)\n")
    print(f"{'field':<15}{'precision':>10}{'recall':>10}{'found':>8}{'expected':>10}")
    for name in FIELDS:
        right, n_found, n_expected = scores[name]
        precision = right / n_found if n_found else 1.0
        recall = right / n_expected if n_expected else 1.0
        print(f"{name:<15}{precision:>10.2f}{recall:>10.2f}{n_found:>8}{n_expected:>10}")
    print("\nMisses (- expected, not found; + found, not expected):")
    for file, items in misses.items():
        print(f"\n{file}")
        for name, missed in items:
            shown = missed if options.verbose else missed[:6]
            for line in shown:
                print(f"  {name}: {line}")
            if len(missed) > len(shown):
                print(f"  {name}: … {len(missed) - len(shown)} more")


def _import_all(folder: Path, expected: list[dict]) -> tuple[dict, float]:
    from events.importer import import_report

    found = {}
    start = time.perf_counter()
    for entry in expected:
        result = import_report(folder / entry["file"])
        found[entry["file"]] = _page_fields(result)
    return found, time.perf_counter() - start


def _page_fields(result) -> dict:
    page = result.page
    participants = list(page.participants.select_related("person"))
    return {
        "title": page.title,
        "date": page.date.isoformat() if page.date else None,
        "place": page.place or None,
        "attendees": [link.person.name for link in participants if link.status == "present"],
        "excused": [link.person.name for link in participants if link.status == "excused"],
        "agenda": [item.value["title"] for item in page.agenda],
        "decisions": [item.value for item in page.decisions],
        "next_meetings": [
            {"date": item.value["date"].isoformat() if item.value["date"] else None, "text": item.value["when"]}
            for item in page.next_meetings
        ],
        "tables": sum(block.block_type == "table" for block in page.body),
        "sections": list(result.data.headings),
    }


def _fold(text) -> str:
    from network_site.core.text import fold

    return fold(text or "")


def _words(text: str, shortest: int = 1) -> set[str]:
    return {word for word in _fold(text).split() if len(word) >= shortest}


def _one(got, wanted) -> tuple[int, int, int, list[str]]:
    """A single value, compared folded: right, found, expected, misses."""
    right = got is not None and wanted is not None and _fold(got) == _fold(wanted)
    missed = [] if right or (got is None and wanted is None) else [f"- {wanted!r} + {got!r}"]
    return int(right), int(got is not None), int(wanted is not None), missed


def _place(got, wanted):
    right = bool(got and wanted) and (_words(wanted) <= _words(got) or _words(got) <= _words(wanted))
    missed = [] if right or (got is None and wanted is None) else [f"- {wanted!r} + {got!r}"]
    return int(right), int(got is not None), int(wanted is not None), missed


def _count(got: int, wanted: int):
    right = min(got, wanted)
    return right, got, wanted, [] if got == wanted else [f"- {wanted} tables + {got}"]


def _matched(got: list, wanted: list, same) -> tuple[int, int, int, list[str]]:
    """One-to-one matching of found and expected items by ``same(found, expected)``: the most pairs there can be.

    A maximum bipartite matching (augmenting paths, Kuhn's algorithm), so that
    the score does not depend on the order of the items: a found item that two
    expected items could match goes to the one that has no other.
    """
    options = [[index for index, item in enumerate(got) if same(item, wanted_item)] for wanted_item in wanted]
    owner: dict[int, int] = {}  # found index → expected index

    def place(expected: int, seen: set[int]) -> bool:
        for found in options[expected]:
            if found not in seen:
                seen.add(found)
                if found not in owner or place(owner[found], seen):
                    owner[found] = expected
                    return True
        return False

    for expected in range(len(wanted)):
        place(expected, set())
    matched = set(owner.values())
    missed = [f"- {item}" for index, item in enumerate(wanted) if index not in matched]
    missed += [f"+ {item}" for index, item in enumerate(got) if index not in owner]
    return len(owner), len(got), len(wanted), missed


def _same_text(a: str, b: str) -> bool:
    return _fold(a) == _fold(b)


def _same_name(a: str, b: str) -> bool:
    wa, wb = _words(a), _words(b)
    return bool(wa and wb) and (wa <= wb or wb <= wa)


def _same_start(a: str, b: str) -> bool:
    fa, fb = _fold(a), _fold(b)
    return bool(fa and fb) and (fa.startswith(fb) or fb.startswith(fa))


def _same_decision(got: str, wanted: str) -> bool:
    expected_words = _words(wanted, 4)
    return bool(expected_words) and len(expected_words & _words(got, 4)) >= len(expected_words) / 2


def _same_meeting(got: dict, wanted: dict) -> bool:
    return got["date"] is not None and got["date"] == wanted["date"]


SCORERS = {
    "title": _one,
    "date": _one,
    "place": _place,
    "attendees": lambda got, wanted: _matched(got, wanted, _same_name),
    "excused": lambda got, wanted: _matched(got, wanted, _same_name),
    "agenda": lambda got, wanted: _matched(got, wanted, _same_start),
    "decisions": lambda got, wanted: _matched(got, wanted, _same_decision),
    "next_meetings": lambda got, wanted: _matched(got, wanted, _same_meeting),
    "tables": _count,
    "sections": lambda got, wanted: _matched(got, wanted, _same_text),
}


if __name__ == "__main__":
    main()
