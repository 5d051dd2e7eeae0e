"""Reports: every saved audit — filter, preview, export, verify the chain or a file, redact.

Everything goes through :mod:`engine.reports.api`; exports and verifications run on the worker.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from core.draft import REPORT_KINDS
from core.errors import AttestError, ErrorKind
from engine.reports import api
from engine.reports.api import ExportResult
from engine.reports.signing import FileVerdict
from engine.reports.store import ChainCheck

from ..context import AppContext, ElidedLabel
from ..pdf import build_document
from ..worker import Worker

COLUMNS = ("ID", "Kind", "Title", "Created", "Summary")
WIDE_LAYOUT = 1000  # page width (pixels) from which the preview sits beside the table
SELECT_ONE = "Select a report on the left to preview it here."
NO_REPORTS = ("No reports yet: run an audit on the Model audit, Image tracing or Claim verification page (each "
              "finished audit is saved here), or run python main.py demo for one of each.")


class ReportFilter(QSortFilterProxyModel):
    """Rows whose kind matches (if one is chosen) and whose text contains every word typed."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.kind = ""
        self.words: list[str] = []

    def set_filter(self, kind: str, text: str) -> None:
        self.beginFilterChange()
        self.kind = kind
        self.words = text.lower().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent) -> bool:
        model = self.sourceModel()
        cells = [model.index(row, c, parent).data() or "" for c in range(model.columnCount())]
        if self.kind and cells[1] != self.kind:
            return False
        hay = " ".join(cells).lower()
        return all(w in hay for w in self.words)


def _summary_text(summary: dict) -> str:
    parts = []
    for k, v in list(summary.items())[:5]:
        if isinstance(v, float):
            v = f"{v:.4g}"
        parts.append(f"{k}={v}")
    return ", ".join(parts)


