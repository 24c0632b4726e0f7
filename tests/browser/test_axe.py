"""Zero axe violations (WCAG 2.1 A and AA) on every page type, in French and English, for each role, and in the admin.

A private page opened anonymously shows the login page, a members-only one opened by a partner the 403 page: both
are checked as what that visitor gets. Each page type is also photographed at 1280 and 375 px (``screenshots``,
written to var/screenshots/, git-ignored) once, as a member, who may open them all.
"""

import pytest

from tests.browser import axe
from tests.browser.conftest import LANGUAGES, ROLES
from tests.browser.screens import screenshot

PAGE_TYPES = [
    "HomePage",
    "ContentPage",
    "GlossaryPage",
    "TestimonyIndexPage",
    "TestimonyPage",
    "LegalFrameworkIndexPage",
    "LegalTextPage",
    "EventIndexPage",
    "EventPage",
    "MeetingReportIndexPage",
    "MeetingReportPage",
    "DirectoryIndexPage",
]
# Pages that are not page types of the tree: path after the language prefix.
OTHER_PAGES = {
    "search": "search/?query=jumelage",
    "login": "account/login/",
    "not found": "no-such-page/",
}
# Routes of a page type (its path + the route): the directory's map, drawn by its JavaScript (waited for).
ROUTES = {"DirectoryMap": ("DirectoryIndexPage", "map/")}
# Rules turned off on one admin page, each with the reason (docs/accessibility.md, "Browser tests"): rules broken
# inside Wagtail's own markup that the project cannot fix cleanly. Empty is the goal.
EXCLUSIONS: dict[str, tuple[str, ...]] = {}


def page_path(site, name, language):
    if name in OTHER_PAGES:
        return f"/{language}/{OTHER_PAGES[name]}"
    if name in ROUTES:
        page_type, route = ROUTES[name]
        return page_path(site, page_type, language) + route
    assert (name, language) in site.pages, f"the demo has no live {name} in {language}"
    return site.pages[name, language]


def settle(browser, timeout=60):
    """Wait until the directory's map, when the page shows one, has drawn what it fetches (``data-state``)."""
    from selenium.webdriver.support.ui import WebDriverWait

    if browser.find_elements("id", "partnership-map"):
        WebDriverWait(browser, timeout).until(
            lambda b: b.find_element("id", "partnership-map").get_attribute("data-state") is not None
        )
        assert browser.find_element("id", "partnership-map").get_attribute("data-state") == "ready"


def check(browser, name):
    found = axe.violations(browser, EXCLUSIONS.get(name, ()))
    assert not found, f"{name} at {browser.current_url}:\n{axe.describe(found)}"


@pytest.mark.parametrize("name", PAGE_TYPES + list(ROUTES) + list(OTHER_PAGES))
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("role", ROLES)
def test_page_has_no_axe_violation(as_role, site, role, language, name):
    browser = as_role(role)
    browser.get(site.url(page_path(site, name, language)))
    settle(browser)
    assert browser.find_element("css selector", "html").get_attribute("lang") == language
    if role == "member":
        screenshot(browser, f"{name}-{language}")
    check(browser, name)


ADMIN_PAGES = [
    "dashboard",
    *(f"editor {name}" for name in PAGE_TYPES),
    "translation editor",
    "import form",
]


@pytest.mark.parametrize("name", ADMIN_PAGES)
@pytest.mark.parametrize("role", ["staff"])
def test_admin_page_has_no_axe_violation(as_role, site, role, name):
    browser = as_role(role)
    assert name in site.admin, f"no admin page {name}"
    browser.get(site.url(site.admin[name]))
    assert "/login/" not in browser.current_url
    check(browser, f"admin {name}")
