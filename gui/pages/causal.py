"""Model audit: causal path-intervention graph of one class, explored interactively.

Left: inputs (model, architecture factory, images, target, layers, intervention, samples) and Run.
Centre: the layered graph (pyqtgraph: one scatter item for the nodes, one item for the edges),
a threshold slider, and below it the deletion curves and the stability / agreement / robustness
figures. Right: the details of the clicked node with its input-space map. Save report and Export
GraphML act on the last result. All computation runs through ``ctx.run`` on a worker thread.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPicture, QPixmap
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDoubleSpinBox, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPushButton, QSlider, QSpinBox, QSplitter, QTabWidget, QTextBrowser,
    QVBoxLayout, QWidget,
)

from ..context import AppContext

POS = (200, 40, 40)
NEG = (40, 90, 210)


# -- the graph view ----------------------------------------------------------------------------------------


class EdgeItem(pg.GraphicsObject):
    """All edges in one item: a QPicture of lines, width by |effect|, colour by sign."""

    def __init__(self) -> None:
        super().__init__()
        self.picture = QPicture()
        self._rect = QRectF()
        self.count = 0

    def set_edges(self, segs: np.ndarray, effects: np.ndarray) -> None:
        """``segs``: (E, 4) x0, y0, x1, y1; ``effects``: (E,)."""
        self.prepareGeometryChange()
        pic = QPicture()
        p = QPainter(pic)
        self.count = len(segs)
        if len(segs):
            peak = float(np.max(np.abs(effects))) or 1.0
            # bucket widths and colours so that the painter changes pen a few times, not per edge
            for sign, rgb in ((1, POS), (-1, NEG)):
                for b in range(4):
                    lo, hi = b / 4, (b + 1) / 4
                    mag = np.abs(effects) / peak
                    sel = (np.sign(effects) == sign) & (mag >= lo) & ((mag < hi) if b < 3 else (mag <= 1.0))
                    if not sel.any():
                        continue
                    pen = QPen(QColor(*rgb, 70 + 45 * b))
                    pen.setWidthF(0.6 + 1.2 * b)
                    pen.setCosmetic(True)
                    p.setPen(pen)
                    p.drawLines([QPointF(a, b_) for x in segs[sel] for a, b_ in ((x[0], x[1]), (x[2], x[3]))])
            self._rect = QRectF(float(segs[:, [0, 2]].min()), float(segs[:, [1, 3]].min()),
                                float(np.ptp(segs[:, [0, 2]])) or 1.0, float(np.ptp(segs[:, [1, 3]])) or 1.0)
        else:
            self._rect = QRectF()
        p.end()
        self.picture = pic
        self.update()

    def paint(self, painter: QPainter, *args: Any) -> None:  # noqa: D401 - Qt override
        self.picture.play(painter)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
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
        """``nodes``: dicts with id, layer, unit, effect (+ anything); ``edges``: source, target, effect."""
        self.layers = list(layers)
        self.nodes = list(nodes)
        self.edge_list = list(edges)
        if target is not None:
            out = {"id": f"output:{target}", "layer": "output", "unit": target, "effect": None}
            self.nodes = self.nodes + [out]
            last = [n for n in nodes if n["layer"] == layers[-1]]
            self.edge_list = self.edge_list + [{"source": n["id"], "target": out["id"], "effect": n["effect"]} for n in last]
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
        self.edges.set_edges(segs, np.array([e["effect"] or 0.0 for e in es], dtype=float))
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


def _compute(model_path: str, model_code: str | None, data_dir: str, params: Any, device: str, job: Any = None) -> dict:
    """Worker-thread body: load through the safe loaders, run the audit, build the draft."""
    from engine.causal.audit import run_audit
    from engine.causal.cli import load_inputs
    from engine.causal.report import build_draft

    model, x, inputs, _files, _loaded = load_inputs(model_path, model_code or None, data_dir, device)
    result = run_audit(model, x, params, job=job)
    draft = build_draft(result, params, inputs, Path(model_path).name, Path(data_dir).name)
    return {"result": result, "draft": draft}


def _list_layers(model_path: str, model_code: str | None, job: Any = None) -> list[tuple[str, str, bool]]:
    from engine.causal.interventions import weighted_layers
    from engine.loading import load_model

    loaded = load_model(model_path, model_code or None)
    weighted = weighted_layers(loaded.module)
    default = set(weighted[:-1])
    return [(name, type(m).__name__, name in default) for name, m in loaded.module.named_modules() if name]


class Page(QWidget):
    title = "Model audit"
    shortcut = "Ctrl+1"

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.result: Any = None
        self.draft: dict | None = None
        self.saved_id: int | None = None
        self.busy = False

        # inputs
        self.model_edit = QLineEdit()
        self.model_edit.setPlaceholderText(".safetensors file or Hugging Face folder")
        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText("FILE.py:FACTORY (for .safetensors)")
        self.data_edit = QLineEdit()
        self.data_edit.setPlaceholderText("folder of target-class images")
        self.target_spin = QSpinBox()
        self.target_spin.setRange(0, 100000)
        self.layer_list = QListWidget()
        self.layer_list.setMinimumHeight(110)
        self.kind_combo = QComboBox()
        self.kind_combo.addItems(["zero", "mean", "soft"])
        self.beta_spin = QDoubleSpinBox()
        self.beta_spin.setRange(0.0, 10.0)
        self.beta_spin.setSingleStep(0.05)
        self.samples_spin = QSpinBox()
        self.samples_spin.setRange(2, 100000)
        self.samples_spin.setValue(100)
        self.metrics_check = QCheckBox("faithfulness, stability, robustness metrics")
        self.metrics_check.setChecked(True)
        self.run_btn = QPushButton("Run audit")
        self.run_btn.clicked.connect(self.run)
        demo_btn = QPushButton("Use the bundled demo")
        demo_btn.clicked.connect(self.use_demo)
        layers_btn = QPushButton("Load layers")
        layers_btn.clicked.connect(self.load_layers)

        def browse_row(edit: QLineEdit, kind: str) -> QWidget:
            w = QWidget()
            h = QHBoxLayout(w)
            h.setContentsMargins(0, 0, 0, 0)
            h.addWidget(edit)
            b = QPushButton("…")
            b.setToolTip("Browse")
            b.setFixedWidth(32)
            b.clicked.connect(lambda: self._browse(edit, kind))
            h.addWidget(b)
            return w

        form = QFormLayout()
        form.addRow("Model", browse_row(self.model_edit, "model"))
        form.addRow("Architecture", browse_row(self.code_edit, "code"))
        form.addRow("Images", browse_row(self.data_edit, "dir"))
        form.addRow("Target class", self.target_spin)
        form.addRow("Intervention", self.kind_combo)
        form.addRow("Soft beta", self.beta_spin)
        form.addRow("Samples (max)", self.samples_spin)
        inputs = QGroupBox("Inputs")
        iv = QVBoxLayout(inputs)
        iv.addLayout(form)
        iv.addWidget(QLabel("Layers (checked = audited):"))
        iv.addWidget(self.layer_list)
        iv.addWidget(layers_btn)
        iv.addWidget(self.metrics_check)
        iv.addWidget(demo_btn)
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
        self.deletion_plot.addLegend()
        self.deletion_plot.setLabel("bottom", "fraction of last-layer units removed")
        self.deletion_plot.setLabel("left", "target probability")
        self.deletion_plot.getPlotItem().getAxis("left").enableAutoSIPrefix(False)
        self.stability_plot = pg.PlotWidget(background="w")
        self.stability_plot.setLabel("left", "mean appearance rate of kept nodes (bootstrap)")
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
        self.save_btn = QPushButton("Save report")
        self.save_btn.clicked.connect(self.save_report)
        self.export_btn = QPushButton("Export GraphML…")
        self.export_btn.clicked.connect(lambda: self.export_graphml())
        self.json_btn = QPushButton("Export JSON…")
        self.json_btn.clicked.connect(lambda: self.export_json())
        for b in (self.save_btn, self.export_btn, self.json_btn):
            b.setEnabled(False)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.addWidget(QLabel("<b>Node</b>"))
        rv.addWidget(self.details, 1)
        rv.addWidget(self.map_label)
        rv.addWidget(self.save_btn)
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
        if kind == "dir":
            path = QFileDialog.getExistingDirectory(self, "Image folder")
        elif kind == "code":
            path, _ = QFileDialog.getOpenFileName(self, "Architecture file", filter="Python (*.py)")
            if path:
                path += ":build"
        else:
            path, _ = QFileDialog.getOpenFileName(self, "Model weights", filter="safetensors (*.safetensors);;All (*)")
        if path:
            edit.setText(path)

    def use_demo(self) -> None:
        from engine.causal.demo_model import ASSET_DIR, TARGET, WEIGHTS, demo_images_dir

        self.model_edit.setText(str(ASSET_DIR / WEIGHTS))
        self.code_edit.setText(str(Path(__file__).resolve().parents[2] / "engine" / "causal" / "demo_model.py") + ":build")
        self.data_edit.setText(str(demo_images_dir()))
        self.target_spin.setValue(TARGET)
        self.load_layers()

    def load_layers(self) -> None:
        self.ctx.run(_list_layers, self.model_edit.text().strip(), self.code_edit.text().strip(),
                     label="Loading model", on_done=self.set_layers)

    def set_layers(self, rows: list[tuple[str, str, bool]]) -> None:
        self.layer_list.clear()
        for name, kind, checked in rows:
            item = QListWidgetItem(f"{name}  ({kind})")
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.layer_list.addItem(item)

    def chosen_layers(self) -> tuple[str, ...]:
        out = []
        for i in range(self.layer_list.count()):
            it = self.layer_list.item(i)
            if it.checkState() == Qt.CheckState.Checked:
                out.append(it.data(Qt.ItemDataRole.UserRole))
        return tuple(out)

    def params(self) -> Any:
        from engine.causal.audit import AuditParams

        return AuditParams(target=self.target_spin.value(), layers=self.chosen_layers(),
                           intervention=self.kind_combo.currentText(), samples=self.samples_spin.value(),
                           beta=self.beta_spin.value(), metrics=self.metrics_check.isChecked())

    # -- run ------------------------------------------------------------------------------------------------
    def run(self) -> None:
        model, data = self.model_edit.text().strip(), self.data_edit.text().strip()
        if not model or not data:
            self.ctx.error("Choose a model and an image folder first (or use the bundled demo).")
            return
        self.busy = True
        self.run_btn.setEnabled(False)
        self.ctx.run(_compute, model, self.code_edit.text().strip(), data, self.params(), self.ctx.device,
                     label="Running causal audit", on_done=self.show_result, on_error=self._failed)

    def _failed(self, _msg: str) -> None:
        self.busy = False
        self.run_btn.setEnabled(True)

    def show_result(self, out: dict) -> None:
        self.busy = False
        self.run_btn.setEnabled(True)
        self.result, self.draft, self.saved_id = out["result"], out["draft"], None
        r = self.result
        d = r.to_dict()
        m = r.metrics
        self.graph.set_graph(r.layers, d["nodes"], d["edges"], target=r.target)
        ex = ", ".join(f"{k}: {v}" for k, v in m["execution"].items())
        self.summary_label.setText(
            f"Class {r.target}: {len(r.nodes)} nodes, {len(r.edges)} edges from {m['samples']['used']} correctly "
            f"classified images ({m['intervention']} interventions; execution {ex}). Node size = |effect|, "
            "red = supports the target, blue = opposes it. Click a node for details.")
        self._show_metrics(m)
        for b in (self.save_btn, self.export_btn, self.json_btn):
            b.setEnabled(True)
        strongest = max(r.nodes, key=lambda n: abs(n.effect), default=None)
        if strongest is not None:
            self.select_node(strongest.id)
        self.ctx.status(f"causal audit done in {m.get('seconds', 0):.1f} s")

    def _show_metrics(self, m: dict) -> None:
        self.deletion_plot.clear()
        dc = m.get("deletion")
        if dc:
            colours = {"causal": POS, "activation": NEG, "random": (120, 120, 120)}
            for name, ys in dc["prob"].items():
                self.deletion_plot.plot(dc["x"], ys, pen=pg.mkPen(colours.get(name, (0, 150, 0)), width=2),
                                        name=f"{name} (AUC {dc['auc'][name]:.3f})")
        self.stability_plot.clear()
        st = (m.get("stability") or {}).get("bootstrap") or {}
        names = [k for k in st if st[k].get("kept_mean_rate") is not None]
        if names:
            ys = [st[k]["kept_mean_rate"] for k in names]
            self.stability_plot.addItem(pg.BarGraphItem(x=np.arange(len(names)), height=ys, width=0.6, brush=pg.mkBrush(*POS, 180)))
            self.stability_plot.getPlotItem().getAxis("bottom").setTicks([[(i, n) for i, n in enumerate(names)]])
            self.stability_plot.setYRange(0, 1.05)
        rows = ["<table cellpadding=3><tr><th>layer</th><th>τ causal–activation</th><th>τ causal–gradient</th>"
                "<th>τ activation–gradient</th></tr>"]
        for L, a in (m.get("agreement") or {}).items():
            f = lambda v: "–" if v is None else f"{v:+.2f}"  # noqa: E731
            rows.append(f"<tr><td>{L}</td><td>{f(a['tau_causal_activation'])}</td><td>{f(a['tau_causal_gradient'])}</td>"
                        f"<td>{f(a['tau_activation_gradient'])}</td></tr>")
        rows.append("</table>")
        rob = m.get("robustness")
        if rob:
            rows.append("<p><b>Local Lipschitz estimate of input maps</b> (lower = more stable):<br>" +
                        ", ".join(f"{k} {v:.3f}" for k, v in rob["mean"].items()) + "</p>")
        sw = (m.get("stability") or {}).get("beta_sweep")
        if sw:
            rows.append("<p><b>Soft-intervention sweep</b> on " + sw["layer"] + ": " + ", ".join(
                f"β={b:g}: {c} kept" for b, c in zip(sw["betas"], sw["kept_counts"])) + "</p>")
        self.stats_text.setHtml("<h4>Agreement of rankings (Kendall τ)</h4>" + "".join(rows))

    # -- nodes ----------------------------------------------------------------------------------------------
    def select_node(self, nid: str) -> None:
        r = self.result
        if r is None:
            return
        n = r.node(nid)
        if n is None:
            self.details.setHtml(f"<b>{nid}</b><br>the target output (class {r.target})")
            self.map_label.clear()
            return
        det = r.metrics["node_details"].get(nid, {})
        share = (r.metrics.get("map_corner_share") or {}).get(nid)
        ins = [e for e in r.edges if e.target == nid]
        outs = [e for e in r.edges if e.source == nid]
        html = [f"<h3>{nid}</h3>",
                f"<p>layer <b>{n.layer}</b>, unit {n.unit}; test: {'single unit' if n.test == 'unit' else 'path towards kept children'}</p>",
                f"<p>effect on the target logit: <b>{n.effect:+.4f}</b><br>95% CI [{n.ci[0]:+.4f}, {n.ci[1]:+.4f}]<br>"
                f"p = {n.p_value:.3g}, BH q = {n.q_value:.3g}</p>"]
        if det.get("prob_effect") is not None:
            html.append(f"<p>effect on the target probability: {det['prob_effect']:+.3g}</p>")
        html.append(f"<p>mean activation {n.mean_activation:.4g}; {len(ins)} incoming, {len(outs)} outgoing edges</p>")
        m = r.node_maps.get(nid)
        if m is not None:
            iy, ix = np.unravel_index(int(np.argmax(np.abs(m))), m.shape)
            html.append(f"<p>map peak at row {iy}, column {ix} of {m.shape[0]}x{m.shape[1]}")
            if share:
                best = max(share, key=share.get)
                if share[best] > 0.3:  # only worth saying when the map sits in one corner
                    html.append(f"; {share[best]:.0%} of its mass in the {best.replace('_', '-')} corner")
            html.append("</p>")
        self.details.setHtml("".join(html))
        from engine.causal.report import node_map_png

        w = r.node_maps[nid].shape[1] if nid in r.node_maps else 32
        data = node_map_png(r, nid, scale=max(2, 120 // max(1, w)))
        pix = QPixmap()
        if data:
            pix.loadFromData(data, "PNG")
        self.map_label.setPixmap(pix)
        self.graph.mark(nid)

    def _threshold_changed(self, v: int) -> None:
        self.slider_label.setText(f"threshold: {v}% of the strongest effect")
        self.graph.apply_threshold(v / 100.0)

    # -- output ---------------------------------------------------------------------------------------------
    def save_report(self) -> int | None:
        if self.draft is None:
            return None
        if self.saved_id is None:
            self.saved_id = self.ctx.save(self.draft)
        return self.saved_id

    def export_graphml(self, path: str | None = None) -> str | None:
        if self.result is None:
            return None
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, "Export GraphML", "causal-graph.graphml", "GraphML (*.graphml)")
            if not path:
                return None
        from engine.causal.graph import graphml_bytes
        from core.fileio import atomic_write_bytes

        atomic_write_bytes(Path(path), graphml_bytes(self.result.graph))
        self.ctx.status(f"graph exported to {path}")
        return path

    def export_json(self, path: str | None = None) -> str | None:
        """The graph and metrics as the command line's --json object (plus the saved report id, if any)."""
        if self.result is None:
            return None
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, "Export JSON", "causal-graph.json", "JSON (*.json)")
            if not path:
                return None
        import json

        from core.fileio import atomic_write_text

        obj = {**self.result.to_dict(), "report_id": self.saved_id}
        atomic_write_text(Path(path), json.dumps(obj, indent=1, allow_nan=False))
        self.ctx.status(f"graph exported to {path}")
        return path
