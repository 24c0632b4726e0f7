"""Five things people do, end to end in the browser: log in and land in the right language; search, filter by a
facet, open a result; switch language on a page; upload a report in the admin and see its summary; translate a page
and publish it (the translation editor's heading in the admin's language). And in the testimony editor, in French and English: choose a country by typing a few letters, save.

The admin is in French for ``staff`` (the demo accounts' admin language), so its buttons are found by their markup,
not their words.
"""

from contextlib import contextmanager

import pytest
from selenium.common.exceptions import ElementClickInterceptedException
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait

from tests.browser import axe
from tests.browser.conftest import PASSWORDS, log_in
from tests.browser.test_axe import page_path

# A meeting report written for this test, in the project's own words.
REPORT = """# Réunion du groupe Sahel

Jeudi 12 mars 2026 à 14h, Maison de la coopération, Poitiers

## Ordre du jour

- Bilan des missions de l'année
- Préparation de la rencontre d'automne

## Bilan des missions

Le comité de jumelage a présenté le chantier de l'école et le budget engagé.

## Décisions

Le groupe retient deux missions pour l'année suivante.
"""


def wait(browser, condition, timeout=30):
    return WebDriverWait(browser, timeout).until(condition)


def language_of(browser) -> str:
    return browser.find_element(By.TAG_NAME, "html").get_attribute("lang")


def click(browser, element):
    """Click as a person would, the element scrolled to the middle of the window (clear of sticky headers); while
    the admin's editors are still laying themselves out, the click may land on something else: then it is sent to
    the element itself."""
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
    try:
        element.click()
    except ElementClickInterceptedException:
        browser.execute_script("arguments[0].click()", element)


def test_login_returns_to_the_page_in_its_language(browser, site):
    for language in ("fr", "en"):
        log_in(browser, site, "anonymous")
        target = site.url(page_path(site, "TestimonyIndexPage", language))
        browser.get(target)
        assert "/account/login/" in browser.current_url  # the section is private
        assert language_of(browser) == language
        browser.find_element(By.NAME, "username").send_keys("member")
        password = browser.find_element(By.NAME, "password")
        password.send_keys(PASSWORDS["member"])
        password.submit()
        wait(browser, expected_conditions.url_to_be(target))
        assert language_of(browser) == language
        browser.current_role = "member"


def test_search_filter_by_a_facet_and_open_a_result(as_role, site):
    browser = as_role("member")
    browser.get(site.url("/fr/"))
    box = browser.find_element(By.ID, "site-search")
    box.send_keys("jumelage")
    box.submit()
    wait(browser, expected_conditions.presence_of_element_located((By.CSS_SELECTOR, ".search-results")))
    everything = len(browser.find_elements(By.CSS_SELECTOR, ".search-result"))
    assert everything > 1

    click(browser, browser.find_element(By.CSS_SELECTOR, ".search-facets .facet a"))
    wait(browser, expected_conditions.presence_of_element_located((By.CSS_SELECTOR, ".search-facets a[aria-current]")))
    results = browser.find_elements(By.CSS_SELECTOR, ".search-result h3 a")
    assert 0 < len(results) <= everything

    title = results[0].text
    click(browser, results[0])
    wait(browser, expected_conditions.presence_of_element_located((By.TAG_NAME, "h1")))
    assert browser.find_element(By.TAG_NAME, "h1").text == title


def test_switch_language_on_a_page(as_role, site):
    browser = as_role("member")
    french = site.url(page_path(site, "TestimonyPage", "fr"))
    browser.get(french)
    french_title = browser.find_element(By.TAG_NAME, "h1").text

    click(browser, browser.find_element(By.CSS_SELECTOR, ".language-switcher a[hreflang='en']"))
    assert browser.current_url == site.url(page_path(site, "TestimonyPage", "en"))
    assert language_of(browser) == "en"
    assert browser.find_element(By.TAG_NAME, "h1").text != french_title

    click(browser, browser.find_element(By.CSS_SELECTOR, ".language-switcher a[hreflang='fr']"))
    assert browser.current_url == french
    assert browser.find_element(By.TAG_NAME, "h1").text == french_title


def test_upload_a_report_in_the_admin_and_see_its_summary(as_role, site, tmp_path):
    report = tmp_path / "reunion-groupe-sahel.md"
    report.write_text(REPORT, encoding="utf-8")
    browser = as_role("staff")
    browser.get(site.url(site.admin["import form"]))
    browser.find_element(By.CSS_SELECTOR, "input[type=file][name=file]").send_keys(str(report))
    click(browser, browser.find_element(By.CSS_SELECTOR, "main form button[type=submit]"))

    heading = wait(browser, expected_conditions.presence_of_element_located((By.ID, "import-result")))
    assert heading.text  # "Report page created", in the admin's language
    summary = browser.find_element(By.CSS_SELECTOR, ".import-summary").text
    assert "12 mars 2026" in summary
    for section in ("Bilan des missions", "Décisions"):  # the agenda is read as the agenda, not a section
        assert section in summary
    assert browser.find_element(By.LINK_TEXT, "Réunion du groupe Sahel")


