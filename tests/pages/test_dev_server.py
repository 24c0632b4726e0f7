"""`make run` (dev settings, DEBUG on): the site's own 404 page, and the printed admin address follows ADDRESS."""

import os
import subprocess
import sys

import pytest
from django.conf import settings as django_settings

from network_site.settings import dev

ROOT = django_settings.BASE_DIR


@pytest.mark.django_db
def test_a_missing_page_under_debug_is_the_sites_404_page(client, settings, home_fr):
    settings.DEBUG = True
    settings.MIDDLEWARE = dev.MIDDLEWARE
    response = client.get("/fr/pas-de-page-ici/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Page introuvable" in html and '<html lang="fr">' in html
    assert "DEBUG = True" not in html and "Raised by" not in html  # not Django's technical page


def admin_address(**environ):
    """The WAGTAILADMIN_BASE_URL of the dev settings in a fresh interpreter with ``environ``."""
    env = {key: value for key, value in os.environ.items() if key not in {"ADDRESS", "WAGTAILADMIN_BASE_URL"}}
    code = "from network_site.settings import dev; print(dev.WAGTAILADMIN_BASE_URL)"
    result = subprocess.run(  # noqa: S603 - our own interpreter and code
        [sys.executable, "-c", code], cwd=ROOT, env={**env, **environ}, capture_output=True, text=True, check=True
    )
    return result.stdout.strip()


def test_the_admin_address_follows_address():
    assert admin_address() == "http://127.0.0.1:8000"
    assert admin_address(ADDRESS="127.0.0.1:8123") == "http://127.0.0.1:8123"
    assert admin_address(ADDRESS="8124") == "http://127.0.0.1:8124"
    assert admin_address(ADDRESS="8124", WAGTAILADMIN_BASE_URL="https://intranet.example.org") == (
        "https://intranet.example.org"
    )


def test_make_passes_address_to_the_commands_it_runs():
    result = subprocess.run(  # noqa: S603 - a fixed command
        ["/usr/bin/make", "-s", "--eval", "show-address: ; @echo $$ADDRESS", "show-address", "ADDRESS=127.0.0.1:8125"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == "127.0.0.1:8125"
