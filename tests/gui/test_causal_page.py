"""The Model audit page, driven with a tiny ground-truth model through the real worker machinery,
and with the session's bundled demo audit for what the page shows of it."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import networkx as nx
import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QPushButton

from engine.causal import api
from engine.loading import save_safetensors
from tests.causal.causal_models import GroundTruthNet, target_images

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def page(make_page):
    return make_page("causal", (1300, 820))


@pytest.fixture
def tiny_inputs(tmp_path):
    weights = tmp_path / "gt.safetensors"
    save_safetensors(GroundTruthNet().state_dict(), weights)
    folder = tmp_path / "imgs"
    folder.mkdir()
    for i, a in enumerate(target_images(16).permute(0, 2, 3, 1).numpy()):
        Image.fromarray((a * 255).round().astype(np.uint8)).save(folder / f"im{i:02d}.png")
    return str(weights), f"{ROOT / 'tests' / 'causal' / 'causal_models.py'}:build_ground_truth", str(folder)


def _fill(page, qtbot, weights, code, folder, target=1):
    page.model_edit.setText(weights)
    page.code_edit.setText(code)
    page.data_edit.setText(folder)
    page.target_spin.setValue(target)
    page.load_layers()
    qtbot.waitUntil(lambda: page.layer_list.count() > 0, timeout=30000)


def _run(page, qtbot):
    page.ctx.last_error = None
    page.run_btn.click()
    qtbot.waitUntil(lambda: page.run_btn.isEnabled(), timeout=90000)


def test_run_explore_save_export(page, qtbot, tiny_inputs, tmp_path):
    assert page.title == "Model audit"
    # completed audits are saved automatically: there is no separate save button
    assert "Save report" not in [b.text() for b in page.findChildren(QPushButton)]
    _fill(page, qtbot, *tiny_inputs)
    assert page.chosen_layers() == ("conv1", "conv2")  # the last weighted layer (the logits) is unchecked
    _run(page, qtbot)
    assert page.ctx.last_error is None
    r = page.result
    # saved at once, and the page says so
    assert page.saved_id is not None and page.saved_label.text() == f"Saved as report #{page.saved_id}"
    rep = page.ctx.store.get(page.saved_id)
    assert rep.kind == "causal" and page.ctx.store.count() == 1
    assert rep.inputs["model gt.safetensors"] == page.audit.input_digests["model gt.safetensors"]
    # the graph shows every node plus the output, edges in one item
    assert len(page.graph.scatter.points()) == len(r.nodes) + 1
    assert page.graph.edges.count == len(r.edges)  # the edges into the output are part of the result
    assert page.graph.edges.dashed == sum(1 for e in r.edges if not e.significant)
    assert {"conv1:0", "conv1:1", "conv2:0"} <= set(page.graph.visible_ids)
    assert "conv2:1" not in page.graph.visible_ids  # the decoy is not in the graph
    # hover text and click details with the node map
    assert "effect" in page.graph._tip(0, 0, "conv2:0")
    page.select_node("conv1:0")
    assert "conv1:0" in page.details.toPlainText() and "95% CI" in page.details.toPlainText()
    assert not page.map_label.pixmap().isNull()
    assert page.graph.selected == "conv1:0"
    page.select_node(f"output:{r.target}")  # the output: its details, and the ring leaves conv1:0
    assert page.graph.selected == f"output:{r.target}" and "The target output" in page.details.toPlainText()
    page.select_node("conv1:0")
    # threshold slider filters nodes
    before = len(page.graph.visible_ids)
    page.slider.setValue(90)
    assert len(page.graph.visible_ids) < before
    page.slider.setValue(0)
    # figures are drawn
    assert len(page.deletion_plot.getPlotItem().listDataItems()) == 4  # causal, activation, gradient, random
    assert "Kendall" in page.stats_text.toHtml()
    assert not page.grab().isNull()
    # exports of the saved audit
    out = page.export_graphml(str(tmp_path / "g.graphml"))
    g = nx.read_graphml(out)
    assert g.number_of_nodes() == len(r.nodes) + 1
    js = json.loads(Path(page.export_json(str(tmp_path / "g.json"))).read_text())
    assert js["report_id"] == page.saved_id and len(js["nodes"]) == len(r.nodes)


def test_failed_load_leaves_nothing_of_the_last_run(page, qtbot, tiny_inputs, tmp_path):
    _fill(page, qtbot, *tiny_inputs)
    _run(page, qtbot)
    assert page.result is not None and page.ctx.store.count() == 1
    broken = tmp_path / "broken.safetensors"
    broken.write_bytes(b"\x08\x00\x00\x00\x00\x00\x00\x00{nope!!}")
    assert page.layer_list.count() > 0
    page.model_edit.setText(str(broken))
    # the earlier model's layers go as soon as another model is named, before any load
    assert page.layer_list.count() == 0 and page.request().layers == ()
    # loading the layers of the broken model fails and leaves no layers of the earlier model
    page.ctx.last_error = None
    page.load_layers()
    qtbot.waitUntil(lambda: page.ctx.last_error is not None, timeout=30000)
    assert "corrupt safetensors header" in page.ctx.last_error
    assert page.layer_list.count() == 0
    # running it fails too: the earlier audit is gone from the page and from every export
    _run(page, qtbot)
    assert "corrupt safetensors header" in page.ctx.last_error
    assert page.audit is None and page.result is None and page.saved_id is None
    assert len(page.graph.scatter.points()) == 0 and page.graph.edges.count == 0
    assert "Run an audit" in page.details.toPlainText() and "conv1:0" not in page.details.toPlainText()
    assert page.map_label.pixmap().isNull()
    assert not page.deletion_plot.getPlotItem().listDataItems()
    assert page.saved_label.text() == "" and "failed" in page.summary_label.text()
    assert not page.export_btn.isEnabled() and not page.json_btn.isEnabled()
    assert page.export_graphml(str(tmp_path / "stale.graphml")) is None
    assert page.export_json(str(tmp_path / "stale.json")) is None
    assert not (tmp_path / "stale.graphml").exists() and not (tmp_path / "stale.json").exists()
    assert page.ctx.store.count() == 1  # only the completed audit was saved


def test_bad_input_shows_one_message(page, qtbot, tiny_inputs):
    _fill(page, qtbot, *tiny_inputs, target=7)
    _run(page, qtbot)
    assert "out of range" in page.ctx.last_error
    assert page.result is None and page.ctx.store.count() == 0
    assert page.saved_label.text() == ""


def test_graph_view_holds_thousands_of_nodes(qtbot):
    from gui.pages.causal import GraphView

    view = GraphView()
    qtbot.addWidget(view)
    rng = np.random.default_rng(0)
    layers = [f"l{i}" for i in range(4)]
    nodes = [{"id": f"l{i}:{u}", "layer": f"l{i}", "unit": u, "effect": float(rng.normal())}
             for i in range(4) for u in range(500)]
    edges = [{"source": f"l{i}:{rng.integers(500)}", "target": f"l{i + 1}:{rng.integers(500)}",
              "effect": float(rng.normal())} for i in range(3) for _ in range(3400)]
    view.set_graph(layers, nodes, edges, target=0)
    view.resize(900, 600)
    view.show()
    assert len(view.scatter.points()) == 2001
    assert view.edges.count >= 10000
    view.apply_threshold(0.5)
    assert len(view.visible_ids) < 2001
    assert not view.grab().isNull()


def test_bundled_demo_points_at_the_corner(page, qtbot, demo_audit):
    """The Clever-Hans demo from the page: the button asks for the demo audit (weights checked against the
    manifest); its result, as the worker hands it over, is saved and the strongest fc1 node's details name
    the corner."""
    page.use_demo()
    qtbot.waitUntil(lambda: page.layer_list.count() > 0, timeout=30000)
    assert page.target_spin.text() == "0  (ring)"  # the class is named in the form, not only in the result
    request = page.request()
    assert request.layers == ("conv1", "conv2", "conv3", "fc1")  # the default layers, checked
    assert dataclasses.replace(request, layers=()) == api.demo_request(page.ctx.assets, device="cpu")
    assert request.manifest_dir == page.ctx.assets / "causal"
    page.show_result(demo_audit)  # what the worker delivers when api.run_audit(request) completes
    assert page.summary_label.text().startswith("<b>Class 0 (ring)</b>:")
    assert page.saved_label.text() == f"Saved as report #{page.saved_id}"
    assert page.ctx.store.get(page.saved_id).title == api.DEMO_TITLE
    top = max((n for n in page.result.nodes if n.layer == "fc1"), key=lambda n: n.effect)
    page.select_node(top.id)
    text = page.details.toPlainText()
    assert top.id in text and "top-left corner" in text
    assert page.graph.selected == top.id


def test_text_model_audit_shows_heads_and_token_maps(page, qtbot, tmp_path):
    """A BERT classifier folder and a .txt of texts: heads listed and checked by default, patching from a
    paired file, and the selected node's token map shown as highlighted text."""
    from tests.causal.text_models import TRIGGER, build_planted, planted_texts

    folder = build_planted(tmp_path / "bert")
    texts = [t for t, y in planted_texts(24, seed=3) if y == 1]
    data, pairs = tmp_path / "t.txt", tmp_path / "p.txt"
    data.write_text("\n".join(texts) + "\n", encoding="utf-8")
    pairs.write_text("\n".join(t.replace(TRIGGER, "laptop") for t in texts) + "\n", encoding="utf-8")
    page.model_edit.setText(str(folder))
    page.code_edit.setText("")
    page.data_edit.setText(str(data))
    page.pair_edit.setText(str(pairs))
    page.target_spin.setValue(1)
    page.metrics_check.setChecked(False)
    page.load_layers()
    qtbot.waitUntil(lambda: page.layer_list.count() > 0, timeout=30000)
    assert page.chosen_layers() == ("bert.encoder.layer.0.attention.self", "bert.encoder.layer.1.attention.self")
    _run(page, qtbot)
    assert page.ctx.last_error is None and page.audit is not None
    r = page.audit.result
    assert r.intervention == "patch" and "texts" in page.summary_label.text()
    top = max(r.nodes, key=lambda n: abs(n.effect))
    page.select_node(top.id)
    html = page.details.toHtml()
    assert "Token map" in html and TRIGGER in page.details.toPlainText() and "head " in page.details.toPlainText()
    assert page.saved_id is not None


