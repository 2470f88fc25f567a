"""The bilingual glossary source (chapters/glossary.yml): one term, one translation."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from .errors import BookError


@dataclass(frozen=True)
class Term:
    en: str
    zh: str
    section: str | None  # docname of the introducing section, same in both languages
    note: str | None = None


def load_glossary(path: Path) -> list[Term]:
    try:
        entries = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    except (OSError, yaml.YAMLError) as err:
        raise BookError(f"{path}: cannot read the glossary: {err}") from err
    terms = []
    for number, entry in enumerate(entries, 1):
        if not isinstance(entry, dict) or not entry.get("en") or not entry.get("zh"):
            raise BookError(f"{path}: entry {number} needs both `en:` and `zh:` names.")
        terms.append(
            Term(str(entry["en"]), str(entry["zh"]), entry.get("section"), entry.get("note"))
        )
    for key in ("en", "zh"):
        names = [getattr(t, key) for t in terms]
        twice = sorted({n for n in names if names.count(n) > 1})
        if twice:
            raise BookError(f"{path}: {key} name(s) listed twice: {', '.join(twice)}.")
    return terms
