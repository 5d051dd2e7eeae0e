"""``python main.py bench causal``: our batched single-unit ablation effects against the peers.

Same model, layer and images side by side in one run:

* ours: :func:`single_unit_effects` (prefix cached, suffix batched, rank-one shortcut where the next
  layer is linear);
* captum ``LayerFeatureAblation`` with a channel mask (one group per unit), computing the same
  per-unit average effects (``perturbations_per_eval`` = all units at once, its best setting here);
* a plain loop: one full forward per unit with a hook;
* the compute bound: one stacked pass of the rest of the network over all interventions.

Rows: ``{case, ours_s, peer, peer_s, speedup, max_abs_diff}`` (speedup = peer_s / ours_s).
"""

from __future__ import annotations

import time
from typing import Any

import numpy as np


def wide_model(width: int = 256, seed: int = 0) -> Any:
    """A 4-block CNN whose third conv has ``width`` channels (the audited layer)."""
    import torch
    import torch.nn as nn
    import torch.nn.functional as F

    class Wide(nn.Module):
        input_shape = (3, 32, 32)

        def __init__(self) -> None:
            super().__init__()
            self.conv1 = nn.Conv2d(3, 64, 3, padding=1)
            self.conv2 = nn.Conv2d(64, 128, 3, padding=1)
            self.conv3 = nn.Conv2d(128, width, 3, padding=1)
            self.conv4 = nn.Conv2d(width, 256, 3, padding=1)
            self.fc = nn.Linear(256, 10)

        def forward(self, x: torch.Tensor) -> torch.Tensor:
            x = F.max_pool2d(F.relu(self.conv1(x)), 2)
            x = F.max_pool2d(F.relu(self.conv2(x)), 2)
            x = F.relu(self.conv3(x))
            x = F.relu(self.conv4(x))
            return self.fc(x.mean(dim=(2, 3)))

    torch.manual_seed(seed)
    return Wide().eval()


def _time(fn: Any, repeat: int = 1) -> tuple[float, Any]:
    best, out = float("inf"), None
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t)
    return best, out


def measure(model: Any, layer: str, x: Any, target: int, repeat: int = 1, loop: bool = True) -> dict[str, Any]:
    import torch
    from captum.attr import LayerFeatureAblation

    from .effects import make_batches, single_unit_effects
    from .interventions import ModelRunner, apply_units, unit_dim_of

    model.eval()
    runner = ModelRunner(model, [layer])
    batches = make_batches(runner, x, target, batch_size=x.shape[0])

    modes: list[str] = []

    def ours() -> np.ndarray:
        ue = single_unit_effects(runner, layer, batches, target, "zero")
        modes.append(ue.mode)
        return ue.d_logit.mean(axis=1)

    module = dict(model.named_modules())[layer]
    with torch.no_grad():
        act, cache = runner.prefix(layer, x)
    udim = unit_dim_of(module, act.dim())
    n_units = act.shape[udim]
    mask_shape = [1] * act.dim()
    mask_shape[udim] = n_units
    mask = torch.arange(n_units, device=act.device).reshape(mask_shape)

    def captum() -> np.ndarray:
        lfa = LayerFeatureAblation(model, module)
        with torch.no_grad():
            attr = lfa.attribute(x, target=target, layer_mask=mask, perturbations_per_eval=n_units)
        idx = [0] * attr.dim()
        per = []
        for u in range(n_units):
            idx[udim] = u
            per.append(attr[(slice(None),) + tuple(idx[1:])].double().mean().item())
        return np.asarray(per)

    def naive() -> np.ndarray:
        with torch.no_grad():
            y0 = model(x)[:, target].double()
            out = []
            for u in range(n_units):
                new = apply_units(act, udim, [u], "zero")
                h = module.register_forward_hook(lambda _m, _i, _o, new=new: new)
                try:
                    out.append(float((y0 - model(x)[:, target].double()).mean()))
                finally:
                    h.remove()
        return np.asarray(out)

    def bound() -> Any:
        # one stacked pass of the rest of the network over all interventions (no rank-one shortcut)
        with torch.no_grad():
            stacked = apply_units(act, udim, list(range(n_units)), "zero")
            return runner.suffix(layer, stacked, cache, n_units) if runner.mode(layer) == "split" else None

    ours()  # warm-up (tracing, allocator)
    t_ours, e_ours = _time(ours, repeat)
    t_cap, e_cap = _time(captum, repeat)
    t_bound, _ = _time(bound, 1)
    res = {"ours_s": t_ours, "captum_s": t_cap, "bound_s": t_bound, "units": n_units, "images": int(x.shape[0]),
           "diff_captum": float(np.abs(e_ours - e_cap).max()), "mode": modes[-1]}
    if loop:
        t_loop, e_loop = _time(naive, 1)
        res.update({"loop_s": t_loop, "diff_loop": float(np.abs(e_ours - e_loop).max())})
    return res


