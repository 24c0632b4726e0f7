"""Front-end accounts: login for restricted pages, logout, password reset by e-mail, lockout after failed logins."""

import datetime
import re

import pytest
from axes.models import AccessAttempt
from django.core import mail
from django.db.models import F

from home.models import ContentPage
from tests import factories

LOGIN = "/fr/account/login/"
FAILURE_LIMIT = 3
COOLOFF = datetime.timedelta(minutes=30)


@pytest.fixture
def restricted_page(home_fr):
    """A section page: the policy gives it a login restriction when published."""
    return factories.add_child(home_fr, ContentPage(title="Le réseau", slug="le-reseau"))


def log_in(client, username, password, next_url=""):
    return client.post(LOGIN, {"username": username, "password": password, "next": next_url})


@pytest.mark.django_db
def test_a_restricted_page_sends_to_the_login_page_and_back(client, restricted_page, accounts):
    response = client.get("/fr/le-reseau/")
    assert response.status_code == 302
    assert response["Location"] == "/fr/account/login/?next=/fr/le-reseau/"

    page = client.get(response["Location"])
    html = page.content.decode()
    assert page.status_code == 200 and '<html lang="fr">' in html
    assert 'name="username"' in html and 'name="password"' in html and 'value="/fr/le-reseau/"' in html
    assert "/fr/account/password-reset/" in html

    response = log_in(client, "member-test", "member-password-2026", "/fr/le-reseau/")
    assert response.status_code == 302 and response["Location"] == "/fr/le-reseau/"
    assert client.get("/fr/le-reseau/").status_code == 200

    response = client.post("/fr/account/logout/")
    assert response.status_code == 302
    assert client.get("/fr/le-reseau/").status_code == 302


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["fr", "en"])
def test_logging_in_and_out_without_next_stays_in_the_language_of_the_page(client, accounts, en, language):
    other = "en" if language == "fr" else "fr"
    form = {"username": "member-test", "password": "member-password-2026"}
    response = client.post(f"/{language}/account/login/", form, HTTP_ACCEPT_LANGUAGE=other)
    assert response.status_code == 302 and response["Location"] == f"/{language}/"
    response = client.post(f"/{language}/account/logout/", HTTP_ACCEPT_LANGUAGE=other)
    assert response.status_code == 302 and response["Location"] == f"/{language}/"


@pytest.mark.django_db
def test_the_english_login_page_is_in_english(client, en):
    html = client.get("/en/account/login/").content.decode()
    assert '<html lang="en">' in html and "Log in" in html


@pytest.mark.django_db
def test_a_wrong_password_is_refused(client, accounts):
    response = log_in(client, "member-test", "not-the-password")
    assert response.status_code == 200
    assert 'class="form-errors"' in response.content.decode()


@pytest.mark.django_db
def test_a_forgotten_password_is_reset_by_email(client, accounts):
    response = client.post("/fr/account/password-reset/", {"email": "member@example.org"})
    assert response.status_code == 302 and response["Location"] == "/fr/account/password-reset/sent/"
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["member@example.org"] and "member-test" in message.body
    link = re.search(r"https?://[^/\s]+(/fr/account/reset/\S+/)", message.body)[1]

    form = client.get(link, follow=True)
    assert form.status_code == 200 and 'name="new_password1"' in form.content.decode()
    response = client.post(
        form.redirect_chain[-1][0],
        {"new_password1": "Un nouveau mot de passe 2026", "new_password2": "Un nouveau mot de passe 2026"},
    )
    assert response.status_code == 302 and response["Location"] == "/fr/account/reset/done/"
    assert log_in(client, "member-test", "Un nouveau mot de passe 2026").status_code == 302


@pytest.mark.django_db
def test_an_unknown_address_gets_the_same_answer_and_no_email(client, accounts):
    response = client.post("/fr/account/password-reset/", {"email": "nobody@example.org"})
    assert response.status_code == 302 and response["Location"] == "/fr/account/password-reset/sent/"
    assert mail.outbox == []


@pytest.fixture
def axes_on(settings):
    """django-axes as in production (it is off in the other tests: see settings/test.py)."""
    settings.AXES_ENABLED = True
    settings.AXES_FAILURE_LIMIT = FAILURE_LIMIT
    settings.AXES_COOLOFF_TIME = COOLOFF


@pytest.mark.django_db
def test_logins_are_blocked_after_the_failure_limit_and_unblocked_after_the_cool_off(client, accounts, axes_on):
    for _ in range(FAILURE_LIMIT - 1):
        assert log_in(client, "member-test", "wrong").status_code == 200  # the form again, with an error

    locked = log_in(client, "member-test", "wrong")
    assert locked.status_code == 429
    assert "Too many failed logins" in locked.content.decode() or "Trop" in locked.content.decode()
    assert "30" in locked.content.decode()  # minutes

    # Locked: even the right password is refused, on the site and in the admin.
    assert log_in(client, "member-test", "member-password-2026").status_code == 429
    admin = client.post("/admin/login/", {"username": "member-test", "password": "member-password-2026"})
    assert admin.status_code == 429

    # Another account from the same address is not locked.
    assert log_in(client, "partner-test", "partner-password-2026").status_code == 302
    client.logout()

    # A minute before the end of the cool-off (axes' own attempt times moved back), still locked; and a try
    # during the lockout starts the cool-off again…
    AccessAttempt.objects.update(attempt_time=F("attempt_time") - COOLOFF + datetime.timedelta(minutes=1))
    assert log_in(client, "member-test", "member-password-2026").status_code == 429
    AccessAttempt.objects.update(attempt_time=F("attempt_time") - datetime.timedelta(minutes=2))
    assert log_in(client, "member-test", "member-password-2026").status_code == 429
    # …and once a whole cool-off has passed, the right password works again.
    AccessAttempt.objects.update(attempt_time=F("attempt_time") - COOLOFF - datetime.timedelta(seconds=1))
    assert log_in(client, "member-test", "member-password-2026").status_code == 302
