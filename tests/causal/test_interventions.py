"""Batched interventions equal one-at-a-time ones; the split and the fallback agree; no weight edits."""

from __future__ import annotations

import copy

import numpy as np
import pytest
import torch

from engine.causal.effects import (
    make_batches,
    mean_activation,
    one_at_a_time_effects,
    path_effects,
    single_unit_effects,
)
from engine.causal.interventions import FULL, SPLIT, ModelRunner
from tests.causal.causal_models import SkipNet, SmallNet, UntraceableNet

LAYERS = ["conv1", "conv2", "fc1"]


def _x(n: int = 7, seed: int = 1) -> torch.Tensor:
    return torch.rand(n, 3, 16, 16, generator=torch.Generator().manual_seed(seed))


@pytest.mark.parametrize("net", [SmallNet, SkipNet, UntraceableNet])
@pytest.mark.parametrize("kind", ["zero", "mean", "soft"])
def test_batched_equals_one_at_a_time(net, kind):
    model = net().eval()
    x = _x()
    runner = ModelRunner(model, LAYERS)
    # batches of 3 and tiny chunks of units force every stacking path
    batches = make_batches(runner, x, target=2, batch_size=3)
    for layer in LAYERS:
        ma = mean_activation(runner, layer, batches) if kind == "mean" else None
        eff = single_unit_effects(runner, layer, batches, 2, kind, mean_act=ma, beta=0.3, seed=4, budget_rows=7)
        ref = one_at_a_time_effects(model, layer, x, 2, kind, mean_act=ma, beta=0.3, seed=4)
        assert eff.d_logit.shape == ref.shape
        assert np.abs(eff.d_logit - ref).max() < 1e-5, (layer, kind)
        # the intervention must actually do something on these random nets
        assert np.abs(ref).max() > 1e-3


def test_split_and_fallback_modes_are_reported():
    assert all(ModelRunner(SmallNet(), LAYERS).mode(L) == SPLIT for L in LAYERS)
    skip = ModelRunner(SkipNet(), LAYERS)
    assert skip.mode("conv2") == SPLIT  # the skip is carried as a cached crossing value
    r = ModelRunner(UntraceableNet(), LAYERS)
    assert all(r.mode(L) == FULL for L in LAYERS)
    assert "traced" in (r.why_full("conv1") or "")
    forced = ModelRunner(SmallNet(), LAYERS, force_full=True)
    assert forced.mode("conv1") == FULL


def test_split_equals_fallback_for_paths():
    model = SkipNet().eval()
    x = _x(5)
    a = ModelRunner(model, LAYERS)
    b = ModelRunner(model, LAYERS, force_full=True)
    ba, bb = make_batches(a, x, 0, 2), make_batches(b, x, 0, 2)
    pa = path_effects(a, "conv2", "fc1", [1, 4, 9], ba, 0, budget_rows=5)
    pb = path_effects(b, "conv2", "fc1", [1, 4, 9], bb, 0)
    assert np.abs(pa.d_total - pb.d_total).max() < 1e-5
    assert np.abs(pa.d_edge - pb.d_edge).max() < 1e-5
    assert np.abs(pa.d_total).max() > 1e-4


def test_path_intervention_equals_weight_edit():
    """Zeroing parent i towards kept children == setting W[children, i] = 0 in a copy (the paper's way)."""
    model = SmallNet(seed=3).eval()
    x = _x(6, seed=5)
    runner = ModelRunner(model, LAYERS)
    batches = make_batches(runner, x, 1, 4)
    children = [0, 2, 5]
    pe = path_effects(runner, "conv1", "conv2", children, batches, 1)
    with torch.no_grad():
        y0 = model(x)[:, 1].double().numpy()
        for i in [0, 3, 7]:
            edited = copy.deepcopy(model)
            edited.conv2.weight[children, i] = 0.0
            y = edited(x)[:, 1].double().numpy()
            assert np.abs(pe.d_total[i] - (y0 - y)).max() < 1e-5
            # one edge at a time
            edited = copy.deepcopy(model)
            edited.conv2.weight[children[1], i] = 0.0
            y = edited(x)[:, 1].double().numpy()
            assert np.abs(pe.d_edge[i, 1] - (y0 - y)).max() < 1e-5


def test_no_weight_edits():
    model = SmallNet().eval()
    before = {k: v.clone() for k, v in model.state_dict().items()}
    runner = ModelRunner(model, LAYERS)
    batches = make_batches(runner, _x(), 0, 4)
    single_unit_effects(runner, "conv2", batches, 0, "soft", beta=0.2)
    path_effects(runner, "conv1", "conv2", [1, 2], batches, 0)
    for k, v in model.state_dict().items():
        assert torch.equal(v, before[k]), k
    assert not model.conv1._forward_hooks and not model.conv2._forward_hooks