# -- what the page shows of an audit: one tiny audit, computed once -------------------------------------------


@pytest.fixture(scope="module")
def named_audit(tmp_path_factory):
    """An audit of the ground-truth net whose two classes are named, as a bundled model's are."""
    tmp = tmp_path_factory.mktemp("named")
    weights = tmp / "gt.safetensors"
    save_safetensors(GroundTruthNet().state_dict(), weights)
    folder = tmp / "imgs"
    folder.mkdir()
    for i, a in enumerate(target_images(16).permute(0, 2, 3, 1).numpy()):
        Image.fromarray((a * 255).round().astype(np.uint8)).save(folder / f"im{i:02d}.png")
    request = api.AuditRequest(model=weights, data=folder, target=1,
                               model_code=f"{ROOT / 'tests' / 'causal' / 'causal_models.py'}:build_ground_truth",
                               layers=("conv1", "conv2"), samples=16, device="cpu")
    return dataclasses.replace(api.run_audit(request), class_names=("square", "ring"))


def _spot(view, nid):
    return next(p for p in view.scatter.points() if p.data() == nid)


def test_class_names_and_units_everywhere(page, named_audit):
    """Class 1 is "1 (ring)" in the form, the summary, the output's and a node's details and the deletion
    axis; effects say their unit (logits, percentage points)."""
    page.target_spin.setValue(1)  # the form that ran the audit
    page.show_result(named_audit)
    assert page.target_spin.text() == "1  (ring)"
    assert "Class 1 (ring)" in page.summary_label.text()
    page.select_node("output:1")
    out = page.details.toPlainText()
    assert "class 1 (ring)" in out and "mean probability" in out and "%" in out
    page.select_node("conv1:0")
    text = page.details.toPlainText()
    assert "effect on the logit of class 1 (ring): +" in text and " logits" in text and " pp" in text
    assert "e-0" not in text.split("p-value")[0]  # effects are not written in scientific notation
    assert page.deletion_plot.getPlotItem().getAxis("left").labelText == "P(ring)"
    # a saturated softmax: a probability change under 0.01 pp is written as such, not lost as markup
    tiny = dataclasses.replace(named_audit.result.node("conv1:0"), prob_effect=-4e-7)
    nodes = [tiny if n.id == "conv1:0" else n for n in named_audit.result.nodes]
    page.show_result(dataclasses.replace(named_audit, result=dataclasses.replace(named_audit.result, nodes=nodes)))
    page.select_node("conv1:0")
    assert "effect on the probability: −<0.01 pp" in page.details.toPlainText()


