"""The built site, as a reader finds it on disk: pages, outputs, links, downloads, offline."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from sitecheck import site_problems

pytestmark = pytest.mark.slow


def page(root: Path, path: str) -> BeautifulSoup:
    return BeautifulSoup((root / "_build/html" / path).read_text(encoding="utf-8"), "html.parser")


def test_both_languages_and_a_landing_page(built_book):
    site = built_book / "_build/html"
    landing = page(built_book, "index.html")
    links = {a["href"] for a in landing.select("a")}
    assert {"zh/index.html", "en/index.html"} <= links
    for lang in ("zh", "en"):
        assert (site / lang / "part/arrays.html").is_file()
    assert page(built_book, "zh/index.html").html["lang"].startswith("zh")
    assert page(built_book, "en/index.html").html["lang"] == "en"
    # myst-nb's executed notebooks stay outside the site, one folder per language
    assert not (site / "jupyter_execute").exists()
    for lang in ("zh", "en"):
        assert (built_book / "_build/sphinx" / lang / "jupyter_execute/part/arrays.ipynb").is_file()


def test_pages_carry_executed_outputs(built_book):
    for lang in ("zh", "en"):
        arrays = page(built_book, f"{lang}/part/arrays.html")
        outputs = " ".join(o.get_text() for o in arrays.select(".cell_output"))
        assert "<NDArray 3x2 @cpu(0)>" in outputs
        assert "[[10. 21.]" in outputs
        assert "mean -0.04" in outputs
        assert "MXNetError" in outputs  # the cell tagged raises-exception shows its error
        figures = page(built_book, f"{lang}/part/figures.html").select(".cell_output img")
        assert figures and figures[0]["src"].endswith(".svg")


def test_language_switcher_opens_the_same_section(built_book):
    switch = page(built_book, "zh/part/arrays.html").select("nav.book-languages a")
    assert [a["href"] for a in switch] == ["../../en/part/arrays.html"]
    switch = page(built_book, "en/index.html").select("nav.book-languages a")
    assert [a["href"] for a in switch] == ["../zh/index.html"]


def test_downloads_executed_notebook_and_source(built_book):
    sources = built_book / "_build/html/en/_sources/part"
    notebook = json.loads((sources / "arrays.ipynb").read_text(encoding="utf-8"))
    printed = json.dumps([c.get("outputs") for c in notebook["cells"] if c["cell_type"] == "code"])
    assert "NDArray 3x2" in printed
    assert (sources / "arrays.md").read_text(encoding="utf-8").startswith("---")
    links = [a.get("href", "") for a in page(built_book, "en/part/arrays.html").select("a")]
    assert "../_sources/part/arrays.ipynb" in links
    assert "../_sources/part/arrays.md" in links


def test_numbered_sections_equations_and_glossary(built_book):
    arrays = page(built_book, "en/part/arrays.html")
    assert arrays.select_one("section h1").get_text().startswith("1.")
    assert arrays.select_one("span.eqno").get_text().strip().startswith("(1.1)")
    glossary = page(built_book, "zh/glossary.html")
    terms = [dt.get_text(" ", strip=True) for dt in glossary.select("dl.glossary dt")]
    assert any("广播" in t for t in terms) and any("broadcasting" in t for t in terms)
    term_link = arrays.select_one("a.reference[href*='glossary.html#term']")
    assert term_link is not None


def test_no_broken_internal_link_and_nothing_loaded_from_the_network(built_book):
    broken, remote = site_problems(built_book / "_build/html")
    assert not broken, "broken links:\n" + "\n".join(broken)
    assert not remote, "resources loaded from the network:\n" + "\n".join(remote)


def test_math_and_search_are_served_locally(built_book):
    site = built_book / "_build/html"
    for lang in ("zh", "en"):
        assert (site / lang / "_static/mathjax/tex-chtml.js").is_file()
        assert list((site / lang / "_static/mathjax/output/chtml/fonts/woff-v2").glob("*.woff"))
    # Sphinx's Chinese splitter (jieba) indexed Chinese words of the zh pages
    text = (site / "zh/searchindex.js").read_text(encoding="utf-8")
    index = json.loads(text[text.index("(") + 1 : text.rindex(")")])
    assert "矩阵" in index["terms"] or "矩阵乘法" in index["terms"]
    assert (
        "broadcast"
        in json.loads(
            (site / "en/searchindex.js")
            .read_text(encoding="utf-8")
            .partition("(")[2]
            .rpartition(")")[0]
        )["terms"]
    )


def test_offline_zip_holds_the_whole_site(built_book):
    with zipfile.ZipFile(built_book / "_build/book-offline.zip") as zf:
        names = set(zf.namelist())
    assert "mxbook-site/index.html" in names
    assert "mxbook-site/zh/part/arrays.html" in names
    assert "mxbook-site/en/_static/mathjax/tex-chtml.js" in names
    assert not any(".doctrees" in n or "jupyter_execute" in n for n in names)
