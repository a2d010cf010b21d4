"""The header search finds the right page first, from a server, a subfolder and file://."""
import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from helpers import DESKTOP, PHONE, search, viewport, wait

FIRST_RESULTS = [
    ("418", "418 I'm a teapot"),
    ("teapot", "418 I'm a teapot"),
    ("StatusSeeOther", "303 See Other"),
    ("HTTP_SEE_OTHER", "303 See Other"),
    (":see_other", "303 See Other"),
    ("too many requests", "429 Too Many Requests"),
    ("Retry-After", "Retry-After, 429 and 503: backing off and retrying safely"),
    ("41", "410 Gone"),
    ("503", "503 Service Unavailable"),
    ("gateway timeout", "504 Gateway Timeout"),
]


def test_first_results_over_http(driver, base_url):
    viewport(driver, DESKTOP)
    driver.get(base_url + "/3xx/")
    for query, first in FIRST_RESULTS:
        assert search(driver, query)[0] == first, query


def test_first_results_from_file_url(driver, site_file_url):
    viewport(driver, PHONE)
    driver.get(site_file_url + "/guides/choosing-a-redirect/index.html")
    for query, first in FIRST_RESULTS:
        assert search(driver, query)[0] == first, query
    # Enter opens the page itself, not a directory listing.
    driver.find_element(By.ID, "search-input").send_keys(Keys.ENTER)
    wait(driver, lambda d: d.current_url.endswith("/site/504/index.html"))
    assert driver.find_element(By.TAG_NAME, "h1").text == "504 Gateway Timeout"


def test_keyboard_only_from_a_code_page(driver, base_url):
    viewport(driver, DESKTOP)
    driver.get(base_url + "/303/")
    driver.find_element(By.TAG_NAME, "body").send_keys("/")
    box = driver.switch_to.active_element
    assert box.get_attribute("id") == "search-input"
    assert box.get_attribute("role") == "combobox"
    box.send_keys("redirect")
    wait(driver, lambda d: box.get_attribute("aria-expanded") == "true")
    options = driver.find_elements(By.CSS_SELECTOR, "#search-results [role=option]")
    assert len(options) > 2
    assert box.get_attribute("aria-activedescendant") == options[0].get_attribute("id")
    box.send_keys(Keys.ARROW_DOWN, Keys.ARROW_DOWN)
    assert box.get_attribute("aria-activedescendant") == options[2].get_attribute("id")
    assert options[2].get_attribute("aria-selected") == "true"
    box.send_keys(Keys.ARROW_UP)
    chosen = options[1].text.split("\n")[0]
    box.send_keys(Keys.ENTER)
    wait(driver, lambda d: d.find_element(By.TAG_NAME, "h1").text.replace("\n", " ") == chosen)
    # Escape closes the list and the box keeps focus.
    driver.find_element(By.TAG_NAME, "body").send_keys("/")
    box = driver.switch_to.active_element
    box.send_keys("teapot")
    wait(driver, lambda d: box.get_attribute("aria-expanded") == "true")
    box.send_keys(Keys.ESCAPE)
    assert box.get_attribute("aria-expanded") == "false"
    assert not driver.find_element(By.ID, "search-results").is_displayed()


def test_search_under_a_subfolder(driver, base_url):
    viewport(driver, PHONE)
    driver.get(base_url + "/sub/guides/")
    assert search(driver, "HTTP_SEE_OTHER")[0] == "303 See Other"
    driver.find_element(By.ID, "search-input").send_keys(Keys.ENTER)
    wait(driver, lambda d: d.current_url == base_url + "/sub/303/")


def test_without_javascript_the_box_is_a_link_to_all_codes(driver, base_url):
    viewport(driver, PHONE)
    driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})
    try:
        driver.get(base_url + "/303/")
        assert not driver.find_element(By.ID, "search-input").is_displayed()
        link = driver.find_element(By.CSS_SELECTOR, ".search-fallback")
        assert link.is_displayed()
        link.click()
        wait(driver, lambda d: d.current_url == base_url + "/#all-codes")
        assert driver.find_element(By.ID, "all-codes").find_elements(By.CSS_SELECTOR, ".code-index li")
    finally:
        driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})
