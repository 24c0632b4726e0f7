"""The keyboard alone: the skip link comes first, every control is reached by Tab with a visible focus (an outline
of at least 3:1 contrast against what is behind it, from the computed styles), and menus and filters work.

The contrast is WCAG 2.1's (relative luminance, https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio), required at
3:1 for focus indicators by WCAG 2.2's 2.4.13 and by our brief.
"""

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait

from tests.browser.test_axe import PAGE_TYPES, ROUTES, page_path, settle

MIN_CONTRAST = 3.0
MAX_TABS = 200

# The focused element: an id for it, its outline and the colour behind the outline (the first ancestor with a
# background that is not transparent; the page's white otherwise).
_FOCUS = """
const el = document.activeElement;
if (!el || el === document.body) return null;
if (!el.dataset.tabSeen) el.dataset.tabSeen = String(Object.keys(window.__seen = window.__seen || {}).length);
window.__seen[el.dataset.tabSeen] = true;
const style = getComputedStyle(el);
let behind = el.parentElement, background = "rgb(255, 255, 255)";
for (; behind; behind = behind.parentElement) {
  const colour = getComputedStyle(behind).backgroundColor;
  if (colour !== "transparent" && !/rgba\\(.*, 0\\)$/.test(colour)) { background = colour; break; }
}
return {key: el.dataset.tabSeen, tag: el.tagName, text: (el.innerText || el.name || el.id || "").slice(0, 60),
        classes: el.className, outlineStyle: style.outlineStyle, outlineWidth: parseFloat(style.outlineWidth),
        outlineColor: style.outlineColor, background};
"""
# Every control a pointer could use (visible links, buttons, form fields) that Tab did not reach.
_CONTROLS = """
const selector = "a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]:not([tabindex='-1'])";
return [...document.querySelectorAll(selector)].filter((el) => {
  if (el.disabled || el.closest("[inert], [hidden]")) return false;
  const box = el.getBoundingClientRect(), style = getComputedStyle(el);
  return box.width > 0 && box.height > 0 && style.visibility !== "hidden";
}).filter((el) => el.dataset.tabSeen === undefined)
  // A radio group takes one Tab stop; the arrows move within it.
  .filter((el) => !(el.type === "radio" && document.querySelector(
    `input[type=radio][name="${CSS.escape(el.name)}"][data-tab-seen]`)))
  .map((el) => el.outerHTML.slice(0, 120));
"""


def _channels(colour: str):
    numbers = colour[colour.index("(") + 1 : colour.index(")")].replace("/", ",").split(",")
    return [float(n) for n in numbers[:3]]


def luminance(colour: str) -> float:
    """Relative luminance of a CSS ``rgb()``/``rgba()`` colour (0 black … 1 white), WCAG 2.1's formula."""
    linear = []
    for channel in _channels(colour):
        c = channel / 255
        linear.append(c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4)
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(first: str, second: str) -> float:
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_contrast_is_wcag_ratio():
    assert contrast("rgb(0, 0, 0)", "rgb(255, 255, 255)") == pytest.approx(21)
    assert contrast("rgb(255, 191, 71)", "rgb(255, 255, 255)") < MIN_CONTRAST  # the old yellow ring on white


def press(browser, *keys):
    ActionChains(browser).send_keys(*keys).perform()


def press_to_navigate(browser, *keys, timeout=30):
    """Press ``keys`` that open another page and wait until it has replaced this one: the keys are sent without
    waiting for the navigation they start, so the address read at once may still be the old page's."""
    page = browser.find_element(By.TAG_NAME, "html")
    press(browser, *keys)
    WebDriverWait(browser, timeout).until(expected_conditions.staleness_of(page))


