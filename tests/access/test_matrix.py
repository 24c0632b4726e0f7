"""Who may open what: every page type, its documents and its images, for every role, in French and English.

The tree of ``factories.site_tree`` is built once per language; its sections are then given, in turn,
each kind of view restriction (``WHERE`` below) and every account fetches every page, the documents
and images that page uses, and searches for it. Outcomes:

- ``200``: the page or file is served;
- ``login``: redirect to the front-end login page (``/…/account/login/?next=…``);
- ``form``: the password form of a password-protected section (status 200, without the page);
- ``403``: logged in, but this account may not open it;
- ``-``: the page type has no files (index pages, home page).

Staff (editors, moderators) may fetch every file they may use in the admin, whatever the page.
"""

import datetime

import pytest
from django.contrib.auth.models import User
from django.urls import reverse
from wagtail.models import Collection, PageViewRestriction

from network_site.access.policy import set_restriction
from network_site.access.rules import LOGIN, MEMBERS_ONLY, PUBLIC, Rule
from tests import factories
from tests.test_page_types import translate_page

EXPECTED = """
where     account    page   document  image   found by search
landing   anonymous  200    -         -       yes
landing   member     200    -         -       yes
landing   partner    200    -         -       yes
landing   editor     200    -         -       yes
landing   moderator  200    -         -       yes
public    anonymous  200    200       200     yes
public    member     200    200       200     yes
public    partner    200    200       200     yes
public    editor     200    200       200     yes
public    moderator  200    200       200     yes
login     anonymous  login  login     login   no
login     member     200    200       200     yes
login     partner    200    200       200     yes
login     editor     200    200       200     yes
login     moderator  200    200       200     yes
members   anonymous  login  login     login   no
members   member     200    200       200     yes
members   partner    403    403       403     no
members   editor     200    200       200     yes
members   moderator  200    200       200     yes
password  anonymous  login  login     login   no
password  member     form   403       403     no
password  partner    form   403       403     no
password  editor     form   200       200     no
password  moderator  form   200       200     no
unlocked  member     200    200       200     no
unlocked  partner    200    200       200     no
unlocked  editor     200    200       200     no
unlocked  moderator  200    200       200     no
"""
# "where": the home page (landing), or a page in a section that is public, needs a login, is for the
# members group, has a password, or has a password that the account has given ("unlocked").
# Search never lists password-protected pages, even unlocked: their text would show in result snippets.
PASSWORD = "sesame-2026"
SECTION_RULES = {
    "public": PUBLIC,
    "login": LOGIN,
    "members": MEMBERS_ONLY,
    "password": Rule("password"),
    "unlocked": Rule("password"),
}
PAGE_TYPES_WITH_FILES = ["ContentPage", "TestimonyPage", "LegalTextPage", "EventPage", "MeetingReportPage"]


def expected_table():
    lines = [line.split() for line in EXPECTED.strip().splitlines()[1:]]
    return {(where, account): (page, document, image, found) for where, account, page, document, image, *found in lines}


def outcome(response) -> str:
    if response.status_code == 302 and "/account/login/?next=" in response["Location"]:
        return "login"
    if response.status_code == 200 and response["Content-Type"].startswith("text/html"):
        html = response.content.decode()
        if 'type="password"' in html and "authenticate_with_password" in html:
            return "form"
    return str(response.status_code)


def build_tree(home_fr, language, en):
    """Every page type, each detail page using its own image and document, with a unique word in its title."""
    tree = factories.site_tree(home_fr)
    files = {}
    for name, page in tree.items():
        page = page.specific
        page.title = f"{page.title} xylo{name.lower()}"
        if name in PAGE_TYPES_WITH_FILES:
            image = factories.image(f"Image {name}")
            document = factories.document(f"Document {name}")
            page.body.append(("image", {"image": image, "alt_text": name, "caption": ""}))
            page.body.append(("document_link", {"document": document, "title": ""}))
            files[name] = (image, document)
        page.save_revision().publish()
        tree[name] = page
    if language == "en":
        tree = {name: translate_page(page, en).specific for name, page in tree.items()}
    return tree, files


def set_sections(home, rule):
    for section in home.get_children():
        set_restriction(section, rule, password=PASSWORD)


