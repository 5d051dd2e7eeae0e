"""A job's failure reaches the page with its kind: cancel, bad input and bug are told apart by type, not text."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.errors import AttestError, Cancelled, ErrorKind
from gui.context import AppContext


def _fails_with(exc: BaseException, job=None):
    raise exc


@pytest.mark.parametrize(("exc", "kind", "dialog"), [
    (Cancelled(), ErrorKind.CANCELLED, None),
    # a bad-input message that happens to start with "cancelled" is still bad input
    (AttestError("cancelled flights are not in the graph"), ErrorKind.BAD_INPUT,
     "cancelled flights are not in the graph"),
    (ZeroDivisionError("division by zero"), ErrorKind.BUG,
     "Unexpected error (a bug): ZeroDivisionError: division by zero"),
])
def test_failure_kind_reaches_the_page(qtbot, tmp_path: Path, exc, kind, dialog) -> None:
    ctx = AppContext(tmp_path / "w.db", device="cpu")
    ctx.show_dialogs = False
    seen: list[tuple[ErrorKind, str]] = []
    messages: list[str] = []
    ctx.status_message.connect(messages.append)
    worker = ctx.run(_fails_with, exc, label="Failing", on_error=lambda k, m: seen.append((k, m)))
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    ctx.wait_for_workers(10000)
    assert seen[0][0] is kind
    assert ctx.last_error == dialog  # only bad input and bugs raise a dialog
    if kind is ErrorKind.CANCELLED:
        assert messages[-1] == "Failing: cancelled"  # no cancel was asked for, so no time after it
    assert worker.job.cancelled is False and worker.cancel_latency is None


def test_cancel_stops_a_cooperative_job(qtbot, tmp_path: Path) -> None:
    import threading

    ctx = AppContext(tmp_path / "w.db", device="cpu")
    ctx.show_dialogs = False
    started = threading.Event()
    steps: list[int] = []

    def long_job(job) -> int:
        started.set()
        for i in range(100000):
            job.progress(i, 100000, "working")  # raises Cancelled once cancel() was called
            steps.append(i)
            threading.Event().wait(0.001)
        return len(steps)

    kinds: list[ErrorKind] = []
    done: list[int] = []
    worker = ctx.run(long_job, label="Long", on_error=lambda k, m: kinds.append(k), on_done=done.append)
    assert started.wait(10)
    worker.cancel()
    qtbot.waitUntil(lambda: bool(kinds), timeout=10000)
    assert kinds == [ErrorKind.CANCELLED] and not done and len(steps) < 100000
    assert worker.cancel_latency is not None and worker.cancel_latency >= 0
    assert ctx.last_status.startswith("Long: cancelled (") and ctx.last_status.endswith(" s after Cancel)")
