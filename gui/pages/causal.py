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
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPicture, QPixmap
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
    QSlider,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from core.errors import AttestError, ErrorKind
from engine.causal import api
from engine.causal.audit import CausalResult

from ..context import AppContext

POS = (200, 40, 40)
NEG = (40, 90, 210)


# -- the graph view ----------------------------------------------------------------------------------------


class EdgeItem(pg.GraphicsObject):
    """All edges in one item: a QPicture of lines, width by |effect|, colour by sign; dashed where the edge
    is kept only as its parent's strongest connection and is not significant on its own."""

    def __init__(self) -> None:
        super().__init__()
        self.picture = QPicture()
        self._rect = QRectF()
        self.count = 0
        self.dashed = 0

    def set_edges(self, segs: np.ndarray, effects: np.ndarray, significant: np.ndarray | None = None) -> None:
        """``segs``: (E, 4) x0, y0, x1, y1; ``effects``: (E,); ``significant``: (E,) bools (default all)."""
        self.prepareGeometryChange()
        pic = QPicture()
        p = QPainter(pic)
        self.count = len(segs)
        self.dashed = 0
        if len(segs):
            sig = np.ones(len(segs), dtype=bool) if significant is None else np.asarray(significant, dtype=bool)
            self.dashed = int((~sig).sum())
            peak = float(np.max(np.abs(effects))) or 1.0
            # bucket widths and colours so that the painter changes pen a few times, not per edge
            for solid in (True, False):
                for sign, rgb in ((1, POS), (-1, NEG)):
                    for b in range(4):
                        lo, hi = b / 4, (b + 1) / 4
                        mag = np.abs(effects) / peak
                        sel = (np.sign(effects) == sign) & (mag >= lo) & ((mag < hi) if b < 3 else (mag <= 1.0))
                        sel &= sig if solid else ~sig
                        if not sel.any():
                            continue
                        pen = QPen(QColor(*rgb, 70 + 45 * b))
                        pen.setWidthF(0.6 + 1.2 * b)
                        pen.setCosmetic(True)
                        if not solid:
                            pen.setStyle(Qt.PenStyle.DashLine)
                        p.setPen(pen)
                        p.drawLines([QPointF(a, b_) for x in segs[sel] for a, b_ in ((x[0], x[1]), (x[2], x[3]))])
            self._rect = QRectF(float(segs[:, [0, 2]].min()), float(segs[:, [1, 3]].min()),
                                float(np.ptp(segs[:, [0, 2]])) or 1.0, float(np.ptp(segs[:, [1, 3]])) or 1.0)
        else:
            self._rect = QRectF()
        p.end()
        self.picture = pic
        self.update()

    def paint(self, painter: QPainter, *args: Any) -> None:
        self.picture.play(painter)

    def boundingRect(self) -> QRectF:
        return self._rect


