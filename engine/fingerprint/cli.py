"""Command line: ``fingerprint enroll|list|generate|export|evaluate`` and ``trace``.

Imported by main.py for argument parsing, so nothing heavy (torch) is imported at module level.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from core.errors import AttestError

DEMO_USERS = ("alice", "bob", "carol")


def register(subparsers: Any) -> None:
    fp = subparsers.add_parser("fingerprint", help="WOUAF fingerprints: enroll users, generate, evaluate")
    fp.add_argument("--json", action="store_true")
    fp.add_argument("--weights", default=None, help=argparse.SUPPRESS)
    sub = fp.add_subparsers(dest="fp_cmd", metavar="enroll|list|generate|export|evaluate")
    sub.required = True

    p = sub.add_parser("enroll", help="enroll a user: draw a fingerprint code from the codebook")
    p.add_argument("name")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_enroll)

    p = sub.add_parser("list", help="list enrolled users and their codes")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_list)

    p = sub.add_parser("generate", help="generate images with a user's fingerprinted generator")
    p.add_argument("name")
    p.add_argument("--n", type=int, default=4)
    p.add_argument("--out", required=True)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--family", default=None, help="scene family (the 'prompt'); default: cycle through all")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_generate)

    p = sub.add_parser("export", help="export a user's generator with the fingerprint baked into its weights")
    p.add_argument("name")
    p.add_argument("--out", required=True, help="a .safetensors file")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_export)

    p = sub.add_parser("evaluate", help="robustness of the fingerprint under the attack suite (saved as a report)")
    p.add_argument("--users", type=int, default=8)
    p.add_argument("--per-user", type=int, default=6)
    p.add_argument("--clean", type=int, default=None, help="unfingerprinted images (default: as many as fingerprinted)")
    p.add_argument("--attacks", default=None, help="comma-separated attack names (default: all)")
    p.add_argument("--fpr", type=float, default=1e-6)
    p.add_argument("--tta", action="store_true")
    p.add_argument("--search", action="store_true", help="geometric search: also decode de-rotated and zoomed-out views")
    p.add_argument("--no-screen", action="store_true",
                   help="evaluate raw codebook codes, without the model check the registry applies before issuing one")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_evaluate)

    t = subparsers.add_parser("trace", help="which enrolled user generated these images?")
    t.add_argument("images", nargs="+", metavar="IMAGE", help="image files or folders")
    t.add_argument("--fpr", type=float, default=1e-6, help="false-positive rate threshold over the registry (default 1e-6)")
    t.add_argument("--tta", action="store_true", help="average the decoder over a few mild views")
    t.add_argument("--search", action="store_true",
                   help="undo rotations up to 15 degrees and heavy crops by trying 10 views (FPR corrected for them)")
    t.add_argument("--top", type=int, default=5)
    t.add_argument("--json", action="store_true")
    t.add_argument("--weights", default=None, help=argparse.SUPPRESS)
    t.set_defaults(handler=_trace)


# -- helpers -----------------------------------------------------------------------------------------
def _system(args, ctx):
    from .system import load_system
    return load_system(getattr(args, "weights", None), device=getattr(ctx, "device", "cpu") or "cpu")


def _registry(ctx, system):
    from .registry import Registry
    return Registry(ctx.db, k=system.k, model_sha256=system.sha256, screen=system.code_check)


def _json(args, ctx) -> bool:
    return bool(getattr(ctx, "json", False) or getattr(args, "json", False))


def _check_fpr(fpr: float) -> None:
    if not (0 < fpr < 1):
        raise AttestError(f"--fpr must be between 0 and 1 (got {fpr})")


# -- handlers ---------------------------------------------------------------------------------------
def _enroll(args, ctx) -> int:
    system = _system(args, ctx)
    user = _registry(ctx, system).enroll(args.name)
    if _json(args, ctx):
        ctx.emit_json({"user": user.to_dict()})
    else:
        from .system import PROBE_SEEDS
        ctx.out(f"enrolled {user.name}: code {user.code_hex} ({user.k} bits; the model read it back on "
                f"{len(PROBE_SEEDS)} probe scenes before it was issued)")
    return 0


def _list(args, ctx) -> int:
    system = _system(args, ctx)
    reg = _registry(ctx, system)
    users = reg.users()
    if _json(args, ctx):
        ctx.emit_json({"k": reg.k, "min_distance": reg.min_distance, "users": [u.to_dict() for u in users]})
    else:
        if not users:
            ctx.out("no users enrolled")
        for u in users:
            ctx.out(f"{u.id:4d}  {u.name:<24} {u.code_hex}  {u.created}")
        ctx.out(f"{len(users)} user(s), {reg.k}-bit codes, minimum Hamming distance {reg.min_distance}")
    return 0


def generate_for_user(system, reg, name: str, n: int, out_dir: Path, seed: int = 0, family: str | None = None,
                      job=None) -> list[Path]:
    """Generate ``n`` images for an enrolled user into ``out_dir`` (PNG); returns the paths."""
    import numpy as np
    from core.fileio import atomic_write_bytes
    from . import attacks as A
    from .scenes import FAMILIES
    if n < 1 or n > 10_000:
        raise AttestError(f"--n must be between 1 and 10000 (got {n})")
    if family is not None and family not in FAMILIES:
        raise AttestError(f"unknown scene family {family!r}; known: {', '.join(FAMILIES)}")
    user = reg.get(name)
    seeds = [seed + i for i in range(n)]
    fams = [family or FAMILIES[s % len(FAMILIES)] for s in seeds]
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise AttestError(f"cannot create {out_dir}: {exc.strerror or exc}") from None
    z = system.latents(seeds, fams)
    imgs = system.generate(np.array(user.code, np.uint8), z, job=job)
    paths = []
    import io
    for s, f, im in zip(seeds, fams, A.to_uint8_images(imgs)):
        p = out_dir / f"{name}_{f}_{s:06d}.png"
        buf = io.BytesIO()
        im.save(buf, format="PNG")
        atomic_write_bytes(p, buf.getvalue())
        paths.append(p)
    reg.log_generation(name, family or "*", seed, n, str(out_dir))
    return paths


def _generate(args, ctx) -> int:
    system = _system(args, ctx)
    reg = _registry(ctx, system)
    paths = generate_for_user(system, reg, args.name, args.n, Path(args.out), args.seed, args.family, job=ctx.job)
    if _json(args, ctx):
        ctx.emit_json({"user": args.name, "images": [str(p) for p in paths]})
    else:
        ctx.out(f"wrote {len(paths)} image(s) for {args.name} to {args.out}")
    return 0


def _export(args, ctx) -> int:
    import numpy as np
    system = _system(args, ctx)
    user = _registry(ctx, system).get(args.name)
    out = Path(args.out)
    if out.suffix.lower() != ".safetensors":
        raise AttestError("--out must end in .safetensors")
    sha = system.export_user_generator(np.array(user.code, np.uint8), out, user.name, user.code_hex)
    if _json(args, ctx):
        ctx.emit_json({"user": user.name, "path": str(out), "sha256": sha})
    else:
        ctx.out(f"exported {user.name}'s generator to {out} (sha256 {sha[:16]}...)")
    return 0


def _evaluate(args, ctx) -> int:
    from .evaluate import evaluate
    _check_fpr(args.fpr)
    if args.users < 1 or args.per_user < 1:
        raise AttestError("--users and --per-user must be at least 1")
    system = _system(args, ctx)
    attacks = [a.strip() for a in args.attacks.split(",") if a.strip()] if args.attacks else None
    res = evaluate(system, n_users=args.users, per_user=args.per_user, n_clean=args.clean, attacks=attacks,
                   fpr_threshold=args.fpr, tta=args.tta, seed=args.seed,
                   screen=not getattr(args, "no_screen", False), search=getattr(args, "search", False), job=ctx.job)
    rid = ctx.save(res.draft())
    if _json(args, ctx):
        ctx.emit_json({**res.to_dict(), "summary": res.summary(), "report_id": rid})
    else:
        ctx.out(f"PSNR {res.psnr:.2f} dB (min {res.psnr_min:.2f}), SSIM {res.ssim:.4f}")
        ctx.out(f"{'attack':<14}{'bit acc':>8}{'attr':>7}{'TPR':>7}{'FPR':>7}{'AUROC':>7}{'AUPRC':>7}")
        for r in res.rows:
            ctx.out(f"{r.attack:<14}{r.bit_acc:8.3f}{r.attr_acc:7.3f}{r.tpr:7.3f}{r.fpr:7.3f}"
                    f"{(r.auroc or 0):7.3f}{(r.auprc or 0):7.3f}")
        ctx.out(f"saved report {rid}")
    return 0


def _trace(args, ctx) -> int:
    from .tracing import trace_paths
    _check_fpr(args.fpr)
    system = _system(args, ctx)
    reg = _registry(ctx, system)
    run = trace_paths(system, reg, args.images, tta=args.tta, fpr_threshold=args.fpr, top=max(1, args.top),
                      search=args.search, job=ctx.job)
    rid = ctx.save(run.draft())
    if _json(args, ctx):
        ctx.emit_json({**run.to_dict(), "report_id": rid})
    else:
        for r in run.results:
            who = r.user if r.user else "-"
            ctx.out(f"{r.verdict:<15} {who:<20} bits {r.bit_accuracy:.3f}  p {r.p_value:.2e}  {r.image}")
        ctx.out(f"saved report {rid}")
    return 0


# -- demo ---------------------------------------------------------------------------------------------
def demo(ctx, out_dir) -> list[int]:
    """Enroll demo users if absent, generate, trace with the geometric search (with a clean image and a
    rotated one), run a quick evaluation."""
    from core.fileio import atomic_write_bytes
    from .evaluate import evaluate
    from .scenes import render
    from .system import load_system
    from .tracing import trace_paths
    import io
    import numpy as np
    from PIL import Image

    out = Path(out_dir) / "fingerprint"
    system = load_system(device=getattr(ctx, "device", "cpu") or "cpu")
    reg = _registry(ctx, system)
    known = {u.name for u in reg.users()}
    for name in DEMO_USERS:
        if name not in known:
            reg.enroll(name)
    paths: list[Path] = []
    for i, name in enumerate(DEMO_USERS):
        paths += generate_for_user(system, reg, name, 2, out, seed=500_000 + 10 * i)
    clean = out / "unfingerprinted_scene.png"
    buf = io.BytesIO()
    Image.fromarray((render("sea", 424_242, system.image_size) * 255).round().astype(np.uint8)).save(buf, format="PNG")
    atomic_write_bytes(clean, buf.getvalue())
    paths.append(clean)
    # One sample rotated by 15 degrees, as a re-poster might: the geometric search still traces it.
    from . import attacks as A
    rotated = out / f"{paths[0].stem}_rotated15.png"
    x = A.from_images([Image.open(paths[0]).convert("RGB")])
    buf = io.BytesIO()
    A.to_uint8_images(A.rotate(x, 15.0))[0].save(buf, format="PNG")
    atomic_write_bytes(rotated, buf.getvalue())
    paths.append(rotated)
    run = trace_paths(system, reg, [str(p) for p in paths], search=True, job=ctx.job)
    ids = [ctx.save(run.draft())]
    res = evaluate(system, n_users=4, per_user=3,
                   attacks=["none", "jpeg70", "crop90", "blur1", "noise0.02", "brightness0.7", "brightness1.3", "combo"],
                   job=ctx.job)
    ids.append(ctx.save(res.draft()))
    return ids
