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
from PySide6.QtWidgets import QPushButton

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
    assert page.graph.selected == f"output:{r.target}" and "the target output" in page.details.toPlainText()
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
    assert page.details.toPlainText() == "" and page.map_label.pixmap().isNull()
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
    assert page.summary_label.text().startswith("Class 0 (ring):")
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
