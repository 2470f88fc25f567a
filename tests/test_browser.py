"""The offline site in a real browser: unzipped, opened from file://, with the network cut."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

CHROMIUM = "/usr/bin/chromium"
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]


@pytest.fixture(scope="module")
def offline_site(built_book, tmp_path_factory) -> Path:
    target = tmp_path_factory.mktemp("unzipped")
    with zipfile.ZipFile(built_book / "_build/book-offline.zip") as zf:
        zf.extractall(target)
    return target / "mxbook-site"


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        pytest.fail(
            "Debian's chromium is missing: `make test` installs it (apt-get install chromium)"
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    """A page whose every non-file request is blocked and recorded."""
    context = browser.new_context(locale="en-US")
    left = []

    def guard(route):
        url = route.request.url
        if url.startswith(("file://", "data:", "blob:")):
            route.continue_()
        else:
            left.append(url)
            route.abort()

    context.route("**/*", guard)
    page = context.new_page()
    page.left_machine = left
    yield page
    assert left == [], f"requests that tried to leave the machine: {left}"
    context.close()


def test_pages_render_with_typeset_math(page, offline_site):
    page.goto((offline_site / "en/part/arrays.html").as_uri())
    assert "Arrays and broadcasting" in page.title()
    page.wait_for_selector("mjx-container", timeout=15000)  # MathJax ran, from local files
    assert page.locator(".cell_output").first.is_visible()


def test_landing_page_offers_the_browser_language_first(browser, offline_site):
    for locale, first in (("zh-CN", "zh/index.html"), ("en-US", "en/index.html")):
        context = browser.new_context(locale=locale)
        page = context.new_page()
        page.goto((offline_site / "index.html").as_uri())
        assert page.locator("#choices a").first.get_attribute("href") == first
        context.close()


def test_chinese_search_finds_the_chinese_section(page, offline_site):
    page.goto((offline_site / "zh/search.html").as_uri() + "?q=矩阵")
    result = page.locator("#search-results a[href*='part/arrays.html']")
    result.first.wait_for(timeout=15000)
    assert result.count() >= 1


def test_english_search_finds_the_english_section(page, offline_site):
    page.goto((offline_site / "en/search.html").as_uri() + "?q=broadcasting")
    result = page.locator("#search-results a[href*='part/arrays.html']")
    result.first.wait_for(timeout=15000)
    assert result.count() >= 1


def test_language_switcher_lands_on_the_same_section(page, offline_site):
    page.goto((offline_site / "zh/part/figures.html").as_uri())
    page.locator("nav.book-languages a[lang='en']").click()
    page.wait_for_load_state()
    assert page.url.endswith("/en/part/figures.html")
    assert "Figures" in page.title()
    page.locator("nav.book-languages a[lang='zh']").click()
    page.wait_for_load_state()
    assert page.url.endswith("/zh/part/figures.html")
