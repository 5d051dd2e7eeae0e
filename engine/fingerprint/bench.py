"""``python main.py bench trace``: our fingerprints against invisible-watermark's ``dwtDct``.

Same prompts (latents), same user codes, same attacks, same decision rule:

- ours: the user's fingerprinted generator output (at the generator's resolution);
- peer: ``dwtDct`` carrying the same code, embedded into the *unfingerprinted* output of the same
  latent, upscaled to 256x256 because dwtDct needs at least 256x256 (its README says so);
- both decoded bit strings are matched against the same codebook with the same binomial rule;
- the codes are drawn as the registry issues them: far apart, and screened by
  ``FingerprintSystem.code_check`` (the model must carry the code on probe scenes). The raw model on
  unscreened random codes is measured too (``unscreened``), so the screen's effect is visible;
- ``search``: our geometric search (``trace --search``) on crop 50% and rotation 15 degrees, and
  its false attributions among the clean images, with the FPR corrected for the views it tries.

Also timed: our decode-and-match per image, the peer's decode per image, and matching one decoded
code against a registry of 1,000,000 packed codes (random codes: only the speed matters there), and
false attributions among unfingerprinted images.
"""

from __future__ import annotations

import time
from typing import Any

import numpy as np

from . import attacks as A
from .codes import DEFAULT_FPR, hamming_packed, pack
from .tracing import Matcher, best_view_logits

CASES = ("none", "jpeg90", "jpeg70", "jpeg50", "crop90", "crop50", "resize0.5", "rotate5", "rotate15", "blur1",
         "noise0.02", "brightness0.7", "brightness1.3", "contrast1.5", "combo")
PEER = "invisible-watermark dwtDct"
SEARCH_CASES = ("crop50", "rotate15")


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


def _peer_embed(covers_u8: list[np.ndarray], codes: np.ndarray) -> list[np.ndarray]:
    from imwatermark import WatermarkEncoder
    out = []
    for img, code in zip(covers_u8, codes, strict=True):
        enc = WatermarkEncoder()
        enc.set_watermark("bits", [int(b) for b in code])
        bgr = np.ascontiguousarray(img[:, :, ::-1])
        out.append(np.ascontiguousarray(enc.encode(bgr, "dwtDct")[:, :, ::-1]))
    return out


def _peer_decode(imgs_u8: list[np.ndarray], k: int) -> np.ndarray:
    from imwatermark import WatermarkDecoder
    dec = WatermarkDecoder("bits", k)
    return np.array([[int(b) for b in dec.decode(np.ascontiguousarray(im[:, :, ::-1]), "dwtDct")] for im in imgs_u8],
                    np.uint8)


