"""Tracing: which enrolled user generated an image?

Decode the bits in batches, find the nearest enrolled codes by Hamming distance (:mod:`.index`),
and decide:

- each candidate's ``p_value`` is the chance that a code drawn at random (as the codebook draws them)
  agrees with the decoded bits at least as well. The default *weighted* rule counts each bit by its
  confidence, |logit| (:func:`.codes.weighted_tail`, exact); the *hamming* rule counts matching bits,
  P(Binomial(k, 1/2) >= matches). Either is a valid p-value for an image that this user's generator
  did not make; the weighted one loses less to bits that an attack left uncertain;
- the result's ``p_value`` is the best candidate's p-value corrected for the registry size
  (Bonferroni, ``min(1, N * p)``): the chance that an image carrying none of the N fingerprints
  matches *some* code that well, i.e. the false-positive rate of attributing it;
- ``verdict`` is ``attributed`` when that is at most ``fpr_threshold`` (default 1e-6),
  ``no_fingerprint`` when it is above ``chance_level`` (default 0.01), else ``inconclusive``.

Loading, hashing and the report of a run over files live in :mod:`engine.fingerprint.api`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from core.errors import AttestError
from core.jobs import Job, ensure_job

from .codes import (
    DEFAULT_CHANCE,
    DEFAULT_FPR,
    binom_pvalue,
    bit_weights,
    corrected_fpr,
    pack,
    unpack,
    weighted_pvalue,
    weighted_score,
    weighted_tail,
)
from .codes import verdict as decide_verdict
from .index import CodeIndex

if TYPE_CHECKING:
    import torch

    from .system import FingerprintSystem

VERDICTS = ("attributed", "inconclusive", "no_fingerprint")
RULES = ("weighted", "hamming")
MARGIN_BITS = 4
"""An image is attributed only if every other registry code is at least this many bits further from
its decoded bits than the attributed one. Codes are at least 7 apart (``codes.default_min_distance(48)``),
so a confident wrong attribution then needs at least ceil((7 + 4) / 2) = 6 bit errors against the true
code, while the Hamming rule accepts at most 4 errors at 1,000 users and 5 at 100 (6 at 10: equal)."""


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
    rule: str = "weighted"
    """``weighted`` (each bit counted by its confidence) or ``hamming`` (matching bits)."""

    def __post_init__(self) -> None:
        if self.rule not in RULES:
            raise AttestError(f"--rule must be one of {', '.join(RULES)} (got {self.rule!r})")
        if not 0 < self.fpr_threshold < 1:
            raise AttestError(f"--fpr must be between 0 and 1 (got {self.fpr_threshold})")
        if not 0 < self.chance_level <= 1:
            raise AttestError(f"the chance level must be between 0 and 1 (got {self.chance_level})")
        if self.top < 1:
            raise AttestError(f"--top must be at least 1 (got {self.top})")

    def to_dict(self) -> dict[str, Any]:
        return {"tta": self.tta, "search": self.search, "fpr_threshold": self.fpr_threshold,
                "chance_level": self.chance_level, "top": self.top, "rule": self.rule}


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
    sha256: str = field(default="", compare=False)  # of the image file's bytes

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
        out = {"image": self.image, "user": self.user, "verdict": self.verdict, "bit_accuracy": self.bit_accuracy,
               "p_value": self.p_value, "candidates": [c.to_dict() for c in self.candidates]}
        if self.sha256:
            out["sha256"] = self.sha256
        return out


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


def best_pvalues(logits: np.ndarray, index: CodeIndex, rule: str = "weighted") -> np.ndarray:
    """Per image, the smallest uncorrected p-value among its nearest codes (the rule of :func:`decide`)."""
    logits = np.asarray(logits, np.float64)
    k = logits.shape[1]
    bits = (logits > 0).astype(np.uint8)
    idx, dist = index.knn(pack(bits).reshape(-1), 8)
    if rule == "hamming":
        return np.array([binom_pvalue(k - int(d), k) for d in dist[:, 0]])
    cand = unpack(index.words[idx.reshape(-1)].reshape(-1, 1), k).reshape(idx.shape[0], idx.shape[1], k)
    out = np.ones(logits.shape[0])
    for i in range(logits.shape[0]):
        w = bit_weights(logits[i])
        out[i] = weighted_pvalue(weighted_tail(w), weighted_score(w, cand[i] == bits[i][None, :])).min()
    return out


def best_view_logits(system: FingerprintSystem, images: torch.Tensor, index: CodeIndex, tta: bool = False,
                     job: Job | None = None, rule: str = "weighted") -> tuple[np.ndarray, list[str], int]:
    """(logits [N, k], view name per image, number of views): per image, the view whose best candidate
    has the smallest p-value."""
    job = ensure_job(job)
    views = search_views(images)
    all_logits = []
    for i, (name, v) in enumerate(views):
        job.progress(i, len(views), f"decoding view {name}")
        all_logits.append(system.decode_logits(v, tta=tta, job=job.stage(i / len(views), (i + 1) / len(views),
                                                                         prefix=f"view {name}")).numpy())
    stack = np.stack(all_logits)  # [V, N, k]
    per_view = []
    for lg in stack:
        job.check()
        per_view.append(best_pvalues(lg, index, rule))
    pvals = np.stack(per_view)  # [V, N]
    pick = pvals.argmin(0)  # first (identity first) among ties
    n = stack.shape[1]
    return stack[pick, np.arange(n)], [views[j][0] for j in pick], len(views)


def decode_for_matching(system: FingerprintSystem, images: torch.Tensor, index: CodeIndex, *, tta: bool = False,
                        search: bool = False, job: Job | None = None,
                        rule: str = "weighted") -> tuple[np.ndarray, list[str], int]:
    """(logits [N, k] as numpy, view name per image, number of views): plain decoding, or the search."""
    if search:
        return best_view_logits(system, images, index, tta=tta, job=job, rule=rule)
    return system.decode_logits(images, tta=tta, job=job).numpy(), ["identity"] * images.shape[0], 1


@dataclass
class Matcher:
    """The codes an image is matched against: an index over them, and their names.

    ``name_of`` maps code positions (rows of the index) to user names; the registry looks them up in
    its database, a worker on another machine in an array it was sent."""

    index: CodeIndex
    name_of: Callable[[Sequence[int]], list[str]]

    @property
    def n(self) -> int:
        return self.index.n

    @property
    def k(self) -> int:
        return self.index.k

    @classmethod
    def from_names(cls, names: Sequence[str], codes: np.ndarray, k: int) -> Matcher:
        """From names and packed codes [N, 1] (or words [N])."""
        arr = np.asarray(list(names), dtype=object)
        return cls(CodeIndex(np.asarray(codes, np.uint64).reshape(-1), k), lambda pos: [str(x) for x in arr[list(pos)]])

    def code_bits(self, pos: int) -> np.ndarray:
        return unpack(self.index.words[pos:pos + 1].reshape(1, 1), self.k)[0]


def decide(logits: np.ndarray, matcher: Matcher, image_labels: list[str], *,
           fpr_threshold: float = DEFAULT_FPR, chance_level: float = DEFAULT_CHANCE, top: int = 5,
           n_views: int = 1, rule: str = "weighted", margin_bits: int = MARGIN_BITS) -> list[TraceResult]:
    """Match decoded logits [M, k] against the matcher's codes and decide for each image.

    ``rule="weighted"`` (default): each candidate's p-value is the exact chance that a random code
    agrees with the decoded bits at least as well, counting each bit by its confidence
    (:func:`.codes.weighted_tail`); ``"hamming"``: the binomial tail of the matching-bit count. The
    candidates are the ``max(top, 8)`` nearest codes by Hamming distance (:class:`.index.CodeIndex`),
    ordered by p-value. ``n_views`` > 1: each image's logits are the best of that many views
    (geometric search), and the false-positive rate is corrected for it too. If a second candidate
    also clears the threshold, or lies fewer than ``margin_bits`` bits further from the decoded bits
    than the best one, the image is ``inconclusive``: it does not single out one user.
    """
    logits = np.asarray(logits, dtype=np.float64)
    if matcher.n == 0:
        raise AttestError("the registry is empty: enroll a user first (python main.py fingerprint enroll NAME)")
    if rule not in RULES:
        raise AttestError(f"unknown decision rule {rule!r}; known: {', '.join(RULES)}")
    k = logits.shape[1]
    bits = (logits > 0).astype(np.uint8)
    probs = 1.0 / (1.0 + np.exp(-np.clip(logits, -50, 50)))
    words = pack(bits).reshape(-1) if k <= 64 else None
    if words is None:
        raise AttestError("codes of more than 64 bits are not supported by the registry index")
    idx, dist = matcher.index.knn(words, max(top, 8))
    n = matcher.n
    positions = sorted({int(j) for j in idx.reshape(-1)})
    name_at = dict(zip(positions, matcher.name_of(positions), strict=True))
    cand_bits = unpack(matcher.index.words[idx.reshape(-1)].reshape(-1, 1), k).reshape(idx.shape[0], idx.shape[1], k)
    out = []
    for i, label in enumerate(image_labels):
        if rule == "weighted":
            w = bit_weights(logits[i])
            tail = weighted_tail(w)
            scores = weighted_score(w, cand_bits[i] == bits[i][None, :])
            pv = weighted_pvalue(tail, scores)
        else:
            pv = np.array([binom_pvalue(k - int(d), k) for d in dist[i]])
        order = np.lexsort((idx[i], dist[i], pv))[:top]
        cands = tuple(Candidate(name_at[int(idx[i][j])], int(dist[i][j]), float(pv[j])) for j in order)
        best = cands[0]
        fpr = corrected_fpr(best.p_value, n * max(1, n_views))
        v = decide_verdict(fpr, fpr_threshold, chance_level)
        runner_up = corrected_fpr(cands[1].p_value, n * max(1, n_views)) if len(cands) > 1 else 1.0
        if v == "attributed" and runner_up <= fpr_threshold:
            v = "inconclusive"   # two users clear the threshold: do not pick one
        others = np.delete(dist[i], order[0])
        if v == "attributed" and others.size and int(others.min()) - best.distance < margin_bits:
            v = "inconclusive"   # another code is nearly as close: the bits sit between two users
        j0 = int(idx[i][order[0]])
        out.append(TraceResult(
            image=label, user=best.user if v == "attributed" else None, verdict=v,
            bit_accuracy=round((k - best.distance) / k, 6), p_value=fpr, candidates=cands,
            bits=tuple(int(b) for b in bits[i]), confidence=tuple(float(abs(2 * p - 1)) for p in probs[i]),
            best_code=tuple(int(b) for b in matcher.code_bits(j0)),
        ))
    return out
