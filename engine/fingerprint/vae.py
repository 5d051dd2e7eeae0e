"""A small autoencoder with the layout of the Stable Diffusion VAE (``AutoencoderKL``).

The generator of the tracing audit decodes latents, as a latent-diffusion model does. Its decoder
has the block structure of the SD VAE decoder, with diffusers' module names, at a small width:

    conv_in -> mid_block (ResNet, attention, ResNet) -> up_blocks[i] (ResNets, then an upsampler
    except in the last) -> conv_norm_out (GroupNorm) -> SiLU -> conv_out

Every ResNet block is ``norm1 -> SiLU -> conv1 -> norm2 -> SiLU -> conv2`` plus a shortcut (a 1x1
``conv_shortcut`` when the width changes); the attention block is GroupNorm then single-head
``to_q``/``to_k``/``to_v`` linear projections over the pixels and ``to_out.0``, with a residual.
The encoder mirrors it (down blocks with stride-2 downsamplers) and, like SD's, predicts a mean and
a log-variance; generation uses the mean (``Encoder.forward``) or samples latents.

The fingerprint (:mod:`engine.fingerprint.modulation`) needs nothing from this file but the names
``conv1``/``conv2`` inside ResNet blocks and ``to_q``/``to_k``/``to_v`` inside attention blocks, so a
real SD VAE decoder (diffusers ``AutoencoderKL().decoder``) plugs into the same code.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

import torch
import torch.nn as nn
import torch.nn.functional as F


@dataclass(frozen=True)
class AEConfig:
    """Architecture of the autoencoder; stored in the weights' metadata."""

    latent_ch: int = 4
    channels: tuple[int, ...] = (32, 64, 64)  # SD: (128, 256, 512, 512); one 2x step between entries
    layers_per_block: int = 1  # the decoder has layers_per_block + 1 ResNets per up block, as in SD
    groups: int = 8  # GroupNorm groups (SD: 32)
    scaling: float = 1.0  # latents are divided by this before decoding (SD: 0.18215)

    @property
    def factor(self) -> int:
        return 2 ** (len(self.channels) - 1)

    def to_json(self) -> str:
        d = asdict(self)
        d["channels"] = list(self.channels)
        return json.dumps(d)

    @staticmethod
    def from_json(text: str) -> AEConfig:
        d = json.loads(text)
        d["channels"] = tuple(d["channels"])
        return AEConfig(**d)


class ResnetBlock(nn.Module):
    def __init__(self, cin: int, cout: int, groups: int) -> None:
        super().__init__()
        self.norm1 = nn.GroupNorm(groups, cin, eps=1e-6)
        self.conv1 = nn.Conv2d(cin, cout, 3, padding=1)
        self.norm2 = nn.GroupNorm(groups, cout, eps=1e-6)
        self.conv2 = nn.Conv2d(cout, cout, 3, padding=1)
        self.conv_shortcut = nn.Conv2d(cin, cout, 1) if cin != cout else None

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.conv1(F.silu(self.norm1(x)))
        h = self.conv2(F.silu(self.norm2(h)))
        return (x if self.conv_shortcut is None else self.conv_shortcut(x)) + h


class Attention(nn.Module):
    """Single-head self-attention over the pixels (the SD VAE's mid-block attention)."""

    def __init__(self, ch: int, groups: int) -> None:
        super().__init__()
        self.group_norm = nn.GroupNorm(groups, ch, eps=1e-6)
        self.to_q = nn.Linear(ch, ch)
        self.to_k = nn.Linear(ch, ch)
        self.to_v = nn.Linear(ch, ch)
        self.to_out = nn.ModuleList([nn.Linear(ch, ch)])

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        b, c, h, w = x.shape
        t = self.group_norm(x).reshape(b, c, h * w).transpose(1, 2)  # [B, HW, C]
        q, k, v = self.to_q(t), self.to_k(t), self.to_v(t)
        a = F.scaled_dot_product_attention(q[:, None], k[:, None], v[:, None])[:, 0]
        return x + self.to_out[0](a).transpose(1, 2).reshape(b, c, h, w)


class MidBlock(nn.Module):
    def __init__(self, ch: int, groups: int) -> None:
        super().__init__()
        self.resnets = nn.ModuleList([ResnetBlock(ch, ch, groups), ResnetBlock(ch, ch, groups)])
        self.attentions = nn.ModuleList([Attention(ch, groups)])

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = self.resnets[0](x)
        x = self.attentions[0](x)
        return self.resnets[1](x)


