"""All settings of the book toolchain in one typed place; the language is a parameter."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Language:
    code: str  # folder name under chapters/ and _build/html/
    sphinx: str  # Sphinx `language`; zh_CN selects jieba search and Chinese theme strings
    name: str  # label in the language switcher and on the landing page


LANGUAGES: tuple[Language, ...] = (
    Language("zh", "zh_CN", "中文"),
    Language("en", "en", "English"),
)

# MyST syntax the chapters may use; conf.py and the chapter reader share this list so that
# the pipeline parses a section exactly as the site does.
MYST_EXTENSIONS: list[str] = ["dollarmath", "amsmath", "colon_fence", "deflist"]

# Cell tags with a meaning to the toolchain.
TAG_RAISES = "raises-exception"  # the cell must raise; nbclient and the doctests expect it
TAG_OUTPUT_VARIES = "output-varies"  # e.g. timings: doctests run the cell but skip the compare

# A cell starting with this line is collected into the book's library.
SAVE_MARKER = "# @save"


def _env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    try:
        return int(value)
    except ValueError:
        from .errors import BookError

        raise BookError(f"{name}={value!r} is not a whole number of seconds/workers.") from None


@dataclass(frozen=True)
class Settings:
    """Where the book lives and how it is built. `root` holds chapters/ and docs/."""

    root: Path
    languages: tuple[Language, ...] = LANGUAGES
    # Per-cell execution limit; a hanging cell fails the build after this many seconds.
    cell_timeout: int = field(default_factory=lambda: _env_int("BOOK_CELL_TIMEOUT", 300))
    # Sections executed at once (one kernel each).
    workers: int = field(default_factory=lambda: _env_int("BOOK_WORKERS", os.cpu_count() or 1))
    # The Sphinx configuration shared by every book (the real one and test fixtures).
    confdir: Path = Path(__file__).resolve().parents[2] / "docs"

    @classmethod
    def at(cls, root: str | Path) -> Settings:
        return cls(root=Path(root).resolve())

    @property
    def chapters(self) -> Path:
        return self.root / "chapters"

    @property
    def glossary_source(self) -> Path:
        return self.chapters / "glossary.yml"

    @property
    def build(self) -> Path:
        return self.root / "_build"

    @property
    def cache(self) -> Path:
        """The jupyter-cache shared by both languages (same code, one execution)."""
        return self.build / "jupyter_cache"

    @property
    def site(self) -> Path:
        return self.build / "html"

    @property
    def offline_zip(self) -> Path:
        return self.build / "book-offline.zip"

    @property
    def examples(self) -> Path:
        return self.root / "examples"

    @property
    def library(self) -> Path:
        return self.root / "src" / "mxbook" / "library.py"

    def sphinx_dir(self, lang: Language) -> Path:
        """Each language's Sphinx build gets its own parent folder, because myst-nb and the
        theme write `jupyter_execute/` next to the output folder."""
        return self.build / "sphinx" / lang.code

    def language(self, code: str) -> Language:
        for lang in self.languages:
            if code in (lang.code, lang.sphinx):
                return lang
        raise KeyError(code)
