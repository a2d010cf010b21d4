"""The layout faults of issue 7 stay fixed: measured in the browser, at phone and desktop widths."""
import pytest
from selenium.webdriver.common.by import By

from helpers import DESKTOP, PHONE, rect, viewport


@pytest.mark.parametrize("size", [PHONE, DESKTOP])
def test_home_shows_codes_in_the_first_screen(driver, base_url, size):
    viewport(driver, size)
    driver.get(base_url + "/")
    rows = driver.find_elements(By.CSS_SELECTOR, "#all-codes .code-index li")
    assert len(rows) > 80
    assert rows[0].rect["y"] + rows[0].rect["height"] < size[1], "the first code is below the fold"
    line = min(row.rect["height"] for row in rows)
    tall = [row.text for row in rows if row.rect["height"] > 2.2 * line]
    assert tall == [], "a code takes more than two lines"
    assert sum(row.rect["height"] < 1.5 * line for row in rows) > 0.8 * len(rows), "most codes fit on one line"
    guides = rect(driver, ".guides")
    assert guides["top"] > rect(driver, "#all-codes")["bottom"] - 1, "guides come after the codes"


def test_family_page_lists_codes_before_the_essay(driver, base_url):
    viewport(driver, PHONE)
    driver.get(base_url + "/3xx/")
    assert rect(driver, ".code-index")["top"] < rect(driver, ".prose")["top"]
    assert rect(driver, ".code-index")["top"] < 844


def test_main_keeps_its_vertical_padding(driver, base_url):
    viewport(driver, PHONE)
    driver.get(base_url + "/303/")
    header = rect(driver, ".site-header")
    assert rect(driver, ".breadcrumb")["top"] - header["bottom"] >= 16
    assert rect(driver, ".site-footer")["top"] - rect(driver, ".pager")["bottom"] >= 16


def test_navigation_names_families_and_links_guides(driver, base_url):
    viewport(driver, DESKTOP)
    driver.get(base_url + "/guides/choosing-a-redirect/")
    nav = driver.find_element(By.CSS_SELECTOR, ".site-nav")
    assert "3xx Redirection" in nav.text
    guides = nav.find_element(By.LINK_TEXT, "Guides")
    assert guides.get_attribute("aria-current") == "page"
    guides.click()
    assert driver.find_element(By.TAG_NAME, "h1").text == "Guides"
    assert len(driver.find_elements(By.CSS_SELECTOR, ".card-list .card")) >= 5


def test_short_badges_stay_on_one_line(driver, base_url):
    viewport(driver, PHONE)
    driver.get(base_url + "/")
    badges = driver.find_elements(By.CSS_SELECTOR, ".code-index .badge")
    assert badges
    for badge in badges:
        assert badge.rect["height"] < 26, badge.text
        assert "(" not in badge.text
    driver.get(base_url + "/499/")
    assert driver.find_element(By.CSS_SELECTOR, ".page-header .badge").text == "Unofficial · nginx"


def test_identifiers_never_break_inside(driver, base_url):
    viewport(driver, PHONE)
    for code in ("303", "429", "418"):
        driver.get(f"{base_url}/{code}/")
        broken = driver.execute_script("""
            return [...document.querySelectorAll('.constants code')]
              .filter(c => c.getClientRects().length > 1).map(c => c.textContent);""")
        assert broken == [], code
        overflow = driver.execute_script("return document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, f"{code} scrolls sideways by {overflow}px"


@pytest.mark.parametrize("size, tallest", [(PHONE, 200), (DESKTOP, 120)])
def test_redirect_decision_table_is_readable(driver, base_url, size, tallest):
    viewport(driver, size)
    driver.get(base_url + "/guides/choosing-a-redirect/")
    rows = driver.find_elements(By.CSS_SELECTOR, ".prose .table-scroll tbody tr")
    assert rows
    assert max(row.rect["height"] for row in rows) <= tallest
    if size == DESKTOP:
        assert rect(driver, ".prose .table-scroll")["width"] > rect(driver, ".prose > p")["width"]


def test_lead_glance_and_prose_share_one_right_edge(driver, base_url):
    viewport(driver, DESKTOP)
    driver.get(base_url + "/303/")
    edges = {selector: round(rect(driver, selector)["right"]) for selector in (".lead", ".glance", ".prose > p")}
    assert len(set(edges.values())) == 1, edges


def test_code_page_contents_and_anchors(driver, base_url):
    viewport(driver, DESKTOP)
    driver.get(base_url + "/303/")
    toc = driver.find_element(By.CSS_SELECTOR, ".toc details")
    assert toc.get_attribute("open") is not None
    assert rect(driver, ".toc")["left"] > rect(driver, ".prose")["right"], "the contents sit beside the text"
    links = [a.get_attribute("href").split("#")[1] for a in driver.find_elements(By.CSS_SELECTOR, ".toc a")]
    assert "client-pitfalls" in links and "constants" in links and "related-codes" in links
    for fragment in links:
        assert driver.find_elements(By.ID, fragment), fragment
    # Every section heading, template-made ones included, has a visible self-link.
    for heading in driver.find_elements(By.CSS_SELECTOR, "main h2:not(.visually-hidden), main h3"):
        anchor = heading.find_element(By.CSS_SELECTOR, ".anchor")
        assert anchor.is_displayed() and float(anchor.value_of_css_property("opacity")) == 1
        assert anchor.rect["width"] >= 24 and anchor.rect["height"] >= 24
    # The anchor earlier builds published still exists.
    assert driver.find_elements(By.ID, "pitfalls-2")
    # "Names in libraries" is part of the constants section, and the plain line is not repeated.
    notes = driver.find_element(By.ID, "names-in-libraries")
    assert "RedirectMethod" in notes.text
    assert notes.find_element(By.XPATH, "..").find_element(By.ID, "constants")
    assert not driver.find_element(By.CSS_SELECTOR, ".plain-terms p").is_displayed()

    viewport(driver, PHONE)
    driver.get(base_url + "/303/")
    toc = driver.find_element(By.CSS_SELECTOR, ".toc details")
    assert toc.get_attribute("open") is None, "folded on a phone"
    assert rect(driver, ".toc")["bottom"] < rect(driver, ".glance")["top"]


def test_http_examples(driver, base_url):
    viewport(driver, PHONE)
    driver.get(base_url + "/303/")
    examples = driver.find_elements(By.CSS_SELECTOR, ".example")
    assert [e.find_element(By.CSS_SELECTOR, "figcaption").text for e in examples[:2]] == ["REQUEST", "RESPONSE"]
    first = examples[0]
    assert first.find_element(By.CSS_SELECTOR, ".http-method").text == "POST"
    assert first.find_element(By.CSS_SELECTOR, ".http-name").text == "Host"
    region = first.find_element(By.CSS_SELECTOR, ".code-scroll")
    assert region.get_attribute("tabindex") == "0" and region.get_attribute("role") == "region"
    assert first.find_element(By.CSS_SELECTOR, ".copy-button").is_displayed()
    names = [e.get_attribute("aria-label") for e in driver.find_elements(By.CSS_SELECTOR, ".code-scroll")]
    assert len(names) == len(set(names))
