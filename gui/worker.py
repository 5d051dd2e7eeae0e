"""Run engine/kg functions on a thread pool with progress, cooperative cancel and error reporting."""

from __future__ import annotations

import traceback
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, Signal

from engine.jobs import Job


class WorkerSignals(QObject):
    progress = Signal(float, str)
    done = Signal(object)
    failed = Signal(str, bool, str)  # message, is_user_error, traceback
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
        self.fn, self.args, self.kwargs, self.pass_job = fn, args, kwargs, pass_job

    def cancel(self) -> None:
        self.job.cancel()

    def run(self) -> None:  # noqa: D401 - Qt entry point
        from main import user_errors

        try:
            kwargs = dict(self.kwargs)
            if self.pass_job:
                kwargs["job"] = self.job
            result = self.fn(*self.args, **kwargs)
        except user_errors() as exc:
            self.signals.failed.emit(str(exc), True, "")
        except Exception as exc:  # a bug: show it, keep the app alive
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}", False, traceback.format_exc())
        else:
            self.signals.done.emit(result)
        finally:
            self.signals.finished.emit()
