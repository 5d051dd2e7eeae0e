"""Image tracing: the user registry, tracing dropped images, and the robustness evaluation.

Three tabs. *Registry*: enroll a user, the users table, export a user's generator (fingerprint baked
into the weights), generate samples with a preview grid. *Trace*: a drop zone (or Add images...) for
files and folders; a verdict banner that says how sure, the results and candidates tables, and the
decoded bits as a grid coloured by agreement with the best candidate and by the decoder's
confidence. *Evaluation*: runs the attack suite and plots accuracy per attack, accuracy against
attack strength, ROC and precision-recall curves (pyqtgraph), each legend beside its plot.

The page calls only :mod:`engine.fingerprint.api`, always through ``ctx.run`` (a worker thread), and
renders the typed results that come back. Every completed trace and evaluation is saved as a report
at once ("Saved as report #N" on the page). A button that starts a job is disabled while its job
runs; a result that arrives after a newer run of the same kind was started is dropped.

Two numbers are told apart everywhere: a candidate's *p-value* is the chance that one code drawn at
random matches this image's bits as well as that candidate does; the image's *false-positive rate*
(FPR) is the best candidate's p-value corrected for every enrolled user and every decoded view
(Bonferroni), the chance that an image carrying none of the fingerprints matches some code that well.
An image is attributed when its FPR is at most the threshold.
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
    QSizePolicy,
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
from ..worker import Worker

VERDICT_COLOURS = {"attributed": "#1e7b34", "inconclusive": "#b07d00", "no_fingerprint": "#5a6270"}
VERDICT_WORDS = {"attributed": "attributed", "inconclusive": "inconclusive", "no_fingerprint": "no fingerprint"}
ERROR_COLOUR = "#a61b1b"
USERS_SHOWN = 1000  # the registry table shows a page; the search finds the rest
NEUTRAL_BANNER = "QLabel { background: #e2e8f0; padding: 10px; border-radius: 6px; font-size: 14px; }"
NO_TRACE_YET = ("No image traced yet. Drop images or folders on the box above, or press Add images..., to find "
                "out which enrolled user generated them.")
NO_USERS = ("No user is enrolled yet, so nothing can be attributed: enroll a user on the Registry tab first, "
            "then generate samples there or drop images here.")
FPR_TIP = ("False-positive rate: the chance that an image carrying none of the enrolled fingerprints matches some "
           "enrolled code this well. It is the best candidate's p-value multiplied by the number of enrolled users "
           "and of decoded views (Bonferroni), so it holds for the whole registry. An image is attributed when it "
           "is at most the FPR threshold.")
P_TIP = ("p-value of this one candidate: the chance that a code drawn at random matches this image's decoded bits "
         "at least as well as this candidate's code does, before correcting for the size of the registry. "
         "The image's false-positive rate is the best candidate's p-value times users times views.")
BITS_TIP = "Decoded bits that agree with the best candidate's code, out of the code's length."
DISTANCE_TIP = "Hamming distance: how many of the decoded bits differ from this candidate's code (0 = all agree)."
EVAL_HEADERS = (
    ("attack", "the attack applied to every image (none = the images as generated)"),
    ("bits %", "bit accuracy: the share of decoded bits that are right, over the fingerprinted images"),
    ("near %", "attribution: the share of fingerprinted images whose nearest code is their user's (no "
                  "threshold)"),
    ("TPR %", "true-positive rate: the share of fingerprinted images attributed to the right user at the FPR "
              "threshold"),
    ("FPR %", "false-positive rate measured: the share of clean (unfingerprinted) images attributed to anyone "
              "at the threshold"),
    ("AUROC", "area under the ROC curve, fingerprinted against clean images (1 = always told apart, 0.5 = chance)"),
    ("AUPRC", "area under the precision-recall curve, fingerprinted against clean images (1 = perfect)"),
)


# -- widgets ----------------------------------------------------------------------------------------
class DropZone(QLabel):
    """Accepts dropped files and folders; emits their paths. Refuses drops while ``busy``."""

    dropped = Signal(list)
    IDLE = "Drop images or folders here to trace them"

    def __init__(self) -> None:
        super().__init__(self.IDLE)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setAcceptDrops(True)
        self.setMinimumHeight(70)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("QLabel { border: 2px dashed #8a94a6; border-radius: 8px; color: #4a5568; padding: 8px; }")

    def set_busy(self, busy: bool) -> None:
        self.setAcceptDrops(not busy)
        self.setText("Tracing... (drop more images when it is done)" if busy else self.IDLE)

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            self.dropped.emit(paths)
            event.acceptProposedAction()


class RateSpinBox(QDoubleSpinBox):
    """A probability threshold written as 1e-06 rather than 0.0000010000; the arrows step by tenfold."""

    def __init__(self) -> None:
        super().__init__()
        self.setDecimals(12)

    def textFromValue(self, value: float) -> str:
        return f"{value:.0e}" if value < 0.001 else f"{value:g}"

    def valueFromText(self, text: str) -> float:
        try:
            return float(text)
        except ValueError:
            return self.value()

    def validate(self, text: str, pos: int) -> object:
        from PySide6.QtGui import QValidator

        try:
            float(text)
        except ValueError:
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Acceptable, text, pos

    def stepBy(self, steps: int) -> None:
        self.setValue(min(self.maximum(), max(self.minimum(), self.value() * 10.0 ** steps)))


class BitsGrid(QWidget):
    """Decoded bits as cells: green where the bit agrees with the best candidate's code, red where it
    does not; the stronger the colour, the more confident the decoder. The bit value is written in."""

    def __init__(self) -> None:
        super().__init__()
        self.bits: tuple[int, ...] = ()
        self.code: tuple[int, ...] = ()
        self.conf: tuple[float, ...] = ()
        self.setMinimumHeight(90)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_bits(self, bits, code, conf) -> None:
        self.bits, self.code, self.conf = tuple(bits), tuple(code), tuple(conf)
        self.update()

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("white"))
        k = len(self.bits)
        if not k:
            p.setPen(QColor("#777"))
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, "select a traced image: its decoded bits appear here")
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


class LegendPlot(pg.GraphicsLayoutWidget):
    """A plot whose legend sits beside it (or below it), never over the curves and never cut off: the
    legend's column (row) is as wide (high) as its entries, and the widget at least as wide as plot and
    legend together."""

    def __init__(self, title: str, legend_below: bool = False, min_size: tuple[int, int] = (340, 260)) -> None:
        super().__init__()
        self.setBackground("w")
        self.item = self.addPlot(row=0, col=0, title=title)
        self.item.showGrid(x=True, y=True, alpha=0.3)
        self.legend = pg.LegendItem(labelTextColor="#333")
        if legend_below:
            self.legend.setColumnCount(2)
            self.addItem(self.legend, row=1, col=0)
        else:
            self.addItem(self.legend, row=0, col=1)
        self.legend_below = legend_below
        self._min_size = min_size
        self.setMinimumSize(*min_size)

    def plot_curve(self, x: Any, y: Any, name: str, **kwargs: Any) -> Any:
        curve = self.item.plot(x, y, **kwargs)
        self.legend.addItem(curve, name)
        self._fit()
        return curve

    def add_bars(self, bars: Any, name: str) -> None:
        self.item.addItem(bars)
        self.legend.addItem(bars, name)
        self._fit()

    def reset(self) -> None:
        self.item.clear()
        self.legend.clear()
        self._fit()

    def legend_names(self) -> list[str]:
        return [label.text for _sample, label in self.legend.items]

    def _fit(self) -> None:
        width, height = self.legend.preferredWidth(), self.legend.preferredHeight()
        lay = self.ci.layout
        if self.legend_below:
            lay.setRowFixedHeight(1, height)
        else:
            lay.setColumnFixedWidth(1, width)
            self.legend.setMaximumHeight(height)
            lay.setAlignment(self.legend, Qt.AlignmentFlag.AlignTop)
        lay.invalidate()
        # what the plot (its title and axes) and the legend need side by side, or one above the other
        plot_min = self.item.effectiveSizeHint(Qt.SizeHint.MinimumSize).width()
        need = max(plot_min, width) if self.legend_below else plot_min + width
        self.setMinimumWidth(max(self._min_size[0], int(need) + 24))


def _pixmap(image: Image.Image, size: int = 128) -> QPixmap:
    img = image.convert("RGB")
    img.thumbnail((size, size))
    arr = np.ascontiguousarray(np.asarray(img))
    q = QImage(arr.data, arr.shape[1], arr.shape[0], arr.strides[0], QImage.Format.Format_RGB888)
    return QPixmap.fromImage(q.copy())


def _item(text: Any, tip: str = "") -> QTableWidgetItem:
    it = QTableWidgetItem(str(text))
    it.setFlags(it.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if tip:
        it.setToolTip(tip)
    return it


def _header(table: QTableWidget, headers: tuple[tuple[str, str], ...]) -> None:
    """Column names, each with a tooltip that says what the column's numbers mean."""
    table.setColumnCount(len(headers))
    for j, (name, tip) in enumerate(headers):
        head = QTableWidgetItem(name)
        head.setToolTip(tip)
        table.setHorizontalHeaderItem(j, head)


