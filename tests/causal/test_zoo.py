"""The standard architectures the causal audit is benchmarked on, the test photographs, BatchNorm calibration,
and the captum peer harness (captum's unit effects equal the one-forward-per-unit loop)."""

from __future__ import annotations

import numpy as np
import pytest
import torch
import torch.nn as nn

from engine.causal import peers, zoo


def test_resnet18_structure_and_parameter_count():
    model = zoo.resnet18(num_classes=1000)
    assert sum(p.numel() for p in model.parameters()) == 11_689_512  # the reference ResNet-18
    names = {n for n, _ in model.named_modules()}
    assert {"conv1", "bn1", "relu", "maxpool", "avgpool", "fc"} <= names
    downsampled = sorted(n.removesuffix(".downsample") for n in names if n.endswith(".downsample"))
    assert downsampled == ["layer2.0", "layer3.0", "layer4.0"]
    for name in ("layer1.0", "layer2.0", "layer4.1"):
        block = model.get_submodule(name)
        assert [n for n, _ in block.named_children()][:5] == ["conv1", "bn1", "relu", "conv2", "bn2"]
    down = model.get_submodule("layer3.0.downsample")
    assert isinstance(down[0], nn.Conv2d) and down[0].kernel_size == (1, 1) and down[0].stride == (2, 2)
    assert isinstance(down[1], nn.BatchNorm2d)
    assert model.conv1.kernel_size == (7, 7) and model.conv1.stride == (2, 2) and model.conv1.bias is None
    assert [model.get_submodule(f"layer{i}.1.conv2").out_channels for i in range(1, 5)] == [64, 128, 256, 512]
    assert not model.training


def test_resnet18_runs_traces_and_is_seeded():
    model = zoo.resnet18(width=8, in_channels=1, num_classes=5)
    x = torch.rand(2, 1, 32, 32)
    traced = torch.fx.symbolic_trace(model)
    with torch.no_grad():
        out = model(x)
        assert out.shape == (2, 5)
        assert torch.allclose(traced(x), out)
    same, other = zoo.resnet18(width=8, seed=0), zoo.resnet18(width=8, seed=1)
    assert torch.equal(same.conv1.weight, zoo.resnet18(width=8, seed=0).conv1.weight)
    assert not torch.equal(same.conv1.weight, other.conv1.weight)


def test_convnext_blocks():
    model = zoo.convnext(depths=(1, 2, 1), dims=(8, 16, 32), num_classes=4)
    block = model.get_submodule("stages.1.1")
    assert [n for n, _ in block.named_children()] == ["dwconv", "norm", "pwconv1", "act", "pwconv2"]
    assert block.dwconv.groups == 16 and block.dwconv.kernel_size == (7, 7) and block.dwconv.padding == (3, 3)
    assert (block.pwconv1.in_features, block.pwconv1.out_features) == (16, 64)
    assert (block.pwconv2.in_features, block.pwconv2.out_features) == (64, 16)
    assert torch.allclose(block.gamma, torch.full((16,), zoo.LAYER_SCALE))
    assert model.stem[0].kernel_size == (4, 4) and model.stem[0].stride == (4, 4)
    assert len(model.downsample_layers) == 2 and model.downsample_layers[1][1].stride == (2, 2)
    x = torch.rand(2, 3, 32, 32)
    with torch.no_grad():
        out = model(x)
        assert out.shape == (2, 4)
        assert torch.allclose(torch.fx.symbolic_trace(model)(x), out)
        # a block is a residual: with its layer scale at zero it passes its input through unchanged
        h = torch.rand(2, 16, 4, 4)
        block.gamma.zero_()
        assert torch.equal(block(h), h)
        # and every block matters for the output of the random-init model
        block.gamma.fill_(zoo.LAYER_SCALE)
        model.get_submodule("stages.2.0").gamma.zero_()
        assert not torch.allclose(model(x), out, atol=1e-4)


@pytest.mark.parametrize("builder", [zoo.hf_vit, zoo.hf_convnext])
def test_hf_models_run_with_logits(builder):
    model = builder(num_classes=3, channels=1)
    assert not model.training
    with torch.no_grad():
        out = model(torch.rand(2, 1, 32, 32))
    assert out.logits.shape == (2, 3) and torch.isfinite(out.logits).all()


def test_photographs():
    for channels in (1, 3):
        x = zoo.photographs(n=6, size=20, channels=channels, seed=3)
        assert x.shape == (6, channels, 20, 20) and x.dtype == torch.float32
        assert x.min() >= 0 and x.max() <= 1 and x.std() > 0.05
        flat = x.reshape(6, -1)
        assert all(not torch.allclose(flat[i], flat[j]) for i in range(6) for j in range(i))
    assert torch.equal(zoo.photographs(3, 16, seed=1), zoo.photographs(3, 16, seed=1))
    assert not torch.equal(zoo.photographs(3, 16, seed=1), zoo.photographs(3, 16, seed=2))
    with pytest.raises(ValueError):
        zoo.photographs(2, 16, channels=2)


