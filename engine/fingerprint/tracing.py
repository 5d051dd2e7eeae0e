"""Tracing: which enrolled user generated an image?

Decode the bits in batches, match them against every enrolled code by Hamming distance on packed
bits, and decide with the binomial rule of :mod:`engine.fingerprint.codes`:

- each candidate's ``p_value`` is P(Binomial(k, 1/2) >= matches), the chance that an image without
  this user's fingerprint matches the code that well;
- the result's ``p_value`` is the best candidate's p-value corrected for the registry size
  (Bonferroni, ``min(1, N * p)``): the chance that an image carrying none of the N fingerprints
  matches *some* code that well, i.e. the false-positive rate of attributing it;
- ``verdict`` is ``attributed`` when that is at most ``fpr_threshold`` (default 1e-6),
  ``no_fingerprint`` when it is above ``chance_level`` (default 0.01), else ``inconclusive``.

Loading, hashing and the report of a run over files live in :mod:`engine.fingerprint.api`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from core.errors import AttestError
from core.jobs import Job, ensure_job

from .codes import DEFAULT_CHANCE, DEFAULT_FPR, binom_pvalue, corrected_fpr, hamming_packed, pack, top_matches, unpack
from .codes import verdict as decide_verdict

if TYPE_CHECKING:
    import torch

    from .system import FingerprintSystem

VERDICTS = ("attributed", "inconclusive", "no_fingerprint")


@dataclass(frozen=True)
class TraceOptions:
    """How images are traced; recorded in the report's parameters."""

    tta: bool = False
    """Average the decoder over a few mild views."""
    search: bool = False
    """Geometric search: also decode views that undo rotations and heavy crops (FPR corrected for them)."""
    fpr_threshold: float = DEFAULT_FPR
    chance_level: float = DEFAULT_CHANCE
    top: int = 5
    """Candidates kept per image."""

    def __post_init__(self) -> None:
        if not 0 < self.fpr_threshold < 1:
            raise AttestError(f"--fpr must be between 0 and 1 (got {self.fpr_threshold})")
        if not 0 < self.chance_level <= 1:
            raise AttestError(f"the chance level must be between 0 and 1 (got {self.chance_level})")
        if self.top < 1:
            raise AttestError(f"--top must be at least 1 (got {self.top})")

    def to_dict(self) -> dict[str, Any]:
        return {"tta": self.tta, "search": self.search, "fpr_threshold": self.fpr_threshold,
                "chance_level": self.chance_level, "top": self.top}


@dataclass(frozen=True)
class Candidate:
    user: str
    distance: int
    p_value: float

    def to_dict(self) -> dict[str, Any]:
        return {"user": self.user, "distance": self.distance, "p_value": self.p_value}


@dataclass(frozen=True)
class TraceResult:
    image: str
    user: str | None
    verdict: str
    bit_accuracy: float  # matching bits / k against the best candidate
    p_value: float       # registry-corrected (Bonferroni) p-value of the best candidate
    candidates: tuple[Candidate, ...]
    bits: tuple[int, ...] = field(default=(), compare=False)         # decoded bits
    confidence: tuple[float, ...] = field(default=(), compare=False)  # |2 sigmoid(logit) - 1| per bit
    best_code: tuple[int, ...] = field(default=(), compare=False)
    view: str = field(default="identity", compare=False)  # the view the bits were read from (search)

    @property
    def k(self) -> int:
        return len(self.bits)

    @property
    def matching_bits(self) -> int:
        """Bits that agree with the best candidate's code."""
        return round(self.bit_accuracy * len(self.bits))

    @property
    def best(self) -> Candidate:
        return self.candidates[0]

    def to_dict(self) -> dict[str, Any]:
        """The trace --json shape of one image (README, Image tracing)."""
        return {"image": self.image, "user": self.user, "verdict": self.verdict, "bit_accuracy": self.bit_accuracy,
                "p_value": self.p_value, "candidates": [c.to_dict() for c in self.candidates]}


# Geometric search (``search=True``). The decoder reads a grid anchored to the image, so a rotation or
# a heavy crop moves the fingerprint out of place. The search decodes views that undo them (rotations
# back, and a centre crop zoomed back out) and keeps, per image, the view whose nearest code matches
# best. Trying V views is V more chances for an unfingerprinted image to match by luck, so the
# false-positive rate is corrected for N users x V views (Bonferroni). At k=48 ten views cost one more
# matching bit: 43 of 48 instead of 42 for 8 users, 48 instead of 47 for a million.
SEARCH_ROTATIONS = (-15.0, -10.0, -5.0, 5.0, 10.0, 15.0)
SEARCH_ZOOMS = (0.7, 0.8, 0.9)  # the image shrunk to this side in the middle of a grey canvas
SEARCH_VIEWS = 1 + len(SEARCH_ROTATIONS) + len(SEARCH_ZOOMS)