def test_numbers_are_formatted_with_their_unit():
    from gui.pages.causal import fmt_logits, fmt_pct, fmt_pp

    assert fmt_pp(0.0863) == "+8.63 pp" and fmt_pp(-0.25) == "-25.00 pp"
    assert fmt_pp(9.66e-06) == "+<0.01 pp" and fmt_pp(-4e-07) == "−<0.01 pp" and fmt_pp(0.0) == "+0.00 pp"
    assert fmt_logits(11.404) == "+11.40" and fmt_logits(-0.04123) == "-0.0412"
    assert fmt_pct(0.99996) == "99.996%" and fmt_pct(0.5) == "50.00%" and fmt_pct(1.0) == "100.00%"


def _fragments(browser):
    """(text, tooltip) of every run of text in a text browser."""
    out = []
    block = browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            out.append((frag.text(), frag.charFormat().toolTip()))
            it += 1
        block = block.next()
    return out


def test_every_metric_has_a_unit_and_a_tooltip(page, named_audit):
    import re

    page.show_result(named_audit)
    numbers = [(t, tip) for t, tip in _fragments(page.stats_text) if re.fullmatch(r"[+−-]?\d[\d.]*( nodes)?", t)]
    assert len(numbers) >= 3 * len(named_audit.result.agreement)
    assert all(tip for _, tip in numbers), [t for t, tip in numbers if not tip]
    # the causal-gradient tau of a zero-intervention audit says why it sits near +1
    grad = [tip for t, tip in _fragments(page.stats_text) if "gradient x activation scores" in tip]
    assert grad and all("piecewise linear" in tip for tip in grad)
    # the browser shows the tooltip of the number under the mouse
    page.figures.setCurrentWidget(page.stats_text)
    cursor = page.stats_text.document().find(numbers[0][0])
    rect = page.stats_text.cursorRect(cursor)
    assert page.stats_text.tip_at(rect.center() - QPoint(2, 0)) == numbers[0][1]
    # node details: every value carries its unit in the text and its meaning in a tooltip
    page.select_node("conv1:0")
    tips = dict(_fragments(page.details))
    eff = next(t for t in tips if t.endswith(" logits") and t.startswith("+"))
    assert "Mean change of the logit of class 1 (ring)" in tips[eff]
    assert any(t.endswith(" pp") and "percentage points" in tip for t, tip in tips.items())