def _sci(x: float) -> str:
    """A probability in scientific notation that never prints as a misleading 0."""
    return f"{x:.1e}" if x < 0.001 else f"{x:.3f}"


def _pct(x: float | None) -> str:
    return "-" if x is None else f"{100 * x:.1f}"


def _tab_order(*widgets: QWidget) -> None:
    for a, b in zip(widgets, widgets[1:], strict=False):
        QWidget.setTabOrder(a, b)


class Page(QWidget):
    title = "Image tracing"

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.users: tuple[api.User, ...] = ()
        self.registry_total: int | None = None  # enrolled users, once the registry was loaded
        self.trace_run: api.TraceRun | None = None
        self.trace_report_id: int | None = None
        self.eval_result: api.EvaluationRun | None = None
        self.eval_report_id: int | None = None
        self.generated: list[str] = []
        self._jobs: dict[str, Worker] = {}  # the running job of each kind (enroll, trace, eval...)
        self._latest: dict[str, Worker] = {}  # the last job started of each kind: only its result is shown
        self.tabs = QTabWidget()
        self.tabs.addTab(self._registry_tab(), "Registry")
        self.tabs.addTab(self._trace_tab(), "Trace")
        self.tabs.addTab(self._eval_tab(), "Evaluation")
        self.tabs.currentChanged.connect(self._tab_changed)
        ctx.job_finished.connect(self._job_ended)
        lay = QVBoxLayout(self)
        lay.addWidget(self.tabs)
        self._update_actions()

    # -- jobs ----------------------------------------------------------------------------------------
    def _start(self, key: str, fn: Any, *args: Any, on_done: Any = None, on_error: Any = None,
               **kwargs: Any) -> Worker:
        """Run ``fn`` as this page's job ``key``: its buttons are off until it ends, and its result is
        shown only if no newer job of the same kind was started meanwhile."""

        def done(result: Any) -> None:
            if self._latest.get(key) is worker and on_done is not None:
                on_done(result)

        def failed(kind: ErrorKind, message: str) -> None:
            if self._latest.get(key) is worker and on_error is not None:
                on_error(kind, message)

        worker = self.ctx.run(fn, *args, on_done=done, on_error=failed, **kwargs)
        self._jobs[key] = self._latest[key] = worker
        self._update_actions()
        return worker

    def _job_ended(self, worker: Worker) -> None:
        """Any job of the app ended (the context says so, on the GUI thread, however fast the job was)."""
        for key, running in list(self._jobs.items()):
            if running is worker:
                del self._jobs[key]
                self._update_actions()

    def running(self, key: str) -> bool:
        return key in self._jobs

    def _update_actions(self) -> None:
        """Each button that starts a job: off while its job runs, or while what it needs is missing."""
        user = self.selected_user() is not None
        registry_busy = self.running("enroll") or self.running("bulk")
        self.enroll_btn.setEnabled(not registry_busy)
        self.bulk_btn.setEnabled(not registry_busy)
        self.refresh_btn.setEnabled(not self.running("registry"))
        self.export_btn.setEnabled(user and not self.running("export"))
        self.generate_btn.setEnabled(user and not self.running("generate"))
        self.gen_file_btn.setEnabled(not self.running("generate"))
        self.gen_base_btn.setEnabled(not self.running("generate"))
        no_user = "Select a user in the table first"
        self.export_btn.setToolTip("Export the selected user's generator (fingerprint in the weights) as safetensors"
                                   if user else no_user)
        self.generate_btn.setToolTip("Generate images with the selected user's fingerprint" if user else no_user)
        tracing = self.running("trace")
        self.trace_generated_btn.setEnabled(bool(self.generated) and not tracing)
        self.add_btn.setEnabled(not tracing)
        self.drop.set_busy(tracing)
        self.eval_btn.setEnabled(not self.running("eval"))

    def _tab_changed(self, index: int) -> None:
        if index == 0 and not self.running("registry"):
            self.refresh_users()  # users enrolled elsewhere (the command line) show up

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self.running("registry"):
            self.refresh_users()  # the registry loads whenever the page opens

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
        self.enroll_btn.setToolTip("Issue a fingerprint code to this user (the model must read it back first)")
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
        bulk.addStretch(1)
        left.addLayout(bulk)
        self.user_search = QLineEdit()
        self.user_search.setPlaceholderText("find users by name (Enter)")
        self.user_search.setClearButtonEnabled(True)
        self.user_search.returnPressed.connect(self.refresh_users)
        left.addWidget(self.user_search)
        self.users_table = QTableWidget(0, 3)
        self.users_table.setHorizontalHeaderLabels(["user", "fingerprint code", "enrolled"])
        header = self.users_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.users_table.verticalHeader().hide()
        self.users_table.setWordWrap(False)
        self.users_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.users_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.users_table.itemSelectionChanged.connect(self._update_actions)
        left.addWidget(self.users_table, 1)
        self.registry_label = QLabel("Loading the registry...")
        self.registry_label.setWordWrap(True)
        left.addWidget(self.registry_label)
        row = QHBoxLayout()
        self.refresh_btn = QPushButton("Refresh")
        self.refresh_btn.setToolTip("Load the registry again (users enrolled from the command line appear)")
        self.refresh_btn.clicked.connect(self.refresh_users)
        self.export_btn = QPushButton("Export generator...")
        self.export_btn.clicked.connect(lambda: self.export_generator())
        row.addWidget(self.refresh_btn)
        row.addWidget(self.export_btn)
        left.addLayout(row)
        gen = QGroupBox("Generate samples: for the selected user, from an export, or unfingerprinted")
        g = QFormLayout(gen)
        self.n_spin = QSpinBox()
        self.n_spin.setRange(1, 64)
        self.n_spin.setValue(6)
        self.n_spin.setSuffix(" images")
        self.seed_spin = QSpinBox()
        self.seed_spin.setRange(0, 2_000_000_000)
        self.seed_spin.setToolTip("the same seed and user give the same images")
        self.family_combo = QComboBox()
        self.family_combo.addItems(["(all families)", *api.SCENE_FAMILIES])
        self.out_edit = QLineEdit(str(Path(self.ctx.db_path).parent / "fingerprint-samples"))
        self.out_edit.setToolTip("the images go to a folder named after the user inside this one")
        self.generate_btn = QPushButton("Generate")
        self.generate_btn.clicked.connect(self.generate)
        g.addRow("count", self.n_spin)
        g.addRow("seed", self.seed_spin)
        g.addRow("scene (prompt)", self.family_combo)
        g.addRow("folder", self.out_edit)
        self.gen_file_btn = QPushButton("From an export...")
        self.gen_file_btn.setToolTip("Generate with an exported user generator (.safetensors) alone, without the "
                                     "registry: the same seed and scene give the same images as its user gets here")
        self.gen_file_btn.clicked.connect(lambda: self.generate_from_file())
        self.gen_base_btn = QPushButton("Unfingerprinted")
        self.gen_base_btn.setToolTip("Generate with the base generator (no fingerprint) from the same seeds: the "
                                     "images a user's are compared with; they trace to nobody")
        self.gen_base_btn.clicked.connect(self.generate_base)
        gen_row = QHBoxLayout()
        for b in (self.generate_btn, self.gen_file_btn, self.gen_base_btn):
            gen_row.addWidget(b)
        g.addRow(gen_row)
        left.addWidget(gen)
        lay.addLayout(left, 3)
        right = QVBoxLayout()
        right.addWidget(QLabel("Preview"))
        self.preview = QWidget()
        self.preview_grid = QGridLayout(self.preview)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.preview)
        self.preview_empty = QLabel("Select a user and press Generate: the samples appear here, and "
                                    "Trace these samples checks that they trace back to that user.")
        self.preview_empty.setWordWrap(True)
        self.preview_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview_empty.setStyleSheet("QLabel { color: #5a6270; padding: 16px; }")
        self.preview_grid.addWidget(self.preview_empty, 0, 0)
        right.addWidget(scroll, 1)
        self.trace_generated_btn = QPushButton("Trace these samples")
        self.trace_generated_btn.clicked.connect(lambda: self.trace(self.generated))
        right.addWidget(self.trace_generated_btn)
        lay.addLayout(right, 2)
        _tab_order(self.name_edit, self.enroll_btn, self.bulk_btn, self.bulk_screen_check, self.user_search,
                   self.users_table, self.refresh_btn, self.export_btn, self.n_spin, self.seed_spin,
                   self.family_combo, self.out_edit, self.generate_btn, self.gen_file_btn, self.gen_base_btn,
                   self.trace_generated_btn)
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
        self._start("registry", api.list_users, **self._where(), search=search, limit=USERS_SHOWN,
                    label="Loading the registry", on_done=self._show_users)

    def enroll_csv(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, "Enroll users from a CSV file", "", "CSV or text (*.csv *.txt)")
            if not path:
                return
        self._start("bulk", api.enroll_many, path, **self._where(), screen=self.bulk_screen_check.isChecked(),
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
        self.registry_total = registry.total
        self.users_table.setRowCount(len(self.users))
        for i, u in enumerate(self.users):
            self.users_table.setItem(i, 0, _item(u.name, u.name))
            self.users_table.setItem(i, 1, _item(u.code_hex, f"{registry.k}-bit fingerprint code (hex)"))
            self.users_table.setItem(i, 2, _item(u.created.replace("T", " ")[:16], u.created))
            if u.name == selected:
                self.users_table.selectRow(i)
        if registry.total == 0:
            self.registry_label.setText("No user is enrolled yet: type a name above and press Enroll (or enroll "
                                        "many from a CSV file). Each user gets a fingerprint code the model can "
                                        "read back.")
        else:
            shown = (f"showing {len(self.users):,} of {registry.total:,} user(s)" if len(self.users) < registry.total
                     else f"{registry.total:,} user(s)")
            self.registry_label.setText(f"{shown}, {registry.k}-bit codes at least {registry.min_distance} bits "
                                        f"apart (Hamming distance); each code read back on {registry.probes} probe "
                                        "scenes before it is issued")
        if self.trace_run is None and not self.running("trace"):
            self.banner.setText(NO_USERS if registry.total == 0 else NO_TRACE_YET)
        self._update_actions()

    def enroll(self) -> None:
        name = self.name_edit.text().strip()
        if not name:
            self.ctx.error("Type a user name to enroll.")
            return
        self._start("enroll", api.enroll, name, **self._where(), label=f"Enrolling {name}", on_done=self._enrolled)

    def _enrolled(self, enrollment: api.Enrollment) -> None:
        self._latest.pop("registry", None)  # a registry load still running was started before this user existed
        self._show_users(enrollment.registry)
        self.name_edit.clear()
        self.ctx.status(f"enrolled {enrollment.user.name}: code {enrollment.user.code_hex}")

    def export_generator(self, path: str | None = None) -> None:
        name = self.selected_user()
        if not name:
            self.ctx.status("Select a user in the table first.")
            return
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, "Export generator", f"{name}_generator.safetensors",
                                                  "safetensors (*.safetensors)")
            if not path:
                return
        self._start("export", api.export_generator, name, path, **self._where(), label=f"Exporting {name}'s generator",
                    on_done=lambda ex: self.ctx.status(f"exported {ex.user}'s generator to {ex.path} "
                                                       f"(sha256 {ex.sha256[:12]}...)"))

    def _generate_options(self) -> api.GenerateOptions | None:
        fam = self.family_combo.currentText()
        family = None if fam.startswith("(") else fam
        try:
            return api.GenerateOptions(n=self.n_spin.value(), seed=self.seed_spin.value(), family=family)
        except AttestError as exc:
            self.ctx.error(str(exc))
            return None

    def generate(self) -> None:
        name = self.selected_user()
        if not name:
            self.ctx.status("Select a user in the table first.")
            return
        options = self._generate_options()
        if options is None:
            return
        out = Path(self.out_edit.text()) / name
        self._start("generate", api.generate, name, options, out, **self._where(), label=f"Generating for {name}",
                    on_done=self._show_generated)

    def generate_from_file(self, path: str | None = None) -> None:
        """Generate with an exported generator file alone (``fingerprint generate --generator``)."""
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, "Exported generator", "", "safetensors (*.safetensors)")
            if not path:
                return
        options = self._generate_options()
        if options is None:
            return
        out = Path(self.out_edit.text()) / Path(path).stem
        self._start("generate", api.generate_from_file, path, options, out,
                    label=f"Generating with {Path(path).name}", on_done=self._show_generated)

    def generate_base(self) -> None:
        """Generate with the unfingerprinted generator (``fingerprint generate --base``)."""
        options = self._generate_options()
        if options is None:
            return
        out = Path(self.out_edit.text()) / "base"
        self._start("generate", api.generate_base, options, out, device=self.ctx.device,
                    label="Generating without a fingerprint", on_done=self._show_generated)

    def _show_generated(self, generation: api.Generation) -> None:
        self.generated = [str(p) for p in generation.paths]
        while self.preview_grid.count():
            it = self.preview_grid.takeAt(0)
            if it.widget() and it.widget() is not self.preview_empty:
                it.widget().deleteLater()
        self.preview_empty.hide()
        for i, (img, p) in enumerate(zip(generation.images, self.generated, strict=True)):
            lab = QLabel()
            lab.setPixmap(_pixmap(img, 160))
            lab.setToolTip(p)
            self.preview_grid.addWidget(lab, i // 3, i % 3)
        self._update_actions()
        self.ctx.status(f"generated {len(self.generated)} image(s) for {generation.user}")

    # -- trace tab ------------------------------------------------------------------------------------
    def _trace_tab(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        top = QHBoxLayout()
        self.drop = DropZone()
        self.drop.dropped.connect(self.trace)
        top.addWidget(self.drop, 1)
        self.add_btn = QPushButton("Add images...")
        self.add_btn.setToolTip("Choose image files to trace (or drop files and folders on the box)")
        self.add_btn.clicked.connect(self._pick_images)
        self.tta_check = QCheckBox("test-time augmentation")
        self.tta_check.setToolTip("average the decoder over a few mild views of each image (4x slower)")
        self.search_check = QCheckBox("search rotations and crops")
        self.search_check.setToolTip("also decode 9 views that undo rotations up to 15 degrees and heavy crops; "
                                     "the false-positive rate is corrected for the 10 views")
        self.fpr_spin = RateSpinBox()
        self.fpr_spin.setRange(1e-12, 0.5)
        self.fpr_spin.setValue(1e-6)
        self.fpr_spin.setToolTip("attribute an image only when its false-positive rate (registry-wide, corrected "
                                 "for users and views) is at most this")
        self.rule_combo = QComboBox()
        self.rule_combo.addItems(["weighted", "hamming"])
        self.rule_combo.setToolTip("weighted: each bit counts by the decoder's confidence (default; loses less to "
                                   "bits an attack left uncertain); hamming: the number of matching bits")
        opts = QGridLayout()
        opts.addWidget(self.add_btn, 0, 0, 1, 4)
        opts.addWidget(self.tta_check, 1, 0, 1, 2)
        opts.addWidget(self.search_check, 1, 2, 1, 2)
        opts.addWidget(QLabel("FPR threshold"), 2, 0)
        opts.addWidget(self.fpr_spin, 2, 1)
        opts.addWidget(QLabel("rule"), 2, 2)
        opts.addWidget(self.rule_combo, 2, 3)
        top.addLayout(opts)
        lay.addLayout(top)
        self.banner = QLabel(NO_TRACE_YET)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(NEUTRAL_BANNER)
        self.banner.setToolTip(FPR_TIP)
        lay.addWidget(self.banner)
        self.trace_summary_label = QLabel("")
        self.trace_summary_label.setWordWrap(True)
        lay.addWidget(self.trace_summary_label)
        self.trace_saved_label = QLabel("")
        self.trace_saved_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.trace_saved_label)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        self.results_table = QTableWidget(0, 5)
        _header(self.results_table, (
            ("image", "the traced file (hover for its whole path)"),
            ("verdict", "attributed: the FPR is at most the threshold; no fingerprint: the best match is what chance "
                        "gives; inconclusive: in between"),
            ("user", "the user the image is attributed to (- when it is not attributed)"),
            ("bits", BITS_TIP),
            ("FPR", FPR_TIP)))
        header = self.results_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for j in (1, 2, 3, 4):
            header.setSectionResizeMode(j, QHeaderView.ResizeMode.ResizeToContents)
        self.results_table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.results_table.setWordWrap(False)
        self.results_table.verticalHeader().hide()
        self.results_table.setMinimumWidth(300)
        self.results_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results_table.itemSelectionChanged.connect(self._show_selected)
        self.results_table.cellClicked.connect(lambda _r, _c: self._show_selected())  # the selected row too
        split.addWidget(self.results_table)
        right = QWidget()
        right.setMinimumWidth(300)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(4, 0, 0, 0)
        self.thumb = QLabel()
        self.thumb.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumb.setMinimumHeight(130)
        rl.addWidget(self.thumb)
        self.bits_label = QLabel("Decoded bits (green: agrees with the best candidate; stronger: more confident)")
        self.bits_label.setWordWrap(True)
        self.bits_label.setToolTip(BITS_TIP)
        rl.addWidget(self.bits_label)
        self.bits_grid = BitsGrid()
        rl.addWidget(self.bits_grid)
        self.cand_table = QTableWidget(0, 3)
        _header(self.cand_table, (
            ("candidate", "the enrolled users whose codes are nearest to the decoded bits, best first"),
            ("bits differ", DISTANCE_TIP),
            ("p (this code)", P_TIP)))
        self.cand_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for j in (1, 2):
            self.cand_table.horizontalHeader().setSectionResizeMode(j, QHeaderView.ResizeMode.ResizeToContents)
        self.cand_table.verticalHeader().hide()
        self.cand_table.setWordWrap(False)
        rl.addWidget(self.cand_table, 1)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        lay.addWidget(split, 1)
        _tab_order(self.add_btn, self.tta_check, self.search_check, self.fpr_spin, self.rule_combo,
                   self.results_table, self.cand_table)
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
        self._start("trace", api.trace, list(paths), options, **self._where(), label="Tracing images",
                    on_done=self._show_trace, on_error=self._trace_failed)

    def _clear_trace(self) -> None:
        """Nothing of an earlier trace stays on screen while a new one runs (or after it fails)."""
        self.trace_run = None
        self.trace_report_id = None
        self.trace_saved_label.setText("")
        self.trace_summary_label.setText("")
        self.results_table.setRowCount(0)
        self._clear_details()
        self.banner.setStyleSheet(NEUTRAL_BANNER)

    def _clear_details(self) -> None:
        self.cand_table.setRowCount(0)
        self.bits_grid.set_bits((), (), ())
        self.bits_label.setText("Decoded bits (green: agrees with the best candidate; stronger: more confident)")
        self.thumb.clear()

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
            self.results_table.setItem(i, 0, _item(Path(it.image).name, it.image))
            if isinstance(it, api.TraceFailure):
                v = _item("error", it.error)
                v.setForeground(QColor(ERROR_COLOUR))
                self.results_table.setItem(i, 1, v)
                for j in (2, 3, 4):
                    self.results_table.setItem(i, j, _item("-"))
                continue
            v = _item(VERDICT_WORDS[it.verdict])
            v.setForeground(QColor(VERDICT_COLOURS[it.verdict]))
            self.results_table.setItem(i, 1, v)
            self.results_table.setItem(i, 2, _item(it.user or "-"))
            self.results_table.setItem(i, 3, _item(f"{it.matching_bits}/{it.k}",
                                                   f"{it.matching_bits} of the {it.k} decoded bits agree with the "
                                                   f"code of {it.best.user}, the nearest enrolled user"))
            self.results_table.setItem(i, 4, _item(_sci(it.p_value), self._fpr_tip(it)))
        counts = run.counts
        if len(items) > 1:  # the banner shows the selected image; this line the batch
            failed = f"; {len(run.failures)} could not be traced" if run.failures else ""
            self.trace_summary_label.setText(
                f"{len(res)} image(s) traced: {counts['attributed']} attributed, {counts['inconclusive']} "
                f"inconclusive, {counts['no_fingerprint']} without a fingerprint{failed}. Select a row for details.")
        self.results_table.selectRow(0)
        self._show_selected()  # also when row 0 was selected already: every detail is of this run

    def _fpr_tip(self, r: api.TraceResult) -> str:
        run = self.trace_run
        n = run.registry_users if run else 0
        views = run.n_views if run else 1
        view_part = f" x {views} views" if views > 1 else ""
        return (f"FPR {r.p_value:.2e} = p {r.best.p_value:.2e} (this image against {r.best.user}'s code) x {n:,} "
                f"users{view_part}, at most 1. {FPR_TIP}")

    def _set_banner(self, verdict: str, text: str) -> None:
        self.banner.setText(text)
        colour = VERDICT_COLOURS.get(verdict, ERROR_COLOUR)
        self.banner.setStyleSheet(f"QLabel {{ background: {colour}; color: white; padding: 10px; "
                                  "border-radius: 6px; font-size: 14px; }")

    def _banner_for(self, r: api.TraceResult) -> None:
        self._set_banner(r.verdict, banner_text(r, self.trace_run))
        self.banner.setToolTip(self._fpr_tip(r))

    def _show_selected(self) -> None:
        """The banner, thumbnail, bits and candidates of the selected image (all four, or none)."""
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
            self._clear_details()
            name = Path(failure.image).name
            why = failure.error if name in failure.error else f"{name}: {failure.error}"
            self._set_banner("error", f"Not traced: {why}")
            return
        r = item
        self.bits_grid.set_bits(r.bits, r.best_code, r.confidence)
        self.bits_label.setText(f"Decoded bits of {Path(r.image).name}: {r.matching_bits}/{r.k} match the code of "
                                f"{r.best.user} (green: agrees; red: differs; stronger: more confident)")
        self.cand_table.setRowCount(len(r.candidates))
        for i, c in enumerate(r.candidates):
            self.cand_table.setItem(i, 0, _item(c.user, c.user))
            self.cand_table.setItem(i, 1, _item(f"{c.distance} of {r.k}",
                                                f"{c.distance} of the {r.k} decoded bits differ from {c.user}'s code"))
            self.cand_table.setItem(i, 2, _item(_sci(c.p_value),
                                                f"p {c.p_value:.2e}: the chance that one random code matches this "
                                                f"image as well as {c.user}'s does. {P_TIP}"))
        try:
            self.thumb.setPixmap(_pixmap(api.open_thumbnail(r.image, 128), 128))
            self.thumb.setToolTip(r.image)
        except AttestError:  # the file may have moved or changed since; the table still holds the result
            self.thumb.clear()
            self.thumb.setText("(the file can no longer be read)")
        self._banner_for(r)

    # -- evaluation tab -------------------------------------------------------------------------------
    def _eval_tab(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        row = QHBoxLayout()
        self.eval_users = QSpinBox()
        self.eval_users.setRange(1, 1000)
        self.eval_users.setValue(8)
        self.eval_users.setToolTip("codes drawn as the registry draws them (nobody is enrolled)")
        self.eval_per_user = QSpinBox()
        self.eval_per_user.setRange(1, 100)
        self.eval_per_user.setValue(4)
        self.eval_per_user.setToolTip("held-out prompts generated per code; as many clean images are added")
        self.eval_tta = QCheckBox("TTA")
        self.eval_tta.setToolTip("test-time augmentation: average the decoder over a few mild views (4x slower)")
        self.eval_search = QCheckBox("search")
        self.eval_search.setToolTip("trace with the geometric search (10 views, FPR corrected for them; 10x slower)")
        self.eval_btn = QPushButton("Run evaluation")
        self.eval_btn.setToolTip("Run every attack on fingerprinted and clean images; the result is saved as a "
                                 "report")
        self.eval_btn.clicked.connect(self.run_evaluation)
        for lab, wd in (("users", self.eval_users), ("images per user", self.eval_per_user)):
            row.addWidget(QLabel(lab))
            row.addWidget(wd)
        row.addWidget(self.eval_tta)
        row.addWidget(self.eval_search)
        row.addWidget(self.eval_btn)
        row.addStretch(1)
        lay.addLayout(row)
        self.eval_label = QLabel("No evaluation yet: press Run evaluation to attack fingerprinted and clean images "
                                 "(JPEG, crops, blur, noise...) and measure how often they are still traced right.")
        self.eval_label.setWordWrap(True)
        lay.addWidget(self.eval_label)
        self.eval_goals_label = QLabel("")
        self.eval_goals_label.setWordWrap(True)
        lay.addWidget(self.eval_goals_label)
        self.eval_saved_label = QLabel("")
        self.eval_saved_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.eval_saved_label)
        self.acc_plot = LegendPlot("Accuracy per attack", legend_below=True, min_size=(340, 400))
        self.strength_plot = LegendPlot("Attribution vs strength")
        self.roc_plot = LegendPlot("ROC curve")
        self.pr_plot = LegendPlot("Precision-recall")
        self.roc_plot.item.setLabel("bottom", "false-positive rate (clean images)")
        self.roc_plot.item.setLabel("left", "true-positive rate")
        self.pr_plot.item.setLabel("bottom", "recall")
        self.pr_plot.item.setLabel("left", "precision")
        self.strength_plot.item.setLabel("bottom", "relative strength (0 = no attack, 1 = strongest)")
        self.strength_plot.item.setLabel("left", "attribution")
        self.acc_plot.item.setLabel("bottom", "share of images (1 = all)")
        self._eval_table()
        self.eval_table.setMinimumSize(340, 250)
        self.plots_box = QWidget()
        self.plots_grid = QGridLayout(self.plots_box)
        self.plots_grid.setContentsMargins(0, 0, 0, 0)
        self._plot_columns = 0
        self.plots_scroll = QScrollArea()
        self.plots_scroll.setWidgetResizable(True)
        self.plots_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.plots_scroll.setWidget(self.plots_box)
        self.plots_scroll.viewport().installEventFilter(self)
        self._flow_plots(2)
        lay.addWidget(self.plots_scroll, 1)
        _tab_order(self.eval_users, self.eval_per_user, self.eval_tta, self.eval_search, self.eval_btn,
                   self.eval_table)
        return w

    def eventFilter(self, obj: Any, event: Any) -> bool:
        if obj is self.plots_scroll.viewport() and event.type() == event.Type.Resize:
            self._flow_plots(3 if event.size().width() >= 3 * 350 else 2)
        return super().eventFilter(obj, event)

    def _flow_plots(self, columns: int) -> None:
        """Two columns (the table, then accuracy | strength, then ROC | precision-recall) or, when there is
        room, three (accuracy | table, then strength | ROC | precision-recall); the area scrolls when they
        do not fit."""
        if columns == self._plot_columns:
            return
        self._plot_columns = columns
        for wd in (self.acc_plot, self.eval_table, self.strength_plot, self.roc_plot, self.pr_plot):
            self.plots_grid.removeWidget(wd)
        g = self.plots_grid
        for c in range(3):
            g.setColumnStretch(c, 0)
        if columns == 3:
            g.addWidget(self.acc_plot, 0, 0)
            g.addWidget(self.eval_table, 0, 1, 1, 2)
            g.addWidget(self.strength_plot, 1, 0)
            g.addWidget(self.roc_plot, 1, 1)
            g.addWidget(self.pr_plot, 1, 2)
        else:
            g.addWidget(self.eval_table, 0, 0, 1, 2)
            g.addWidget(self.acc_plot, 1, 0)
            g.addWidget(self.strength_plot, 1, 1)
            g.addWidget(self.roc_plot, 2, 0)
            g.addWidget(self.pr_plot, 2, 1)
        for c in range(columns):
            g.setColumnStretch(c, 1)

    def _eval_table(self) -> QTableWidget:
        self.eval_table = QTableWidget(0, len(EVAL_HEADERS))
        _header(self.eval_table, EVAL_HEADERS)
        header = self.eval_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.eval_table.verticalHeader().hide()
        self.eval_table.setWordWrap(False)
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
        self._start("eval", api.evaluate, options, device=self.ctx.device, label="Evaluating fingerprint robustness",
                    on_done=self._show_eval, on_error=self._eval_failed)

    def _clear_eval(self) -> None:
        """Nothing of an earlier evaluation stays on screen while a new one runs (or after it fails)."""
        self.eval_result = None
        self.eval_report_id = None
        self.eval_saved_label.setText("")
        self.eval_goals_label.setText("")
        self.eval_table.setRowCount(0)
        for plot in (self.acc_plot, self.strength_plot, self.roc_plot, self.pr_plot):
            plot.reset()

    def _eval_failed(self, kind: ErrorKind, message: str) -> None:
        self.eval_label.setText("Evaluation cancelled: press Run evaluation to start again." if kind is
                                ErrorKind.CANCELLED else f"Evaluation failed: {message}")

    def _show_eval(self, res: api.EvaluationRun) -> None:
        self.eval_result = res
        self.eval_report_id = self._save(res, self.eval_saved_label)
        self.eval_label.setText(_eval_text(res))
        self.eval_goals_label.setText(_goals_text(res))
        rows = list(res.rows)
        self.eval_table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            cells = [r.attack, _pct(r.bit_acc), _pct(r.attr_acc), _pct(r.tpr), _pct(r.fpr),
                     _fmt(r.auroc), _fmt(r.auprc)]
            for j, v in enumerate(cells):
                self.eval_table.setItem(i, j, _item(v, EVAL_HEADERS[j][1]))
        # Horizontal bars: the attack names stay readable on the left axis.
        y = np.arange(len(rows))[::-1].astype(float)
        self.acc_plot.reset()
        for off, (label, vals, col) in zip((0.27, 0.0, -0.27), (
                ("bit accuracy", [r.bit_acc for r in rows], (31, 119, 180)),
                ("nearest code right", [r.attr_acc for r in rows], (255, 127, 14)),
                ("TPR @ threshold", [r.tpr for r in rows], (44, 160, 44))), strict=True):
            self.acc_plot.add_bars(pg.BarGraphItem(x0=0, y=y + off, height=0.26, width=vals, brush=col), label)
        left = self.acc_plot.item.getAxis("left")
        left.setTicks([[(float(yy), r.attack) for yy, r in zip(y, rows, strict=True)]])
        left.setStyle(textFillLimits=[(0, 1.0)])  # every attack named, not only as many as pyqtgraph's default allows
        left.setWidth(max(40, 7 * max(len(r.attack) for r in rows) + 12))  # room for the attack names
        self.acc_plot.item.setXRange(0, 1.0)
        self.acc_plot.item.setYRange(-0.6, len(rows) - 0.4)
        self.strength_plot.reset()
        fams: dict[str, list] = {}
        for r in rows:
            if r.family not in ("none", "combo", "erase", "contrast", "flip", "logo", "screenshot", "median", "unsharp",
                                "hue", "saturation", "gamma", "shift", "crop_offcentre"):
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
            self.strength_plot.plot_curve([p[0] for p in pts], [p[1] for p in pts], fam, pen=pg.mkPen(colour, width=2),
                                          symbol="o", symbolBrush=colour, symbolSize=7)
        self.strength_plot.item.setYRange(0, 1.05)
        self.roc_plot.reset()
        self.pr_plot.reset()
        shown = [n for n in ("none", "jpeg50", "webp60", "screenshot", "flip", "crop80_offcentre", "crop50", "blur2")
                 if n in res.curves][:6]
        for i, name in enumerate(shown):
            cv = res.curves[name]
            pen = pg.mkPen(pg.intColor(i, 6, maxValue=200), width=2)
            self.roc_plot.plot_curve(cv.roc_fpr, cv.roc_tpr, name, pen=pen)
            self.pr_plot.plot_curve(cv.pr_recall, cv.pr_precision, name, pen=pen)


def banner_text(r: api.TraceResult, run: api.TraceRun | None) -> str:
    """The verdict in words: who, how many bits, and the false-positive rate with what it means."""
    n = run.registry_users if run else 0
    views = run.n_views if run else 1
    how = (f" The bits were read from the view '{r.view}', the best of {views}; the rate counts every view."
           if views > 1 else "")
    m, k = r.matching_bits, r.k
    best = r.best.user
    weighted = " (bits counted by the decoder's confidence)" if run and run.options.rule == "weighted" else ""
    fpr = _sci(r.p_value)
    if r.verdict == "attributed":
        return (f"Attributed to {r.user}: {m}/{k} bits match its code. False-positive rate {fpr}: the chance"
                f"{weighted} that an image carrying none of the {n:,} enrolled fingerprints matches some code this "
                f"well.{how}")
    threshold = f"{run.options.fpr_threshold:g}" if run else "the threshold"
    if r.verdict == "inconclusive":
        return (f"Inconclusive: the closest user is {best} ({m}/{k} bits match), but the false-positive rate over "
                f"{n:,} users is {fpr}, above the threshold of {threshold}: a chance match is not ruled out.{how}")
    return (f"No fingerprint: the best match ({best}, {m}/{k} bits) is what chance gives over {n:,} enrolled users "
            f"(false-positive rate {fpr}).{how}")


def _fmt(x: float | None, digits: int = 3) -> str:
    return "-" if x is None else f"{x:.{digits}f}"


def _eval_text(res: api.EvaluationRun) -> str:
    """The evaluation's headline figures in one sentence, each with its unit and what it is over."""
    goal = [r.attack for r in res.goal_rows]
    worst = (f"the worst attribution over the {len(goal)} goal attacks ({', '.join(goal)}) "
             f"{_pct(res.min_attr_acc_goal_attacks)} %" if goal else "no goal attack run")
    n_clean = res.options.clean
    return (f"Clean bit accuracy {_pct(res.bit_acc_clean)} % of bits; {worst} of images (the other attacks are "
            f"harsher and not goals); at most {_pct(res.max_fpr)} % of the {n_clean} clean images attributed under "
            f"any attack; image quality PSNR {res.psnr:.2f} dB, SSIM {res.ssim:.4f} (1 = identical) against the "
            "unfingerprinted images.")


def _goals_text(res: api.EvaluationRun) -> str:
    """The issue's goals, each met, not met or not measured by this run."""
    goals = res.goals
    marks = {True: "met", False: "NOT met", None: "not measured"}
    return (f"Goals: clean bit accuracy >= {100 * api.GOAL_BIT_ACC:g} % {marks[goals.clean_bit_accuracy]}; "
            f"goal attacks attributed (TPR >= {100 * api.GOAL_TPR:g} %, no wrong user) "
            f"{marks[goals.goal_attacks_attributed]}; no clean image attributed {marks[goals.no_clean_attributed]}; "
            f"PSNR >= {api.GOAL_PSNR_DB:g} dB and SSIM >= {api.GOAL_SSIM:g} {marks[goals.quality]}"
            + ("" if goals.no_removal_handle is None else f"; no removal handle {marks[goals.no_removal_handle]}")
            + ("" if goals.copy_attack is None else f"; copy attack (<= 1 in 24 framed) {marks[goals.copy_attack]}")
            + ".")
