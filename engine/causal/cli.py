"""``python main.py causal ...`` and the causal part of ``python main.py demo``.

Argument parsing, printing and saving only: the audit itself (load, hash, run, draft) is
:mod:`engine.causal.api`. Nothing heavy is imported at module level: main.py imports this module to
build its parser. Bad input raises :class:`core.errors.AttestError`, which main.py prints on one
line with exit status 2.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .api import CausalAudit


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("causal", help="audit a model: causal path-intervention graph for one class")
    p.add_argument("--model", required=True, help="a local Hugging Face folder or a .safetensors file")
    p.add_argument("--model-code", help="architecture for a .safetensors file, as FILE.py:FACTORY")
    p.add_argument("--data", required=True, help="folder of images of the target class (PNG/JPEG), or for a text "
                   "model a .txt file (one text per line) or a .jsonl file ({\"text\": ..., \"corrupted\": ...})")
    p.add_argument("--target", required=True, type=int, help="target class index")
    p.add_argument("--layers", nargs="+", help="layer names from named_modules(), comma- or space-separated "
                   "(default: every conv/linear layer but the last)")
    p.add_argument("--intervention", choices=("zero", "mean", "soft", "patch"), default="zero",
                   help="zero, mean or soft; text models with paired inputs use patch (activation patching)")
    p.add_argument("--patch-from", help="text models: a .txt file paired line by line with --data (same token "
                   "lengths); each unit gets its value on the paired text (activation patching)")
    p.add_argument("--positions", default="all", help="text models: token positions the interventions act at: "
                   "all (default), last (each text's last token) or indices such as 0 or 0,-1")
    p.add_argument("--beta", type=float, default=0.0, help="soft intervention draws from U[beta, beta+0.01]")
    p.add_argument("--samples", type=int, default=100, help="at most this many correctly classified images")
    p.add_argument("--all-samples", action="store_true", help="count every image, not only correctly classified ones")
    p.add_argument("--alpha", type=float, default=0.05, help="false discovery rate (Benjamini-Hochberg)")
    p.add_argument("--min-effect", type=float, default=0.05,
                   help="a node's effect must reach this share of the strongest effect in its layer (default "
                        "0.05), and 0.1%% of the mean margin of the target logit over the runner-up class")
    p.add_argument("--unit-axis", choices=("auto", "channels", "last"), default="auto",
                   help="which axis of a layer's output holds its units (auto: channels for conv and 4-D "
                        "outputs, features for linear, layer norm and token outputs)")
    p.add_argument("--edge-children", type=int, default=32,
                   help="test each parent's edges towards at most this many kept child units, the strongest "
                        "(default 32); every kept child still counts in the parent's path effect")
    p.add_argument("--no-metrics", action="store_true", help="skip the faithfulness/stability/robustness metrics")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="print one JSON object")
    p.set_defaults(handler=_handler)


def parse_layers(values: list[str] | None) -> tuple[str, ...]:
    """``--layers a,b c`` -> ("a", "b", "c")."""
    if not values:
        return ()
    out: list[str] = []
    for v in values:
        out.extend(s.strip() for s in v.split(",") if s.strip())
    return tuple(out)


def _handler(args: argparse.Namespace, ctx: Any) -> int:
    from .api import AuditRequest, run_audit

    request = AuditRequest(
        model=Path(args.model), model_code=args.model_code, data=Path(args.data), target=args.target,
        layers=parse_layers(args.layers), intervention=args.intervention, beta=args.beta, samples=args.samples,
        all_samples=args.all_samples, alpha=args.alpha, min_effect=args.min_effect, metrics=not args.no_metrics,
        seed=args.seed, device=ctx.device, unit_axis=args.unit_axis,
        patch_from=Path(args.patch_from) if args.patch_from else None, positions=args.positions,
        max_edge_children=args.edge_children)
    audit = run_audit(request, job=ctx.job)
    ctx.job.close()
    rid = ctx.save(audit.to_draft())
    if ctx.json:
        ctx.emit_json({**audit.to_dict(), "report_id": rid})
    else:
        _print_human(ctx, audit, rid)
    return 0


def _print_human(ctx: Any, audit: CausalAudit, rid: int) -> None:
    r = audit.result
    units = r.metrics.get("units") or {}
    what = "texts" if units else "images"
    ctx.out(f"causal audit of class {audit.target_label}: {len(r.nodes)} nodes, {len(r.edges)} edges "
            f"on {r.samples.used} {what} (report #{rid})")
    for st in r.layer_stats:
        kind = (units.get(st.layer) or {}).get("kind", "units")
        ctx.out(f"  {st.layer:<24} {st.kept:>4} kept of {st.units:>4} {kind} ({st.test}, {st.execution})")
    top = sorted(r.nodes, key=lambda n: -abs(n.effect))[:10]
    if top:
        how = "patched from the paired text" if r.intervention == "patch" else "removed"
        ctx.out(f"  strongest nodes (effect = drop of the target logit when {how}, 95% CI, p):")
        for n in top:
            ctx.out(f"    {n.id:<28} {n.effect:+8.3f}  [{n.ci[0]:+.3f}, {n.ci[1]:+.3f}]  p={n.p_value:.2g}")
        tmaps = r.metrics.get("token_maps") or {}
        strongest = top[0].id
        if tmaps.get("scores", {}).get(strongest):
            inp = tmaps["inputs"][0]
            scores = tmaps["scores"][strongest][0]
            best = sorted(range(len(scores)), key=lambda i: -scores[i])[:3]
            toks = ", ".join(f"{inp['tokens'][i]!r} {scores[i]:+.3f}" for i in best)
            ctx.out(f"  tokens that move {strongest} most on line {inp['line']}: {toks}")
    dc = r.deletion
    if dc is not None:
        ctx.out(f"  deletion AUC (lower = more faithful): causal {dc.auc['causal']:.3f}, activation "
                f"{dc.auc['activation']:.3f}, random {dc.auc['random']:.3f}")


def demo(ctx: Any, out_dir: Path) -> list[int]:
    """Audit the bundled Clever-Hans CNN for class 0 (ring), then the MiniLM review classifier with its planted
    sign-off shortcut (activation patching, heads and neurons), and save both reports."""
    from .api import demo_request, run_audit, text_demo_folder, text_demo_request

    audit = run_audit(demo_request(ctx.assets, device=ctx.device), job=ctx.job)
    ctx.job.close()
    ids = [ctx.save(audit.to_draft())]
    # the text demo's Hugging Face folder is built next to the exported reports, so that the same audit can
    # be rerun from the command line on it
    folder = text_demo_folder(out_dir, ctx.assets)
    text = run_audit(text_demo_request(folder, ctx.assets, device=ctx.device), job=ctx.job)
    ctx.job.close()
    ids.append(ctx.save(text.to_draft()))
    if not ctx.json:
        _print_text_demo(ctx, text, folder, ids[-1])
    return ids


def _print_text_demo(ctx: Any, audit: CausalAudit, folder: Path, rid: int) -> None:
    r = audit.result
    heads = [n for n in r.nodes if (r.metrics.get("units", {}).get(n.layer) or {}).get("kind") == "heads"]
    top = sorted(heads, key=lambda n: -n.effect)[:3]
    ctx.out(f"[demo] text: {audit.title} (report #{rid}); {len(r.nodes)} nodes on {r.samples.used} reviews")
    if top:
        ctx.out("[demo] text: heads that carry the sign-off most: "
                + ", ".join(f"{n.layer.split('.')[3]}.{n.unit} ({n.effect:+.3f})" for n in top))
    for key in ("deletion_heads", "deletion"):
        dc = r.metrics.get(key)
        if dc:
            ctx.out(f"[demo] text: deletion AUC on {dc['layer']} (lower = more faithful): "
                    + ", ".join(f"{k} {v:.3f}" for k, v in dc["auc"].items()))
    ctx.out(f"[demo] text: rerun it with: python main.py causal --model {folder} --data "
            f"{audit.request.data} --patch-from {audit.request.patch_from} --target 1")
