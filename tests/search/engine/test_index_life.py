"""The engine's copy follows the site: publishing, unpublishing, moving, deleting, view restrictions; rebuilds.

Each test changes the site as the admin does (Wagtail's page API), then searches through the engine
backend only.
"""

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import PageViewRestriction
from wagtail.search.backends import get_search_backend

from home.models import ContentPage
from network_site.access import roles
from search.backends.engine import EngineBackend
from tests import factories

from .conftest import search_request


def found(user, query) -> list[str]:
    return [hit.pk for hit in EngineBackend().search(search_request(user, query=query)).hits]


def page(parent, title, slug):
    return factories.add_child(parent, ContentPage(title=title, slug=slug, body=[("paragraph", f"<p>{title}</p>")]))


@pytest.mark.django_db
def test_publishing_and_unpublishing_update_the_engine(home_fr, member):
    draft = ContentPage(title="Ornithorynque", slug="ornithorynque")
    home_fr.add_child(instance=draft)
    draft.unpublish()
    assert found(member, "ornithorynque") == []
    draft.save_revision().publish()
    assert found(member, "ornithorynque") == [draft.pk]
    ContentPage.objects.get(pk=draft.pk).unpublish()  # the published copy (publish() saved another instance)
    assert found(member, "ornithorynque") == []


@pytest.mark.django_db
def test_moving_a_page_moves_its_subtree_in_the_engine(home_fr, member):
    partners = Group.objects.get_or_create(name=roles.PARTNERS)[0]
    private = page(home_fr, "Espace partenaires", "espace")
    restriction = PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.add(partners)
    parent = page(home_fr, "Dossier", "dossier")
    child = page(parent, "Axolotl", "axolotl")
    assert found(member, "axolotl") == [child.pk]
    parent.move(private, pos="last-child")
    assert found(member, "axolotl") == []  # its new path is under the restricted section
    member.groups.add(partners)
    assert found(member, "axolotl") == [child.pk]


@pytest.mark.django_db
def test_a_view_restriction_applies_at_once_and_deleting_removes(home_fr, member):
    target = page(home_fr, "Pangolin", "pangolin")
    assert found(member, "pangolin") == [target.pk]
    restriction = PageViewRestriction.objects.create(page=target, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.add(Group.objects.get_or_create(name=roles.PARTNERS)[0])
    assert found(member, "pangolin") == []
    restriction.delete()
    assert found(member, "pangolin") == [target.pk]
    target.delete()
    assert found(member, "pangolin") == []


@pytest.mark.django_db
def test_update_index_rebuilds_into_a_new_index_behind_the_alias(home_fr, member):
    target = page(home_fr, "Tatou", "tatou")
    backend = get_search_backend()
    alias = backend.get_index_for_model(ContentPage).name
    before = set(backend.es.indices.get_alias(name=alias))
    call_command("update_index", backend_name="default", verbosity=0)
    after = set(backend.es.indices.get_alias(name=alias))
    assert len(after) == 1 and after != before  # a new index, the alias moved, the old index gone
    assert not backend.es.indices.exists(index=",".join(before))
    assert found(member, "tatou") == [target.pk]


@pytest.mark.django_db
def test_search_check_reads_the_engine(home_fr, capsys):
    target = page(home_fr, "Okapi", "okapi")
    backend = get_search_backend()
    backend.es.indices.refresh(index=f"{backend.index_prefix}*")
    call_command("search_check")
    assert "The index is complete." in capsys.readouterr().out
    backend.get_index_for_model(ContentPage).delete_id(str(target.pk))
    backend.es.indices.refresh(index=backend.get_index_for_model(ContentPage).name)
    with pytest.raises(Exception, match="incomplete"):
        call_command("search_check")
    assert "Okapi" in capsys.readouterr().out
