"""Small actions shared by the browser tests."""
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait

PHONE = (390, 844)
DESKTOP = (1280, 900)


def viewport(driver, size):
    """Sets the layout viewport exactly (a headless window cannot be made narrower than ~500 px)."""
    width, height = size
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})


def color_scheme(driver, scheme):
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": scheme}]})


def wait(driver, condition, timeout=10):
    return WebDriverWait(driver, timeout).until(condition)


def search(driver, query):
    """Types `query` into the header search and returns the options' texts once they settle."""
    box = wait(driver, expected_conditions.visibility_of_element_located((By.ID, "search-input")))
    box.click()
    box.clear()
    box.send_keys(query)
    wait(driver, lambda d: d.find_element(By.ID, "search-results").is_displayed()
         and d.execute_script("return document.getElementById('search-input').value") == query)
    # Titles use typographic apostrophes; compare them as typed.
    return [option.text.split("\n")[0].replace("\u2019", "'") for option in driver.find_elements(By.CSS_SELECTOR, "#search-results [role=option]")]


def rect(driver, selector):
    return driver.execute_script("var e = document.querySelector(arguments[0]); return e && e.getBoundingClientRect().toJSON();", selector)
