"""The earlier fingerprint model (format ``attest-wouaf-1``), kept so that its weights still load.

It modulated a small no-norm latent decoder and, through its "carriers" (tiled constant textures fed
through their own modulated convs), added a separable pattern: the issue that replaced it measured
that zeroing the carrier convs removes the fingerprint and improves the image. New models are
:mod:`engine.fingerprint.vae` + :mod:`engine.fingerprint.modulation` (format ``attest-wouaf-2``).
Nothing new is built on this module; it only reads the old files.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import cast

import torch
import torch.nn as nn
import torch.nn.functional as F

from .models import W_DIM, FullyConnected, MappingNetwork


class ModConv2d(nn.Module):
    """A conv whose weights a fingerprint scales per input channel (no demodulation).

    ``forward(x, w=None)`` runs the plain conv (the unfingerprinted generator, or a baked export);
    with ``w`` of shape [B, 128] each sample of the batch gets its own weights, run as one grouped conv.
    """

    def __init__(self, in_ch: int, out_ch: int, kernel: int = 3, w_dim: int = W_DIM, scale_bias: float = 1.0) -> None:
        super().__init__()
        self.conv = nn.Conv2d(in_ch, out_ch, kernel, padding=kernel // 2)
        # WOUAF / StyleGAN2: normal weights with gain 1/sqrt(w_dim), bias 1 (scales near 1).
        # ``FingerprintedGenerator(affine_init=0)`` zeroes the weights: exactly the identity at step 0.
        self.affine = FullyConnected(w_dim, in_ch, bias_init=scale_bias)
        self.modulated = True

    def scales(self, w: torch.Tensor) -> torch.Tensor:
        return self.affine(w)

    def forward(self, x: torch.Tensor, w: torch.Tensor | None = None, *, grouped: bool = True) -> torch.Tensor:
        if w is None or not self.modulated:
            return self.conv(x)
        s = self.scales(w)  # [B, in]
        if not grouped:
            # Same result: scaling input channel i of x by s_i equals scaling W[:, i] (conv is linear,
            # zero padding stays zero). Cheaper on CPU, used in training.
            return self.conv(x * s[:, :, None, None])
        b, c, h, wd = x.shape
        weight = self.conv.weight[None] * s[:, None, :, None, None]  # [B, out, in, kh, kw]
        weight = weight.reshape(-1, c, *self.conv.weight.shape[2:])
        y = F.conv2d(x.reshape(1, b * c, h, wd), weight, None, padding=self.conv.padding, groups=b)
        y = y.reshape(b, -1, y.shape[2], y.shape[3])
        bias = self.conv.bias
        return y if bias is None else y + bias[None, :, None, None]

    @torch.no_grad()
    def bake(self, w: torch.Tensor) -> None:
        """Fold one user's scales into the conv weights and switch modulation off."""
        s = self.scales(w.reshape(1, -1))[0]
        self.conv.weight.mul_(s[None, :, None, None])
        self.modulated = False


class ResBlock(nn.Module):
    def __init__(self, ch: int) -> None:
        super().__init__()
        self.conv1 = ModConv2d(ch, ch)
        self.conv2 = ModConv2d(ch, ch)

    def forward(self, x: torch.Tensor, w: torch.Tensor | None, grouped: bool) -> torch.Tensor:
        h = self.conv1(F.silu(x), w, grouped=grouped)
        h = self.conv2(F.silu(h), w, grouped=grouped)
        return x + h