def run_bench_data(*, n_users: int = 8, per_user: int = 4, n_clean: int = 1000, registry_size: int = 1_000_000,
                   cases: tuple[str, ...] = CASES, fpr: float = DEFAULT_FPR, system=None, job=None) -> dict[str, Any]:
    import torch
    import torch.nn.functional as F

    from core.jobs import ensure_job

    from .evaluate import EVAL_SEED_BASE, evaluation_codes
    from .metrics import psnr_per_image
    from .scenes import render_batch
    from .system import load_system
    job = ensure_job(job)
    system = system or load_system()
    k = system.k
    codes = evaluation_codes(k, n_users, seed=11, accept=system.code_check)  # issued as the registry issues them
    codes_packed = pack(codes)
    matcher = Matcher.from_names([str(i) for i in range(n_users)], codes_packed, k)
    truth = np.repeat(np.arange(n_users), per_user)
    n = len(truth)
    seeds = [EVAL_SEED_BASE + 50_000 + i for i in range(n)]
    z = system.latents(seeds)
    ours = system.generate(codes[truth], z)
    ref = system.generate(None, z)
    covers = F.interpolate(ref, size=(256, 256), mode="bicubic", align_corners=False).clamp(0, 1)
    peer = A.from_images([__import__("PIL.Image", fromlist=["Image"]).fromarray(a)
                          for a in _peer_embed([np.asarray(im) for im in A.to_uint8_images(covers)], codes[truth])])
    rows = []
    for ci, name in enumerate(cases):
        job.progress(ci, len(cases) + 3, f"bench {name}")
        atk = A.ATTACKS_BY_NAME[name]
        xo = atk(ours, seed=3)
        xp = atk(peer, seed=3)
        ob = (system.decode_logits(xo).numpy() > 0).astype(np.uint8)
        pb = _peer_decode([np.asarray(im) for im in A.to_uint8_images(xp)], k)
        o_attr, _ = _attribute(ob, matcher, truth, fpr)
        p_attr, _ = _attribute(pb, matcher, truth, fpr)
        rows.append({"case": name, "ours_bit_acc": round(float((ob == codes[truth]).mean()), 4),
                     "ours_bit_acc_ci95": _bit_acc_ci(ob == codes[truth]),
                     "ours_attr_acc": round(o_attr, 4), "peer": PEER,
                     "peer_bit_acc": round(float((pb == codes[truth]).mean()), 4), "peer_attr_acc": round(p_attr, 4)})
    # Our geometric search (trace --search) on the geometric attacks, FPR corrected for its views.
    search_rows = []
    for name in SEARCH_CASES:
        xo = A.ATTACKS_BY_NAME[name](ours, seed=3)
        lg, _, n_views = best_view_logits(system, xo, matcher.index, rule="hamming")
        sb = (lg > 0).astype(np.uint8)
        s_attr, _ = _attribute(sb, matcher, truth, fpr, n_views)
        search_rows.append({"case": name, "ours_bit_acc": round(float((sb == codes[truth]).mean()), 4),
                            "ours_attr_acc": round(s_attr, 4)})
    # The raw model, without the registry's screen: random codes, one per image, clean images.
    job.progress(len(cases), len(cases) + 3, "unscreened codes")
    raw = np.random.default_rng(12).integers(0, 2, (n, k)).astype(np.uint8)
    rb = (system.decode_logits(system.generate(raw, z)).numpy() > 0).astype(np.uint8)
    unscreened = {"images": n, "clean_bit_acc": round(float((rb == raw).mean()), 4),
                  "clean_bit_acc_ci95": _bit_acc_ci(rb == raw),
                  "screen_rejected": int(sum(not system.code_check(c) for c in raw[:32])), "screen_tried": min(32, n)}
    # False attributions among clean images: base outputs and raw scenes, half each.
    job.progress(len(cases) + 1, len(cases) + 3, "clean images")
    cseeds = [EVAL_SEED_BASE + 70_000 + i for i in range(n_clean)]
    half = n_clean // 2
    clean = torch.cat([system.generate(None, system.latents(cseeds[:half])),
                       torch.from_numpy(render_batch(cseeds[half:], system.image_size))])
    cb = (system.decode_logits(clean).numpy() > 0).astype(np.uint8)
    _, c_ok = _attribute(cb, matcher, np.full(len(cb), -1), fpr)
    lg, _, n_views = best_view_logits(system, clean, matcher.index, rule="hamming")
    _, cs_ok = _attribute((lg > 0).astype(np.uint8), matcher, np.full(len(cb), -1), fpr, n_views)
    # Timing: decode + match per image (batch of n), peer decode per image, 1e6-code match per image.
    t0 = time.perf_counter()
    lb = (system.decode_logits(ours).numpy() > 0).astype(np.uint8)
    _attribute(lb, matcher, truth, fpr)
    ours_ms = (time.perf_counter() - t0) * 1000 / n
    peer_imgs = [np.asarray(im) for im in A.to_uint8_images(peer)]
    t0 = time.perf_counter()
    _peer_decode(peer_imgs, k)
    peer_ms = (time.perf_counter() - t0) * 1000 / n
    job.progress(len(cases) + 2, len(cases) + 3, "1e6-code match")
    rng = np.random.default_rng(0)
    big = pack(rng.integers(0, 2, (registry_size, k), dtype=np.uint8))
    q = pack(lb[:8])
    hamming_packed(q[:1], big)  # warm
    t0 = time.perf_counter()
    d = hamming_packed(q, big)
    d.argmin(1)
    match_ms = (time.perf_counter() - t0) * 1000 / len(q)
    job.progress(1, 1, "done")
    timing = {"ours_decode_match_ms_per_image": round(ours_ms, 3), "peer_decode_ms_per_image": round(peer_ms, 3),
              "match_registry_size": registry_size, "match_ms_per_image": round(match_ms, 3)}
    quality = {"ours_psnr": round(float(psnr_per_image(ours, ref).mean()), 3),
               "peer_psnr": round(float(psnr_per_image(peer, covers).mean()), 3),
               "ours_resolution": system.image_size, "peer_resolution": 256}
    return {"bench": "trace", "rows": rows, "timing": timing, "quality": quality,
            "clean": {"images": int(len(cb)), "false_attributions": int(c_ok.sum())}, "unscreened": unscreened,
            "search": {"views": n_views, "rows": search_rows, "clean_false_attributions": int(cs_ok.sum())},
            "params": {"n_users": n_users, "per_user": per_user, "k": k, "fpr_threshold": fpr,
                       "model_sha256": system.sha256}}


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
    data = run_bench_data(n_users=4 if quick else 8, per_user=2 if quick else 16, n_clean=200 if quick else 1000,
                          system=system, job=job)
    data["scale"] = scale
    if as_json:
        ctx.emit_json(data)
        return 0
    pr = data["params"]
    ctx.out(f"{pr['n_users']} users x {pr['per_user']} images, k={pr['k']}, "
            f"attributed = right user at FPR {pr['fpr_threshold']:g}")
    ctx.out(f"{'case':<14}{'ours bit':>9}{'(95% CI)':>18}{'ours attr':>10}{'peer bit':>9}{'peer attr':>10}")
    for r in data["rows"]:
        lo, hi = r["ours_bit_acc_ci95"]
        ctx.out(f"{r['case']:<14}{r['ours_bit_acc']:9.4f}{f'({lo:.4f}-{hi:.4f})':>18}{r['ours_attr_acc']:10.3f}"
                f"{r['peer_bit_acc']:9.3f}{r['peer_attr_acc']:10.3f}")
    t, q, c = data["timing"], data["quality"], data["clean"]
    ctx.out(f"decode+match {t['ours_decode_match_ms_per_image']:.2f} ms/image "
            f"(peer decode {t['peer_decode_ms_per_image']:.2f}); "
            f"match vs {t['match_registry_size']:,} codes {t['match_ms_per_image']:.2f} ms/image")
    u = data["unscreened"]
    ctx.out(f"codes are screened as the registry issues them; unscreened random codes: clean bit accuracy "
            f"{u['clean_bit_acc']:.3f} ({u['clean_bit_acc_ci95'][0]:.3f}-{u['clean_bit_acc_ci95'][1]:.3f}), "
            f"screen rejected {u['screen_rejected']}/{u['screen_tried']}")
    sr = data["search"]
    ctx.out(f"with --search ({sr['views']} views, FPR corrected for them): "
            + ", ".join(f"{r['case']} bit {r['ours_bit_acc']:.3f} attr {r['ours_attr_acc']:.3f}" for r in sr["rows"])
            + f"; false attributions {sr['clean_false_attributions']}/{c['images']} clean images")
    ctx.out(f"PSNR ours {q['ours_psnr']:.2f} dB ({q['ours_resolution']} px), "
            f"peer {q['peer_psnr']:.2f} dB ({q['peer_resolution']} px); "
            f"false attributions {c['false_attributions']}/{c['images']} clean images")
    print_scale(scale, ctx.out)
    return 0