class Upsample(nn.Module):
    def __init__(self, ch: int) -> None:
        super().__init__()
        self.conv = nn.Conv2d(ch, ch, 3, padding=1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.conv(F.interpolate(x, scale_factor=2.0, mode="nearest"))


class Downsample(nn.Module):
    def __init__(self, ch: int) -> None:
        super().__init__()
        self.conv = nn.Conv2d(ch, ch, 3, stride=2, padding=0)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.conv(F.pad(x, (0, 1, 0, 1)))  # SD pads right and bottom only


class UpBlock(nn.Module):
    def __init__(self, cin: int, cout: int, n: int, groups: int, upsample: bool) -> None:
        super().__init__()
        self.resnets = nn.ModuleList([ResnetBlock(cin if i == 0 else cout, cout, groups) for i in range(n)])
        self.upsamplers = nn.ModuleList([Upsample(cout)]) if upsample else None

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        for r in self.resnets:
            x = r(x)
        if self.upsamplers is not None:
            x = self.upsamplers[0](x)
        return x


class DownBlock(nn.Module):
    def __init__(self, cin: int, cout: int, n: int, groups: int, downsample: bool) -> None:
        super().__init__()
        self.resnets = nn.ModuleList([ResnetBlock(cin if i == 0 else cout, cout, groups) for i in range(n)])
        self.downsamplers = nn.ModuleList([Downsample(cout)]) if downsample else None

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        for r in self.resnets:
            x = r(x)
        if self.downsamplers is not None:
            x = self.downsamplers[0](x)
        return x


class Decoder(nn.Module):
    """Latent [B, latent_ch, h, w] -> image [B, 3, h*f, w*f] in about [-1, 1] (the SD decoder's range)."""

    def __init__(self, cfg: AEConfig = AEConfig()) -> None:
        super().__init__()
        self.cfg = cfg
        rev = list(reversed(cfg.channels))
        self.conv_in = nn.Conv2d(cfg.latent_ch, rev[0], 3, padding=1)
        self.mid_block = MidBlock(rev[0], cfg.groups)
        blocks = []
        prev = rev[0]
        for i, c in enumerate(rev):
            blocks.append(UpBlock(prev, c, cfg.layers_per_block + 1, cfg.groups, upsample=i + 1 < len(rev)))
            prev = c
        self.up_blocks = nn.ModuleList(blocks)
        self.conv_norm_out = nn.GroupNorm(cfg.groups, rev[-1], eps=1e-6)
        self.conv_out = nn.Conv2d(rev[-1], 3, 3, padding=1)

    def forward(self, z: torch.Tensor) -> torch.Tensor:
        h = self.mid_block(self.conv_in(z))
        for blk in self.up_blocks:
            h = blk(h)
        return self.conv_out(F.silu(self.conv_norm_out(h)))


class Encoder(nn.Module):
    """Image in [0, 1] -> latent mean (``forward``) or (mean, logvar) (``moments``)."""

    def __init__(self, cfg: AEConfig = AEConfig()) -> None:
        super().__init__()
        self.cfg = cfg
        ch = cfg.channels
        self.conv_in = nn.Conv2d(3, ch[0], 3, padding=1)
        blocks = []
        prev = ch[0]
        for i, c in enumerate(ch):
            blocks.append(DownBlock(prev, c, cfg.layers_per_block, cfg.groups, downsample=i + 1 < len(ch)))
            prev = c
        self.down_blocks = nn.ModuleList(blocks)
        self.mid_block = MidBlock(ch[-1], cfg.groups)
        self.conv_norm_out = nn.GroupNorm(cfg.groups, ch[-1], eps=1e-6)
        self.conv_out = nn.Conv2d(ch[-1], 2 * cfg.latent_ch, 3, padding=1)

    def moments(self, x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        h = self.conv_in(x * 2 - 1)
        for blk in self.down_blocks:
            h = blk(h)
        h = self.conv_out(F.silu(self.conv_norm_out(self.mid_block(h))))
        mean, logvar = h.chunk(2, dim=1)
        return mean * self.cfg.scaling, logvar.clamp(-30, 20)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.moments(x)[0]


class ImageDecoder(nn.Module):
    """The generator a user gets: latents -> image in [0, 1] through an SD-layout ``decoder``."""

    def __init__(self, cfg: AEConfig = AEConfig(), decoder: nn.Module | None = None) -> None:
        super().__init__()
        self.cfg = cfg
        self.decoder = decoder if decoder is not None else Decoder(cfg)

    def forward(self, z: torch.Tensor) -> torch.Tensor:
        return (self.decoder(z / self.cfg.scaling) + 1) * 0.5


def param_count(m: nn.Module) -> int:
    return sum(p.numel() for p in m.parameters())


def kl_loss(mean: torch.Tensor, logvar: torch.Tensor) -> torch.Tensor:
    return 0.5 * torch.mean(mean.pow(2) + logvar.exp() - 1.0 - logvar)


__all__ = ["AEConfig", "Attention", "Decoder", "Encoder", "ImageDecoder", "ResnetBlock", "kl_loss",
           "param_count"]
