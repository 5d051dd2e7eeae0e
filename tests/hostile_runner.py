"""Child-process harness: run many command lines through ``main.main`` with the network tripwire.

Reads a JSON list of cases ``{"name", "argv", "env"}`` on stdin and prints one JSON object per case:
exit status, the stderr lines, seconds taken, and the peak memory growth while it ran.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import tests.netguard as netguard  # noqa: E402

netguard.install()
import main  # noqa: E402


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_case(case: dict) -> dict:
    saved = {k: os.environ.get(k) for k in case.get("env", {})}
    os.environ.update(case.get("env", {}))
    err, out = io.StringIO(), io.StringIO()
    before_attempts = len(netguard.ATTEMPTS)
    peak_before = _peak_mib()
    t = time.perf_counter()
    try:
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
            rc = main.main(case["argv"])
    except SystemExit as exc:  # argparse
        rc = exc.code if isinstance(exc.code, int) else 2
    except BaseException as exc:
        rc = 1
        err.write(f"CRASH {type(exc).__name__}: {exc}\n")
    secs = time.perf_counter() - t
    for k, v in saved.items():
        if v is None:
            os.environ.pop(k, None)
        else:
            os.environ[k] = v
    return {"name": case["name"], "rc": rc, "stderr": err.getvalue(), "stdout": out.getvalue()[:20000],
            "secs": secs, "peak_growth_mib": max(0.0, _peak_mib() - peak_before),
            "network_attempts": len(netguard.ATTEMPTS) - before_attempts}


if __name__ == "__main__":
    for case in json.load(sys.stdin):
        print(json.dumps(run_case(case)), flush=True)
