"""`make bench`: what building and testing the book cost, against the usual way.

Everything runs on a scratch copy of the book under _build/bench/, so the author's cache and
site are untouched. Figures go to _build/bench.json and a table to the terminal. Timings are
never test assertions: this machine is shared and noisy.
"""

from __future__ import annotations

import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path
from urllib.parse import unquote, urlparse

import nbformat
import psutil

from .build import sphinx_command
from .sections import book_sections
from .settings import Settings

PY = sys.executable
REPEAT = 3  # runs of the short measurements; the median is reported


def measure(command: list[str], cwd: Path, env: dict | None = None) -> tuple[float, int]:
    """Wall time and peak resident memory of the whole process tree (kernels included)."""
    started = time.perf_counter()
    process = psutil.Popen(
        command,
        cwd=cwd,
        env={**os.environ, **(env or {})},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    peak = 0
    while process.poll() is None:
        try:
            tree = [process, *process.children(recursive=True)]
            peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()))
        except psutil.Error:
            pass
        time.sleep(0.1)
    seconds = time.perf_counter() - started
    output = process.stdout.read().decode(errors="replace")
    if process.returncode != 0:
        raise SystemExit(f"bench: {' '.join(command)} failed:\n{output[-3000:]}")
    return seconds, peak


def scratch_book(settings: Settings, name: str) -> Path:
    target = settings.build / "bench" / name
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    shutil.copytree(settings.chapters, target / "chapters")
    shutil.copytree(settings.examples, target / "examples")
    shutil.copy2(settings.root / "conftest.py", target / "conftest.py")
    return target


def median_of(runs: list[float]) -> float:
    return statistics.median(runs)


def edit_section_code(root: Path, docname: str, number: int) -> None:
    """Change the code of one section (both languages, so parity holds): a new comment line."""
    for lang in ("zh", "en"):
        path = root / "chapters" / lang / f"{docname}.md"
        text = path.read_text(encoding="utf-8")
        head, sep, tail = text.rpartition("```{code-cell} python\n")
        path.write_text(f"{head}{sep}# bench edit {number}\n{tail}", encoding="utf-8")


def page_weight(site: Path) -> dict:
    """The heaviest page with what it loads (stylesheets, scripts, images), and the file count."""
    from bs4 import BeautifulSoup

    heaviest = {"page": "", "bytes": 0, "files": 0}
    for page in site.rglob("*.html"):
        if "_static" in page.parts:
            continue
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        loaded = {page}
        for tag, attr in (("link", "href"), ("script", "src"), ("img", "src")):
            for node in soup.find_all(tag):
                if tag == "link" and "stylesheet" not in (node.get("rel") or []):
                    continue
                url = node.get(attr)
                if url and not urlparse(url).scheme:
                    target = (page.parent / unquote(urlparse(url).path)).resolve()
                    if target.is_file():
                        loaded.add(target)
        size = sum(p.stat().st_size for p in loaded)
        if size > heaviest["bytes"]:
            heaviest = {"page": str(page.relative_to(site)), "bytes": size, "files": len(loaded)}
    return heaviest


def write_notebooks(settings: Settings, folder: Path) -> Path:
    """The English sections as .ipynb files, for nbmake's one-kernel-per-notebook run.

    Outside _build/: nbmake silently skips any path with a `_build` folder in it."""
    for section in book_sections(settings, settings.language("en")):
        nb = section.notebook()
        if not any(c.cell_type == "code" for c in nb.cells):
            continue
        nb.metadata.pop("source_map", None)
        target = folder / f"{section.docname}.ipynb"
        target.parent.mkdir(parents=True, exist_ok=True)
        nbformat.write(nb, target)
    return folder


def machine() -> dict:
    cpu = ""
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        cpu = next(
            (
                line.split(":", 1)[1].strip()
                for line in cpuinfo.read_text().splitlines()
                if line.startswith("model name")
            ),
            "",
        )
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gb": round(psutil.virtual_memory().total / 2**30, 1),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "load_average_at_start": os.getloadavg(),
    }


