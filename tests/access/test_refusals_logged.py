"""A refused edit or deletion of a document or an image is a WARNING on ``network_site.security``, with the user and
the file's id, and changes nothing (``network_site.access.refusals``).

The editor may change and delete the files they uploaded (outside the Archive collection), not another person's.
"""

import logging

import pytest
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def files_of_the_moderator(accounts):
    document = factories.document("Budget du jumelage")
    image = factories.image("Puits de Koutiala")
    for file in (document, image):
        file.uploaded_by_user = accounts["moderator"]
        file.save()
    return document, image


def security_warnings(caplog) -> list[str]:
    return [
        record.getMessage()
        for record in caplog.records
        if record.name == "network_site.security" and record.levelno == logging.WARNING
    ]


REFUSALS = {
    "delete a document": ("post", "wagtaildocs:delete", 0, "delete document"),
    "edit a document": ("post", "wagtaildocs:edit", 0, "change document"),
    "open a document's editor": ("get", "wagtaildocs:edit", 0, "change document"),
    "delete a document (multiple upload)": ("post", "wagtaildocs:delete_multiple", 0, "delete document"),
    "edit a document (multiple upload)": ("post", "wagtaildocs:edit_multiple", 0, "change document"),
    "delete an image": ("post", "wagtailimages:delete", 1, "delete image"),
    "edit an image": ("post", "wagtailimages:edit", 1, "change image"),
    "delete an image (multiple upload)": ("post", "wagtailimages:delete_multiple", 1, "delete image"),
    "edit an image (multiple upload)": ("post", "wagtailimages:edit_multiple", 1, "change image"),
}


@pytest.mark.parametrize("case", REFUSALS, ids=list(REFUSALS))
def test_an_editor_refused_on_another_persons_file_is_logged(client, accounts, files_of_the_moderator, caplog, case):
    method, name, which, action_and_kind = REFUSALS[case]
    file = files_of_the_moderator[which]
    editor = accounts["editor"]
    client.force_login(editor)
    data = {"title": "Effacé"} if method == "post" else None
    headers = {"X-Requested-With": "XMLHttpRequest"} if "multiple" in name else {}
    url = reverse(name, args=[file.pk])
    with caplog.at_level(logging.WARNING, logger="network_site.security"):
        response = getattr(client, method)(url, data, headers=headers)

    assert response.status_code in (302, 403)  # Wagtail's answer: back to the dashboard, or 403 to a script
    assert security_warnings(caplog) == [
        f"file permission refused: user {editor.username!r} (id {editor.pk}) may not "
        f"{action_and_kind} {file.pk} ({url})"
    ]
    file.refresh_from_db()
    assert file.title in ("Budget du jumelage", "Puits de Koutiala")


@pytest.mark.parametrize("name", ["wagtaildocs:delete", "wagtailimages:delete"])
def test_a_permitted_deletion_logs_no_refusal(client, accounts, files_of_the_moderator, caplog, name):
    file = files_of_the_moderator[0 if name.startswith("wagtaildocs") else 1]
    client.force_login(accounts["moderator"])
    with caplog.at_level(logging.WARNING, logger="network_site.security"):
        assert client.post(reverse(name, args=[file.pk])).status_code == 302
    assert not any("refused" in message for message in security_warnings(caplog))
    model = get_document_model() if name.startswith("wagtaildocs") else get_image_model()
    assert not model.objects.filter(pk=file.pk).exists()
