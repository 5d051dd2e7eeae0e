"""Model audit: causal path-intervention graph of one class, explored interactively.

Left: inputs (model, architecture factory, images, target, layers, intervention, samples) and Run.
Centre: the layered graph (pyqtgraph: one scatter item for the nodes, one item for the edges),
a threshold slider, and below it the deletion curves and the stability / agreement / robustness
figures. Right: the details of the clicked node with its input-space map.

The page only builds an :class:`engine.causal.api.AuditRequest` and runs ``api.run_audit`` through
``ctx.run`` on a worker thread; the API loads, hashes and audits. A completed audit is saved as a
report at once ("Saved as report #N" on the page); Export GraphML / JSON act on that audit. A new run
clears the previous result first, so a run that fails leaves nothing of an earlier one on show.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPoint, QSize, Qt
from PySide6.QtGui import QHelpEvent, QPixmap, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSlider,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTabWidget,
    QTextBrowser,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from core.errors import AttestError, ErrorKind
from engine.causal import api
from engine.causal.audit import CausalResult

from ..context import AppContext, scrolled
from ..graphview import GraphView

POS = (200, 40, 40)
NEG = (40, 90, 210)


# -- the graph view ----------------------------------------------------------------------------------------


# -- the page ---------------------------------------------------------------------------------------------------


def unit_word(r: CausalResult, layer: str) -> str:
    """``head``, ``neuron`` or ``unit``: what one node of ``layer`` is."""
    kind = ((r.metrics.get("units") or {}).get(layer) or {}).get("kind")
    return {"heads": "head", "neurons": "neuron"}.get(str(kind), "unit")


# -- numbers with their units -------------------------------------------------------------------------------------


def fmt_logits(v: float) -> str:
    """A difference of logits, signed: two decimals from 1 up ("+11.40"), three significant digits below
    ("+0.541", "-0.0412")."""
    return f"{v:+.2f}" if abs(v) >= 1 else f"{v:+.3g}"


def fmt_pp(v: float) -> str:
    """A difference of probabilities in percentage points (1 pp = 0.01): "+8.63 pp"; a change smaller than
    0.01 pp reads "<0.01 pp" with its sign (the exact value belongs in a tooltip)."""
    pp = 100.0 * v
    if not np.isfinite(pp):
        return "–"
    if pp == 0 or abs(pp) >= 0.005:
        return f"{pp:+.2f} pp"
    return f"{'+' if pp > 0 else '−'}<0.01 pp"


def fmt_pct(p: float) -> str:
    """A probability in percent, with as many decimals as it takes not to round 0.99996 up to "100.00%"."""
    if not np.isfinite(p):
        return "–"
    text = f"{100.0 * p:.2f}"
    for digits in range(3, 7):
        if not 0 < p < 1 or float(text) not in (0.0, 100.0):
            break
        text = f"{100.0 * p:.{digits}f}"
    return text + "%"


def fmt_p(p: float) -> str:
    """A p- or q-value: three significant digits."""
    return f"{p:.3g}"


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def tip(text: str, explanation: str) -> str:
    """``text`` in rich text with ``explanation`` as its tooltip (see :class:`TipBrowser`)."""
    return f'<span title="{_esc(explanation)}">{text}</span>'


def token_map_html(tmaps: dict[str, Any], nid: str, cls: str = "the target class") -> str:
    """A node's token maps as highlighted text: red = the token raises the target logit through this node,
    blue = lowers it; the colour's strength is the score over the largest |score| of the node's maps."""
    import html as H

    scores = (tmaps.get("scores") or {}).get(nid)
    if not scores:
        return ""
    peak = max((abs(v) for per in scores for v in per), default=0.0) or 1.0
    strongest = tip(f"{peak:.3g} logits", f"The largest fall of the logit of {cls} through this node when one "
                    "token is masked: a full-strength colour")
    out = [f"<p><b>Token map</b>: how far the logit of {H.escape(cls)} falls, through this node alone, when a "
           f"token is masked (strongest {strongest}; hover a token for its value in logits)</p>"]
    for inp, per in zip(tmaps.get("inputs") or [], scores, strict=False):
        spans = []
        for tok, v in zip(inp["tokens"], per, strict=False):
            a = min(1.0, abs(v) / peak)
            rgb = POS if v >= 0 else NEG
            bg = tuple(int(255 - a * (255 - c)) for c in rgb)
            spans.append(f'<span style="background-color: rgb{bg}" title="{fmt_logits(v)} logits">'
                         f'{H.escape(str(tok))}</span>')
        out.append(f"<p><small>line {int(inp['line'])}</small><br>{' '.join(spans)}</p>")
    return "".join(out)


class TipBrowser(QTextBrowser):
    """A text browser that shows the tooltip (HTML ``title``) of the text under the mouse."""

    def tip_at(self, pos: QPoint) -> str:
        """The tooltip of the text at ``pos`` (viewport coordinates), or ""."""
        cursor = self.cursorForPosition(pos)
        text = cursor.charFormat().toolTip()
        if not text:  # the format before the cursor is the one of the character left of it
            cursor.movePosition(QTextCursor.MoveOperation.NextCharacter)
            text = cursor.charFormat().toolTip()
        return text

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tip_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)


class FitPixmapLabel(QLabel):
    """A picture scaled down (never up) to the label's width, so that it never widens its panel."""

    def __init__(self) -> None:
        super().__init__()
        self._source = QPixmap()
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_picture(self, pix: QPixmap) -> None:
        self._source = pix
        self._fit()

    def source(self) -> QPixmap:
        """The picture as given (before scaling)."""
        return self._source

    def clear(self) -> None:
        self._source = QPixmap()
        super().clear()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        if self._source.isNull():
            super().clear()
            return
        w = max(1, self.width() - 4)
        pix = self._source if self._source.width() <= w else self._source.scaledToWidth(
            w, Qt.TransformationMode.SmoothTransformation)
        self.setPixmap(pix)