@dataclass(frozen=True)
class GeneratorConfig:
    """Architecture of the latent decoder; stored with the weights."""

    latent_ch: int = 4
    latent_size: int = 16
    channels: tuple[int, ...] = (64, 48, 32, 16)  # one stage per entry; 2x upsampling between
    blocks: int = 1
    # A learned constant input per stage (like StyleGAN's const input), tiled with this period and
    # fed through its own modulated conv. It gives the modulation a content-independent texture to
    # scale; 0 disables it (the base decoder has none).
    carrier_ch: int = 0
    carrier_period: int = 8
    carrier_gain: float = 0.1  # initial scale of the carrier convs' weights
    # Convs of stages before this one (and the conv into them) stay unmodulated: a shallower path
    # from the code to the pixels is easier to decode. 0 modulates every conv, as WOUAF does.
    mod_from_stage: int = 0
    # Zero-centred carriers: the carrier affines start with bias 0, so a carrier's amplitude is
    # entirely the user's (signed) scale and the unfingerprinted generator (no code) has no carrier
    # at all. Every image difference the carriers make then carries code, none is a shared offset.
    carrier_centred: bool = False

    @property
    def image_size(self) -> int:
        return self.latent_size * 2 ** (len(self.channels) - 1)

    def to_json(self) -> str:
        d = asdict(self)
        d["channels"] = list(self.channels)
        return json.dumps(d)

    @staticmethod
    def from_json(text: str) -> GeneratorConfig:
        d = json.loads(text)
        d["channels"] = tuple(d["channels"])
        return GeneratorConfig(**d)


