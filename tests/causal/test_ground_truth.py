"""The engine keeps every true unit and path and no decoy, where a ranking by activation fails."""

from __future__ import annotations

import json

import networkx as nx
import numpy as np
import pytest

from engine.causal.audit import AuditParams, run_audit
from engine.causal.effects import bh, summarize
from engine.causal.graph import graphml_bytes
from tests.causal.causal_models import TARGET, GroundTruthNet, target_images


@pytest.fixture(scope="module")
def audit():
    model = GroundTruthNet().eval()
    x = target_images(24)
    params = AuditParams(target=TARGET, layers=("conv1", "conv2"), bootstrap=5, betas=(0.0, 0.3),
                         lipschitz_samples=2, lipschitz_perturbations=3)
    return model, x, run_audit(model, x, params)


def _units(result, layer):
    return {n.unit for n in result.nodes if n.layer == layer}


def test_keeps_true_units_and_no_decoy(audit):
    _model, _x, r = audit
    assert r.layers == ["conv1", "conv2"]
    kept2 = _units(r, "conv2")
    kept1 = _units(r, "conv1")
    assert kept2 >= GroundTruthNet.TRUE2
    assert not (kept2 & GroundTruthNet.DECOY2)
    assert kept1 >= GroundTruthNet.TRUE1
    assert not (kept1 & GroundTruthNet.DECOY1)
    for n in r.nodes:
        if n.layer == "conv2" and n.unit == 0:
            assert n.effect > 0 and n.ci[0] > 0 and n.p_value < 1e-6


def test_paths_follow_the_wiring(audit):
    _model, _x, r = audit
    edges = {(e.source, e.target) for e in r.edges}
    assert ("conv1:0", "conv2:0") in edges and ("conv1:1", "conv2:0") in edges
    assert ("conv2:0", f"output:{TARGET}") in edges
    for s, t in edges:  # no edge into a decoy or out of one
        assert t == f"output:{TARGET}" or int(t.split(":")[1]) not in GroundTruthNet.DECOY2
        assert int(s.split(":")[1]) not in GroundTruthNet.DECOY1
    g = r.graph
    assert isinstance(g, nx.DiGraph)
    assert g.has_edge("conv2:0", f"output:{TARGET}")
    assert nx.is_directed_acyclic_graph(g)
    # GraphML round trip keeps nodes, edges and effects
    g2 = nx.parse_graphml(graphml_bytes(g).decode())
    assert set(g2.nodes) == set(g.nodes) and g2.number_of_edges() == g.number_of_edges()
    assert abs(float(g2.nodes["conv2:0"]["effect"]) - g.nodes["conv2:0"]["effect"]) < 1e-9
    # an edge's significance survives both exports
    for e in r.edges:
        assert g2.edges[e.source, e.target]["significant"] == e.significant
    assert [d["significant"] for d in r.to_dict()["edges"]] == [e.significant for e in r.edges]


class _Offset(GroundTruthNet):
    """The same network with +50 added to every logit: the softmax and every effect are unchanged."""

    def forward(self, x):
        return super().forward(x) + 50.0


def test_a_constant_logit_offset_moves_nothing(audit):
    _model, x, r = audit
    params = AuditParams(target=TARGET, layers=("conv1", "conv2"), maps=False, metrics=False)
    shifted = run_audit(_Offset().eval(), x, params)
    plain = run_audit(GroundTruthNet().eval(), x, params)
    assert {n.id for n in shifted.nodes} == {n.id for n in plain.nodes} == {n.id for n in r.nodes}
    # the floors that decide (a share of the layer's strongest effect) do not move either; only the float
    # rounding bound grows with the logits' magnitude, and it stays far below them
    for layer in ("conv1", "conv2"):
        a, b = shifted.metrics["layer_stats"][layer]["floor"], plain.metrics["layer_stats"][layer]["floor"]
        assert a == pytest.approx(b, rel=1e-4)
        assert shifted.metrics["effect_floor"] < 0.05 * a
    assert np.allclose([n.effect for n in shifted.nodes], [n.effect for n in plain.nodes], atol=1e-4)


def test_activation_ranking_would_fail(audit):
    _model, _x, r = audit
    table = r.unit_effects["conv2"]
    by_activation = int(np.argmax(table["mean_activation"]))
    assert by_activation in GroundTruthNet.DECOY2  # the loudest unit is a decoy...
    assert by_activation not in _units(r, "conv2")  # ...and the engine does not keep it
    t1 = r.unit_effects["conv1"]
    assert int(np.argmax(t1["mean_activation"])) in GroundTruthNet.DECOY1
    assert r.metrics["agreement"]["conv2"]["top10pct_overlap_causal_activation"] == 0.0


def test_json_shape_and_metrics(audit):
    _model, _x, r = audit
    d = r.to_dict()
    assert list(d) == ["target", "layers", "nodes", "edges", "metrics"]
    assert set(d["nodes"][0]) == {"id", "layer", "unit", "effect", "ci", "p_value"}
    assert set(d["edges"][0]) == {"source", "target", "effect", "q_value", "significant"}
    json.dumps(d, allow_nan=False)  # no NaN / inf anywhere
    m = r.metrics
    auc = m["deletion"]["auc"]
    assert auc["causal"] < auc["activation"] and auc["causal"] <= auc["random"] + 1e-9
    assert m["stability"]["bootstrap"]["conv2"]["rate"]["0"] == 1.0
    assert m["robustness"]["mean"]["causal"] >= 0
    assert set(m["robustness"]["mean"]) == {"causal", "saliency", "integrated_gradients"}
    assert m["execution"] == {"conv1": "split", "conv2": "split"}
    assert m["children"] == {"conv1": ["conv2"], "conv2": ["output"]}


def test_decoy_effect_is_exactly_zero(audit):
    _model, _x, r = audit
    eff = dict(zip(r.unit_effects["conv2"]["unit"], r.unit_effects["conv2"]["effect"], strict=True))
    for u in GroundTruthNet.DECOY2:
        assert eff[u] == 0.0


def test_bh_and_intervals():
    p = np.array([0.01, 0.04, 0.03, 0.5])
    q = bh(p)
    # sorted p: .01 .03 .04 .5 -> raw .04 .06 .0533 .5 -> monotone .04 .0533 .0533 .5
    assert np.allclose(q, [0.04, 0.05333333, 0.05333333, 0.5])
    rng = np.random.default_rng(0)
    d = np.vstack([rng.normal(1.0, 0.5, 40), rng.normal(0.0, 0.5, 40), np.zeros(40)])
    st = summarize(d)
    assert st.lo[0] < 1.0 < st.hi[0] and st.p[0] < 1e-6
    assert st.p[2] == 1.0 and st.lo[2] == st.hi[2] == 0.0
