"""The guards of `make check` and the doctests, each shown failing on a broken fixture book."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from conftest import REPO, copy_book, edit, mxbook

ARRAYS = "chapters/{}/part/arrays.md"


@pytest.fixture
def book(built_book, tmp_path):
    """A copy of the built fixture book, with its examples, to break."""
    target = tmp_path / "book"
    shutil.copytree(built_book, target, symlinks=True)
    return target


def doctest(root) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "examples"],
        capture_output=True,
        text=True,
        cwd=root,
    )


def test_a_fresh_book_passes_its_checks_and_doctests(book):
    check = mxbook(book, "check")
    assert check.code == 0, check
    assert "parity: 2 languages, 4 sections each" in check.out
    result = doctest(book)
    assert result.returncode == 0, result.stdout
    assert "6 passed" in result.stdout


def test_missing_translation(tmp_path):
    book = copy_book(tmp_path)
    (book / ARRAYS.format("zh")).unlink()
    edit(book / "chapters/zh/index.md", "part/arrays\n", "")
    run = mxbook(book, "check")
    assert run.code == 1
    assert "chapters/zh/part/arrays.md is missing" in run.out
    assert "Translate chapters/en/part/arrays.md" in run.out


def test_sections_in_a_different_order(tmp_path):
    book = copy_book(tmp_path)
    edit(
        book / "chapters/zh/index.md", "part/arrays\npart/figures\n", "part/figures\npart/arrays\n"
    )
    run = mxbook(book, "check")
    assert run.code == 1
    assert "different order" in run.out
    assert "zh has 'part/figures' here, en has 'part/arrays'" in run.out


def test_a_code_cell_that_differs_between_languages(tmp_path):
    book = copy_book(tmp_path)
    edit(book / ARRAYS.format("en"), 'print("mean"', 'print("average"')
    run = mxbook(book, "check")
    assert run.code == 1
    assert "chapters/en/part/arrays.md:35: code cell 3 differs from" in run.out
    assert "chapters/zh/part/arrays.md:35" in run.out
    assert '+print("average"' in run.out


def test_a_section_that_does_not_seed(tmp_path):
    book = copy_book(tmp_path)
    for lang in ("zh", "en"):
        edit(book / ARRAYS.format(lang), "np.random.seed(1)\n", "")
    run = mxbook(book, "check")
    assert run.code == 1
    assert "chapters/zh/part/arrays.md:21: the first code cell must seed" in run.out


def test_a_stale_example(book):
    for lang in ("zh", "en"):
        edit(book / ARRAYS.format(lang), "nd.arange(6)", "nd.arange(6) * 2")
    run = mxbook(book, "check")
    assert run.code == 1
    assert "examples/part/arrays.py:13 is stale: code cell 2 of" in run.out
    assert "make examples" in run.out


def test_a_leftover_example(book):
    (book / "examples/part/removed.py").write_text("# Generated\n", encoding="utf-8")
    run = mxbook(book, "check")
    assert run.code == 1
    assert "examples/part/removed.py has no section in the book any more" in run.out


def test_a_stale_library(book):
    for lang in ("zh", "en"):
        edit(
            book / f"chapters/{lang}/part/figures.md",
            'backend_inline.set_matplotlib_formats("svg")\n```',
            'backend_inline.set_matplotlib_formats("svg")\n```\n\n```{code-cell} python\n'
            "# @save\ndef square(x):\n    return x * x\n```",
        )
    run = mxbook(book, "check")
    assert run.code == 1
    assert "is stale" in run.out


def test_a_changed_output_fails_the_doctest(book):
    edit(book / "examples/part/arrays.py", "#  [12. 23.]", "#  [12. 24.]")
    result = doctest(book)
    assert result.returncode == 1
    assert (
        "examples/part/arrays.py:13 (book: chapters/en/part/arrays.md:30): output differs"
        in result.stdout
    )
    assert "[12. 24.]" in result.stdout and "make html && make examples" in result.stdout


def test_a_cell_that_should_raise_but_does_not(book):
    edit(
        book / "examples/part/arrays.py",
        "nd.ones((2, 3)) + nd.ones((4, 5))",
        "nd.ones((2, 3)) + nd.ones((1, 3))",
    )
    result = doctest(book)
    assert result.returncode == 1
    assert "the cell should raise MXNetError but did not" in result.stdout


def test_a_missing_figure_fails_the_doctest(book):
    edit(book / "examples/part/figures.py", "plt.plot(np.arange(5) ** 2)\n", "")
    edit(book / "examples/part/figures.py", "plt.figure(figsize=(2, 1.5))\n", "")
    result = doctest(book)
    assert result.returncode == 1
    assert "the book shows 1 figure(s); this run drew none" in result.stdout


def test_the_example_runs_as_a_plain_script(built_book):
    result = subprocess.run(
        [sys.executable, "examples/part/arrays.py"], capture_output=True, text=True, cwd=built_book
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("mean -0.04")


def test_the_real_book_passes_its_checks():
    run = mxbook(REPO, "check")
    assert run.code == 0, run
