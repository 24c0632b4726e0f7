"""Bad input in the event editor is a form error, never a 500, and nothing is created."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from events.models import EventPage

pytestmark = pytest.mark.django_db


def form(**fields):
    data = {
        "title": "Rencontre",
        "slug": "rencontre",
        "intro": "",
        "meeting_type": "",
        "start": "2027-06-15 14:00",
        "end": "",
        "announced_when": "",
        "venue": "",
        "address": "",
        "capacity": "",
        "registration_closes": "",
        "themes": inline_formset([]),
        "speakers": inline_formset([]),
        "attendees": inline_formset([]),
        "partnerships": inline_formset([]),
        "agenda": streamfield([]),
        "body": streamfield([]),
    }
    data.update(fields)
    return nested_form_data(data)


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"end": "2027-06-15 13:00"}, "end", "La fin est avant le début."),
        ({"capacity": "0", "registration_enabled": "on"}, "capacity", "supérieure ou égale à 1"),
        ({"capacity": "-3"}, "capacity", "supérieure ou égale à 1"),
        ({"registration_closes": "2027-06-15 15:00"}, "registration_closes", "avant le début"),
        ({"start": "", "end": "2027-06-15 13:00"}, "end", "sans début"),
    ],
)
def test_bad_input_is_a_form_error(admin_client, agenda, fields, field, message):
    url = reverse("wagtailadmin_pages:add", args=["events", "eventpage", agenda.pk])
    response = admin_client.post(url, form(**fields))
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert field in errors and message in " ".join(errors[field]), errors
    assert not EventPage.objects.exists()


def test_good_input_saves_an_all_day_event(admin_client, agenda):
    url = reverse("wagtailadmin_pages:add", args=["events", "eventpage", agenda.pk])
    response = admin_client.post(url, form(end="2027-06-16 09:00", all_day="on", capacity="20"))
    assert response.status_code == 302
    event = EventPage.objects.get(locale=agenda.locale)
    assert (event.first_day.isoformat(), event.last_day.isoformat(), event.capacity) == ("2027-06-15", "2027-06-16", 20)
