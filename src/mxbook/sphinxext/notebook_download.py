"""Offer each executed section as a notebook download (.ipynb with its outputs).

sphinx-book-theme adds the `.ipynb` entry to its download menu only when launch buttons are
configured; we have none (the site is offline), so we copy the notebook myst-nb wrote to
`jupyter_execute/` ourselves and set the `ipynb_source` the theme's download menu reads.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from sphinx.application import Sphinx


def _offer_notebook(app: Sphinx, pagename: str, templatename, context: dict, doctree) -> None:
    executed = Path(app.outdir).parent / "jupyter_execute" / f"{pagename}.ipynb"
    if doctree is None or not executed.is_file():
        return
    target = Path(app.outdir) / "_sources" / f"{pagename}.ipynb"
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(executed, target)
    context["ipynb_source"] = f"{pagename}.ipynb"


def setup(app: Sphinx) -> None:
    # before the theme (priority 500) builds its download menu from the context
    app.connect("html-page-context", _offer_notebook, priority=400)
