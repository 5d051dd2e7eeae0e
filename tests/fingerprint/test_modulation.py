"""WOUAF modulation on an SD-layout decoder: which layers, batch of users, baked export, plug-in decoders."""

from __future__ import annotations

import pytest
import torch
import torch.nn as nn

from engine.fingerprint.models import FullyConnected
from engine.fingerprint.modulation import FingerprintedGenerator, Modulator, bake, modulation_targets
from engine.fingerprint.vae import AEConfig, Decoder, Encoder, ImageDecoder

TINY = AEConfig(channels=(8, 16), groups=4)


def _fg(seed: int = 0, k: int = 48) -> FingerprintedGenerator:
    torch.manual_seed(seed)
    gen = ImageDecoder(TINY)
    return FingerprintedGenerator(gen, Modulator(gen.decoder, k)).eval()


def test_targets_are_exactly_resnet_convs_and_attention_qkv():
    dec = Decoder(AEConfig(channels=(8, 16, 16), groups=4, layers_per_block=1))
    names = [n for n, _ in modulation_targets(dec)]
    resnets = [n for n, m in dec.named_modules() if type(m).__name__ == "ResnetBlock"]
    # mid block: 2 ResNets; 3 up blocks of layers_per_block + 1 = 2 ResNets each
    assert len(resnets) == 2 + 3 * 2
    assert sorted(names) == sorted([f"{r}.conv{i}" for r in resnets for i in (1, 2)]
                                   + [f"mid_block.attentions.0.to_{x}" for x in "qkv"])
    # nothing else: no shortcut, upsampler, conv_in/conv_out or output projection is modulated
    assert not any(n.endswith(("conv_shortcut", "upsamplers.0.conv", "to_out.0")) or n in ("conv_in", "conv_out")
                   for n in names)


def test_batch_of_users_equals_each_user_alone_and_none_is_the_base():
    fg = _fg()
    z = torch.randn(3, TINY.latent_ch, 6, 6)
    bits = torch.randint(0, 2, (3, 48)).float()
    with torch.no_grad():
        batched = fg(z, bits)
        alone = torch.cat([fg(z[i:i + 1], bits[i:i + 1]) for i in range(3)])
        base = fg.gen(z)
        unmodulated = fg(z, None)
    assert torch.allclose(batched, alone, atol=1e-5)
    assert torch.equal(base, unmodulated)
    # WOUAF's init (random affine weights, bias 1): the fingerprint changes the image from step 0
    assert float((batched - base).abs().mean()) > 1e-3


def test_baked_export_equals_modulated_forward_and_differs_only_in_modulated_weights():
    fg = _fg(1)
    bits = torch.randint(0, 2, (48,)).float()
    export = fg.baked_generator(bits)
    z = torch.randn(2, TINY.latent_ch, 5, 7)
    with torch.no_grad():
        assert torch.allclose(export(z), fg(z, bits[None].expand(2, -1)), atol=1e-5)
    base, baked = fg.gen.state_dict(), export.state_dict()
    assert list(base) == list(baked)  # same names, same order: the base architecture
    changed = {n for n in base if not torch.equal(base[n], baked[n])}
    targets = {f"decoder.{n}.weight" for n, _ in modulation_targets(fg.gen.decoder)}
    assert changed == targets
    # the export has no hooks left and the provider's generator is untouched
    assert not any(m._forward_pre_hooks for m in export.modules())
    assert not any(m._forward_pre_hooks for m in fg.gen.modules())


def test_scales_are_per_input_channel_of_each_layer():
    fg = _fg(2)
    bits = torch.randint(0, 2, (1, 48)).float()
    scales = fg.mod.scales(bits)
    layers = dict(fg.gen.decoder.named_modules())
    for name, s in scales.items():
        m = layers[name]
        assert s.shape == (1, m.in_channels if isinstance(m, nn.Conv2d) else m.in_features)
    baked = bake(fg.gen.decoder, fg.mod, bits[0])
    name = "mid_block.attentions.0.to_k"
    w0 = layers[name].weight
    w1 = dict(baked.named_modules())[name].weight
    assert torch.allclose(w1, w0 * scales[name][0][None, :])


def test_a_decoder_with_compvis_names_plugs_in():
    class Res(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.norm1, self.conv1 = nn.GroupNorm(2, 4), nn.Conv2d(4, 4, 3, padding=1)
            self.norm2, self.conv2 = nn.GroupNorm(2, 4), nn.Conv2d(4, 4, 3, padding=1)

        def forward(self, x: torch.Tensor) -> torch.Tensor:
            return x + self.conv2(torch.relu(self.norm2(self.conv1(torch.relu(self.norm1(x))))))

    class Attn(nn.Module):  # CompVis ldm: q/k/v as 1x1 convs
        def __init__(self) -> None:
            super().__init__()
            self.norm = nn.GroupNorm(2, 4)
            self.q, self.k, self.v = (nn.Conv2d(4, 4, 1) for _ in range(3))
            self.proj_out = nn.Conv2d(4, 4, 1)

        def forward(self, x: torch.Tensor) -> torch.Tensor:
            h = self.norm(x)
            q, k, v = (t.flatten(2) for t in (self.q(h), self.k(h), self.v(h)))
            a = torch.softmax(q.transpose(1, 2) @ k / 2.0, -1)
            return x + self.proj_out((v @ a.transpose(1, 2)).reshape(x.shape))

    class Dec(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.mid = nn.Sequential(Res(), Attn(), Res())

        def forward(self, z: torch.Tensor) -> torch.Tensor:
            return self.mid(z)

    torch.manual_seed(3)
    dec = Dec()
    assert len(modulation_targets(dec)) == 2 * 2 + 3
    mod = Modulator(dec, 16)
    bits = torch.randint(0, 2, (1, 16)).float()
    z = torch.randn(1, 4, 5, 5)
    with torch.no_grad(), mod.applied(dec, bits):
        hooked = dec(z)
    with torch.no_grad():
        assert torch.allclose(bake(dec, mod, bits[0])(z), hooked, atol=1e-5)
    with pytest.raises(ValueError, match="no ResNet"):
        Modulator(nn.Sequential(nn.Conv2d(4, 4, 3)), 16)
    with pytest.raises(ValueError, match="zero padding"):
        bad = Dec()
        bad.mid[0].conv1.padding_mode = "reflect"
        modulation_targets(bad)


def test_mapping_network_uses_lr_multiplier():
    fc = FullyConnected(48, 128, lr_mul=0.01, activation=True)
    assert abs(fc.weight_gain - 0.01 / 48 ** 0.5) < 1e-12
    eff = fc.weight * fc.weight_gain
    assert 0.05 < float(eff.std() * 48 ** 0.5) < 2.0
    assert float(fc.weight.std()) > 50


def test_autoencoder_config_roundtrip_and_shapes():
    cfg = AEConfig(channels=(8, 16, 16), groups=4, latent_ch=4)
    assert AEConfig.from_json(cfg.to_json()) == cfg and cfg.factor == 4
    torch.manual_seed(4)
    enc, gen = Encoder(cfg).eval(), ImageDecoder(cfg).eval()
    x = torch.rand(2, 3, 32, 48)
    with torch.no_grad():
        z = enc(x)
        y = gen(z)
    assert z.shape == (2, 4, 8, 12) and y.shape == x.shape
