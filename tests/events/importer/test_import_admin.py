"""The admin upload of meeting reports: the same import as the command, with a summary, for staff allowed to add reports."""

import datetime

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.models import GroupPagePermission
from wagtail.users.models import UserProfile

from events.importer.readers.markdown import read_markdown
from events.models import MeetingReportIndexPage, MeetingReportPage
from network_site.taxonomy.models import Organisation
from tests.events.importer.report_files import make_docx, make_encrypted_pdf
from tests.events.importer.test_import_report import laws
from tests.factories import REAL_REPORT, add_child

Document = get_document_model()
URL = "/admin/reports/import/"


@pytest.fixture
def archive(home_fr):
    return add_child(home_fr, MeetingReportIndexPage(title="Comptes rendus", slug="comptes-rendus"))


@pytest.fixture
def admin_client(client, django_user_model):
    admin = django_user_model.objects.create_superuser("admin", "admin@example.org", "x")
    profile = UserProfile.get_for_user(admin)
    profile.preferred_language = "en"  # messages are asserted in English
    profile.save()
    client.force_login(admin)
    return client


def staff_user(django_user_model, archive=None, permissions=("add_page",)):
    """A user with admin access who may do ``permissions`` under ``archive`` (nothing if ``None``)."""
    group = Group.objects.create(name="Testeurs")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for codename in permissions if archive else ():
        GroupPagePermission.objects.create(
            group=group, page=archive, permission=Permission.objects.get(codename=codename)
        )
    user = django_user_model.objects.create_user("redacteur", "redacteur@example.org", "x")
    user.groups.add(group)
    return user


def upload(name, content):
    return SimpleUploadedFile(name, content)


def test_staff_upload_a_report_and_see_what_was_found(admin_client, archive, home_fr):
    laws(home_fr)
    content = make_docx(read_markdown(REAL_REPORT.read_text()))

    response = admin_client.post(URL, {"file": upload("rencontre.docx", content), "archive": archive.pk})

    assert response.status_code == 200
    page = MeetingReportPage.objects.get()
    assert page.get_parent().pk == archive.pk and not page.live  # a draft: “publish” was not ticked
    html = response.content.decode()
    assert reverse("wagtailadmin_pages:edit", args=[page.pk]) in html
    for found in [
        "Angers et son approche territoriale originale",  # a section
        "Jacques Raynaud",  # a speaker
        "Caen Calvados Roumanie",  # an organisation
        "Loi Thiollière",  # a law
        "Mardi 15 juin à 14h",  # a next meeting
        "18 avril",  # the review note about the date without a year
    ]:
        assert found in html
    assert page.original_document.file_extension == "docx"


def test_a_date_given_and_publish(admin_client, archive):
    response = admin_client.post(
        URL,
        {
            "file": upload("rencontre.md", REAL_REPORT.read_bytes()),
            "archive": archive.pk,
            "date": "2010-04-18",
            "publish": "on",
        },
    )

    assert response.status_code == 200
    page = MeetingReportPage.objects.get()
    assert page.live and page.date == datetime.date(2010, 4, 18) and page.review_notes == ""


def test_uploading_the_same_file_again_changes_nothing(admin_client, archive):
    admin_client.post(URL, {"file": upload("rencontre.md", REAL_REPORT.read_bytes()), "archive": archive.pk})
    before = (MeetingReportPage.objects.count(), Document.objects.count(), Organisation.objects.count())

    response = admin_client.post(URL, {"file": upload("rencontre.md", REAL_REPORT.read_bytes()), "archive": archive.pk})

    assert "nothing changed" in response.content.decode()
    assert (MeetingReportPage.objects.count(), Document.objects.count(), Organisation.objects.count()) == before


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("secret.pdf", make_encrypted_pdf(read_markdown("# Titre\n\nTexte.")), "the PDF is encrypted"),
        ("vide.md", b"\n", "the file is empty"),
        ("notes.odt", b"PK", "unknown extension"),
    ],
)
def test_a_bad_file_is_a_form_error(admin_client, archive, name, content, message):
    response = admin_client.post(URL, {"file": upload(name, content), "archive": archive.pk})

    assert response.status_code == 200
    assert message in response.context["form"].errors["file"][0]
    assert MeetingReportPage.objects.count() == 0 and Document.objects.count() == 0


def test_a_file_over_the_limit_is_a_form_error(admin_client, archive, settings):
    settings.REPORT_IMPORT_MAX_BYTES = 10

    response = admin_client.post(URL, {"file": upload("long.md", b"# Titre\n\nTexte long."), "archive": archive.pk})

    assert response.status_code == 200 and response.context["form"].errors["file"]
    assert MeetingReportPage.objects.count() == 0


def test_only_users_who_may_add_reports_get_the_view(client, archive, django_user_model):
    client.force_login(staff_user(django_user_model))
    response = client.get(URL)
    assert (response.status_code, response.url) == (302, "/admin/")  # Wagtail's answer to PermissionDenied
    response = client.post(URL, {"file": upload("rencontre.md", REAL_REPORT.read_bytes()), "archive": archive.pk})
    assert response.status_code == 302 and MeetingReportPage.objects.count() == 0
    assert URL not in client.get("/admin/").content.decode()


def test_publishing_needs_the_right_to_publish(client, archive, django_user_model):
    client.force_login(staff_user(django_user_model, archive, permissions=("add_page",)))
    assert URL in client.get("/admin/").content.decode()  # the menu item
    assert f"{URL}?archive={archive.pk}" in client.get(f"/admin/pages/{archive.pk}/").content.decode()

    response = client.post(
        URL, {"file": upload("rencontre.md", REAL_REPORT.read_bytes()), "archive": archive.pk, "publish": "on"}
    )

    assert response.status_code == 200 and response.context["form"].errors["publish"]
    assert MeetingReportPage.objects.count() == 0
    response = client.post(URL, {"file": upload("rencontre.md", REAL_REPORT.read_bytes()), "archive": archive.pk})
    assert response.status_code == 200 and MeetingReportPage.objects.count() == 1


def test_review_notes_are_shown_to_staff_in_the_page_editor(admin_client, archive):
    admin_client.post(URL, {"file": upload("rencontre.md", REAL_REPORT.read_bytes()), "archive": archive.pk})
    page = MeetingReportPage.objects.get()

    html = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()

    assert "18 avril" in page.review_notes and page.review_notes.split("“")[0] in html
