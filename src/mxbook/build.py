"""Build the site: regenerate the library, execute what changed, run Sphinx per language,
then assemble `_build/html/` with a landing page.

    chapters/{zh,en}/  --execute (shared cache)-->  --sphinx-build per language-->
    _build/sphinx/<lang>/html  --assemble-->  _build/html/{index.html, zh/, en/}
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from .errors import BookError
from .execute import ExecutionReport, execute_book
from .pullout import write_library
from .sections import book_sections, toctree_signature
from .settings import Language, Settings


def _toctree_stamp(settings: Settings, lang: Language) -> Path:
    return settings.sphinx_dir(lang) / "toctrees.sha256"


def _structure_changed(settings: Settings, lang: Language) -> bool:
    """Sphinx keeps stale section numbers when toctrees change (a page leaving a :numbered:
    toctree keeps its number); such builds start from a fresh environment instead."""
    stamp = _toctree_stamp(settings, lang)
    return not stamp.is_file() or stamp.read_text() != toctree_signature(settings, lang)


def sphinx_command(
    settings: Settings, lang: Language, strict: bool = True, fresh: bool = False
) -> list[str]:
    out = settings.sphinx_dir(lang)
    command = [
        sys.executable,
        "-m",
        "sphinx",
        "-b",
        "html",
        "-c",
        str(settings.confdir),
        "-d",
        str(out / "doctrees"),
        "-D",
        f"language={lang.sphinx}",
        "-D",
        f"nb_execution_cache_path={settings.cache}",
        "-D",
        f"nb_execution_timeout={settings.cell_timeout}",
        "-q",
        str(settings.chapters / lang.code),
        str(out / "html"),
    ]
    if strict:
        command[3:3] = ["-W", "--keep-going"]  # a warning (broken reference...) fails the build
    if fresh:
        command[3:3] = ["-E"]
    return command


def _sphinx_env(settings: Settings, lang: Language) -> dict[str, str]:
    # jieba (Chinese search) caches its dictionary in TMPDIR; one folder per build avoids two
    # builds racing on /tmp/jieba.cache, and keeps the cache between rebuilds.
    tmp = settings.sphinx_dir(lang) / "tmp"
    tmp.mkdir(parents=True, exist_ok=True)
    return {**os.environ, "TMPDIR": str(tmp)}


def run_sphinx(settings: Settings, languages: list[Language], log=print) -> None:
    """Languages at once: after execution they only read the cache, so they can share it."""
    processes = {
        lang: subprocess.Popen(
            sphinx_command(settings, lang, fresh=_structure_changed(settings, lang)),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            cwd=settings.root,
            env=_sphinx_env(settings, lang),
        )
        for lang in languages
    }
    failed = []
    for lang, process in processes.items():
        output, _ = process.communicate()
        if output.strip():
            log(output.rstrip())
        if process.returncode != 0:
            failed.append(lang.code)
    if failed:
        raise BookError(
            f"Sphinx failed for {', '.join(failed)} (messages above name the file and line). "
            "Fix the warnings: with -W every warning is an error."
        )
    for lang in languages:  # only a successful build records the structure it was built from
        _toctree_stamp(settings, lang).write_text(toctree_signature(settings, lang))


def _link_tree(source: Path, target: Path) -> None:
    """Mirror a Sphinx output folder with hard links (instant, no copy); copy across devices."""
    if target.exists():
        shutil.rmtree(target)

    def link(src: str, dst: str) -> None:
        try:
            os.link(src, dst)
        except OSError:
            shutil.copy2(src, dst)

    shutil.copytree(source, target, copy_function=link)


def assemble_site(settings: Settings, languages: list[Language]) -> Path:
    settings.site.mkdir(parents=True, exist_ok=True)
    for lang in languages:
        _link_tree(settings.sphinx_dir(lang) / "html", settings.site / lang.code)
    shutil.copy2(settings.confdir / "landing.html", settings.site / "index.html")
    return settings.site / "index.html"


def build(settings: Settings, only: list[str] | None = None, log=print) -> ExecutionReport:
    """Build every language, or only the ones named (codes such as "zh")."""
    started = time.perf_counter()
    try:
        languages = [settings.language(code) for code in only] if only else list(settings.languages)
    except KeyError as err:
        known = ", ".join(lang.code for lang in settings.languages)
        raise BookError(f"unknown language {err}; the book has: {known}") from None
    if write_library(settings):
        log(f"library regenerated: {settings.library.relative_to(settings.root)}")
    sections = [s for lang in languages for s in book_sections(settings, lang)]
    report = execute_book(settings, sections, log=log)
    run_sphinx(settings, languages, log=log)
    landing = assemble_site(settings, languages)
    log(f"site: {landing} ({time.perf_counter() - started:.1f} s)")
    return report
