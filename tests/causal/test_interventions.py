"""The interventions are the paper's weight edits, computed exactly; fast paths equal slow ones; nothing is edited."""

from __future__ import annotations

import copy

import numpy as np
import pytest
import torch
import torch.nn as nn
import torch.nn.functional as F

from engine.causal.effects import make_batches, mean_activation, path_effects, single_unit_effects
from engine.causal.interventions import (
    FULL,
    OUTPUT,
    REPLAY,
    SPLIT,
    Intervention,
    ModelRunner,
    resolve_layers,
    soft_weights,
    unit_dim_of,
)
from tests.causal.causal_models import InplaceResNet, InplaceVGG, SkipNet, SmallNet, UntraceableNet

LAYERS = ["conv1", "conv2", "fc1"]


def _x(n: int = 7, seed: int = 1, size: int = 16) -> torch.Tensor:
    return torch.rand(n, 3, size, size, generator=torch.Generator().manual_seed(seed))


def _edited(model: nn.Module, x: torch.Tensor, target: int, edit) -> np.ndarray:
    """Per-sample y_obs - y of a copy of the model whose weights ``edit`` changed (the paper's definition)."""
    with torch.no_grad():
        y0 = model(x)[:, target].double()
        m2 = copy.deepcopy(model)
        edit(m2)
        return (y0 - m2(x)[:, target].double()).numpy()


def _zero_in(reader: str, i: int, rows=slice(None)):
    def edit(m):
        w = dict(m.named_modules())[reader].weight
        with torch.no_grad():
            w[rows, i] = 0.0
    return edit


def _zero_flat_in(reader: str, i: int, channels: int):
    """conv -> flatten -> linear: input channel i is a block of features."""
    def edit(m):
        w = dict(m.named_modules())[reader].weight
        with torch.no_grad():
            w.view(w.shape[0], channels, -1)[:, i] = 0.0
    return edit


# -- unit effects ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["zero", "soft"])
def test_unit_effects_equal_the_weight_edit_with_bn_and_relu_between(kind):
    """InplaceResNet: layer1.conv1 -> bn1 -> ReLU(inplace) -> conv2. relu(bn1(0)) != 0 here, so an intervention
    on the raw conv output would differ; ours sets W_conv2[:, i] (zero: 0, soft: drawn) and matches."""
    model = InplaceResNet(seed=1).eval()
    x = _x(6, seed=3)
    bn = model.layer1.bn1
    assert (F.relu(bn(torch.zeros(1, 8, 1, 1))).flatten() > 0.05).sum() >= 3  # the trap is real
    runner = ModelRunner(model, ["stem", "layer1.conv1", "layer1.conv2"])
    assert runner.mode("layer1.conv1") == SPLIT
    batches = make_batches(runner, x, 1, batch_size=4)
    eff = single_unit_effects(runner, "layer1.conv1", batches, 1, kind, beta=0.25, seed=7, budget_rows=9)
    iv = Intervention(kind, None, 0.25, 7)
    for i in range(8):
        def edit(m, i=i):
            w = m.layer1.conv2.weight
            with torch.no_grad():
                w[:, i] = 0.0 if kind == "zero" else soft_weights(iv, "layer1.conv2", i, w[:, i].shape, w)
        ref = _edited(model, x, 1, edit)
        assert np.abs(eff.d_logit[i] - ref).max() < 1e-5, (kind, i)
    assert np.abs(eff.d_logit).max() > 1e-3


def test_unit_effects_equal_the_weight_edit_through_pooling_and_flatten():
    model = SmallNet(seed=3).eval()
    x = _x(5, seed=2)
    runner = ModelRunner(model, LAYERS)
    batches = make_batches(runner, x, 2, batch_size=5)
    e1 = single_unit_effects(runner, "conv1", batches, 2, "zero")
    e2 = single_unit_effects(runner, "conv2", batches, 2, "zero")
    e3 = single_unit_effects(runner, "fc1", batches, 2, "zero")
    for i in (0, 3, 7):
        assert np.abs(e1.d_logit[i] - _edited(model, x, 2, _zero_in("conv2", i))).max() < 1e-5
    for i in (0, 5, 11):
        assert np.abs(e2.d_logit[i] - _edited(model, x, 2, _zero_flat_in("fc1", i, 12))).max() < 1e-5
    for i in (0, 9, 15):
        assert np.abs(e3.d_logit[i] - _edited(model, x, 2, _zero_in("fc", i))).max() < 1e-5


