"""Execute the book's sections into the jupyter-cache that the Sphinx build reads.

Why not let myst-nb execute: it runs notebooks one at a time while Sphinx reads, runs the zh and
en copy of a section separately, and several processes writing its SQLite cache at once fail.
Here every section is read exactly as myst-nb reads it, sections with the same code (the two
languages) are executed once, in parallel kernels, and only this process writes the cache. The
Sphinx build then finds every notebook cached (`nb_execution_mode = "cache"`) and runs nothing.

What decides "re-run or not" (jupyter-cache's hash, plus one rule of ours):
1. jupyter-cache hashes the code cells' source and metadata (tags) and the kernelspec; prose,
   markdown cells and outputs are ignored. Same code in both languages -> one entry.
2. A section that imports the book's library is re-run when the library's text changed since it
   was cached, because its outputs depend on code that lives in another section.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import re
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field

import nbformat
from jupyter_cache import get_cache
from jupyter_cache.base import CacheBundleIn

from .errors import BookError
from .sections import Section, book_sections, cell_line
from .settings import TAG_RAISES, Settings

ANSI_COLOUR = re.compile(r"\x1b\[[0-9;]*m")  # IPython colours its tracebacks
LIBRARY_IMPORT = "mxbook.library"
LIBRARY_IMPORT_ALT = "from mxbook import library"


@dataclass
class Job:
    """One distinct notebook to run, and every section file (language) that shares it."""

    notebook: nbformat.NotebookNode
    sections: list[Section]
    expected_seconds: float = 0.0


@dataclass
class ExecutionReport:
    executed: list[str] = field(default_factory=list)  # docnames run now
    cached: int = 0  # section files (all languages) served from the cache
    seconds: dict[str, float] = field(default_factory=dict)  # docname -> kernel time

    def summary(self) -> str:
        return (
            f"execution: {len(self.executed)} notebook(s) run, {self.cached} section file(s) cached"
        )


def uses_library(nb: nbformat.NotebookNode) -> bool:
    return any(
        LIBRARY_IMPORT in cell.source or LIBRARY_IMPORT_ALT in cell.source
        for cell in nb.cells
        if cell.cell_type == "code"
    )


def library_digest(settings: Settings) -> str:
    path = settings.library
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else ""


def _run_notebook(nb: nbformat.NotebookNode, timeout: int, threads: int):
    """Worker: run one notebook in a fresh kernel inside an empty temporary folder."""
    from jupyter_cache.executors.utils import single_nb_execution

    # Kernels inherit this; with several kernels at once, one BLAS/OpenMP thread each avoids
    # oversubscribing the cores. PYTHONHASHSEED keeps set/dict orders stable between builds.
    os.environ["OMP_NUM_THREADS"] = str(threads)
    os.environ["MXNET_CPU_WORKER_NTHREADS"] = str(threads)
    os.environ["PYTHONHASHSEED"] = "0"
    with tempfile.TemporaryDirectory(prefix="mxbook-run-") as cwd:
        result = single_nb_execution(nb, cwd=cwd, timeout=timeout, allow_errors=False)
    error = None
    if result.err is not None:
        error = (type(result.err).__name__, str(result.err))
    return nb, result.time, error


def _failure(
    job: Job, nb: nbformat.NotebookNode, error: tuple[str, str], timeout: int
) -> BookError:
    kind, text = error
    first = job.sections[0]
    twins = ", ".join(str(s.path) for s in job.sections[1:])
    same = f" (the same code is in {twins})" if twins else ""
    failed = next(
        (
            cell
            for cell in nb.cells
            if cell.cell_type == "code"
            and any(out.output_type == "error" for out in cell.get("outputs", []))
            and TAG_RAISES not in cell.metadata.get("tags", [])
        ),
        None,
    )
    code_cells = [c for c in nb.cells if c.cell_type == "code"]
    if kind == "CellTimeoutError":
        # nbclient stops at the hanging cell: the last one that started (has a count)
        started = [c for c in code_cells if c.get("execution_count") is not None]
        failed = started[-1] if started else failed
        where = _where(first, nb, failed, code_cells)
        return BookError(
            f"{where}: the cell did not finish within {timeout} s{same}.\n"
            "Make it faster, or allow more time: BOOK_CELL_TIMEOUT=<seconds> make html"
        )
    where = _where(first, nb, failed, code_cells)
    if failed is not None:  # the cell's own traceback, as the notebook shows it, minus colours
        error_output = next(o for o in failed.outputs if o.output_type == "error")
        text = ANSI_COLOUR.sub("", "\n".join(error_output.traceback))
    return BookError(
        f"{where}: the cell raised an exception{same}.\n{text.strip()}\n"
        f"Fix the code; if showing the error is the point of the cell, tag it "
        f"`:tags: [{TAG_RAISES}]`."
    )


def _where(section: Section, nb, cell, code_cells) -> str:
    if cell is None:
        return f"{section.path}"
    return f"{section.path}:{cell_line(nb, cell)} (code cell {code_cells.index(cell) + 1})"


def plan(settings: Settings, sections: list[Section] | None = None) -> tuple[list[Job], int]:
    """The notebooks that need a run, and how many section files the cache already covers.

    Prose-only pages are cached on the spot (there is nothing to run)."""
    if sections is None:
        sections = [s for lang in settings.languages for s in book_sections(settings, lang)]
    cache = get_cache(str(settings.cache))
    library = library_digest(settings)
    jobs: dict[str, Job] = {}
    cached = 0
    for section in sections:
        nb = section.notebook()
        _, key = cache.create_hashed_notebook(nb)
        if key in jobs:
            jobs[key].sections.append(section)
            continue
        record = None
        try:
            record = cache.match_cache_notebook(nb)
        except KeyError:
            pass
        if record is not None and (not uses_library(nb) or record.data.get("library") == library):
            cached += 1
            continue
        if not any(c.cell_type == "code" for c in nb.cells):
            # Prose-only pages: myst-nb would start a kernel to run nothing (and two Sphinx
            # processes would race to cache it). Cache the page as its own "execution".
            cache.cache_notebook_bundle(
                CacheBundleIn(nb, str(section.path), data={"execution_seconds": 0.0}),
                check_validity=False,
                overwrite=True,
            )
            cached += 1
            continue
        seconds = record.data.get("execution_seconds", 0.0) if record else 0.0
        jobs[key] = Job(nb, [section], seconds)
    return list(jobs.values()), cached


def execute_book(
    settings: Settings, sections: list[Section] | None = None, log=print
) -> ExecutionReport:
    """Run every section whose code is not in the cache yet; fail on the first broken one."""
    jobs, cached = plan(settings, sections)
    report = ExecutionReport(cached=cached)
    if not jobs:
        log(report.summary())
        return report
    cache = get_cache(str(settings.cache))
    library = library_digest(settings)
    workers = max(1, min(settings.workers, len(jobs)))
    threads = max(1, (os.cpu_count() or 1) // workers)
    # Longest first (known from earlier runs), so the pool does not end on one long section.
    jobs.sort(key=lambda job: job.expected_seconds, reverse=True)
    started = time.perf_counter()
    context = multiprocessing.get_context("spawn")  # no forked zmq/asyncio state
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        futures = [
            (job, pool.submit(_run_notebook, job.notebook, settings.cell_timeout, threads))
            for job in jobs
        ]
        for job, future in futures:
            nb, seconds, error = future.result()
            if error is not None:
                pool.shutdown(wait=False, cancel_futures=True)  # fail now, not after the rest
                raise _failure(job, nb, error, settings.cell_timeout)
            # Only this process writes the cache: SQLite does not like several writers.
            cache.cache_notebook_bundle(
                CacheBundleIn(
                    nb,
                    str(job.sections[0].path),
                    data={"execution_seconds": seconds, "library": library},
                ),
                check_validity=False,
                overwrite=True,
            )
            report.executed.append(job.sections[0].docname)
            report.seconds[job.sections[0].docname] = seconds
            log(f"  ran {job.sections[0].docname} in {seconds:.1f} s")
    log(f"{report.summary()} in {time.perf_counter() - started:.1f} s with {workers} kernel(s)")
    return report


def cached_notebook(settings: Settings, section: Section) -> nbformat.NotebookNode:
    """The executed notebook (with outputs) the build shows for a section."""
    cache = get_cache(str(settings.cache))
    nb = section.notebook()
    try:
        _, merged = cache.merge_match_into_notebook(nb)
    except KeyError:
        raise BookError(
            f"{section.path}: no executed outputs in the cache for this code. "
            "Run `make html` (or `make examples`, which executes what is missing) first."
        ) from None
    return merged