class GraphView(pg.PlotWidget):
    """Layered causal graph: input-side layers at the bottom, the target output at the top."""

    def __init__(self, on_click: Any = None) -> None:
        super().__init__()
        self.setBackground("w")
        self.hideAxis("bottom")
        left = self.getPlotItem().getAxis("left")
        left.setPen(pg.mkPen("k"))
        left.setTextPen(pg.mkPen("k"))
        left.setWidth(90)
        left.setTicks([[]])  # no numbers until a graph gives the rows their layer names
        self.highlight = pg.ScatterPlotItem(pxMode=True)
        self.highlight.setZValue(11)
        self.addItem(self.highlight)
        self.selected: str | None = None
        self.edges = EdgeItem()
        self.addItem(self.edges)
        self.scatter = pg.ScatterPlotItem(hoverable=True, tip=self._tip, pxMode=True)
        self.scatter.setZValue(10)
        self.addItem(self.scatter)
        self.scatter.sigClicked.connect(self._clicked)
        self.on_click = on_click
        self.nodes: list[dict] = []
        self.edge_list: list[dict] = []
        self.layers: list[str] = []
        self.pos: dict[str, tuple[float, float]] = {}
        self.visible_ids: list[str] = []
        self.threshold = 0.0

    def set_graph(self, layers: list[str], nodes: list[dict], edges: list[dict], target: int | None = None) -> None:
        """``nodes``: dicts with id, layer, unit, effect (+ anything); ``edges``: source, target, effect and
        optionally significant (edges into the output node included)."""
        self.layers = list(layers)
        self.nodes = list(nodes)
        self.edge_list = list(edges)
        if target is not None:
            out = {"id": f"output:{target}", "layer": "output", "unit": target, "effect": None}
            self.nodes = self.nodes + [out]
        # layout: one row per layer, units spread evenly and ordered by effect
        self.pos = {}
        rows = self.layers + ["output"]
        for y, layer in enumerate(rows):
            ns = sorted((n for n in self.nodes if n["layer"] == layer), key=lambda n: -(n["effect"] or 0))
            k = len(ns)
            for i, n in enumerate(ns):
                self.pos[n["id"]] = ((i - (k - 1) / 2) / max(1, k - 1) * min(1.0, k / 8) if k > 1 else 0.0, float(y))
        ax = self.getPlotItem().getAxis("left")
        ax.setTicks([[(i, name) for i, name in enumerate(rows)]])
        self.apply_threshold(self.threshold)
        self.autoRange()

    def apply_threshold(self, frac: float) -> None:
        """Show nodes whose |effect| is at least ``frac`` of the largest (the output always)."""
        self.threshold = frac
        effs = [abs(n["effect"]) for n in self.nodes if n["effect"] is not None]
        peak = max(effs) if effs else 1.0
        vis = [n for n in self.nodes if n["effect"] is None or abs(n["effect"]) >= frac * peak]
        ids = {n["id"] for n in vis}
        self.visible_ids = [n["id"] for n in vis]
        spots = []
        for n in vis:
            x, y = self.pos[n["id"]]
            e = n["effect"]
            if e is None:
                size, brush = 16, pg.mkBrush(30, 30, 30)
            else:
                size = 6 + 18 * abs(e) / (peak or 1.0)
                brush = pg.mkBrush(*(POS if e >= 0 else NEG), 220)
            spots.append({"pos": (x, y), "size": size, "brush": brush, "pen": pg.mkPen(0, 0, 0, 120), "data": n["id"]})
        self.scatter.setData(spots)
        es = [e for e in self.edge_list if e["source"] in ids and e["target"] in ids]
        segs = np.array([[*self.pos[e["source"]], *self.pos[e["target"]]] for e in es], dtype=float).reshape(-1, 4)
        self.edges.set_edges(segs, np.array([e["effect"] or 0.0 for e in es], dtype=float),
                             np.array([bool(e.get("significant", True)) for e in es], dtype=bool))
        self.mark(self.selected)

    def mark(self, nid: str | None) -> None:
        """Ring the selected node."""
        self.selected = nid
        if nid is None or nid not in self.pos or nid not in self.visible_ids:
            self.highlight.setData([])
            return
        self.highlight.setData([{"pos": self.pos[nid], "size": 30, "brush": pg.mkBrush(0, 0, 0, 0),
                                 "pen": pg.mkPen(255, 170, 0, width=3)}])

    def _node(self, nid: str) -> dict | None:
        return next((n for n in self.nodes if n["id"] == nid), None)

    def _tip(self, x: float, y: float, data: Any) -> str:
        n = self._node(data)
        if n is None:
            return str(data)
        if n["effect"] is None:
            return f"{n['id']}: target output"
        ci = n.get("ci") or [None, None]
        ci_txt = f" [{ci[0]:+.3f}, {ci[1]:+.3f}]" if ci[0] is not None else ""
        p = n.get("p_value")
        return f"{n['id']}\neffect {n['effect']:+.3f}{ci_txt}" + (f"\np = {p:.2g}" if p is not None else "")

    def _clicked(self, _item: Any, points: Any, *_: Any) -> None:
        if len(points) and self.on_click is not None:
            self.on_click(points[0].data())


# -- the page ---------------------------------------------------------------------------------------------------


def unit_word(r: CausalResult, layer: str) -> str:
    """``head``, ``neuron`` or ``unit``: what one node of ``layer`` is."""
    kind = ((r.metrics.get("units") or {}).get(layer) or {}).get("kind")
    return {"heads": "head", "neurons": "neuron"}.get(str(kind), "unit")


