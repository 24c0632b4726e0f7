"""Logs an operator can use (issue 12, point 3): one ERROR line per request error with its request id and cause,
its traceback, an e-mail to ADMINS, security events at WARNING, Sentry off unless SENTRY_DSN is set."""

import re

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from events.models import MeetingReportIndexPage
from tests.factories import add_child

from .servers import manage, production_env


@pytest.mark.urls("tests.operations.failing_urls")
def test_a_request_error_is_one_error_line_with_its_request_id_cause_and_traceback(db, settings, stderr_log):
    settings.ADMINS = [("Ops", "ops@example.org")]

    response = Client(raise_request_exception=False).get("/boom/")

    assert response.status_code == 500
    request_id = response["X-Request-ID"]
    assert re.fullmatch(r"[0-9a-f]{32}", request_id)
    err = stderr_log.getvalue()
    lines = [line for line in err.splitlines() if " ERROR " in line]
    assert len(lines) == 1, err
    assert f"[{request_id}] django.request: Internal Server Error: /boom/" in lines[0]
    assert lines[0].endswith("— cause: RuntimeError: the view failed on purpose")
    assert "Traceback (most recent call last)" in err and 'raise RuntimeError("the view failed on purpose")' in err
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["ops@example.org"]
    assert "/boom/" in mail.outbox[0].subject


def test_a_refused_import_is_a_security_warning(db, home_fr, admin_client, stderr_log):
    archive = add_child(home_fr, MeetingReportIndexPage(title="Comptes rendus", slug="comptes-rendus"))
    response = admin_client.post(
        "/admin/reports/import/", {"file": SimpleUploadedFile("vide.md", b"\n"), "archive": archive.pk}
    )

    assert response.status_code == 200 and response.context["form"].errors
    lines = [line for line in stderr_log.getvalue().splitlines() if "network_site.security" in line]
    assert len(lines) == 1 and " WARNING " in lines[0] and "Report import refused for admin" in lines[0], lines
    assert "vide.md" in lines[0]


def test_admins_and_sentry_come_from_the_environment(tmp_path):
    show = "from django.conf import settings; import sentry_sdk; print(settings.ADMINS, sentry_sdk.is_initialized())"
    env = production_env(
        tmp_path, DATABASE_URL="sqlite:///unused.sqlite3", ADMINS="ops@example.org, Jane <j@example.org>"
    )
    assert (
        manage(env, "shell", "-c", show).splitlines()[-1]
        == "[('', 'ops@example.org'), ('Jane', 'j@example.org')] False"
    )

    env["SENTRY_DSN"] = "http://public@127.0.0.1:8199/1"  # never reached: nothing is sent at start
    assert manage(env, "shell", "-c", show).splitlines()[-1].endswith("True")