def test_mean_intervention_replaces_the_readout_by_its_mean():
    model = InplaceResNet(seed=2).eval()
    x = _x(6, seed=4)
    runner = ModelRunner(model, ["layer1.conv1", "layer1.conv2"])
    batches = make_batches(runner, x, 0, batch_size=6)
    ma = mean_activation(runner, "layer1.conv1", batches)
    # the read-out is relu(bn1(conv1)); its mean is >= 0, so writing it into bn1's output gives it exactly
    with torch.no_grad():
        xr = x.clone()
        direct = model.layer1.bn1(model.layer1.conv1(model.relu(model.bn(model.stem(xr)))))
        assert torch.allclose(ma, F.relu(direct).mean(dim=0), atol=1e-6)
    eff = single_unit_effects(runner, "layer1.conv1", batches, 0, "mean", mean_act=ma)
    y0 = model(x)[:, 0].double()
    for i in (0, 4):
        def hook(_m, _i, out, i=i):
            out = out.clone()
            out[:, i] = ma[i]
            return out
        h = model.layer1.bn1.register_forward_hook(hook)
        try:
            with torch.no_grad():
                ref = (y0 - model(x)[:, 0].double()).numpy()
        finally:
            h.remove()
        assert np.abs(eff.d_logit[i] - ref).max() < 1e-5


# -- path effects ------------------------------------------------------------------------------------------


def test_path_effects_equal_the_weight_edit():
    """Zeroing parent i towards kept children == setting W[children, i] = 0 in a copy (the paper's way)."""
    model = SmallNet(seed=3).eval()
    x = _x(6, seed=5)
    runner = ModelRunner(model, LAYERS)
    assert runner.direct_children("conv1") == ["conv2"]
    batches = make_batches(runner, x, 1, 4)
    kept = [0, 2, 5]
    pe = path_effects(runner, "conv1", {"conv2": kept}, batches, 1)
    assert pe.edge_children == [("conv2", 0), ("conv2", 2), ("conv2", 5)]
    for i in (0, 3, 7):
        assert np.abs(pe.d_total[i] - _edited(model, x, 1, _zero_in("conv2", i, kept))).max() < 1e-5
        assert np.abs(pe.d_edge[i, 1] - _edited(model, x, 1, _zero_in("conv2", i, [2]))).max() < 1e-5


def test_path_effects_equal_the_weight_edit_across_bn():
    model = InplaceResNet(seed=4).eval()
    x = _x(6, seed=6)
    layers = ["stem", "layer1.conv1", "layer1.conv2", "layer2.conv1", "layer2.conv2"]
    runner = ModelRunner(model, layers)
    # the stem reaches layer1.conv1 directly, and layer2.conv1 and the output through the skip sums
    assert runner.direct_children("stem") == ["layer1.conv1", "layer2.conv1", OUTPUT]
    assert runner.direct_children("layer1.conv2") == ["layer2.conv1", OUTPUT]
    assert runner.direct_children("layer2.conv2") == [OUTPUT]
    batches = make_batches(runner, x, 2, 3)
    kept = [1, 4, 6]
    pe = path_effects(runner, "stem", {"layer1.conv1": kept}, batches, 2, "soft", beta=0.3, seed=2)
    iv = Intervention("soft", None, 0.3, 2)
    for i in (0, 5):
        def edit(m, i=i):
            w = m.layer1.conv1.weight
            with torch.no_grad():
                w[kept, i] = soft_weights(iv, "layer1.conv1", i, w[:, i].shape, w)[kept]
        assert np.abs(pe.d_total[i] - _edited(model, x, 2, edit)).max() < 1e-5


class _Residual(nn.Module):
    """a -> r = relu(a) -> b; s = relu(b + r) -> c; logits = fc([mean c, mean s]): a reaches b, c and the output."""

    def __init__(self) -> None:
        super().__init__()
        torch.manual_seed(5)
        self.a = nn.Conv2d(3, 4, 3, padding=1)
        self.b = nn.Conv2d(4, 4, 3, padding=1)
        self.c = nn.Conv2d(4, 5, 1)
        self.fc = nn.Linear(9, 3)

    def parts(self, x):
        r = F.relu(self.a(x))
        b = self.b(r)
        s = F.relu(b + r)
        return r, b, s, self.c(s)

    def head(self, c, s):
        return self.fc(torch.cat([c.mean(dim=(2, 3)), s.mean(dim=(2, 3))], dim=1))

    def forward(self, x):
        _r, _b, s, c = self.parts(x)
        return self.head(c, s)


