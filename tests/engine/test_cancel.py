"""Cancel reaches the long computations: a causal audit, a fingerprint evaluation, a trace batch and a
claim verification each stop with :class:`Cancelled` when another thread cancels their job, from inside
the loop that was running, not at the next stage.

Each job is started on a thread and cancelled once its progress shows it reached the part that used to
run without a check. The time from ``cancel()`` to the function's return is recorded as a figure (the
terminal summary prints it); the 5 s bound is only a guard against a hang.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from core.errors import Cancelled
from core.jobs import Job, interruptible
from tests.figures import record

HANG_GUARD_S = 5.0
START_TIMEOUT_S = 180.0  # loading a model the first time, on a busy machine


def cancel_when(fn: Callable[[Job], Any], reached: Callable[[str], bool], kind: str,
                pause: bool = False) -> tuple[list[str], list[str]]:
    """Run ``fn(job)`` on a thread, cancel from this thread once a progress message satisfies ``reached``,
    and return the messages before and after the cancel. Asserts that ``fn`` raised Cancelled within the
    hang guard. ``pause``: the job waits at that message until the cancel was made (for loops whose steps
    are too quick to be caught running)."""
    messages: list[str] = []
    ready, cancelled, ended = threading.Event(), threading.Event(), threading.Event()

    def on_progress(_fraction: float, message: str) -> None:
        messages.append(message)
        if not ready.is_set() and reached(message):
            ready.set()
            if pause:
                cancelled.wait(HANG_GUARD_S)

    job = Job(on_progress)
    box: dict[str, Any] = {}

    def target() -> None:
        try:
            box["result"] = fn(job)
        except BaseException as exc:  # handed to the test thread
            box["error"] = exc
        finally:
            box["end"] = time.monotonic()
            ended.set()

    thread = threading.Thread(target=target, daemon=True)
    started = time.monotonic()
    thread.start()
    while not ready.wait(0.005):
        assert not ended.is_set(), f"{kind} ended before the point to cancel at: {box.get('error')!r}"
        assert time.monotonic() - started < START_TIMEOUT_S, f"{kind} never reached the point to cancel at"
    seen = len(messages)
    cancelled_at = time.monotonic()
    job.cancel()
    cancelled.set()
    thread.join(HANG_GUARD_S)
    assert not thread.is_alive(), f"{kind} still ran {HANG_GUARD_S} s after cancel()"
    assert isinstance(box.get("error"), Cancelled), box.get("error", "no exception: it finished")
    record("cancel: seconds from cancel() to return", kind, round(box["end"] - cancelled_at, 3))
    return messages[:seen], messages[seen:]


def test_a_causal_audit_stops_inside_the_path_interventions() -> None:
    from engine.causal import api

    request = api.demo_request(device="cpu", samples=4, metrics=False)
    before, after = cancel_when(lambda job: api.run_audit(request, job=job),
                                lambda m: "path interventions" in m, "causal audit")
    assert any("path interventions" in m for m in before)
    later = ("graph built", "node maps", "metrics", "deletion curves", "done")
    assert not any(m == s or m.startswith(s) or m.endswith(": node maps") for m in after for s in later)


def test_a_fingerprint_evaluation_stops_inside_an_attack() -> None:
    """The search decodes ten views per attack; a cancel during the first attack's views stops there,
    before the second attack (the views used to be decoded without a check)."""
    from engine.fingerprint import api

    options = api.EvaluationOptions(n_users=2, per_user=2, attacks=("none", "jpeg50"), screen=False, search=True)
    before, after = cancel_when(lambda job: api.evaluate(options, job=job),
                                lambda m: m.startswith("attack none, fingerprinted images: view"), "evaluation")
    assert not any("jpeg50" in m for m in before + after)


def test_a_trace_batch_stops_while_its_views_are_decoded(fp_db_path: Path, tmp_path: Path) -> None:
    import numpy as np
    import sqlite_utils
    from PIL import Image

    from engine.fingerprint import api

    rng = np.random.default_rng(0)
    paths = []
    for i in range(8):
        path = tmp_path / f"noise{i}.png"
        Image.fromarray(rng.integers(0, 256, (128, 128, 3), dtype=np.uint8)).save(path)
        paths.append(path)
    options = api.TraceOptions(search=True, tta=True)

    def trace(job: Job) -> Any:  # a database connection belongs to the thread that opens it
        return api.trace(paths, options, job=job, db=sqlite_utils.Database(fp_db_path), batch=4)

    before, after = cancel_when(trace, lambda m: m.startswith("images 1-4 of 8: view"), "trace batch")
    assert not any(m.startswith("images 5-8") for m in after)  # the second batch was never begun


@pytest.mark.slow
def test_a_claim_verification_stops_while_the_embedding_model_loads(tmp_path: Path) -> None:
    """Loading the sentence-embedding model is a few seconds of library calls; the job is watched while
    they run on a helper thread (the model is still loaded, for the next verification)."""
    import kg.embed as E
    from kg import api

    if not E.available():
        pytest.skip("the sentence-embedding model is not installed")
    if E._MODEL is not None:
        pytest.skip("the embedding model is loaded already in this process")
    request = api.VerifyRequest(kg_paths=(str(api.ASSETS / "demo.ttl"),), doc=str(api.ASSETS / "demo.md"),
                                cache_dir=str(tmp_path / "cache"))
    _before, after = cancel_when(lambda job: api.run_verify(request, job=job),
                                 lambda m: re.fullmatch(r"\d+ claims", m) is not None, "claim verification")
    assert not any(m.startswith("claim ") for m in after)  # no claim was verified after the cancel


def test_a_claim_verification_stops_between_claims(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without embeddings (lexical linking only), the claims are checked one by one; a cancel after the
    first stops before the last."""
    from kg import api

    monkeypatch.setenv("ATTEST_KG_NO_EMBED", "1")
    request = api.VerifyRequest(kg_paths=(str(api.ASSETS / "demo.ttl"),), doc=str(api.ASSETS / "demo.md"),
                                cache_dir=str(tmp_path / "cache"), use_embeddings=False)
    before, after = cancel_when(lambda job: api.run_verify(request, job=job),
                                lambda m: m.startswith("claim 1/"), "claim verification (lexical)", pause=True)
    total = int(before[-1].split("/")[1])
    assert not any(m == f"claim {total}/{total}" for m in after)


def test_interruptible_returns_at_once_on_cancel_and_lets_the_step_finish() -> None:
    job = Job()
    release, finished = threading.Event(), threading.Event()

    def slow_step() -> str:  # a library call that cannot check for a cancel
        release.wait(HANG_GUARD_S)
        finished.set()
        return "loaded"

    threading.Timer(0.05, job.cancel).start()
    with pytest.raises(Cancelled):
        interruptible(job, slow_step)
    assert not finished.is_set()  # Cancelled came while the step was still running
    release.set()
    assert finished.wait(HANG_GUARD_S)  # and the step itself ran to its end
    assert interruptible(Job(), lambda: "value") == "value"
    assert interruptible(None, lambda x: x + 1, 1) == 2
    with pytest.raises(ZeroDivisionError):
        interruptible(Job(), lambda: 1 / 0)
