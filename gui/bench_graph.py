"""Speed of the causal graph view on a large synthetic graph: first draw, pan, threshold, search.

``measure()`` builds a seeded layered graph (8 layers of units, every unit with an effect, edges between
neighbouring layers and into the output), shows the view offscreen at 1000x700 and times:

- ``first_draw_s``: ``set_graph`` plus the first complete repaint of the viewport;
- ``pan_fps``: frames per second while the view range moves by 3% of its size per frame (alternating
  right, down, left, up so that the view stays on the graph); every frame is a full repaint of the
  viewport (``update()`` of the whole viewport, then ``processEvents()``), and the paint events that really
  reached the viewport are counted (``pan_paints``) so that a frame that painted nothing cannot pass as
  fast. ``pan_zoomed_fps`` and ``pan_close_fps``: the same zoomed in 2x and 4x (``labels_*``: how many
  node names the view draws there; each pan starts once the view has drawn the new zoom);
  ``zoom_fps``: zooming in 3% a frame and back out (a view may draw a zoom scaled until it pauses);
- ``threshold_to_0_s`` / ``threshold_to_50_s``: ``apply_threshold`` from 50% to 0% and back, each with the
  repaint that shows it (``*_call_s``: the call alone);
- ``search_s``: ``search()`` of a unit id, where the view has one (the view centres on the hit).

``measure(cls=gui.pages.causal.GraphView)`` measures the view the page used before; ``compare()`` does both.
``run_bench(args, ctx)`` prints them (``main.py bench graph``).
"""

from __future__ import annotations

import os
import time
from typing import Any

import numpy as np


