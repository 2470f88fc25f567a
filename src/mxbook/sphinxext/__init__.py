"""The book's Sphinx extension: language links, glossary, offline math, notebook downloads."""

from sphinx.application import Sphinx

from . import chinese_search, glossary, languages, notebook_download, offline_math


def setup(app: Sphinx) -> dict:
    languages.setup(app)
    glossary.setup(app)
    offline_math.setup(app)
    notebook_download.setup(app)
    chinese_search.setup(app)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