class Generator(nn.Module):
    """Latent decoder: conv + residual blocks + nearest upsampling; every conv modulated."""

    def __init__(self, cfg: GeneratorConfig = GeneratorConfig()) -> None:
        super().__init__()
        self.cfg = cfg
        ch = cfg.channels
        self.conv_in = ModConv2d(cfg.latent_ch, ch[0])
        self.stages = nn.ModuleList()
        self.ups = nn.ModuleList()
        for i, c in enumerate(ch):
            self.stages.append(nn.ModuleList([ResBlock(c) for _ in range(cfg.blocks)]))
            if i + 1 < len(ch):
                self.ups.append(ModConv2d(c, ch[i + 1]))
        self.conv_out = ModConv2d(ch[-1], 3)
        if cfg.mod_from_stage > 0:
            self.conv_in.modulated = False
            for i in range(min(cfg.mod_from_stage, len(ch))):
                for blk in cast("Iterable[ResBlock]", self.stages[i]):
                    blk.conv1.modulated = blk.conv2.modulated = False
                if 0 < i + 1 < cfg.mod_from_stage and i < len(self.ups):
                    cast(ModConv2d, self.ups[i]).modulated = False
        if cfg.carrier_ch > 0:
            p = cfg.carrier_period
            self.carriers = nn.ParameterList([nn.Parameter(torch.randn(cfg.carrier_ch, p, p)) for _ in ch[1:]])
            cb = 0.0 if cfg.carrier_centred else 1.0
            self.carrier_convs = nn.ModuleList([ModConv2d(cfg.carrier_ch, c, scale_bias=cb) for c in ch[1:]])
            with torch.no_grad():
                for m in cast("Iterable[ModConv2d]", self.carrier_convs):
                    m.conv.weight.mul_(cfg.carrier_gain)
                    if m.conv.bias is not None:  # always, a ModConv2d's conv has a bias
                        m.conv.bias.zero_()

    def _carrier(self, i: int, h: torch.Tensor, w: torch.Tensor | None, grouped: bool) -> torch.Tensor:
        if w is None and self.cfg.carrier_centred and self.carrier_convs[i].modulated:
            return h  # no code, no carrier (a baked export has modulated=False and keeps its own)
        t = self.carriers[i]
        reps = (-(-h.shape[-2] // t.shape[-2]), -(-h.shape[-1] // t.shape[-1]))
        tile = t.repeat(1, *reps)[:, : h.shape[-2], : h.shape[-1]]
        return h + self.carrier_convs[i](tile[None].expand(h.shape[0], -1, -1, -1), w, grouped=grouped)

    def forward(self, z: torch.Tensor, w: torch.Tensor | None = None, *, grouped: bool = True) -> torch.Tensor:
        h = self.conv_in(z, w, grouped=grouped)
        for i, blocks in enumerate(self.stages):
            for blk in cast("Iterable[ResBlock]", blocks):
                h = blk(h, w, grouped)
            if i > 0 and self.cfg.carrier_ch > 0:
                h = self._carrier(i - 1, h, w, grouped)
            if i < len(self.ups):
                h = F.interpolate(h, scale_factor=2.0, mode="nearest")
                h = self.ups[i](h, w, grouped=grouped)
        return torch.sigmoid(self.conv_out(F.silu(h), w, grouped=grouped))

    def modulated_convs(self) -> list[tuple[str, ModConv2d]]:
        """The convs a fingerprint scales (those switched off by ``mod_from_stage`` excluded)."""
        return [(n, m) for n, m in self.named_modules() if isinstance(m, ModConv2d) and m.modulated]


class Encoder(nn.Module):
    """Image -> latent (stride 2 per stage); frozen in WOUAF, here it turns scenes into latents."""

    def __init__(self, cfg: GeneratorConfig = GeneratorConfig()) -> None:
        super().__init__()
        ch = list(reversed(cfg.channels))
        layers: list[nn.Module] = [nn.Conv2d(3, ch[0], 3, padding=1), nn.SiLU()]
        for i in range(len(ch) - 1):
            layers += [nn.Conv2d(ch[i], ch[i + 1], 4, stride=2, padding=1), nn.SiLU(),
                       nn.Conv2d(ch[i + 1], ch[i + 1], 3, padding=1), nn.SiLU()]
        layers += [nn.Conv2d(ch[-1], cfg.latent_ch, 3, padding=1)]
        self.net = nn.Sequential(*layers)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.net(x * 2 - 1)


class FingerprintedGenerator(nn.Module):
    """Mapping network + modulated generator: what the provider holds for all users."""

    def __init__(self, gen_cfg: GeneratorConfig, k: int, affine_init: float = 1.0,
                 carrier_affine_init: float | None = None) -> None:
        super().__init__()
        self.k = k
        self.mapping = MappingNetwork(k)
        self.generator = Generator(gen_cfg)
        cai = affine_init if carrier_affine_init is None else carrier_affine_init
        if affine_init != 1.0 or cai != 1.0:
            # Our decoder has no normalisation layers, so per-channel scales compound over every
            # conv; a smaller spread keeps the start "near the identity" as in WOUAF (where group
            # norms absorb much of it) and keeps the image a near-linear function of the code.
            with torch.no_grad():
                for name, m in self.generator.modulated_convs():
                    m.affine.weight.mul_(cai if name.startswith("carrier_convs") else affine_init)

    def forward(self, z: torch.Tensor, bits: torch.Tensor | None, *, grouped: bool = True) -> torch.Tensor:
        w = None if bits is None else self.mapping(bits)
        return self.generator(z, w, grouped=grouped)

    @torch.no_grad()
    def baked_generator(self, bits: torch.Tensor) -> Generator:
        """A plain generator for one user, their modulation folded into the conv weights."""
        g = Generator(self.generator.cfg)
        g.load_state_dict(self.generator.state_dict())
        w = self.mapping(bits.reshape(1, -1).float())
        for _, m in g.modulated_convs():
            m.bake(w)
        return g.eval()


def baked_state(gen: Generator) -> dict[str, torch.Tensor]:
    """Weights of a baked generator: only the convs (the affines are meaningless once baked)."""
    return {k: v.detach().contiguous().clone() for k, v in gen.state_dict().items() if ".affine." not in k}


def load_baked(tensors: dict[str, torch.Tensor], cfg: GeneratorConfig) -> Generator:
    g = Generator(cfg)
    missing = [k for k in g.state_dict() if ".affine." not in k and k not in tensors]
    if missing:
        raise KeyError(f"missing tensors: {missing[:3]}")
    g.load_state_dict({**g.state_dict(), **tensors})
    for _, m in g.modulated_convs():
        m.modulated = False
    return g.eval()


