"""Lockout and password reset limits that an attacker cannot turn against the account's owner.

- the lock is on one username *from one address*; behind a trusted proxy the address is the
  client's (``X-Forwarded-For``), never what the client wrote in that header itself;
- a password set through a reset link lifts the lockout;
- password reset requests are limited per address and per account, with the same answer;
- lockouts are logged at WARNING on ``network_site.security``.
"""

import logging
import re

import pytest
from django.core import mail

LOGIN = "/fr/account/login/"
RESET = "/fr/account/password-reset/"
FAILURE_LIMIT = 3
PROXY = "127.0.0.1"
ATTACKER, OWNER = "198.51.100.9", "203.0.113.5"

pytestmark = pytest.mark.django_db


@pytest.fixture
def axes_on(settings):
    """django-axes as in production (it is off in the other tests: see settings/test.py)."""
    settings.AXES_ENABLED = True
    settings.AXES_FAILURE_LIMIT = FAILURE_LIMIT


@pytest.fixture
def behind_proxy(settings):
    settings.TRUSTED_PROXY_COUNT = 1


def log_in(client, password, forwarded_for=None, remote=PROXY, username="member-test", url=LOGIN):
    headers = {"REMOTE_ADDR": remote}
    if forwarded_for is not None:
        headers["HTTP_X_FORWARDED_FOR"] = forwarded_for
    response = client.post(url, {"username": username, "password": password}, **headers)
    client.logout()
    return response.status_code


def lock_out(client, forwarded_for=None, remote=PROXY):
    for _ in range(FAILURE_LIMIT):
        log_in(client, "wrong", forwarded_for, remote)
    assert log_in(client, "member-password-2026", forwarded_for, remote) == 429


def test_behind_the_proxy_a_lockout_holds_only_for_the_attackers_address(client, accounts, axes_on, behind_proxy):
    lock_out(client, forwarded_for=ATTACKER)
    assert log_in(client, "member-password-2026", forwarded_for=OWNER) == 302
    assert log_in(client, "member-password-2026", forwarded_for=OWNER, url="/admin/login/") == 302
    # What the attacker writes in the header is not their address: the proxy's last hop is.
    assert log_in(client, "member-password-2026", forwarded_for=f"{OWNER}, {ATTACKER}") == 429


def test_without_a_trusted_proxy_the_header_is_ignored(client, accounts, axes_on):
    lock_out(client, forwarded_for="192.0.2.1", remote=ATTACKER)
    assert log_in(client, "member-password-2026", forwarded_for="192.0.2.2", remote=ATTACKER) == 429
    assert log_in(client, "member-password-2026", remote=OWNER) == 302


def test_a_lockout_is_logged(client, accounts, axes_on, caplog):
    with caplog.at_level(logging.WARNING, logger="network_site.security"):
        lock_out(client, remote=ATTACKER)
    lines = [r.getMessage() for r in caplog.records if r.name == "network_site.security"]
    assert lines and all("member-test" in line and ATTACKER in line for line in lines)


def reset_password(client, email, new_password, remote=OWNER):
    response = client.post(RESET, {"email": email}, REMOTE_ADDR=remote)
    assert response.status_code == 302
    link = re.search(r"https?://[^/\s]+(/fr/account/reset/\S+/)", mail.outbox[-1].body)[1]
    form = client.get(link, follow=True, REMOTE_ADDR=remote)
    done = client.post(
        form.redirect_chain[-1][0], {"new_password1": new_password, "new_password2": new_password}, REMOTE_ADDR=remote
    )
    assert done.status_code == 302 and done["Location"] == "/fr/account/reset/done/"


def test_a_password_reset_lifts_the_lockout(client, accounts, axes_on):
    lock_out(client, remote=OWNER)
    reset_password(client, "member@example.org", "Un nouveau mot de passe 2026")
    assert log_in(client, "Un nouveau mot de passe 2026", remote=OWNER) == 302


def ask_reset(client, email, remote):
    response = client.post(RESET, {"email": email}, REMOTE_ADDR=remote)
    return response.status_code, response["Location"]


def test_reset_requests_are_limited_per_address_with_the_same_answer(client, accounts, settings):
    settings.PASSWORD_RESET_LIMIT_PER_ADDRESS = 2
    answers = {ask_reset(client, email, ATTACKER) for email in ["member@example.org", "partner@example.org"]}
    assert len(mail.outbox) == 2
    answers |= {ask_reset(client, email, ATTACKER) for email in ["editor@example.org", "nobody@example.org"]}
    assert len(mail.outbox) == 2  # over the limit: no e-mail…
    assert answers == {(302, "/fr/account/password-reset/sent/")}  # …and the same answer
    ask_reset(client, "editor@example.org", OWNER)
    assert len(mail.outbox) == 3  # another address is not limited


def test_reset_requests_are_limited_per_account_from_any_address(client, accounts, settings, caplog):
    settings.PASSWORD_RESET_LIMIT_PER_ACCOUNT = 2
    with caplog.at_level(logging.WARNING, logger="network_site.security"):
        answers = {ask_reset(client, "Member@Example.org", f"192.0.2.{i}") for i in range(5)}
    assert len(mail.outbox) == 2
    assert answers == {(302, "/fr/account/password-reset/sent/")}
    assert len([r for r in caplog.records if r.name == "network_site.security"]) == 3
    ask_reset(client, "partner@example.org", "192.0.2.1")
    assert len(mail.outbox) == 3