def search_views(x: torch.Tensor) -> list[tuple[str, torch.Tensor]]:
    """[(name, view)] for images x [N, 3, H, W]: the identity, de-rotations and zoom-outs."""
    import torch.nn.functional as F

    from .attacks import rotate
    views = [("identity", x)]
    views += [(f"rotate {d:+g}", rotate(x, d)) for d in SEARCH_ROTATIONS]
    h, w = x.shape[-2:]
    for f in SEARCH_ZOOMS:
        mh, mw = round(h * f), round(w * f)
        out = x.new_full(x.shape, 0.5)
        top, left = (h - mh) // 2, (w - mw) // 2
        out[..., top:top + mh, left:left + mw] = F.interpolate(x, size=(mh, mw), mode="bilinear",
                                                               align_corners=False, antialias=True)
        views.append((f"zoom out {f:g}", out))
    return views


def best_view_logits(system: FingerprintSystem, images: torch.Tensor, codes: np.ndarray, tta: bool = False,
                     job: Job | None = None) -> tuple[np.ndarray, list[str], int]:
    """(logits [N, k], view name per image, number of views): per image, the view nearest to a code."""
    job = ensure_job(job)
    views = search_views(images)
    all_logits = []
    for i, (name, v) in enumerate(views):
        job.progress(i, len(views), f"decoding view {name}")
        all_logits.append(system.decode_logits(v, tta=tta).numpy())
    stack = np.stack(all_logits)  # [V, N, k]
    dist = np.stack([hamming_packed(pack((lg > 0).astype(np.uint8)), codes).min(1) for lg in stack])  # [V, N]
    pick = dist.argmin(0)  # first (identity first) among ties
    n = stack.shape[1]
    return stack[pick, np.arange(n)], [views[j][0] for j in pick], len(views)


def decode_for_matching(system: FingerprintSystem, images: torch.Tensor, codes: np.ndarray, *, tta: bool = False,
                        search: bool = False, job: Job | None = None) -> tuple[np.ndarray, list[str], int]:
    """(logits [N, k] as numpy, view name per image, number of views): plain decoding, or the search."""
    if search:
        return best_view_logits(system, images, codes, tta=tta, job=job)
    return system.decode_logits(images, tta=tta, job=job).numpy(), ["identity"] * images.shape[0], 1


def decide(logits: np.ndarray, names: list[str], codes: np.ndarray, image_labels: list[str], *,
           fpr_threshold: float = DEFAULT_FPR, chance_level: float = DEFAULT_CHANCE, top: int = 5,
           n_views: int = 1) -> list[TraceResult]:
    """Match decoded logits [M, k] against packed codes [N, W] and decide for each image.

    ``n_views`` > 1: each image's logits are the best of that many views (geometric search), and the
    false-positive rate is corrected for it too.
    """
    logits = np.asarray(logits, dtype=np.float64)
    if len(names) == 0:
        raise AttestError("the registry is empty: enroll a user first (python main.py fingerprint enroll NAME)")
    k = logits.shape[1]
    bits = (logits > 0).astype(np.uint8)
    probs = 1.0 / (1.0 + np.exp(-np.clip(logits, -50, 50)))
    idx, dist = top_matches(pack(bits), codes, top)
    n = len(names)
    out = []
    for i, label in enumerate(image_labels):
        cands = tuple(Candidate(names[j], int(d), binom_pvalue(k - int(d), k))
                      for j, d in zip(idx[i], dist[i], strict=True))
        best = cands[0]
        fpr = corrected_fpr(best.p_value, n * max(1, n_views))
        v = decide_verdict(fpr, fpr_threshold, chance_level)
        out.append(TraceResult(
            image=label, user=best.user if v == "attributed" else None, verdict=v,
            bit_accuracy=round((k - best.distance) / k, 6), p_value=fpr, candidates=cands,
            bits=tuple(int(b) for b in bits[i]), confidence=tuple(float(abs(2 * p - 1)) for p in probs[i]),
            best_code=tuple(int(b) for b in unpack(codes[idx[i][0]], k)[0]),
        ))
    return out
