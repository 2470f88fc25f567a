"""The real book, built as `make html` builds it: every section, every output, both languages."""

from __future__ import annotations

import html
import re

import pytest
from bs4 import BeautifulSoup

from conftest import REPO, mxbook
from mxbook.glossary import load_glossary
from mxbook.pullout import example_path, parse_example
from mxbook.sections import book_sections
from mxbook.settings import Settings
from sitecheck import site_problems

pytestmark = pytest.mark.slow
SETTINGS = Settings.at(REPO)


@pytest.fixture(scope="session")
def real_site():
    for command in (["html"], ["offline"]):
        run = mxbook(REPO, *command)
        assert run.code == 0, run
    return SETTINGS.site


def _text(path) -> str:
    soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
    return html.unescape(soup.get_text())


@pytest.mark.parametrize("lang", SETTINGS.languages, ids=lambda lang: lang.code)
def test_every_section_shows_every_output_the_examples_expect(real_site, lang):
    missing = []
    for section in book_sections(SETTINGS, lang):
        page = real_site / lang.code / f"{section.docname}.html"
        assert page.is_file(), f"{page} was not built"
        if not section.code_cells():
            continue
        text = _text(page)
        squeezed = re.sub(r"\s+", " ", text)
        for cell in parse_example(example_path(SETTINGS, section)):
            first = next((line for line in cell.output.splitlines() if line.strip()), None)
            if first and not cell.varies and re.sub(r"\s+", " ", first.strip()) not in squeezed:
                missing.append(f"{page.relative_to(real_site)}: {first.strip()!r} ({cell.origin})")
        figures = sum(cell.figures for cell in parse_example(example_path(SETTINGS, section)))
        shown = len(
            BeautifulSoup(page.read_text("utf-8"), "html.parser").select(".cell_output img")
        )
        if shown < figures:
            missing.append(f"{page.relative_to(real_site)}: {shown} of {figures} figures")
    assert not missing, "outputs missing from the pages:\n" + "\n".join(missing)


def test_the_glossary_lists_every_term_in_both_languages(real_site):
    terms = load_glossary(SETTINGS.glossary_source)
    for lang in ("zh", "en"):
        text = _text(real_site / lang / "glossary.html")
        introduced = [t for t in terms if t.section]
        assert len(introduced) > 40
        absent = [t.en for t in introduced if t.en not in text or t.zh not in text]
        assert not absent, f"{lang}/glossary.html lacks {absent}"


def test_no_broken_link_and_nothing_from_the_network(real_site):
    broken, remote = site_problems(real_site)
    assert not broken, "broken links:\n" + "\n".join(broken)
    assert not remote, "resources loaded from the network:\n" + "\n".join(remote)


def test_the_offline_zip_is_built(real_site):
    assert SETTINGS.offline_zip.stat().st_size > 1_000_000
