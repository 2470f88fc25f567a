"""Language parity: every language has the same sections, in the same order, with the same code.

The rule for code is exact: each code cell's source and tags are identical in every language,
comments included (write code comments in English). Identical code is also what lets the two
languages share one execution in the cache.
"""

from __future__ import annotations

import difflib

from .errors import BookError
from .sections import book_sections, cell_line
from .settings import Settings


def check_parity(settings: Settings) -> int:
    """Raise BookError at the first difference; return the number of sections compared."""
    first, *others = settings.languages
    reference = book_sections(settings, first)
    for lang in others:
        sections = book_sections(settings, lang)
        names = [s.docname for s in reference]
        theirs = [s.docname for s in sections]
        missing = [n for n in names if n not in theirs]
        if missing:
            raise BookError(
                f"{settings.chapters / lang.code / (missing[0] + '.md')} is missing: "
                f"{first.code} has this section and {lang.code} has not (or it is not in a "
                f"toctree). Translate chapters/{first.code}/{missing[0]}.md and add it to the "
                "same toctree."
            )
        extra = [n for n in theirs if n not in names]
        if extra:
            raise BookError(
                f"{settings.chapters / first.code / (extra[0] + '.md')} is missing: {lang.code} "
                f"has this section and {first.code} has not. Translate "
                f"chapters/{lang.code}/{extra[0]}.md and add it to the same toctree."
            )
        if names != theirs:
            at = next(i for i, (a, b) in enumerate(zip(names, theirs, strict=False)) if a != b)
            raise BookError(
                f"{sections[at].path}: sections are in a different order than in "
                f"{first.code}: {first.code} has '{names[at]}' here, {lang.code} has "
                f"'{theirs[at]}'. Make the toctrees list the same entries in the same order."
            )
        for ours, twin in zip(reference, sections, strict=False):
            _compare_code(ours, twin)
    return len(reference)


def _compare_code(ours, twin) -> None:
    nb_a, nb_b = ours.notebook(), twin.notebook()
    cells_a = [c for c in nb_a.cells if c.cell_type == "code"]
    cells_b = [c for c in nb_b.cells if c.cell_type == "code"]
    for number, (a, b) in enumerate(zip(cells_a, cells_b, strict=False), 1):
        if a.source != b.source or a.metadata.get("tags", []) != b.metadata.get("tags", []):
            diff = (
                "\n".join(
                    difflib.unified_diff(
                        a.source.splitlines(),
                        b.source.splitlines(),
                        f"{ours.path}:{cell_line(nb_a, a)}",
                        f"{twin.path}:{cell_line(nb_b, b)}",
                        lineterm="",
                    )
                )
                or f"tags {a.metadata.get('tags', [])} != {b.metadata.get('tags', [])}"
            )
            raise BookError(
                f"{twin.path}:{cell_line(nb_b, b)}: code cell {number} differs from "
                f"{ours.path}:{cell_line(nb_a, a)}. Code cells must be identical in every "
                f"language (comments too):\n{diff}"
            )
    if len(cells_a) != len(cells_b):
        raise BookError(
            f"{twin.path}: has {len(cells_b)} code cells, {ours.path} has {len(cells_a)}. "
            "Every language needs the same code cells in the same order."
        )
