"""The audit on standard architectures written from their papers and trained on photographs (engine.causal.zoo,
assets/causal/zoo): graphs follow the dataflow, keep units across the network, and their effects are the
paper's weight edits."""

from __future__ import annotations

import copy

import numpy as np
import pytest
import torch

from engine.causal.audit import AuditParams, run_audit
from engine.causal.effects import make_batches, single_unit_effects
from engine.causal.interventions import OUTPUT, REPLAY, SPLIT, ModelRunner
from engine.causal.train_zoo import crops, load_zoo_model

FLOWER = 1


@pytest.fixture(scope="module")
def flowers():
    x, y = crops(96, 32, seed=5, split="test")
    return x[y == FLOWER][:16]


def _edited(model, x, edit) -> np.ndarray:
    with torch.no_grad():
        y0 = model(x)
        y0 = getattr(y0, "logits", y0)[:, FLOWER].double()
        m2 = copy.deepcopy(model)
        edit(m2)
        y1 = m2(x)
        return (y0 - getattr(y1, "logits", y1)[:, FLOWER].double()).numpy()


@pytest.fixture(scope="module")
def resnet_audit(flowers):
    model = load_zoo_model("resnet18")
    return model, run_audit(model, flowers, AuditParams(target=FLOWER, maps=False, metrics=False))


def test_resnet18_default_audit_keeps_units_across_the_network(resnet_audit):
    _model, r = resnet_audit
    assert len(r.layers) == 20 and set(r.execution.values()) == {SPLIT}  # every conv, downsample branches too
    kept = {s.layer: s.kept for s in r.layer_stats}
    for stage in ("conv1", "layer1.", "layer2.", "layer3.", "layer4."):
        assert sum(k for name, k in kept.items() if name.startswith(stage)) > 0, stage
    assert all(s.note is None for s in r.layer_stats)  # no layer is left with nothing to feed
    children = r.metrics["children"]
    # the dataflow, not the execution order: conv2 of a block never feeds the same block's downsample branch
    assert "layer2.0.downsample.0" not in children["layer2.0.conv2"]
    assert children["layer1.1.conv2"] == ["layer2.0.conv1", "layer2.0.downsample.0"]
    assert OUTPUT in children["layer4.0.conv2"]  # through the last block's skip connection
    layer_of = {n.id: n.layer for n in r.nodes}
    for e in r.edges:  # no edge without a dataflow path
        child = "output" if e.target.startswith("output:") else layer_of[e.target]
        assert child in children[layer_of[e.source]], (e.source, e.target)


def test_resnet18_node_effects_are_the_weight_edit(resnet_audit, flowers):
    model, r = resnet_audit
    for block in ("layer1.1", "layer2.0", "layer3.1"):
        parents = [n for n in r.nodes if n.layer == f"{block}.conv1"]
        kids = [n.unit for n in r.nodes if n.layer == f"{block}.conv2"]
        assert parents and kids, block
        n = max(parents, key=lambda n: abs(n.effect))

        def edit(m, n=n, kids=kids, block=block):
            w = m.get_submodule(f"{block}.conv2").weight
            with torch.no_grad():
                w[kids, n.unit] = 0.0
        assert abs(n.effect - _edited(model, flowers, edit).mean()) < 1e-4, block


def test_convnext_units_read_after_gelu_are_the_weight_edit(flowers):
    model = load_zoo_model("convnext")
    layer = "stages.3.0.pwconv1"
    runner = ModelRunner(model, [layer, "stages.3.0.pwconv2"])
    assert runner.mode(layer) == SPLIT and runner.readout_of(layer) == "stages_3_0_act"
    assert runner.direct_children(layer) == ["stages.3.0.pwconv2"]
    eff = single_unit_effects(runner, layer, make_batches(runner, flowers, FLOWER, 16), FLOWER)
    assert eff.d_logit.shape == (256, 16)  # the channels-last Linear's features, not positions
    for i in np.argsort(-np.abs(eff.d_logit.mean(axis=1)))[:3]:
        def edit(m, i=int(i)):
            with torch.no_grad():
                m.stages[3][0].pwconv2.weight[:, i] = 0.0
        assert np.abs(eff.d_logit[i] - _edited(model, flowers, edit)).max() < 1e-4


@pytest.mark.slow  # ~6 s; the replay path's residual children are also checked on BERT in tests/causal/test_text.py
def test_vit_runs_on_the_replay_path_with_feature_units(flowers):
    model = load_zoo_model("vit")
    layers = ("vit.layers.0.mlp.fc1", "vit.layers.1.mlp.fc1", "vit.layers.1.mlp.fc2", "vit.layernorm")
    r = run_audit(model, flowers[:10], AuditParams(target=FLOWER, layers=layers, maps=False, metrics=False,
                                                   max_edge_children=6))
    assert set(r.execution.values()) == {REPLAY}
    units = {s.layer: s.units for s in r.layer_stats}
    assert units == {"vit.layers.0.mlp.fc1": 64, "vit.layers.1.mlp.fc1": 64, "vit.layers.1.mlp.fc2": 32,
                     "vit.layernorm": 32}  # features, not the 65 tokens
    # through the residual stream to the next block's MLP (fc2 reads only its own fc1) and the final norm
    assert r.metrics["children"]["vit.layers.0.mlp.fc1"] == ["vit.layers.1.mlp.fc1", "vit.layernorm"]
    assert all(s.kept > 0 for s in r.layer_stats)
    # fc1 -> GELU -> fc2: zeroing fc1's output (GELU(0) = 0) towards the kept fc2 units is the weight edit
    parents = [n for n in r.nodes if n.layer == "vit.layers.1.mlp.fc1"]
    kids = [n.unit for n in r.nodes if n.layer == "vit.layers.1.mlp.fc2"]
    n = max(parents, key=lambda n: abs(n.effect))

    def edit(m):
        with torch.no_grad():
            m.get_submodule("vit.layers.1.mlp.fc2").weight[kids, n.unit] = 0.0
    assert r.metrics["children"]["vit.layers.1.mlp.fc1"] == ["vit.layers.1.mlp.fc2"]
    assert abs(n.effect - _edited(model, flowers[:10], edit).mean()) < 1e-4


@pytest.mark.slow
@pytest.mark.parametrize("name", ["convnext", "vit"])
def test_default_audits_keep_units_across_the_network(name, flowers):
    model = load_zoo_model(name)
    r = run_audit(model, flowers, AuditParams(target=FLOWER, maps=False, metrics=False))
    stages = ("stem", "downsample_layers.0", "downsample_layers.1", "downsample_layers.2", "stages.3") \
        if name == "convnext" else ("vit.embeddings", "vit.layers.0", "vit.layers.1")
    kept = {s.layer: s.kept for s in r.layer_stats}
    for stage in stages:
        assert sum(k for layer, k in kept.items() if layer.startswith(stage)) > 0, stage