def synthetic_graph(nodes: int = 2000, edges: int = 10000, layers: int = 8, seed: int = 0,
                    insignificant: float = 0.1) -> tuple[list[str], list[dict], list[dict]]:
    """A layered graph: ``nodes`` units over ``layers`` layers (effects normal, both signs), ``edges`` edges
    between neighbouring layers (a share ``insignificant`` of them marked not significant) and from every unit
    of the last layer into ``output:0`` (counted in ``edges``)."""
    rng = np.random.default_rng(seed)
    names = [f"layer{i}" for i in range(layers)]
    per = np.full(layers, nodes // layers)
    per[: nodes - int(per.sum())] += 1
    ns = [{"id": f"{names[i]}:{u}", "layer": names[i], "unit": u, "effect": float(rng.normal()),
           "ci": [None, None], "p_value": None} for i in range(layers) for u in range(int(per[i]))]
    last = int(per[-1])
    out_edges = [{"source": f"{names[-1]}:{u}", "target": "output:0", "effect": float(rng.normal()),
                  "significant": True} for u in range(last)]
    es: list[dict] = []
    left = max(0, edges - len(out_edges))
    for k in range(left):
        i = k % max(1, layers - 1)
        a, b = int(rng.integers(per[i])), int(rng.integers(per[i + 1]))
        es.append({"source": f"{names[i]}:{a}", "target": f"{names[i + 1]}:{b}", "effect": float(rng.normal()),
                   "significant": bool(rng.random() >= insignificant)})
    return names, ns, es + out_edges


def measure(nodes: int = 2000, edges: int = 10000, frames: int = 60, cls: Any = None, seed: int = 0) -> dict:
    """Figures for one view class (default :class:`gui.graphview.GraphView`); see the module docstring."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    if cls is None:
        from gui.graphview import GraphView

        cls = GraphView
    layers, ns, es = synthetic_graph(nodes, edges, seed=seed)

    class PaintCounter(QObject):
        count = 0

        def eventFilter(self, obj: Any, ev: Any) -> bool:
            if ev.type() == QEvent.Type.Paint:
                self.count += 1
            return False

    view = cls()
    view.resize(1000, 700)
    view.show()
    app.processEvents()
    counter = PaintCounter()
    view.viewport().installEventFilter(counter)

    def frame() -> None:
        view.viewport().update()  # the whole viewport, painted by the next line (one paint event)
        app.processEvents()

    def settle() -> None:
        frame()
        end = time.perf_counter() + 0.3
        while time.perf_counter() < end:
            app.processEvents()
            time.sleep(0.01)
        frame()

    t = time.perf_counter()
    view.set_graph(layers, ns, es, target=0)
    frame()
    first_draw = time.perf_counter() - t
    frame()  # a second frame: anything set up lazily on the first one is in place

    vb = view.getPlotItem().getViewBox()
    (x0, x1), (y0, y1) = vb.viewRange()
    results = {}
    labels = {}
    # the full view, zoomed in 2x, and 4x (where a view with level of detail names the nodes)
    for name, scale in (("full", 1.0), ("zoomed", 0.5), ("close", 0.25)):
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        w, h = (x1 - x0) * scale, (y1 - y0) * scale
        vb.setRange(xRange=(cx - w / 2, cx + w / 2), yRange=(cy - h / 2, cy + h / 2), padding=0)
        settle()  # a view that draws a zoom scaled first has drawn it properly by now
        labels[name] = len(view.labelled_ids()) if hasattr(view, "labelled_ids") else None
        steps = [(0.03 * w, 0.0), (0.0, 0.03 * h), (-0.03 * w, 0.0), (0.0, -0.03 * h)]
        before = counter.count
        t = time.perf_counter()
        for f in range(frames):
            dx, dy = steps[(f // 5) % 4]
            vb.translateBy(x=dx, y=dy)
            frame()
        dt = time.perf_counter() - t
        results[name] = (frames / dt, counter.count - before)
    vb.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)
    frame()
    t = time.perf_counter()
    for f in range(frames):  # zoom in by 3% a frame, then back out: every frame at a new scale
        s = 0.97 if f < frames // 2 else 1 / 0.97
        vb.scaleBy((s, s))
        frame()
    zoom_fps = frames / (time.perf_counter() - t)
    vb.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)
    settle()

    def timed(frac: float) -> tuple[float, float]:
        t = time.perf_counter()
        view.apply_threshold(frac)
        call = time.perf_counter() - t
        frame()
        return call, time.perf_counter() - t

    timed(0.5)
    to0_call, to0 = timed(0.0)
    to50_call, to50 = timed(0.5)
    timed(0.0)
    search_s = None
    if hasattr(view, "search"):
        t = time.perf_counter()
        view.search(f"{layers[3]}:17")
        frame()
        search_s = time.perf_counter() - t
    out = {"view": f"{cls.__module__}.{cls.__qualname__}", "nodes": len(ns) + 1, "edges": len(es),
           "first_draw_s": round(first_draw, 4),
           "pan_fps": round(results["full"][0], 1), "pan_paints": results["full"][1],
           "pan_zoomed_fps": round(results["zoomed"][0], 1), "pan_zoomed_paints": results["zoomed"][1],
           "pan_close_fps": round(results["close"][0], 1), "pan_close_paints": results["close"][1],
           "zoom_fps": round(zoom_fps, 1),
           "labels_full": labels["full"], "labels_zoomed": labels["zoomed"], "labels_close": labels["close"],
           "frames": frames,
           "threshold_to_0_s": round(to0, 4), "threshold_to_0_call_s": round(to0_call, 4),
           "threshold_to_50_s": round(to50, 4), "threshold_to_50_call_s": round(to50_call, 4),
           "search_s": None if search_s is None else round(search_s, 4)}
    view.viewport().removeEventFilter(counter)
    view.close()
    view.deleteLater()
    app.processEvents()
    return out


def compare(nodes: int = 2000, edges: int = 10000, frames: int = 60) -> list[dict]:
    """The page's earlier view (``gui.pages.causal.GraphView``) and this one, same graph."""
    from gui.graphview import GraphView
    from gui.pages import causal

    rows = []
    if causal.GraphView is not GraphView:
        rows.append(measure(nodes, edges, frames, cls=causal.GraphView))
    rows.append(measure(nodes, edges, frames, cls=GraphView))
    return rows


def run_bench(args: Any, ctx: Any) -> int:
    """``main.py bench graph``: the figures of :func:`compare` (``--quick``: 20 frames)."""
    frames = 20 if getattr(args, "quick", False) else 60
    rows = compare(frames=frames)
    if getattr(ctx, "json", False):
        ctx.emit_json({"bench": "graph", "rows": rows})
        return 0
    ctx.out(f"graph view bench: {rows[0]['nodes']} nodes, {rows[0]['edges']} edges, 1000x700 offscreen, "
            f"{frames} pan frames (each a full repaint)")
    ctx.out(f"{'view':<28} {'draw s':>7} {'pan fps':>8} {'zoomed':>7} {'thr->0 s':>9} {'thr->50 s':>9} "
            f"{'search s':>9}")
    for r in rows:
        s = "-" if r["search_s"] is None else f"{r['search_s']:.4f}"
        ctx.out(f"{r['view']:<28} {r['first_draw_s']:>7.3f} {r['pan_fps']:>8.1f} {r['pan_zoomed_fps']:>7.1f} "
                f"{r['threshold_to_0_s']:>9.4f} {r['threshold_to_50_s']:>9.4f} {s:>9}")
    return 0