def log_in(client, user):
    client.logout()
    if user is not None:
        client.force_login(user)


def unlock_passwords(client, home):
    for restriction in PageViewRestriction.objects.filter(page__in=home.get_children(), restriction_type="password"):
        url = reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, restriction.page_id])
        assert client.post(url, {"password": PASSWORD, "return_url": "/"}).status_code == 302


def found_by_search(client, language, page) -> bool:
    """Whether the search page of the language lists ``page`` (by its link in the rendered results)."""
    word = page.title.split()[-1]
    html = client.get(f"/{language}/search/", {"query": word}).content.decode()
    return f'href="{page.url}"' in html


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["fr", "en"])
def test_who_may_open_what(client, home_fr, en, accounts, language):
    tree, files = build_tree(home_fr, language, en)
    home = tree["HomePage"]
    expected = expected_table()
    mismatches = []

    for where, rule in [("landing", PUBLIC), *SECTION_RULES.items()]:
        set_sections(home_fr, rule)  # translations share their source's files: both trees alike
        set_sections(home, rule)
        pages = {"HomePage": home} if where == "landing" else {n: p for n, p in tree.items() if n != "HomePage"}
        for account, user in accounts.items():
            if (where, account) not in expected:
                continue
            log_in(client, user)
            if where == "unlocked":
                unlock_passwords(client, home)
            want_page, want_document, want_image, want_found = expected[(where, account)]
            for name, page in pages.items():
                page.refresh_from_db()
                got = {"page": outcome(client.get(page.url))}
                if name in files:
                    image, document = files[name]
                    rendition_url = image.get_rendition("width-800").url
                    got["document"] = outcome(client.get(document.url))
                    got["image"] = outcome(client.get(rendition_url))
                    got["original image"] = outcome(client.get(image.file.url))
                else:
                    got["document"] = got["image"] = got["original image"] = "-"
                got["found by search"] = "yes" if found_by_search(client, language, page) else "no"
                want = {
                    "page": want_page,
                    "document": want_document if name in files else "-",
                    "image": want_image if name in files else "-",
                    "original image": want_image if name in files else "-",
                    "found by search": want_found[0] if want_found else "no",
                }
                for column, value in want.items():
                    if got[column] != value:
                        mismatches.append(f"{language} {where} {account} {name} {column}: {got[column]}, not {value}")

    assert not mismatches, "\n".join(mismatches)


def test_the_table_covers_every_role_and_kind_of_section():
    table = expected_table()
    for where in ["landing", "public", "login", "members", "password"]:
        assert {account for w, account in table if w == where} == {
            "anonymous",
            "member",
            "partner",
            "editor",
            "moderator",
        }


# Who may edit and delete a document or an image in the admin. "file": one uploaded by the account itself
# ("own") or by someone else ("other"), in an ordinary collection or in the Archive collection (the originals of
# meeting reports). "yes": the edit form opens / the delete removes the file; "no": refused, the file stays.
FILE_PERMISSIONS = """
file           account    edit  delete
own            editor     yes   yes
other          editor     no    no
archive-own    editor     yes   no
archive-other  editor     no    no
own            moderator  yes   yes
other          moderator  yes   yes
archive-own    moderator  yes   yes
archive-other  moderator  yes   yes
other          member     no    no
archive-other  member     no    no
other          partner    no    no
archive-other  partner    no    no
other          anonymous  no    no
archive-other  anonymous  no    no
"""
ADMIN_VIEWS = {"document": "wagtaildocs", "image": "wagtailimages"}


def make_file(kind, title, collection, owner):
    obj = factories.document(title, collection) if kind == "document" else factories.image(title, collection)
    obj.uploaded_by_user = owner
    obj.save()
    return obj


def file_outcomes(client, kind, obj) -> tuple[str, str]:
    """("yes" or "no" for the edit form, the same for the delete), asked through the admin's own views."""
    namespace = ADMIN_VIEWS[kind]
    response = client.get(reverse(f"{namespace}:edit", args=[obj.pk]))
    edit = "yes" if response.status_code == 200 and b'name="title"' in response.content else "no"
    client.post(reverse(f"{namespace}:delete", args=[obj.pk]))
    delete = "no" if type(obj).objects.filter(pk=obj.pk).exists() else "yes"
    return edit, delete


