"""``python main.py causal ...`` and the causal part of ``python main.py demo``.

Nothing heavy is imported here at module level: main.py imports this module to build its parser.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("causal", help="audit a model: causal path-intervention graph for one class")
    p.add_argument("--model", required=True, help="a local Hugging Face folder or a .safetensors file")
    p.add_argument("--model-code", help="architecture for a .safetensors file, as FILE.py:FACTORY")
    p.add_argument("--data", required=True, help="folder of images of the target class (PNG/JPEG)")
    p.add_argument("--target", required=True, type=int, help="target class index")
    p.add_argument("--layers", nargs="+", help="layer names from named_modules(), comma- or space-separated "
                   "(default: every conv/linear layer but the last)")
    p.add_argument("--intervention", choices=("zero", "mean", "soft"), default="zero")
    p.add_argument("--beta", type=float, default=0.0, help="soft intervention draws from U[beta, beta+0.01]")
    p.add_argument("--samples", type=int, default=100, help="at most this many correctly classified images")
    p.add_argument("--all-samples", action="store_true", help="count every image, not only correctly classified ones")
    p.add_argument("--alpha", type=float, default=0.05, help="false discovery rate (Benjamini-Hochberg)")
    p.add_argument("--min-effect", type=float, default=0.05,
                   help="a node must move the target logit by this share of its observed mean (default 0.05)")
    p.add_argument("--no-metrics", action="store_true", help="skip the faithfulness/stability/robustness metrics")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="print one JSON object")
    p.set_defaults(handler=_handler)


def parse_layers(values: list[str] | None) -> tuple[str, ...]:
    if not values:
        return ()
    out: list[str] = []
    for v in values:
        out.extend(s.strip() for s in v.split(",") if s.strip())
    return tuple(out)


def load_inputs(model_path: str, model_code: str | None, data_dir: str, device: str = "auto") -> tuple[Any, Any, dict[str, str], list[Path], Any]:
    """Load model and images through the safe loaders; return (model, x, input hashes, files, loaded)."""
    from engine.device import pick_device
    from core.errors import AttestError
    from engine.loading import load_image_folder, load_model
    from core.fileio import sha256_file

    loaded = load_model(model_path, model_code)
    dev = pick_device(device)
    model = loaded.module.to(dev).eval()
    data = Path(data_dir)
    if not data.is_dir():
        raise AttestError(f"--data {data_dir} is not a folder")
    size, norm = (None, None)
    if loaded.kind == "huggingface":
        size, norm = hf_preprocessing(Path(model_path))
    x, files = load_image_folder(data, size=size)
    if norm is not None:
        attach_normalization(model, *norm)
    inputs = {f"model {Path(model_path).name}": loaded.sha256}
    if model_code:
        code_file = model_code.rpartition(":")[0]
        inputs[f"model code {Path(code_file).name}"] = sha256_file(code_file)
    for f in files:
        inputs[f"data/{f.name}"] = sha256_file(f)
    return model, x, inputs, files, loaded


def hf_preprocessing(folder: Path) -> tuple[tuple[int, int] | None, tuple[list[float], list[float]] | None]:
    """Input size and normalisation from a Hugging Face folder's preprocessor_config.json, if present.

    ``shortest_edge`` sizes are approximated by a square resize (no centre crop).
    """
    import json

    from core.errors import AttestError

    path = folder / "preprocessor_config.json"
    if not path.is_file():
        return None, None
    try:
        cfg = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise AttestError(f"{path}: unreadable preprocessor config ({exc})") from None
    size = None
    s = cfg.get("size")
    if cfg.get("do_resize", True) and s is not None:
        if isinstance(s, int):
            size = (s, s)
        elif isinstance(s, dict) and "height" in s and "width" in s:
            size = (int(s["height"]), int(s["width"]))
        elif isinstance(s, dict) and "shortest_edge" in s:
            size = (int(s["shortest_edge"]), int(s["shortest_edge"]))
    norm = None
    if cfg.get("do_normalize", True) and "image_mean" in cfg and "image_std" in cfg:
        norm = ([float(v) for v in cfg["image_mean"]], [float(v) for v in cfg["image_std"]])
    return size, norm


def attach_normalization(model: Any, mean: list[float], std: list[float]) -> None:
    """Normalise [0, 1] images inside the model (a pre-hook), so that layer names stay unchanged and
    every map and perturbation of the audit lives in image space."""
    import torch

    m = torch.tensor(mean).reshape(1, -1, 1, 1)
    s = torch.tensor(std).reshape(1, -1, 1, 1)

    def pre(_mod: Any, args: tuple, kwargs: dict) -> Any:
        if args:
            x = args[0]
            return ((x - m.to(x.device, x.dtype)) / s.to(x.device, x.dtype), *args[1:]), kwargs
        if "pixel_values" in kwargs:
            x = kwargs["pixel_values"]
            kwargs = {**kwargs, "pixel_values": (x - m.to(x.device, x.dtype)) / s.to(x.device, x.dtype)}
        return args, kwargs

    model.register_forward_pre_hook(pre, with_kwargs=True)


def _handler(args: argparse.Namespace, ctx: Any) -> int:
    from .audit import AuditParams, run_audit
    from .report import build_draft

    model, x, inputs, files, loaded = load_inputs(args.model, args.model_code, args.data, ctx.device)
    params = AuditParams(target=args.target, layers=parse_layers(args.layers), intervention=args.intervention,
                         samples=args.samples, beta=args.beta, alpha=args.alpha, all_samples=args.all_samples,
                         min_effect=args.min_effect, seed=args.seed, metrics=not args.no_metrics)
    result = run_audit(model, x, params, job=ctx.job)
    ctx.job.close()
    draft = build_draft(result, params, inputs, Path(args.model).name, Path(args.data).name)
    rid = ctx.save(draft)
    if ctx.json:
        ctx.emit_json({**result.to_dict(), "report_id": rid})
    else:
        _print_human(ctx, result, rid)
    return 0


def _print_human(ctx: Any, result: Any, rid: int) -> None:
    m = result.metrics
    ctx.out(f"causal audit of class {result.target}: {len(result.nodes)} nodes, {len(result.edges)} edges "
            f"on {m['samples']['used']} images (report #{rid})")
    for L in result.layers:
        st = m["layer_stats"].get(L, {})
        ctx.out(f"  {L:<24} {st.get('kept', 0):>4} kept of {st.get('units', '?'):>4} ({st.get('test', '')}, {m['execution'][L]})")
    top = sorted(result.nodes, key=lambda n: -abs(n.effect))[:10]
    if top:
        ctx.out("  strongest nodes (effect = drop of the target logit when removed, 95% CI, p):")
        for n in top:
            ctx.out(f"    {n.id:<28} {n.effect:+8.3f}  [{n.ci[0]:+.3f}, {n.ci[1]:+.3f}]  p={n.p_value:.2g}")
    dc = m.get("deletion")
    if dc:
        auc = dc["auc"]
        ctx.out(f"  deletion AUC (lower = more faithful): causal {auc['causal']:.3f}, activation "
                f"{auc['activation']:.3f}, random {auc['random']:.3f}")


def demo(ctx: Any, out_dir: Path) -> list[int]:
    """Audit the bundled Clever-Hans CNN for class 0 (ring) and save the report."""
    from engine.device import pick_device
    from engine.loading import load_image_folder
    from core.fileio import sha256_file

    from .audit import AuditParams, run_audit
    from .demo_model import ASSET_DIR, TARGET, WEIGHTS, demo_images_dir, load_demo_model
    from .report import build_draft

    model = load_demo_model().to(pick_device(getattr(ctx, "device", "auto")))
    x, files = load_image_folder(demo_images_dir())
    inputs = {f"assets/causal/{WEIGHTS}": sha256_file(ASSET_DIR / WEIGHTS)}
    inputs.update({f"assets/causal/demo_images/{f.name}": sha256_file(f) for f in files})
    params = AuditParams(target=TARGET)
    result = run_audit(model, x, params, job=getattr(ctx, "job", None))
    if hasattr(ctx.job, "close"):
        ctx.job.close()
    draft = build_draft(result, params, inputs, "bundled Clever-Hans demo CNN", "ring images with the corner marker")
    draft["title"] = "Model audit (demo): the Clever-Hans CNN, class 0 (ring)"
    return [ctx.save(draft)]
