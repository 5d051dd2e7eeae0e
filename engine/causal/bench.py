"""``python main.py bench causal``: our single-unit ablation effects against captum, side by side.

Same model, layer, images and intervention in one run: the unit's raw output set to 0, as captum's
``LayerFeatureAblation`` does (``ModelRunner(at="output")``), all units of the layer, mean effect per
unit on the target logit. captum runs at every ``perturbations_per_eval`` in {1, 4, 16, 64, all} and
its fastest is the peer (its setting is named in the row). Cases: the bundled demo CNN, a ResNet-18
and a ConvNeXt written from their papers (``engine.causal.zoo``, BN statistics from the photographs),
a Hugging Face ViT (which torch.fx cannot trace: the replay path runs) and, for the fast path on
untraceable models, the same ViT on the plain full-forward fallback. Random-weight models: speed
does not depend on what the weights learned.

Rows: ``{case, layer, units, images, ours_s, peer, peer_s, peer_setting, speedup, max_abs_diff, mode, bound}``
with ``speedup = peer_s / ours_s`` and ``bound`` = full forward time / time of what follows the layer.
"""

from __future__ import annotations

import time
from typing import Any

import numpy as np


def _time(fn: Any, repeat: int = 1) -> tuple[float, Any]:
    best, out = float("inf"), None
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t)
    return best, out


def _sync(device: Any) -> None:
    import torch

    if getattr(device, "type", "cpu") == "cuda":
        torch.cuda.synchronize(device)


def ours_effects(model: Any, layer: str, x: Any, target: int, force_full: bool = False) -> tuple[np.ndarray, str]:
    """Mean effect per unit of zeroing the layer's raw output (what captum computes), and the mode that ran."""
    from .effects import make_batches, single_unit_effects
    from .interventions import ModelRunner

    runner = ModelRunner(model, [layer], force_full=force_full, at="output")
    batches = make_batches(runner, x, target, batch_size=x.shape[0])
    ue = single_unit_effects(runner, layer, batches, target, "zero")
    return ue.d_logit.mean(axis=1), ue.mode


def suffix_bound(model: Any, layer: str, x: Any, force_full: bool = False, reps: int = 4) -> float:
    """Time of a full forward over the time of the part that an intervention on ``layer`` reruns.

    Any exact method must rerun what follows the layer once per unit; captum reruns the whole model.
    So this ratio (of ``reps`` stacked copies, best of 3) bounds the speedup over captum that exactness
    allows, short of sharing work between units.
    """
    import torch

    from .interventions import ModelRunner, logits_of

    runner = ModelRunner(model, [layer], force_full=force_full, at="output")
    st = runner.observe(x, [layer])
    act = runner.read(st, layer)
    stacked = act.repeat((reps,) + (1,) * (act.dim() - 1))
    xs = x.repeat((reps,) + (1,) * (x.dim() - 1))

    def best(fn: Any) -> float:
        out = float("inf")
        for _ in range(3):
            _sync(x.device)
            t0 = time.perf_counter()
            fn()
            _sync(x.device)
            out = min(out, time.perf_counter() - t0)
        return out

    with torch.no_grad():
        t_suffix = best(lambda: runner.run_readout(st, layer, stacked, reps))
        t_full = best(lambda: logits_of(model(xs)))
    return t_full / t_suffix


def measure(model: Any, layer: str, x: Any, target: int, unit_axis: int, settings: tuple = (1, 4, 16, 64, "all"),
            repeat: int = 1, force_full: bool = False) -> dict[str, Any]:
    """Time ours (best of ``repeat``, after one warm-up) and captum at each setting, on the same inputs."""
    from .interventions import exact_math
    from .peers import captum_best

    device = x.device
    with exact_math(device):
        ours_effects(model, layer, x, target, force_full)  # warm-up: tracing, allocator
        best, eff, mode = float("inf"), None, ""
        for _ in range(max(1, repeat)):
            _sync(device)
            t0 = time.perf_counter()
            eff, mode = ours_effects(model, layer, x, target, force_full)
            _sync(device)
            best = min(best, time.perf_counter() - t0)
        peer = captum_best(model, layer, x, target, unit_axis, settings=settings, repeat=repeat)
        bound = suffix_bound(model, layer, x, force_full)
    assert eff is not None
    return {"ours_s": best, "mode": mode, "units": len(eff), "images": int(x.shape[0]), "bound": bound,
            "peer": peer["peer"], "peer_s": peer["peer_s"], "peer_setting": peer["peer_setting"],
            "all_settings": {str(k): v for k, v in peer["all_settings"].items()},
            "max_abs_diff": float(np.abs(eff - peer["effects"]).max())}


