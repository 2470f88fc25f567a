"""Collect examples/*.py as doctests (see mxbook.doctests); tests/ are ordinary pytest tests."""

from pathlib import Path

from mxbook.doctests import sybil

pytest_collect_file = sybil(Path(__file__).parent / "examples").pytest()