def test_translate_a_page_and_publish_it(as_role, site):
    """The imported meeting report (English: the French page shown with a notice, an alias) gets its English title
    in wagtail-localize's editor and is published: the English address then shows it."""
    browser = as_role("staff")
    english = site.url(page_path(site, "MeetingReportPage", "en"))
    browser.get(english)
    assert browser.find_elements(By.CSS_SELECTOR, ".language-switcher")  # the page exists in English (an alias)
    french_title = browser.find_element(By.TAG_NAME, "h1").text

    page_id = site.admin["editor MeetingReportPage"].strip("/").split("/")[-2]
    browser.get(site.url(f"/admin/localize/submit/page/{page_id}/"))
    click(browser, browser.find_element(By.CSS_SELECTOR, "input[name=locales]"))
    click(browser, browser.find_element(By.CSS_SELECTOR, "main form [type=submit]"))

    title = wait(
        browser,
        expected_conditions.presence_of_element_located((By.CSS_SELECTOR, ".js-translation-editor section > ul > li")),
    )
    # its section heading in the admin's language: wagtail-localize writes "Français to Anglais translation"
    heading = browser.find_element(By.CSS_SELECTOR, ".js-translation-editor section > * > h3")
    wait(browser, lambda _: heading.text.startswith("Traduction "))
    assert " → " in heading.text and " to " not in heading.text and "translation" not in heading.text
    click(browser, title.find_element(By.TAG_NAME, "button"))  # "Translate"
    title.find_element(By.TAG_NAME, "textarea").send_keys("Local authorities and twinning committees")
    click(browser, title.find_elements(By.TAG_NAME, "button")[-1])  # "Save"
    wait(browser, lambda _: "incomplete" not in title.find_element(By.CSS_SELECTOR, "ul > li").get_attribute("class"))
    # the note under the string ("Traduit manuellement le 4 décembre 2026") and its "Modifier" button stand apart
    note, edit = title.find_elements(By.CSS_SELECTOR, ":scope > ul > li > ul > li")
    wait(browser, lambda _: note.text.startswith("Traduit manuellement le "))
    assert edit.text == "Modifier"
    gap = "return arguments[1].getBoundingClientRect().left - arguments[0].getBoundingClientRect().right"
    assert browser.execute_script(gap, note, edit) >= 10

    publish = browser.find_element(By.CSS_SELECTOR, "button[name=action][value=publish]")
    click(browser, publish)
    wait(browser, expected_conditions.staleness_of(publish), timeout=180)  # the editor comes back once published

    browser.get(english)
    assert browser.find_element(By.TAG_NAME, "h1").text == "Local authorities and twinning committees"
    assert browser.find_element(By.TAG_NAME, "h1").text != french_title


@contextmanager
def admin_language(django_db_blocker, username, language):
    """The admin in ``language`` for ``username`` (its Wagtail profile) while the block runs, as before afterwards."""
    from django.contrib.auth import get_user_model
    from wagtail.users.models import UserProfile

    with django_db_blocker.unblock():
        profile = UserProfile.get_for_user(get_user_model().objects.get(username=username))
        before, profile.preferred_language = profile.preferred_language, language
        profile.save(update_fields=["preferred_language"])
    try:
        yield
    finally:
        with django_db_blocker.unblock():
            profile.preferred_language = before
            profile.save(update_fields=["preferred_language"])


def options(browser, select_id) -> list[str]:
    return [option.get_attribute("value") for option in browser.find_elements(By.CSS_SELECTOR, f"#{select_id} option")]


@pytest.mark.parametrize(("language", "letters", "code"), [("fr", "gab", "GA"), ("en", "tog", "TG")])
def test_choose_a_country_by_typing_a_few_letters_and_save(as_role, site, django_db_blocker, language, letters, code):
    """The testimony editor's countries (Django admin's list with a filter box, in the admin's language): a few
    letters leave one country available, Enter moves it to the chosen ones, no axe violation; the draft saved has it
    beside the countries the page had."""
    from wagtail.models import Page

    browser = as_role("staff")
    page_id = int(site.admin["editor TestimonyPage"].strip("/").split("/")[-2])
    with admin_language(django_db_blocker, "staff", language):
        browser.get(site.url(site.admin["editor TestimonyPage"]))
        assert language_of(browser) == language
        box = wait(browser, expected_conditions.presence_of_element_located((By.ID, "id_countries_input")))
        saved = set(options(browser, "id_countries_to"))
        assert saved  # the page's countries, shown as chosen
        click(browser, box)
        box.send_keys(letters)
        assert options(browser, "id_countries_from") == [code]
        box.send_keys(Keys.ENTER)
        assert set(options(browser, "id_countries_to")) == saved | {code}
        found = axe.violations(browser)
        assert not found, axe.describe(found)

        save = browser.find_element(By.CSS_SELECTOR, "button.action-save")
        click(browser, save)
        wait(browser, expected_conditions.staleness_of(save), timeout=120)
    with django_db_blocker.unblock():
        draft = Page.objects.get(pk=page_id).specific.get_latest_revision_as_object()
        assert {country.code for country in draft.countries} == saved | {code}