def token_map_html(tmaps: dict[str, Any], nid: str) -> str:
    """A node's token maps as highlighted text: red = the token raises the target logit through this node,
    blue = lowers it; the colour's strength is the score over the largest |score| of the node's maps."""
    import html as H

    scores = (tmaps.get("scores") or {}).get(nid)
    if not scores:
        return ""
    peak = max((abs(v) for per in scores for v in per), default=0.0) or 1.0
    out = ["<p><b>Token map</b>: how far the target logit falls, through this node alone, when a token is "
           f"masked (strongest {peak:.3g} logits)</p>"]
    for inp, per in zip(tmaps.get("inputs") or [], scores, strict=False):
        spans = []
        for tok, v in zip(inp["tokens"], per, strict=False):
            a = min(1.0, abs(v) / peak)
            rgb = POS if v >= 0 else NEG
            bg = tuple(int(255 - a * (255 - c)) for c in rgb)
            spans.append(f'<span style="background-color: rgb{bg}" title="{v:+.3g}">{H.escape(str(tok))}</span>')
        out.append(f"<p><small>line {int(inp['line'])}</small><br>{' '.join(spans)}</p>")
    return "".join(out)


class Page(QWidget):
    title = "Model audit"

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.audit: api.CausalAudit | None = None
        self.saved_id: int | None = None
        self.busy = False
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
        self.class_names: tuple[str, ...] = ()
        """Class names of the model in the form, when known (a bundled demo, a finished audit)."""
        self.target_spin.valueChanged.connect(self._name_target)
        self.layer_list = QListWidget()
        self.layer_list.setMinimumHeight(110)
        self._layers_for: tuple[str, str] | None = None
        """(model, model code) the listed layers were loaded from."""
        self.model_edit.textChanged.connect(self._model_changed)
        self.code_edit.textChanged.connect(self._model_changed)
        self.kind_combo = QComboBox()
        self.kind_combo.addItems(["zero", "mean", "soft", "patch"])
        self.beta_spin = QDoubleSpinBox()
        self.beta_spin.setRange(0.0, 10.0)
        self.beta_spin.setSingleStep(0.05)
        self.axis_combo = QComboBox()
        self.axis_combo.addItems(["auto", "channels", "last"])
        self.axis_combo.setToolTip("Which axis of a layer's output holds its units. auto: channels of conv and "
                                   "4-D outputs; features (last axis) of linear, layer-norm and token outputs")
        self.samples_spin = QSpinBox()
        self.samples_spin.setRange(2, 100000)
        self.samples_spin.setValue(100)
        self.metrics_check = QCheckBox("faithfulness, stability, robustness metrics")
        self.metrics_check.setChecked(True)
        self.run_btn = QPushButton("Run audit")
        self.run_btn.clicked.connect(self.run)
        demo_btn = QPushButton("Use the bundled demo")
        demo_btn.clicked.connect(self.use_demo)
        text_demo_btn = QPushButton("Use the text demo (MiniLM)")
        text_demo_btn.setToolTip("The bundled MiniLM review classifier with a planted sign-off shortcut, "
                                 "audited by activation patching")
        text_demo_btn.clicked.connect(self.use_text_demo)
        layers_btn = QPushButton("Load layers")
        layers_btn.clicked.connect(self.load_layers)

        def browse_row(edit: QLineEdit, kind: str) -> QWidget:
            w = QWidget()
            h = QHBoxLayout(w)
            h.setContentsMargins(0, 0, 0, 0)
            h.addWidget(edit)
            b = QPushButton("…")
            b.setToolTip("Browse")
            b.setStyleSheet("padding: 2px 4px;")  # the app's 12-px side padding left no room for the glyph
            b.setFixedWidth(36)
            b.clicked.connect(lambda: self._browse(edit, kind))
            h.addWidget(b)
            return w

        form = QFormLayout()
        form.addRow("Model", browse_row(self.model_edit, "model"))
        form.addRow("Architecture", browse_row(self.code_edit, "code"))
        form.addRow("Inputs", browse_row(self.data_edit, "data"))
        form.addRow("Paired texts", browse_row(self.pair_edit, "text"))
        form.addRow("Positions", self.positions_edit)
        form.addRow("Target class", self.target_spin)
        form.addRow("Intervention", self.kind_combo)
        form.addRow("Soft beta", self.beta_spin)
        form.addRow("Unit axis", self.axis_combo)
        form.addRow("Samples (max)", self.samples_spin)
        inputs = QGroupBox("Inputs")
        iv = QVBoxLayout(inputs)
        iv.addLayout(form)
        iv.addWidget(QLabel("Layers (checked = audited):"))
        iv.addWidget(self.layer_list)
        iv.addWidget(layers_btn)
        iv.addWidget(self.metrics_check)
        demos = QHBoxLayout()
        demos.addWidget(demo_btn)
        demos.addWidget(text_demo_btn)
        iv.addLayout(demos)
        iv.addWidget(self.run_btn)
        iv.addStretch(1)

        # graph + threshold
        self.graph = GraphView(on_click=self.select_node)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 100)
        self.slider.valueChanged.connect(self._threshold_changed)
        self.slider_label = QLabel("threshold: 0% of the strongest effect")
        self.summary_label = QLabel("Run an audit to see its graph.")
        self.summary_label.setWordWrap(True)
        self.summary_label.setMinimumHeight(48)
        self.summary_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        gbox = QWidget()
        gv = QVBoxLayout(gbox)
        gv.setContentsMargins(0, 0, 0, 0)
        gv.addWidget(self.summary_label)
        gv.addWidget(self.graph, 1)
        sh = QHBoxLayout()
        sh.addWidget(self.slider_label)
        sh.addWidget(self.slider, 1)
        gv.addLayout(sh)

        # figures
        self.deletion_plot = pg.PlotWidget(background="w")
        # bottom left: deletion curves start high on the left and fall to the right, so that corner stays clear
        self.deletion_plot.addLegend(offset=(10, -10), brush=pg.mkBrush(255, 255, 255, 200), labelTextSize="8pt",
                                     colCount=2, verSpacing=-6)
        self.deletion_plot.setLabel("bottom", "fraction of last-layer units removed")
        self.deletion_plot.setLabel("left", "target probability")
        self.deletion_plot.getPlotItem().getAxis("left").enableAutoSIPrefix(False)
        self.stability_plot = pg.PlotWidget(background="w")
        self.stability_plot.setLabel("left", "kept nodes' bootstrap rate")
        self.stability_plot.getPlotItem().setToolTip("Mean share of 20 bootstrap resamples of the inputs in which "
                                                     "each layer's kept nodes stay significant")
        self.stats_text = QTextBrowser()
        figs = QTabWidget()
        figs.addTab(self.deletion_plot, "Deletion curves")
        figs.addTab(self.stability_plot, "Stability")
        figs.addTab(self.stats_text, "Agreement && robustness")
        centre = QSplitter(Qt.Orientation.Vertical)
        centre.addWidget(gbox)
        centre.addWidget(figs)
        centre.setSizes([520, 240])

        # details
        self.details = QTextBrowser()
        self.map_label = QLabel()
        self.map_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.map_label.setMinimumHeight(150)
        self.saved_label = QLabel("")
        self.saved_label.setWordWrap(True)
        self.export_btn = QPushButton("Export GraphML…")
        self.export_btn.clicked.connect(lambda: self.export_graphml())
        self.json_btn = QPushButton("Export JSON…")
        self.json_btn.clicked.connect(lambda: self.export_json())
        for b in (self.export_btn, self.json_btn):
            b.setEnabled(False)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.addWidget(QLabel("<b>Node</b>"))
        rv.addWidget(self.details, 1)
        rv.addWidget(self.map_label)
        rv.addWidget(self.saved_label)
        rv.addWidget(self.export_btn)
        rv.addWidget(self.json_btn)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(inputs)
        split.addWidget(centre)
        split.addWidget(right)
        split.setSizes([280, 640, 280])
        lay = QVBoxLayout(self)
        lay.addWidget(split)

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

        self.ctx.run(api.text_demo_folder, None, self.ctx.assets, label="Building the MiniLM demo model",
                     on_done=fill, pass_job=False)

    def set_class_names(self, names: tuple[str, ...]) -> None:
        self.class_names = tuple(names)
        self._name_target(self.target_spin.value())

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
        self.ctx.run(api.list_layers, Path(key[0]), key[1] or None, label="Loading model",
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
        model, data = self.model_edit.text().strip(), self.data_edit.text().strip()
        if not model or not data:
            self.ctx.error("Choose a model and its inputs first (or use a bundled demo).")
            return
        self.clear_result()
        self.busy = True
        self.run_btn.setEnabled(False)
        self.summary_label.setText("Running the audit…")
        self.ctx.run(api.run_audit, self.request(), label="Running causal audit", on_done=self.show_result,
                     on_error=self._failed)

    def clear_result(self) -> None:
        """Show no audit: nothing of an earlier run stays on the page or is exported."""
        self.audit, self.saved_id = None, None
        self.graph.selected = None
        self.graph.set_graph([], [], [])
        self.deletion_plot.clear()
        self.stability_plot.clear()
        self.stats_text.clear()
        self.details.clear()
        self.map_label.clear()
        self.saved_label.setText("")
        self.summary_label.setText("Run an audit to see its graph.")
        for b in (self.export_btn, self.json_btn):
            b.setEnabled(False)

    def _failed(self, kind: ErrorKind, message: str) -> None:
        self.busy = False
        self.run_btn.setEnabled(True)
        self.clear_result()
        what = "was cancelled" if kind is ErrorKind.CANCELLED else f"failed: {message}"
        self.summary_label.setText(f"The audit {what}. Nothing was saved.")

    def show_result(self, audit: api.CausalAudit) -> None:
        """Show a completed audit and save it as a report."""
        self.busy = False
        self.run_btn.setEnabled(True)
        self.audit, self.saved_id = audit, None
        if audit.class_names:
            self.set_class_names(audit.class_names)
        r = audit.result
        d = r.to_dict()
        self.graph.set_graph(r.layers, d["nodes"], d["edges"], target=r.target)
        modes: dict[str, int] = {}
        for v in r.execution.values():
            modes[v] = modes.get(v, 0) + 1
        ex = ", ".join(f"{v} ({n} layer{'s' if n > 1 else ''})" for v, n in modes.items())
        s = r.samples
        what = "texts" if audit.model_kind == "huggingface-text" else "images"
        self.summary_label.setText(
            f"Class {audit.target_label}: {len(r.nodes)} nodes, {len(r.edges)} edges from {s.used} of {s.images} "
            f"{what} ({r.intervention} interventions; execution {ex}). Node size = |effect|, "
            "red = supports the target, blue = opposes it; a dashed edge is a parent's strongest connection, "
            "not significant alone. Click a node for details.")
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

    def _show_metrics(self, r: CausalResult) -> None:
        self.deletion_plot.clear()
        dc = r.deletion
        if dc is not None:
            colours = {"causal": POS, "activation": NEG, "random": (120, 120, 120), "gradient": (0, 150, 0),
                       "attention": (200, 130, 0)}
            for name, ys in dc.prob.items():
                self.deletion_plot.plot(list(dc.x), list(ys), pen=pg.mkPen(colours.get(name, (0, 150, 0)), width=2),
                                        name=f"{name} (AUC {dc.auc[name]:.3f})")
            heads = r.metrics.get("deletion_heads")
            if heads:  # a text audit ending on neurons: its last attention layer's heads, dashed
                for name, ys in heads["prob"].items():
                    pen = pg.mkPen(colours.get(name, (0, 150, 0)), width=2, style=Qt.PenStyle.DashLine)
                    self.deletion_plot.plot(list(heads["x"]), list(ys), pen=pen,
                                            name=f"{name}, heads (AUC {heads['auc'][name]:.3f})")
        self.stability_plot.clear()
        boot = [b for b in r.bootstrap if b.kept_mean_rate is not None]
        if boot:
            ys = [b.kept_mean_rate for b in boot]
            self.stability_plot.addItem(pg.BarGraphItem(x=np.arange(len(boot)), height=ys, width=0.6,
                                                        brush=pg.mkBrush(*POS, 180)))
            self.stability_plot.getPlotItem().getAxis("bottom").setTicks([[(i, b.layer) for i, b in enumerate(boot)]])
            self.stability_plot.setYRange(0, 1.05)
        rows = ["<table cellpadding=3><tr><th>layer</th><th>τ causal–activation</th><th>τ causal–gradient</th>"
                "<th>τ activation–gradient</th></tr>"]

        def f(v: float | None) -> str:
            return "–" if v is None else f"{v:+.2f}"

        for a in r.agreement:
            rows.append(f"<tr><td>{a.layer}</td><td>{f(a.tau_causal_activation)}</td><td>{f(a.tau_causal_gradient)}</td>"
                        f"<td>{f(a.tau_activation_gradient)}</td></tr>")
        rows.append("</table>")
        rob = r.robustness
        if rob is not None:
            rows.append("<p><b>Local Lipschitz estimate of input maps</b> (lower = more stable):<br>" +
                        ", ".join(f"{k} {v:.3f}" for k, v in rob.mean.items()) + "</p>")
        sw = r.beta_sweep
        if sw is not None:
            rows.append("<p><b>Soft-intervention sweep</b> on " + sw.layer + ": " + ", ".join(
                f"β={b:g}: {c} kept" for b, c in zip(sw.betas, sw.kept_counts, strict=True)) + "</p>")
        self.stats_text.setHtml("<h4>Agreement of rankings (Kendall τ)</h4>" + "".join(rows))

    # -- nodes ----------------------------------------------------------------------------------------------
    def select_node(self, nid: str) -> None:
        if self.audit is None:
            return
        r = self.audit.result
        n = r.node(nid)
        if n is None:
            self.details.setHtml(f"<b>{nid}</b><br>the target output (class {self.audit.target_label})")
            self.map_label.clear()
            self.graph.mark(nid)  # the ring moves to the output too, off the previous node
            return
        share = r.corner_share(nid)
        ins = [e for e in r.edges if e.target == nid]
        outs = [e for e in r.edges if e.source == nid]
        weak = sum(1 for e in outs if not e.significant)
        html = [f"<h3>{nid}</h3>",
                f"<p>layer <b>{n.layer}</b>, {unit_word(r, n.layer)} {n.unit}; test: "
                f"{'single unit' if n.test == 'unit' else 'path towards kept children'}</p>",
                f"<p>effect on the target logit: <b>{n.effect:+.4f}</b><br>95% CI [{n.ci[0]:+.4f}, {n.ci[1]:+.4f}]<br>"
                f"p = {n.p_value:.3g}, BH q = {n.q_value:.3g}</p>"]
        if np.isfinite(n.prob_effect):
            p_obs = float(r.metrics.get("observed", {}).get("mean_target_prob", float("nan")))
            why = ""
            if abs(n.prob_effect) < 1e-3 and abs(n.effect) > 0.1 and p_obs > 0.99:
                why = (f" (the model is {p_obs:.4f} sure of the class, so the softmax is saturated: a large logit "
                       "drop barely moves the probability)")
            html.append(f"<p>effect on the target probability: {n.prob_effect:+.3g}{why}</p>")
        act_word = "mean norm of its context slice" if unit_word(r, n.layer) == "head" else "mean activation"
        html.append(f"<p>{act_word} {n.mean_activation:.4g}; {len(ins)} incoming, {len(outs)} outgoing edges"
                    + (" (its strongest one, dashed: no single connection is significant alone, only the joint cut)"
                       if weak else "") + "</p>")
        m = r.node_maps.get(nid)
        if m is not None:
            iy, ix = np.unravel_index(int(np.argmax(np.abs(m))), m.shape)
            html.append("<p><b>Causal map</b>: how far the target logit falls, through this unit alone, when that "
                        f"patch of the image is covered (peak {float(m.flat[np.argmax(np.abs(m))]):+.3g} logits at "
                        f"row {iy}, column {ix} of {m.shape[0]}x{m.shape[1]})")
            if share:
                best = max(share, key=lambda k: share[k])
                if share[best] > 0.3:  # only worth saying when the map sits in one corner
                    html.append(f"; {share[best]:.0%} of its mass in the {best.replace('_', '-')} corner")
            html.append("</p>")
        html.append(token_map_html(r.metrics.get("token_maps") or {}, nid))
        self.details.setHtml("".join(html))
        w = r.node_maps[nid].shape[1] if nid in r.node_maps else 32
        data = self.audit.node_map_png(nid, scale=max(2, 120 // max(1, w)))
        pix = QPixmap()
        if data:
            pix.loadFromData(data, "PNG")
        self.map_label.setPixmap(pix)
        self.graph.mark(nid)

    def _threshold_changed(self, v: int) -> None:
        self.slider_label.setText(f"threshold: {v}% of the strongest effect")
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
