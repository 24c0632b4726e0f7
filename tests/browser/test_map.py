"""The directory's map in the browser: outlines, points and lines drawn from the site's own files, the list
beside it reached by Tab (the map is no keyboard trap), and screenshots kept in docs/screenshots/.

The axe checks of the map page (both languages, every role) and the generic keyboard check are in
test_axe.py and test_keyboard.py (``ROUTES``).
"""

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from tests.browser.conftest import BASE_DIR, LANGUAGES
from tests.browser.screens import screenshot
from tests.browser.test_axe import page_path, settle
from tests.browser.test_keyboard import press, press_to_navigate, tab_to

DOCS_SCREENSHOTS = BASE_DIR / "docs" / "screenshots"


def open_map(browser, site, language):
    browser.get(site.url(page_path(site, "DirectoryMap", language)))
    settle(browser)
    return browser.find_element(By.ID, "partnership-map")


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("role", ["member"])
def test_the_map_draws_outlines_points_and_lines_and_lists_them(as_role, site, role, language):
    browser = as_role(role)
    element = open_map(browser, site, language)
    drawn = browser.execute_script(
        """const map = arguments[0];
        return {outlines: map.querySelectorAll(".leaflet-overlay-pane path:not(.leaflet-interactive)").length,
                shapes: map.querySelectorAll(".leaflet-overlay-pane path.leaflet-interactive").length,
                clusters: map.querySelectorAll(".marker-cluster").length,
                failed: performance.getEntriesByType("resource").filter((r) => !r.name.startsWith(location.origin)).length};""",
        element,
    )
    assert drawn["outlines"] > 100  # the countries of world-atlas' 110m map
    assert drawn["shapes"] + drawn["clusters"] >= 6  # the demo's partnerships and their towns
    assert drawn["failed"] == 0  # nothing fetched from another origin
    rows = browser.find_elements(By.CSS_SELECTOR, ".map-list .partnerships > li")
    assert len(rows) >= 6
    screenshot(browser, f"directory-map-{language}", DOCS_SCREENSHOTS)


@pytest.mark.parametrize("role", ["member"])
def test_the_list_is_reached_by_tab_past_the_map_and_opens_an_organisation(as_role, site, role):
    browser = as_role(role)
    element = open_map(browser, site, "fr")
    tab_to(browser, element)  # the map takes the focus (arrows pan it, + and - zoom)…
    press(browser, Keys.ARROW_LEFT)
    links = browser.find_elements(By.CSS_SELECTOR, ".map-list a")
    assert len(links) >= 12
    tab_to(browser, links[0], limit=20)  # …and Tab leaves it: no trap
    tab_to(browser, links[-1], limit=len(links) + 5)
    href = links[-1].get_attribute("href")
    press_to_navigate(browser, Keys.ENTER)
    assert browser.current_url == href and "/annuaire/" in href
