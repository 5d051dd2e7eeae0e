"""The progress / cancel protocol shared by every long computation.

A pure computation takes ``job: Job | None``. It reports with ``job.progress(done, total, message)``
and calls ``job.check()`` between units of work; ``check`` raises :class:`Cancelled` once the user
asked to stop. Stages are nested with :meth:`Job.stage`, which maps a sub-range of work onto a
fraction of the parent's bar, so an inner loop never needs to know where it sits in the whole audit.

The command line renders a job as a text bar on stderr (:class:`ConsoleJob`); the GUI subclasses
:class:`Job` and turns ``on_progress`` into a Qt signal. ``engine`` and ``kg`` both use this module.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable
from typing import TextIO

from .errors import Cancelled

ProgressCallback = Callable[[float, str], None]


class Job:
    """Progress sink and cancel flag for one computation.

    Parameters
    ----------
    on_progress:
        Called with a fraction in [0, 1] and a message; may be called from any thread.
    """

    def __init__(self, on_progress: ProgressCallback | None = None) -> None:
        self._on_progress = on_progress
        self._cancel = threading.Event()
        self._lo = 0.0
        self._hi = 1.0
        self._parent: Job | None = None
        self.fraction = 0.0
        self.message = ""

    # -- cancel -----------------------------------------------------------------------------
    def cancel(self) -> None:
        self._root()._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._root()._cancel.is_set()

    def check(self) -> None:
        """Raise :class:`Cancelled` if the user asked to stop."""
        if self.cancelled:
            raise Cancelled()

    # -- progress ---------------------------------------------------------------------------
    def progress(self, done: float, total: float, message: str = "") -> None:
        """Report ``done`` of ``total`` units of this (sub)job and check for cancel."""
        frac = 0.0 if total <= 0 else min(1.0, max(0.0, done / total))
        self._emit(self._lo + (self._hi - self._lo) * frac, message)
        self.check()

    def stage(self, start: float, end: float, message: str = "") -> Job:
        """A child job whose 0..1 maps onto ``start..end`` of this job's range."""
        child = Job.__new__(Job)
        child._on_progress = None
        child._cancel = self._cancel
        child._parent = self
        span = self._hi - self._lo
        child._lo = self._lo + span * start
        child._hi = self._lo + span * end
        child.fraction = child._lo
        child.message = message
        if message:
            child._emit(child._lo, message)
        return child

    def _root(self) -> Job:
        job = self
        while job._parent is not None:
            job = job._parent
        return job

    def _emit(self, fraction: float, message: str) -> None:
        root = self._root()
        root.fraction = fraction
        if message:
            root.message = message
        if root._on_progress is not None:
            root._on_progress(fraction, root.message)


def ensure_job(job: Job | None) -> Job:
    """Computations accept ``None`` for "no progress wanted"; this gives them a silent job."""
    return job if job is not None else Job()


class ConsoleJob(Job):
    """Renders progress as a single-line bar on a terminal; silent when not a terminal."""

    def __init__(self, stream: TextIO | None = None, width: int = 30, quiet: bool = False) -> None:
        super().__init__(self._render)
        self._stream = stream or sys.stderr
        self._width = width
        self._enabled = not quiet and getattr(self._stream, "isatty", lambda: False)()
        self._last = 0.0
        self._start = time.monotonic()

    def _render(self, fraction: float, message: str) -> None:
        if not self._enabled:
            return
        now = time.monotonic()
        if fraction < 1.0 and now - self._last < 0.1:
            return
        self._last = now
        filled = int(round(fraction * self._width))
        bar = "#" * filled + "-" * (self._width - filled)
        text = f"\r[{bar}] {fraction * 100:5.1f}%  {now - self._start:6.1f}s  {message[:60]:<60}"
        self._stream.write(text)
        self._stream.flush()

    def close(self) -> None:
        if self._enabled:
            self._stream.write("\r" + " " * (self._width + 80) + "\r")
            self._stream.flush()
