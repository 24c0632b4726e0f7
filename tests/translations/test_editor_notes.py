"""The note under a translated string in wagtail-localize's translation editor: its date in the admin's language
(wagtail-localize writes English month names: “Traduit manuellement le 2 December 2026”, issue 14)."""

from urllib.parse import urlencode

import pytest
from django.urls import reverse
from freezegun import freeze_time
from wagtail.users.models import UserProfile

from tests import factories

from .admin_actions import segment, submit

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("language", "note"),
    [("fr", "Traduit manuellement le 2 décembre 2026"), ("en", "Translated manually on 2 December 2026")],
)
def test_the_note_of_a_translated_string_is_dated_in_the_admins_language(
    admin_client, admin_user, testimonies, en, on_commit, language, note
):
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = language
    profile.save()
    translation = submit(admin_client, factories.testimony(testimonies, title="Alençon et Koutiala"), en, on_commit)
    url = reverse(
        "wagtail_localize:edit_string_translation",
        args=[translation.pk, segment(translation, "Alençon et Koutiala").pk],
    )
    with freeze_time("2026-12-02 10:00"):
        response = admin_client.put(
            url, urlencode({"value": "Alençon and Koutiala"}), content_type="application/x-www-form-urlencoded"
        )
    assert response.status_code in (200, 201), response.content
    assert response.json()["comment"] == note
