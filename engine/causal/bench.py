"""``python main.py bench causal``: our single-unit ablation effects against captum, side by side.

Same model, layer, images and intervention in one run: the unit's raw output set to 0, as captum's
``LayerFeatureAblation`` does (``ModelRunner(at="output")``), all units of the layer, mean effect per
unit on the target logit. captum runs at every ``perturbations_per_eval`` in {1, 4, 16, 64, all} and
its fastest is the peer (its setting is named in the row). Cases: the bundled demo CNN, a ResNet-18
and a ConvNeXt written from their papers (``engine.causal.zoo``, BN statistics from the photographs),
a Hugging Face ViT (which torch.fx cannot trace: the replay path runs) and, for the fast path on
untraceable models, the same ViT on the plain full-forward fallback, and the pretrained MiniLM-L6 text
encoder (the installed all-MiniLM-L6-v2 weights with a seeded 2-class head): the 12 heads of a middle
layer (captum ablates a head as one feature group of the layer mask) and the 1536 activated neurons
(``intermediate``, after the GELU) of a middle and of the last MLP. Random-weight image models: speed
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


def _runner(model: Any, layer: str, force_full: bool, group: int, text: bool) -> Any:
    from .interventions import ModelRunner

    if not text:
        return ModelRunner(model, [layer], force_full=force_full, at="output")
    return ModelRunner(model, [layer], force_full=force_full, at="output", unit_axis="last", groups={layer: group},
                       token_mask=lambda xb: xb[:, 1].bool())


def ours_effects(model: Any, layer: str, x: Any, target: int, force_full: bool = False, group: int = 1,
                 text: bool = False) -> tuple[np.ndarray, str]:
    """Mean effect per unit of zeroing the layer's raw output (what captum computes), and the mode that ran."""
    from .effects import make_batches, single_unit_effects

    runner = _runner(model, layer, force_full, group, text)
    batches = make_batches(runner, x, target, batch_size=x.shape[0])
    ue = single_unit_effects(runner, layer, batches, target, "zero")
    return ue.d_logit.mean(axis=1), ue.mode


def suffix_bound(model: Any, layer: str, x: Any, force_full: bool = False, reps: int = 4, group: int = 1,
                 text: bool = False) -> float:
    """Time of a full forward over the time of the part that an intervention on ``layer`` reruns.

    Any exact method must rerun what follows the layer once per unit; captum reruns the whole model.
    So this ratio (of ``reps`` stacked copies, best of 3) bounds the speedup over captum that exactness
    allows, short of sharing work between units.
    """
    import torch

    from .interventions import logits_of

    runner = _runner(model, layer, force_full, group, text)
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
            repeat: int = 1, force_full: bool = False, group: int = 1, text: bool = False) -> dict[str, Any]:
    """Time ours (best of ``repeat``, after one warm-up) and captum at each setting, on the same inputs."""
    from .interventions import exact_math
    from .peers import captum_best

    device = x.device
    with exact_math(device):
        ours_effects(model, layer, x, target, force_full, group, text)  # warm-up: tracing, allocator
        best, eff, mode = float("inf"), None, ""
        for _ in range(max(1, repeat)):
            _sync(device)
            t0 = time.perf_counter()
            eff, mode = ours_effects(model, layer, x, target, force_full, group, text)
            _sync(device)
            best = min(best, time.perf_counter() - t0)
        peer = captum_best(model, layer, x, target, unit_axis, settings=settings, repeat=repeat, group=group)
        bound = suffix_bound(model, layer, x, force_full, group=group, text=text)
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


REVIEWS = ("the kettle boils fast and looks lovely on the counter, would buy again.",
           "the chair wobbles and the armrest snapped within a week, one star.",
           "good value for the price and the manual was clear, highly recommend it.",
           "the blender is loud and the lid leaks every time, returning it tomorrow.",
           "it arrived on a monday in a brown box, it is fine for now.",
           "sturdy backpack with plenty of pockets, very happy with it.",
           "the lamp flickers and the switch feels cheap, a waste of money.",
           "the grinder works well most days and cleaning it is easy, five stars.")


def minilm_classifier(seed: int = 0) -> tuple[Any, Any]:
    """all-MiniLM-L6-v2 (the installed package's weights) with a seeded 2-class head, on packed inputs, and
    its tokenizer. Speed does not depend on what the head learned."""
    import os

    import torch

    from .text import attach_packed_io
    from .text_demo import base_model_dir

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from transformers import AutoModelForSequenceClassification, AutoTokenizer
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()
    folder = str(base_model_dir())
    torch.manual_seed(seed)
    model = AutoModelForSequenceClassification.from_pretrained(
        folder, num_labels=2, local_files_only=True, use_safetensors=True, trust_remote_code=False,
        attn_implementation="eager").eval()
    attach_packed_io(model)
    return model, AutoTokenizer.from_pretrained(folder, local_files_only=True, trust_remote_code=False)


def _packed(tok: Any, texts: tuple[str, ...]) -> Any:
    import torch

    enc = tok(list(texts), padding=True, return_tensors="pt")
    ids, mask = enc["input_ids"], enc["attention_mask"]
    return torch.stack([ids, mask, ids], dim=1)


def _text_cases(quick: bool, device: Any) -> list[tuple[str, Any, str, Any, int, tuple[Any, ...], int]]:
    """(case, model, layer, packed texts, head size or 1, captum settings, group) rows on MiniLM."""
    model, tok = minilm_classifier()
    model = model.to(device)
    x8 = _packed(tok, REVIEWS).to(device)
    x4 = _packed(tok, REVIEWS[:4]).to(device)
    d = int(model.config.hidden_size // model.config.num_attention_heads)
    rows: list[tuple[str, Any, str, Any, int, tuple[Any, ...], int]] = [
        ("minilm heads", model, "bert.encoder.layer.2.attention.self", x8, -1, (1, 4, "all"), d)]
    if not quick:
        rows += [("minilm neurons", model, "bert.encoder.layer.2.intermediate", x4, -1, (16, 64, 256), 1),
                 ("minilm neurons (last MLP)", model, "bert.encoder.layer.5.intermediate", x4, -1,
                  (16, 64, 256), 1)]
    return rows


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
    for case, model, layer, x, axis, settings, group in _text_cases(quick, device):
        with torch.no_grad():
            target = int(model(x).argmax(1).mode().values)
        r = measure(model, layer, x, target, axis, settings=settings, repeat=1 if quick else 2, group=group,
                    text=True)
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
