"""What every page gets: the report store, the device choice, and a way to run long work."""

from __future__ import annotations

import gc
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSize, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QFrame, QLabel, QMessageBox, QScrollArea, QSizePolicy, QWidget

from core.draft import ReportDraft
from core.errors import ErrorKind
from engine.reports.store import ReportStore

from .worker import Worker


class GuiThreadCollector(QObject):
    """Python's cyclic garbage collection, run on the GUI thread only.

    Automatic collection fires in whichever thread happens to allocate. When that is a worker thread
    and the garbage holds Qt objects (a closed page's plot items, say), Qt destroys them from the wrong
    thread and the process can crash. So automatic collection is off, and a timer on the GUI thread
    collects instead, each generation when its count passes the usual threshold.
    """

    _instance: GuiThreadCollector | None = None

    def __init__(self, interval_ms: int = 500) -> None:
        super().__init__(QCoreApplication.instance())
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.collect)
        self.timer.start(interval_ms)

    def collect(self) -> None:
        counts, thresholds = gc.get_count(), gc.get_threshold()
        for gen in (2, 1, 0):
            if counts[gen] > thresholds[gen]:
                gc.collect(gen)
                return

    @classmethod
    def install(cls) -> None:
        if cls._instance is None and QCoreApplication.instance() is not None:
            cls._instance = cls()


def scrolled(widget: QWidget, min_width: int) -> QScrollArea:
    """``widget`` in a vertical scroll area at least ``min_width`` wide, so that a short window scrolls the
    panel instead of clipping it (the side panels of the pages)."""
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setMinimumWidth(min_width)
    widget.setMinimumWidth(min_width - 16)  # room for the vertical scroll bar
    return area


class ElidedLabel(QLabel):
    """One line of plain text that never wraps and never widens its layout: it is cut with "…" to the
    width it is given, and then its tooltip holds the whole text (after the label's own tooltip, if any).
    ``text()`` is the whole text."""

    def __init__(self, text: str = "", parent: QWidget | None = None,
                 mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight, min_chars: int = 6) -> None:
        super().__init__(parent)
        self._full = ""
        self._tip = ""
        self._mode = mode
        self._min_chars = min_chars
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(False)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setText(text)

    def setText(self, text: str) -> None:
        self._full = str(text)
        self._elide()

    def text(self) -> str:
        return self._full

    def setToolTip(self, tip: str) -> None:
        self._tip = tip
        self._elide()

    def is_elided(self) -> bool:
        return super().text() != self._full

    def sizeHint(self) -> QSize:
        fm = self.fontMetrics()
        m = self.contentsMargins()
        return QSize(fm.horizontalAdvance(self._full) + m.left() + m.right() + 4, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        fm = self.fontMetrics()
        return QSize(fm.averageCharWidth() * self._min_chars, super().minimumSizeHint().height())

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = self.contentsRect().width()
        shown = self.fontMetrics().elidedText(self._full, self._mode, max(0, width)) if width > 0 else self._full
        QLabel.setText(self, shown)
        tip = self._tip
        if shown != self._full:
            tip = f"{self._full}\n\n{tip}" if tip else self._full
        QLabel.setToolTip(self, tip)


class AppContext(QObject):
    """Shared services for pages. Pages never touch threads or the database directly."""

    reports_changed = Signal()
    job_started = Signal(object, str)  # worker, label
    job_finished = Signal(object)
    status_message = Signal(str)

    def __init__(self, db_path: Path, device: str = "auto", assets: Path | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        GuiThreadCollector.install()
        self.db_path = Path(db_path)
        self.device = device
        self.device_label = device
        self.assets = assets or Path(__file__).resolve().parent.parent / "assets"
        self.store = ReportStore(self.db_path, device=lambda: self.device_label)
        self.pool = QThreadPool.globalInstance()
        self.window: QWidget | None = None
        self.workers: list[Worker] = []
        self._retired: list[Worker] = []
        self.show_dialogs = True  # tests turn dialogs off and read last_error instead
        self.last_error: str | None = None
        self.last_status: str | None = None

    @property
    def db(self):
        return self.store.db

    def save(self, draft: ReportDraft) -> int:
        """Save a finished audit as a report (every page saves this way, when its run completes)."""
        rid = self.store.save(draft)
        self.reports_changed.emit()
        self.status(f"saved report #{rid}: {draft.title}")
        return rid

    def run(self, fn: Callable[..., Any], *args: Any, label: str = "Working",
            on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[ErrorKind, str], None] | None = None, pass_job: bool = True, **kwargs: Any) -> Worker:
        """Run ``fn(*args, job=job, **kwargs)`` on a worker thread; return the worker at once."""
        worker = Worker(fn, *args, pass_job=pass_job, **kwargs)
        worker.label = label  # an empty label marks background housekeeping
        self.workers.append(worker)

        def done(result: Any) -> None:
            if on_done is not None:
                on_done(result)

        def failed(kind: ErrorKind, message: str, tb: str) -> None:
            if kind is ErrorKind.CANCELLED:
                latency = worker.cancel_latency
                what = f"{label}: cancelled" if label else "cancelled"
                self.status(what if latency is None else f"{what} ({latency:.1f} s after Cancel)")
            elif kind is ErrorKind.BAD_INPUT:
                self.error(message)
            else:
                self.error(f"Unexpected error (a bug): {message}", details=tb)
            if on_error is not None:
                on_error(kind, message)

        def finished() -> None:
            if worker in self.workers:
                self.workers.remove(worker)
            # keep the last workers alive a little longer: queued signals may still be on their way
            self._retired = (self._retired + [worker])[-8:]
            self.job_finished.emit(worker)

        worker.signals.done.connect(done)
        worker.signals.failed.connect(failed)
        worker.signals.finished.connect(finished)
        self.job_started.emit(worker, label)
        self.pool.start(worker)
        return worker

    def error(self, message: str, details: str = "") -> None:
        self.last_error = message
        self.status(message)
        if self.show_dialogs:
            box = QMessageBox(QMessageBox.Icon.Warning, "Attest", message, parent=self.window)
            if details:
                box.setDetailedText(details)
            box.exec()

    def status(self, message: str) -> None:
        self.last_status = message
        self.status_message.emit(message)

    def wait_for_workers(self, timeout_ms: int = 60000) -> bool:
        return self.pool.waitForDone(timeout_ms)
