"""Security headers, checked files and the production settings."""

import os
import subprocess
import sys

import pytest
from django.conf import settings
from wagtail.utils.sendfile import _get_sendfile

from cases.models import LegalFrameworkIndexPage
from tests import factories


def directives(response):
    parts = [part.split() for part in response["Content-Security-Policy"].split(";") if part.strip()]
    return {part[0]: part[1:] for part in parts}


@pytest.mark.django_db
def test_the_site_has_a_strict_content_security_policy(client, home_fr):
    response = client.get("/fr/")
    policy = directives(response)
    assert policy["default-src"] == ["'self'"]
    assert policy["script-src"] == ["'self'"] and policy["style-src"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'none'"] and policy["object-src"] == ["'none'"]
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"

    login = directives(client.get("/admin/login/"))
    assert login["script-src"] == ["'self'"] and login["style-src"] == ["'self'"]


@pytest.mark.django_db
def test_the_admin_gets_what_it_needs(client, accounts):
    client.force_login(accounts["editor"])
    response = client.get("/admin/")
    assert response.status_code == 200
    policy = directives(response)
    assert "'unsafe-inline'" in policy["script-src"] and "'unsafe-eval'" not in policy["script-src"]
    assert policy["frame-ancestors"] == ["'self'"]  # the editor's preview panel
    assert "gravatar" not in response.content.decode()


@pytest.mark.django_db
def test_media_files_are_never_served_as_a_folder(client, home_fr, accounts):
    document = factories.document()
    client.force_login(accounts["moderator"])
    assert client.get(f"/media/{document.file.name}").status_code == 404
    image = factories.image()
    assert client.get(f"/media/{image.file.name}").status_code == 200
    assert client.get(f"/media/images/../{image.file.name}").status_code == 404
    assert client.get("/media/original_images/missing.png").status_code == 404


@pytest.fixture
def nginx_sendfile(settings):
    settings.SENDFILE_BACKEND = "network_site.access.sendfile_nginx"
    settings.SENDFILE_URL = "/protected-media/"
    _get_sendfile.clear()
    yield
    _get_sendfile.clear()


@pytest.mark.django_db
def test_with_sendfile_nginx_sends_the_checked_files(client, home_fr, nginx_sendfile):
    legal = factories.add_child(home_fr, LegalFrameworkIndexPage(title="Cadre juridique", slug="cadre-juridique"))
    law = factories.legal_text(legal)
    image, document = factories.image(), factories.document()
    law.body.append(("image", {"image": image, "alt_text": "Photo", "caption": ""}))
    law.body.append(("document_link", {"document": document, "title": ""}))
    law.save_revision().publish()

    response = client.get(document.url)
    assert response.status_code == 200 and response.content == b""
    assert response["X-Accel-Redirect"] == f"/protected-media/{document.file.name}"
    response = client.get(image.file.url)
    assert response["X-Accel-Redirect"] == f"/protected-media/{image.file.name}"
    assert "private" in response["Cache-Control"]


def production_env(**extra):
    env = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "DATABASE_URL", "AXES_"))}
    env.update(
        DJANGO_SETTINGS_MODULE="network_site.settings.production",
        SECRET_KEY="a-long-random-production-like-secret-key-0123456789-abcdefghijklmnop",
        ALLOWED_HOSTS="intranet.example.org",
        DATABASE_URL="sqlite:///:memory:",
    )
    env.update(extra)
    return env


def run_python(args, env):
    """Run this project's Python (fixed arguments: no untrusted input) in a fresh process."""
    return subprocess.run(  # noqa: S603
        [sys.executable, *args], cwd=settings.BASE_DIR, env=env, capture_output=True, text=True, timeout=120
    )


def settings_value(expression, env):
    result = run_python(
        ["-c", f"import django; django.setup(); from django.conf import settings; print({expression})"], env
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.split()


def test_check_deploy_reports_nothing_with_production_settings():
    result = run_python(["manage.py", "check", "--deploy", "--fail-level", "WARNING"], production_env())
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


def test_production_never_shows_debug_pages_even_if_asked():
    expression = "settings.DEBUG, settings.SESSION_COOKIE_SECURE, settings.CSRF_COOKIE_SECURE"
    assert settings_value(expression, production_env(DEBUG="True")) == ["False", "True", "True"]


def test_lockout_and_session_settings_come_from_the_environment():
    """``AXES_FAILURE_LIMIT`` (failed logins), ``AXES_COOLOFF_TIME`` (minutes), ``SESSION_COOKIE_AGE`` (seconds)."""
    expression = "settings.AXES_FAILURE_LIMIT, settings.AXES_COOLOFF_TIME, settings.SESSION_COOKIE_AGE"
    assert settings_value(expression, production_env()) == ["5", "0:30:00", "43200"]
    custom = production_env(AXES_FAILURE_LIMIT="10", AXES_COOLOFF_TIME="5", SESSION_COOKIE_AGE="3600")
    assert settings_value(expression, custom) == ["10", "0:05:00", "3600"]
