"""Chinese search that works in the browser.

Sphinx 9.0 indexes Chinese with jieba and stems Latin words with the English stemmer, but its
language_data.js for zh ends with `window.Stemmer = ChineseStemmer;` while the JS it ships
defines only `EnglishStemmer`: the search page stops with a ReferenceError and finds nothing.
The JS name comes from `language_name`, so a subclass naming the stemmer it really ships fixes
it without touching the splitter or the index.
"""

from __future__ import annotations

from sphinx.application import Sphinx
from sphinx.search.zh import SearchChinese


class ChineseSearch(SearchChinese):
    language_name = "English"  # names the stemmer JS (EnglishStemmer) that zh actually uses


def setup(app: Sphinx) -> None:
    app.add_search_language(ChineseSearch)
