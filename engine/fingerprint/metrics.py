"""Quality and detection metrics in numpy / torch: PSNR, SSIM, ROC/PR curves, AUROC, AUPRC."""

from __future__ import annotations

import math

import numpy as np


def psnr_per_image(a, b) -> np.ndarray:
    """PSNR in dB of each image pair ([N, C, H, W] tensors in [0, 1])."""
    mse = ((a.clamp(0, 1) - b.clamp(0, 1)) ** 2).flatten(1).mean(1).cpu().numpy()
    return np.where(mse > 1e-12, 10 * np.log10(1.0 / np.maximum(mse, 1e-12)), 120.0)


def ssim_per_image(a, b, sigma: float = 1.5) -> np.ndarray:
    """SSIM (Wang et al. 2004, Gaussian window 11, sigma 1.5) averaged over channels, per image."""
    import torch
    import torch.nn.functional as F
    c1, c2 = 0.01 ** 2, 0.03 ** 2
    r = 5
    t = torch.arange(-r, r + 1, dtype=a.dtype)
    g = torch.exp(-(t ** 2) / (2 * sigma ** 2))
    g = g / g.sum()
    ch = a.shape[1]
    kx = g.view(1, 1, 1, -1).expand(ch, 1, 1, -1)
    ky = g.view(1, 1, -1, 1).expand(ch, 1, -1, 1)

    def blur(x):
        return F.conv2d(F.conv2d(x, kx, groups=ch), ky, groups=ch)

    a, b = a.clamp(0, 1).float(), b.clamp(0, 1).float()
    mu_a, mu_b = blur(a), blur(b)
    saa = blur(a * a) - mu_a ** 2
    sbb = blur(b * b) - mu_b ** 2
    sab = blur(a * b) - mu_a * mu_b
    m = ((2 * mu_a * mu_b + c1) * (2 * sab + c2)) / ((mu_a ** 2 + mu_b ** 2 + c1) * (saa + sbb + c2))
    return m.flatten(1).mean(1).cpu().numpy()


def _counts_at_thresholds(scores_pos: np.ndarray, scores_neg: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """True and false positives when the threshold sits at each distinct score, highest first."""
    s = np.concatenate([scores_pos, scores_neg])
    y = np.concatenate([np.ones(len(scores_pos)), np.zeros(len(scores_neg))])
    order = np.argsort(-s, kind="stable")
    s, y = s[order], y[order]
    distinct = np.r_[np.nonzero(np.diff(s))[0], len(s) - 1]
    return np.cumsum(y)[distinct], np.cumsum(1 - y)[distinct]


def roc_curve(scores_pos: np.ndarray, scores_neg: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(FPR, TPR) over all thresholds, from (0, 0) to (1, 1); higher score = more likely positive."""
    tp, fp = _counts_at_thresholds(scores_pos, scores_neg)
    tpr = np.r_[0.0, tp / max(1, len(scores_pos))]
    fpr = np.r_[0.0, fp / max(1, len(scores_neg))]
    return fpr, tpr


def auroc(scores_pos: np.ndarray, scores_neg: np.ndarray) -> float | None:
    """Area under ROC via the Mann-Whitney statistic (ties count half)."""
    if len(scores_pos) == 0 or len(scores_neg) == 0:
        return None
    from scipy.stats import rankdata
    s = np.concatenate([scores_pos, scores_neg])
    ranks = rankdata(s)
    n1, n0 = len(scores_pos), len(scores_neg)
    u = ranks[:n1].sum() - n1 * (n1 + 1) / 2
    return float(u / (n1 * n0))


def pr_curve(scores_pos: np.ndarray, scores_neg: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(recall, precision) at every distinct threshold, highest threshold first."""
    tp, fp = _counts_at_thresholds(scores_pos, scores_neg)
    precision = tp / np.maximum(tp + fp, 1)
    recall = tp / max(1, len(scores_pos))
    return np.r_[0.0, recall], np.r_[1.0, precision]


def auprc(scores_pos: np.ndarray, scores_neg: np.ndarray) -> float | None:
    """Average precision: sum over thresholds of (recall step) * precision."""
    if len(scores_pos) == 0:
        return None
    r, p = pr_curve(scores_pos, scores_neg)
    return float(np.sum(np.diff(r) * p[1:]))


def finite(x: float | None, digits: int = 6) -> float | None:
    if x is None or not math.isfinite(float(x)):
        return None
    return round(float(x), digits)
