"""The French catalogues are complete: every interface string of the code has a French translation, none fuzzy.

``makemessages -l fr`` is run on a copy of the project (the files git tracks, so that the catalogues of the
working tree are left alone); a string added to the code without its translation, an empty or a fuzzy
entry fails, with the catalogue and the string named.
"""

import shutil
import subprocess
import sys

import polib
import pytest
from django.conf import settings

ROOT = settings.BASE_DIR


def tracked_files():
    result = subprocess.run(  # noqa: S603 - a fixed command
        ["/usr/bin/git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True
    )
    return [name for name in result.stdout.decode().split("\0") if name]


def incomplete_entries(catalogue) -> list[str]:
    return [
        f"{entry.msgid!r}{' (fuzzy)' if entry.fuzzy else ''}"
        for entry in polib.pofile(str(catalogue))
        if not entry.obsolete and (entry.fuzzy or not entry.translated())
    ]


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory):
    """The project's ``.po`` files after ``makemessages -l fr`` on a copy of the project."""
    copy = tmp_path_factory.mktemp("project")
    for name in tracked_files():
        if (ROOT / name).is_file():
            (copy / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, copy / name)
    subprocess.run(  # noqa: S603 - our interpreter, our manage.py
        [sys.executable, "manage.py", "makemessages", "-l", "fr", "-v0", "--ignore=.venv", "--ignore=search_node"],
        cwd=copy,
        check=True,
    )
    return {path.relative_to(copy): path for path in copy.glob("**/locale/fr/LC_MESSAGES/django.po")}


def test_the_project_has_french_catalogues(regenerated):
    assert "network_site/locale/fr/LC_MESSAGES/django.po" in {str(path) for path in regenerated}


def test_every_string_of_the_code_is_translated_into_french(regenerated):
    incomplete = {str(name): incomplete_entries(path) for name, path in regenerated.items()}
    assert {name: entries for name, entries in incomplete.items() if entries} == {}
