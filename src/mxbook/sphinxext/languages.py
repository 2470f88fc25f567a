"""Links on every page to the same page in the book's other languages.

Neither sphinx-book-theme nor pydata-sphinx-theme has a language switcher, and the theme's
version-switcher JSON cannot be fetched from file://, so these are plain relative links that
work from disk: zh/<docname>.html <-> en/<docname>.html (both trees have the same docnames).
"""

from __future__ import annotations

from sphinx.application import Sphinx

from ..settings import LANGUAGES


def _links(app: Sphinx, pagename: str, context: dict) -> None:
    here = app.config.language
    # from <site>/<lang>/<pagename>.html up to <site>/
    up = "../" * (pagename.count("/") + 1)
    context["book_languages"] = [
        {
            "code": lang.code,
            "name": lang.name,
            "url": f"{up}{lang.code}/{pagename}.html",
            "current": here in (lang.code, lang.sphinx),
        }
        for lang in LANGUAGES
    ]
    context["book_home"] = f"{up}index.html"


def setup(app: Sphinx) -> None:
    app.connect(
        "html-page-context", lambda app, pagename, tpl, ctx, doctree: _links(app, pagename, ctx)
    )