def run_bench(args: Any, ctx: Any) -> int:
    import torch

    from engine.device import pick_device
    from engine.loading import load_image_folder

    from .demo_model import demo_images_dir, load_demo_model

    quick = bool(getattr(args, "quick", False))
    device = pick_device(getattr(ctx, "device", "auto"))
    rows: list[dict[str, Any]] = []
    extra: dict[str, Any] = {"device": str(device), "threads": torch.get_num_threads(), "cases": {}}

    demo = load_demo_model().to(device)
    x, _ = load_image_folder(demo_images_dir())
    x = x[: 16 if quick else 32].to(device)
    wide = wide_model(256).to(device)
    g = torch.Generator().manual_seed(0)
    xw = torch.rand(8 if quick else 16, 3, 32, 32, generator=g).to(device)
    cases = [("demo conv2 (32 units)", demo, "conv2", x, 0), ("demo fc1 (64 units)", demo, "fc1", x, 0),
             ("wide conv3 (256 units)", wide, "conv3", xw, 0)]
    for name, model, layer, xx, target in cases:
        r = measure(model, layer, xx, target, repeat=1 if quick else 2, loop=True)
        extra["cases"][name] = r
        rows.append({"case": name, "ours_s": round(r["ours_s"], 4), "peer": "captum LayerFeatureAblation",
                     "peer_s": round(r["captum_s"], 4), "speedup": round(r["captum_s"] / r["ours_s"], 2),
                     "max_abs_diff": r["diff_captum"]})
        rows.append({"case": name, "ours_s": round(r["ours_s"], 4), "peer": "one forward per unit",
                     "peer_s": round(r["loop_s"], 4), "speedup": round(r["loop_s"] / r["ours_s"], 2),
                     "max_abs_diff": r["diff_loop"]})
        rows.append({"case": name, "ours_s": round(r["ours_s"], 4), "peer": "compute bound (one stacked suffix pass)",
                     "peer_s": round(r["bound_s"], 4), "speedup": round(r["bound_s"] / r["ours_s"], 2),
                     "max_abs_diff": None})
    out = {"bench": "causal", "rows": rows, **extra}
    if getattr(ctx, "json", False):
        ctx.emit_json(out)
    else:
        ctx.out(f"causal bench on {device} ({extra['threads']} threads); speedup = peer time / our time")
        ctx.out(f"{'case':<26} {'peer':<40} {'ours s':>8} {'peer s':>8} {'speedup':>8} {'max|diff|':>10}")
        for r in rows:
            diff = "" if r["max_abs_diff"] is None else f"{r['max_abs_diff']:.1e}"
            ctx.out(f"{r['case']:<26} {r['peer']:<40} {r['ours_s']:>8.3f} {r['peer_s']:>8.3f} "
                    f"{r['speedup']:>8.2f} {diff:>10}")
    return 0
