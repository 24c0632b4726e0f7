"""The access policy in force: roles, workflow, collections, sections public or private, in every language."""

import io

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    GroupPagePermission,
    Page,
    PageViewRestriction,
    WorkflowPage,
)

from home.models import ContentPage
from network_site.access import policy, roles
from network_site.documents.archive import ARCHIVE_COLLECTION
from tests import factories
from tests.test_page_types import translate_page


def restriction(page):
    """A page's own restriction, as text: 'public', 'login', 'groups Editors, Members, Moderators', 'password'."""
    found = list(PageViewRestriction.objects.filter(page=page))
    if not found:
        return "public"
    assert len(found) == 1, found
    names = sorted(found[0].groups.values_list("name", flat=True))
    return found[0].restriction_type + (f" {', '.join(names)}" if names else "")


MEMBERS_ONLY = "groups Editors, Members, Moderators"


@pytest.mark.django_db
def test_roles_exist_after_migrate_with_their_permissions():
    assert set(Group.objects.values_list("name", flat=True)) >= set(roles.ROLES)
    root = Page.get_first_root_node()

    def page_permissions(name):
        return set(
            GroupPagePermission.objects.filter(group__name=name, page=root).values_list(
                "permission__codename", flat=True
            )
        )

    assert page_permissions("Editors") == {"add_page", "change_page"}  # no publish_page
    assert "publish_page" in page_permissions("Moderators")
    assert page_permissions("Members") == page_permissions("Partners") == set()
    for name in ("Members", "Partners"):
        assert not Group.objects.get(name=name).permissions.exists()  # no admin access
    assert Group.objects.get(name="Editors").permissions.filter(codename="access_admin").exists()


@pytest.mark.django_db
@pytest.mark.parametrize(("role", "may_delete"), [("editor", False), ("moderator", True)])
def test_staff_manage_the_vocabulary_partnerships_included(client, accounts, role, may_delete):
    client.force_login(accounts[role])
    for model in ("theme", "organisation", "person", "partnership"):
        assert client.get(f"/admin/snippets/taxonomy/{model}/").status_code == 200, model
        assert client.get(f"/admin/snippets/taxonomy/{model}/add/").status_code == 200, model
        assert accounts[role].has_perm(f"taxonomy.delete_{model}") is may_delete


@pytest.mark.django_db
def test_the_moderators_review_every_page_and_the_archive_is_for_members():
    workflow = WorkflowPage.objects.get(page=Page.get_first_root_node()).workflow
    assert workflow.active
    tasks = [task.specific for task in workflow.tasks]
    assert [list(task.groups.values_list("name", flat=True)) for task in tasks] == [["Moderators"]]

    archive = Collection.objects.get(name=ARCHIVE_COLLECTION)  # the one the report importer fills
    (archive_restriction,) = CollectionViewRestriction.objects.filter(collection=archive)
    assert sorted(archive_restriction.groups.values_list("name", flat=True)) == ["Editors", "Members", "Moderators"]


@pytest.mark.django_db
def test_sections_get_their_restriction_in_both_languages_and_the_legal_pages_stay_public(client, home_fr, en):
    tree = factories.site_tree(home_fr)
    new_section = factories.add_child(home_fr, ContentPage(title="Nouvelle rubrique", slug="nouvelle-rubrique"))
    expected = {
        "HomePage": "public",
        "LegalFrameworkIndexPage": "public",
        "MeetingReportIndexPage": MEMBERS_ONLY,
        "TestimonyIndexPage": "login",
        "EventIndexPage": "login",
        "ContentPage": "login",
    }
    for name, kind in expected.items():
        assert restriction(tree[name]) == kind, name
    assert restriction(new_section) == "login"  # private by default

    english = {name: translate_page(tree[name], en) for name in expected}
    for name, kind in expected.items():
        assert restriction(english[name]) == kind, name

    for url in ("/fr/", "/en/", tree["LegalTextPage"].url, translate_page(tree["LegalTextPage"], en).url):
        assert client.get(url).status_code == 200, url  # anonymous
    for url in (tree["TestimonyPage"].url, english["TestimonyIndexPage"].url, english["MeetingReportIndexPage"].url):
        assert client.get(url).status_code == 302, url


@pytest.mark.django_db
def test_the_public_home_page_lists_only_what_the_visitor_may_open(client, home_fr, member):
    tree = factories.site_tree(home_fr)
    anonymous = client.get("/fr/").content.decode()
    assert tree["LegalTextPage"].title in anonymous
    assert tree["TestimonyPage"].title not in anonymous and tree["EventPage"].title not in anonymous

    client.force_login(member)
    html = client.get("/fr/").content.decode()
    assert tree["TestimonyPage"].title in html and tree["EventPage"].title in html


@pytest.mark.django_db
def test_the_command_is_idempotent_and_restores_what_was_changed_by_hand(home_fr):
    tree = factories.site_tree(home_fr)
    assert policy.apply_policy() == []

    PageViewRestriction.objects.filter(page=tree["TestimonyIndexPage"]).delete()
    PageViewRestriction.objects.create(page=tree["LegalFrameworkIndexPage"], restriction_type="login")
    editors = Group.objects.get(name="Editors")
    GroupPagePermission.objects.create(
        group=editors, page=Page.get_first_root_node(), permission_id=_permission_id("publish_page")
    )

    out = io.StringIO()
    call_command("apply_access_policy", stdout=out)
    assert "/accueil/temoignages/: login" in out.getvalue()
    assert restriction(tree["TestimonyIndexPage"]) == "login"
    assert restriction(tree["LegalFrameworkIndexPage"]) == "public"
    assert not GroupPagePermission.objects.filter(group=editors, permission__codename="publish_page").exists()
    assert policy.apply_policy() == []


def _permission_id(codename):
    from django.contrib.auth.models import Permission

    return Permission.objects.get(content_type__app_label="wagtailcore", codename=codename).pk


@pytest.mark.django_db
def test_original_report_files_in_the_archive_are_for_members_and_staff(client, home_fr, accounts):
    tree = factories.site_tree(home_fr)
    report = tree["MeetingReportPage"]
    archived = factories.document("Compte rendu original", collection=Collection.objects.get(name="Archive"))
    report.original_document = archived
    report.save_revision().publish()
    # Even linked from a public legal page, the Archive collection keeps it for members and staff.
    law = tree["LegalTextPage"]
    law.body.append(("document_link", {"document": archived, "title": ""}))
    law.save_revision().publish()

    expected = {"anonymous": 302, "member": 200, "partner": 403, "editor": 200, "moderator": 200}
    for account, status in expected.items():
        client.logout()
        if accounts[account]:
            client.force_login(accounts[account])
        assert client.get(archived.url).status_code == status, account


@pytest.mark.django_db
def test_a_group_restriction_reaches_the_translation_with_its_groups(home_fr, en):
    tree = factories.site_tree(home_fr)
    french = tree["TestimonyPage"]
    english = translate_page(french, en)
    assert restriction(english) == "public"  # below its section's login restriction

    french_restriction = PageViewRestriction.objects.create(page=french, restriction_type="groups")
    french_restriction.groups.set(Group.objects.filter(name__in=["Members", "Moderators"]))
    french.save_revision().publish()
    english = translate_page(french, en)  # wagtail-localize copies the restriction on translation
    assert restriction(english) == "groups Members, Moderators"
