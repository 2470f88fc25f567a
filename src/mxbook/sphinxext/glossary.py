"""The `{book-glossary}` directive: the glossary page of each language, from one source.

It feeds Sphinx's own `glossary` directive, so `{term}` links work in every section; each entry
is reachable by its English and its Chinese name in both languages.
"""

from __future__ import annotations

from pathlib import Path

from docutils.statemachine import StringList
from sphinx.domains.std import Glossary

from ..glossary import load_glossary


class BookGlossary(Glossary):
    has_content = False

    def run(self):
        env = self.state.document.settings.env
        source = Path(env.srcdir).parent / "glossary.yml"
        env.note_dependency(str(source))
        chinese = env.config.language.startswith("zh")
        # in the order of the source; terms kept for later chapters (no section yet) are not shown
        terms = [t for t in load_glossary(source) if t.section]
        lines = []
        for term in terms:
            first, second = (term.zh, term.en) if chinese else (term.en, term.zh)
            lines += [first, second]
            intro = ("首次出现于" if chinese else "Introduced in") + f" {{doc}}`/{term.section}`"
            lines.append(f"   {second}. {intro}")
            lines.append("")
        self.content = StringList(lines, source=str(source))
        return super().run()


def setup(app) -> None:
    app.add_directive("book-glossary", BookGlossary)
