"""Robustness evaluation: the attack suite against fingerprinted and unfingerprinted images.

For ``n_users`` codes drawn from the codebook (not the live registry: evaluation must not enroll
anyone) and ``per_user`` held-out prompts each, we generate the fingerprinted images and, from the same
latents, the unfingerprinted ones (the base decoder), plus the raw procedural scenes as a second kind
of clean image. Every attack is applied to all of them; per attack we report

- ``bit_acc``: mean fraction of bits decoded correctly (fingerprinted images);
- ``attr_acc``: the nearest code is the right user's (no threshold);
- ``tpr``: attributed to the right user at the FPR threshold;
- ``wrong_attr``: attributed to a wrong user at the threshold;
- ``fpr``: clean images attributed to anyone at the threshold;
- ``auroc`` / ``auprc``: fingerprinted vs clean, scored by the best match's number of matching bits;
- quality (once, no attack): PSNR and SSIM of fingerprinted against unfingerprinted output.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from core.jobs import Job, ensure_job
from .codes import DEFAULT_CHANCE, DEFAULT_FPR, Codebook, default_min_distance, pack, hamming_packed, binom_pvalue, corrected_fpr
from . import attacks as A
from .metrics import auprc, auroc, finite, pr_curve, psnr_per_image, roc_curve, ssim_per_image
from .tracing import decode_for_matching

EVAL_SEED_BASE = 900_000  # held out: training used seeds 100k-102.5k and 200k-202k


@dataclass(frozen=True)
class AttackRow:
    attack: str
    family: str
    strength: float
    bit_acc: float
    attr_acc: float
    tpr: float
    wrong_attr: float
    fpr: float
    auroc: float | None
    auprc: float | None

    def to_dict(self) -> dict[str, Any]:
        return {k: (finite(v) if isinstance(v, float) else v) for k, v in self.__dict__.items()}


@dataclass(frozen=True)
class EvalResult:
    rows: tuple[AttackRow, ...]
    psnr: float
    psnr_min: float
    ssim: float
    params: dict[str, Any]
    curves: dict[str, dict[str, list[float]]]  # attack -> roc_fpr, roc_tpr, pr_recall, pr_precision

    def row(self, name: str) -> AttackRow:
        return next(r for r in self.rows if r.attack == name)

    def to_dict(self) -> dict[str, Any]:
        return {"params": self.params, "quality": {"psnr": finite(self.psnr, 3), "psnr_min": finite(self.psnr_min, 3),
                                                   "ssim": finite(self.ssim, 5)},
                "attacks": [r.to_dict() for r in self.rows], "curves": self.curves}

    def summary(self) -> dict[str, Any]:
        goals = [r for r in self.rows if r.attack in A.GOAL_ATTACKS]
        none = next((r for r in self.rows if r.attack == "none"), None)
        return {
            "bit_acc_clean": finite(none.bit_acc, 4) if none else None,
            "attr_acc_clean": finite(none.attr_acc, 4) if none else None,
            "min_attr_acc_goal_attacks": finite(min(r.attr_acc for r in goals), 4) if goals else None,
            "max_fpr": finite(max(r.fpr for r in self.rows), 4),
            "psnr_db": finite(self.psnr, 2),
            "ssim": finite(self.ssim, 4),
        }

    def draft(self) -> dict[str, Any]:
        from .plots import eval_plots
        return {
            "kind": "fingerprint-eval",
            "title": f"Fingerprint robustness ({self.params['n_users']} users, {len(self.rows)} attacks)",
            "params": self.params,
            "inputs": {"fingerprint model": self.params["model_sha256"]},
            "summary": self.summary(),
            "result": self.to_dict(),
            "artifacts": eval_plots(self),
        }


def evaluation_codes(k: int, n_users: int, seed: int = 7, accept=None) -> np.ndarray:
    """Codes drawn as the registry draws them; ``accept`` is the registry's screen (or None: unscreened)."""
    book = Codebook(k, default_min_distance(k), seed)
    codes = np.zeros((0, (k + 63) // 64), np.uint64)
    bits_all = []
    counter = 0
    for _ in range(n_users):
        bits, counter = book.next_code(codes, counter, accept=accept)
        bits_all.append(bits)
        codes = np.vstack([codes, pack(bits)])
    return np.array(bits_all, np.uint8)


def _decide(logits: np.ndarray, codes_packed: np.ndarray, k: int, fpr_threshold: float, n_views: int = 1):
    """Nearest code, its matches and whether it is attributed, vectorised over images."""
    bits = (logits > 0).astype(np.uint8)
    d = hamming_packed(pack(bits), codes_packed)
    best = d.argmin(1)
    matches = k - d[np.arange(len(best)), best]
    n = codes_packed.shape[0]
    fpr = np.array([corrected_fpr(binom_pvalue(int(m), k), n * n_views) for m in matches])
    return best, matches, fpr <= fpr_threshold


def evaluate(system, *, n_users: int = 8, per_user: int = 6, n_clean: int | None = None,
             attacks: list[str] | None = None, fpr_threshold: float = DEFAULT_FPR, tta: bool = False,
             seed: int = 0, screen: bool = True, search: bool = False, job: Job | None = None) -> EvalResult:
    """Run the attack suite; see the module docstring for what is measured."""
    import torch
    job = ensure_job(job)
    k = system.k
    atk = A.get_attacks(attacks)
    # Screened like the registry's codes (what users are issued) unless ``screen`` is False.
    code_bits = evaluation_codes(k, n_users, seed=7 + seed, accept=system.code_check if screen else None)
    codes_packed = pack(code_bits)
    n_fp = n_users * per_user
    n_clean = n_fp if n_clean is None else n_clean
    seeds = [EVAL_SEED_BASE + seed * 10_000 + i for i in range(max(n_fp, n_clean))]
    job.progress(0, 1, "generating evaluation images")
    z = system.latents(seeds[:n_fp])
    user_of = np.repeat(np.arange(n_users), per_user)
    fp = system.generate(code_bits[user_of], z, job=job.stage(0.0, 0.15, "fingerprinted images"))
    ref = system.generate(None, z, job=job.stage(0.15, 0.2, "unfingerprinted images"))
    # Clean images: half base-decoder outputs (the hardest negatives: same generator, no fingerprint),
    # half raw scenes.
    zc = system.latents(seeds[:n_clean])
    clean_base = system.generate(None, zc[: (n_clean + 1) // 2])
    from .scenes import render_batch
    clean_raw = torch.from_numpy(render_batch(seeds[(n_clean + 1) // 2: n_clean], system.image_size))
    clean = torch.cat([clean_base, clean_raw])[:n_clean]
    psnr = psnr_per_image(fp, ref)
    ssim = ssim_per_image(fp, ref)
    rows, curves = [], {}
    sub = job.stage(0.2, 1.0, "attacks")
    for ai, a in enumerate(atk):
        sub.progress(ai, len(atk), f"attack {a.name}")
        xa = a(fp, seed=seed + 1)
        ca = a(clean, seed=seed + 2)
        # With ``search``, the geometric search of tracing.py, and the FPR corrected for its views.
        lf, _, nv = decode_for_matching(system, xa, codes_packed, tta=tta, search=search)
        lc, _, _ = decode_for_matching(system, ca, codes_packed, tta=tta, search=search)
        bit_acc = float(((lf > 0).astype(np.uint8) == code_bits[user_of]).mean())
        best, m_pos, att = _decide(lf, codes_packed, k, fpr_threshold, nv)
        _, m_neg, att_neg = _decide(lc, codes_packed, k, fpr_threshold, nv)
        right = best == user_of
        # Score for detection curves: matching bits with the best code, plus a tiny margin from the
        # logits' magnitude to break ties between equal counts.
        s_pos = m_pos + 1e-3 * np.abs(lf).mean(1).clip(0, 0.999)
        s_neg = m_neg + 1e-3 * np.abs(lc).mean(1).clip(0, 0.999)
        fr, tr = roc_curve(s_pos, s_neg)
        rc, pc = pr_curve(s_pos, s_neg)
        curves[a.name] = {"roc_fpr": _thin(fr), "roc_tpr": _thin(tr), "pr_recall": _thin(rc), "pr_precision": _thin(pc)}
        rows.append(AttackRow(a.name, a.family, float(a.strength), bit_acc, float(right.mean()),
                              float((att & right).mean()), float((att & ~right).mean()), float(att_neg.mean()),
                              auroc(s_pos, s_neg), auprc(s_pos, s_neg)))
    sub.progress(len(atk), len(atk), "done")
    params = {"n_users": n_users, "per_user": per_user, "n_clean": n_clean, "attacks": [a.name for a in atk],
              "fpr_threshold": fpr_threshold, "tta": tta, "seed": seed, "screened_codes": screen, "search": search, "k": k,
              "image_size": system.image_size,
              "model_sha256": system.sha256, "train_step": system.step,
              "min_distance": default_min_distance(k), "chance_level": DEFAULT_CHANCE}
    return EvalResult(tuple(rows), float(psnr.mean()), float(psnr.min()), float(ssim.mean()), params, curves)


def _thin(x: np.ndarray, n: int = 200) -> list[float]:
    """Keep curves small in the report: at most ``n`` points, ends included."""
    x = np.asarray(x, dtype=float)
    if len(x) > n:
        x = x[np.unique(np.linspace(0, len(x) - 1, n).round().astype(int))]
    return [round(float(v), 5) for v in x]
