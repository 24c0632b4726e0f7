"""Garbage in the page editor's hidden inputs (chooser ids, inline formset ids, rich text JSON) answers 400 as each
staff role, not 500, and stores nothing (``network_site.operations.admin_input``).

The inputs are the ones that gave Wagtail's 500 before (a ``ValueError``, ``OverflowError`` or ``ValidationError``
while reading the form, or an ``AttributeError`` in the rich text converter); the rest of the form is what the
browser sends. ``next`` with nonsense is a plain form post (no 500 either).
"""

import logging

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.fields import StreamField
from wagtail.models import Page, Revision

from tests import factories

from .forms import post_form_fields

pytestmark = pytest.mark.django_db

GARBAGE = {
    "event": ["abc", "99999999999999999999"],  # a page chooser
    "original_document": ["abc"],  # a document chooser
    "attendees-0-organisation": ["abc"],  # a snippet chooser in an inline panel
    "attendees-0-id": ["abc"],  # an inline formset's object id
    "testimonies-0-testimony": ["99999999999999999999"],
    "context": ["abc", "99999999999999999999", '{"blocks": [1]}', '{"blocks": "x"}'],  # rich text (Draftail JSON)
}


def browser_post(client, url, page_class) -> dict:
    """The fields of the editor's form as the browser sends them (an empty StreamField sends its count, 0)."""
    data = {}
    for field, value, _kind in post_form_fields(client.get(url).content.decode()):
        data.setdefault(field, []).append(value)
    for stream in (f.name for f in page_class._meta.get_fields() if isinstance(f, StreamField)):
        data.setdefault(f"{stream}-count", ["0"])
    return data


def refused(response) -> bool:
    """400, or the editor again with a form error (PostgreSQL compares an id beyond its integers and finds nothing)."""
    if response.status_code == 200 and response.context is not None:
        return not response.context["form"].is_valid()  # its own fields' or its inline formsets' errors
    return response.status_code == 400


@pytest.mark.parametrize("role", ["editor", "moderator"])
def test_garbage_in_the_page_editors_hidden_inputs_is_a_400_and_stores_nothing(home_fr, accounts, role, caplog):
    report = factories.site_tree(home_fr)["MeetingReportPage"]
    client = Client()  # an exception raised in a view fails the test (it would be a 500)
    client.force_login(accounts[role])
    url = reverse("wagtailadmin_pages:edit", args=(report.pk,))
    sent = browser_post(client, url, report.specific_class)
    assert {"event", "original_document", "attendees-0-id", "context"} <= set(sent)
    before = (Page.objects.count(), Revision.objects.count())

    for field, values in GARBAGE.items():
        for value in values:
            with caplog.at_level(logging.WARNING, logger="network_site.security"):
                response = client.post(url, {**sent, field: [value]})
            assert refused(response), (field, value, response.status_code)
            assert (Page.objects.count(), Revision.objects.count()) == before, (field, value)
    assert any("malformed admin input refused" in record.getMessage() for record in caplog.records)

    # Nonsense in ``next`` is no 500 either, and the same form without garbage is still saved.
    assert client.post(url, {**sent, "next": ["javascript:alert(1)"]}).status_code < 500
    assert client.post(url, sent).status_code == 302


def test_garbage_in_the_add_form_is_a_400(home_fr, accounts):
    tree = factories.site_tree(home_fr)
    archive = tree["MeetingReportIndexPage"]
    client = Client()
    client.force_login(accounts["editor"])
    url = reverse("wagtailadmin_pages:add", args=("events", "meetingreportpage", archive.pk))
    sent = {**browser_post(client, url, tree["MeetingReportPage"].specific_class), "title": ["Réunion"]}
    before = Page.objects.count()
    assert client.post(url, {**sent, "event": ["abc"]}).status_code == 400
    assert client.post(url, {**sent, "context": ["{"]}).status_code == 400
    assert Page.objects.count() == before