@pytest.mark.parametrize("force_full", [False, True])
def test_residual_path_effect_matches_its_definition(force_full):
    """Send (parent cut, every other audited layer held), receive (kept child units get the recorded change,
    everything downstream recomputed), plus the parent's direct path into the output: written out by hand."""
    model = _Residual().eval()
    x = _x(5, seed=8, size=8)
    runner = ModelRunner(model, ["a", "b", "c"], force_full=force_full)
    assert runner.mode("a") == (FULL if force_full else SPLIT)
    batches = make_batches(runner, x, 0, 5)
    probe = runner.observe(x)
    assert runner.direct_children("a", probe) == ["b", "c", OUTPUT]
    assert runner.direct_children("b", probe) == ["c", OUTPUT]
    kb, kc, t = [0, 3], [1, 2, 4], 0
    pe = path_effects(runner, "a", {"b": kb, "c": kc, OUTPUT: [t]}, batches, t)
    with torch.no_grad():
        r, b, s, c = model.parts(x)
        y_obs = model.head(c, s)[:, t]
        mb = torch.zeros(1, 4, 1, 1)
        mb[:, kb] = 1
        mc = torch.zeros(1, 5, 1, 1)
        mc[:, kc] = 1
        for i in range(4):
            r2 = r.clone()
            r2[:, i] = 0
            b_sent = model.b(r2)
            s_sent = F.relu(b + r2)
            c_sent = model.c(s_sent)
            out_sent = model.head(c, s_sent)[:, t]
            b_new = b + mb * (b_sent - b)
            s_new = F.relu(b_new + r)
            c_new = model.c(s_new) + mc * (c_sent - c)
            y = model.head(c_new, s_new)[:, t] + (out_sent - y_obs)
            assert np.abs(pe.d_total[i] - (y_obs - y).double().numpy()).max() < 1e-5, i
    assert np.abs(pe.d_total).max() > 1e-3


def test_path_effects_fast_and_fallback_agree():
    model = SkipNet().eval()
    x = _x(5)
    a = ModelRunner(model, LAYERS)
    b = ModelRunner(model, LAYERS, force_full=True)
    assert a.direct_children("conv1") == ["conv2", "fc1"]  # through the skip too
    ba, bb = make_batches(a, x, 0, 2), make_batches(b, x, 0, 2)
    pa = path_effects(a, "conv2", {"fc1": [1, 4, 9]}, ba, 0, budget_rows=5)
    pb = path_effects(b, "conv2", {"fc1": [1, 4, 9]}, bb, 0)
    assert np.abs(pa.d_total - pb.d_total).max() < 1e-5
    assert np.abs(pa.d_edge - pb.d_edge).max() < 1e-5
    assert np.abs(pa.d_total).max() > 1e-4


# -- fast paths, budget, no side effects ---------------------------------------------------------------------


@pytest.mark.parametrize("net", [SmallNet, UntraceableNet])
def test_untraceable_models_replay_the_prefix(net):
    model = net().eval()
    x = _x()
    fast = ModelRunner(model, LAYERS)
    slow = ModelRunner(model, LAYERS, force_full=True)
    bf, bs = make_batches(fast, x, 2, 3), make_batches(slow, x, 2, 3)
    for layer in LAYERS:
        ef = single_unit_effects(fast, layer, bf, 2, "zero", budget_rows=7)
        es = single_unit_effects(slow, layer, bs, 2, "zero", budget_rows=7)
        # zero through a ReLU: the read-out and the raw output agree, so all three paths must agree
        assert np.abs(ef.d_logit - es.d_logit).max() < 1e-5, layer
    if net is UntraceableNet:
        assert fast.mode("conv2") == REPLAY and "traced" in (fast.why_full("conv2") or "")
        assert fast._hooks.replay_set("conv2") == ["conv1"]
    assert slow.mode("conv1") == FULL


def test_rank_one_closed_form_equals_the_plain_run():
    class DW(nn.Module):
        def __init__(self):
            super().__init__()
            torch.manual_seed(3)
            self.conv1 = nn.Conv2d(3, 6, 3, padding=1)
            self.dw = nn.Conv2d(6, 12, 3, padding=1, groups=3)
            self.fc = nn.Linear(12, 4)

        def forward(self, x):
            return self.fc(F.relu(self.dw(F.relu(self.conv1(x)))).mean(dim=(2, 3)))

    for model, layer, n in ((SmallNet(seed=2).eval(), "conv2", 12), (DW().eval(), "conv1", 6),
                            (SmallNet(seed=2).eval(), "fc1", 16)):
        x = _x(4, seed=9)
        runner = ModelRunner(model, [layer])
        st = runner.observe(x)
        plan = runner._fx
        assert plan is not None and plan.direct[layer]
        units = list(range(n))
        for kind in ("zero", "mean"):
            ma = runner.read(st, layer).mean(dim=0) if kind == "mean" else None
            iv = Intervention(kind, ma)
            fast = plan.run(st, n, plan._unit_given(st, layer, units, iv, rank1=True))[0]
            slow = plan.run(st, n, plan._unit_given(st, layer, units, iv, rank1=False))[0]
            assert torch.allclose(fast, slow, atol=1e-5), (layer, kind)


