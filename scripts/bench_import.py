"""Meeting report import under load: a 5 MB Markdown file, a dense 30,000-line PDF, and the dev set's throughput.

    .venv/bin/python scripts/bench_import.py                  # all three
    .venv/bin/python scripts/bench_import.py --only pdf       # one of: markdown, pdf, dev

The files are made here: the Markdown of sections of French sentences
repeated up to 5 MB, the PDF (fpdf2) of 30,000 short lines, small type, many to
a page. A scratch SQLite database (a temporary folder) is migrated once; each
case then runs in a process of its own, so that its peak memory (the
process's maximum resident set size, Django included) and time are its own.
The time is the import's alone (``events.importer.import_report``: reading,
parsing, saving the page), whatever it ends in: a page, or the refusal with
its message. Targets (issue 11): each big file imported in ≤ 30 s with ≤ 300 MB
peak, or refused in ≤ 2 s with a clear message; ≥ 60 reports a minute for the
dev set (``../shared/archive/dev``).

Not a test: figures depend on the machine. They are recorded in docs/import.md.
"""

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DEV = BASE_DIR.parent / "shared" / "archive" / "dev"
CASES = ("markdown", "pdf", "dev")
SENTENCE = "Le conseil a examiné le budget de la coopération avec la commune partenaire, point par point. "


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", choices=CASES)
    parser.add_argument("--case", choices=CASES, help=argparse.SUPPRESS)  # a child process's one case
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.case:
        return _child(options.case, options.folder)
    with tempfile.TemporaryDirectory(prefix="bench-import-") as scratch:
        folder = Path(scratch)
        _make_files(folder)
        _django(folder)
        from django.core.management import call_command

        call_command("migrate", verbosity=0, interactive=False)
        for case in [options.only] if options.only else CASES:
            shutil.copy(folder / "bench.sqlite3", folder / "case.sqlite3")
            output = subprocess.run(  # noqa: S603 - this script, run again for one case
                [sys.executable, __file__, "--case", case, "--folder", str(folder)],
                capture_output=True,
                text=True,
                check=False,
            )
            if output.returncode:
                print(f"{case}: failed\n{output.stderr[-3000:]}")
                continue
            print(_line(case, json.loads(output.stdout.strip().splitlines()[-1])))


def _django(folder: Path, database: str = "bench.sqlite3"):
    os.environ["DJANGO_SETTINGS_MODULE"] = "network_site.settings.dev"
    os.environ["DATABASE_URL"] = f"sqlite:///{folder / database}"
    os.environ["MEDIA_ROOT"] = str(folder / "media")
    sys.path.insert(0, str(BASE_DIR))
    import django

    django.setup()


def _make_files(folder: Path):
    parts, size, number = [], 0, 0
    while size < 5 * 1024 * 1024:
        number += 1
        part = f"## Point {number}\n\n" + SENTENCE * 20 + "\n\n- Pour : 12\n- Contre : 0\n\n"
        parts.append(part)
        size += len(part.encode())
    (folder / "big.md").write_text("# Assemblée générale du 5 mai 2023\n\n" + "".join(parts))

    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_auto_page_break(True, margin=5)
    pdf.set_font("helvetica", size=4)
    pdf.add_page()
    for line in range(30_000):
        pdf.cell(0, 1.6, f"Ligne {line} : vote {line % 13}", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(folder / "dense.pdf"))


def _child(case: str, folder: Path):
    _django(folder, "case.sqlite3")
    from events.importer import ReportFileError, import_report

    files = {
        "markdown": [folder / "big.md"],
        "pdf": [folder / "dense.pdf"],
        # The annotated reports (``expected.json``), as ``import_eval.py`` reads them: not ``SOURCES.md``.
        "dev": [DEV / item["file"] for item in json.loads((DEV / "expected.json").read_text(encoding="utf-8"))],
    }[case]
    outcomes = []
    start = time.perf_counter()
    for path in files:
        try:
            result = import_report(path)
            outcomes.append(f"{result.status}, {len(result.page.body)} blocks")
        except ReportFileError as error:
            outcomes.append(f"refused: {error}")
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux → MB
    size = sum(path.stat().st_size for path in files)
    print(json.dumps({"seconds": seconds, "peak_mb": peak, "files": len(files), "bytes": size, "outcome": outcomes[0]}))


def _line(case: str, figures: dict) -> str:
    if case == "dev":
        rate = 60 * figures["files"] / figures["seconds"]
        return (
            f"dev set: {figures['files']} files in {figures['seconds']:.1f} s, {rate:.0f} reports/minute, "
            f"peak {figures['peak_mb']:.0f} MB"
        )
    return (
        f"{case}: {figures['bytes'] / 1024:.0f} KB, {figures['seconds']:.1f} s, peak {figures['peak_mb']:.0f} MB — "
        f"{figures['outcome'][:160]}"
    )


if __name__ == "__main__":
    main()
