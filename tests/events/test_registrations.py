"""Registrations: one click, capacity and waiting list, closing time, staff's CSV export, the confirmation
e-mail with the event's .ics and the reminders of the day before, in the member's language."""

import csv
import io

import pytest
from django.contrib.auth.models import User
from django.core import mail
from django.core.management import call_command
from django.test import TestCase
from django.urls import reverse
from icalendar import Calendar

from events.agenda import registrations
from events.models import Registration
from tests.events.conftest import paris

pytestmark = pytest.mark.django_db


@pytest.fixture
def people(db):
    return [User.objects.create_user(f"membre{i}", email=f"membre{i}@example.org") for i in range(4)]


@pytest.fixture
def full_event(make_event):
    return make_event("Atelier", paris(2027, 2, 1, 14, 0), registration_enabled=True, capacity=2)


def statuses(event):
    return [(r.user.username, r.status) for r in Registration.objects.filter(event=event)]


def register(event, user, language="fr"):
    with TestCase.captureOnCommitCallbacks(execute=True):
        return registrations.register(event, user, language)


def test_past_capacity_members_go_to_the_waiting_list_and_a_cancellation_promotes_the_first(frozen, full_event, people):
    for user in people:
        register(full_event, user)
    assert statuses(full_event) == [
        ("membre0", "confirmed"),
        ("membre1", "confirmed"),
        ("membre2", "waiting"),
        ("membre3", "waiting"),
    ]
    mail.outbox.clear()
    with TestCase.captureOnCommitCallbacks(execute=True):
        promoted = registrations.cancel(full_event, people[0])
    assert promoted.user == people[2]
    assert statuses(full_event) == [("membre1", "confirmed"), ("membre2", "confirmed"), ("membre3", "waiting")]
    assert [message.to for message in mail.outbox] == [["membre2@example.org"]]
    # A waiting member who cancels frees no place.
    with TestCase.captureOnCommitCallbacks(execute=True):
        assert registrations.cancel(full_event, people[3]) is None


def test_registering_twice_is_refused(frozen, full_event, people):
    register(full_event, people[0])
    with pytest.raises(registrations.RegistrationRefused, match="déjà inscrit"):
        register(full_event, people[0])
    assert Registration.objects.count() == 1


def test_registering_after_closing_is_refused_with_a_message(frozen, member_client, make_event):
    event = make_event(
        "Clos", paris(2027, 2, 1, 14, 0), registration_enabled=True, registration_closes=paris(2027, 1, 5, 18, 0)
    )
    response = member_client.post(reverse("events:register", args=[event.pk]), follow=True)
    assert not Registration.objects.exists()
    html = response.content.decode()
    assert "Les inscriptions ont fermé le mardi 5 janvier 2027, 18 h 00." in html


def test_one_click_registration_and_cancellation_from_the_event_page(frozen, member_client, member, full_event):
    html = member_client.get(full_event.url).content.decode()
    assert reverse("events:register", args=[full_event.pk]) in html
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = member_client.post(reverse("events:register", args=[full_event.pk]), follow=True)
    assert statuses(full_event) == [(member.username, "confirmed")]
    assert reverse("events:cancel", args=[full_event.pk]) in response.content.decode()
    member_client.post(reverse("events:cancel", args=[full_event.pk]))
    assert statuses(full_event) == []
    assert member_client.get(reverse("events:register", args=[full_event.pk])).status_code == 405


def test_the_confirmation_email_has_the_ics_attached_in_the_members_language(frozen, full_event, people):
    register(full_event, people[0], language="en")
    (message,) = mail.outbox
    assert message.subject == "Registration confirmed: Atelier"
    assert "Monday 1 February 2027, 2:00 pm" in message.body
    ((filename, content, mimetype),) = message.attachments
    assert filename == "atelier.ics" and mimetype.startswith("text/calendar")
    (component,) = Calendar.from_ical(content).walk("VEVENT")
    assert component["DTSTART"].dt == paris(2027, 2, 1, 14, 0)


def test_reminders_go_the_day_before_once_in_the_members_language(frozen, make_event, people):
    tomorrow = make_event("Demain", paris(2027, 1, 11, 9, 0), registration_enabled=True)
    later = make_event("Plus tard", paris(2027, 1, 12, 9, 0), registration_enabled=True)
    register(tomorrow, people[0], "fr")
    register(tomorrow, people[1], "en")
    register(later, people[2], "fr")
    mail.outbox.clear()
    out = io.StringIO()
    call_command("send_event_reminders", stdout=out)
    assert sorted(message.subject for message in mail.outbox) == ["Demain : Demain", "Tomorrow: Demain"]
    mail.outbox.clear()
    call_command("send_event_reminders", stdout=out)
    assert mail.outbox == []


def test_staff_export_one_csv_row_per_registration(frozen, admin_client, full_event, people):
    for user in people[:3]:
        register(full_event, user)
    response = admin_client.get(reverse("wagtailsnippets_events_registration:list") + "?export=csv")
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    assert rows[0] == ["Événement", "Début", "Membre", "E-mail", "État", "Langue", "Inscrit le"]
    assert len(rows) == 4
    assert {row[3] for row in rows[1:]} == {"membre0@example.org", "membre1@example.org", "membre2@example.org"}
    assert [row[4] for row in rows[1:]].count("Liste d'attente") == 1
    assert admin_client.get(reverse("wagtailsnippets_events_registration:list")).status_code == 200
