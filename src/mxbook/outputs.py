"""Compare printed output with the output the book recorded, tolerating float noise.

Text compares exactly, except for numbers written with a fraction or exponent: those may differ
by a relative 1e-5, and when written with at least three significant digits, by one unit in the
last digit written in the expectation (BLAS and CPU instruction sets change the last digits
between machines; a value rounded for printing can then flip its last digit). Short numbers
such as `23.` or `0.5`, integers and everything else must match exactly. Trailing spaces at
line ends are ignored.
"""

from __future__ import annotations

import math
import re

# A number token: the parser of this comparison (not Markdown), so a regex is the right tool.
NUMBER = re.compile(r"[-+]?(?:\d+\.\d*|\.\d+|\d+)(?:[eE][-+]?\d+)?|[-+]?(?:nan|inf)\b")


def _unit(token: str) -> float:
    """One unit in the last written digit of a float token (0.001 for '3.142'), or 0 when
    fewer than three significant digits are written."""
    mantissa, _, exponent = token.lower().lstrip("+-").partition("e")
    significant = mantissa.replace(".", "").lstrip("0")
    if len(significant) < 3:
        return 0.0
    decimals = len(mantissa.split(".")[1]) if "." in mantissa else 0
    return 10.0 ** (-decimals + (int(exponent) if exponent else 0))


def _is_float(token: str) -> bool:
    return any(ch in token.lower() for ch in ".en") or "inf" in token.lower()


def _normalise(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.strip("\n").split("\n"))


def outputs_match(expected: str, actual: str) -> bool:
    expected, actual = _normalise(expected), _normalise(actual)
    if expected == actual:
        return True
    exp_tokens, act_tokens = NUMBER.split(expected), NUMBER.split(actual)
    exp_nums, act_nums = NUMBER.findall(expected), NUMBER.findall(actual)
    if exp_tokens != act_tokens or len(exp_nums) != len(act_nums):
        return False
    for want, got in zip(exp_nums, act_nums, strict=False):
        if want == got:
            continue
        if not (_is_float(want) and _is_float(got)):
            return False
        a, b = float(want), float(got)
        if math.isnan(a) or math.isnan(b) or math.isinf(a) or math.isinf(b):
            return False
        if abs(a - b) > max(1e-5 * abs(a), _unit(want)) * (1 + 1e-9):
            return False
    return True
