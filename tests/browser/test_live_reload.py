"""`sitegen serve` in a real browser: a saved edit reloads the open page at the same scroll
position; a broken file shows its escaped diagnostics over the last good page; fixing it reloads."""
import pathlib
import re
import shutil
import signal
import subprocess
import tempfile
import time

import pytest
from selenium.webdriver.common.by import By

from helpers import DESKTOP, viewport, wait

ROOT = pathlib.Path(__file__).resolve().parents[2]


@pytest.fixture()
def serve():
    """`sitegen serve --port 0` on a copy of the real content; yields (url, content folder)."""
    binary = subprocess.run(["swift", "build", "--show-bin-path"], cwd=ROOT, check=True, capture_output=True, text=True).stdout.strip()
    with tempfile.TemporaryDirectory() as folder:
        work = pathlib.Path(folder)
        shutil.copytree(ROOT / "content", work / "content")
        shutil.copytree(ROOT / "templates", work / "templates")
        log = open(work / "serve.log", "w+")
        process = subprocess.Popen([f"{binary}/sitegen", "serve", "--port", "0"], cwd=work, stdout=log, stderr=subprocess.STDOUT)
        try:
            deadline = time.monotonic() + 60
            url = None
            while url is None and time.monotonic() < deadline and process.poll() is None:
                time.sleep(0.1)
                match = re.search(r"sitegen: serving (http://\S+)", (work / "serve.log").read_text())
                url = match and match.group(1)
            assert url, (work / "serve.log").read_text()
            yield url, work / "content"
        finally:
            process.send_signal(signal.SIGINT)
            try:
                assert process.wait(timeout=10) == 0
            finally:
                if process.poll() is None:
                    process.kill()
                log.close()


def edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def mark_page(driver):
    """A variable that only this load of the page has: gone once the page reloads."""
    driver.execute_script("window.beforeReload = true")


def reloaded(driver):
    return driver.execute_script("return window.beforeReload === undefined")


def test_an_edit_reloads_the_page_at_its_scroll_position(driver, serve):
    url, content = serve
    viewport(driver, DESKTOP)
    driver.get(url + "303/")
    driver.execute_script("window.scrollTo(0, 1500)")
    wait(driver, lambda d: d.execute_script("return window.scrollY") == 1500)
    mark_page(driver)
    edit(content / "codes/303.md", "## Description\n", "## Description\n\nA sentence added while the page was open.\n")
    wait(driver, lambda d: reloaded(d) and "A sentence added while the page was open." in d.page_source, timeout=30)
    wait(driver, lambda d: abs(d.execute_script("return window.scrollY") - 1500) <= 2)


def test_a_broken_file_shows_escaped_errors_until_fixed(driver, serve):
    url, content = serve
    viewport(driver, DESKTOP)
    driver.get(url + "303/")
    heading = driver.find_element(By.TAG_NAME, "h1").text
    mark_page(driver)
    edit(content / "codes/303.md", "status: registered\n", "status: \"<b>bold</b>\"\n")
    overlay = wait(driver, lambda d: d.find_elements(By.ID, "sitegen-errors"), timeout=30)[0]
    assert "content/codes/303.md:" in overlay.text
    assert "unknown status '<b>bold</b>'" in overlay.text, "the diagnostic is shown as text"
    assert not overlay.find_elements(By.TAG_NAME, "b"), "the diagnostic was not parsed as HTML"
    assert not reloaded(driver) and driver.find_element(By.TAG_NAME, "h1").text == heading, "the last good page stays"
    overlay.find_element(By.TAG_NAME, "button").click()
    assert not driver.find_elements(By.ID, "sitegen-errors")

    edit(content / "codes/303.md", "status: \"<b>bold</b>\"\n", "status: registered\n")
    wait(driver, reloaded, timeout=30)
    assert not driver.find_elements(By.ID, "sitegen-errors")
    assert driver.find_element(By.TAG_NAME, "h1").text == heading
