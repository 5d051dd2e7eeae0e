"""The main window: navigation, one page per audit, a status bar with device, database and jobs."""

from __future__ import annotations

import importlib
import os
import sys
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from .context import AppContext, ElidedLabel
from .pages import PAGE_MODULES

STYLE = """
QMainWindow { background: #f6f7fa; }
QWidget#side { background: #1f2633; }
QListWidget#nav { outline: 0; background: #1f2633; color: #d8deea; border: none; font-size: 14px; padding-top: 8px; }
QListWidget#nav::item { padding: 12px 16px; border-left: 3px solid transparent; }
QListWidget#nav::item:selected { background: #2d3646; color: white; border-left: 3px solid #5b9cff; }
QListWidget#nav::item:hover { background: #283041; }
QLabel#brand { background: #1f2633; color: white; font-size: 18px; font-weight: 600; padding: 14px 16px 4px 16px; }
QLabel#tagline { background: #1f2633; color: #8d97ab; font-size: 11px; padding: 0 16px 10px 16px; }
QPushButton { padding: 5px 12px; }
QStatusBar QLabel { color: #4a5263; padding: 0 6px; }
"""

NAV_ICONS = {"causal": "◈", "trace": "◉", "verify": "✓", "reports": "▤"}


class Placeholder(QWidget):
    """Shown for an audit whose page is not part of this build."""

    def __init__(self, title: str) -> None:
        super().__init__()
        self.title = title
        label = QLabel(f"<h2>{title}</h2><p>This audit is not available in this build.</p>")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        QVBoxLayout(self).addWidget(label)


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        ctx.window = self
        self.setWindowTitle("Attest — offline audits")
        self.resize(1280, 820)
        self.setStyleSheet(STYLE)

        self.nav = QListWidget(objectName="nav")
        self.nav.setFixedWidth(210)
        self.nav.setIconSize(QSize(18, 18))
        self.stack = QStackedWidget()
        self.pages: dict[str, QWidget] = {}
        titles = {"causal": "Model audit", "trace": "Image tracing", "verify": "Claim verification",
                  "reports": "Reports"}
        for i, name in enumerate(PAGE_MODULES):
            page = self._make_page(name, titles[name])
            self.pages[name] = page
            self.stack.addWidget(page)
            item = QListWidgetItem(f"{NAV_ICONS[name]}   {getattr(page, 'title', titles[name])}")
            item.setToolTip(f"{getattr(page, 'title', titles[name])} (Ctrl+{i + 1})")
            self.nav.addItem(item)
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            action.triggered.connect(lambda _=False, idx=i: self.nav.setCurrentRow(idx))
            self.addAction(action)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)

        side = QWidget(objectName="side")
        side.setFixedWidth(210)
        sl = QVBoxLayout(side)
        sl.setContentsMargins(0, 0, 0, 0)
        sl.setSpacing(0)
        sl.addWidget(QLabel("Attest", objectName="brand"))
        sl.addWidget(QLabel("offline audits, verifiable reports", objectName="tagline"))
        sl.addWidget(self.nav, 1)
        central = QWidget()
        cl = QHBoxLayout(central)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.setSpacing(0)
        cl.addWidget(side)
        body = QWidget()
        bl = QVBoxLayout(body)
        bl.setContentsMargins(12, 12, 12, 6)
        bl.addWidget(self.stack)
        cl.addWidget(body, 1)
        self.setCentralWidget(central)

        # status bar: the running job and the last message on the left, device and database on the right.
        # Nothing goes through QStatusBar.showMessage: a temporary message is drawn over the bar's widgets.
        sb = self.statusBar()
        left = QWidget()
        ll = QHBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.setSpacing(6)
        self.job_label = ElidedLabel("")
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setFixedWidth(150)
        self.progress.setTextVisible(True)
        self.progress.setFormat("%p%")
        self.cancel_btn = QPushButton("Cancel")
        self.cancel_btn.setToolTip("Stop the running job (Esc)")
        self.cancel_btn.clicked.connect(self.cancel_job)
        self.status_label = ElidedLabel("")
        self.status_label.setObjectName("statusMessage")
        ll.addWidget(self.job_label, 3)
        ll.addWidget(self.progress)
        ll.addWidget(self.cancel_btn)
        ll.addWidget(self.status_label, 1)
        for w in (self.job_label, self.progress, self.cancel_btn):
            w.hide()
        sb.addWidget(left, 1)
        self.device_label = ElidedLabel(f"device: {ctx.device} (resolving…)")
        self.db_label = ElidedLabel(f"database: {Path(ctx.db_path).name}", mode=Qt.TextElideMode.ElideMiddle)
        self.db_label.setToolTip(f"reports are saved in {ctx.db_path}")
        for label, width in ((self.device_label, 260), (self.db_label, 200)):
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
            label.setMaximumWidth(width)
        sb.addPermanentWidget(self.device_label)
        sb.addPermanentWidget(self.db_label)
        self._status_timer = QTimer(self)
        self._status_timer.setSingleShot(True)
        self._status_timer.timeout.connect(lambda: self.status_label.setText(""))
        esc = QAction(self)
        esc.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        esc.triggered.connect(self.cancel_job)
        self.addAction(esc)
        quit_action = QAction(self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.addAction(quit_action)

        self.current_worker = None
        self.active_workers: list = []  # labelled jobs still running, the one shown last
        ctx.job_started.connect(self._job_started)
        ctx.job_finished.connect(self._job_finished)
        ctx.status_message.connect(self.show_status)
        self.nav.setCurrentRow(0)
        self._resolve_device()

    def _make_page(self, name: str, title: str) -> QWidget:
        try:
            module = importlib.import_module(f"gui.pages.{name}")
        except ModuleNotFoundError as exc:
            if exc.name and exc.name.startswith(("gui.pages", "engine.", "kg.")):
                return Placeholder(title)
            raise
        return module.Page(self.ctx)

    def _resolve_device(self) -> None:
        """torch is imported on a worker so the window appears at once."""
        def resolve(device: str) -> dict:
            from engine.device import device_info, pick_device

            return device_info(pick_device(device))

        def warm() -> list:
            from engine.device import warm_imports

            return warm_imports()

        def show(info: dict) -> None:
            self.ctx.device_label = f"{info['device']} ({info.get('name', '')})"
            mem = info.get("memory_free_bytes")
            free = f", {mem / 2**30:.1f} GiB free" if mem else ""
            self.device_label.setText(f"device: {info['device']} · {info.get('name', '')}{free}")
            # then the other large libraries, whose first imports hold the interpreter lock for a second
            # or more each: done now, a job's cancel never waits for one
            self.ctx.run(warm, label="", pass_job=False)

        self.ctx.run(resolve, self.ctx.device, label="", pass_job=False, on_done=show)

    def page(self, name: str) -> QWidget:
        return self.pages[name]

    # -- status and jobs ------------------------------------------------------------------------
    def show_status(self, message: str, timeout_ms: int = 10000) -> None:
        """The last message, beside the job (elided, whole in its tooltip); it goes after ``timeout_ms``."""
        self.status_label.setText(message)
        self._status_timer.start(timeout_ms)

    def _job_started(self, worker, label: str) -> None:
        if not label:
            return  # background housekeeping, not shown
        self.active_workers.append(worker)
        worker.signals.progress.connect(lambda fraction, message, w=worker: self._job_progress(w, fraction, message))
        self._show_job(worker)

    def _show_job(self, worker) -> None:
        """Show ``worker`` in the status bar: its label and message, its bar, and Cancel."""
        self.current_worker = worker
        self.progress.setValue(int(worker.job.fraction * 1000))
        self._job_text(worker)
        for w in (self.job_label, self.progress, self.cancel_btn):
            w.show()
        self.cancel_btn.setEnabled(not worker.job.cancelled)

    def _job_text(self, worker) -> None:
        if worker.job.cancelled:
            self.job_label.setText(f"Cancelling {worker.label[:1].lower()}{worker.label[1:]}…")
        else:
            message = worker.job.message
            self.job_label.setText(f"{worker.label}: {message}" if message else worker.label)

    def _job_progress(self, worker, fraction: float, message: str) -> None:
        if worker is not self.current_worker:
            return  # another job is shown; its own numbers are read when it is shown again
        self.progress.setValue(int(fraction * 1000))
        self._job_text(worker)

    def _job_finished(self, worker) -> None:
        if worker in self.active_workers:
            self.active_workers.remove(worker)
        if worker is not self.current_worker:
            return
        self.current_worker = None
        if self.active_workers:
            self._show_job(self.active_workers[-1])  # a job started earlier still runs
        else:
            for w in (self.job_label, self.progress, self.cancel_btn):
                w.hide()

    def cancel_job(self) -> None:
        if self.current_worker is not None:
            self.current_worker.cancel()
            self.cancel_btn.setEnabled(False)
            self._job_text(self.current_worker)

    def closeEvent(self, event) -> None:
        # a job whose function returned is done, even if its last signals are still queued
        running = [w for w in self.ctx.workers if w.finished_at is None]
        if any(w.label for w in running):
            if self.ctx.show_dialogs:
                answer = QMessageBox.question(self, "Attest", "A job is still running. Cancel it and quit?")
                if answer != QMessageBox.StandardButton.Yes:
                    event.ignore()
                    return
            for w in running:
                w.cancel()
            self.ctx.wait_for_workers(10000)
        event.accept()


def run_app(db_path: Path | None = None, device: str = "auto", argv: list[str] | None = None) -> int:
    from core.errors import AttestError
    from engine.reports.store import default_db_path

    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("Attest")
    app.setFont(QFont(app.font().family(), 10))
    try:
        ctx = AppContext(db_path or default_db_path(), device=device)
    except AttestError as exc:
        QMessageBox.critical(None, "Attest", str(exc))
        return 2
    window = MainWindow(ctx)
    window.show()
    if os.environ.get("ATTEST_SCREENSHOT"):
        QTimer.singleShot(1500, lambda: (window.grab().save(os.environ["ATTEST_SCREENSHOT"]), app.quit()))
    return app.exec()
