"""Image tracing: the user registry, tracing dropped images, and the robustness evaluation.

Three tabs. *Registry*: enroll a user, the users table, export a user's generator (fingerprint baked
into the weights), generate samples with a preview grid. *Trace*: a drop zone (or Add images...) for
files and folders; a verdict banner that says how sure, the results and candidates tables, and the
decoded bits as a grid coloured by agreement with the best candidate and by the decoder's
confidence. *Evaluation*: runs the attack suite and plots accuracy per attack, accuracy against
attack strength, ROC and precision-recall curves (pyqtgraph).

The page calls only :mod:`engine.fingerprint.api`, always through ``ctx.run`` (a worker thread), and
renders the typed results that come back. Every completed trace and evaluation is saved as a report
at once ("Saved as report #N" on the page).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pyqtgraph as pg
from PIL import Image
from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.draft import Draftable
from core.errors import AttestError, ErrorKind
from engine.fingerprint import api

from ..context import AppContext

VERDICT_COLOURS = {"attributed": "#1e7b34", "inconclusive": "#b07d00", "no_fingerprint": "#5a6270"}
ERROR_COLOUR = "#a61b1b"
USERS_SHOWN = 1000  # the registry table shows a page; the search finds the rest
NEUTRAL_BANNER = "QLabel { background: #e2e8f0; padding: 10px; border-radius: 6px; font-size: 14px; }"


# -- widgets ----------------------------------------------------------------------------------------
class DropZone(QLabel):
    """Accepts dropped files and folders; emits their paths."""

    dropped = Signal(list)

    def __init__(self) -> None:
        super().__init__("Drop images or folders here to trace them")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAcceptDrops(True)
        self.setMinimumHeight(70)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("QLabel { border: 2px dashed #8a94a6; border-radius: 8px; color: #4a5568; padding: 8px; }")

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            self.dropped.emit(paths)
            event.acceptProposedAction()


class BitsGrid(QWidget):
    """Decoded bits as cells: green where the bit agrees with the best candidate's code, red where it
    does not; the stronger the colour, the more confident the decoder. The bit value is written in."""

    def __init__(self) -> None:
        super().__init__()
        self.bits: tuple[int, ...] = ()
        self.code: tuple[int, ...] = ()
        self.conf: tuple[float, ...] = ()
        self.setMinimumHeight(90)

    def set_bits(self, bits, code, conf) -> None:
        self.bits, self.code, self.conf = tuple(bits), tuple(code), tuple(conf)
        self.update()

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("white"))
        k = len(self.bits)
        if not k:
            p.setPen(QColor("#777"))
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, "decoded bits appear here")
            return
        cols = 16 if k <= 64 else 25
        rows = (k + cols - 1) // cols
        cw = max(8.0, (self.width() - 4) / cols)
        ch = max(8.0, min(28.0, (self.height() - 4) / rows))
        for i, b in enumerate(self.bits):
            r, c = divmod(i, cols)
            a = int(60 + 195 * max(0.0, min(1.0, self.conf[i] if i < len(self.conf) else 1.0)))
            ok = i < len(self.code) and self.code[i] == b
            colour = QColor(30, 140, 60, a) if ok else QColor(200, 40, 40, a)
            rect = QRectF(2 + c * cw, 2 + r * ch, cw - 2, ch - 2)
            p.fillRect(rect, colour)
            p.setPen(QColor("white") if a > 150 else QColor("black"))
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(b))


def _pixmap(image: Image.Image, size: int = 128) -> QPixmap:
    img = image.convert("RGB")
    img.thumbnail((size, size))
    arr = np.ascontiguousarray(np.asarray(img))
    q = QImage(arr.data, arr.shape[1], arr.shape[0], arr.strides[0], QImage.Format.Format_RGB888)
    return QPixmap.fromImage(q.copy())


def _item(text: Any) -> QTableWidgetItem:
    it = QTableWidgetItem(str(text))
    it.setFlags(it.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return it


class Page(QWidget):
    title = "Image tracing"

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.users: tuple[api.User, ...] = ()
        self.trace_run: api.TraceRun | None = None
        self.trace_report_id: int | None = None
        self.eval_result: api.EvaluationRun | None = None
        self.eval_report_id: int | None = None
        self.generated: list[str] = []
        self._registry_loaded = False
        self.tabs = QTabWidget()
        self.tabs.addTab(self._registry_tab(), "Registry")
        self.tabs.addTab(self._trace_tab(), "Trace")
        self.tabs.addTab(self._eval_tab(), "Evaluation")
        lay = QVBoxLayout(self)
        lay.addWidget(self.tabs)

    # -- registry tab ------------------------------------------------------------------------------
    def _registry_tab(self) -> QWidget:
        w = QWidget()
        lay = QHBoxLayout(w)
        left = QVBoxLayout()
        box = QGroupBox("Enroll a user")
        f = QHBoxLayout(box)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText("user name")
        self.enroll_btn = QPushButton("Enroll")
        self.enroll_btn.clicked.connect(self.enroll)
        self.name_edit.returnPressed.connect(self.enroll)
        f.addWidget(self.name_edit)
        f.addWidget(self.enroll_btn)
        left.addWidget(box)
        bulk = QHBoxLayout()
        self.bulk_btn = QPushButton("Enroll from CSV...")
        self.bulk_btn.setToolTip("enroll every name of a CSV file (a 'name' column, or one name per line); "
                                 "invalid, repeated and already enrolled names are listed, not enrolled")
        self.bulk_btn.clicked.connect(lambda: self.enroll_csv())
        self.bulk_screen_check = QCheckBox("screen each code with the model")
        self.bulk_screen_check.setChecked(True)
        self.bulk_screen_check.setToolTip("the model must read a code back on the probe scenes before it is issued "
                                          "(about half a second per candidate on this CPU); untick for large files")
        bulk.addWidget(self.bulk_btn)
        bulk.addWidget(self.bulk_screen_check)
        left.addLayout(bulk)
        self.user_search = QLineEdit()
        self.user_search.setPlaceholderText("find users by name (Enter)")
        self.user_search.returnPressed.connect(self.refresh_users)
        left.addWidget(self.user_search)
        self.users_table = QTableWidget(0, 3)
        self.users_table.setHorizontalHeaderLabels(["user", "fingerprint code", "enrolled"])
        self.users_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.users_table.horizontalHeader().setStretchLastSection(True)
        self.users_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.users_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        left.addWidget(self.users_table, 1)
        self.registry_label = QLabel("Registry not loaded yet")
        self.registry_label.setWordWrap(True)
        left.addWidget(self.registry_label)
        row = QHBoxLayout()
        self.refresh_btn = QPushButton("Refresh")
        self.refresh_btn.clicked.connect(self.refresh_users)
        self.export_btn = QPushButton("Export generator...")
        self.export_btn.clicked.connect(self.export_generator)
        row.addWidget(self.refresh_btn)
        row.addWidget(self.export_btn)
        left.addLayout(row)
        gen = QGroupBox("Generate samples for the selected user")
        g = QFormLayout(gen)
        self.n_spin = QSpinBox()
        self.n_spin.setRange(1, 64)
        self.n_spin.setValue(6)
        self.seed_spin = QSpinBox()
        self.seed_spin.setRange(0, 2_000_000_000)
        self.family_combo = QComboBox()
        self.family_combo.addItems(["(all families)", *api.SCENE_FAMILIES])
        self.out_edit = QLineEdit(str(Path(self.ctx.db_path).parent / "fingerprint-samples"))
        self.generate_btn = QPushButton("Generate")
        self.generate_btn.clicked.connect(self.generate)
        g.addRow("images", self.n_spin)
        g.addRow("seed", self.seed_spin)
        g.addRow("scene (prompt)", self.family_combo)
        g.addRow("folder", self.out_edit)
        g.addRow(self.generate_btn)
        left.addWidget(gen)
        lay.addLayout(left, 2)
        right = QVBoxLayout()
        right.addWidget(QLabel("Preview"))
        self.preview = QWidget()
        self.preview_grid = QGridLayout(self.preview)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.preview)
        right.addWidget(scroll, 1)
        self.trace_generated_btn = QPushButton("Trace these samples")
        self.trace_generated_btn.setEnabled(False)
        self.trace_generated_btn.clicked.connect(lambda: self.trace(self.generated))
        right.addWidget(self.trace_generated_btn)
        lay.addLayout(right, 3)
        return w

    def selected_user(self) -> str | None:
        rows = self.users_table.selectionModel().selectedRows()
        if rows:
            return self.users_table.item(rows[0].row(), 0).text()
        if self.users_table.rowCount() == 1:
            return self.users_table.item(0, 0).text()
        return None

    def _where(self) -> dict[str, Any]:
        """Which database and device an API call uses."""
        return {"db": self.ctx.db, "device": self.ctx.device}

    def refresh_users(self) -> None:
        search = self.user_search.text().strip() or None
        self.ctx.run(api.list_users, **self._where(), search=search, limit=USERS_SHOWN, label="Loading the registry",
                     on_done=self._show_users)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self._registry_loaded:
            self._registry_loaded = True
            self.refresh_users()

    def enroll_csv(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, "Enroll users from a CSV file", "", "CSV or text (*.csv *.txt)")
            if not path:
                return
        self.ctx.run(api.enroll_many, path, **self._where(), screen=self.bulk_screen_check.isChecked(),
                     label=f"Enrolling the users of {Path(path).name}", on_done=self._bulk_done)

    def _bulk_done(self, bulk: api.BulkEnrollment) -> None:
        reasons = ", ".join(f"{n:,} {why}" for why, n in sorted(bulk.reasons().items()))
        refused = f"; refused {len(bulk.refused):,} ({reasons})" if bulk.refused else ""
        stopped = " Cancelled: the batches committed so far are kept." if bulk.cancelled else ""
        self.ctx.status(f"enrolled {bulk.enrolled:,} user(s) in {bulk.seconds:.1f} s{refused}.{stopped}")
        self.refresh_users()

    def _show_users(self, registry: api.RegistryView) -> None:
        selected = self.selected_user()
        self.users = registry.users
        self.users_table.setRowCount(len(self.users))
        for i, u in enumerate(self.users):
            self.users_table.setItem(i, 0, _item(u.name))
            self.users_table.setItem(i, 1, _item(u.code_hex))
            self.users_table.setItem(i, 2, _item(u.created))
            if u.name == selected:
                self.users_table.selectRow(i)
        shown = (f"showing {len(self.users):,} of {registry.total:,} user(s)" if len(self.users) < registry.total
                 else f"{registry.total:,} user(s)")
        self.registry_label.setText(f"{shown}, {registry.k}-bit codes, "
                                    f"minimum Hamming distance {registry.min_distance}, each code read back on "
                                    f"{registry.probes} probe scenes before it is issued")

    def enroll(self) -> None:
        name = self.name_edit.text().strip()
        if not name:
            self.ctx.error("Type a user name to enroll.")
            return
        self.ctx.run(api.enroll, name, **self._where(), label=f"Enrolling {name}", on_done=self._enrolled)

    def _enrolled(self, enrollment: api.Enrollment) -> None:
        self._show_users(enrollment.registry)
        self.name_edit.clear()
        self.ctx.status(f"enrolled {enrollment.user.name}: code {enrollment.user.code_hex}")

    def export_generator(self, path: str | None = None) -> None:
        name = self.selected_user()
        if not name:
            self.ctx.error("Select a user in the table first.")
            return
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, "Export generator", f"{name}_generator.safetensors",
                                                  "safetensors (*.safetensors)")
            if not path:
                return
        self.ctx.run(api.export_generator, name, path, **self._where(), label=f"Exporting {name}'s generator",
                     on_done=lambda ex: self.ctx.status(f"exported {ex.user}'s generator to {ex.path} "
                                                        f"(sha256 {ex.sha256[:12]}...)"))

    def generate(self) -> None:
        name = self.selected_user()
        if not name:
            self.ctx.error("Select a user in the table first.")
            return
        fam = self.family_combo.currentText()
        family = None if fam.startswith("(") else fam
        out = Path(self.out_edit.text()) / name
        try:
            options = api.GenerateOptions(n=self.n_spin.value(), seed=self.seed_spin.value(), family=family)
        except AttestError as exc:
            self.ctx.error(str(exc))
            return
        self.ctx.run(api.generate, name, options, out, **self._where(), label=f"Generating for {name}",
                     on_done=self._show_generated)

    def _show_generated(self, generation: api.Generation) -> None:
        self.generated = [str(p) for p in generation.paths]
        while self.preview_grid.count():
            it = self.preview_grid.takeAt(0)
            if it.widget():
                it.widget().deleteLater()
        for i, (img, p) in enumerate(zip(generation.images, self.generated, strict=True)):
            lab = QLabel()
            lab.setPixmap(_pixmap(img, 160))
            lab.setToolTip(p)
            self.preview_grid.addWidget(lab, i // 3, i % 3)
        self.trace_generated_btn.setEnabled(bool(self.generated))
        self.ctx.status(f"generated {len(self.generated)} image(s) for {generation.user}")

    # -- trace tab ------------------------------------------------------------------------------------
    def _trace_tab(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        top = QHBoxLayout()
        self.drop = DropZone()
        self.drop.dropped.connect(self.trace)
        top.addWidget(self.drop, 1)
        opts = QVBoxLayout()
        self.add_btn = QPushButton("Add images...")
        self.add_btn.clicked.connect(self._pick_images)
        self.tta_check = QCheckBox("test-time augmentation")
        self.search_check = QCheckBox("search rotations and crops")
        self.search_check.setToolTip("also decode 9 views that undo rotations up to 15 degrees and heavy crops; "
                                     "the false-positive rate is corrected for the 10 views")
        self.fpr_spin = QDoubleSpinBox()
        self.fpr_spin.setDecimals(10)
        self.fpr_spin.setRange(1e-10, 0.5)
        self.fpr_spin.setValue(1e-6)
        self.fpr_spin.setToolTip("attribute only when the registry-wide false-positive rate is at most this")
        opts.addWidget(self.add_btn)
        opts.addWidget(self.tta_check)
        opts.addWidget(self.search_check)
        self.rule_combo = QComboBox()
        self.rule_combo.addItems(["weighted", "hamming"])
        self.rule_combo.setToolTip("weighted: each bit counts by the decoder's confidence (default; loses less to "
                                   "bits an attack left uncertain); hamming: the number of matching bits")
        fl = QFormLayout()
        fl.addRow("FPR threshold", self.fpr_spin)
        fl.addRow("decision rule", self.rule_combo)
        opts.addLayout(fl)
        top.addLayout(opts)
        lay.addLayout(top)
        self.banner = QLabel("No image traced yet")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(NEUTRAL_BANNER)
        lay.addWidget(self.banner)
        self.trace_summary_label = QLabel("")
        self.trace_summary_label.setWordWrap(True)
        lay.addWidget(self.trace_summary_label)
        self.trace_saved_label = QLabel("")
        self.trace_saved_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.trace_saved_label)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.results_table = QTableWidget(0, 5)
        self.results_table.setHorizontalHeaderLabels(["image", "verdict", "user", "bit accuracy", "FPR (p-value)"])
        self.results_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.results_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results_table.itemSelectionChanged.connect(self._show_selected)
        split.addWidget(self.results_table)
        right = QWidget()
        rl = QVBoxLayout(right)
        self.thumb = QLabel()
        self.thumb.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumb.setMinimumHeight(130)
        rl.addWidget(self.thumb)
        rl.addWidget(QLabel("Decoded bits (green: agrees with the best candidate; stronger: more confident)"))
        self.bits_grid = BitsGrid()
        rl.addWidget(self.bits_grid)
        self.cand_table = QTableWidget(0, 3)
        self.cand_table.setHorizontalHeaderLabels(["candidate", "Hamming distance", "p-value"])
        self.cand_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        rl.addWidget(self.cand_table)
        split.addWidget(right)
        split.setSizes([500, 500])
        lay.addWidget(split, 1)
        return w

    def _pick_images(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, "Images to trace", "", "Images (*.png *.jpg *.jpeg *.webp *.bmp)")
        if paths:
            self.trace(paths)

    def trace(self, paths: list[str]) -> None:
        if not paths:
            return
        try:
            options = api.TraceOptions(tta=self.tta_check.isChecked(), search=self.search_check.isChecked(),
                                       fpr_threshold=float(self.fpr_spin.value()),
                                       rule=self.rule_combo.currentText())
        except AttestError as exc:
            self.ctx.error(str(exc))
            return
        self.tabs.setCurrentIndex(1)
        self._clear_trace()
        self.banner.setText(f"Tracing {len(paths)} item(s)...")
        self.ctx.run(api.trace, list(paths), options, **self._where(), label="Tracing images",
                     on_done=self._show_trace, on_error=self._trace_failed)

    def _clear_trace(self) -> None:
        """Nothing of an earlier trace stays on screen while a new one runs (or after it fails)."""
        self.trace_run = None
        self.trace_report_id = None
        self.trace_saved_label.setText("")
        self.trace_summary_label.setText("")
        self.results_table.setRowCount(0)
        self.cand_table.setRowCount(0)
        self.bits_grid.set_bits((), (), ())
        self.thumb.clear()
        self.banner.setStyleSheet(NEUTRAL_BANNER)

    def _trace_failed(self, kind: ErrorKind, message: str) -> None:
        self.banner.setText("Trace cancelled." if kind is ErrorKind.CANCELLED else f"Trace failed: {message}")
        self.banner.setStyleSheet(NEUTRAL_BANNER)

    def _save(self, run: Draftable, label: QLabel) -> int | None:
        """Save a completed audit as a report and say so on the page."""
        try:
            rid = self.ctx.save(run.to_draft())
        except AttestError as exc:
            label.setText(f"Not saved: {exc}")
            self.ctx.error(str(exc))
            return None
        label.setText(f"Saved as report #{rid}")
        return rid

    def _show_trace(self, run: api.TraceRun) -> None:
        self.trace_run = run
        self.trace_report_id = self._save(run, self.trace_saved_label)
        res = run.results
        items = run.items
        self.results_table.setRowCount(len(items))
        for i, it in enumerate(items):
            self.results_table.setItem(i, 0, _item(Path(it.image).name))
            if isinstance(it, api.TraceFailure):
                v = _item("error")
                v.setForeground(QColor(ERROR_COLOUR))
                v.setToolTip(it.error)
                self.results_table.setItem(i, 1, v)
                for j in (2, 3, 4):
                    self.results_table.setItem(i, j, _item("-"))
                continue
            v = _item(it.verdict)
            v.setForeground(QColor(VERDICT_COLOURS[it.verdict]))
            self.results_table.setItem(i, 1, v)
            self.results_table.setItem(i, 2, _item(it.user or "-"))
            self.results_table.setItem(i, 3, _item(f"{it.bit_accuracy:.3f}"))
            self.results_table.setItem(i, 4, _item(f"{it.p_value:.2e}"))
        counts = run.counts
        if len(items) > 1:  # the banner shows the selected image; this line the batch
            failed = f"; {len(run.failures)} could not be traced" if run.failures else ""
            self.trace_summary_label.setText(
                f"{len(res)} image(s) traced: {counts['attributed']} attributed, {counts['inconclusive']} "
                f"inconclusive, {counts['no_fingerprint']} without a fingerprint{failed}. Select a row for details.")
        first = items[0]
        if isinstance(first, api.TraceFailure):
            self._set_banner("error", f"Not traced: {first.error}")
        else:
            self._banner_for(first)
        self.results_table.selectRow(0)

    def _set_banner(self, verdict: str, text: str) -> None:
        self.banner.setText(text)
        colour = VERDICT_COLOURS.get(verdict, ERROR_COLOUR)
        self.banner.setStyleSheet(f"QLabel {{ background: {colour}; color: white; padding: 10px; "
                                  "border-radius: 6px; font-size: 14px; }")

    def _banner_for(self, r: api.TraceResult) -> None:
        run = self.trace_run
        n = run.registry_users if run else "?"
        views = run.n_views if run else 1
        how = (f" (read from the view '{r.view}', best of {views}; the rate counts every view)"
               if views > 1 else "")
        m, k = r.matching_bits, r.k
        best = r.best.user
        if r.verdict == "attributed":
            weighted = " (bits counted by the decoder's confidence)" if run and run.options.rule == "weighted" else ""
            text = (f"Attributed to {r.user}: {m}/{k} bits match its code; the chance{weighted} that an image "
                    f"without any of "
                    f"the {n} enrolled fingerprints matches this well is {r.p_value:.1e}{how}.")
        elif r.verdict == "inconclusive":
            text = (f"Inconclusive: the closest user is {best} ({m}/{k} bits), but a chance match over "
                    f"{n} users is {r.p_value:.1e}, above the threshold{how}.")
        else:
            text = (f"No fingerprint: the best match ({best}, {m}/{k} bits) is what chance gives over {n} "
                    f"enrolled users (FPR {r.p_value:.2f}){how}.")
        self._set_banner(r.verdict, text)

    def _show_selected(self) -> None:
        rows = self.results_table.selectionModel().selectedRows()
        run = self.trace_run
        if not rows or run is None:
            return
        row = rows[0].row()
        if row >= len(run.items):
            return
        item = run.items[row]
        if isinstance(item, api.TraceFailure):  # an image that could not be traced
            failure = item
            self.bits_grid.set_bits((), (), ())
            self.cand_table.setRowCount(0)
            self.thumb.clear()
            name = Path(failure.image).name
            why = failure.error if name in failure.error else f"{name}: {failure.error}"
            self._set_banner("error", f"Not traced: {why}")
            return
        r = item
        self.bits_grid.set_bits(r.bits, r.best_code, r.confidence)
        self.cand_table.setRowCount(len(r.candidates))
        for i, c in enumerate(r.candidates):
            self.cand_table.setItem(i, 0, _item(c.user))
            self.cand_table.setItem(i, 1, _item(c.distance))
            self.cand_table.setItem(i, 2, _item(f"{c.p_value:.2e}"))
        try:
            self.thumb.setPixmap(_pixmap(api.open_thumbnail(r.image, 128), 128))
        except AttestError:  # the file may have moved or changed since; the table still holds the result
            self.thumb.clear()
        self._banner_for(r)

    # -- evaluation tab -------------------------------------------------------------------------------
    def _eval_tab(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        row = QHBoxLayout()
        self.eval_users = QSpinBox()
        self.eval_users.setRange(1, 1000)
        self.eval_users.setValue(8)
        self.eval_per_user = QSpinBox()
        self.eval_per_user.setRange(1, 100)
        self.eval_per_user.setValue(4)
        self.eval_tta = QCheckBox("TTA")
        self.eval_search = QCheckBox("search")
        self.eval_search.setToolTip("trace with the geometric search (10 views, FPR corrected for them)")
        self.eval_btn = QPushButton("Run evaluation")
        self.eval_btn.clicked.connect(self.run_evaluation)
        for lab, wd in (("users", self.eval_users), ("images per user", self.eval_per_user)):
            row.addWidget(QLabel(lab))
            row.addWidget(wd)
        row.addWidget(self.eval_tta)
        row.addWidget(self.eval_search)
        row.addWidget(self.eval_btn)
        row.addStretch(1)
        lay.addLayout(row)
        self.eval_label = QLabel("Run the attack suite to see robustness and quality figures.")
        lay.addWidget(self.eval_label)
        self.eval_goals_label = QLabel("")
        self.eval_goals_label.setWordWrap(True)
        lay.addWidget(self.eval_goals_label)
        self.eval_saved_label = QLabel("")
        self.eval_saved_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.eval_saved_label)
        grid = QGridLayout()
        self.acc_plot = pg.PlotWidget(title="Accuracy per attack")
        self.acc_plot.setMinimumWidth(380)
        self.strength_plot = pg.PlotWidget(title="Attribution vs attack strength")
        self.roc_plot = pg.PlotWidget(title="ROC (fingerprinted vs clean)")
        self.pr_plot = pg.PlotWidget(title="Precision-recall")
        for p in (self.acc_plot, self.strength_plot, self.roc_plot, self.pr_plot):
            p.setBackground("w")
            p.showGrid(x=True, y=True, alpha=0.3)
            legend = p.addLegend(offset=(-10, -10) if p is self.acc_plot else (-10, 10), labelTextColor="#333")
            legend.setBrush(pg.mkBrush(255, 255, 255, 230))  # readable over the bars and curves it covers
        self.roc_plot.setLabel("bottom", "false-positive rate")
        self.roc_plot.setLabel("left", "true-positive rate")
        self.pr_plot.setLabel("bottom", "recall")
        self.pr_plot.setLabel("left", "precision")
        self.strength_plot.setLabel("bottom", "relative strength")
        grid.addWidget(self.acc_plot, 0, 0, 2, 1)
        grid.addWidget(self._eval_table(), 0, 1, 1, 2)
        grid.addWidget(self.strength_plot, 2, 0)
        grid.addWidget(self.roc_plot, 1, 1, 2, 1)
        grid.addWidget(self.pr_plot, 1, 2, 2, 1)
        grid.setRowStretch(0, 3)
        grid.setRowStretch(1, 1)
        grid.setRowStretch(2, 3)
        lay.addLayout(grid, 1)
        return w

    def _eval_table(self) -> QTableWidget:
        self.eval_table = QTableWidget(0, 7)
        self.eval_table.setHorizontalHeaderLabels(["attack", "bit acc", "attr", "TPR", "FPR", "AUROC", "AUPRC"])
        self.eval_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        return self.eval_table

    def run_evaluation(self) -> None:
        try:
            options = api.EvaluationOptions(n_users=self.eval_users.value(), per_user=self.eval_per_user.value(),
                                            tta=self.eval_tta.isChecked(), search=self.eval_search.isChecked())
        except AttestError as exc:
            self.ctx.error(str(exc))
            return
        self._clear_eval()
        self.eval_label.setText("Running the attack suite...")
        self.eval_btn.setEnabled(False)
        self.ctx.run(api.evaluate, options, device=self.ctx.device, label="Evaluating fingerprint robustness",
                     on_done=self._show_eval, on_error=self._eval_failed)

    def _clear_eval(self) -> None:
        """Nothing of an earlier evaluation stays on screen while a new one runs (or after it fails)."""
        self.eval_result = None
        self.eval_report_id = None
        self.eval_saved_label.setText("")
        self.eval_goals_label.setText("")
        self.eval_table.setRowCount(0)
        for plot in (self.acc_plot, self.strength_plot, self.roc_plot, self.pr_plot):
            plot.clear()

    def _eval_failed(self, kind: ErrorKind, message: str) -> None:
        self.eval_btn.setEnabled(True)
        self.eval_label.setText("Evaluation cancelled." if kind is ErrorKind.CANCELLED
                                else f"Evaluation failed: {message}")

    def _show_eval(self, res: api.EvaluationRun) -> None:
        self.eval_btn.setEnabled(True)
        self.eval_result = res
        self.eval_report_id = self._save(res, self.eval_saved_label)
        self.eval_label.setText(_eval_text(res))
        self.eval_goals_label.setText(_goals_text(res))
        rows = list(res.rows)
        self.eval_table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            for j, v in enumerate([r.attack, r.bit_acc, r.attr_acc, r.tpr, r.fpr, r.auroc, r.auprc]):
                self.eval_table.setItem(i, j, _item(v if isinstance(v, str) else ("-" if v is None else f"{v:.3f}")))
        # Horizontal bars: the attack names stay readable on the left axis.
        y = np.arange(len(rows))[::-1].astype(float)
        self.acc_plot.clear()
        for off, (label, vals, col) in zip((0.27, 0.0, -0.27), (
                ("bit accuracy", [r.bit_acc for r in rows], (31, 119, 180)),
                ("attribution", [r.attr_acc for r in rows], (255, 127, 14)),
                ("TPR @ threshold", [r.tpr for r in rows], (44, 160, 44))), strict=True):
            self.acc_plot.addItem(pg.BarGraphItem(x0=0, y=y + off, height=0.26, width=vals, brush=col, name=label))
        left = self.acc_plot.getAxis("left")
        left.setTicks([[(float(yy), r.attack) for yy, r in zip(y, rows, strict=True)]])
        left.setStyle(textFillLimits=[(0, 1.0)])  # every attack named, not only as many as pyqtgraph's default allows
        left.setWidth(max(40, 7 * max(len(r.attack) for r in rows) + 12))  # room for the attack names
        self.acc_plot.setXRange(0, 1.0)
        self.acc_plot.setYRange(-0.6, len(rows) - 0.4)
        self.strength_plot.clear()
        fams: dict[str, list] = {}
        for r in rows:
            if r.family not in ("none", "combo", "erase", "contrast"):
                fams.setdefault(r.family, []).append(r)
        clean = next((r.attr_acc for r in rows if r.attack == "none"), None)
        for i, (fam, rs) in enumerate(sorted(fams.items())):
            ref = 100 if fam == "jpeg" else 1.0 if fam in ("crop", "resize", "brightness") else 0.0
            st = [abs(r.strength - ref) for r in rs]
            top = max(st) or 1.0
            pts = sorted(zip([v / top for v in st], [r.attr_acc for r in rs], strict=True))
            if clean is not None:
                pts = [(0.0, clean)] + pts
            colour = pg.intColor(i, 8, maxValue=200)
            self.strength_plot.plot([p[0] for p in pts], [p[1] for p in pts], pen=pg.mkPen(colour, width=2),
                                    symbol="o", symbolBrush=colour, symbolSize=7, name=fam)
        self.roc_plot.clear()
        self.pr_plot.clear()
        shown = [n for n in ("none", "jpeg50", "crop50", "blur2", "noise0.05", "combo") if n in res.curves]
        for i, name in enumerate(shown):
            cv = res.curves[name]
            pen = pg.mkPen(pg.intColor(i, 6, maxValue=200), width=2)
            self.roc_plot.plot(cv.roc_fpr, cv.roc_tpr, pen=pen, name=name)
            self.pr_plot.plot(cv.pr_recall, cv.pr_precision, pen=pen, name=name)


def _fmt(x: float | None, digits: int = 3) -> str:
    return "-" if x is None else f"{x:.{digits}f}"


def _eval_text(res: api.EvaluationRun) -> str:
    """The evaluation's headline figures in one sentence."""
    return (f"Clean bit accuracy {_fmt(res.bit_acc_clean)}, worst attribution over the goal attacks "
            f"{_fmt(res.min_attr_acc_goal_attacks)}, largest FPR {_fmt(res.max_fpr)}, PSNR {res.psnr:.2f} dB, "
            f"SSIM {res.ssim:.4f}.")


def _goals_text(res: api.EvaluationRun) -> str:
    """The issue's goals, each met, not met or not measured by this run."""
    goals = res.goals
    marks = {True: "met", False: "NOT met", None: "not measured"}
    return (f"Goals: clean bit accuracy >= {api.GOAL_BIT_ACC:g} {marks[goals.clean_bit_accuracy]}; "
            f"goal attacks attributed (TPR >= {api.GOAL_TPR:g}, no wrong user) {marks[goals.goal_attacks_attributed]}; "
            f"no clean image attributed {marks[goals.no_clean_attributed]}; "
            f"PSNR >= {api.GOAL_PSNR_DB:g} dB {marks[goals.quality]}.")
