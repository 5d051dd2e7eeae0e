"""Figures measured by the tests themselves (hostile inputs rejected, kill trials, tamper cases).

Tests call :func:`record`; the terminal summary prints the totals at the end of the run, so the numbers
quoted in the README come from a test run, not from prose.
"""

from __future__ import annotations

from collections import defaultdict

FIGURES: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))


def record(section: str, key: str, value: float = 1) -> None:
    FIGURES[section][key] += value
