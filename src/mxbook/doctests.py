"""Run example files as doctests with Sybil: one region per cell, one namespace per section.

Sybil gives the pytest collection, per-document namespaces and failure locations; this module
adds the parser for our example format (pullout.py) and an evaluator that runs a cell the way a
notebook does: statements, then the value of a final expression displayed with IPython's pretty
printer, and compares what was printed with the book's recorded output (outputs.py).
"""

from __future__ import annotations

import ast
import contextlib
import io
from pathlib import Path

from sybil import Document, Example, Region, Sybil

from .outputs import outputs_match
from .pullout import ExampleCell, parse_example

HOW_TO_UPDATE = (
    "If the change is intended, rebuild and regenerate the expectation: "
    "`make html && make examples`."
)


def _run_cell(code: str, namespace: dict, filename: str) -> str:
    """Execute like IPython: display the last expression's value. Returns what was printed."""
    from IPython.lib.pretty import pretty

    tree = ast.parse(code, filename)
    tail = None
    if tree.body and isinstance(tree.body[-1], ast.Expr):
        tail = ast.Expression(tree.body.pop().value)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(tree, filename, "exec"), namespace)
        if tail is not None:
            value = eval(compile(tail, filename, "eval"), namespace)
            # a trailing `;` hides the value in a notebook
            if value is not None and not code.rstrip().endswith(";"):
                print(pretty(value))
    return out.getvalue()


def evaluate_cell(example: Example) -> str | None:
    cell: ExampleCell = example.parsed
    where = f"{example.path}:{cell.line} (book: {cell.origin})"
    shown_before = _FIGURES["shown"]
    if cell.raises:
        try:
            _run_cell(cell.code, example.namespace, example.path)
        except Exception as err:  # the cell is expected to raise; check it is the right one
            if type(err).__name__ != cell.raises:
                return f"{where}: expected {cell.raises}, got {type(err).__name__}: {err}"
            return None
        return f"{where}: the cell should raise {cell.raises} but did not. {HOW_TO_UPDATE}"
    printed = _run_cell(cell.code, example.namespace, example.path)
    import matplotlib.pyplot as plt

    drawn = _FIGURES["shown"] - shown_before + len(plt.get_fignums())
    plt.close("all")
    if cell.figures and not drawn:
        return f"{where}: the book shows {cell.figures} figure(s); this run drew none."
    if not cell.varies and not outputs_match(cell.output, printed):
        return (
            f"{where}: output differs from the book.\n"
            f"--- expected (the built site)\n{cell.output.rstrip()}\n"
            f"--- actual\n{printed.rstrip()}\n{HOW_TO_UPDATE}"
        )
    return None


def parse_cells(document: Document):
    for cell in parse_example(Path(document.path)):
        # Sybil wants character offsets; the marker line locates the region.
        start = _offset(document.text, cell.line)
        end = _offset(document.text, cell.line + 1)
        yield Region(start, end, cell, evaluate_cell)


def _offset(text: str, line: int) -> int:
    offset = 0
    for _ in range(line - 1):
        offset = text.index("\n", offset) + 1
    return offset


_FIGURES = {"shown": 0}  # figures passed to plt.show() in this process


def _count_and_close(*args, **kwargs) -> None:
    import matplotlib.pyplot as plt

    _FIGURES["shown"] += len(plt.get_fignums())
    plt.close("all")


def _setup(namespace: dict) -> None:
    """Before each section: the fresh process state a notebook kernel starts with."""
    import matplotlib
    import matplotlib.pyplot as plt
    import mxnet as mx
    import numpy as np

    # Gluon numbers unnamed blocks per process (dense0, dense1, ...); a kernel starts at 0.
    mx.name.NameManager._current.value = mx.name.NameManager()
    matplotlib.use("Agg")  # no screen
    matplotlib.rcdefaults()
    plt.close("all")
    plt.show = _count_and_close  # figures are counted, not shown
    np.set_printoptions(**_NUMPY_PRINT_DEFAULTS)


def _numpy_print_defaults() -> dict:
    import numpy as np

    return dict(np.get_printoptions())


_NUMPY_PRINT_DEFAULTS = _numpy_print_defaults()


def sybil(path: Path) -> Sybil:
    """Sybil for the example files under `path` (absolute: Sybil resolves relative paths
    against the caller's file). Plain text documents: the file is parsed, never imported."""
    return Sybil(
        parsers=[parse_cells],
        patterns=["*.py"],
        path=str(Path(path).resolve()),
        setup=_setup,
        document_types={".py": Document},
    )
