"""Figures measured by the tests themselves (hostile inputs rejected, kill trials, tamper cases).

Tests call :func:`record`; the terminal summary prints the totals at the end of the run, so the numbers
quoted in the README come from a test run, not from prose.
"""

from __future__ import annotations

import json
import os
from collections import defaultdict

FIGURES: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
FILE_ENV = "ATTEST_FIGURES_FILE"
"""With parallel workers (pytest -n 2), each worker appends its records to this file and the
controller's summary adds them up."""


def record(section: str, key: str, value: float = 1) -> None:
    path = os.environ.get(FILE_ENV)
    if path and os.environ.get("PYTEST_XDIST_WORKER"):
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(json.dumps([section, key, value]) + "\n")
        return
    FIGURES[section][key] += value


def collect() -> dict[str, dict[str, float]]:
    """This process's figures plus those the workers wrote."""
    out: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for section, items in FIGURES.items():
        for k, v in items.items():
            out[section][k] += v
    path = os.environ.get(FILE_ENV)
    if path and os.path.exists(path):
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                section, key, value = json.loads(line)
                out[section][key] += value
    return out