def test_passes_stay_within_the_row_budget():
    model = SmallNet().eval()
    runner = ModelRunner(model, LAYERS)
    batches = make_batches(runner, _x(8), 0, 4)
    sizes: list[int] = []
    orig = runner._fx.run

    def spy(st, reps, *a, **k):
        sizes.append(reps * st.b)
        return orig(st, reps, *a, **k)

    runner._fx.run = spy
    single_unit_effects(runner, "conv2", batches, 0, budget_rows=12)
    assert sizes and max(sizes) <= 12
    sizes.clear()
    pe = path_effects(runner, "conv1", {"conv2": [0, 1, 2]}, batches, 0, budget_rows=40,
                      edge_children=[("conv2", 2), ("conv2", 0)])
    assert sizes and max(sizes) <= 40
    assert pe.d_edge.shape == (8, 2, 8) and pe.edge_children == [("conv2", 2), ("conv2", 0)]


def test_no_weight_edits_and_no_hooks_left():
    model = SmallNet().eval()
    before = {k: v.clone() for k, v in model.state_dict().items()}
    for force in (False, True):
        runner = ModelRunner(model, LAYERS, force_full=force)
        batches = make_batches(runner, _x(), 0, 4)
        single_unit_effects(runner, "conv2", batches, 0, "soft", beta=0.2)
        path_effects(runner, "conv1", {"conv2": [1, 2]}, batches, 0)
    for k, v in model.state_dict().items():
        assert torch.equal(v, before[k]), k
    for m in model.modules():
        assert not m._forward_hooks and not m._forward_pre_hooks and "forward" not in m.__dict__


def test_inplace_relus_leave_the_observed_values_alone():
    model = InplaceVGG().eval()
    x = _x(5, seed=4)
    layers = ["features.0", "features.3", "classifier.1"]
    runner = ModelRunner(model, layers)
    batches = make_batches(runner, x, 2, 5)
    st = runner.observe(x)
    assert (runner.output(st, "features.0") < 0).any()  # the raw output was kept before the in-place ReLU
    assert runner.readout_of("features.0") != "features_0"  # read after ReLU and max-pool
    for layer in layers:
        single_unit_effects(runner, layer, batches, 2, "zero", budget_rows=11)
    again = make_batches(runner, x, 2, 5)
    assert np.array_equal(again.y_obs, batches.y_obs)
    e = single_unit_effects(runner, "features.3", batches, 2, "zero")
    for i in (0, 5):
        assert np.abs(e.d_logit[i] - _edited(model, x, 2, _zero_flat_in("classifier.1", i, 8))).max() < 1e-5


def test_blocks_are_audited_as_their_outputs_on_the_fast_path():
    model = InplaceResNet(seed=3).eval()
    x = _x(5, seed=1)
    fast = ModelRunner(model, ["layer1", "layer2"])
    slow = ModelRunner(model, ["layer1", "layer2"], force_full=True)
    assert fast.mode("layer1") == SPLIT and fast.direct_children("layer1") == ["layer2"]
    bf, bs = make_batches(fast, x, 1, 5), make_batches(slow, x, 1, 5)
    for kind in ("zero", "mean"):
        ma = mean_activation(fast, "layer1", bf) if kind == "mean" else None
        ef = single_unit_effects(fast, "layer1", bf, 1, kind, mean_act=ma)
        es = single_unit_effects(slow, "layer1", bs, 1, kind, mean_act=ma)
        assert len(ef.units) == 8 and np.abs(ef.d_logit - es.d_logit).max() < 1e-5