def run(settings: Settings) -> dict:
    results: dict = {"machine": machine(), "repeat": REPEAT}
    book = scratch_book(settings, "book")
    sections = [
        s for s in book_sections(Settings.at(book), settings.language("en")) if s.code_cells()
    ]
    mx = [PY, "-m", "mxbook", "--root", str(book)]
    print(f"bench: {len(sections)} sections with code, two languages; scratch copy in {book}")

    cold, cold_peak = measure([*mx, "html"], book)
    results["cold_build"] = {"seconds": cold, "peak_memory_mb": cold_peak / 2**20}
    print(f"  cold build            {cold:7.1f} s")

    again = [measure([*mx, "html"], book)[0] for _ in range(REPEAT)]
    results["no_change_rebuild"] = {"seconds": median_of(again), "runs": again}
    print(f"  no-change rebuild     {median_of(again):7.1f} s")

    edits = []
    for number in range(REPEAT):
        edit_section_code(book, "preliminaries/autograd", number)
        edits.append(measure([*mx, "html"], book)[0])
    results["one_section_edit_rebuild"] = {
        "seconds": median_of(edits),
        "runs": edits,
        "section": "preliminaries/autograd",
    }
    print(f"  one-section edit      {median_of(edits):7.1f} s")

    offline = measure([*mx, "offline"], book)[0]
    zip_path = book / "_build" / "book-offline.zip"
    with zipfile.ZipFile(zip_path) as zf:
        files = len(zf.namelist())
    results["site"] = {
        "offline_zip_mb": zip_path.stat().st_size / 2**20,
        "offline_zip_files": files,
        "zip_seconds": offline,
        "heaviest_page": page_weight(book / "_build" / "html"),
    }
    print(f"  offline zip           {results['site']['offline_zip_mb']:7.1f} MB ({files} files)")

    # The usual way: one Sphinx + myst-nb build per language, every notebook executed, no cache.
    usual_root = scratch_book(settings, "usual")
    usual, usual_peak = 0.0, 0
    for lang in settings.languages:
        # our Sphinx command, but myst-nb executes every notebook itself, with no cache
        command = sphinx_command(Settings.at(usual_root), lang, strict=False)
        command[-2:-2] = ["-D", "nb_execution_mode=force", "-D", "nb_execution_raise_on_error=1"]
        seconds, peak = measure(command, usual_root)
        usual, usual_peak = usual + seconds, max(usual_peak, peak)
    results["usual_way"] = {"seconds": usual, "peak_memory_mb": usual_peak / 2**20}
    print(f"  usual way (2 builds)  {usual:7.1f} s")

    # The floor: each section's code as a plain script, one process per section, serially.
    floor = 0.0
    for section in sections:
        script = book / "examples" / f"{section.docname}.py"
        floor += measure([PY, str(script)], book, {"MPLBACKEND": "Agg"})[0]
    results["execution_floor"] = {"seconds": floor}
    print(f"  execution floor       {floor:7.1f} s")

    pytest = [PY, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-n", "2"]
    doctests = [
        measure([*pytest, "--dist", "loadfile", "examples"], book)[0] for _ in range(REPEAT)
    ]
    with tempfile.TemporaryDirectory(prefix="mxbook-nbmake-") as tmp:
        write_notebooks(Settings.at(book), Path(tmp) / "notebooks")
        # one run: it is not short, and the bench must stay under 15 minutes
        nbmake = [measure([*pytest, "--nbmake", "notebooks"], Path(tmp))[0]]
    results["doctests"] = {"seconds": median_of(doctests), "runs": doctests}
    results["nbmake_one_kernel_per_notebook"] = {"seconds": median_of(nbmake), "runs": nbmake}
    print(f"  doctests              {median_of(doctests):7.1f} s")
    print(f"  nbmake                {median_of(nbmake):7.1f} s")

    results["ratios"] = {
        "cold_over_usual_way": cold / usual,
        "cold_over_execution_floor": cold / floor,
        "no_change_over_cold": median_of(again) / cold,
        "one_edit_over_cold": median_of(edits) / cold,
        "doctests_over_nbmake": median_of(doctests) / median_of(nbmake),
    }
    return results


def report(results: dict) -> str:
    r, ratios, site = results, results["ratios"], results["site"]
    page = site["heaviest_page"]
    rows = [
        (
            "cold build, both languages",
            f"{r['cold_build']['seconds']:.1f} s",
            f"peak {r['cold_build']['peak_memory_mb']:.0f} MB",
        ),
        (
            "usual way (2 builds, forced execution)",
            f"{r['usual_way']['seconds']:.1f} s",
            f"cold ÷ usual = {ratios['cold_over_usual_way']:.2f}",
        ),
        (
            "execution floor (plain scripts, serial)",
            f"{r['execution_floor']['seconds']:.1f} s",
            f"cold ÷ floor = {ratios['cold_over_execution_floor']:.2f}",
        ),
        (
            "no-change rebuild (median)",
            f"{r['no_change_rebuild']['seconds']:.1f} s",
            f"÷ cold = {ratios['no_change_over_cold']:.3f}",
        ),
        (
            "one-section edit rebuild (median)",
            f"{r['one_section_edit_rebuild']['seconds']:.1f} s",
            f"÷ cold = {ratios['one_edit_over_cold']:.3f}",
        ),
        (
            "doctests of all examples (median)",
            f"{r['doctests']['seconds']:.1f} s",
            f"÷ nbmake = {ratios['doctests_over_nbmake']:.2f}",
        ),
        (
            "nbmake, one kernel per notebook (1 run)",
            f"{r['nbmake_one_kernel_per_notebook']['seconds']:.1f} s",
            "",
        ),
        ("offline zip", f"{site['offline_zip_mb']:.1f} MB", f"{site['offline_zip_files']} files"),
        (
            "heaviest page + what it loads",
            f"{page['bytes'] / 2**20:.2f} MB",
            f"{page['files']} files: {page['page']}",
        ),
    ]
    width = max(len(name) for name, _, _ in rows)
    m = results["machine"]
    lines = [f"machine: {m['cpu']}, {m['cores']} cores, {m['memory_gb']} GB, Python {m['python']}"]
    lines += [f"{name:<{width}}  {value:>10}  {note}" for name, value, note in rows]
    return "\n".join(lines)


def main() -> None:
    settings = Settings.at(Path.cwd())
    started = time.perf_counter()
    results = run(settings)
    results["bench_seconds"] = time.perf_counter() - started
    out = settings.build / "bench.json"
    out.write_text(json.dumps(results, indent=2), encoding="utf-8")
    print()
    print(report(results))
    print(f"\nwritten to {out} (bench took {results['bench_seconds'] / 60:.1f} min)")


if __name__ == "__main__":
    main()
