"""Command line: ``fingerprint enroll|list|generate|export|evaluate`` and ``trace``.

Each handler parses, calls :mod:`engine.fingerprint.api`, prints, and saves the audits as reports.
Imported by main.py for argument parsing, so nothing heavy (torch, numpy) is imported at module level.

Exit status (main.py): 0 done; 2 bad input, one line on stderr. ``trace`` also exits 2 when some of
the images could not be traced: the others are traced, printed and saved as usual, and the line on
stderr names the ones that failed.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from core.errors import AttestError

if TYPE_CHECKING:
    from core.draft import ReportDraft
    from core.jobs import Job


class CliContext(Protocol):
    """What main.Context gives a handler."""

    json: bool
    device: str
    job: Job
    db: Any
    db_path: Path
    assets: Path

    def save(self, draft: ReportDraft) -> int: ...

    def out(self, text: str = "") -> None: ...

    def emit_json(self, obj: Any) -> None: ...


def register(subparsers: Any) -> None:
    fp = subparsers.add_parser("fingerprint", help="WOUAF fingerprints: enroll users, generate, evaluate")
    fp.add_argument("--json", action="store_true")
    fp.add_argument("--weights", default=None, help=argparse.SUPPRESS)
    sub = fp.add_subparsers(dest="fp_cmd", metavar="enroll|list|generate|export|evaluate")
    sub.required = True

    p = sub.add_parser("enroll", help="enroll a user (or many, --from FILE.csv): draw fingerprint codes")
    p.add_argument("name", nargs="?", help="the user's name (or use --from)")
    p.add_argument("--from", dest="from_file", metavar="FILE.csv", default=None,
                   help="bulk: a CSV with a 'name' column (or one name per line)")
    p.add_argument("--no-screen", action="store_true",
                   help="bulk: skip the model check of each code (fast; codes the model carries less well get through)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_enroll)

    p = sub.add_parser("list", help="list enrolled users and their codes")
    p.add_argument("--limit", type=_positive, default=1000, help="users shown (default 1000)")
    p.add_argument("--offset", type=int, default=0, help="skip this many users first")
    p.add_argument("--search", default=None, help="only names containing this text")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_list)

    p = sub.add_parser("generate", help="generate images with a user's fingerprinted generator, an exported "
                                        "generator file (--generator) or the unfingerprinted one (--base)")
    p.add_argument("name", nargs="?", default=None, help="an enrolled user (omit with --generator or --base)")
    p.add_argument("--generator", default=None, metavar="FILE.safetensors",
                   help="an exported user generator: generate with it alone, without the registry")
    p.add_argument("--base", action="store_true", help="generate with the unfingerprinted generator")
    p.add_argument("--n", type=int, default=4, help="number of images (default 4)")
    p.add_argument("--out", required=True, help="folder for the PNG images")
    p.add_argument("--seed", type=int, default=0, help="seed of the scenes (default 0)")
    p.add_argument("--family", default=None, help="scene family (the 'prompt'); default: cycle through all")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_generate)

    p = sub.add_parser("export", help="export a user's generator with the fingerprint baked into its weights")
    p.add_argument("name")
    p.add_argument("--out", required=True, help="a .safetensors file")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_export)

    p = sub.add_parser("evaluate", help="robustness of the fingerprint under the attack suite (saved as a report)")
    p.add_argument("--users", type=int, default=8, help="fingerprinted users (default 8)")
    p.add_argument("--per-user", type=int, default=6, help="images per user (default 6)")
    p.add_argument("--clean", type=int, default=None, help="unfingerprinted images (default: as many as fingerprinted)")
    p.add_argument("--attacks", default=None, help="comma-separated attack names (default: all)")
    p.add_argument("--fpr", type=float, default=1e-6, help="false-positive rate for attributing (default 1e-6)")
    p.add_argument("--tta", action="store_true", help="average the decoder over three mild views")
    p.add_argument("--search", action="store_true",
                   help="geometric search: also decode de-rotated and zoomed-out views")
    p.add_argument("--no-screen", action="store_true",
                   help="evaluate raw codebook codes, without the model check the registry applies before issuing one")
    p.add_argument("--seed", type=int, default=0, help="seed of the scenes and codes (default 0)")
    p.add_argument("--security", action="store_true",
                   help="also attack the fingerprint itself: weight surgery, quantisation, pruning, copy attack, "
                        "regeneration, collusion (needs 2+ users)")
    p.add_argument("--copy-sizes", default="6,20,100", help="published images in the copy attack (with --security)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_evaluate)

    t = subparsers.add_parser("trace", help="which enrolled user generated these images?")
    t.add_argument("images", nargs="*", metavar="IMAGE", help="image files or folders (searched recursively)")
    t.add_argument("--files-from", action="append", default=[], metavar="LIST",
                   help="a text file with one image path per line (relative to the list's folder)")
    t.add_argument("--manifest", action="append", default=[], metavar="FILE",
                   help="a CSV or JSON Lines manifest with a 'path' column")
    t.add_argument("--jsonl", default=None, metavar="OUT.jsonl",
                   help="stream one JSON line per image to this file; the report keeps counts and the file's SHA-256")
    t.add_argument("--parquet", default=None, metavar="OUT_DIR", help="with --ray: also write the rows as Parquet")
    t.add_argument("--ray", default=None, metavar="ADDRESS",
                   help="run on a Ray cluster (ADDRESS, or 'auto' / 'local' for a local instance)")
    t.add_argument("--workers", type=_positive, default=None,
                   help="with --ray: decoder actors (default: one per CPU of the cluster)")
    t.add_argument("--batch", type=_positive, default=64, help="images decoded at a time (default 64)")
    t.add_argument("--rule", choices=("weighted", "hamming"), default="weighted",
                   help="decision rule: bits weighted by confidence (default) or matching bits")
    t.add_argument("--fpr", type=float, default=1e-6,
                   help="false-positive rate threshold over the registry (default 1e-6)")
    t.add_argument("--tta", action="store_true", help="average the decoder over a few mild views")
    t.add_argument("--search", action="store_true",
                   help="undo rotations up to 15 degrees and heavy crops by trying 10 views (FPR corrected for them)")
    t.add_argument("--top", type=_positive, default=5, help="candidates listed per image in --json (default 5)")
    t.add_argument("--json", action="store_true")
    t.add_argument("--weights", default=None, help=argparse.SUPPRESS)
    t.set_defaults(handler=_trace)


# -- helpers -----------------------------------------------------------------------------------------


def _positive(value: str) -> int:
    """argparse type: a whole number of at least 1."""
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {value!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {n}")
    return n
def _where(args: argparse.Namespace, ctx: CliContext) -> dict[str, Any]:
    """The keyword arguments that say which database, device and weights an API call uses."""
    return {"db": ctx.db, "device": getattr(ctx, "device", "cpu") or "cpu", "weights": getattr(args, "weights", None)}


def _json(args: argparse.Namespace, ctx: CliContext) -> bool:
    return bool(getattr(ctx, "json", False) or getattr(args, "json", False))


# -- handlers ---------------------------------------------------------------------------------------
def _enroll(args: argparse.Namespace, ctx: CliContext) -> int:
    from . import api
    if args.from_file:
        if args.name:
            raise AttestError("give a name or --from FILE, not both")
        bulk = api.enroll_many(args.from_file, screen=not args.no_screen, **_where(args, ctx), job=ctx.job)
        if _json(args, ctx):
            ctx.emit_json(bulk.to_dict())
        else:
            per = 1000 * bulk.seconds / max(1, bulk.enrolled)
            ctx.out(f"enrolled {bulk.enrolled:,} user(s) in {bulk.seconds:.1f} s ({per:.2f} ms each"
                    + (f"; screening {bulk.screen_seconds:.1f} s" if bulk.screen_seconds else "; codes not screened")
                    + f"); registry now {bulk.registry_users:,}")
            if bulk.refused:
                reasons = ", ".join(f"{n:,} {why}" for why, n in sorted(bulk.reasons().items()))
                ctx.out(f"refused {len(bulk.refused):,}: {reasons}; e.g. "
                        + ", ".join(repr(n) for n, _ in bulk.refused[:3]))
            ctx.out(f"candidates drawn {bulk.drawn:,}: {bulk.too_close:,} too close to an enrolled code, "
                    f"{bulk.screened_out:,} refused by the screen")
            if bulk.cancelled:
                ctx.out("cancelled: the batches committed so far are kept")
        return 130 if bulk.cancelled else 0
    if not args.name:
        raise AttestError("give a user name, or --from FILE.csv for many")
    done = api.enroll(args.name, **_where(args, ctx), job=ctx.job)
    user = done.user
    if _json(args, ctx):
        ctx.emit_json({"user": user.to_dict()})
    else:
        ctx.out(f"enrolled {user.name}: code {user.code_hex} ({user.k} bits; the model read it back on "
                f"{done.registry.probes} probe scenes before it was issued)")
    return 0


def _list(args: argparse.Namespace, ctx: CliContext) -> int:
    from . import api
    reg = api.list_users(**_where(args, ctx), job=ctx.job, limit=args.limit, offset=max(0, args.offset),
                         search=args.search)
    if _json(args, ctx):
        ctx.emit_json(reg.to_dict())
    else:
        if not reg.users:
            ctx.out("no users enrolled" if not reg.total else "no users match")
        for u in reg.users:
            ctx.out(f"{u.id:4d}  {u.name:<24} {u.code_hex}  {u.created}")
        shown = f"{len(reg.users):,} of {reg.total:,}" if len(reg.users) < reg.total else f"{reg.total:,}"
        ctx.out(f"{shown} user(s), {reg.k}-bit codes, minimum Hamming distance {reg.min_distance}, "
                f"registry digest {reg.digest[:16]}")
    return 0


def _generate(args: argparse.Namespace, ctx: CliContext) -> int:
    from core.errors import AttestError

    from . import api
    chosen = [x for x in (args.name is not None, args.generator is not None, args.base) if x]
    if len(chosen) != 1:
        raise AttestError("give exactly one of: a user NAME, --generator FILE.safetensors, --base")
    options = api.GenerateOptions(n=args.n, seed=args.seed, family=args.family)
    if args.generator is not None:
        gen = api.generate_from_file(args.generator, options, Path(args.out), job=ctx.job)
    elif args.base:
        where = _where(args, ctx)
        gen = api.generate_base(options, Path(args.out), device=where["device"], weights=where.get("weights"),
                                job=ctx.job)
    else:
        gen = api.generate(args.name, options, Path(args.out), **_where(args, ctx), job=ctx.job)
    if _json(args, ctx):
        ctx.emit_json(gen.to_dict())
    else:
        ctx.out(f"wrote {len(gen.paths)} image(s) for {gen.user} to {args.out}")
    return 0


def _export(args: argparse.Namespace, ctx: CliContext) -> int:
    from . import api
    exported = api.export_generator(args.name, Path(args.out), **_where(args, ctx), job=ctx.job)
    if _json(args, ctx):
        ctx.emit_json(exported.to_dict())
    else:
        ctx.out(f"exported {exported.user}'s generator to {exported.path} (sha256 {exported.sha256[:16]}...)")
    return 0


def _evaluate(args: argparse.Namespace, ctx: CliContext) -> int:
    from core.errors import AttestError

    from . import api
    attacks = tuple(a.strip() for a in args.attacks.split(",") if a.strip()) if args.attacks else None
    try:
        copy_sizes = tuple(int(x) for x in args.copy_sizes.split(",") if x.strip())
    except ValueError:
        raise AttestError(f"--copy-sizes must be whole numbers separated by commas (got {args.copy_sizes!r})") from None
    if any(not 1 <= n <= 1000 for n in copy_sizes):
        raise AttestError("--copy-sizes must each be between 1 and 1000")
    options = api.EvaluationOptions(n_users=args.users, per_user=args.per_user, n_clean=args.clean, attacks=attacks,
                                    fpr_threshold=args.fpr, tta=args.tta, seed=args.seed,
                                    screen=not args.no_screen, search=args.search, security=args.security,
                                    copy_sizes=copy_sizes)
    where = _where(args, ctx)
    res = api.evaluate(options, ctx.job, device=where["device"], weights=where["weights"])
    rid = ctx.save(res.to_draft())
    if _json(args, ctx):
        ctx.emit_json({**res.to_dict(), "summary": res.summary(), "report_id": rid})
    else:
        ctx.out(f"PSNR {res.psnr:.2f} dB (min {res.psnr_min:.2f}), SSIM {res.ssim:.4f}")
        ctx.out(f"{'attack':<14}{'bit acc':>8}{'attr':>7}{'TPR':>7}{'FPR':>7}{'AUROC':>7}{'AUPRC':>7}")
        for r in res.rows:
            ctx.out(f"{r.attack:<14}{r.bit_acc:8.3f}{r.attr_acc:7.3f}{r.tpr:7.3f}{r.fpr:7.3f}"
                    f"{(r.auroc or 0):7.3f}{(r.auprc or 0):7.3f}")
        goals = res.goals
        ctx.out("goals: " + ("all met" if goals.all_met else
                             ", ".join(f"{name} {_yes_no(value)}" for name, value in (
                                 ("clean bit accuracy", goals.clean_bit_accuracy),
                                 ("goal attacks attributed", goals.goal_attacks_attributed),
                                 ("no clean image attributed", goals.no_clean_attributed),
                                 ("quality", goals.quality),
                                 ("no removal handle", goals.no_removal_handle),
                                 ("copy attack", goals.copy_attack)))))
        if res.security is not None:
            from .bench import print_security
            print_security(res.security.to_dict(), ctx.out)
        ctx.out(f"saved report {rid}")
    return 0


def _yes_no(value: bool | None) -> str:
    return "not measured" if value is None else ("met" if value else "NOT met")


def _trace(args: argparse.Namespace, ctx: CliContext) -> int:
    from . import api
    options = api.TraceOptions(tta=args.tta, search=args.search, fpr_threshold=args.fpr, top=max(1, args.top),
                               rule=args.rule)
    inputs = api.TraceInputs(tuple(args.images), tuple(args.files_from), tuple(args.manifest))
    if not (inputs.paths or inputs.file_lists or inputs.manifests):
        raise AttestError("name images or folders to trace, or --files-from LIST / --manifest FILE")
    if args.parquet and not args.ray:
        raise AttestError("--parquet is written by the Ray engine: add --ray auto (or a cluster address)")
    if args.ray:
        from .distributed import trace_on_ray
        run = trace_on_ray(inputs, options, address=args.ray, jsonl=args.jsonl, parquet=args.parquet,
                           workers=args.workers, batch=args.batch, job=ctx.job, **_where(args, ctx))
    elif args.jsonl:
        run = api.trace_to_jsonl(inputs, options, Path(args.jsonl), job=ctx.job, batch=args.batch,
                                 **_where(args, ctx))
    else:
        run = api.trace(inputs, options, ctx.job, batch=args.batch, **_where(args, ctx))
    rid = ctx.save(run.to_draft())
    if _json(args, ctx):
        ctx.emit_json({**run.to_dict(), "report_id": rid})
    else:
        for it in run.items:
            if isinstance(it, api.TraceFailure):
                ctx.out(f"{'error':<15} {'-':<20} {it.error}  {it.image}")
            else:
                who = it.user if it.user else "-"
                ctx.out(f"{it.verdict:<15} {who:<20} bits {it.bit_accuracy:.3f}  p {it.p_value:.2e}  {it.image}")
        if run.results_file:
            c = run.counts
            ctx.out(f"traced {run.n_traced:,} image(s) in {run.seconds:.1f} s: {c['attributed']:,} attributed, "
                    f"{c['inconclusive']:,} inconclusive, {c['no_fingerprint']:,} without a fingerprint, "
                    f"{run.n_failed:,} errors; rows in {run.results_file}")
        ctx.out(f"saved report {rid}")
    if run.n_failed:
        raise AttestError(run.failure_message())
    return 0


# -- demo ---------------------------------------------------------------------------------------------
def demo(ctx: CliContext, out_dir: str | Path) -> list[int]:
    """Enroll demo users if absent, generate, trace with the geometric search (with a clean image and a
    rotated one), run a quick evaluation; save both as reports."""
    from . import api
    run = api.demo(Path(out_dir) / "fingerprint", db=ctx.db, device=getattr(ctx, "device", "cpu") or "cpu",
                   job=ctx.job)
    return [ctx.save(run.trace.to_draft()), ctx.save(run.evaluation.to_draft())]
