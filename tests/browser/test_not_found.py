"""The 404 page is styled, searchable and has working links at any depth, also under a subfolder."""
import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from helpers import DESKTOP, search, viewport, wait


@pytest.mark.parametrize("prefix", ["", "/sub"])
def test_deep_not_found_page(driver, base_url, prefix):
    viewport(driver, DESKTOP)
    driver.get(f"{base_url}{prefix}/430/")
    assert driver.find_element(By.TAG_NAME, "h1").text == "Page not found"
    header = driver.find_element(By.CSS_SELECTOR, ".site-header")
    assert header.value_of_css_property("border-bottom-style") == "solid", "the stylesheet did not apply"
    nearest = wait(driver, lambda d: d.find_element(By.CSS_SELECTOR, ".nearest").is_displayed()
                   and d.find_element(By.CSS_SELECTOR, ".nearest"))
    names = [a.text for a in nearest.find_elements(By.TAG_NAME, "a")]
    assert names[:2] == ["429 Too Many Requests", "431 Request Header Fields Too Large"]
    assert names[-1] == "4xx Client Error"
    assert search(driver, "teapot")[0] == "418 I'm a teapot"
    driver.find_element(By.ID, "search-input").send_keys(Keys.ESCAPE)
    driver.find_element(By.LINK_TEXT, "3xx Redirection").click()
    wait(driver, lambda d: d.current_url == f"{base_url}{prefix}/3xx/")
    assert driver.find_element(By.TAG_NAME, "h1").text == "3xx Redirection"


def test_not_found_below_a_code(driver, base_url):
    viewport(driver, DESKTOP)
    driver.get(base_url + "/sub/303/x")
    assert driver.find_element(By.CSS_SELECTOR, ".site-header").value_of_css_property("border-bottom-style") == "solid"
    wait(driver, lambda d: d.find_element(By.CSS_SELECTOR, ".site-title").get_attribute("href") == base_url + "/sub/")
    driver.find_element(By.CSS_SELECTOR, ".site-title").click()
    wait(driver, lambda d: d.current_url == base_url + "/sub/")
