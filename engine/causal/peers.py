"""Peer baselines for the causal audit: the per-unit ablation effects as captum computes them, timed, and the
plain one-forward-per-unit loop that defines them.

The effect of unit ``u`` of a layer is the mean over samples of (observed target logit - target logit with
unit ``u`` of the layer's OUTPUT set to 0). A unit is one index along ``unit_axis`` of the layer output (an
axis counted with the batch axis at 0: 1 for conv channels, -1 for the features of a (B, T, D) or
(B, H, W, C) linear output); all other positions of that index are zeroed together.

Models whose forward returns an object with ``.logits`` (Hugging Face) or a tuple (first element = logits)
are read through their logits. torch and captum are imported inside the functions.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

import numpy as np

__all__ = ["captum_best", "captum_unit_effects", "plain_loop_effects"]

PEER = "captum LayerFeatureAblation"


def _logits(out: Any) -> Any:
    if hasattr(out, "logits"):
        return out.logits
    if isinstance(out, tuple | list):
        return out[0]
    return out


def _first(out: Any) -> Any:
    return out[0] if isinstance(out, tuple | list) else out


def _target_index(target: Any, n: int) -> Any:
    """The target as captum and the plain loop take it: an int, or a LongTensor of n per-sample classes."""
    import torch

    if isinstance(target, int | np.integer):
        return int(target)
    t = torch.as_tensor(np.asarray(target), dtype=torch.long).reshape(-1)
    if t.numel() != n:
        raise ValueError(f"target has {t.numel()} entries for {n} samples")
    return t


def _layer_output_shape(model: Any, module: Any, x: Any) -> tuple[int, ...]:
    """The shape of ``module``'s output (its first element when it is a tuple) for one sample of ``x``."""
    import torch

    seen: list[tuple[int, ...]] = []
    handle = module.register_forward_hook(lambda _m, _i, out: seen.append(tuple(_first(out).shape)))
    try:
        with torch.no_grad():
            model(x[:1])
    finally:
        handle.remove()
    if not seen:
        raise ValueError("the layer is not called by the model's forward")
    return seen[0]


def _axis(unit_axis: int, ndim: int) -> int:
    if not -ndim <= unit_axis < ndim or unit_axis % ndim == 0:
        raise ValueError(f"unit_axis {unit_axis} is not a non-batch axis of a {ndim}-d layer output")
    return unit_axis % ndim


