"""Run engine/kg functions on a thread pool with progress, cooperative cancel and typed failures."""

from __future__ import annotations

import time
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Signal

from core.errors import ErrorKind, error_kind
from core.jobs import Job


class WorkerSignals(QObject):
    progress = Signal(float, str)
    done = Signal(object)
    failed = Signal(object, str, str)  # ErrorKind, message, traceback (bugs only)
    finished = Signal()


class GuiJob(Job):
    """A :class:`Job` whose progress becomes a Qt signal (delivered to the GUI thread)."""

    def __init__(self, signals: WorkerSignals) -> None:
        super().__init__(lambda fraction, message: signals.progress.emit(fraction, message))


class Worker(QRunnable):
    """Calls ``fn(*args, job=job, **kwargs)`` off the GUI thread; results come back as signals."""

    def __init__(self, fn: Callable[..., Any], *args: Any, pass_job: bool = True, **kwargs: Any) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = WorkerSignals()
        self.job = GuiJob(self.signals)
        self.label = ""
        self.fn, self.args, self.kwargs, self.pass_job = fn, args, kwargs, pass_job
        self.started_at: float | None = None
        self.cancelled_at: float | None = None
        """When :meth:`cancel` was first called (``time.monotonic()``)."""
        self.finished_at: float | None = None

    def cancel(self) -> None:
        if self.cancelled_at is None:
            self.cancelled_at = time.monotonic()
        self.job.cancel()

    @property
    def cancel_latency(self) -> float | None:
        """Seconds from the first :meth:`cancel` to the function's return (None unless both happened)."""
        if self.cancelled_at is None or self.finished_at is None:
            return None
        return max(0.0, self.finished_at - self.cancelled_at)

    def run(self) -> None:  # Qt entry point
        self.started_at = time.monotonic()
        try:
            kwargs = dict(self.kwargs)
            if self.pass_job:
                kwargs["job"] = self.job
            try:
                result = self.fn(*self.args, **kwargs)
            finally:
                self.finished_at = time.monotonic()
        except Exception as exc:  # every failure is reported by kind; a bug keeps the app alive
            kind = error_kind(exc)
            if kind is ErrorKind.BUG:
                self.signals.failed.emit(kind, f"{type(exc).__name__}: {exc}", traceback.format_exc())
            else:
                self.signals.failed.emit(kind, str(exc), "")
        else:
            self.signals.done.emit(result)
        finally:
            self.signals.finished.emit()
