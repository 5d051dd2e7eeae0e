"""The pieces of WOUAF that are not the generator: StyleGAN2's equalised-lr layers and mapping network,
and the fingerprint decoder (image -> bit logits).

The generator is :mod:`engine.fingerprint.vae` (an SD-layout autoencoder); the modulation of its
decoder is :mod:`engine.fingerprint.modulation`.
"""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass
from typing import Any

import torch
import torch.nn as nn
import torch.nn.functional as F

W_DIM = 128

IMAGENET_MEAN = (0.485, 0.456, 0.406)
IMAGENET_STD = (0.229, 0.224, 0.225)


class FullyConnected(nn.Module):
    """StyleGAN2's equalised-learning-rate linear layer.

    The stored weight is ``randn / lr_mul`` and is multiplied by ``lr_mul / sqrt(in)`` at run time,
    so Adam's effective step on the layer is scaled by ``lr_mul`` (0.01 for the mapping network).
    """

    def __init__(self, in_features: int, out_features: int, *, bias_init: float = 0.0,
                 lr_mul: float = 1.0, activation: bool = False) -> None:
        super().__init__()
        self.weight = nn.Parameter(torch.randn(out_features, in_features) / lr_mul)
        self.bias = nn.Parameter(torch.full((out_features,), float(bias_init) / lr_mul))
        self.weight_gain = lr_mul / math.sqrt(in_features)
        self.bias_gain = lr_mul
        self.activation = activation

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        y = F.linear(x, self.weight * self.weight_gain, self.bias * self.bias_gain)
        if self.activation:
            y = F.leaky_relu(y, 0.2) * math.sqrt(2.0)
        return y


class MappingNetwork(nn.Module):
    """k fingerprint bits (as 0/1 floats) -> a 128-d vector w, as in WOUAF."""

    def __init__(self, k: int, w_dim: int = W_DIM, lr_mul: float = 0.01) -> None:
        super().__init__()
        self.k = k
        self.fc0 = FullyConnected(k, w_dim, lr_mul=lr_mul, activation=True)
        self.fc1 = FullyConnected(w_dim, w_dim, lr_mul=lr_mul, activation=True)

    def forward(self, bits: torch.Tensor) -> torch.Tensor:
        return self.fc1(self.fc0(bits.float()))


@dataclass(frozen=True)
class DecoderConfig:
    k: int = 48
    channels: tuple[int, ...] = (32, 64, 128, 192)
    input_size: int = 128
    unshuffle: int = 0  # >0: a lossless space-to-depth stem of this factor instead of a strided conv
    # "mean": global average pooling, then a linear layer (any input size). "flatten": the final
    # feature grid, flattened, then a linear layer: it keeps where on the image each feature is,
    # which reads position-anchored carriers far sooner; inputs are resized to ``input_size``.
    head: str = "mean"
    # "batch": BatchNorm (the earlier model); "group": GroupNorm with 8 groups, so that a decode never
    # depends on the other images of the batch (batch statistics over pairs of one scene under two
    # codes read the code from the pair, which a single image at test time does not have).
    norm: str = "batch"
    # > 0: read the image as tiles of this side (the size the decoder was trained on) and average
    # their pooled features; a CNN trained on small windows reads a large image badly in one pass
    # (its border effects differ), and the average over tiles is an ensemble of reads of one code.
    tile: int = 0

    def to_json(self) -> str:
        d = asdict(self)
        d["channels"] = list(self.channels)
        return json.dumps(d)

    @staticmethod
    def from_json(text: str) -> DecoderConfig:
        d = json.loads(text)
        d["channels"] = tuple(d["channels"])
        return DecoderConfig(**d)


def _norm(kind: str, ch: int) -> nn.Module:
    if kind == "batch":
        return nn.BatchNorm2d(ch)
    if kind == "group":
        return nn.GroupNorm(8, ch)
    raise ValueError(f"unknown decoder norm {kind!r}")