def test_calibrate_norms_gives_bias_at_zero():
    model = zoo.resnet18(width=8)
    bn = model.get_submodule("layer1.0.bn1")
    zero = torch.zeros(1, 8, 1, 1)
    assert (torch.relu(bn(zero)) == 0).all()  # fresh: bn(0) = 0 in every channel
    x = zoo.photographs(8, 32)
    assert zoo.calibrate_norms(model, x) is model and not model.training
    assert all(not m.training for m in model.modules())
    with torch.no_grad():
        alive = (torch.relu(bn(zero)) != 0).flatten()
        assert alive.float().mean() >= 0.5
        assert ((bn.weight >= 0.5) & (bn.weight <= 1.5)).all()
        # the running statistics are those of the activations the BatchNorm sees in the returned model
        seen = []
        handle = model.layer1[0].conv1.register_forward_hook(lambda _m, _i, out: seen.append(out))
        model(x)
        handle.remove()
        assert torch.allclose(bn.running_mean, seen[0].mean((0, 2, 3)), atol=1e-5)
        assert torch.allclose(bn.running_var, seen[0].var((0, 2, 3)), rtol=1e-4)
    assert bn.momentum == 0.1
    again = zoo.calibrate_norms(zoo.resnet18(width=8), x)
    assert torch.equal(again.get_submodule("layer1.0.bn1").bias, bn.bias)  # seeded


# (model, layer, unit axis, perturbations per eval). In float64, so that the comparison is exact enough to
# catch any error of scale, sign or reduction even where single units move the logits by 1e-3 only.
def _resnet():
    return zoo.calibrate_norms(zoo.resnet18(width=8), zoo.photographs(8, 32, seed=1)), "layer2.0.conv1", 1, 5


def _vit():
    model = zoo.hf_vit(layers=2, mlp=48)
    return model, zoo.hf_vit_mlp(model, 1), -1, 20


def _convnext():
    return zoo.convnext(depths=(1, 1, 1, 1), dims=(8, 16, 32, 64)), "stages.1.0.pwconv1", -1, 64


@pytest.mark.parametrize("make", [_resnet, _vit, _convnext], ids=["resnet18", "hf_vit", "convnext"])
def test_captum_effects_equal_plain_loop(make):
    model, layer, axis, ppe = make()
    model = model.double()
    x = zoo.photographs(3, 32, seed=2).double()
    ref = peers.plain_loop_effects(model, layer, x, 2, axis)
    module = model.get_submodule(layer)
    assert ref.shape == (getattr(module, "out_features", None) or module.out_channels,)
    scale = np.abs(ref).max()
    assert scale > 1e-4
    np.testing.assert_allclose(peers.captum_unit_effects(model, layer, x, 2, axis, ppe), ref, rtol=1e-6,
                               atol=1e-8 * scale)


@pytest.mark.parametrize("ppe", [1, 3])
def test_captum_effects_with_a_target_per_sample(ppe):
    model, layer, axis, _ = _resnet()
    x = zoo.photographs(3, 32, seed=2)
    targets = [0, 1, 2]
    ref = peers.plain_loop_effects(model, layer, x, targets, axis)
    assert not np.allclose(ref, peers.plain_loop_effects(model, layer, x, 0, axis), atol=1e-3)
    np.testing.assert_allclose(peers.captum_unit_effects(model, layer, x, targets, axis, ppe), ref, atol=1e-5)


def test_captum_effects_survive_in_place_ops_after_the_layer():
    # bn2's output is added to in place (out += identity) in a residual block; captum alone gets this wrong
    model, *_ = _resnet()
    x = zoo.photographs(3, 32, seed=2)
    ref = peers.plain_loop_effects(model, "layer1.0.bn2", x, 1, 1)
    np.testing.assert_allclose(peers.captum_unit_effects(model, "layer1.0.bn2", x, 1, 1, 3), ref, atol=1e-5)


def test_captum_best_reports_every_setting():
    model, layer, axis, _ = _resnet()
    x = zoo.photographs(2, 32, seed=2)
    got = peers.captum_best(model, layer, x, 0, axis, settings=(1, 4, "all"))
    assert got["peer"] == "captum LayerFeatureAblation"
    assert set(got["all_settings"]) == {1, 4, "all"}
    assert got["peer_s"] == min(got["all_settings"].values())
    assert got["peer_setting"] in {"perturbations_per_eval=1", "perturbations_per_eval=4",
                                   "perturbations_per_eval=16"}
    np.testing.assert_allclose(got["effects"], peers.plain_loop_effects(model, layer, x, 0, axis), atol=1e-5)
    with pytest.raises(ValueError):
        peers.captum_unit_effects(model, layer, x, 0, 0, 1)  # the batch axis is not a unit axis
