"""Pull the book's code out of the chapters: one example script per section, and the library.

An example file is a plain Python script (run it top to bottom) and a doctest source at once:
each cell's code, verbatim, followed by the output the built site shows for it, as comments.

    # %% [3] chapters/en/preliminaries/ndarray.md:42
    x = nd.arange(4)
    x
    # Out:
    # [0. 1. 2. 3.]
    # <NDArray 4 @cpu(0)>

A cell tagged `raises-exception` is wrapped in `with contextlib.suppress(Exception):` so the
script goes on, and its expected error is recorded under `# Error:`. The outputs come from the
build's execution cache, so they are exactly what a reader sees on the page.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from .errors import BookError
from .sections import Section, book_sections, cell_line
from .settings import SAVE_MARKER, TAG_OUTPUT_VARIES, TAG_RAISES, Settings

GENERATED = "# Generated from {source} by `make examples`; do not edit."
CELL = "# %%"
OUT, ERROR, VARIES, FIGURES = (
    "# Out:",
    "# Error:",
    "# Out (varies between runs, not compared):",
    "# Figures:",
)


@dataclass
class ExampleCell:
    """One code cell of an example file: what runs and what the book showed."""

    number: int
    origin: str  # "chapters/en/x.md:42"
    code: str
    raises: str | None = None  # expected exception name
    varies: bool = False
    output: str = ""  # stdout + displayed values, as text
    error: str = ""  # "ZeroDivisionError: division by zero"
    figures: int = 0
    line: int = 0  # line of the cell marker in the example file (1-based)
    expected_lines: list[str] = field(default_factory=list)


def canonical_language(settings: Settings):
    """Examples name the English files (the code is identical in every language)."""
    codes = [lang.code for lang in settings.languages]
    return settings.language("en") if "en" in codes else settings.languages[0]


def example_path(settings: Settings, section: Section) -> Path:
    return settings.examples / f"{section.docname}.py"


def _check_python(section: Section, nb, cell) -> None:
    try:
        ast.parse(cell.source)
    except SyntaxError as err:
        raise BookError(
            f"{section.path}:{cell_line(nb, cell)}: the cell is not plain Python ({err.msg}). "
            "Example files must run as scripts: replace IPython magics such as `?` or `%time`."
        ) from None


def _outputs(cell: nbformat.NotebookNode) -> tuple[str, str, int]:
    """Text output, error line and figure count of an executed cell."""
    text, error, figures = [], "", 0
    for out in cell.get("outputs", []):
        if out.output_type == "stream" and out.name == "stdout":
            text.append(out.text)
        elif out.output_type in ("execute_result", "display_data"):
            data = out.get("data", {})
            if any(key.startswith("image/") for key in data):
                figures += 1
            elif "text/plain" in data:
                text.append(data["text/plain"] + "\n")
        elif out.output_type == "error":
            error = f"{out.ename}: {out.evalue}"
    return "".join(text), error, figures


def _comment(lines: str) -> list[str]:
    return [f"# {line}".rstrip() for line in lines.rstrip("\n").split("\n")]


def render_example(section: Section, executed: nbformat.NotebookNode, root: Path) -> str:
    source = section.path.relative_to(root)
    lines = [GENERATED.format(source=source), f"# Run it: python examples/{section.docname}.py"]
    code_cells = [c for c in executed.cells if c.cell_type == "code"]
    if any(TAG_RAISES in c.metadata.get("tags", []) for c in code_cells):
        lines.append("import contextlib  # noqa: E402  (lets cells that must raise continue)")
    for number, cell in enumerate(code_cells, 1):
        _check_python(section, executed, cell)
        tags = cell.metadata.get("tags", [])
        text, error, figures = _outputs(cell)
        marker = f"{CELL} [{number}] {source}:{cell_line(executed, cell)}"
        lines += ["", marker]
        if TAG_RAISES in tags:
            if not error:
                raise BookError(
                    f"{section.path}:{cell_line(executed, cell)}: the cell is tagged "
                    f"{TAG_RAISES} but the build recorded no error. Remove the tag or fix the cell."
                )
            lines.append("with contextlib.suppress(Exception):")
            lines += [f"    {line}".rstrip() for line in cell.source.split("\n")]
        else:
            lines += cell.source.rstrip("\n").split("\n")
        if text:
            lines.append(VARIES if TAG_OUTPUT_VARIES in tags else OUT)
            lines += _comment(text)
        if error:
            lines.append(ERROR)
            lines += _comment(error)
        if figures:
            lines.append(f"{FIGURES} {figures}")
    return "\n".join(lines) + "\n"


def parse_example(path: Path) -> list[ExampleCell]:
    """Read back an example file written by render_example."""
    cells: list[ExampleCell] = []
    mode = "code"
    for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
        if line.startswith(f"{CELL} ["):
            head, _, origin = line[len(CELL) + 2 :].partition("] ")
            cells.append(ExampleCell(int(head), origin.strip(), "", line=number))
            mode = "code"
            continue
        if not cells:
            continue
        cell = cells[-1]
        if line in (OUT, VARIES):
            mode, cell.varies = "out", line == VARIES
        elif line == ERROR:
            mode = "error"
        elif line.startswith(FIGURES):
            cell.figures = int(line[len(FIGURES) :])
        elif mode == "code":
            cell.code += line + "\n"
        else:
            value = line[2:] if line.startswith("# ") else ""
            if mode == "out":
                cell.output += value + "\n"
            else:
                cell.error += value + "\n"
    for cell in cells:
        cell.code = cell.code.rstrip("\n") + "\n"
        cell.error = cell.error.strip()
        if cell.code.startswith("with contextlib.suppress(Exception):\n"):
            body = cell.code.split("\n", 1)[1]
            cell.code = "\n".join(line[4:] for line in body.split("\n")).rstrip("\n") + "\n"
            cell.raises = cell.error.partition(":")[0] or "Exception"
    return cells


# --- the library -----------------------------------------------------------------------------

LIBRARY_HEADER = '''\
# Generated from the chapters' `# @save` cells by `make examples`; do not edit.
"""The book's library: code defined in the chapters and reused by later sections.

    from mxbook import library as mb

