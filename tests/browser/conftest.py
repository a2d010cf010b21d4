"""Fixtures for the browser suite: the built site served on loopback (at the root and under
/sub/, answering unknown paths with 404.html like nginx's error_page), Debian's chromium driven
by chromedriver, and axe-core for accessibility checks."""
import functools
import http.server
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile
import threading
import zipfile

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

SITE = pathlib.Path(__file__).resolve().parents[2] / "site"
AXE_WHEEL = "pytest-playwright-axe==4.14.0"


class SiteHandler(http.server.SimpleHTTPRequestHandler):
    """Serves site/ at / and again at /sub/; a missing file gets 404.html with status 404."""

    def translate_path(self, path):
        path = path.split("?", 1)[0].split("#", 1)[0]
        if path == "/sub" or path.startswith("/sub/"):
            path = path[len("/sub"):] or "/"
        return super().translate_path(path)

    def send_error(self, code, message=None, explain=None):
        if code != 404:
            return super().send_error(code, message, explain)
        body = (SITE / "404.html").read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def base_url():
    assert (SITE / "index.html").exists(), "build the site first: swift run sitegen build"
    handler = functools.partial(SiteHandler, directory=str(SITE))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def site_file_url():
    return SITE.as_uri()


@pytest.fixture(scope="session")
def driver():
    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,900"):
        options.add_argument(argument)
    service = Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver"))
    browser = webdriver.Chrome(options=options, service=service)
    browser.set_page_load_timeout(30)
    yield browser
    browser.quit()


@pytest.fixture(scope="session")
def axe_source():
    """axe.min.js from $AXE_JS, or from the axe-core wheel on PyPI (cached between runs)."""
    path = os.environ.get("AXE_JS")
    if not path:
        cache = pathlib.Path(os.environ.get("XDG_CACHE_HOME", pathlib.Path.home() / ".cache")) / "sitegen-axe-4.14.0"
        path = cache / "axe.min.js"
        if not path.exists():
            cache.mkdir(parents=True, exist_ok=True)
            with tempfile.TemporaryDirectory() as download:
                subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--python-version", "3.12",
                                "--only-binary=:all:", "-d", download, AXE_WHEEL], check=True)
                wheel = next(pathlib.Path(download).glob("*.whl"))
                with zipfile.ZipFile(wheel) as archive:
                    name = next(n for n in archive.namelist() if n.endswith("/axe.min.js"))
                    with archive.open(name) as source, open(path, "wb") as target:
                        shutil.copyfileobj(source, target)
    return pathlib.Path(path).read_text(encoding="utf-8")
