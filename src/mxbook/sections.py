"""Read the book: its sections in toctree order, and each section as a notebook.

Sections are parsed with the same MyST parser and notebook reader that myst-nb uses in the
build, so the toolchain sees exactly the cells the site executes.
"""

from __future__ import annotations

import copy
import hashlib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import nbformat
from markdown_it.renderer import RendererHTML
from myst_nb.core.read import is_myst_markdown_notebook, read_myst_markdown_notebook
from myst_parser.config.main import MdParserConfig
from myst_parser.parsers.mdit import create_md_parser

from .errors import BookError
from .settings import MYST_EXTENSIONS, Language, Settings


@cache
def _md_config() -> MdParserConfig:
    return MdParserConfig(enable_extensions=set(MYST_EXTENSIONS))


@dataclass(frozen=True)
class Section:
    """One source file of one language, e.g. chapters/en/basics/mlp.md (docname basics/mlp)."""

    lang: Language
    docname: str
    path: Path

    @property
    def chapter(self) -> str:
        return self.docname.rpartition("/")[0]

    @property
    def stem(self) -> str:
        return self.docname.rpartition("/")[2]

    def notebook(self) -> nbformat.NotebookNode:
        return read_notebook(self.path)

    def code_cells(self) -> list[nbformat.NotebookNode]:
        return [cell for cell in self.notebook().cells if cell.cell_type == "code"]


def read_notebook(path: Path) -> nbformat.NotebookNode:
    """The notebook myst-nb builds from a MyST text file (with a source map of cell lines)."""
    # Parsed once per process and content: the library, the planner and the checks all read
    # the same files; callers get their own copy to modify.
    return copy.deepcopy(_parse(path, path.read_text(encoding="utf-8")))


@cache
def _parse(path: Path, text: str) -> nbformat.NotebookNode:
    if not is_myst_markdown_notebook(text):
        raise BookError(
            f"{path}: not read as a notebook, so its code would not run. Start the file with "
            "front matter holding `file_format: mystnb` and the kernelspec (see docs/authors-guide.md)."
        )
    try:
        return read_myst_markdown_notebook(
            text, config=_md_config(), add_source_map=True, path=path
        )
    except Exception as err:  # the reader raises several types for malformed files
        raise BookError(f"{path}: cannot be read as a MyST notebook: {err}") from err


def cell_line(nb: nbformat.NotebookNode, cell: nbformat.NotebookNode) -> int:
    """1-based line in the source file where a cell starts."""
    return nb.metadata["source_map"][nb.cells.index(cell)] + 1


def _toctree_entries(path: Path) -> list[str]:
    """The documents listed by the {toctree} directives of one file, in order."""
    tokens = create_md_parser(_md_config(), RendererHTML).parse(path.read_text(encoding="utf-8"))
    entries = []
    for token in tokens:
        if token.type == "fence" and token.info.strip().startswith("{toctree}"):
            for line in token.content.splitlines():
                line = line.strip()
                if line and not line.startswith(":"):
                    # "Title <target>" entries name their target in angle brackets
                    if line.endswith(">") and "<" in line:
                        line = line[line.rindex("<") + 1 : -1]
                    entries.append(line.removesuffix(".md"))
    return entries


def toctree_signature(settings: Settings, lang: Language) -> str:
    """A digest of every toctree of a language (entries and options such as :numbered:)."""
    digest = hashlib.sha256()
    for path in sorted((settings.chapters / lang.code).rglob("*.md")):
        tokens = create_md_parser(_md_config(), RendererHTML).parse(
            path.read_text(encoding="utf-8")
        )
        for token in tokens:
            if token.type == "fence" and token.info.strip().startswith("{toctree}"):
                digest.update(f"{path.relative_to(settings.chapters)}\n{token.content}".encode())
    return digest.hexdigest()


def book_sections(settings: Settings, lang: Language) -> list[Section]:
    """Every document of one language in reading order: index, then the toctrees depth-first."""
    base = settings.chapters / lang.code
    if not (base / "index.md").is_file():
        raise BookError(
            f"{base / 'index.md'} is missing: each language needs an index.md with the toctree."
        )
    ordered: list[Section] = []
    seen: set[str] = set()

    def visit(docname: str, referrer: Path | None) -> None:
        path = base / f"{docname}.md"
        if not path.is_file():
            raise BookError(
                f"{referrer}: the toctree lists '{docname}', but {path} does not exist. "
                "Create the section or remove the entry."
            )
        if docname in seen:
            return
        seen.add(docname)
        ordered.append(Section(lang, docname, path))
        folder = docname.rpartition("/")[0]
        for entry in _toctree_entries(path):
            target = entry.lstrip("/") if entry.startswith("/") else f"{folder}/{entry}".lstrip("/")
            visit(target, path)

    visit("index", None)
    return ordered


def term_links(path: Path) -> set[str]:
    """Glossary names a file links with the {term} role (the target of `text <target>`)."""
    tokens = create_md_parser(_md_config(), RendererHTML).parse(path.read_text(encoding="utf-8"))
    found = set()
    stack = list(tokens)
    while stack:
        token = stack.pop()
        stack.extend(token.children or [])
        if token.type == "myst_role" and token.meta.get("name") == "term":
            text = " ".join(token.content.split())
            if text.endswith(">") and "<" in text:
                text = text[text.rindex("<") + 1 : -1]
            found.add(text.strip())
    return found