def _cases(quick: bool, device: Any) -> list[tuple[str, Any, str, Any, int, bool]]:
    """(case, model, layer, images, unit axis, force_full) for every row."""
    from engine.loading import load_image_folder

    from . import zoo
    from .demo_model import demo_images_dir, load_demo_model

    n = 8 if quick else 16
    size = 32 if quick else 64
    photos = zoo.photographs(n, size).to(device)
    demo = load_demo_model().to(device)
    xd, _ = load_image_folder(demo_images_dir())
    xd = xd[:n].to(device)
    res = zoo.calibrate_norms(zoo.resnet18(width=32 if quick else 64), photos.cpu()).to(device)
    cnx = zoo.convnext(dims=(24, 48, 96, 192) if quick else (32, 64, 128, 256)).to(device)
    vit = zoo.hf_vit(image_size=32, hidden=64, layers=4, mlp=128 if quick else 256).to(device)
    xv = zoo.photographs(n, 32, seed=1).to(device)
    mlp = zoo.hf_vit_mlp(vit, 1)
    return [("demo", demo, "conv2", xd, 1, False), ("demo", demo, "fc1", xd, 1, False),
            ("resnet18", res, "layer2.0.conv1", photos, 1, False),
            ("resnet18", res, "layer3.0.conv1", photos, 1, False),
            ("convnext", cnx, "stages.2.0.pwconv1", photos, -1, False),
            ("vit", vit, mlp, xv, -1, False), ("vit (full-forward fallback)", vit, mlp, xv, -1, True)]


def run_bench(args: Any, ctx: Any) -> int:
    import torch

    from engine.device import pick_device

    quick = bool(getattr(args, "quick", False))
    device = pick_device(getattr(ctx, "device", "auto"))
    rows: list[dict[str, Any]] = []
    for case, model, layer, x, axis, full in _cases(quick, device):
        model.eval()
        with torch.no_grad():
            target = int(model(x).logits.argmax(1).mode().values) if hasattr(model, "config") else int(
                model(x).argmax(1).mode().values)
        r = measure(model, layer, x, target, axis, repeat=1 if quick else 2, force_full=full)
        rows.append({"case": case, "layer": layer, "units": r["units"], "images": r["images"],
                     "ours_s": round(r["ours_s"], 4), "peer": r["peer"], "peer_s": round(r["peer_s"], 4),
                     "peer_setting": r["peer_setting"], "speedup": round(r["peer_s"] / r["ours_s"], 2),
                     "max_abs_diff": r["max_abs_diff"], "mode": r["mode"], "bound": round(r["bound"], 2),
                     "captum_s": r["all_settings"]})
    out = {"bench": "causal", "device": str(device), "threads": torch.get_num_threads(), "rows": rows}
    if getattr(ctx, "json", False):
        ctx.emit_json(out)
    else:
        ctx.out(f"causal bench on {device} ({out['threads']} threads); speedup = captum's best time / ours")
        ctx.out("bound = time of a full forward / time of what follows the layer: the most any exact method "
                "that reruns the rest once per unit can gain over captum")
        ctx.out(f"{'case':<28} {'layer':<34} {'units':>5} {'ours s':>8} {'captum s':>9} {'setting':<26} "
                f"{'speedup':>7} {'bound':>6} {'max|diff|':>9}")
        for r in rows:
            ctx.out(f"{r['case']:<28} {r['layer']:<34} {r['units']:>5} {r['ours_s']:>8.3f} {r['peer_s']:>9.3f} "
                    f"{r['peer_setting']:<26} {r['speedup']:>7.2f} {r['bound']:>6.2f} {r['max_abs_diff']:>9.1e}")
    return 0
