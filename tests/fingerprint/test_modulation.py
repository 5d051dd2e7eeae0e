"""WOUAF modulation math: grouped conv per user, baked export, mapping network learning rate."""

from __future__ import annotations

import torch

from engine.fingerprint.models import (FingerprintedGenerator, FullyConnected, GeneratorConfig, ModConv2d,
                                       baked_state, load_baked)

SMALL = GeneratorConfig(latent_ch=4, latent_size=4, channels=(16, 8), blocks=1, carrier_ch=2, carrier_period=3)


def test_modconv_scales_weights_per_input_channel():
    torch.manual_seed(0)
    m = ModConv2d(5, 7)
    w = torch.randn(1, 128)
    x = torch.randn(1, 5, 9, 9)
    s = m.scales(w)[0]
    expected = torch.nn.functional.conv2d(x, m.conv.weight * s[None, :, None, None], m.conv.bias, padding=1)
    assert torch.allclose(m(x, w), expected, atol=1e-5)
    # Not the identity at initialisation (WOUAF: random affine weights, bias 1) ...
    assert (s - 1).abs().max() > 1e-3
    # ... but centred on it.
    assert abs(float(m.affine.bias.mean()) - 1.0) < 1e-6


def test_grouped_conv_batch_equals_each_user_alone():
    torch.manual_seed(1)
    m = ModConv2d(6, 4)
    x = torch.randn(5, 6, 8, 8)
    w = torch.randn(5, 128)
    batched = m(x, w, grouped=True)
    single = torch.cat([m(x[i:i + 1], w[i:i + 1], grouped=True) for i in range(5)])
    scaled_input = m(x, w, grouped=False)
    assert torch.allclose(batched, single, atol=1e-5)
    assert torch.allclose(batched, scaled_input, atol=1e-5)


def test_generator_batch_of_users_equals_per_user():
    torch.manual_seed(2)
    fg = FingerprintedGenerator(SMALL, k=48).eval()
    z = torch.randn(3, 4, 4, 4)
    bits = torch.randint(0, 2, (3, 48)).float()
    with torch.no_grad():
        batched = fg(z, bits)
        single = torch.cat([fg(z[i:i + 1], bits[i:i + 1]) for i in range(3)])
    assert batched.shape == (3, 3, SMALL.image_size, SMALL.image_size)
    assert torch.allclose(batched, single, atol=1e-5)
    # Different users give different images from the same latent.
    assert (batched[0] - fg(z[:1], bits[1:2]).detach()[0]).abs().max() > 1e-4


def test_baked_export_equals_modulated_forward():
    torch.manual_seed(3)
    fg = FingerprintedGenerator(SMALL, k=48).eval()
    bits = torch.randint(0, 2, (48,)).float()
    z = torch.randn(2, 4, 4, 4)
    with torch.no_grad():
        modulated = fg(z, bits.expand(2, -1))
        baked = fg.baked_generator(bits)
        out = baked(z)
        # Through a plain state dict, as the exported safetensors file carries it.
        reloaded = load_baked(baked_state(baked), SMALL)(z)
    assert torch.allclose(out, modulated, atol=1e-5)
    assert torch.allclose(reloaded, modulated, atol=1e-5)
    assert not any(".affine." in k for k in baked_state(baked))


def test_mapping_network_uses_lr_multiplier():
    fc = FullyConnected(48, 128, lr_mul=0.01, activation=True)
    assert abs(fc.weight_gain - 0.01 / 48 ** 0.5) < 1e-12
    # Effective weights have the usual scale though the stored ones are 100x larger.
    eff = fc.weight * fc.weight_gain
    assert 0.05 < float(eff.std() * 48 ** 0.5) < 2.0
    assert float(fc.weight.std()) > 50


def test_generator_config_roundtrip_and_size_agnostic():
    cfg = GeneratorConfig(latent_ch=3, latent_size=5, channels=(12, 10, 6), blocks=2)
    assert GeneratorConfig.from_json(cfg.to_json()) == cfg
    fg = FingerprintedGenerator(cfg, k=64)
    n = len(fg.generator.modulated_convs())
    assert n == 1 + 3 * 2 * 2 + 2 + 1  # conv_in, 2 convs per block, upsample convs, conv_out
    with_carrier = FingerprintedGenerator(GeneratorConfig(channels=(12, 10, 6), carrier_ch=3), k=48)
    assert len(with_carrier.generator.modulated_convs()) == 1 + 3 * 2 + 2 + 1 + 2  # one carrier conv per later stage
    with torch.no_grad():
        y = fg(torch.randn(2, 3, 5, 5), torch.randint(0, 2, (2, 64)).float())
    assert y.shape == (2, 3, 20, 20)


def test_partial_modulation_bakes_only_modulated_convs():
    torch.manual_seed(4)
    cfg = GeneratorConfig(latent_ch=4, latent_size=4, channels=(16, 12, 8), carrier_ch=2, carrier_period=3,
                          mod_from_stage=2)
    fg = FingerprintedGenerator(cfg, k=48).eval()
    names = [n for n, _ in fg.generator.modulated_convs()]
    assert "conv_in" not in names and not any(n.startswith(("stages.0.", "stages.1.", "ups.0")) for n in names)
    assert "ups.1" in names and "conv_out" in names
    bits = torch.randint(0, 2, (48,)).float()
    z = torch.randn(2, 4, 4, 4)
    with torch.no_grad():
        baked = load_baked(baked_state(fg.baked_generator(bits)), cfg)(z)
        assert torch.allclose(baked, fg(z, bits.expand(2, -1)), atol=1e-5)
        assert not torch.allclose(baked, fg(z, None), atol=1e-4)