Each block below names the section that explains it.
"""
'''


def saved_cells(
    settings: Settings,
) -> list[tuple[Section, nbformat.NotebookNode, nbformat.NotebookNode]]:
    found = []
    for section in book_sections(settings, canonical_language(settings)):
        nb = section.notebook()
        for cell in nb.cells:
            if cell.cell_type == "code" and cell.source.lstrip().startswith(SAVE_MARKER):
                found.append((section, nb, cell))
    return found


def render_library(settings: Settings) -> str:
    parts = [LIBRARY_HEADER]
    for section, nb, cell in saved_cells(settings):
        body = cell.source.lstrip().removeprefix(SAVE_MARKER).strip("\n")
        origin = f"{section.path.relative_to(settings.root)}:{cell_line(nb, cell)}"
        parts.append(f"\n# --- {origin}\n{body}\n")
    return "".join(parts)


def write_library(settings: Settings) -> bool:
    """Regenerate the library; True when its text changed. No `# @save` cells, no library."""
    path = settings.library
    if not saved_cells(settings) and not path.exists():
        return False
    text = render_library(settings)
    if path.is_file() and path.read_text(encoding="utf-8") == text:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return True


def write_examples(settings: Settings, log=print) -> list[Path]:
    """Regenerate examples/ from the chapters and the build's executed outputs."""
    from .execute import cached_notebook, execute_book

    write_library(settings)
    sections = [s for s in book_sections(settings, canonical_language(settings)) if s.code_cells()]
    execute_book(settings, log=log)  # runs only what the cache lacks
    written = []
    expected = {example_path(settings, s) for s in sections}
    if settings.examples.exists():
        for old in settings.examples.rglob("*.py"):
            if old not in expected:
                old.unlink()
    for section in sections:
        path = example_path(settings, section)
        path.parent.mkdir(parents=True, exist_ok=True)
        text = render_example(section, cached_notebook(settings, section), settings.root)
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            written.append(path)
    log(f"examples: {len(sections)} section(s), {len(written)} file(s) rewritten")
    return written
