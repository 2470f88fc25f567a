"""Sphinx configuration shared by both languages (and the test fixture books).

The language is a parameter: `mxbook build` runs `sphinx-build -c docs chapters/<lang> ...`
with `-D language=...` and the execution cache path; nothing here is copied per language.
"""

import os

from mxbook.settings import MYST_EXTENSIONS, Settings

project = "Deep Learning, Hands On with MXNet"
author = "The mxbook authors"
copyright = "2026, The mxbook authors. Text CC BY-SA 4.0, code Apache-2.0"

extensions = [
    "myst_nb",
    "sphinx_copybutton",
    "sphinx.ext.mathjax",
    "mxbook.sphinxext",
]

language = "en"  # overridden per build with -D language=zh_CN / en
root_doc = "index"
exclude_patterns = ["_build", "**.ipynb_checkpoints"]
templates_path = ["_templates"]
html_static_path = ["_static"]
html_css_files = ["book.css"]

# --- MyST and execution -------------------------------------------------------------------
myst_enable_extensions = MYST_EXTENSIONS
myst_heading_anchors = 3
myst_dmath_double_inline = True
# The pipeline executes every section into this cache before Sphinx runs (mxbook.execute);
# "cache" mode then only reads it. A miss here (e.g. `make serve` after an edit) runs the
# notebook through the same cache.
nb_execution_mode = "cache"
nb_execution_cache_path = str(Settings.at(os.getcwd()).cache)  # overridden with -D
nb_execution_timeout = Settings.at(os.getcwd()).cell_timeout
nb_execution_raise_on_error = True
nb_execution_show_tb = True
nb_execution_in_temp = True
nb_merge_streams = True
nb_render_image_options = {"class": "book-figure"}
# SVG first: matplotlib figures stay sharp and small.
nb_mime_priority_overrides = [("html", "image/svg+xml", 5)]

# --- numbering and references -----------------------------------------------------------
numfig = True
math_numfig = True
math_eqref_format = "({number})"
suppress_warnings = ["mystnb.unknown_mime_type"]

# --- the site -------------------------------------------------------------------------------
html_theme = "sphinx_book_theme"
html_title = project
html_copy_source = True
html_sourcelink_suffix = ""  # the .md source downloads as .md, not .md.txt
html_last_updated_fmt = None
html_theme_options = {
    "use_download_button": True,
    "use_fullscreen_button": False,
    "use_repository_button": False,
    "show_toc_level": 2,
    "article_header_start": ["toggle-primary-sidebar.html", "language-switcher.html"],
    "navigation_with_keys": False,
}
# `language = zh_CN` makes Sphinx split Chinese words with jieba. Without a "dict" option Sphinx
# loads jieba's whole default dictionary a second time as a "user dictionary" (349k words, ~6 s
# on every build, even with nothing to index); jieba already uses that dictionary by default.
html_search_options = {"dict": ""}

# copy only the code, never the prompts or outputs
copybutton_exclude = ".linenos, .gp, .go"
copybutton_only_copy_prompt_lines = False
copybutton_selector = "div.cell_input div.highlight pre"  # buttons on code, not on outputs