@pytest.mark.django_db
@pytest.mark.parametrize("kind", ["document", "image"])
def test_who_may_edit_and_delete_files(client, accounts, kind):
    from network_site.documents.archive import archive_collection

    root = Collection.get_first_root_node()
    archive, _created = archive_collection()
    someone = User.objects.create_user("uploader-test")
    mismatches = []
    for line in FILE_PERMISSIONS.strip().splitlines()[1:]:
        where, account, want_edit, want_delete = line.split()
        user = accounts[account]
        owner = user if where.endswith("-own") or where == "own" else someone
        obj = make_file(kind, f"{kind} {where} {account}", archive if where.startswith("archive") else root, owner)
        log_in(client, user)
        got = file_outcomes(client, kind, obj)
        if got != (want_edit, want_delete):
            mismatches.append(f"{kind} {where} {account}: edit, delete = {got}, not {(want_edit, want_delete)}")
    assert not mismatches, "\n".join(mismatches)


@pytest.mark.django_db
@pytest.mark.parametrize("kind", ["document", "image"])
def test_the_bulk_delete_keeps_the_files_an_editor_may_not_delete(client, accounts, kind):
    someone = User.objects.create_user("uploader-test")
    obj = make_file(kind, f"{kind} of someone else", Collection.get_first_root_node(), someone)
    model = type(obj)
    log_in(client, accounts["editor"])
    url = reverse("wagtail_bulk_action", args=[model._meta.app_label, model._meta.model_name, "delete"])
    client.post(f"{url}?id={obj.pk}")
    assert model.objects.filter(pk=obj.pk).exists()


# The members' registrations for events in the admin (events.Registration, a snippet). "list": the list opens;
# "export": its CSV download, one row a registration; "edit": the edit form opens; "delete": the delete removes it.
REGISTRATION_PERMISSIONS = """
account    list  export  edit  delete
editor     yes   yes     no    no
moderator  yes   yes     yes   yes
member     no    no      no    no
partner    no    no      no    no
anonymous  no    no      no    no
"""


def registration_outcomes(client, registration) -> tuple[str, str, str, str]:
    """("yes" or "no" for the list, the CSV export, the edit form and the delete), through the admin's own views."""
    from events.models import Registration

    namespace = "wagtailsnippets_events_registration"
    listing = client.get(reverse(f"{namespace}:list"))
    export = client.get(reverse(f"{namespace}:list"), {"export": "csv"})
    exported = export.status_code == 200 and export["Content-Type"].startswith("text/csv")
    rows = b"".join(export.streaming_content).decode("utf-8-sig").splitlines() if exported else []
    edit = client.get(reverse(f"{namespace}:edit", args=[registration.pk]))
    client.post(reverse(f"{namespace}:delete", args=[registration.pk]))
    return (
        "yes" if listing.status_code == 200 and registration.user.username.encode() in listing.content else "no",
        "yes" if len(rows) == 2 and registration.user.email in rows[1] else "no",
        "yes" if edit.status_code == 200 and b'name="status"' in edit.content else "no",
        "no" if Registration.objects.filter(pk=registration.pk).exists() else "yes",
    )


@pytest.mark.django_db
def test_who_may_see_export_and_change_registrations(client, home_fr, accounts):
    from events.models import EventIndexPage, Registration

    agenda = factories.add_child(home_fr, EventIndexPage(title="Agenda", slug="agenda"))
    event = factories.event(agenda, start=datetime.datetime(2027, 6, 15, 14, 0, tzinfo=factories.PARIS))
    attendee = User.objects.create_user("attendee-test", email="attendee@example.org")
    mismatches = []
    for line in REGISTRATION_PERMISSIONS.strip().splitlines()[1:]:
        account, *want = line.split()
        registration = Registration.objects.create(event=event, user=attendee, language="fr")
        log_in(client, accounts[account])
        got = registration_outcomes(client, registration)
        if got != tuple(want):
            mismatches.append(f"{account}: list, export, edit, delete = {got}, not {tuple(want)}")
        Registration.objects.filter(pk=registration.pk).delete()
    assert not mismatches, "\n".join(mismatches)