class Page(QWidget):
    title = "Reports"

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.last_export: ExportResult | None = None
        self.model = QStandardItemModel(0, len(COLUMNS), self)
        self.model.setHorizontalHeaderLabels(list(COLUMNS))
        self.proxy = ReportFilter(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)

        self.search = QLineEdit(placeholderText="Filter reports (title, kind, figures)…  Ctrl+F")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._apply_filter)
        self.kind = QComboBox()
        self.kind.addItem("All kinds", "")
        for k in REPORT_KINDS:
            self.kind.addItem(k, k)
        self.kind.currentIndexChanged.connect(self._apply_filter)
        self.verify_btn = QPushButton("Verify chain")
        self.verify_btn.setToolTip("Recompute every report's hash and walk the chain (Ctrl+Shift+V)")
        self.verify_btn.clicked.connect(self.verify_chain)
        self.verify_file_btn = QPushButton("Verify file…")
        self.verify_file_btn.setToolTip("Check a signed JSON export: signature, digests and chain hash")
        self.verify_file_btn.clicked.connect(lambda: self.verify_file())
        self.refresh_btn = refresh = QPushButton("Refresh")
        refresh.setToolTip("Read the report list again (reports saved from the command line appear) (F5)")
        refresh.clicked.connect(self.refresh)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)  # cut text ends in "…"; the tooltip has it all
        self.table.setMinimumWidth(320)
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(36)
        for col in (0, 1, 3):  # ID, kind and date: as wide as they need
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        for col in (2, 4):  # title and summary share what is left
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        for col, tip in enumerate(("report number, in the order saved", "what was audited",
                                   "the report's title ([redacted] once deleted)", "when it was saved (UTC)",
                                   "the report's headline figures")):
            self.model.horizontalHeaderItem(col).setToolTip(tip)
        self.table.selectionModel().selectionChanged.connect(self._show_selected)

        self.preview = QTextBrowser()
        self.preview.setOpenLinks(False)
        self.preview.setPlaceholderText(SELECT_ONE)
        self.export_buttons = {}
        actions = QHBoxLayout()
        self.selected_label = ElidedLabel("No report selected")
        actions.addWidget(QLabel("Export as"))
        what = {"json": "signed JSON (verifiable with Verify file… or reports verify-file)", "html": "HTML",
                "pdf": "PDF"}
        for fmt, key in (("json", "Ctrl+Shift+J"), ("html", "Ctrl+Shift+H"), ("pdf", "Ctrl+Shift+P")):
            b = QPushButton(f"{fmt.upper()}…")
            b.setToolTip(f"Export the selected report as {what[fmt]} ({key})")
            b.clicked.connect(lambda _=False, f=fmt: self.export_selected(f))
            QShortcut(QKeySequence(key), self, activated=lambda f=fmt: self.export_selected(f))
            actions.addWidget(b)
            self.export_buttons[fmt] = b
        self.delete_btn = QPushButton("Delete…")
        self.delete_btn.setToolTip("Redact the selected report: its content goes, the chain stays verifiable (Del)")
        self.delete_btn.clicked.connect(lambda: self.delete_selected())
        actions.addStretch(1)
        actions.addWidget(self.delete_btn)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.kind)
        top.addWidget(refresh)
        top.addWidget(self.verify_btn)
        top.addWidget(self.verify_file_btn)
        self.chain_label = QLabel("")
        self.chain_label.setObjectName("chainLabel")
        self.chain_label.setWordWrap(True)
        self.chain_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_label = QLabel("")
        self.export_label.setObjectName("exportLabel")
        self.export_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_label.hide()  # shown with the first export's outcome

        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.selected_label)
        rl.addLayout(actions)
        rl.addWidget(self.export_label)
        rl.addWidget(self.preview, 1)
        self.split = split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(right)
        split.setChildrenCollapsible(False)
        split.setSizes([620, 420])
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.chain_label)
        layout.addWidget(split, 1)
        QShortcut(QKeySequence("Ctrl+F"), self, activated=self.search.setFocus)
        QShortcut(QKeySequence("Ctrl+Shift+V"), self, activated=self.verify_chain)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table, activated=lambda: self.delete_selected())
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, activated=self.refresh)
        ctx.reports_changed.connect(self.refresh)
        for a, b in zip(order := [self.search, self.kind, refresh, self.verify_btn, self.verify_file_btn, self.table,
                                  *self.export_buttons.values(), self.delete_btn, self.preview], order[1:],
                        strict=False):
            QWidget.setTabOrder(a, b)
        self._set_actions_enabled(False)
        self.refresh()

    def resizeEvent(self, event) -> None:
        """Narrow (a 1024-pixel window): the preview goes under the table, so that the table keeps its
        width for titles and summaries; wide: beside it."""
        super().resizeEvent(event)
        wide = event.size().width() >= WIDE_LAYOUT
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.split.orientation() != orientation:
            self.split.setOrientation(orientation)
            total = max(1, self.split.width() if wide else self.split.height())
            self.split.setSizes([total * 3 // 5, total - total * 3 // 5] if wide else [total * 2 // 5, total * 3 // 5])

    # -- table --------------------------------------------------------------------------------
    def refresh(self) -> None:
        selected = self.selected_id()
        rows = api.list_reports(self.ctx.store)
        self.model.setRowCount(0)
        for r in rows:
            created = r.created.replace("T", " ").replace("+00:00", " UTC")
            values = (r.id, r.kind, r.title if not r.redacted else "[redacted]", created[:16],
                      _summary_text(r.summary))
            items = []
            for col, v in enumerate(values):
                it = QStandardItem(str(v))
                it.setToolTip(created if col == 3 else str(v))  # the whole text when a column cuts it
                it.setData(v if col == 0 else str(v), Qt.ItemDataRole.UserRole)
                it.setData(r.id, Qt.ItemDataRole.UserRole + 1)
                items.append(it)
            self.model.appendRow(items)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(1)
        self.table.resizeColumnToContents(3)
        self.chain_label.setStyleSheet("")
        if rows:
            self.chain_label.setText(f"{len(rows)} report(s) in {self.ctx.db_path}")
            self.preview.setPlaceholderText(SELECT_ONE)
        else:
            self.chain_label.setText(NO_REPORTS)
            self.preview.setPlaceholderText("Each finished audit is saved as a report and listed on the left; "
                                            "select one to preview, export, verify or delete it.")
        if selected is not None:
            self.select_report(selected)

    def _apply_filter(self) -> None:
        self.proxy.set_filter(self.kind.currentData() or "", self.search.text())

    def visible_ids(self) -> list[int]:
        return [int(self.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 1)) for r in range(self.proxy.rowCount())]

    def select_report(self, report_id: int) -> bool:
        for r in range(self.proxy.rowCount()):
            if int(self.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 1)) == report_id:
                self.table.selectRow(r)
                return True
        return False

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        return int(rows[0].data(Qt.ItemDataRole.UserRole + 1))

    def _set_actions_enabled(self, on: bool) -> None:
        for b in self.export_buttons.values():
            b.setEnabled(on)
        self.delete_btn.setEnabled(on)

    def _show_selected(self) -> None:
        rid = self.selected_id()
        self._set_actions_enabled(rid is not None)
        if self.last_export is not None and self.last_export.report_id != rid:
            self.export_label.hide()  # the last export's line is about another report
        if rid is None:
            self.preview.clear()
            self.selected_label.setText("No report selected")
            return
        try:
            opened = api.open_report(self.ctx.store, rid)
        except AttestError as exc:  # removed by another process since the table was filled
            self.ctx.error(str(exc))
            return
        title = "[redacted]" if opened.report.redacted else opened.report.title
        self.selected_label.setText(f"#{opened.report.id} · {opened.report.kind} · {title}")
        self.preview.setDocument(build_document(opened.report, opened.artifacts))

    # -- actions ------------------------------------------------------------------------------
    def export_selected(self, fmt: str, path: str | Path | None = None) -> Worker | None:
        """Export the selected report (asks where unless ``path`` is given); the export runs on the
        worker and ends in :meth:`_exported`. Returns the worker, or None if nothing was started."""
        rid = self.selected_id()
        if rid is None:
            return None
        if path is None:
            filters = {"json": "JSON (*.json)", "html": "HTML (*.html)", "pdf": "PDF (*.pdf)"}
            suggested = str(Path.home() / f"attest-report-{rid}.{fmt}")
            path, _ = QFileDialog.getSaveFileName(self, f"Export report #{rid}", suggested, filters[fmt])
            if not path:
                return None
        for b in self.export_buttons.values():
            b.setEnabled(False)
        self._say(f"Exporting report #{rid} as {fmt.upper()}…")
        return self.ctx.run(api.export_report, self.ctx.store, rid, Path(path), fmt,
                            label=f"Exporting report #{rid} as {fmt.upper()}", pass_job=False,
                            on_done=self._exported, on_error=self._export_failed)

    def _exported(self, result: ExportResult) -> None:
        self.last_export = result
        self._set_actions_enabled(self.selected_id() is not None)
        text = f"Exported report #{result.report_id} as {result.fmt.upper()} to {result.path}"
        self._say(text)
        self.ctx.status(text)

    def _export_failed(self, _kind: ErrorKind, message: str) -> None:
        self._set_actions_enabled(self.selected_id() is not None)
        self._say(f"Export failed: {message}")

    def _say(self, text: str) -> None:
        self.export_label.setText(text)
        self.export_label.show()

    def verify_chain(self) -> None:
        self.verify_btn.setEnabled(False)
        self.ctx.run(api.verify_chain, self.ctx.store, label="Verifying the report chain", pass_job=False,
                     on_done=self._verified, on_error=lambda _kind, _message: self.verify_btn.setEnabled(True))

    def _verified(self, result: ChainCheck) -> None:
        self.verify_btn.setEnabled(True)
        self.last_verify = result
        self._verdict_banner(result.ok, result.message())
        if not result.ok and result.first_bad_id is not None:
            self.select_report(result.first_bad_id)
        if self.ctx.show_dialogs:
            box = QMessageBox.information if result.ok else QMessageBox.critical
            box(self, "Report chain", result.message())

    def _verdict_banner(self, ok: bool, text: str) -> None:
        """A verdict in a coloured box above the table, until the next refresh or verdict."""
        colour, back, mark = ("#1b5e20", "#e3f4e6", "✔") if ok else ("#8e1b14", "#fbe4e2", "✘")
        self.chain_label.setText(f"<b>{mark} {html.escape(text)}</b>")
        self.chain_label.setStyleSheet(f"QLabel#chainLabel {{ color: {colour}; background: {back}; padding: 6px; "
                                       "border-radius: 4px; }")

    def verify_file(self, path: str | Path | None = None) -> Worker | None:
        """Check a signed JSON export (asks which unless ``path`` is given); ends in :meth:`_file_verified`."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, "Verify a signed JSON export", str(Path.home()),
                                                  "JSON (*.json);;All files (*)")
            if not path:
                return None
        self.verify_file_btn.setEnabled(False)
        return self.ctx.run(api.verify_file, Path(path), label=f"Verifying {Path(path).name}", pass_job=False,
                            on_done=lambda verdict: self._file_verified(Path(path), verdict),
                            on_error=lambda _kind, _message: self.verify_file_btn.setEnabled(True))

    def _file_verified(self, path: Path, verdict: FileVerdict) -> None:
        self.verify_file_btn.setEnabled(True)
        self.last_file_verdict = verdict
        text = f"{path.name}: " + ("OK: " if verdict.ok else "FAILED: ") + verdict.message
        self._verdict_banner(verdict.ok, text)
        if self.ctx.show_dialogs:
            box = QMessageBox.information if verdict.ok else QMessageBox.critical
            box(self, "Signed export", text)

    def delete_selected(self, confirm: bool = True) -> bool:
        rid = self.selected_id()
        if rid is None:
            return False
        if confirm:
            answer = QMessageBox.question(
                self, "Delete report",
                f"Redact report #{rid}? Its content and artifacts are removed for good; its hashes stay so "
                "that the chain still verifies and the deletion is visible.",
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            api.redact(self.ctx.store, rid)
        except AttestError as exc:
            self.ctx.error(str(exc))
            return False
        self.ctx.status(f"report #{rid} redacted")
        self.refresh()
        return True