class FingerprintDecoder(nn.Module):
    """Image in [0, 1] -> k bit logits. Global pooling makes it indifferent to crops and shifts."""

    mean: torch.Tensor  # buffers registered in __init__, declared for the type checker
    std: torch.Tensor

    def __init__(self, cfg: DecoderConfig = DecoderConfig()) -> None:
        super().__init__()
        self.cfg = cfg
        layers: list[nn.Module] = []
        cin = 3
        if cfg.unshuffle > 1:
            # Space-to-depth keeps every pixel (a fingerprint may live in the finest texture) while
            # the convs run at a low resolution, which is what a CPU can afford.
            layers.append(nn.PixelUnshuffle(cfg.unshuffle))
            cin = 3 * cfg.unshuffle ** 2
        for i, c in enumerate(cfg.channels):
            stride = 1 if (cfg.unshuffle > 1 and i == 0) else 2
            layers += [nn.Conv2d(cin, c, 3, stride=stride, padding=1), _norm(cfg.norm, c), nn.ReLU(inplace=True)]
            if i > 0:
                layers += [nn.Conv2d(c, c, 3, padding=1), _norm(cfg.norm, c), nn.ReLU(inplace=True)]
            cin = c
        self.features = nn.Sequential(*layers)
        if cfg.head == "flatten":
            grid = cfg.input_size // (cfg.unshuffle if cfg.unshuffle > 1 else 1)
            grid = grid // 2 ** (len(cfg.channels) - (1 if cfg.unshuffle > 1 else 0))
            self.head = nn.Linear(cin * grid * grid, cfg.k)
        elif cfg.head == "mean":
            self.head = nn.Linear(cin, cfg.k)
        else:
            raise ValueError(f"unknown decoder head {cfg.head!r}")
        self.register_buffer("mean", torch.tensor(IMAGENET_MEAN).view(1, 3, 1, 1), persistent=False)
        self.register_buffer("std", torch.tensor(IMAGENET_STD).view(1, 3, 1, 1), persistent=False)

    def forward(self, x: torch.Tensor, native: bool = False) -> torch.Tensor:
        """``native=True`` skips the resize to ``input_size`` (training on crops at native scale)."""
        wrong_size = x.shape[-1] != self.cfg.input_size or x.shape[-2] != self.cfg.input_size
        if (not native or self.cfg.head == "flatten") and wrong_size:
            x = F.interpolate(x, size=(self.cfg.input_size, self.cfg.input_size), mode="bilinear",
                              align_corners=False, antialias=True)
        t = self.cfg.tile
        if t > 0 and self.cfg.head == "mean" and (x.shape[-1] > t or x.shape[-2] > t):
            return self.head(self._tiled_features(x, t))
        h = self.features((x - self.mean) / self.std)
        return self.head(h.flatten(1) if self.cfg.head == "flatten" else h.mean(dim=(2, 3)))

    def _tiled_features(self, x: torch.Tensor, t: int) -> torch.Tensor:
        """Mean pooled features over tiles of side ``t`` covering ``x`` (the last row and column of tiles
        aligned with the far edges, so every pixel is read); a side shorter than ``t`` is one tile."""
        n, _, h, w = x.shape

        def starts(size: int) -> list[int]:
            if size <= t:
                return [0]
            k = -(-size // t)
            return sorted({round(i * (size - t) / (k - 1)) for i in range(k)})

        tiles = [x[..., y:y + t, x0:x0 + t] for y in starts(h) for x0 in starts(w)]
        batch = torch.cat(tiles)  # [T * N, 3, t', t']
        feats = self.features((batch - self.mean) / self.std).mean(dim=(2, 3))
        return feats.reshape(len(tiles), n, -1).mean(0)


def meta_dict(**kw: Any) -> dict[str, str]:
    return {k: v if isinstance(v, str) else json.dumps(v) for k, v in kw.items()}


__all__ = ["W_DIM", "DecoderConfig", "FingerprintDecoder", "FullyConnected", "MappingNetwork", "meta_dict"]
