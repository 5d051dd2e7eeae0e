"""``python main.py bench trace``: our fingerprints against invisible-watermark, side by side.

Same prompts (latents), same 256x256 covers, same user codes, same attacks, same decision rule:

- ours: the user's fingerprinted generator output; its cover is the unfingerprinted (base) output of
  the same latent, against which quality is measured;
- peers: invisible-watermark's ``dwtDct``, ``dwtDctSvd`` (48 bits, the same codes) and ``rivaGan``
  (32 bits: the codes' first 32, matched against the codebook cut to 32 bits), each embedded into the
  same base output;
- every decoded bit string is matched against its codebook with the same Hamming/binomial rule at
  the same false-positive rate (``attributed`` = the right user at that rate);
- the codes are drawn as the registry issues them: far apart, and screened by
  ``FingerprintSystem.code_check``;
- attacks: the issue's list (JPEG 50 and 30, WebP 60, the screenshot pipeline, saturation, hue, gamma,
  median, unsharp mask, a 20% logo patch, a flip, an off-centre 80% crop, an 8 px shift, blur, noise,
  brightness and contrast), then the attacks on the mark itself: the copy attack (the mean high-pass
  residual of 6 published images of one user pasted on base images: the share framed), and for ours
  weight surgery, weight transforms, regeneration and collusion (``security_eval``);
- false attributions among ``n_clean`` clean images: half base outputs, half held-out photographs.

rivaGan decodes one image in about a second on this CPU, so it runs on the first ``peer_riva``
images only (the row says how many).
"""

from __future__ import annotations

import time
from typing import Any

import numpy as np

from . import attacks as A
from .codes import DEFAULT_FPR, hamming_packed, pack
from .tracing import Matcher, best_view_logits

CASES = ("none", "jpeg50", "jpeg30", "webp60", "screenshot", "saturation1.5", "hue0.1", "gamma0.7", "median3",
         "unsharp", "logo20", "flip", "crop80_offcentre", "shift8", "blur1", "noise0.02", "brightness0.7",
         "brightness1.3", "contrast1.5")
QUICK_CASES = ("none", "jpeg50", "webp60", "screenshot", "flip", "crop80_offcentre", "shift8")


def _attribute(bits: np.ndarray, matcher: Matcher, truth: np.ndarray, fpr: float,
               n_views: int = 1) -> tuple[float, np.ndarray]:
    """(share attributed to the right user, attributed mask) by the Hamming rule: the peer gives bits
    only, so both sides are decided on bits."""
    from .evaluate import _decide
    best, _, ok = _decide(bits.astype(np.float32) - 0.5, matcher, fpr, n_views, rule="hamming")
    return float((ok & (best == truth)).mean()), ok


def _bit_acc_ci(correct: np.ndarray, reps: int = 2000, seed: int = 0) -> list[float]:
    """95% bootstrap interval of the bit accuracy, resampling whole images.

    Bit errors cluster in images (a hard scene costs several bits), so treating the N*k bits as
    independent would give an interval that is too narrow.
    """
    per_image = correct.mean(1)
    idx = np.random.default_rng(seed).integers(0, len(per_image), (reps, len(per_image)))
    lo, hi = np.quantile(per_image[idx].mean(1), [0.025, 0.975])
    return [round(float(lo), 4), round(float(hi), 4)]


