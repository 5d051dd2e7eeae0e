"""Longest stretch without a cancel check in each long job of the app (an upper bound on how long a
cancel can take, apart from unwinding).

Each job runs to the end with a :class:`core.jobs.Job` that notes the time of every cancel check (an
explicit ``check()``, a progress report, or a poll of ``cancelled``) made on the job's thread. The
report lists, per job, the longest gap, the 99th percentile, and the progress message that came
before the longest gap (where to look). Run: ``python scripts/cancel_gaps.py [--quick]``.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from core.jobs import Job


class _NotingEvent(threading.Event):
    """The cancel flag; every check of a job (or of a stage of it) reads it."""

    def __init__(self, owner: GapJob) -> None:
        super().__init__()
        self.owner = owner

    def is_set(self) -> bool:
        o = self.owner
        if threading.get_ident() == o.thread:
            o.times.append(time.monotonic())
            o.where.append(o.last)
        return super().is_set()


class GapJob(Job):
    """A job that records when it was checked for a cancel, from the thread that runs it."""

    def __init__(self) -> None:
        super().__init__(self._note)
        self.thread = threading.get_ident()
        self.times: list[float] = []
        self.where: list[str] = []
        self.last = ""
        self._cancel = _NotingEvent(self)

    def _note(self, _fraction: float, message: str) -> None:
        self.last = message

    def summary(self) -> dict[str, object]:
        gaps = [(b - a, w) for a, b, w in zip(self.times, self.times[1:], self.where, strict=False)]
        if not gaps:
            return {"checks": len(self.times)}
        gaps.sort(key=lambda g: -g[0])
        ordered = sorted(g for g, _ in gaps)
        return {"checks": len(self.times), "longest_gap_s": round(gaps[0][0], 3),
                "p99_gap_s": round(ordered[int(0.99 * (len(ordered) - 1))], 3),
                "after": [f"{g:.2f} s after {w!r}" for g, w in gaps[:3]],
                "run_s": round(self.times[-1] - self.times[0], 1)}


def run(name: str, fn) -> dict[str, object]:
    job = GapJob()
    t = time.monotonic()
    fn(job)
    end = time.monotonic()
    out = {"job": name, "wall_s": round(end - t, 1), **job.summary()}
    if job.times:
        out["before_first_check_s"] = round(job.times[0] - t, 3)
        out["after_last_check_s"] = round(end - job.times[-1], 3)
    print(json.dumps(out), flush=True)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="smaller evaluation and trace")
    ap.add_argument("--only", default="", help="comma-separated job names")
    args = ap.parse_args()
    only = set(filter(None, args.only.split(",")))
    # The app imports torch, scipy.stats, captum and transformers on a worker as soon as its window is
    # up (engine.device.warm_imports). Loading their compiled extensions holds the interpreter lock for
    # a second or more, which no check can interrupt, so this script does the same first and measures
    # the jobs as the app runs them.
    from engine.device import warm_imports

    warm_imports()
    tmp = Path(tempfile.mkdtemp(prefix="attest-gaps-"))
    jobs = {}

    def causal_image(job):
        from engine.causal import api
        api.run_audit(api.demo_request(device="cpu"), job=job)

    def causal_text(job):
        from engine.causal import api
        api.run_audit(api.text_demo_request(api.text_demo_folder(tmp), device="cpu"), job=job)

    def evaluation(job):
        from engine.fingerprint import api
        n = (2, 2) if args.quick else (4, 3)
        api.evaluate(api.EvaluationOptions(n_users=n[0], per_user=n[1], attacks=api.DEMO_ATTACKS), job=job)

    def trace(job):
        import sqlite_utils

        from engine.fingerprint import api
        db = sqlite_utils.Database(tmp / "fp.db")
        api.enroll("alice", db=db)
        gen = api.generate("alice", api.GenerateOptions(n=8 if args.quick else 16, seed=7), tmp / "img", db=db)
        api.trace([str(p) for p in gen.paths], api.TraceOptions(search=True), job, db=db)

    def verify(job):
        from kg import api
        root = Path(__file__).resolve().parents[1] / "assets" / "kg" / "dev_schema"
        files = tuple(sorted(str(p) for p in root.iterdir() if p.suffix in (".ttl", ".trig")))
        req = api.VerifyRequest(kg_paths=files, doc=str(root / "document.md"))
        api.run_verify(req, job=job)

    jobs = {"causal image demo": causal_image, "causal text demo": causal_text, "evaluation": evaluation,
            "trace": trace, "claim verification": verify}
    for name, fn in jobs.items():
        if not only or name in only:
            run(name, fn)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