def test_output_node_takes_the_ring(page, named_audit):
    page.show_result(named_audit)
    view = page.graph
    strongest = max(named_audit.result.nodes, key=lambda n: abs(n.effect)).id
    ring = view.highlight.points()
    assert view.selected == strongest and len(ring) == 1 and tuple(ring[0].pos()) == pytest.approx(view.pos[strongest])
    # a click on the output node (as the view reports it) moves the ring there and shows the output
    view.scatter.sigClicked.emit(view.scatter, [_spot(view, "output:1")], None)
    ring = view.highlight.points()
    assert view.selected == "output:1" and len(ring) == 1
    assert tuple(ring[0].pos()) == pytest.approx(view.pos["output:1"])
    assert "The target output" in page.details.toPlainText()


def test_browse_buttons_read_as_browse(page):
    assert len(page.browse_buttons) == 4
    for b in page.browse_buttons:
        assert b.toolTip().startswith("Browse…")
        assert not b.icon().isNull() or b.text() == "Browse…"
        assert b.width() >= b.sizeHint().width() >= 24


def test_figures_keep_their_legends_and_labels_clear(page, named_audit):
    page.show_result(named_audit)
    plot = page.deletion_plot.getPlotItem()
    assert plot.legend is None  # no legend inside the plot, over the curves
    legend = page.deletion_legend.text()
    dc = named_audit.result.deletion
    assert all(f"{name}&nbsp;{auc:.3f}" in legend for name, auc in dc.auc.items())
    # the stability plot's axis label fits the height the axis has at the smallest window
    page.resize(800, 660)
    page.figures.setCurrentIndex(1)
    QApplication.processEvents()
    axis = page.stability_plot.getPlotItem().getAxis("left")
    assert axis.label.boundingRect().width() <= axis.geometry().height()


