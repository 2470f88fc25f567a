"""MathJax from the site's own files, so equations render with no network.

Sphinx loads MathJax from a CDN by default. The files come from the pinned PyPI package
sphinx-mathjax-offline (MathJax 3); we copy only what `tex-chtml.js` loads (the script and its
woff fonts, ~1.6 MB) instead of that package's whole 24 MB tree, in every language's output.
"""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

from sphinx.application import Sphinx

MATHJAX_FILES = ("tex-chtml.js", "output/chtml/fonts/woff-v2")


def _mathjax_source() -> Path:
    spec = importlib.util.find_spec("sphinx-mathjax-offline")
    if spec is None or spec.origin is None:
        from ..errors import BookError

        raise BookError("sphinx-mathjax-offline is not installed: run `make html` to set up .venv.")
    return Path(spec.origin).parent / "static" / "mathjax"


def _copy(app: Sphinx, exception: Exception | None) -> None:
    if exception is not None or app.builder.format != "html":
        return
    source = _mathjax_source()
    target = Path(app.outdir) / "_static" / "mathjax"
    for name in MATHJAX_FILES:
        src, dst = source / name, target / name
        dst.parent.mkdir(parents=True, exist_ok=True)
        if src.is_dir():
            shutil.copytree(src, dst, dirs_exist_ok=True)
        else:
            shutil.copy2(src, dst)


def setup(app: Sphinx) -> None:
    app.config.mathjax_path = "mathjax/tex-chtml.js"
    app.connect("build-finished", _copy)
