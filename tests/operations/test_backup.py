"""Backups that restore (issue 12, point 7): ``manage.py backup`` (``make backup``) of a site with pages, a
document and their search index, then ``manage.py restore`` (``make restore``) into an empty database and an
empty media folder: the same pages, documents (same bytes) and search results come back. On the suite's
database engine: SQLite, or PostgreSQL when DATABASE_URL says so."""

import json
import subprocess

import pytest

from .conftest import database_copy, empty_database
from .servers import manage, production_env

MAKE_CONTENT = """
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from home.models import ContentPage, HomePage
home = HomePage.objects.get(locale__language_code="fr")
page = ContentPage(title="Sauvegarde kalimbaoutou", slug="sauvegarde", intro="Le mot kalimbaoutou est ici.")
home.add_child(instance=page)
page.save_revision().publish()
get_document_model().objects.create(
    title="Note zanzimbar", file=ContentFile("Le mot zanzimbar est dans ce fichier.".encode(), name="note.txt")
)
"""

SNAPSHOT = """
import hashlib, json
from wagtail.documents import get_document_model
from wagtail.models import Page
Document = get_document_model()
words = ["kalimbaoutou", "zanzimbar", "accueil"]
print(json.dumps({
    "pages": sorted([p.pk, p.title, p.url_path, p.live, p.locale.language_code] for p in Page.objects.all()),
    "documents": sorted(
        [d.pk, d.title, d.file.name, hashlib.sha256(d.file.open("rb").read()).hexdigest()]
        for d in Document.objects.all()
    ),
    "page_search": {w: sorted(p.pk for p in Page.objects.live().search(w)) for w in words},
    "document_search": {w: sorted(d.pk for d in Document.objects.search(w)) for w in words},
}))
"""


def snapshot(env) -> dict:
    return json.loads(manage(env, "shell", "-c", SNAPSHOT).splitlines()[-1])


@pytest.fixture(scope="module")
def databases(django_db_setup, django_db_blocker, tmp_path_factory):
    """The migrated test database's copy to back up, and an empty database to restore into."""
    folder = tmp_path_factory.mktemp("backup-databases")
    with (
        database_copy(django_db_blocker, folder, "backup_source") as source,
        empty_database(django_db_blocker, folder, "backup_target") as target,
    ):
        yield source, target


@pytest.mark.django_db
def test_a_backup_restores_into_an_empty_database_and_media_folder(databases, tmp_path):
    source_url, target_url = databases
    source = production_env(tmp_path / "source", DATABASE_URL=source_url)
    manage(source, "shell", "-c", MAKE_CONTENT)
    before = snapshot(source)
    assert before["page_search"]["kalimbaoutou"] and before["document_search"]["zanzimbar"], before
    assert len(before["documents"]) == 1

    folder = manage(source, "backup", str(tmp_path / "backups" / "today")).strip()
    target = production_env(tmp_path / "target", DATABASE_URL=target_url)
    manage(target, "restore", folder)

    assert snapshot(target) == before
    with pytest.raises(subprocess.CalledProcessError) as refused:  # nothing is overwritten
        manage(target, "restore", folder)
    assert "the database is not empty" in refused.value.stderr