def test_unit_axes():
    conv, lin, ln, seq = nn.Conv2d(3, 4, 1), nn.Linear(4, 4), nn.LayerNorm(4), nn.Sequential()
    assert unit_dim_of(conv, 4) == 1
    assert unit_dim_of(lin, 3) == 2 and unit_dim_of(lin, 4) == 3  # tokens (B, T, D), channels-last (B, H, W, C)
    assert unit_dim_of(ln, 3) == 2
    assert unit_dim_of(seq, 4) == 1 and unit_dim_of(seq, 3) == 2 and unit_dim_of(seq, 2) == 1
    cl = nn.Module()
    cl.data_format = "channels_last"
    assert unit_dim_of(cl, 4) == 3
    assert unit_dim_of(conv, 4, "last") == 3 and unit_dim_of(lin, 3, "channels") == 1

    class Tokens(nn.Module):
        def __init__(self):
            super().__init__()
            torch.manual_seed(0)
            self.proj = nn.Linear(3, 6)
            self.norm = nn.LayerNorm(6)
            self.fc = nn.Linear(6, 2)

        def forward(self, x):  # x (B, 3, H, W) -> tokens (B, H*W, 3)
            t = x.flatten(2).transpose(1, 2)
            return self.fc(self.norm(self.proj(t)).mean(dim=1))

    model = Tokens().eval()
    runner = ModelRunner(model, ["proj", "norm"])
    b = make_batches(runner, _x(3, size=4), 0, 3)
    for layer in ("proj", "norm"):
        assert single_unit_effects(runner, layer, b, 0).d_logit.shape == (6, 3)  # 6 features, not 16 tokens


def test_nested_layers_are_refused():
    from core.errors import AttestError

    with pytest.raises(AttestError, match="inside layer layer1"):
        resolve_layers(InplaceResNet(), ["layer1", "layer1.conv1"])


def test_constants_that_look_like_a_batch_are_not_stacked():
    """A parameter view whose first dimension equals the batch size (4 channels, 4 images) stays a constant."""

    class Scaled(nn.Module):
        def __init__(self):
            super().__init__()
            torch.manual_seed(1)
            self.conv1 = nn.Conv2d(3, 4, 3, padding=1)
            self.scale = nn.Parameter(torch.rand(4) + 0.5)
            self.conv2 = nn.Conv2d(4, 4, 3, padding=1)
            self.fc = nn.Linear(4, 3)

        def forward(self, x):
            h = self.conv1(x) * self.scale[:, None, None]
            return self.fc(F.relu(self.conv2(h)).mean(dim=(2, 3)))

    model = Scaled().eval()
    x = _x(4, seed=2, size=8)
    fast, slow = ModelRunner(model, ["conv1", "conv2"]), ModelRunner(model, ["conv1", "conv2"], force_full=True)
    bf, bs = make_batches(fast, x, 0, 4), make_batches(slow, x, 0, 4)
    ef = single_unit_effects(fast, "conv1", bf, 0, "zero", budget_rows=16)
    es = single_unit_effects(slow, "conv1", bs, 0, "zero", budget_rows=16)
    assert fast.mode("conv1") == SPLIT and np.abs(ef.d_logit - es.d_logit).max() < 1e-5


def test_a_batch_size_read_from_the_input_falls_back_to_replay():
    """``h.reshape(n, -1)`` with ``n = x.shape[0]`` taken before the layer cannot run stacked copies: the runner
    notices on the first batch and uses the hook path, with the same effects as plain full forwards."""

    class FixedBatch(nn.Module):
        def __init__(self):
            super().__init__()
            torch.manual_seed(4)
            self.conv1 = nn.Conv2d(3, 4, 3, padding=1)
            self.conv2 = nn.Conv2d(4, 4, 3, padding=1)
            self.fc = nn.Linear(4 * 8 * 8, 3)

        def forward(self, x):
            n = x.shape[0]
            h = F.relu(self.conv2(F.relu(self.conv1(x))))
            return self.fc(h.reshape(n, -1))

    model = FixedBatch().eval()
    x = _x(3, seed=5, size=8)
    fast, slow = ModelRunner(model, ["conv1", "conv2"]), ModelRunner(model, ["conv1", "conv2"], force_full=True)
    bf, bs = make_batches(fast, x, 0, 3), make_batches(slow, x, 0, 3)
    for layer in ("conv1", "conv2"):
        ef = single_unit_effects(fast, layer, bf, 0, "zero")
        es = single_unit_effects(slow, layer, bs, 0, "zero")
        assert np.abs(ef.d_logit - es.d_logit).max() < 1e-5 and np.abs(es.d_logit).max() > 1e-4
    assert "stacked copies" in (fast.why_full("conv1") or "")
    assert fast.mode("conv1") == FULL and fast.mode("conv2") == REPLAY  # conv2 replays conv1's cached output
