"""axe-core 4.14 finds no violations on each kind of page, at phone and desktop widths, light and dark."""
import json

import pytest

from helpers import DESKTOP, PHONE, color_scheme, search, viewport

PAGES = ["/", "/3xx/", "/303/", "/429/", "/guides/choosing-a-redirect/", "/guides/", "/430/"]


def axe_violations(driver, axe_source):
    driver.execute_script(axe_source)
    driver.set_script_timeout(60)
    result = driver.execute_async_script(
        "var done = arguments[arguments.length - 1];"
        "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations), e => done(String(e)));")
    assert isinstance(result, list), result
    return [{"id": v["id"], "help": v["help"], "nodes": [n["target"] for n in v["nodes"]][:5]} for v in result]


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("size", [PHONE, DESKTOP], ids=["390px", "1280px"])
def test_no_axe_violations(driver, base_url, axe_source, size, scheme):
    viewport(driver, size)
    color_scheme(driver, scheme)
    failures = {}
    try:
        for page in PAGES:
            driver.get(base_url + page)
            violations = axe_violations(driver, axe_source)
            if violations:
                failures[page] = violations
        # The search with its list open, too.
        driver.get(base_url + "/303/")
        search(driver, "redirect")
        violations = axe_violations(driver, axe_source)
        if violations:
            failures["/303/ with search open"] = violations
    finally:
        color_scheme(driver, "light")
    assert not failures, json.dumps(failures, indent=1)
