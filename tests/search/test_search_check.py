"""``manage.py search_check`` reports the index state; ``update_index`` makes it complete again."""

import io

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from wagtail.search.models import IndexEntry

from tests import factories


def update_index():
    call_command("update_index", stdout=io.StringIO(), stderr=io.StringIO())


# These edit the database backend's own index (IndexEntry); on an engine: tests/search/engine/test_index_life.py.
database_index_only = pytest.mark.skipif(
    bool(settings.SEARCH_URL), reason="edits the database backend's IndexEntry rows (the engine's: test_index_life)"
)


def check() -> str:
    out = io.StringIO()
    call_command("search_check", stdout=out)
    return out.getvalue()


@pytest.mark.django_db
def test_a_complete_index(home_fr):
    factories.site_tree(home_fr)
    update_index()  # the home page made by a migration was never indexed
    output = check()
    assert "The index is complete." in output
    assert "cases.TestimonyPage" in output and "documents.ArchiveDocument" in output
    line = next(line for line in output.splitlines() if line.startswith("cases.LegalTextPage"))
    assert line.split()[1:] == ["1", "1", "0", "0"]  # objects, indexed, missing, stale


@database_index_only
@pytest.mark.django_db
def test_missing_pages_are_listed_and_update_index_brings_them_back(home_fr):
    tree = factories.site_tree(home_fr)
    update_index()
    law = tree["LegalTextPage"]
    IndexEntry.objects.filter(object_id=str(law.pk)).delete()
    out = io.StringIO()
    with pytest.raises(CommandError, match="1 object"):
        call_command("search_check", stdout=out)
    assert f"{law.pk}  {law.title}" in out.getvalue()

    update_index()
    assert "The index is complete." in check()


@database_index_only
@pytest.mark.django_db
def test_stale_entries_are_counted(home_fr):
    tree = factories.site_tree(home_fr)
    update_index()
    entry = IndexEntry.objects.get(object_id=str(tree["ContentPage"].pk))
    IndexEntry.objects.create(content_type=entry.content_type, object_id="999999", title="gone", body="gone")
    with pytest.raises(CommandError, match="1 stale"):
        check()
