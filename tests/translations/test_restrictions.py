"""A page restricted to a group stays restricted, to the same group, in every language."""

import pytest
from django.contrib.auth.models import Group, User
from django.core.management import call_command
from wagtail.models import Page, PageViewRestriction

from tests import factories

from .admin_actions import submit, sync

pytestmark = pytest.mark.django_db


def restrict(page, *groups):
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.set(groups)
    return restriction


def groups_of(page):
    restrictions = list(PageViewRestriction.objects.filter(page=page))
    assert len(restrictions) == 1, restrictions
    assert restrictions[0].restriction_type == PageViewRestriction.GROUPS
    return set(restrictions[0].groups.values_list("name", flat=True))


def can_read(client, user, page):
    client.force_login(user)
    response = client.get(page.url)
    client.logout()
    return response.status_code == 200 and page.title in response.content.decode()


@pytest.fixture
def steering(db):
    return Group.objects.create(name="Comité de pilotage")


def test_a_new_translation_and_a_synced_one_keep_the_group_restriction(
    admin_client, client, testimonies, en, on_commit, steering
):
    french = factories.testimony(testimonies, title="Caen et Portsmouth")
    restrict(french, steering)

    translation = submit(admin_client, french, en, on_commit)
    english = translation.get_target_instance().specific
    assert english.live
    assert groups_of(english) == {"Comité de pilotage"}

    insider = User.objects.create_user("insider", password="x")
    insider.groups.add(steering)
    outsider = User.objects.create_user("outsider", password="x")
    assert can_read(client, insider, english)
    assert not can_read(client, outsider, english)
    assert client.get(english.url).status_code != 200  # anonymous

    # The French restriction changes (another group, then the first one removed), and the source is synced.
    board = Group.objects.create(name="Bureau")
    french_restriction = french.view_restrictions.get()
    french_restriction.groups.set([steering, board])
    assert groups_of(english) == {"Comité de pilotage", "Bureau"}  # at once, not only at the next sync
    french_restriction.groups.set([board])
    french.title = "Caen et Portsmouth, quarante ans"
    french.save_revision().publish()
    assert sync(admin_client, french, on_commit).status_code == 302

    english = Page.objects.get(pk=english.pk)
    assert groups_of(english) == {"Bureau"}
    assert not can_read(client, insider, english)
    assert not can_read(client, outsider, english)


def test_the_alias_of_an_untranslated_page_gets_the_restriction_set_later(client, testimonies, en, steering):
    french = factories.testimony(testimonies, title="Hérouville et Ouagadougou")
    call_command("sync_locale_trees")
    alias = Page.objects.get(translation_key=french.translation_key, locale=en)
    assert alias.alias_of_id == french.pk
    outsider = User.objects.create_user("outsider", password="x")
    assert can_read(client, outsider, alias)

    restrict(french, steering)

    assert groups_of(alias) == {"Comité de pilotage"}
    assert not can_read(client, outsider, alias)
    insider = User.objects.create_user("insider", password="x")
    insider.groups.add(steering)
    assert can_read(client, insider, alias)
