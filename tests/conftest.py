"""Shared fixtures: the small fixture book, copied and built once per test session."""

from __future__ import annotations

import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures"


@dataclass
class Run:
    code: int
    out: str  # stdout and stderr together, as the author sees them

    def __str__(self) -> str:
        return f"exit {self.code}\n{self.out}"

    __repr__ = __str__  # pytest shows the whole output when an assertion fails


def mxbook(root: Path, *args: str, env: dict | None = None) -> Run:
    """Run the command line as an author does (`python -m mxbook ...`)."""
    import os

    result = subprocess.run(
        [sys.executable, "-m", "mxbook", "--root", str(root), *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        cwd=root,
    )
    return Run(result.returncode, result.stdout + result.stderr)


def copy_book(tmp: Path, name: str = "mini-book") -> Path:
    target = tmp / name
    shutil.copytree(
        FIXTURES / name, target, ignore=shutil.ignore_patterns("_build", "examples", "src")
    )
    shutil.copy2(REPO / "conftest.py", target / "conftest.py")  # doctests of its examples/
    return target


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.fixture(scope="session")
def built_book(tmp_path_factory) -> Path:
    """The fixture book built, its examples pulled out and zipped for offline reading."""
    root = copy_book(tmp_path_factory.mktemp("built"))
    for command in (["html"], ["examples"], ["offline"]):
        run = mxbook(root, *command)
        assert run.code == 0, str(run)
    return root