@pytest.mark.parametrize("name", PAGE_TYPES + list(ROUTES) + ["search"])
@pytest.mark.parametrize("role", ["member"])
def test_skip_link_first_then_every_control_by_tab_with_visible_focus(as_role, site, role, name):
    browser = as_role(role)
    browser.get(site.url(page_path(site, name, "fr")))
    settle(browser)
    press(browser, Keys.TAB)
    first = browser.switch_to.active_element
    assert "skip-link" in first.get_attribute("class"), first.get_attribute("outerHTML")
    assert first.location["x"] >= 0 and first.is_displayed()

    problems = []
    seen_first = None
    for _ in range(MAX_TABS):
        focus = browser.execute_script(_FOCUS)
        if focus is None:  # past the last control: the browser's own interface
            break
        if focus["key"] == seen_first:
            break
        seen_first = seen_first or focus["key"]
        if focus["outlineStyle"] == "none" or focus["outlineWidth"] < 2:
            problems.append(f"no outline: {focus}")
        elif contrast(focus["outlineColor"], focus["background"]) < MIN_CONTRAST:
            ratio = contrast(focus["outlineColor"], focus["background"])
            problems.append(f"outline contrast {ratio:.2f}: {focus}")
        press(browser, Keys.TAB)
    else:
        pytest.fail(f"more than {MAX_TABS} controls on {name}")
    assert not problems, "\n".join(problems)
    unreached = browser.execute_script(_CONTROLS)
    assert not unreached, f"not reached by Tab on {name}: {unreached}"


@pytest.mark.parametrize("role", ["member"])
def test_skip_link_moves_focus_to_the_content(as_role, site, role):
    browser = as_role(role)
    browser.get(site.url(page_path(site, "HomePage", "fr")))
    press(browser, Keys.TAB)
    press(browser, Keys.ENTER)
    assert browser.switch_to.active_element.get_attribute("id") == "main"


def tab_to(browser, element, limit=MAX_TABS):
    """Press Tab until ``element`` has the focus (fails past ``limit``)."""
    for _ in range(limit):
        press(browser, Keys.TAB)
        if browser.switch_to.active_element == element:
            return
    pytest.fail(f"Tab never reached {element.get_attribute('outerHTML')[:120]}")


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("role", ["member"])
def test_every_main_menu_item_opens_with_the_keyboard(as_role, site, role, language):
    browser = as_role(role)
    home = site.url(page_path(site, "HomePage", language))
    browser.get(home)
    count = len(browser.find_elements(By.CSS_SELECTOR, ".main-menu a"))
    assert count >= 5
    for index in range(count):
        browser.get(home)
        link = browser.find_elements(By.CSS_SELECTOR, ".main-menu a")[index]
        href = link.get_attribute("href")
        tab_to(browser, link)
        press_to_navigate(browser, Keys.ENTER)
        assert browser.current_url.split("?")[0] == href.split("?")[0]


@pytest.mark.parametrize("role", ["member"])
def test_language_switcher_works_with_the_keyboard(as_role, site, role):
    browser = as_role(role)
    browser.get(site.url(page_path(site, "TestimonyPage", "fr")))
    link = browser.find_element(By.CSS_SELECTOR, ".language-switcher a[hreflang='en']")
    tab_to(browser, link)
    press_to_navigate(browser, Keys.ENTER)
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en"
    assert browser.current_url.startswith(site.url("/en/"))


@pytest.mark.parametrize("role", ["member"])
def test_search_and_its_filters_work_with_the_keyboard(as_role, site, role):
    browser = as_role(role)
    browser.get(site.url("/fr/"))
    tab_to(browser, browser.find_element(By.ID, "site-search"))
    press_to_navigate(browser, "jumelage", Keys.ENTER)
    assert "/fr/search/" in browser.current_url and "query=jumelage" in browser.current_url

    facet = browser.find_element(By.CSS_SELECTOR, ".search-facets .facet a")
    href = facet.get_attribute("href")
    tab_to(browser, facet)
    press_to_navigate(browser, Keys.ENTER)
    assert browser.current_url == href
    assert browser.find_element(By.CSS_SELECTOR, ".search-facets a[aria-current]")

    sort = browser.find_element(By.ID, "search-sort")
    tab_to(browser, sort)
    press(browser, Keys.ARROW_DOWN)
    tab_to(browser, browser.find_element(By.ID, "search-query"))
    press_to_navigate(browser, Keys.ENTER)
    assert "sort=date" in browser.current_url

    radio = browser.find_element(By.CSS_SELECTOR, "input[name=lang][value='']")
    tab_to(browser, radio)
    press(browser, Keys.ARROW_DOWN)  # a radio group moves with the arrows
    assert browser.find_element(By.CSS_SELECTOR, "input[name=lang][value=all]").is_selected()
