"""WOUAF modulation math: grouped conv per user, baked export, mapping network learning rate."""

from __future__ import annotations

import pytest
import torch

from engine.fingerprint.models import (
    FingerprintedGenerator,
    FullyConnected,
    GeneratorConfig,
    ModConv2d,
    baked_state,
    load_baked,
)

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


def test_centred_carriers_belong_to_the_user_alone():
    """Zero-centred carriers: no code means no carrier; with a code, the carriers are the only change
    while the conv affines sit at the identity (affine_init=0), and a baked export keeps them."""
    torch.manual_seed(5)
    cfg = GeneratorConfig(latent_ch=4, latent_size=4, channels=(16, 12, 8), carrier_ch=3, carrier_period=3,
                          mod_from_stage=1, carrier_centred=True)
    fg = FingerprintedGenerator(cfg, k=48, affine_init=0.0, carrier_affine_init=1.0).eval()
    plain = FingerprintedGenerator(GeneratorConfig(latent_ch=4, latent_size=4, channels=(16, 12, 8)), k=48).eval()
    plain.generator.load_state_dict({k: v for k, v in fg.generator.state_dict().items()
                                     if not k.startswith("carrier")})
    z = torch.randn(2, 4, 4, 4)
    bits = torch.randint(0, 2, (2, 48)).float()
    for name, m in fg.generator.modulated_convs():
        s = m.scales(fg.mapping(bits))
        if name.startswith("carrier_convs"):
            assert float(m.affine.bias.abs().max()) == 0.0 and float(s.abs().mean()) > 0.1
        else:
            assert torch.equal(s, torch.ones_like(s))  # the identity, exactly
    with torch.no_grad():
        assert torch.equal(fg(z, None), plain.generator(z))  # unfingerprinted: no carrier at all
        user = fg(z, bits)
        assert (user - plain.generator(z)).abs().max() > 1e-3  # the code shows, through the carriers only
        baked = load_baked(baked_state(fg.baked_generator(bits[0])), cfg)(z[:1])
    assert torch.allclose(baked, user[:1], atol=1e-5)


def test_flatten_head_reads_any_size_at_its_own_grid():
    from engine.fingerprint.models import DecoderConfig, FingerprintDecoder
    torch.manual_seed(6)
    for cfg in (DecoderConfig(k=48, channels=(8, 12, 16, 16), input_size=64, head="flatten"),
                DecoderConfig(k=48, channels=(8, 12), input_size=64, unshuffle=4, head="flatten")):
        dec = FingerprintDecoder(cfg).eval()
        x = torch.rand(2, 3, 64, 64)
        with torch.no_grad():
            at_size = dec(x)
            # Another size is resized to input_size first, even when "native" is asked for.
            bigger = dec(torch.nn.functional.interpolate(x, size=(96, 96), mode="bilinear"), native=True)
        assert at_size.shape == bigger.shape == (2, 48)
        assert float((at_size - bigger).abs().max()) < float(at_size.abs().max())
    with pytest.raises(ValueError, match="max"):
        FingerprintDecoder(DecoderConfig(head="max"))
    assert DecoderConfig.from_json(DecoderConfig(head="flatten").to_json()).head == "flatten"
