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
from .settings import Language, Settings

LANDING_PAGE = Path(__file__).resolve().parents[2] / "docs" / "landing.html"


def sphinx_command(settings: Settings, lang: Language, strict: bool = True) -> list[str]:
    out = settings.sphinx_dir(lang)
    command = [
        sys.executable, "-m", "sphinx",
        "-b", "html",
        "-c", str(settings.confdir),
        "-d", str(out / "doctrees"),
        "-D", f"language={lang.sphinx}",
        "-D", f"nb_execution_cache_path={settings.cache}",
        "-D", f"nb_execution_timeout={settings.cell_timeout}",
        "-q",
        str(settings.chapters / lang.code),
        str(out / "html"),
    ]
    if strict:
        command[3:3] = ["-W", "--keep-going"]  # a warning (broken reference...) fails the build
    return command


def run_sphinx(settings: Settings, log=print) -> None:
    """Both languages at once: after execution they only read the cache, so they can share it."""
    processes = {
        lang: subprocess.Popen(
            sphinx_command(settings, lang),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            cwd=settings.root,
        )
        for lang in settings.languages
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


def assemble_site(settings: Settings) -> Path:
    settings.site.mkdir(parents=True, exist_ok=True)
    for lang in settings.languages:
        _link_tree(settings.sphinx_dir(lang) / "html", settings.site / lang.code)
    shutil.copy2(LANDING_PAGE, settings.site / "index.html")
    return settings.site / "index.html"


def build(settings: Settings, log=print) -> ExecutionReport:
    started = time.perf_counter()
    if write_library(settings):
        log(f"library regenerated: {settings.library.relative_to(settings.root)}")
    report = execute_book(settings, log=log)
    run_sphinx(settings, log=log)
    landing = assemble_site(settings)
    log(f"site: {landing} ({time.perf_counter() - started:.1f} s)")
    return report
