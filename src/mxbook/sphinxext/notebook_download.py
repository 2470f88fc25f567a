"""Offer each executed section as a notebook download (.ipynb with its outputs).

sphinx-book-theme adds the `.ipynb` entry to its download menu only when launch buttons are
configured (we have none: the site is offline), and in "cache" mode the notebook myst-nb writes
to `jupyter_execute/` is the unexecuted one. So we write the download ourselves: the page's
notebook (this language's prose) merged with its outputs from the execution cache, and set the
`ipynb_source` that the theme's download menu reads.
"""

from __future__ import annotations

from pathlib import Path

import nbformat
from jupyter_cache import get_cache
from sphinx.application import Sphinx

from ..sections import read_notebook


def _offer_notebook(app: Sphinx, pagename: str, templatename, context: dict, doctree) -> None:
    if doctree is None or pagename not in app.env.found_docs:
        return
    nb = read_notebook(Path(app.env.doc2path(pagename)))
    if not any(cell.cell_type == "code" for cell in nb.cells):
        return
    try:
        _, executed = get_cache(app.config.nb_execution_cache_path).merge_match_into_notebook(nb)
    except KeyError:
        return  # not executed (cannot happen after a successful read in "cache" mode)
    executed.metadata.pop("source_map", None)
    target = Path(app.outdir) / "_sources" / f"{pagename}.ipynb"
    target.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(executed, target)
    context["ipynb_source"] = f"{pagename}.ipynb"


def setup(app: Sphinx) -> None:
    # before the theme (priority 500) builds its download menu from the context
    app.connect("html-page-context", _offer_notebook, priority=400)
