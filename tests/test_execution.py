"""Execution as an author sees it: what reruns, what fails, and what the message says."""

from __future__ import annotations

import re

import pytest

from conftest import copy_book, edit, mxbook

pytestmark = pytest.mark.slow

ARRAYS = "chapters/{}/part/arrays.md"


def runs(out: str) -> int:
    match = re.search(r"execution: (\d+) notebook\(s\) run", out)
    assert match, out
    return int(match.group(1))


@pytest.fixture(scope="module")
def book(tmp_path_factory):
    return copy_book(tmp_path_factory.mktemp("exec"))


def test_languages_share_one_execution_and_rebuilds_reuse_it(book):
    first = mxbook(book, "html", "--lang", "zh")
    assert first.code == 0, first
    assert runs(first.out) == 2  # both sections of the zh book
    english = mxbook(book, "html", "--lang", "en")
    assert english.code == 0, english
    assert runs(english.out) == 0  # same code: the en build executes no cell
    again = mxbook(book, "html")
    assert again.code == 0, again
    assert runs(again.out) == 0


def test_editing_one_section_reruns_only_that_section(book):
    for lang in ("zh", "en"):
        edit(book / ARRAYS.format(lang), "nd.array([[10, 20]])", "nd.array([[100, 200]])")
    rebuilt = mxbook(book, "html")
    assert rebuilt.code == 0, rebuilt
    assert runs(rebuilt.out) == 1
    assert "ran part/arrays" in rebuilt.out and "ran part/figures" not in rebuilt.out
    html = (book / "_build/html/en/part/arrays.html").read_text(encoding="utf-8")
    assert "[[100. 201.]" in html


def test_prose_edits_execute_nothing(book):
    edit(book / ARRAYS.format("en"), "An array plus a row", "An array plus one row")
    rebuilt = mxbook(book, "html")
    assert rebuilt.code == 0, rebuilt
    assert runs(rebuilt.out) == 0
    assert "An array plus one row" in (book / "_build/html/en/part/arrays.html").read_text("utf-8")


def test_renumbering_the_toctree_renumbers_every_page(book):
    for lang in ("zh", "en"):
        edit(book / f"chapters/{lang}/index.md", ":numbered:\n", "")
    rebuilt = mxbook(book, "html")
    assert rebuilt.code == 0, rebuilt
    html = (book / "_build/html/en/part/figures.html").read_text(encoding="utf-8")
    assert '<span class="section-number">' not in html  # Sphinx alone would keep "2."


def test_a_raising_cell_fails_the_build_and_names_the_file(tmp_path):
    book = copy_book(tmp_path)
    for lang in ("zh", "en"):
        edit(
            book / ARRAYS.format(lang),
            "x = nd.arange(6).reshape((3, 2))",
            "x = nd.arange(6).reshape((4, 2))",
        )
    run = mxbook(book, "html")
    assert run.code == 1
    assert "chapters/zh/part/arrays.md:30 (code cell 2): the cell raised an exception" in run.out
    assert "chapters/en/part/arrays.md" in run.out  # the twin with the same code
    assert "target shape size is larger than the current shape" in run.out  # its traceback
    assert "\x1b[" not in run.out  # without terminal colour codes
    assert "raises-exception" in run.out  # what to do if the error is the point
    assert 'Traceback (most recent call last):\n  File "' not in run.out.split("MXNetError")[0]


def test_a_hanging_cell_fails_after_the_timeout(tmp_path):
    book = copy_book(tmp_path)
    for lang in ("zh", "en"):
        edit(
            book / ARRAYS.format(lang), 'print("mean"', 'import time; time.sleep(600)\nprint("mean"'
        )
    # long enough for the import cell on a loaded machine, far shorter than the sleep
    run = mxbook(book, "html", env={"BOOK_CELL_TIMEOUT": "20"})
    assert run.code == 1
    assert "arrays.md:35 (code cell 3): the cell did not finish within 20 s" in run.out
    assert "BOOK_CELL_TIMEOUT" in run.out


def test_a_broken_reference_fails_the_build(tmp_path):
    book = copy_book(tmp_path)
    edit(book / ARRAYS.format("en"), "[figures](sec-figures)", "[figures](sec-no-such-section)")
    run = mxbook(book, "html", "--lang", "en")
    assert run.code == 1
    assert "chapters/en/part/arrays.md" in run.out and "sec-no-such-section" in run.out


def test_a_file_without_notebook_front_matter_is_refused(tmp_path):
    book = copy_book(tmp_path)
    edit(book / ARRAYS.format("en"), "file_format: mystnb\n", "")
    run = mxbook(book, "html", "--lang", "en")
    assert run.code == 1
    assert "chapters/en/part/arrays.md: not read as a notebook" in run.out
    assert "file_format: mystnb" in run.out
