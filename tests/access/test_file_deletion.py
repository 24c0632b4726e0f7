"""Deleting a meeting report's original: only moderators may, and it never goes unnoticed.

The report page tells staff that its original is gone (members do not see the notice), and the
deletion is logged at WARNING on ``network_site.security``.
"""

import logging

import pytest
from django.urls import reverse

from events.models import MeetingReportIndexPage
from network_site.documents.archive import archive_collection
from tests import factories


@pytest.fixture
def report_with_original(home_fr, accounts):
    reports = factories.add_child(home_fr, MeetingReportIndexPage(title="Comptes rendus", slug="comptes-rendus"))
    report = factories.meeting_report(reports, title="Rencontre de Caen")
    original = factories.document("Compte rendu original de Caen", archive_collection()[0])
    original.uploaded_by_user = accounts["editor"]
    original.save()
    report.original_document = original
    report.save_revision().publish()
    return report, original


NOTICE = "Original des Archives : « Compte rendu original de Caen »"  # the French page, in French


@pytest.mark.django_db
def test_an_editor_cannot_delete_the_original_even_uploaded_by_them(client, accounts, report_with_original):
    report, original = report_with_original
    client.force_login(accounts["editor"])
    client.post(reverse("wagtaildocs:delete", args=[original.pk]))
    report.refresh_from_db()
    assert report.original_document == original


@pytest.mark.django_db
def test_a_deleted_original_is_shown_to_staff_and_logged(client, accounts, report_with_original, caplog, english):
    report, original = report_with_original
    client.force_login(accounts["moderator"])
    with caplog.at_level(logging.WARNING, logger="network_site.security"):
        response = client.post(reverse("wagtaildocs:delete", args=[original.pk]))
    assert response.status_code == 302
    report.refresh_from_db()
    assert report.original_document is None

    warnings = [r for r in caplog.records if r.name == "network_site.security" and r.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert "Compte rendu original de Caen" in warnings[0].getMessage()
    assert str(report.pk) in warnings[0].getMessage()

    for account in ["moderator", "editor"]:
        client.force_login(accounts[account])
        assert NOTICE in client.get(report.url).content.decode(), account
    client.force_login(accounts["member"])
    html = client.get(report.url).content.decode()
    assert "Rencontre de Caen" in html and NOTICE not in html

    # Once staff have dealt with it (a new revision of the page), the notice goes.
    report.save_revision().publish()
    client.force_login(accounts["moderator"])
    assert NOTICE not in client.get(report.url).content.decode()
