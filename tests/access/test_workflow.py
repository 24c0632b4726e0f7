"""Publishing goes through the moderators: editors submit, moderators approve; scheduled publishing works."""

import datetime

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Page, Revision, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from home.models import ContentPage
from tests import factories


@pytest.fixture
def page(home_fr):
    return factories.add_child(
        home_fr, ContentPage(title="Le réseau", slug="le-reseau", body=[("paragraph", "<p>Qui sommes-nous.</p>")])
    )


def edit_form(title, **extra):
    """The page editor's form for a ``ContentPage`` with an empty body."""
    data = nested_form_data(
        {
            "title": title,
            "slug": "le-reseau",
            "intro": "",
            "body": streamfield([]),
            "comments": inline_formset([]),
        }
    )
    data.update(extra)
    return data


def live_title(page):
    return Page.objects.get(pk=page.pk).specific.title


@pytest.mark.django_db
def test_an_editor_cannot_publish_and_submits_to_the_moderators_who_publish(client, page, accounts):
    edit_url = f"/admin/pages/{page.pk}/edit/"

    client.force_login(accounts["editor"])
    response = client.post(edit_url, edit_form("Le réseau, version revue", **{"action-publish": "publish"}))
    assert response.status_code == 302
    assert live_title(page) == "Le réseau"  # not published: saved as a draft
    assert Page.objects.get(pk=page.pk).has_unpublished_changes

    response = client.post(edit_url, edit_form("Le réseau, version revue", **{"action-submit": "submit"}))
    assert response.status_code == 302
    state = WorkflowState.objects.get(base_content_type__model="page", object_id=str(page.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.current_task_state.task.name == "Moderators approval"
    assert live_title(page) == "Le réseau"
    assert any(accounts["moderator"].email in message.to for message in mail.outbox)  # moderators are told

    # The editor cannot approve their own submission…
    approve_url = f"/admin/pages/workflow/action/{page.pk}/approve/{state.current_task_state.pk}/"
    client.post(approve_url, {})
    assert live_title(page) == "Le réseau"

    # …a moderator does, and that publishes the page.
    client.force_login(accounts["moderator"])
    response = client.post(approve_url, {})
    assert response.status_code in (200, 302)
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED
    assert live_title(page) == "Le réseau, version revue"
    assert not Page.objects.get(pk=page.pk).has_unpublished_changes


@pytest.mark.django_db
def test_a_moderator_publishes_directly(client, page, accounts):
    client.force_login(accounts["moderator"])
    response = client.post(
        f"/admin/pages/{page.pk}/edit/", edit_form("Le réseau en bref", **{"action-publish": "publish"})
    )
    assert response.status_code == 302
    assert live_title(page) == "Le réseau en bref"


@pytest.mark.django_db
def test_an_approved_change_with_a_go_live_date_is_published_by_publish_scheduled(client, page, accounts):
    go_live = timezone.localtime() + datetime.timedelta(days=2)
    client.force_login(accounts["editor"])
    client.post(
        f"/admin/pages/{page.pk}/edit/",
        edit_form("Le réseau en 2026", go_live_at=go_live.strftime("%Y-%m-%d %H:%M"), **{"action-submit": "submit"}),
    )
    state = WorkflowState.objects.get(base_content_type__model="page", object_id=str(page.pk))
    client.force_login(accounts["moderator"])
    client.post(f"/admin/pages/workflow/action/{page.pk}/approve/{state.current_task_state.pk}/", {})

    revision = Revision.objects.filter(object_id=str(page.pk), approved_go_live_at__isnull=False).get()
    assert live_title(page) == "Le réseau"  # approved, waiting for its date

    call_command("publish_scheduled")  # as cron does: too early, nothing happens
    assert live_title(page) == "Le réseau"

    # Two days later: rather than waiting, the revision's dates are moved to a minute ago.
    past = timezone.now() - datetime.timedelta(minutes=1)
    revision.content["go_live_at"] = past.isoformat()
    revision.approved_go_live_at = past
    revision.save(update_fields=["content", "approved_go_live_at"])
    call_command("publish_scheduled")
    assert live_title(page) == "Le réseau en 2026"
