"""The fast checks that need no execution: parity, stale examples and library, seeding."""

from __future__ import annotations

import ast

from .errors import BookError
from .glossary import load_glossary
from .parity import check_parity
from .pullout import canonical_language, example_path, parse_example, render_library, saved_cells
from .sections import book_sections, cell_line, term_links
from .settings import TAG_RAISES, Settings

REGENERATE = "Run `make html` then `make examples`, and commit the result."


def check_examples_fresh(settings: Settings) -> int:
    """Every section's example carries the chapter's current code; no example is left over."""
    sections = [s for s in book_sections(settings, canonical_language(settings)) if s.code_cells()]
    for section in sections:
        path = example_path(settings, section)
        if not path.is_file():
            raise BookError(f"{path} is missing for {section.path}. {REGENERATE}")
        cells = parse_example(path)
        code = [c.source.rstrip("\n") + "\n" for c in section.code_cells()]
        if len(cells) != len(code):
            raise BookError(
                f"{path} is stale: {section.path} has {len(code)} code cells, the example "
                f"{len(cells)}. {REGENERATE}"
            )
        for number, (chapter_code, cell) in enumerate(zip(code, cells, strict=False), 1):
            if chapter_code != cell.code:
                raise BookError(
                    f"{path}:{cell.line} is stale: code cell {number} of {section.path} has "
                    f"changed. {REGENERATE}"
                )
    known = {example_path(settings, s) for s in sections}
    if settings.examples.is_dir():
        for leftover in sorted(settings.examples.rglob("*.py")):
            if leftover not in known:
                raise BookError(f"{leftover} has no section in the book any more. {REGENERATE}")
    return len(sections)


def check_library_fresh(settings: Settings) -> None:
    path = settings.library
    if not path.exists() and not saved_cells(settings):
        return  # a book without `# @save` cells has no library
    if not path.is_file() or path.read_text(encoding="utf-8") != render_library(settings):
        raise BookError(
            f"{path} is stale: the chapters' `# @save` cells have changed. {REGENERATE}"
        )


def _seeds(source: str) -> set[str]:
    """Which of mx.random.seed / np.random.seed the code calls."""
    found = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            f = node.func
            if f.attr == "seed" and isinstance(f.value, ast.Attribute) and f.value.attr == "random":
                if isinstance(f.value.value, ast.Name):
                    found.add(f.value.value.id)
    return found


def check_seeded(settings: Settings) -> None:
    """The first code cell of each section seeds MXNet and NumPy: same outputs every build."""
    for lang in settings.languages:
        for section in book_sections(settings, lang):
            nb = section.notebook()
            code = [c for c in nb.cells if c.cell_type == "code"]
            if not code:
                continue
            try:
                seeds = _seeds(code[0].source)
            except SyntaxError:
                seeds = set()
            if not {"mx", "np"} <= seeds or TAG_RAISES in code[0].metadata.get("tags", []):
                raise BookError(
                    f"{section.path}:{cell_line(nb, code[0])}: the first code cell must seed "
                    "both generators, e.g. `mx.random.seed(0)` and `np.random.seed(0)` "
                    "(imported as `mx` and `np`), so that every build prints the same outputs."
                )


def check_glossary(settings: Settings) -> int:
    """Every {term} link names a glossary entry, and each entry's section introduces it."""
    terms = load_glossary(settings.glossary_source)
    names = {t.en for t in terms} | {t.zh for t in terms}
    where = settings.glossary_source
    books = {
        lang.code: {s.docname: s for s in book_sections(settings, lang)}
        for lang in settings.languages
    }
    for sections in books.values():
        for section in sections.values():
            unknown = sorted(term_links(section.path) - names)
            if unknown:
                raise BookError(
                    f"{section.path}: {{term}} links to {', '.join(unknown)}, which "
                    f"{where} does not define. Use the glossary's name or add an entry."
                )
    for term in terms:
        if not term.section:
            continue
        for code, sections in books.items():
            section = sections.get(term.section)
            if section is None:
                raise BookError(
                    f"{where}: '{term.en}' names section '{term.section}', which the book does not have."
                )
            name = term.zh if code == "zh" else term.en
            if name not in term_links(section.path):
                raise BookError(
                    f"{section.path}: introduces '{term.en}' according to {where}, but never "
                    f"links it: write {{term}}`{name}` where the term is first explained."
                )
    return sum(1 for t in terms if t.section)


def run_checks(settings: Settings, log=print) -> None:
    count = check_parity(settings)
    log(f"parity: {len(settings.languages)} languages, {count} sections each, code identical")
    check_seeded(settings)
    log("seeding: every section with code seeds MXNet and NumPy first")
    introduced = check_glossary(settings)
    log(
        f"glossary: every term link resolves; {introduced} terms point at their introducing section"
    )
    n = check_examples_fresh(settings)
    check_library_fresh(settings)
    log(f"examples: {n} example files and the library match the chapters")