def test_rank_one_shortcut_is_used_and_exact():
    """Where only channel-wise ops separate a layer from the next linear one, the next layer's output is
    updated in closed form; the effects equal the plain stacked suffix."""
    model = SmallNet(seed=2).eval()
    x = _x(5, seed=9)
    runner = ModelRunner(model, LAYERS)
    assert runner.rank1_next("conv1") == "conv2" and runner.rank1_next("conv2") == "fc1"
    assert ModelRunner(SkipNet(), LAYERS).rank1_next("conv2") is None  # the skip add is not channel-wise
    batches = make_batches(runner, x, 0, 5)
    fast = single_unit_effects(runner, "conv2", batches, 0, "mean", mean_act=mean_activation(runner, "conv2", batches))
    slow = single_unit_effects(runner, "conv2", batches, 0, "mean", mean_act=mean_activation(runner, "conv2", batches),
                               rank1=False)
    assert fast.mode == "split+rank1" and slow.mode == "split"
    assert np.abs(fast.d_logit - slow.d_logit).max() < 1e-5


def test_passes_stay_within_the_row_budget():
    """Chunking: no suffix pass takes more stacked rows than the budget allows (one unit = one batch)."""
    model = SmallNet().eval()
    runner = ModelRunner(model, LAYERS)
    batches = make_batches(runner, _x(8), 0, 4)
    sizes: list[int] = []
    orig = runner.suffix

    def spy(layer, act, cache, reps):
        sizes.append(act.shape[0])
        return orig(layer, act, cache, reps)

    runner.suffix = spy  # type: ignore[method-assign]  # spy on the suffix passes
    single_unit_effects(runner, "conv2", batches, 0, budget_rows=12, rank1=False)
    assert sizes and max(sizes) <= 12
    sizes.clear()
    pe = path_effects(runner, "conv1", "conv2", [0, 1, 2], batches, 0, budget_rows=40, edge_children=[2, 0])
    assert sizes and max(sizes) <= 40
    assert pe.d_edge.shape == (8, 2, 8) and pe.edge_children == [2, 0]


def test_resnet_with_inplace_relu_and_batch_norm():
    """torchvision-style blocks: in-place ReLUs, eval batch norm, ``out += identity`` skips."""
    from tests.causal.causal_models import InplaceResNet

    model = InplaceResNet().eval()
    x = _x(6, seed=3)
    layers = ["stem", "layer1.conv1", "layer1.conv2", "layer2.conv1"]
    runner = ModelRunner(model, layers)
    assert runner.mode("layer1.conv1") == SPLIT
    assert runner.rank1_next("layer1.conv1") == "layer1.conv2"  # through bn1 and the in-place ReLU
    batches = make_batches(runner, x, 1, 4)
    for layer in layers:
        for kind in ("zero", "mean"):
            ma = mean_activation(runner, layer, batches) if kind == "mean" else None
            eff = single_unit_effects(runner, layer, batches, 1, kind, mean_act=ma, budget_rows=9)
            ref = one_at_a_time_effects(model, layer, x, 1, kind, mean_act=ma)
            assert np.abs(eff.d_logit - ref).max() < 1e-5, (layer, kind, eff.mode)
    # cached activations were not modified by any in-place op along the way
    again = make_batches(runner, x, 1, 4)
    assert np.array_equal(again.y_obs, batches.y_obs)
    a1, _ = runner.prefix("layer1.conv1", x)
    a2, _ = runner.prefix("layer1.conv1", x)
    assert torch.equal(a1, a2)
    pa = path_effects(runner, "layer1.conv1", "layer1.conv2", [0, 3], batches, 1)
    pb = path_effects(ModelRunner(model, layers, force_full=True), "layer1.conv1", "layer1.conv2", [0, 3],
                      make_batches(ModelRunner(model, layers, force_full=True), x, 1, 4), 1)
    assert np.abs(pa.d_total - pb.d_total).max() < 1e-5 and np.abs(pa.d_edge - pb.d_edge).max() < 1e-5


def test_inplace_relu_right_after_the_layer():
    from tests.causal.causal_models import InplaceVGG

    model = InplaceVGG().eval()
    x = _x(5, seed=4)
    layers = ["features.0", "features.3", "classifier.1"]
    runner = ModelRunner(model, layers)
    assert runner.rank1_next("features.3") == "classifier.1"  # through ReLU, max-pool and nn.Flatten
    batches = make_batches(runner, x, 2, 5)
    for layer in layers:
        eff = single_unit_effects(runner, layer, batches, 2, "zero", budget_rows=11)
        assert eff.mode == "split+rank1", layer
        ref = one_at_a_time_effects(model, layer, x, 2, "zero")
        assert np.abs(eff.d_logit - ref).max() < 1e-5, (layer, eff.mode)
    a1, _ = runner.prefix("features.0", x)
    assert (a1 < 0).any()  # the cached pre-ReLU output was not rectified in place
