"""The browser suite: the demo site served once, one headless Chromium reused by every test (docs/accessibility.md).

- ``site``: the demo content (``make demo``'s steps: access policy, the real meeting report of ``../shared/archive``,
  the language trees, the search index, ``load_demo``) written once into the test database, served by a live
  server on 127.0.0.1 (a free port of ``TEST_PORT_BASE``'s range, tests/operations/servers.py). Its ``url(path)`` gives an address; ``pages`` the address of
  one page of each page type per language; ``admin`` the admin addresses checked.
- ``browser``: Debian's Chromium (``/usr/bin/chromium``) through its driver (``/usr/bin/chromedriver``), headless,
  1280 × 900 px, asking for English pages (so that a French page reached stays French only by the site's doing).
- ``as_role(role)``: the browser logged in as a demo account (``anonymous``, ``member``, ``partner``, ``staff``),
  through the site's login form; the session is kept while the next test asks for the same role.

The suite is left out of ``make test`` (``--ignore`` in pyproject.toml): it commits the demo content to the test
database, which the rest of the suite expects empty. ``make browser-test`` installs what it needs and runs it.
"""

from dataclasses import dataclass, field
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.urls import reverse
from pytest_django.live_server_helper import LiveServer

from tests.operations.servers import free_port

BASE_DIR = Path(settings.BASE_DIR)
CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
AXE_JS = BASE_DIR / "node_modules" / "axe-core" / "axe.min.js"
ARCHIVE = BASE_DIR.parent / "shared" / "archive"
SCREENSHOTS = BASE_DIR / "var" / "screenshots"
LANGUAGES = ("fr", "en")
ROLES = ("anonymous", "member", "partner", "staff")
# The demo accounts of network_site/demo (README); ``staff`` edits and publishes in the admin.
PASSWORDS = {"member": "demo-member-2026", "partner": "demo-partner-2026", "staff": "demo-staff-2026"}


def pytest_collection_modifyitems(items):
    """Group the tests by role, in the order of ``ROLES``, so that the browser logs in once per role and group."""

    def role_of(item):
        callspec = getattr(item, "callspec", None)
        role = callspec.params.get("role") if callspec else None
        return ROLES.index(role) if role in ROLES else len(ROLES)

    items.sort(key=role_of)


@dataclass
class Site:
    base: str
    pages: dict = field(default_factory=dict)  # (page type name, language) -> path
    admin: dict = field(default_factory=dict)  # name -> path

    def url(self, path: str) -> str:
        return self.base + path


def _page_paths():
    """One live page of each page type, in each language: its path (the first one of the tree's order)."""
    from wagtail.models import Page

    paths = {}
    for page in Page.objects.live().filter(depth__gt=1).order_by("path").specific():
        key = (type(page).__name__, page.locale.language_code)
        if key not in paths:
            paths[key] = page.get_url()
    return paths


def _admin_paths():
    """The admin pages checked: the dashboard, the editor of one page of each type (the French one), the
    translation editor (the English copy of a testimony, edited through wagtail-localize) and the import form."""
    from wagtail.models import Page

    paths = {"dashboard": reverse("wagtailadmin_home"), "import form": reverse("events_import_report")}
    seen = set()
    for page in Page.objects.filter(depth__gt=1, locale__language_code="fr").order_by("path").specific():
        name = type(page).__name__
        if name not in seen:
            seen.add(name)
            paths[f"editor {name}"] = reverse("wagtailadmin_pages:edit", args=[page.pk])
        if name == "TestimonyPage" and "translation editor" not in paths:
            english = page.get_translation(_locale("en"))
            paths["translation editor"] = reverse("wagtailadmin_pages:edit", args=[english.pk])
    return paths


def _locale(code):
    from wagtail.models import Locale

    return Locale.objects.get(language_code=code)


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix, tmp_path_factory):
    """SQLite in a file, not in memory: the live server's threads then open their own connections (an in-memory
    database would be one connection shared by the browser's simultaneous requests, which SQLite refuses)."""
    database = settings.DATABASES["default"]
    if database["ENGINE"].endswith("sqlite3"):
        database.setdefault("TEST", {})["NAME"] = str(tmp_path_factory.mktemp("browser") / "test.sqlite3")


@pytest.fixture(scope="session")
def django_db_setup(django_test_environment, django_db_blocker, django_db_modify_db_settings):
    """The test database, made for the session whatever the tests' marks: the tests carry no ``django_db`` mark,
    which would wrap each of them in a transaction that the live server's requests would run inside (and the
    commit callbacks of wagtail-localize's publishing would never run). What the browser changes stays."""
    from django.test.utils import setup_databases, teardown_databases

    with django_db_blocker.unblock():
        databases = setup_databases(verbosity=0, interactive=False, aliases={"default"})
    yield
    with django_db_blocker.unblock():
        teardown_databases(databases, verbosity=0)


@pytest.fixture(scope="session")
def site(django_db_setup, django_db_blocker):
    """The demo site, built once and served for the whole session (the database stays open to the server's
    thread throughout: pytest-django's blocker would refuse its queries)."""
    with django_db_blocker.unblock():
        call_command("apply_access_policy", verbosity=0)
        call_command("import_report", str(ARCHIVE), publish=True, verbosity=0)
        call_command("sync_locale_trees", verbosity=0)
        call_command("update_index", verbosity=0)
        call_command("load_demo", verbosity=0)
        site = Site("", _page_paths(), _admin_paths())
        server = LiveServer(f"127.0.0.1:{free_port()}")
        site.base = server.url
        yield site
        server.stop()


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for the session."""
    missing = [str(path) for path in (CHROMIUM, CHROMEDRIVER, AXE_JS) if not path.exists()]
    if missing:
        pytest.exit(f"missing {', '.join(missing)}: run `make browser-deps` (or `make browser-test`)", returncode=4)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900"):
        options.add_argument(argument)
    options.add_experimental_option("prefs", {"intl.accept_languages": "en"})
    driver = webdriver.Chrome(options=options, service=Service(executable_path=str(CHROMEDRIVER)))
    driver.set_page_load_timeout(60)
    driver.set_script_timeout(180)  # axe on a long editor page, on a busy machine
    driver.current_role = "anonymous"
    yield driver
    driver.quit()


def log_in(browser, site, role: str):
    """Log the browser in as ``role`` through the French login form (``anonymous``: log out)."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.ui import WebDriverWait

    if browser.current_role == role:
        return
    browser.delete_all_cookies()
    browser.current_role = "anonymous"
    if role == "anonymous":
        return
    browser.get(site.url("/fr/account/login/"))
    browser.find_element(By.NAME, "username").send_keys(role)
    password = browser.find_element(By.NAME, "password")
    password.send_keys(PASSWORDS[role])
    page = browser.find_element(By.TAG_NAME, "html")
    password.submit()
    # submit() may return before the answer has replaced the login page: wait for that page to go (bounded).
    WebDriverWait(browser, 30).until(expected_conditions.staleness_of(page))
    assert "/account/login/" not in browser.current_url, f"login as {role} failed"
    browser.current_role = role


@pytest.fixture
def as_role(browser, site):
    def switch(role):
        log_in(browser, site, role)
        return browser

    return switch
