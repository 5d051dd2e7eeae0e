"""The causal graph view (gui.graphview.GraphView): what the page relies on, the threshold and edge filter,
search, the keyboard, the output node, the wide-layer layout, level of detail and the cached edge image."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from gui.bench_graph import synthetic_graph
from gui.graphview import LABEL_PX, MAX_LABELS, GraphView, choose_row_width, layered_layout


def small_graph():
    """Two layers and the output: a:0 (+1.0), a:1 (-0.2), a:2 (+0.6); b:0 (-0.9), b:1 (+0.3)."""
    layers = ["a", "b"]
    nodes = [{"id": "a:0", "layer": "a", "unit": 0, "effect": 1.0, "ci": [0.8, 1.2], "p_value": 0.001},
             {"id": "a:1", "layer": "a", "unit": 1, "effect": -0.2, "ci": [-0.3, -0.1], "p_value": 0.02},
             {"id": "a:2", "layer": "a", "unit": 2, "effect": 0.6, "ci": [0.5, 0.7], "p_value": 0.01},
             {"id": "b:0", "layer": "b", "unit": 0, "effect": -0.9, "ci": [-1.0, -0.8], "p_value": 0.001},
             {"id": "b:1", "layer": "b", "unit": 1, "effect": 0.3, "ci": [0.2, 0.4], "p_value": 0.03}]
    edges = [{"source": "a:0", "target": "b:0", "effect": -0.8, "significant": True},
             {"source": "a:1", "target": "b:0", "effect": 0.1, "significant": False},
             {"source": "a:2", "target": "b:1", "effect": 0.4, "significant": True},
             {"source": "a:0", "target": "b:1", "effect": 0.2, "significant": True},
             {"source": "b:0", "target": "output:0", "effect": -0.9, "significant": True},
             {"source": "b:1", "target": "output:0", "effect": 0.3, "significant": True},
             {"source": "a:9", "target": "b:0", "effect": 0.5}]  # an unknown node: not drawn
    return layers, nodes, edges


@pytest.fixture
def view(qtbot):
    clicks: list[str] = []
    v = GraphView(on_click=clicks.append)
    v.clicks = clicks
    qtbot.addWidget(v)
    v.resize(1000, 700)
    v.show()
    qtbot.waitExposed(v)
    return v


def _shown_edges(v):
    return {(v.edge_list[i]["source"], v.edge_list[i]["target"]) for i in np.nonzero(v.edges.shown())[0]}


def test_interface_the_page_uses(view):
    layers, nodes, edges = small_graph()
    view.set_graph(layers, nodes, edges, target=0, class_names=("ring", "cross"))
    assert len(view.scatter.points()) == 6  # five nodes and the output
    assert {p.data() for p in view.scatter.points()} == {"a:0", "a:1", "a:2", "b:0", "b:1", "output:0"}
    assert view.visible_ids == ["a:0", "a:1", "a:2", "b:0", "b:1", "output:0"]
    assert view.edges.count == 6 and view.edges.dashed == 1  # the unknown node's edge is not drawn
    assert set(view.pos) == set(view.visible_ids) and view.nodes[-1]["id"] == "output:0"
    # input layers below, the output on top
    assert view.pos["a:0"][1] < view.pos["b:0"][1] < view.pos["output:0"][1]
    tip = view._tip(0, 0, "a:0")
    assert "effect +1.000" in tip and "[+0.800, +1.200]" in tip and "p = 0.001" in tip
    assert "target output" in view._tip(0, 0, "output:0")
    view.mark("b:1")
    assert view.selected == "b:1"
    assert view.highlight.points()[0].pos() == QPointF(*view.pos["b:1"])
    # a click selects and calls on_click
    view._clicked(view.scatter, [p for p in view.scatter.points() if p.data() == "a:2"])
    assert view.selected == "a:2" and view.clicks == ["a:2"]
    # the page's "clear": nothing left
    view.selected = None
    view.set_graph([], [], [])
    assert len(view.scatter.points()) == 0 and view.edges.count == 0 and view.visible_ids == []
    assert view.labelled_ids() == [] and not view.grab().isNull()


def test_threshold_hides_nodes_and_their_edges(view):
    layers, nodes, edges = small_graph()
    view.set_graph(layers, nodes, edges, target=0)
    view.apply_threshold(0.5)  # |effect| >= 0.5 of the strongest (1.0): a:0, a:2, b:0 and the output
    assert view.visible_ids == ["a:0", "a:2", "b:0", "output:0"]
    assert {p.data() for p in view.scatter.points()} == {"a:0", "a:2", "b:0", "output:0"}
    assert _shown_edges(view) == {("a:0", "b:0"), ("b:0", "output:0")}
    assert view.edges.count == 2 and view.edges.dashed == 0
    view.mark("a:1")  # a hidden node gets no ring
    assert len(view.highlight.points()) == 0
    view.apply_threshold(0.0)
    assert len(view.visible_ids) == 6 and view.edges.count == 6 and view.edges.dashed == 1
    assert len(view.highlight.points()) == 1  # shown again, a:1 is ringed again


def test_edge_filter_is_separate_from_the_threshold(view):
    layers, nodes, edges = small_graph()
    view.set_graph(layers, nodes, edges, target=0)
    view.set_edge_filter(0.5)  # |effect| >= 0.5 of the strongest edge (0.9): 0.45
    assert _shown_edges(view) == {("a:0", "b:0"), ("b:0", "output:0")}
    assert len(view.visible_ids) == 6  # every node still shown
    view.apply_threshold(0.25)  # a:1 hidden; the filter still applies
    assert _shown_edges(view) == {("a:0", "b:0"), ("b:0", "output:0")}
    view.set_edge_filter(0.0)
    assert _shown_edges(view) == {("a:0", "b:0"), ("a:2", "b:1"), ("a:0", "b:1"), ("b:0", "output:0"),
                                  ("b:1", "output:0")}


def test_search_finds_centres_and_marks(view, qtbot):
    layers, nodes, edges = synthetic_graph(400, 1500, seed=1)
    view.set_graph(layers, nodes, edges, target=0, class_names=("ring",))
    got = []
    view.sigNodeSelected.connect(got.append)
    hits = view.search("LAYER3:17")
    assert hits[0] == "layer3:17" and set(hits) == {n["id"] for n in nodes if "layer3:17" in n["id"]}
    assert view.selected == "layer3:17" and got == ["layer3:17"]
    (x0, x1), (y0, y1) = view.getPlotItem().getViewBox().viewRange()
    x, y = view.pos["layer3:17"]
    assert abs((x0 + x1) / 2 - x) < 1e-6 and abs((y0 + y1) / 2 - y) < 1e-6
    assert "layer3:17" in view.labelled_ids()  # zoomed in far enough to read the names around it
    assert view.search("ring") == ["output:0"]  # the output by its class name
    assert view.search("no such node") == [] and view.search("  ") == []
    assert view.selected == "output:0"
    # a hidden node is found after the shown ones
    weak = min((n for n in nodes if n["layer"] == "layer2"), key=lambda n: abs(n["effect"]))
    view.apply_threshold(0.5)
    hits = view.search("layer2:")
    assert weak["id"] in hits and hits[0] in view.visible_ids
    assert hits.index(weak["id"]) >= len([h for h in hits if h in view.visible_ids])


def test_keyboard_moves_the_selection_and_activates(view, qtbot):
    layers, nodes, edges = small_graph()
    view.set_graph(layers, nodes, edges, target=0)
    got = []
    view.sigNodeSelected.connect(got.append)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert view.selected == "output:0"
    qtbot.keyClick(view, Qt.Key.Key_Down)  # the nearest node of layer b, under the output
    below = min(("b:0", "b:1"), key=lambda n: abs(view.pos[n][0] - view.pos["output:0"][0]))
    assert view.selected == below
    qtbot.keyClick(view, Qt.Key.Key_Left)
    qtbot.keyClick(view, Qt.Key.Key_Left)  # there is nothing further left: it stays
    assert view.selected == "b:0"  # the stronger node of b comes first (left)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.selected == "b:1"
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.selected in ("a:0", "a:1", "a:2") and view.pos[view.selected][1] < view.pos["b:1"][1]
    qtbot.keyClick(view, Qt.Key.Key_End)  # the strongest node
    assert view.selected == "a:0"
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.selected == "a:2"  # a's order: a:0 (1.0), a:2 (0.6), a:1 (-0.2)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert view.clicks == ["a:2", "a:2"]
    # told at every move, not when a key found nowhere to go
    expected = ["output:0", below] + (["b:0"] if below == "b:1" else []) + ["b:1", got[-3], "a:0", "a:2"]
    assert got == expected
    # the ring follows the keys
    assert view.highlight.points()[0].pos() == QPointF(*view.pos["a:2"])


def test_tab_gives_the_view_focus_and_moves_on(qtbot):
    box = QWidget()
    qtbot.addWidget(box)
    lay = QVBoxLayout(box)
    first, view, last = QLineEdit(), GraphView(), QLineEdit()
    for w in (first, view, last):
        lay.addWidget(w)
    box.show()
    qtbot.waitExposed(box)
    box.activateWindow()
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    assert view.hasFocus()
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert last.hasFocus()


def test_output_node_is_named_and_takes_the_highlight(view):
    layers, nodes, edges = small_graph()
    view.set_graph(layers, nodes, edges, target=0, class_names=("ring", "cross"))
    ticks = view.getPlotItem().getAxis("left")._tickLevels[0]
    assert [name for _, name in ticks] == ["a", "b", "output"]
    assert "output:0" in view.labelled_ids()  # the node is named on the graph, with its class
    assert view.labels._texts[view._index["output:0"]] == "output: ring"
    view.set_graph(layers, nodes, edges, target=1)  # no names known: the class number
    assert view.output_label == "output: class 1"
    view.set_graph(layers, nodes, edges, target=0, class_names=("ring", "cross"))
    view._clicked(view.scatter, [p for p in view.scatter.points() if p.data() == "a:0"])
    view._clicked(view.scatter, [p for p in view.scatter.points() if p.data() == "output:0"])
    assert view.selected == "output:0" and view.clicks == ["a:0", "output:0"]
    ring = view.highlight.points()
    assert len(ring) == 1 and ring[0].pos() == QPointF(*view.pos["output:0"])


def test_wide_layers_are_wrapped_and_keep_nodes_apart():
    counts = [600, 12, 1]
    xy, rows, centres = layered_layout(counts)
    pts = np.concatenate(xy)
    d = np.sqrt(((pts[:, None, :] - pts[None, :, :]) ** 2).sum(-1))
    d[np.diag_indices(len(pts))] = np.inf
    assert d.min() >= 0.999  # one scene unit between neighbours, across and between rows
    assert len(set(rows[0].tolist())) > 1  # the wide layer is wrapped...
    assert np.ptp(xy[0][:, 0]) < 600 / 4
    assert len(set(rows[1].tolist())) == 1  # ...the narrow one is one row
    # bands do not overlap: every row of a layer is below every row of the next
    assert xy[0][:, 1].max() < xy[1][:, 1].min() < xy[2][:, 1].min()
    assert xy[0][:, 1].min() <= centres[0] <= xy[0][:, 1].max()
    assert choose_row_width([20, 20, 20]) == 20  # a layer that fits comfortably is not wrapped


def test_wrapped_layout_on_screen(view):
    layers, nodes, edges = synthetic_graph(2000, 3000, seed=2)
    view.set_graph(layers, nodes, edges, target=0)
    xy = np.array([view.pos[n] for n in view.visible_ids])
    px, py = view.px_per_unit()
    scr = xy * [px, py]
    d = np.sqrt(((scr[:, None, :] - scr[None, :, :]) ** 2).sum(-1))
    d[np.diag_indices(len(scr))] = np.inf
    assert d.min() >= 10.0  # 2,000 nodes in 1000x700 stay at least 10 pixels apart
    sizes = np.array([p.size() for p in view.scatter.points()])
    assert sizes[:-1].max() <= 0.85 * d.min() + 0.5  # and are drawn no bigger than the room they have


def test_labels_appear_as_you_zoom_in(view):
    layers, nodes, edges = synthetic_graph(2000, 3000, seed=3)
    view.set_graph(layers, nodes, edges, target=0)
    assert view.labelled_ids() == ["output:0"]  # full view: only the output is named
    vb = view.getPlotItem().getViewBox()
    x, y = view.pos["layer4:0"]
    vb.setRange(xRange=(x - 8, x + 8), yRange=(y - 5, y + 5), padding=0)
    names = view.labelled_ids()
    assert view.px_per_unit()[0] >= LABEL_PX and 0 < len(names) <= MAX_LABELS
    assert "layer4:0" in names
    for nid in names:  # only nodes on screen
        px, py = view.pos[nid]
        assert x - 8 <= px <= x + 8 and y - 5 <= py <= y + 5
    assert not view.grab().isNull()
    view.autoRange()
    assert view.labelled_ids() == ["output:0"]


def _pixel(view, x, y):
    pt = view.mapFromScene(view.getPlotItem().getViewBox().mapViewToScene(QPointF(x, y)))
    return view.grab().toImage().pixelColor(pt.x(), pt.y())


def test_edges_are_drawn_red_over_blue_and_follow_a_pan(view, qtbot):
    layers = ["a", "b"]
    nodes = [{"id": "a:0", "layer": "a", "unit": 0, "effect": 1.0}, {"id": "b:0", "layer": "b", "unit": 0,
                                                                      "effect": 1.0}]
    # the same segment twice: a strong negative edge, then a strong positive one (drawn on top)
    edges = [{"source": "a:0", "target": "b:0", "effect": 1.0}, {"source": "a:0", "target": "b:0", "effect": -1.0}]
    view.set_graph(layers, nodes, edges)
    (ax, ay), (bx, by) = view.pos["a:0"], view.pos["b:0"]
    mid = ((ax + bx) / 2, (ay + by) / 2)
    c = _pixel(view, *mid)
    assert c.red() > 150 and c.blue() < 120  # red on top
    vb = view.getPlotItem().getViewBox()
    renders = view.edges.renders
    vb.translateBy(x=0.0, y=0.1 * (by - ay))
    qtbot.wait(1)
    c = _pixel(view, *mid)
    assert c.red() > 150 and c.blue() < 120  # the line is still where the edge is
    assert view.edges.renders == renders  # a small pan moves the cached image, it does not draw again
    view.apply_threshold(0.0)
    view.set_edge_filter(2.0)  # no edge is that strong
    c = _pixel(view, *mid)
    assert c.red() > 240 and c.green() > 240 and c.blue() > 240  # the background: the cache was redrawn