def run_bench_data(*, n_users: int = 8, per_user: int = 4, n_clean: int = 1000, registry_size: int = 1_000_000,
                   cases: tuple[str, ...] = CASES, fpr: float = DEFAULT_FPR, peer_riva: int = 8, security: bool = True,
                   system=None, job=None) -> dict[str, Any]:
    import torch
    from PIL import Image

    from core.jobs import ensure_job

    from . import peers as P
    from . import security as S
    from .evaluate import EVAL_SEED_BASE, evaluation_codes
    from .metrics import psnr_per_image, ssim_per_image
    from .photos import HELD_OUT, views
    from .system import load_system
    job = ensure_job(job)
    system = system or load_system()
    k = system.k
    codes = evaluation_codes(k, n_users, seed=11, accept=system.code_check)  # issued as the registry issues them
    matchers = {48: Matcher.from_names([str(i) for i in range(n_users)], pack(codes), k)}
    matchers[32] = Matcher.from_names([str(i) for i in range(n_users)], pack(codes[:, :32]), 32)
    truth = np.repeat(np.arange(n_users), per_user)
    n = len(truth)
    seeds = [EVAL_SEED_BASE + 50_000 + i for i in range(n)]
    z = system.latents(seeds, job=job)
    ours = system.generate(codes[truth], z, job=job)
    covers = system.generate(None, z, job=job)
    # The peers need at least 256x256 (invisible-watermark refuses smaller images): a smaller base
    # output is upscaled for them, and their quality is measured against those upscaled covers.
    peer_covers = covers if covers.shape[-1] >= 256 else torch.nn.functional.interpolate(
        covers, size=(256, 256), mode="bicubic", align_corners=False).clamp(0, 1)
    covers_u8 = [np.asarray(im) for im in A.to_uint8_images(peer_covers)]

    def as_tensor(imgs: list[np.ndarray]) -> torch.Tensor:
        return A.from_images([Image.fromarray(a) for a in imgs])

    methods = [m for m in P.PEER_METHODS if P.available(m) is None]
    peer_n = {m: (min(n, peer_riva) if m == "rivaGan" else n) for m in methods}
    peer_k = {m: P.peer_bits(m) for m in methods}
    peer_imgs = {m: as_tensor(P.embed(covers_u8[:peer_n[m]], codes[truth][:peer_n[m], :peer_k[m]], m)) for m in methods}
    quality = {"ours": {"psnr": round(float(psnr_per_image(ours, covers).mean()), 2),
                        "psnr_min": round(float(psnr_per_image(ours, covers).min()), 2),
                        "ssim": round(float(ssim_per_image(ours, covers).mean()), 4), "images": n}}
    for m in methods:
        c = peer_covers[:peer_n[m]]
        quality[m] = {"psnr": round(float(psnr_per_image(peer_imgs[m], c).mean()), 2),
                      "psnr_min": round(float(psnr_per_image(peer_imgs[m], c).min()), 2),
                      "ssim": round(float(ssim_per_image(peer_imgs[m], c).mean()), 4), "images": peer_n[m]}

    def peer_bits_of(m: str, x: torch.Tensor) -> np.ndarray:
        return P.decode([np.asarray(im) for im in A.to_uint8_images(x)], m, peer_k[m])

    rows = []
    total = len(cases) + 4
    for ci, name in enumerate(cases):
        job.progress(ci, total, f"bench {name}")
        atk = A.ATTACKS_BY_NAME[name]
        ob = (system.decode_logits(atk(ours, seed=3)).numpy() > 0).astype(np.uint8)
        o_attr, _ = _attribute(ob, matchers[48], truth, fpr)
        row: dict[str, Any] = {"case": name, "ours_bit_acc": round(float((ob == codes[truth]).mean()), 4),
                               "ours_bit_acc_ci95": _bit_acc_ci(ob == codes[truth]), "ours_attr_acc": round(o_attr, 4)}
        for m in methods:
            job.check()
            t = truth[:peer_n[m]]
            pb = peer_bits_of(m, atk(peer_imgs[m], seed=3))
            p_attr, _ = _attribute(pb, matchers[peer_k[m]], t, fpr)
            row[f"{m}_bit_acc"] = round(float((pb == codes[t][:, :peer_k[m]]).mean()), 4)
            row[f"{m}_attr_acc"] = round(p_attr, 4)
        rows.append(row)
    # Copy attack on every method: 6 published images of user 0, their mean residual on base images.
    job.progress(len(cases), total, "copy attack")
    copy_rows = []
    tgt_seeds = [EVAL_SEED_BASE + 60_000 + i for i in range(24)]
    targets = system.generate(None, system.latents(tgt_seeds, job=job), job=job)
    peer_targets = targets if targets.shape[-1] >= 256 else torch.nn.functional.interpolate(
        targets, size=(256, 256), mode="bicubic", align_corners=False).clamp(0, 1)
    for n_pub in (6, 20):
        row = {"published": n_pub, "targets": len(targets)}
        z_pub = system.latents([EVAL_SEED_BASE + 65_000 + i for i in range(n_pub)], job=job)
        pub = system.generate(np.broadcast_to(codes[0], (n_pub, k)), z_pub, job=job)
        x = S.paste_residual(targets, S.copy_residual(pub))
        ob = (system.decode_logits(x).numpy() > 0).astype(np.uint8)
        framed, _ = _attribute(ob, matchers[48], np.zeros(len(x), int), fpr)  # attributed to user 0: framed
        row["ours_framed"] = round(framed, 4)
        for m in methods:
            if m == "rivaGan" and n_pub > peer_riva:
                continue
            pub_covers = system.generate(None, z_pub)
            if pub_covers.shape[-1] < 256:
                pub_covers = torch.nn.functional.interpolate(pub_covers, size=(256, 256), mode="bicubic",
                                                             align_corners=False).clamp(0, 1)
            pub_m = as_tensor(P.embed([np.asarray(im) for im in A.to_uint8_images(pub_covers)],
                                      np.broadcast_to(codes[0][:peer_k[m]], (n_pub, peer_k[m])), m))
            xm = S.paste_residual(peer_targets[: peer_n[m]], S.copy_residual(pub_m))
            pb = peer_bits_of(m, xm)
            framed, _ = _attribute(pb, matchers[peer_k[m]], np.zeros(len(xm), int), fpr)
            row[f"{m}_framed"] = round(framed, 4)
        copy_rows.append(row)
    # False attributions among clean images: base outputs and held-out photographs, half each.
    job.progress(len(cases) + 1, total, "clean images")
    cseeds = [EVAL_SEED_BASE + 70_000 + i for i in range(n_clean // 2)]
    clean = torch.cat([system.generate(None, system.latents(cseeds, job=job), job=job),
                       torch.from_numpy(views(HELD_OUT, n_clean - n_clean // 2, system.image_size, seed=5))])
    cb = (system.decode_logits(clean).numpy() > 0).astype(np.uint8)
    _, c_ok = _attribute(cb, matchers[48], np.full(len(cb), -1), fpr)
    lg, _, n_views = best_view_logits(system, clean, matchers[48].index, rule="hamming")
    _, cs_ok = _attribute((lg > 0).astype(np.uint8), matchers[48], np.full(len(cb), -1), fpr, n_views)
    sec = None
    if security:
        job.progress(len(cases) + 2, total, "attacks on the fingerprint")
        from .security_eval import SecurityOptions, run_security
        sec = run_security(system, matchers[48], codes, ours, truth, fpr_threshold=fpr, rule="hamming",
                           options=SecurityOptions(copy_sizes=(6, 20, 100)), job=job).to_dict()
    # Timing: decode + match per image (batch of n), peer decode per image, 1e6-code match per image.
    t0 = time.perf_counter()
    lb = (system.decode_logits(ours).numpy() > 0).astype(np.uint8)
    _attribute(lb, matchers[48], truth, fpr)
    ours_ms = (time.perf_counter() - t0) * 1000 / n
    peer_ms = {}
    for m in methods:
        t0 = time.perf_counter()
        peer_bits_of(m, peer_imgs[m])
        peer_ms[m] = round((time.perf_counter() - t0) * 1000 / peer_n[m], 2)
    job.progress(len(cases) + 3, total, "1e6-code match")
    rng = np.random.default_rng(0)
    big = pack(rng.integers(0, 2, (registry_size, k), dtype=np.uint8))
    q = pack(lb[:8])
    hamming_packed(q[:1], big)  # warm
    t0 = time.perf_counter()
    d = hamming_packed(q, big)
    d.argmin(1)
    match_ms = (time.perf_counter() - t0) * 1000 / len(q)
    job.progress(1, 1, "done")
    timing = {"ours_decode_match_ms_per_image": round(ours_ms, 3), "peer_decode_ms_per_image": peer_ms,
              "match_registry_size": registry_size, "match_ms_per_image": round(match_ms, 3)}
    return {"bench": "trace", "rows": rows, "copy": copy_rows, "timing": timing, "quality": quality,
            "peers": methods, "peer_images": peer_n,
            "clean": {"images": int(len(cb)), "false_attributions": int(c_ok.sum()),
                      "search_views": n_views, "search_false_attributions": int(cs_ok.sum())},
            "security": sec,
            "params": {"n_users": n_users, "per_user": per_user, "k": k, "fpr_threshold": fpr,
                       "resolution": system.image_size, "model_sha256": system.sha256}}


def _sizes(args: Any, quick: bool) -> tuple[int, ...]:
    from core.errors import AttestError

    from .scale import SIZES
    text = getattr(args, "sizes", None)
    if not text:
        return (1_000, 100_000) if quick else SIZES
    try:
        sizes = tuple(int(x.replace("_", "")) for x in text.split(",") if x.strip())
    except ValueError:
        raise AttestError(f"--sizes must be whole numbers separated by commas (got {text!r})") from None
    if not sizes or min(sizes) < 16 or max(sizes) > 10_000_000:
        raise AttestError("--sizes must each be between 16 and 10,000,000")
    return sizes


def run_bench(args, ctx) -> int:
    quick = bool(getattr(args, "quick", False))
    from .scale import print_scale, scale_rows
    from .system import load_system
    system = load_system(device=getattr(ctx, "device", "cpu") or "cpu")
    sizes = _sizes(args, quick)
    job = getattr(ctx, "job", None)
    as_json = getattr(ctx, "json", False) or getattr(args, "json", False)
    scale = scale_rows(system, sizes, per_user=4 if quick else 8, n_clean=32 if quick else 64, job=job)
    if getattr(args, "scale_only", False):
        if as_json:
            ctx.emit_json({"bench": "trace", "scale": scale})
        else:
            print_scale(scale, ctx.out)
        return 0
    data = run_bench_data(n_users=4 if quick else 8, per_user=2 if quick else 4, n_clean=200 if quick else 1000,
                          cases=QUICK_CASES if quick else CASES, peer_riva=4 if quick else 8, security=not quick,
                          system=system, job=job)
    data["scale"] = scale
    if as_json:
        ctx.emit_json(data)
        return 0
    print_bench(data, ctx.out)
    print_scale(scale, ctx.out)
    return 0


def print_bench(data: dict[str, Any], out: Any) -> None:
    pr, methods = data["params"], data["peers"]
    out(f"{pr['n_users']} users x {pr['per_user']} images at {pr['resolution']} px, k={pr['k']} "
        f"(rivaGan: 32 bits, first {data['peer_images'].get('rivaGan', 0)} images); "
        f"attr = the right user at FPR {pr['fpr_threshold']:g}, Hamming rule for all")
    q = data["quality"]
    out("quality against the same covers: " + "; ".join(
        f"{name} PSNR {v['psnr']:.2f} dB (min {v['psnr_min']:.2f}), SSIM {v['ssim']:.3f}" for name, v in q.items()))
    head = f"{'case':<17}{'ours bit':>9}{'ours attr':>10}" + "".join(f"{m[:9] + ' attr':>15}" for m in methods)
    out(head)
    for r in data["rows"]:
        out(f"{r['case']:<17}{r['ours_bit_acc']:9.3f}{r['ours_attr_acc']:10.3f}"
            + "".join(f"{r[f'{m}_attr_acc']:15.3f}" for m in methods))
    for r in data["copy"]:
        peers_framed = "".join(f", {m} {r[f'{m}_framed']:.3f}" for m in methods if f"{m}_framed" in r)
        out(f"copy attack, {r['published']} published images on {r['targets']} base images, framed: "
            f"ours {r['ours_framed']:.3f}{peers_framed}")
    c = data["clean"]
    out(f"false attributions: {c['false_attributions']}/{c['images']} clean images (base outputs and held-out "
        f"photographs); with --search ({c['search_views']} views, FPR corrected) {c['search_false_attributions']}")
    if data.get("security"):
        print_security(data["security"], out)
    t = data["timing"]
    out(f"decode+match {t['ours_decode_match_ms_per_image']:.2f} ms/image; peer decode "
        + ", ".join(f"{m} {v:.2f}" for m, v in t["peer_decode_ms_per_image"].items())
        + f" ms/image; match vs {t['match_registry_size']:,} codes {t['match_ms_per_image']:.2f} ms/image")


def print_security(sec: dict[str, Any], out: Any) -> None:
    """The attacks on the fingerprint itself (``SecurityRun.to_dict()``), a line each."""
    surg = sec["surgery"]
    n_kept = sum(r["verdict"] == "kept" for r in surg)
    n_dead = sum(r["verdict"] == "destroyed" for r in surg)
    out(f"weight surgery on one export: {len(surg)} modules zeroed one at a time: {n_kept} keep the "
        f"fingerprint, {n_dead} destroy the image (< {sec['thresholds']['destroyed_db']:g} dB), "
        f"{len(sec['handles'])} removal handles"
        + (f" ({', '.join(sec['handles'][:6])})" if sec["handles"] else ""))
    out("weights: " + ", ".join(f"{r['attack']} attributed {r['right']:.2f} ({r['psnr_db']:.1f} dB)"
                                 for r in sec["weights"]))
    out("copy attack (ours): " + ", ".join(f"{r['attack']} framed {r['right']:.3f} ({r['psnr_db']:.1f} dB)"
                                           for r in sec["copy"]))
    out("regeneration: " + ", ".join(f"{r['attack']} attributed {r['right']:.2f} ({r['psnr_db']:.1f} dB)"
                                     for r in sec["regeneration"]))
    col = sec["collusion"]
    if col:
        out(f"collusion (two exports averaged): user A {col['user_a']:.2f}, user B {col['user_b']:.2f}, "
            f"someone else {col['someone_else']:.2f}, no one {col['no_one']:.2f}")