EMPTY_GRAPH = ("<h3>No audit yet</h3><p>1. Choose a model (<b>Browse…</b> next to Model; a .safetensors file "
               "also needs its architecture), its inputs (an image folder, or a .txt of texts) and the target "
               "class, or press <b>Image demo</b>.<br>2. Press <b>Load layers</b> and check the layers "
               "to audit.<br>3. Press <b>Run audit</b>: the graph of causal paths to the class appears here.</p>")
EMPTY_DETAILS = ("Run an audit, then click a node of the graph: its effect on the target class with a 95% "
                 "confidence interval, its p-value and its causal map appear here.")
EMPTY_FIGURES = "The deletion curves, the stability and the agreement of rankings appear here after an audit run " \
                "with the metrics checked."


class Page(QWidget):
    title = "Model audit"

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.audit: api.CausalAudit | None = None
        self.saved_id: int | None = None
        self.busy = False
        """An audit of this page is running."""
        self.jobs = 0
        """Jobs of this page that are running (audit, layer listing, the text demo's build)."""
        self._selecting = False
        self._demo: api.AuditRequest | None = None  # set by "Use the bundled demo"

        # inputs
        self.model_edit = QLineEdit()
        self.model_edit.setPlaceholderText(".safetensors file or Hugging Face folder")
        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText("FILE.py:FACTORY (for .safetensors)")
        self.data_edit = QLineEdit()
        self.data_edit.setPlaceholderText("image folder, or .txt/.jsonl of texts")
        self.pair_edit = QLineEdit()
        self.pair_edit.setPlaceholderText("text models: paired .txt for patching")
        self.pair_edit.setToolTip("Activation patching: one text per line, paired line by line with the inputs "
                                  "and of the same token length; each unit gets its value on the paired text")
        self.positions_edit = QLineEdit("all")
        self.positions_edit.setToolTip("Text models: the token positions interventions act at: all, last, or "
                                       "indices such as 0 or 0,-1 (0 = the first token, -1 = the last)")
        self.target_spin = QSpinBox()
        self.target_spin.setRange(0, 100000)
        self.target_spin.setToolTip("The class whose logit the audit explains (its index in the model's output); "
                                    "named once the model's class names are known")
        self.class_names: tuple[str, ...] = ()
        """Class names of the model in the form, when known (a bundled demo, a finished audit)."""
        self.target_spin.valueChanged.connect(self._name_target)
        self.layer_list = QListWidget()
        self.layer_list.setMinimumHeight(90)
        self._layers_for: tuple[str, str] | None = None
        """(model, model code) the listed layers were loaded from."""
        self.model_edit.textChanged.connect(self._model_changed)
        self.code_edit.textChanged.connect(self._model_changed)
        self.kind_combo = QComboBox()
        self.kind_combo.addItems(["zero", "mean", "soft", "patch"])
        self.kind_combo.setToolTip("What replaces a unit's value: zero, its mean over the inputs, soft (scaled by "
                                   "U[beta, beta + 0.01]) or patch (its value on the paired text)")
        self.beta_spin = QDoubleSpinBox()
        self.beta_spin.setRange(0.0, 10.0)
        self.beta_spin.setSingleStep(0.05)
        self.beta_spin.setToolTip("Soft interventions: a unit is scaled by a factor drawn from U[beta, beta + 0.01]")
        self.axis_combo = QComboBox()
        self.axis_combo.addItems(["auto", "channels", "last"])
        self.axis_combo.setToolTip("Which axis of a layer's output holds its units. auto: channels of conv and "
                                   "4-D outputs; features (last axis) of linear, layer-norm and token outputs")
        self.samples_spin = QSpinBox()
        self.samples_spin.setRange(2, 100000)
        self.samples_spin.setValue(100)
        self.samples_spin.setToolTip("At most this many inputs classified as the target class are audited")
        self.metrics_check = QCheckBox("Compute the metrics")
        self.metrics_check.setToolTip("Faithfulness (deletion curves), stability (bootstrap, soft-intervention "
                                      "sweep), agreement of rankings and robustness of the maps")
        self.metrics_check.setChecked(True)
        self.run_btn = QPushButton("Run audit")
        self.run_btn.clicked.connect(self.run)
        self.demo_btn = QPushButton("Image demo")
        self.demo_btn.setToolTip("Fill the form with the bundled Clever-Hans CNN: it calls an image 'ring' "
                                 "because of a marker in the top-left corner")
        self.demo_btn.clicked.connect(self.use_demo)
        self.text_demo_btn = QPushButton("Text demo")
        self.text_demo_btn.setToolTip("The bundled MiniLM review classifier with a planted sign-off shortcut, "
                                      "audited by activation patching")
        self.text_demo_btn.clicked.connect(self.use_text_demo)
        self.layers_btn = QPushButton("Load layers")
        self.layers_btn.setToolTip("List the model's layers; the default audit checks every weighted one but the last")
        self.layers_btn.clicked.connect(self.load_layers)
        self.browse_buttons: list[QToolButton] = []

        def browse_row(edit: QLineEdit, kind: str, what: str) -> QWidget:
            w = QWidget()
            h = QHBoxLayout(w)
            h.setContentsMargins(0, 0, 0, 0)
            h.setSpacing(4)
            h.addWidget(edit, 1)
            b = QToolButton()
            b.setText("Browse…")
            icon = self.style().standardIcon(QStyle.StandardPixmap.SP_DirOpenIcon)
            if not icon.isNull():  # a folder icon reads as browse and leaves the field its width
                b.setIcon(icon)
                b.setIconSize(QSize(18, 18))
                b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
            b.setToolTip(f"Browse… for {what}")
            b.setAccessibleName(f"Browse for {what}")
            b.setMinimumSize(b.sizeHint().expandedTo(QSize(30, 26)))
            b.clicked.connect(lambda: self._browse(edit, kind))
            h.addWidget(b)
            self.browse_buttons.append(b)
            return w

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow("Model", browse_row(self.model_edit, "model", "the model: a .safetensors file or a Hugging "
                                        "Face folder (pick its config.json)"))
        form.addRow("Architecture", browse_row(self.code_edit, "code", "the Python file that builds the model"))
        form.addRow("Inputs", browse_row(self.data_edit, "data", "the inputs: an image folder or a .txt of texts"))
        form.addRow("Paired texts", browse_row(self.pair_edit, "text", "the paired texts for patching"))
        form.addRow("Positions", self.positions_edit)
        form.addRow("Target class", self.target_spin)
        form.addRow("Intervention", self.kind_combo)
        form.addRow("Soft beta", self.beta_spin)
        form.addRow("Unit axis", self.axis_combo)
        form.addRow("Samples (max)", self.samples_spin)
        inputs = QGroupBox("Inputs")
        iv = QVBoxLayout(inputs)
        demos = QHBoxLayout()
        demos.addWidget(self.demo_btn)
        demos.addWidget(self.text_demo_btn)
        iv.addLayout(demos)
        iv.addLayout(form)
        iv.addWidget(QLabel("Layers (checked = audited):"))
        iv.addWidget(self.layer_list, 1)
        iv.addWidget(self.layers_btn)
        iv.addWidget(self.metrics_check)
        iv.addWidget(self.run_btn)

        # graph + threshold
        self.graph = GraphView(on_click=self.select_node)
        self.graph.sigNodeSelected.connect(self.select_node)  # keyboard moves and search show the node too
        self.graph_placeholder = QLabel(EMPTY_GRAPH)
        self.graph_placeholder.setWordWrap(True)
        self.graph_placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.graph_placeholder.setStyleSheet("background: white; color: #333; padding: 16px;")
        self.graph_stack = QStackedWidget()
        self.graph_stack.addWidget(self.graph_placeholder)
        self.graph_stack.addWidget(self.graph)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 100)
        self.slider.setMinimumWidth(140)
        self.slider.valueChanged.connect(self._threshold_changed)
        self.slider_label = QLabel()
        self.slider_label.setMinimumWidth(self.slider_label.fontMetrics().horizontalAdvance("Threshold 100%") + 8)
        for w in (self.slider, self.slider_label):
            w.setToolTip("Hide the nodes whose |effect| is below this share of the strongest node's |effect| "
                         "(the output always stays)")
        self._threshold_changed(0)
        # edges filtered by their own |effect|, apart from the node threshold; search for a node by name
        self.edge_slider = QSlider(Qt.Orientation.Horizontal)
        self.edge_slider.setRange(0, 100)
        self.edge_slider.setMinimumWidth(90)
        self.edge_label = QLabel()
        self.edge_label.setMinimumWidth(self.slider_label.minimumWidth())
        for w in (self.edge_slider, self.edge_label):
            w.setToolTip("Hide the edges whose |effect| is below this share of the strongest edge's |effect| "
                         "(the nodes stay): the way through a dense graph")
        self.edge_slider.valueChanged.connect(self._edge_filter_changed)
        self._edge_filter_changed(0)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText("Find node")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setToolTip("Find a node by layer:unit, unit number or class name; Enter selects and "
                                    "centres the first match. In the graph: arrow keys move, Enter opens, "
                                    "Home = output")
        self.search_edit.returnPressed.connect(self.find_node)
        self.summary_label = QLabel("No audit yet: fill in the inputs on the left (or press Image demo), then "
                                    "Run audit.")
        self.summary_label.setWordWrap(True)
        self.summary_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.legend_label = QLabel(
            f'<small><span style="color:rgb{POS}">●</span> raises the target logit &nbsp; '
            f'<span style="color:rgb{NEG}">●</span> lowers it &nbsp; size = |effect| &nbsp; '
            "dashed edge = its parent's strongest link, not significant alone &nbsp; click a node</small>")
        self.legend_label.setWordWrap(True)
        gbox = QWidget()
        gv = QVBoxLayout(gbox)
        gv.setContentsMargins(0, 0, 0, 0)
        gv.setSpacing(4)
        gv.addWidget(self.summary_label)
        gv.addWidget(self.graph_stack, 1)
        gv.addWidget(self.legend_label)
        sh = QHBoxLayout()  # the node threshold on its own row; the edge filter and the search below it
        sh.addWidget(self.slider_label)
        sh.addWidget(self.slider, 1)
        gv.addLayout(sh)
        eh = QHBoxLayout()
        eh.addWidget(self.edge_label)
        eh.addWidget(self.edge_slider, 1)
        eh.addWidget(self.search_edit, 1)
        gv.addLayout(eh)
        gbox.setMinimumHeight(240)

        # figures: each with its legend / caption outside the plot, so that nothing is drawn over a curve
        self.deletion_plot = pg.PlotWidget(background="w")
        self.deletion_plot.setLabel("bottom", "fraction of last-layer units removed")
        self.deletion_plot.setLabel("left", "target probability")
        self.deletion_plot.getPlotItem().getAxis("left").enableAutoSIPrefix(False)
        self.deletion_plot.setMinimumHeight(110)
        self.deletion_legend = QLabel(EMPTY_FIGURES)
        self.deletion_legend.setWordWrap(True)
        self.deletion_legend.setToolTip(
            "Each curve removes the audited layer's units one by one in an order (causal effect, mean activation, "
            "gradient x activation, attention weight, or random: the mean of 3 random orders) and plots the "
            "model's mean probability of the target class. AUC = area under the curve, between 0 and 1: the mean "
            "probability over the whole removal; lower = the order finds the units the decision rests on sooner.")
        self.stability_plot = pg.PlotWidget(background="w")
        self.stability_plot.setLabel("left", "rate kept")
        self.stability_plot.setMinimumHeight(110)
        self.stability_plot.getPlotItem().getAxis("left").setWidth(48)
        self.stability_plot.setToolTip("Mean share of the bootstrap resamples of the inputs in which each layer's "
                                       "kept nodes stay significant: 1.00 = in every resample")
        self.stability_caption = QLabel("")
        self.stability_caption.setWordWrap(True)
        self.stats_text = TipBrowser()
        self.figures = QTabWidget()
        self.figures.addTab(self._with_caption(self.deletion_plot, self.deletion_legend), "Deletion curves")
        self.figures.addTab(self._with_caption(self.stability_plot, self.stability_caption), "Stability")
        self.figures.addTab(self.stats_text, "Agreement && robustness")
        self.figures.setMinimumHeight(170)
        centre = QSplitter(Qt.Orientation.Vertical)
        centre.setChildrenCollapsible(False)
        centre.addWidget(gbox)
        centre.addWidget(self.figures)
        centre.setStretchFactor(0, 3)
        centre.setStretchFactor(1, 2)
        centre.setSizes([460, 260])
        centre.setMinimumWidth(300)

        # details
        self.details = TipBrowser()
        self.details.setMinimumHeight(160)
        self.map_label = FitPixmapLabel()
        self.map_label.setMinimumHeight(110)
        self.saved_label = QLabel("")
        self.saved_label.setWordWrap(True)
        self.export_btn = QPushButton("Export GraphML…")
        self.export_btn.setToolTip("The graph as GraphML (Gephi, Cytoscape, networkx)")
        self.export_btn.clicked.connect(lambda: self.export_graphml())
        self.json_btn = QPushButton("Export JSON…")
        self.json_btn.setToolTip("The graph and metrics as the command line's --json object")
        self.json_btn.clicked.connect(lambda: self.export_json())
        for b in (self.export_btn, self.json_btn):
            b.setEnabled(False)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(4, 0, 4, 0)
        rv.addWidget(QLabel("<b>Node</b>"))
        rv.addWidget(self.details, 1)
        rv.addWidget(self.map_label)
        rv.addWidget(self.saved_label)
        rv.addWidget(self.export_btn)
        rv.addWidget(self.json_btn)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        split.addWidget(scrolled(inputs, 250))
        split.addWidget(centre)
        split.addWidget(scrolled(right, 200))
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setStretchFactor(2, 1)
        split.setSizes([300, 640, 280])
        self.splitter = split
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addWidget(split)
        self.clear_result()
        self._update_buttons()

    @staticmethod
    def _with_caption(plot: QWidget, caption: QLabel) -> QWidget:
        w = QWidget()
        v = QVBoxLayout(w)
        v.setContentsMargins(2, 2, 2, 2)
        v.setSpacing(2)
        v.addWidget(plot, 1)
        v.addWidget(caption)
        return w

    # -- jobs -----------------------------------------------------------------------------------------------
    def _start(self, fn: Any, *args: Any, label: str, on_done: Any, on_error: Any = None, **kwargs: Any) -> None:
        """Run a job of this page: its buttons that start jobs stay off until it ends."""
        self.jobs += 1
        self._update_buttons()

        def done(result: Any) -> None:
            self._job_ended()
            on_done(result)

        def failed(kind: ErrorKind, message: str) -> None:
            self._job_ended()
            if on_error is not None:
                on_error(kind, message)

        self.ctx.run(fn, *args, label=label, on_done=done, on_error=failed, **kwargs)

    def _job_ended(self) -> None:
        self.jobs = max(0, self.jobs - 1)
        self._update_buttons()

    def _update_buttons(self) -> None:
        idle = self.jobs == 0
        for b in (self.run_btn, self.layers_btn, self.demo_btn, self.text_demo_btn):
            b.setEnabled(idle)
        self.run_btn.setToolTip("" if idle else "A job of this page is running: wait for it, or Cancel it below")

    # -- inputs ---------------------------------------------------------------------------------------------
    def _browse(self, edit: QLineEdit, kind: str) -> None:
        from engine.causal.text import is_text_model_folder

        text_model = is_text_model_folder(Path(self.model_edit.text().strip()))
        if kind == "data" and not text_model:
            path = QFileDialog.getExistingDirectory(self, "Image folder")
        elif kind in ("data", "text"):
            path, _ = QFileDialog.getOpenFileName(self, "Texts", filter="Texts (*.txt *.jsonl);;All (*)")
        elif kind == "code":
            path, _ = QFileDialog.getOpenFileName(self, "Architecture file", filter="Python (*.py)")
            if path:
                path += ":build"
        else:
            path, _ = QFileDialog.getOpenFileName(
                self, "Model weights (for a Hugging Face folder, pick its config.json)",
                filter="Models (*.safetensors config.json);;All (*)")
            if path and Path(path).name == "config.json":
                path = str(Path(path).parent)
        if path:
            edit.setText(path)

    @property
    def result(self) -> CausalResult | None:
        """The shown audit's :class:`~engine.causal.audit.CausalResult` (None when nothing is shown)."""
        return self.audit.result if self.audit is not None else None

    def use_demo(self) -> None:
        demo = api.demo_request(self.ctx.assets)
        self._demo = demo
        self.model_edit.setText(str(demo.model))
        self.code_edit.setText(demo.model_code or "")
        self.data_edit.setText(str(demo.data))
        self.set_class_names(demo.class_names)
        self.target_spin.setValue(demo.target)
        self.load_layers()

    def use_text_demo(self) -> None:
        """Fill the form with the MiniLM text demo (its folder is built from the bundled weights first)."""
        self._demo = None

        def fill(folder: Path) -> None:
            req = api.text_demo_request(folder, self.ctx.assets)
            self.model_edit.setText(str(req.model))
            self.code_edit.setText("")
            self.data_edit.setText(str(req.data))
            self.pair_edit.setText(str(req.patch_from or ""))
            self.positions_edit.setText(req.positions)
            self.set_class_names(req.class_names)
            self.target_spin.setValue(req.target)
            self.kind_combo.setCurrentText("patch")
            self.set_layers([api.LayerChoice(L, "demo", True) for L in req.layers])

        self._start(api.text_demo_folder, self.ctx.assets, label="Building the MiniLM demo model", on_done=fill,
                    pass_job=False)

    def set_class_names(self, names: tuple[str, ...]) -> None:
        self.class_names = tuple(names)
        self._name_target(self.target_spin.value())

    def class_label(self, index: int) -> str:
        """``0 (ring)`` when the class has a name, else ``0``."""
        names = self.audit.class_names if self.audit is not None and self.audit.class_names else self.class_names
        name = names[index] if 0 <= index < len(names) else None
        return f"{index} ({name})" if name else str(index)

    def _name_target(self, value: int) -> None:
        """The target box names its class when the names are known: "0 (ring)"."""
        name = self.class_names[value] if 0 <= value < len(self.class_names) else None
        self.target_spin.setSuffix(f"  ({name})" if name else "")

    def _model_key(self) -> tuple[str, str]:
        return self.model_edit.text().strip(), self.code_edit.text().strip()

    def _model_changed(self) -> None:
        """The listed layers belong to the model they were loaded from: another model gets none
        (an empty list audits the default layers) until Load layers lists its own."""
        if self._layers_for is not None and self._model_key() != self._layers_for:
            self.layer_list.clear()
            self._layers_for = None
            self.set_class_names(())  # another model: its class names are not known yet

    def load_layers(self) -> None:
        self.layer_list.clear()  # the layers of an earlier model must not outlive a failed load
        self._layers_for = None
        key = self._model_key()
        self._start(api.list_layers, Path(key[0]), key[1] or None, label="Loading model",
                    on_done=lambda rows: self.set_layers(rows) if self._model_key() == key else None)

    def set_layers(self, rows: list[api.LayerChoice]) -> None:
        self.layer_list.clear()
        self._layers_for = self._model_key()
        for row in rows:
            item = QListWidgetItem(f"{row.name}  ({row.kind})")
            item.setData(Qt.ItemDataRole.UserRole, row.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if row.default else Qt.CheckState.Unchecked)
            self.layer_list.addItem(item)

    def chosen_layers(self) -> tuple[str, ...]:
        out = []
        for i in range(self.layer_list.count()):
            it = self.layer_list.item(i)
            if it.checkState() == Qt.CheckState.Checked:
                out.append(it.data(Qt.ItemDataRole.UserRole))
        return tuple(out)

    def request(self) -> api.AuditRequest:
        """The audit the form describes (the bundled demo's request, with its checks, when it names the demo)."""
        request = api.AuditRequest(
            model=Path(self.model_edit.text().strip()), model_code=self.code_edit.text().strip() or None,
            data=Path(self.data_edit.text().strip()), target=self.target_spin.value(), layers=self.chosen_layers(),
            intervention=self.kind_combo.currentText(), samples=self.samples_spin.value(), beta=self.beta_spin.value(),
            metrics=self.metrics_check.isChecked(), device=self.ctx.device, unit_axis=self.axis_combo.currentText(),
            patch_from=Path(self.pair_edit.text().strip()) if self.pair_edit.text().strip() else None,
            positions=self.positions_edit.text().strip() or "all")
        if self._demo is not None and api.is_demo(request, self.ctx.assets):
            keep = ("manifest_dir", "class_names", "title", "model_label", "data_label")
            demo = self._demo
            request = dataclasses.replace(request, **{k: getattr(demo, k) for k in keep})
            if request.target != demo.target:  # the demo's title names class 0
                request = dataclasses.replace(request, title=None)
        return request

    # -- run ------------------------------------------------------------------------------------------------
    def run(self) -> None:
        if self.busy:
            return  # one audit at a time (the button is off while any job of this page runs)
        model, data = self.model_edit.text().strip(), self.data_edit.text().strip()
        if not model or not data:
            self.ctx.error("Choose a model and its inputs first (or use a bundled demo).")
            return
        self.clear_result()
        self.busy = True
        self.summary_label.setText("Running the audit… (the status bar shows its progress; Cancel stops it)")
        self._start(api.run_audit, self.request(), label="Running causal audit", on_done=self.show_result,
                    on_error=self._failed)

    def clear_result(self) -> None:
        """Show no audit: nothing of an earlier run stays on the page or is exported."""
        self.audit, self.saved_id = None, None
        self.graph.selected = None
        self.graph.set_graph([], [], [])
        self.graph_stack.setCurrentWidget(self.graph_placeholder)
        self.deletion_plot.clear()
        self.deletion_legend.setText(EMPTY_FIGURES)
        self.stability_plot.clear()
        self.stability_caption.setText("")
        self.stats_text.setHtml(f'<p style="color:#666">{EMPTY_FIGURES}</p>')
        self.details.setHtml(f'<p style="color:#666">{EMPTY_DETAILS}</p>')
        self.map_label.clear()
        self.saved_label.setText("")
        self.summary_label.setText("No audit yet: fill in the inputs on the left (or press Image demo), then "
                                   "Run audit.")
        for b in (self.export_btn, self.json_btn):
            b.setEnabled(False)

    def _failed(self, kind: ErrorKind, message: str) -> None:
        self.busy = False
        self.clear_result()
        what = "was cancelled" if kind is ErrorKind.CANCELLED else f"failed: {message}"
        self.summary_label.setText(f"The audit {what}. Nothing was saved.")

    def _set_graph(self, r: CausalResult, d: dict[str, Any]) -> None:
        """The graph view draws the result; a view that names the output node gets the class names."""
        names = tuple(self.audit.class_names) if self.audit is not None and self.audit.class_names else None
        self.graph.set_graph(r.layers, d["nodes"], d["edges"], target=r.target, class_names=names)

    def show_result(self, audit: api.CausalAudit) -> None:
        """Show a completed audit and save it as a report."""
        self.busy = False
        self.audit, self.saved_id = audit, None
        if audit.class_names:
            self.set_class_names(audit.class_names)
        r = audit.result
        d = r.to_dict()
        self._set_graph(r, d)
        self.graph_stack.setCurrentWidget(self.graph)
        modes: dict[str, int] = {}
        for v in r.execution.values():
            modes[v] = modes.get(v, 0) + 1
        ex = ", ".join(f"{v} ({n} layer{'s' if n > 1 else ''})" for v, n in modes.items())
        s = r.samples
        self.summary_label.setText(
            f"<b>Class {_esc(audit.target_label)}</b>: {len(r.nodes)} nodes, {len(r.edges)} edges from {s.used} of "
            f"{s.images} {self._inputs_word()} ({r.intervention} interventions; execution {ex}).")
        self.summary_label.setToolTip(
            f"{s.images} inputs given, {s.classified_as_target} classified as class {audit.target_label}, "
            f"{s.used} audited. A node is kept when its effect is significant (BH q < {r.metrics.get('alpha', 0.05)}) "
            "and large enough against its layer's strongest.")
        self._show_metrics(r)
        for b in (self.export_btn, self.json_btn):
            b.setEnabled(True)
        strongest = max(r.nodes, key=lambda n: abs(n.effect), default=None)
        if strongest is not None:
            self.select_node(strongest.id)
        try:
            self.saved_id = self.ctx.save(audit.to_draft())
        except AttestError as exc:
            self.saved_label.setText(f"Not saved: {exc}")
            self.ctx.error(f"The audit finished but was not saved: {exc}")
            return
        self.saved_label.setText(f"Saved as report #{self.saved_id}")
        self.ctx.status(f"causal audit done in {r.seconds:.1f} s; saved as report #{self.saved_id}")

    def _inputs_word(self) -> str:
        return "texts" if self.audit is not None and self.audit.model_kind == "huggingface-text" else "images"

    def _target_text(self) -> str:
        """``class 0 (ring)``: the audited class, named when its name is known."""
        return f"class {self.class_label(self.audit.target)}" if self.audit is not None else "the target class"

    def _class_short(self) -> str:
        """``ring`` (or ``class 0`` without names): what the plots' axes call the target."""
        if self.audit is None:
            return "target"
        name = self.audit.class_name(self.audit.target)
        return name or f"class {self.audit.target}"

    # -- metrics --------------------------------------------------------------------------------------------
    def _show_metrics(self, r: CausalResult) -> None:
        cls = self._target_text()
        n_inputs = f"{r.samples.used} {self._inputs_word()}"
        self.deletion_plot.clear()
        dc = r.deletion
        legend: list[str] = []
        if dc is not None:
            colours = {"causal": POS, "activation": NEG, "random": (120, 120, 120), "gradient": (0, 150, 0),
                       "attention": (200, 130, 0)}

            def entry(name: str, auc: float, rgb: tuple[int, int, int], dashed: bool) -> str:
                line = "╌╌" if dashed else "━━"
                return f'<span style="color:rgb{rgb}"><b>{line}</b></span>&nbsp;{_esc(name)}&nbsp;{auc:.3f}'

            for name, ys in dc.prob.items():
                rgb = colours.get(name, (0, 150, 0))
                # the causal curve is wider and underneath: where another order gives the same curve (gradient x
                # activation often does, see the agreement tab) it still shows as a red border
                curve = self.deletion_plot.plot(list(dc.x), list(ys), pen=pg.mkPen(rgb, width=5 if name == "causal"
                                                                                   else 2), name=name)
                curve.setZValue(-1 if name == "causal" else 0)
                legend.append(entry(name, dc.auc[name], rgb, False))
            heads = r.metrics.get("deletion_heads")
            if heads:  # a text audit ending on neurons: its last attention layer's heads, dashed
                for name, ys in heads["prob"].items():
                    rgb = colours.get(name, (0, 150, 0))
                    pen = pg.mkPen(rgb, width=2, style=Qt.PenStyle.DashLine)
                    self.deletion_plot.plot(list(heads["x"]), list(ys), pen=pen, name=f"{name}, heads")
                    legend.append(entry(f"{name}, heads of {heads.get('layer', 'the last attention layer')}",
                                        heads["auc"][name], rgb, True))
            self.deletion_plot.setYRange(0, 1.0, padding=0.04)
            self.deletion_plot.setLabel("left", f"P({self._class_short()})")
            self.deletion_plot.setLabel("bottom", f"fraction of {dc.layer}'s units removed")
            self.deletion_legend.setText("<small>AUC, lower = more faithful:</small> " + " &nbsp; ".join(legend))
            self.deletion_legend.setToolTip(
                f"Mean probability of {cls} over the {n_inputs} as {dc.layer}'s units are removed one by one in "
                "each order: causal effect, mean activation, gradient x activation (attention weight for heads), and "
                "random (the mean of 3 random orders). AUC = area under the curve, between 0 and 1: the mean "
                "probability over the whole removal; lower = the order finds the units the decision rests on sooner.")
        else:
            self.deletion_legend.setText("This audit ran without the metrics: no deletion curves.")
        self.stability_plot.clear()
        boot = [b for b in r.bootstrap if b.kept_mean_rate is not None]
        reps = int((r.metrics.get("stability") or {}).get("bootstrap_reps") or 0)
        if boot:
            rates = [float(b.kept_mean_rate or 0.0) for b in boot]
            self.stability_plot.addItem(pg.BarGraphItem(x=np.arange(len(boot)), height=rates, width=0.6,
                                                        brush=pg.mkBrush(*POS, 180)))
            for i, y in enumerate(rates):
                label = pg.TextItem(f"{y:.2f}", color=(20, 20, 20), anchor=(0.5, 1.0))
                label.setPos(i, y)
                self.stability_plot.addItem(label)
            self.stability_plot.getPlotItem().getAxis("bottom").setTicks([[(i, b.layer) for i, b in enumerate(boot)]])
            self.stability_plot.setYRange(0, 1.15, padding=0)
            self.stability_caption.setText(
                f"<small>Rate kept: the mean share of {reps or 'the'} bootstrap resamples of the {n_inputs} in "
                "which a layer's kept nodes stay significant (0–1; 1.00 = in every resample).</small>")
        else:
            self.stability_caption.setText("No layer kept nodes to resample." if r.bootstrap else
                                           "This audit ran without the metrics: no stability figures.")
        self.stats_text.setHtml(self.metrics_html(r))

    def metrics_html(self, r: CausalResult) -> str:
        """The agreement, robustness and sweep figures, every number with its unit and a tooltip."""
        cls = self._target_text()
        rows = ["<h4>Agreement of rankings (Kendall τ)</h4>",
                "<p><small>τ compares two rankings of a layer's units: +1 = the same order, 0 = unrelated, "
                "−1 = reversed (no unit). Hover a value for what it compares.</small></p>",
                "<table cellpadding=3><tr><th>layer</th>"
                + "".join(f'<th title="{_esc(t)}">{h}</th>' for h, t in (
                    ("τ causal–activation", "Causal effect vs mean activation"),
                    ("τ causal–gradient", "Causal effect vs gradient x activation"),
                    ("τ activation–gradient", "Mean activation vs gradient x activation")))
                + "</tr>"]
        zero = r.intervention == "zero"
        grad_tip = (f"Kendall τ between the units' causal effects on the logit of {cls} and their gradient x "
                    "activation scores (−1 to +1). Gradient x activation is the first-order estimate of the effect "
                    "of setting a unit to zero.")
        if zero:
            grad_tip += (" With zero interventions in a network of ReLUs and max-pooling (piecewise linear), that "
                         "estimate is exact unless removing a unit switches a ReLU or a pooling choice further on, so "
                         "a τ near +1 is expected: it confirms the interventions and adds no independent evidence.")

        def cell(v: float | None, what: str) -> str:
            if v is None:
                return tip("–", f"{what}: undefined (a ranking without spread, or fewer than 2 units)")
            return tip(f"{v:+.2f}", what)

        for a in r.agreement:
            act_tip = (f"Kendall τ on {a.layer} between the units' causal effects on the logit of {cls} and their "
                       "mean activations (−1 to +1): high = the most active units are the ones that matter")
            ag_tip = f"Kendall τ on {a.layer} between mean activation and gradient x activation (−1 to +1)"
            rows.append(f"<tr><td>{_esc(a.layer)}</td><td>{cell(a.tau_causal_activation, act_tip)}</td>"
                        f"<td>{cell(a.tau_causal_gradient, f'On {a.layer}: ' + grad_tip)}</td>"
                        f"<td>{cell(a.tau_activation_gradient, ag_tip)}</td></tr>")
        rows.append("</table>")
        taus = [a.tau_causal_gradient for a in r.agreement if a.tau_causal_gradient is not None]
        if zero and taus and min(taus) >= 0.95:
            rows.append("<p><small>τ causal–gradient near +1 is expected here: with zero interventions in a "
                        "piecewise-linear network, gradient x activation predicts a unit's removal effect almost "
                        "exactly. It is a consistency check, not a second opinion.</small></p>")
        rob = r.robustness
        if rob is not None:
            lip_tip = ("Local Lipschitz estimate of the {m} map: the largest change of the map (scaled to unit L2 "
                       f"norm) per unit of L2 distance in the input, over {rob.perturbations} Gaussian perturbations "
                       f"(σ = {rob.sigma:g} of the 0–1 pixel range), mean over {rob.samples} images. "
                       "Lower = a more stable map.")
            names = {"causal": "causal", "saliency": "saliency", "integrated_gradients": "integrated gradients"}
            rows.append("<h4>Robustness of the input maps</h4><table cellpadding=3><tr><th>map</th>"
                        '<th title="change of the normalised map per unit of input distance; lower = more stable">'
                        "local Lipschitz estimate (per unit of input L2 distance)</th></tr>")
            for k, v in rob.mean.items():
                m = names.get(k, k.replace("_", " "))
                rows.append(f"<tr><td>{_esc(m)}</td><td>{tip(f'{v:.3f}', lip_tip.format(m=m))}</td></tr>")
            rows.append("</table>")
        sw = r.beta_sweep
        if sw is not None:
            rows.append(f"<h4>Soft-intervention sweep on {_esc(sw.layer)}</h4><table cellpadding=3><tr>"
                        '<th title="units are scaled by a factor drawn from U[β, β + 0.01]">β (scale)</th>'
                        '<th title="significant nodes at this β">kept (nodes)</th>'
                        '<th title="overlap with the graph\'s nodes of this layer: |A ∩ B| / |A ∪ B|, 0–1">'
                        "Jaccard with the graph (0–1)</th></tr>")
            for b, c, j in zip(sw.betas, sw.kept_counts, sw.jaccard_with_graph, strict=True):
                jt = "–" if j is None else f"{j:.2f}"
                rows.append(
                    f"<tr><td>{tip(f'{b:g}', f'Each unit of {sw.layer} scaled by a factor in U[{b:g}, {b + 0.01:g}]')}"
                    f"</td><td>{tip(f'{c} nodes', f'{c} units of {sw.layer} have a significant effect at β = {b:g}')}"
                    f"</td><td>{tip(jt, 'Share of nodes in common with the graph: |A ∩ B| / |A ∪ B| (0–1)')}"
                    "</td></tr>")
            rows.append("</table>")
        return "".join(rows)

    # -- nodes ----------------------------------------------------------------------------------------------
    def select_node(self, nid: str) -> None:
        """Show a node's details (the output's too) and ring it in the graph."""
        if self.audit is None or self._selecting:
            return
        self._selecting = True  # a view that reports its selection (sigNodeSelected) must not call back in
        try:
            self._show_node(nid)
            self.graph.mark(nid)  # the ring moves to this node, the output included, off the previous one
        finally:
            self._selecting = False

    def _show_node(self, nid: str) -> None:
        assert self.audit is not None
        r = self.audit.result
        cls = self._target_text()
        n = r.node(nid)
        if n is None:
            obs = r.metrics.get("observed") or {}
            feeding = sorted({e.source.split(":")[0] for e in r.edges if e.target == nid})
            html = [f"<h3>{_esc(nid)}</h3><p>The target output: the logit of <b>{_esc(cls)}</b>.</p>"]
            if obs:
                p = float(obs.get("mean_target_prob", float("nan")))
                y = float(obs.get("mean_target_logit", float("nan")))
                html.append(
                    f"<p>Over the {r.samples.used} {self._inputs_word()} audited: mean probability "
                    + tip(fmt_pct(p), f"Mean softmax probability of {cls} the model gives the audited inputs")
                    + ", mean logit " + tip(f"{y:+.2f}", f"Mean logit (score before the softmax) of {cls}") + "</p>")
            if feeding:
                html.append(f"<p>Fed directly by {', '.join(_esc(f) for f in feeding)}; every node's effect is the "
                            "change of this logit.</p>")
            self.details.setHtml("".join(html))
            self.map_label.clear()
            return
        share = r.corner_share(nid)
        ins = [e for e in r.edges if e.target == nid]
        outs = [e for e in r.edges if e.source == nid]
        weak = sum(1 for e in outs if not e.significant)
        unit = unit_word(r, n.layer)
        how = "alone" if n.test == "unit" else "on its paths towards the kept nodes it feeds"
        n_in = f"{r.samples.used} {self._inputs_word()}"
        alpha = r.metrics.get("alpha", 0.05)
        eff_tip = (f"Mean change of the logit of {cls} over the {n_in} when this {unit} is replaced {how} "
                   f"({r.intervention} intervention): the logit with the {unit} minus the logit without it. "
                   "Positive = it supports the class. Logits are the model's scores before the softmax.")
        rows = [("effect on the logit of " + _esc(cls), tip(f"<b>{fmt_logits(n.effect)} logits</b>", eff_tip)),
                ("95% CI", tip(f"[{fmt_logits(n.ci[0])}, {fmt_logits(n.ci[1])}] logits",
                                                f"Student-t 95% interval of the mean effect over the {n_in}")),
                ("p-value", tip(fmt_p(n.p_value), "Two-sided one-sample t-test that the mean effect is zero")),
                ("q-value (BH)", tip(fmt_p(n.q_value), "Benjamini–Hochberg adjusted p-value within the layer (false "
                                     f"discovery rate); a node is kept when q < {alpha:g}"))]
        why = ""
        if np.isfinite(n.prob_effect):
            p_obs = float(r.metrics.get("observed", {}).get("mean_target_prob", float("nan")))
            if abs(n.prob_effect) < 1e-3 and abs(n.effect) > 0.1 and p_obs > 0.99:
                why = (f"<p><small>The model gives {_esc(cls)} a mean probability of {fmt_pct(p_obs)}, so the "
                       "softmax is saturated: a large fall of the logit barely moves the probability.</small></p>")
            rows.append(("effect on the probability", tip(
                _esc(fmt_pp(n.prob_effect)), f"Mean change of the probability of {cls} (softmax) when this {unit} is "
                f"replaced, in percentage points (1 pp = 0.01 of probability): {100 * n.prob_effect:+.3g} pp")))
        act_word = "mean norm of its context slice" if unit == "head" else "mean activation"
        rows.append((act_word, tip(f"{n.mean_activation:.4g}", f"The {unit}'s {act_word} over the {n_in}, in the "
                                   "layer's own units (no causal meaning by itself)")))
        html = [f"<h3>{_esc(nid)}</h3>",
                f"<p>layer <b>{_esc(n.layer)}</b>, {unit} {n.unit}; test: "
                f"{'single unit' if n.test == 'unit' else 'path towards kept children'}</p>",
                "<p>" + "<br>".join(f"{k}: {v}" for k, v in rows) + "</p>",
                why,
                f"<p>{len(ins)} incoming, {len(outs)} outgoing edges"
                + (" (its strongest one, dashed: no single connection is significant alone, only the joint cut)"
                   if weak else "") + "</p>"]
        m = r.node_maps.get(nid)
        if m is not None:
            iy, ix = np.unravel_index(int(np.argmax(np.abs(m))), m.shape)
            peak = float(m.flat[np.argmax(np.abs(m))])
            html.append(f"<p><b>Causal map</b>: how far the logit of {_esc(cls)} falls, through this {unit} alone, "
                        "when that patch of the image is covered (peak "
                        + tip(f"{fmt_logits(peak)} logits", "The largest fall of the logit when one patch is covered")
                        + f" at row {iy}, column {ix} of {m.shape[0]}x{m.shape[1]})")
            if share:
                best = max(share, key=lambda k: share[k])
                if share[best] > 0.3:  # only worth saying when the map sits in one corner
                    html.append(f"; {share[best]:.0%} of its mass in the {best.replace('_', '-')} corner")
            html.append("</p>")
        html.append(token_map_html(r.metrics.get("token_maps") or {}, nid, cls))
        self.details.setHtml("".join(html))
        w = r.node_maps[nid].shape[1] if nid in r.node_maps else 32
        data = self.audit.node_map_png(nid, scale=max(2, 120 // max(1, w)))
        pix = QPixmap()
        if data:
            pix.loadFromData(data, "PNG")
        self.map_label.set_picture(pix)

    def _edge_filter_changed(self, v: int) -> None:
        self.edge_label.setText(f"Edges ≥ {v}%")
        self.graph.set_edge_filter(v / 100.0)

    def find_node(self, text: str | None = None) -> list[str]:
        """Select and centre the first node matching ``text`` (default: the search box); the matches."""
        query = (self.search_edit.text() if text is None else text).strip()
        if not query or self.audit is None:
            return []
        found = self.graph.search(query)
        if found:
            self.select_node(found[0])
        else:
            self.ctx.status(f"no node matches {query!r}")
        return found

    def _threshold_changed(self, v: int) -> None:
        self.slider_label.setText(f"Threshold {v}%")
        self.graph.apply_threshold(v / 100.0)

    # -- output ---------------------------------------------------------------------------------------------
    def export_graphml(self, path: str | None = None) -> str | None:
        if self.audit is None:
            return None
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, "Export GraphML", "causal-graph.graphml", "GraphML (*.graphml)")
            if not path:
                return None
        from core.fileio import atomic_write_bytes

        try:
            atomic_write_bytes(Path(path), self.audit.graphml())
        except AttestError as exc:
            self.ctx.error(str(exc))
            return None
        self.ctx.status(f"graph exported to {path}")
        return path

    def export_json(self, path: str | None = None) -> str | None:
        """The graph and metrics as the command line's --json object, with the saved report's id."""
        if self.audit is None:
            return None
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, "Export JSON", "causal-graph.json", "JSON (*.json)")
            if not path:
                return None
        import json

        from core.fileio import atomic_write_text

        obj = {**self.audit.to_dict(), "report_id": self.saved_id}
        try:
            atomic_write_text(Path(path), json.dumps(obj, indent=1, allow_nan=False))
        except AttestError as exc:
            self.ctx.error(str(exc))
            return None
        self.ctx.status(f"graph exported to {path}")
        return path