class _Peer:
    """What captum needs for one (model, layer, unit axis): the forward it sees and the layer mask."""

    def __init__(self, model: Any, layer_name: str, x: Any, unit_axis: int, group: int = 1) -> None:
        import torch

        self.model = model
        self.module = model.get_submodule(layer_name)
        shape = _layer_output_shape(model, self.module, x)
        self.axis = _axis(unit_axis, len(shape))
        self.group = int(group)
        self.units = shape[self.axis] // self.group
        mask_shape = [1] * len(shape)
        mask_shape[self.axis] = shape[self.axis]
        # one feature group per unit (``group`` consecutive features: an attention head); broadcast over the
        # batch and every other axis
        self.mask = (torch.arange(shape[self.axis], device=x.device) // self.group).reshape(mask_shape)
        self.per_sample_target: Any = None  # set during ``effects`` when the target differs per sample

    def forward(self, inp: Any) -> Any:
        import torch

        # captum hands the (ablated) layer output back by a forward hook that returns its own tensor; an
        # in-place operation after the layer (``out += identity`` in a residual block) would then overwrite
        # captum's copy of the observed output and spoil every later perturbation. This hook, registered
        # after captum's, passes a copy on instead (one tensor copy per forward).
        handle = self.module.register_forward_hook(
            lambda _m, _i, out: (out[0].clone(), *out[1:]) if isinstance(out, tuple) else out.clone())
        try:
            logits = _logits(self.model(inp))
        finally:
            handle.remove()
        t = self.per_sample_target
        if t is None:
            return logits
        # captum repeats the batch for perturbations_per_eval > 1 but hands a per-sample target to this
        # forward unrepeated (it fails on the shape); select it here, repeated the way captum repeats inputs
        t = t.to(logits.device).repeat(logits.shape[0] // t.shape[0])
        return logits[torch.arange(logits.shape[0], device=logits.device), t]

    def effects(self, x: Any, target: Any, ppe: int) -> np.ndarray:
        import torch
        from captum.attr import LayerFeatureAblation

        t = _target_index(target, x.shape[0])
        self.per_sample_target = None if isinstance(t, int) else t
        ablator = LayerFeatureAblation(self.forward, self.module)
        try:
            with torch.no_grad():
                attr = ablator.attribute(x, target=t if isinstance(t, int) else None, layer_mask=self.mask,
                                         layer_baselines=0.0, perturbations_per_eval=int(ppe))
        finally:
            self.per_sample_target = None
        attr = _first(attr)
        # (observed - ablated) per sample and group, repeated over the group's elements: take one element
        per_sample = attr.movedim(self.axis, 1).reshape(attr.shape[0], self.units * self.group, -1)[:, :: self.group, 0]
        return per_sample.double().mean(0).cpu().numpy()


def captum_unit_effects(model: Any, layer_name: str, x: Any, target: Any, unit_axis: int, ppe: int) -> np.ndarray:
    """(U,) mean over samples of (observed target logit - target logit with unit u of ``layer_name``'s output
    set to 0), by captum ``LayerFeatureAblation`` (baseline 0, one feature group per unit along
    ``unit_axis``, ``perturbations_per_eval=ppe``). ``target``: a class index or one per sample."""
    return _Peer(model, layer_name, x, unit_axis).effects(x, target, ppe)


def _sync(x: Any) -> None:
    import torch

    if x.device.type == "cuda":
        torch.cuda.synchronize(x.device)


def captum_best(model: Any, layer_name: str, x: Any, target: Any, unit_axis: int,
                settings: Sequence[int | str] = (1, 4, 16, 64, "all"), repeat: int = 1,
                group: int = 1) -> dict[str, Any]:
    """Time captum's unit effects at each ``perturbations_per_eval`` setting ("all" = the number of units),
    best of ``repeat`` runs each, and return ``{"peer", "peer_s" (best seconds), "peer_setting"
    ("perturbations_per_eval=N" of the fastest), "effects" (its (U,) array), "all_settings" ({setting:
    best seconds})}``. The layer probe and the mask are built once, outside the clock."""
    if not settings:
        raise ValueError("no settings to time")
    peer = _Peer(model, layer_name, x, unit_axis, group)
    timings: dict[int | str, float] = {}
    best: tuple[float, int, np.ndarray] | None = None
    for setting in settings:
        ppe = peer.units if setting == "all" else int(setting)
        seconds = float("inf")
        effects = np.zeros(peer.units)
        for _ in range(max(1, repeat)):
            _sync(x)
            start = time.perf_counter()
            effects = peer.effects(x, target, ppe)
            _sync(x)
            seconds = min(seconds, time.perf_counter() - start)
        timings[setting] = seconds
        if best is None or seconds < best[0]:
            best = (seconds, ppe, effects)
    assert best is not None
    return {"peer": PEER, "peer_s": best[0], "peer_setting": f"perturbations_per_eval={best[1]}",
            "effects": best[2], "all_settings": timings}


def plain_loop_effects(model: Any, layer_name: str, x: Any, target: Any, unit_axis: int) -> np.ndarray:
    """The reference: one forward of ``x`` per unit, a forward hook replacing the layer output (element 0 of a
    tuple output) by a copy with that unit zeroed; (U,) mean over samples of observed - ablated target logit."""
    import torch

    module = model.get_submodule(layer_name)
    shape = _layer_output_shape(model, module, x)
    ax = _axis(unit_axis, len(shape))
    t = _target_index(target, x.shape[0])
    rows = torch.arange(x.shape[0], device=x.device)

    def pick(logits: Any) -> Any:
        return logits[:, t] if isinstance(t, int) else logits[rows, t.to(x.device)]

    with torch.no_grad():
        observed = pick(_logits(model(x))).double()
        effects = np.zeros(shape[ax])
        for u in range(shape[ax]):
            def zero_unit(_m: Any, _i: Any, out: Any, u: int = u) -> Any:
                first = _first(out).clone()
                first.narrow(ax, u, 1).zero_()
                return (first, *out[1:]) if isinstance(out, tuple) else first

            handle = module.register_forward_hook(zero_unit)
            try:
                ablated = pick(_logits(model(x))).double()
            finally:
                handle.remove()
            effects[u] = float((observed - ablated).mean())
    return effects
