"""Which page a file becomes: never another report's; a new version only where the import says so; limits.

Each case counts pages and revisions (issue 11, point 7), then the limits of
point 8 (text turned into blocks, the admin's time budget) and the archive the
admin upload offers (point 9).
"""

import io

import pytest
from django.contrib.auth.models import Permission
from django.core.management import call_command
from wagtail.models import GroupPagePermission
from wagtail.users.models import UserProfile

from events.importer import ReportFileError, import_file, import_report
from events.models import MeetingReportIndexPage, MeetingReportPage
from home.models import HomePage
from tests.events.importer.test_import_admin import URL, staff_user, upload
from tests.factories import add_child

FIRST = "# Bureau du 3 mars 2021\n\nPrésents : Anne Martin, Paul Durand.\n\nLe budget est approuvé.\n"
OTHER = "# Assemblée générale du 9 avril 2021\n\nPrésents : Lucie Bernard.\n\nLes statuts sont adoptés.\n"


def command(*paths):
    call_command("import_report", *[str(path) for path in paths], stdout=io.StringIO(), stderr=io.StringIO())


def revisions(page):
    return page.revisions.count()


def test_the_same_file_again_changes_nothing(home_fr, tmp_path):
    path = tmp_path / "bureau.md"
    path.write_text(FIRST)
    command(path)
    command(path)

    page = MeetingReportPage.objects.get()
    assert MeetingReportPage.objects.count() == 1 and revisions(page) == 1


def test_a_different_file_with_the_same_name_is_a_new_page(home_fr, tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "cr.md").write_text(FIRST)
    (tmp_path / "b" / "cr.md").write_text(OTHER)

    command(tmp_path / "a")
    command(tmp_path / "b")

    pages = MeetingReportPage.objects.order_by("pk")
    assert [page.title for page in pages] == ["Bureau du 3 mars 2021", "Assemblée générale du 9 avril 2021"]
    assert [page.slug for page in pages] == ["cr", "cr-2"]
    assert [revisions(page) for page in pages] == [1, 1]


def test_a_new_version_from_the_same_path_of_a_folder_is_a_new_revision(home_fr, tmp_path):
    path = tmp_path / "cr.md"
    path.write_text(FIRST)
    command(tmp_path)
    path.write_text(FIRST + "\n## Divers\n\nRien.\n")

    command(tmp_path)

    page = MeetingReportPage.objects.get()
    assert revisions(page) == 2
    old, new = (revision.as_object() for revision in page.revisions.order_by("created_at", "pk"))
    assert "Divers" not in [block.value["text"] for block in old.body if block.block_type == "heading"]
    assert "Divers" in [block.value["text"] for block in new.body if block.block_type == "heading"]


def test_a_new_version_replaces_the_page_chosen(home_fr):
    first = import_file("cr.md", FIRST.encode())
    other = import_file("cr.md", OTHER.encode())  # no page chosen: a page of its own
    assert MeetingReportPage.objects.count() == 2

    result = import_file("cr-v2.md", (FIRST + "\nAjout.\n").encode(), replace=first.page)

    assert result.status == "updated" and result.page.pk == first.page.pk
    assert MeetingReportPage.objects.count() == 2
    assert revisions(first.page) == 2 and revisions(other.page) == 1


def test_the_admin_replaces_only_the_page_chosen(client, django_user_model, home_fr):
    archive = add_child(home_fr, MeetingReportIndexPage(title="Comptes rendus", slug="comptes-rendus"))
    client.force_login(staff_user(django_user_model, archive, ("add_page", "change_page")))
    client.post(URL, {"file": upload("cr.md", FIRST.encode()), "archive": archive.pk})
    client.post(URL, {"file": upload("cr.md", OTHER.encode()), "archive": archive.pk})
    first = MeetingReportPage.objects.get(slug="cr")
    assert MeetingReportPage.objects.count() == 2

    client.post(
        URL, {"file": upload("cr.md", FIRST.encode() + b"\nAjout.\n"), "archive": archive.pk, "replace": first.pk}
    )

    assert MeetingReportPage.objects.count() == 2
    assert revisions(first) == 2 and revisions(MeetingReportPage.objects.get(slug="cr-2")) == 1


def test_text_over_the_limit_is_refused_with_a_message_and_nothing_saved(home_fr, tmp_path, settings):
    settings.REPORT_IMPORT_MAX_TEXT_BYTES = 1000
    path = tmp_path / "long.md"
    path.write_text("# Long\n\n" + "Un mot. " * 500)

    with pytest.raises(ReportFileError, match="REPORT_IMPORT_MAX_TEXT_BYTES"):
        import_report(path)
    assert MeetingReportPage.objects.count() == 0


def test_an_import_past_its_deadline_is_a_clear_error_and_nothing_saved(home_fr):
    with pytest.raises(ReportFileError, match="manage.py import_report"):
        import_file("cr.md", FIRST.encode(), deadline=0.0)
    assert MeetingReportPage.objects.count() == 0


def test_the_sidebar_import_files_a_french_report_in_the_french_archive(client, django_user_model, home_fr):
    french = add_child(home_fr, MeetingReportIndexPage(title="Comptes rendus", slug="comptes-rendus"))
    english_home = HomePage.objects.get(locale__language_code="en")
    english = add_child(english_home, MeetingReportIndexPage(title="Reports", slug="reports"))
    user = staff_user(django_user_model, home_fr, ("add_page",))
    client.force_login(user)

    form = client.get(URL).context["form"]  # the sidebar's link: no archive asked for
    assert form.initial["archive"] == french  # not “en”, first in alphabetical order
    client.post(URL, {"file": upload("bureau.md", FIRST.encode()), "archive": form.initial["archive"].pk})

    page = MeetingReportPage.objects.get()
    assert page.get_parent().pk == french.pk and page.locale.language_code == "fr"

    GroupPagePermission.objects.create(
        group=user.groups.get(), page=english, permission=Permission.objects.get(codename="add_page")
    )
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    assert client.get(URL).context["form"].initial["archive"] == english  # the editor's language, when chosen
