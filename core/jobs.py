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
from typing import Any, TextIO, TypeVar

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
        self._prefix = ""
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

    def stage(self, start: float, end: float, message: str = "", *, prefix: str = "") -> Job:
        """A child job whose 0..1 maps onto ``start..end`` of this job's range.

        ``prefix`` is put before every message of the child (and of its own stages), so that a generic
        inner message ("decoding fingerprints") still says which part of the whole it belongs to.
        """
        child = Job.__new__(Job)
        child._on_progress = None
        child._cancel = self._cancel
        child._parent = self
        child._prefix = self._prefix + (f"{prefix}: " if prefix else "")
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
            root.message = self._prefix + message
        if root._on_progress is not None:
            root._on_progress(fraction, root.message)


def ensure_job(job: Job | None) -> Job:
    """Computations accept ``None`` for "no progress wanted"; this gives them a silent job."""
    return job if job is not None else Job()


T = TypeVar("T")

_STEP_LOCK = threading.RLock()
"""One :func:`interruptible` step at a time in the process: they are library loads, and the first import of
transformers is not thread-safe (a second thread importing it meanwhile gets "cannot import name ...")."""
_HELD = threading.local()


def _locked(fn: Callable[..., T], args: tuple[Any, ...], kwargs: dict[str, Any]) -> T:
    with _STEP_LOCK:
        _HELD.depth = getattr(_HELD, "depth", 0) + 1
        try:
            return fn(*args, **kwargs)
        finally:
            _HELD.depth -= 1


def interruptible(job: Job | None, fn: Callable[..., T], *args: Any, poll: float = 0.05, **kwargs: Any) -> T:
    """``fn(*args, **kwargs)`` for one step that cannot check for a cancel itself (loading a model with a
    library, importing a large package): it runs on a helper thread while this one waits, checking ``job``
    every ``poll`` seconds. On a cancel, :class:`Cancelled` is raised at once and the step finishes on its
    own, its result dropped (so only use it for steps that change nothing but caches).

    Steps run one at a time (a step waits for one still finishing after a cancel); without a job, or
    inside a step, ``fn`` runs on this thread."""
    depth: int = getattr(_HELD, "depth", 0)
    if job is None or depth > 0:
        return _locked(fn, args, kwargs)
    job.check()
    box: dict[str, Any] = {}
    done = threading.Event()

    def step() -> None:
        try:
            box["value"] = _locked(fn, args, kwargs)
        except BaseException as exc:  # handed to the waiting thread
            box["error"] = exc
        finally:
            done.set()

    threading.Thread(target=step, name="attest-step", daemon=True).start()
    while not done.wait(poll):
        job.check()
    if "error" in box:
        raise box["error"]
    return box["value"]


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
