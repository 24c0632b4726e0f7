"""The admin's search (pages, documents, images) finds titles whatever the accents typed, on every database.

Wagtail's admin autocompletes titles (``.autocomplete()``); the indexed title carries its folded words
(``network_site.core.indexing.FoldedAutocompleteField``), so ``reunion`` finds “Réunion du bureau” on
PostgreSQL too, whose ``simple`` configuration folds no accents.
"""

import pytest

from home.models import ContentPage
from tests import factories

pytestmark = pytest.mark.django_db

TYPED = ["reunion", "Réunion", "REUNION", "réunion"]


@pytest.mark.parametrize("typed", TYPED)
def test_page_search_finds_an_accented_title_typed_with_or_without_accents(admin_client, home_fr, typed):
    factories.add_child(home_fr, ContentPage(title="Réunion du bureau", slug="reunion-du-bureau"))
    response = admin_client.get("/admin/pages/search/", {"q": typed})
    assert response.status_code == 200
    assert "Réunion du bureau" in response.content.decode()


@pytest.mark.parametrize("typed", ["procedure", "Procédure", "evacuation", "évacuation"])
def test_document_search_finds_an_accented_title_typed_with_or_without_accents(admin_client, typed):
    factories.document(title="Procédure d'évacuation.pdf", text="Sortir par l'escalier.")
    response = admin_client.get("/admin/documents/", {"q": typed})
    assert response.status_code == 200
    assert "Procédure d&#x27;évacuation.pdf" in response.content.decode()


@pytest.mark.parametrize("typed", ["fete", "Fête", "ete", "été"])
def test_image_search_finds_an_accented_title_typed_with_or_without_accents(admin_client, typed):
    factories.image(title="Fête de l'été")
    response = admin_client.get("/admin/images/", {"q": typed})
    assert response.status_code == 200
    assert "Fête de l&#x27;été" in response.content.decode()


def test_a_word_not_in_the_title_finds_nothing(admin_client, home_fr):
    factories.add_child(home_fr, ContentPage(title="Réunion du bureau", slug="reunion-du-bureau"))
    assert "Réunion du bureau" not in admin_client.get("/admin/pages/search/", {"q": "budget"}).content.decode()
