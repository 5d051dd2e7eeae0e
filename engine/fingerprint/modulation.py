"""WOUAF's weight modulation, on any decoder with the SD VAE decoder's block structure.

The fingerprint is a k-bit code. A mapping network (k -> 128 -> 128, two equalised-lr fully connected
layers with leaky ReLU, lr multiplier 0.01) turns it into ``w``; every modulated layer has its own
affine 128 -> in_features whose output ``s`` scales the layer's weight per input channel,
``W'[o, i] = s_i * W[o, i]`` (no demodulation). The modulated layers are exactly WOUAF's: the ``conv1``
and ``conv2`` of every ResNet block and the ``to_q``/``to_k``/``to_v`` projections of every attention
block (diffusers' names; the CompVis names ``q``/``k``/``v`` of 1x1 convs work too). Nothing else is
touched: no branch is added and nothing is added to the image.

During training and for a batch of users, the scaling runs as a forward pre-hook that multiplies the
layer's *input* by ``s`` per sample: for a linear layer, or a conv with zero padding, ``conv(x * s)``
equals the conv with ``W * s`` (padding zeros stay zero), so this is the same function. An export for
one user (:func:`bake`) multiplies the weights themselves and removes the hooks: the exported decoder
has the base's architecture and tensor names and differs from it only in those weights.

Plugging in a real SD VAE decoder: ``Modulator(decoder, k)`` finds its layers by name (it raises if a
decoder has none); train the modulator and a fingerprint decoder as ``engine.fingerprint.train``
does, then ``bake(decoder, modulator, bits)`` gives a user's decoder.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from contextlib import contextmanager
from typing import cast

import torch
import torch.nn as nn

from .models import W_DIM, FullyConnected, MappingNetwork

RESNET_LAYERS = ("conv1", "conv2")
ATTENTION_LAYERS = (("to_q", "to_k", "to_v"), ("q", "k", "v"))


def modulation_targets(decoder: nn.Module) -> list[tuple[str, nn.Module]]:
    """The layers WOUAF modulates, by name, in module order."""
    out: list[tuple[str, nn.Module]] = []
    for name, mod in decoder.named_modules():
        children = dict(mod.named_children())
        if all(isinstance(children.get(n), nn.Conv2d) for n in RESNET_LAYERS) and (
                "norm1" in children or "norm2" in children):
            out += [(f"{name}.{n}" if name else n, children[n]) for n in RESNET_LAYERS]
        for names in ATTENTION_LAYERS:
            if all(isinstance(children.get(n), (nn.Linear, nn.Conv2d)) for n in names):
                out += [(f"{name}.{n}" if name else n, children[n]) for n in names]
                break
    for n, m in out:
        if isinstance(m, nn.Conv2d) and m.padding_mode != "zeros":
            raise ValueError(f"{n}: modulation needs zero padding, not {m.padding_mode!r}")
    if not out:
        raise ValueError("this decoder has no ResNet conv1/conv2 or attention q/k/v layers to modulate")
    return out


def in_features(m: nn.Module) -> int:
    return m.in_channels if isinstance(m, nn.Conv2d) else m.in_features  # type: ignore[return-value]


def _key(name: str) -> str:
    return name.replace(".", "__")


class Modulator(nn.Module):
    """Mapping network + one affine per modulated layer of ``decoder`` (held by name, not by reference)."""

    def __init__(self, decoder: nn.Module, k: int, w_dim: int = W_DIM, affine_gain: float = 1.0) -> None:
        super().__init__()
        self.k = k
        self.mapping = MappingNetwork(k, w_dim)
        self.names = [n for n, _ in modulation_targets(decoder)]
        targets = dict(modulation_targets(decoder))
        self.affines = nn.ModuleDict({
            _key(n): FullyConnected(w_dim, in_features(targets[n]), bias_init=1.0) for n in self.names})
        if affine_gain != 1.0:
            # WOUAF starts from random affine weights (gain 1/sqrt(128)), scales near 1 but not at it;
            # a gain below 1 narrows that spread.
            with torch.no_grad():
                for a in self.affines.values():
                    cast(FullyConnected, a).weight.mul_(affine_gain)

    def scales(self, bits: torch.Tensor) -> dict[str, torch.Tensor]:
        """Per-layer scales [B, in_features] for codes [B, k] (0/1)."""
        w = self.mapping(bits.float())
        return {n: self.affines[_key(n)](w) for n in self.names}

    @contextmanager
    def applied(self, decoder: nn.Module, bits: torch.Tensor | None) -> Iterator[None]:
        """Run ``decoder`` modulated by ``bits`` [B, k] inside the block (``None``: unmodulated)."""
        if bits is None:
            yield
            return
        scales = self.scales(bits)
        modules = dict(decoder.named_modules())
        handles = []
        for n in self.names:
            s = scales[n]

            def hook(mod: nn.Module, args: tuple, s: torch.Tensor = s) -> tuple:
                x = args[0]
                if isinstance(mod, nn.Conv2d):
                    return (x * s[:, :, None, None],)
                return (x * s.reshape(s.shape[0], *([1] * (x.dim() - 2)), s.shape[1]),)
            handles.append(modules[n].register_forward_pre_hook(hook))
        try:
            yield
        finally:
            for h in handles:
                h.remove()


@torch.no_grad()
def bake(decoder: nn.Module, modulator: Modulator, bits: torch.Tensor) -> nn.Module:
    """A copy of ``decoder`` with one user's scales multiplied into its weights (no hooks, same names)."""
    out = copy.deepcopy(decoder)
    scales = modulator.scales(bits.reshape(1, -1).float())
    modules = dict(out.named_modules())
    for n in modulator.names:
        m = modules[n]
        s = scales[n][0].to(m.weight.dtype)
        if isinstance(m, nn.Conv2d):
            m.weight.mul_(s[None, :, None, None])
        else:
            m.weight.mul_(s[None, :])
    return out.eval()





class FingerprintedGenerator(nn.Module):
    """What the provider holds for all users: a generator (``ImageDecoder``-like: ``gen.decoder`` is the
    SD-layout decoder) and the modulator of its decoder. ``forward(z, bits)`` decodes with each sample's
    code; ``baked_generator(bits)`` is one user's export."""

    def __init__(self, gen: nn.Module, modulator: Modulator) -> None:
        super().__init__()
        self.gen = gen
        self.mod = modulator

    @property
    def k(self) -> int:
        return self.mod.k

    def forward(self, z: torch.Tensor, bits: torch.Tensor | None) -> torch.Tensor:
        with self.mod.applied(cast(nn.Module, self.gen.decoder), bits):
            return self.gen(z)

    @torch.no_grad()
    def baked_generator(self, bits: torch.Tensor) -> nn.Module:
        out = copy.copy(self.gen)  # shallow: then swap in a baked copy of the decoder
        out._modules = dict(self.gen._modules)
        out._modules["decoder"] = bake(cast(nn.Module, self.gen.decoder), self.mod, bits)
        return out.eval()
__all__ = ["FingerprintedGenerator", "Modulator", "bake", "in_features", "modulation_targets"]