def test_layout_fits_a_1024x700_window(page, named_audit):
    """The nav takes 210 px of a 1024-px window: the page fits the rest with a result shown; the side panels
    scroll rather than push the window wider, and the slider keeps a usable width."""
    page.show_result(named_audit)
    page.select_node("conv1:0")
    assert page.minimumSizeHint().width() <= 1024 - 210 - 16
    assert page.minimumSizeHint().height() <= 700 - 40
    page.resize(1024 - 210 - 16, 700 - 40)
    QApplication.processEvents()
    assert page.slider.width() >= 140
    for panel in (page.splitter.widget(0), page.splitter.widget(2)):
        right = panel.mapTo(page, QPoint(panel.width(), 0)).x()
        assert right <= page.width() and panel.width() >= 200


def test_empty_state_and_busy_buttons(page, qtbot, tiny_inputs):
    assert page.graph_stack.currentWidget() is page.graph_placeholder
    assert "Run audit" in page.graph_placeholder.text() and "Image demo" in page.graph_placeholder.text()
    assert "click a node" in page.details.toPlainText()
    page.model_edit.setText(tiny_inputs[0])
    page.code_edit.setText(tiny_inputs[1])
    page.load_layers()  # a job of the page: nothing else that starts one can be pressed meanwhile
    buttons = (page.run_btn, page.layers_btn, page.demo_btn, page.text_demo_btn)
    assert not any(b.isEnabled() for b in buttons)
    qtbot.waitUntil(lambda: page.layer_list.count() > 0 and page.run_btn.isEnabled(), timeout=30000)
    assert all(b.isEnabled() for b in buttons)


def test_find_node_and_edge_filter_from_the_page(page, qtbot, named_audit):
    """The search box selects and shows a node; the edge filter hides weak edges and keeps every node;
    arrow keys in the graph move the details along."""
    page.show_result(named_audit)
    view = page.graph
    nodes_before, edges_before = len(view.visible_ids), view.edges.count
    weakest = min(named_audit.result.nodes, key=lambda n: abs(n.effect)).id
    page.search_edit.setText(weakest)
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    assert view.selected == weakest and weakest in page.details.toPlainText()
    assert page.find_node("no-such-layer:999") == [] and view.selected == weakest
    page.edge_slider.setValue(90)
    assert page.edge_label.text() == "Edges ≥ 90%"
    assert 0 < view.edges.count < edges_before and len(view.visible_ids) == nodes_before
    page.edge_slider.setValue(0)
    assert view.edges.count == edges_before
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert view.selected == "output:1" and "The target output" in page.details.toPlainText()
