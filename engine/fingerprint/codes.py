"""Fingerprint codes: a codebook with a guaranteed minimum Hamming distance, packed matching and the
binomial decision rule.

Decision rule
-------------
For an image that carries none of the registry's fingerprints, each decoded bit matches a given code
with probability 1/2, so the number of matching bits ``M ~ Binomial(k, 1/2)`` and the p-value of
``m`` matches is ``P(M >= m)``. Against ``N`` enrolled users the chance that *any* code matches that
well is at most ``N * p`` (Bonferroni): that is the registry-corrected false-positive rate (FPR).

- ``attributed``: the best candidate's corrected FPR is at most ``fpr_threshold`` (default 1e-6).
- ``no_fingerprint``: the best candidate is no better than chance, corrected FPR > ``chance_level``
  (default 0.01).
- ``inconclusive``: anything between the two.

With k = 48 and one user, 1e-6 needs 41 matching bits; every factor of 10 in registry size costs about
one more matching bit.
"""

from __future__ import annotations

import hmac
import math
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

import numpy as np

DEFAULT_FPR = 1e-6
DEFAULT_CHANCE = 1e-2


# -- packing and matching -----------------------------------------------------------------------
def n_words(k: int) -> int:
    return (k + 63) // 64


def pack(bits: np.ndarray) -> np.ndarray:
    """0/1 bits [N, k] -> uint64 words [N, ceil(k/64)] (bit j of the code is bit j%64 of word j//64)."""
    bits = np.asarray(bits, dtype=np.uint8)
    if bits.ndim == 1:
        bits = bits[None]
    n, k = bits.shape
    w = n_words(k)
    padded = np.zeros((n, w * 64), np.uint8)
    padded[:, :k] = bits
    by = np.packbits(padded.reshape(n, w, 64), axis=2, bitorder="little")  # [n, w, 8] bytes
    return np.ascontiguousarray(by).view("<u8").reshape(n, w)


def unpack(words: np.ndarray, k: int) -> np.ndarray:
    words = np.ascontiguousarray(np.asarray(words, dtype="<u8"))
    if words.ndim == 1:
        words = words[None]
    by = words.view(np.uint8).reshape(words.shape[0], -1)
    return np.unpackbits(by, axis=1, bitorder="little")[:, :k]


def hamming_packed(query: np.ndarray, codes: np.ndarray) -> np.ndarray:
    """Hamming distances between packed queries [Q, W] and packed codes [N, W] -> [Q, N] int."""
    query = np.atleast_2d(query)
    out = np.zeros((query.shape[0], codes.shape[0]), np.int32)
    for q in range(query.shape[0]):
        x = np.bitwise_xor(codes, query[q][None, :])
        out[q] = np.bitwise_count(x).sum(axis=1, dtype=np.int32) if x.shape[1] > 1 else np.bitwise_count(x[:, 0])
    return out


def hamming_naive(query_bits: np.ndarray, code_bits: np.ndarray) -> np.ndarray:
    """Reference implementation over unpacked bits (for tests)."""
    q = np.atleast_2d(query_bits).astype(np.int32)
    c = np.atleast_2d(code_bits).astype(np.int32)
    return (q[:, None, :] != c[None, :, :]).sum(axis=2)


# -- statistics ----------------------------------------------------------------------------------
@cache
def _tail_table(k: int) -> tuple[float, ...]:
    """P(Binomial(k, 1/2) >= m) for m = 0..k, exactly (integers), then as floats."""
    total = 2 ** k
    tails = [0] * (k + 2)
    for m in range(k, -1, -1):
        tails[m] = tails[m + 1] + math.comb(k, m)
    return tuple(t / total for t in tails[: k + 1])


def binom_pvalue(matches: int, k: int) -> float:
    """P(M >= matches) for M ~ Binomial(k, 1/2)."""
    if matches <= 0:
        return 1.0
    if matches > k:
        return 0.0
    return _tail_table(k)[matches]


def corrected_fpr(p_value: float, n_users: int) -> float:
    """Bonferroni bound on the chance that any of ``n_users`` codes matches this well by chance."""
    return min(1.0, p_value * max(1, n_users))


def matches_needed(k: int, fpr: float, n_users: int = 1) -> int:
    """Smallest number of matching bits whose registry-corrected FPR is at most ``fpr``."""
    for m in range(k + 1):
        if corrected_fpr(binom_pvalue(m, k), n_users) <= fpr:
            return m
    return k + 1


def verdict(best_fpr: float, fpr_threshold: float = DEFAULT_FPR, chance_level: float = DEFAULT_CHANCE) -> str:
    if best_fpr <= fpr_threshold:
        return "attributed"
    if best_fpr > chance_level:
        return "no_fingerprint"
    return "inconclusive"


def misattribution_rate(k: int, bit_error: float, n_users: int) -> float:
    """Chance that some wrong random code is at least as close as the true one (computed, not measured).

    The true code's distance is Binomial(k, bit_error); each wrong random code's distance to the
    decoded bits is Binomial(k, 1/2), independent. Used for the table in the docs.
    """
    p_true = [math.comb(k, d) * bit_error ** d * (1 - bit_error) ** (k - d) for d in range(k + 1)]
    cdf_wrong = np.cumsum([math.comb(k, d) / 2 ** k for d in range(k + 1)])  # P(D_wrong <= d)
    total = 0.0
    for d, pt in enumerate(p_true):
        q = cdf_wrong[d]  # a wrong code ties or beats the true one
        total += pt * (1 - (1 - q) ** (n_users - 1))
    return float(total)


# -- the weighted (soft) rule -------------------------------------------------------------------------
WEIGHT_STEPS = 4   # a weight unit is a quarter of a logit
WEIGHT_CAP = 48    # |logit| above 12 counts as 12: one overconfident bit cannot carry the decision


def bit_weights(logits: np.ndarray) -> np.ndarray:
    """Integer weight of each decoded bit: its |logit| in quarters, capped (int64, same shape)."""
    return np.minimum(np.rint(np.abs(np.asarray(logits, np.float64)) * WEIGHT_STEPS), WEIGHT_CAP).astype(np.int64)


def weighted_tail(weights: np.ndarray) -> np.ndarray:
    """Null distribution of the weighted agreement of one image with a random code.

    With integer weights ``w_j`` and a code whose bits are independent fair coins (what the codebook
    draws, for an image that code did not make), the score ``S = sum_j w_j a_j`` (``a_j`` = +1 where the
    code agrees with the decoded bit, -1 where not) has an exact distribution, built by convolution.
    Returns ``tail`` with ``tail[s + W] = P(S >= s)`` for ``s = -W .. W`` (``W = sum w``), and 0 beyond.
    """
    w = [int(x) for x in np.asarray(weights).reshape(-1) if x > 0]
    total = sum(w)
    dist = np.zeros(2 * total + 1)
    dist[total] = 1.0
    for x in w:
        nxt = np.zeros_like(dist)
        nxt[x:] += 0.5 * dist[:-x]
        nxt[:-x] += 0.5 * dist[x:]
        dist = nxt
    return np.concatenate([np.cumsum(dist[::-1])[::-1], [0.0]])


def weighted_score(weights: np.ndarray, agree: np.ndarray) -> np.ndarray:
    """S = sum w_j (+1 agree, -1 disagree); ``agree`` bool [..., k] against ``weights`` [k]."""
    return np.where(agree, weights, -weights).sum(axis=-1)


def weighted_pvalue(tail: np.ndarray, score: int | np.ndarray) -> np.ndarray:
    """P(S >= score) from :func:`weighted_tail` (``tail`` has 2W + 2 entries)."""
    total = (tail.shape[0] - 2) // 2
    i = np.clip(np.asarray(score) + total, 0, tail.shape[0] - 1)
    return np.maximum(tail[i], 0.0)


# -- codebook ---------------------------------------------------------------------------------------
def new_secret() -> bytes:
    """A registry's secret: 32 bytes from the operating system's CSPRNG."""
    return secrets.token_bytes(32)


@dataclass(frozen=True)
class Codebook:
    """Codes drawn from a keyed pseudo-random function, accepted only if every enrolled code is at
    least ``min_distance`` bits away.

    Candidate ``i`` is the first ``k`` bits of HMAC-SHA256(secret, i) (``i`` as 8 big-endian bytes).
    With a secret from :func:`new_secret` the codes cannot be predicted without the secret, two
    registries never share a sequence, and a registry can still be rebuilt from its own secret.
    The minimum distance is guaranteed by the check itself (against every enrolled code).
    """

    k: int
    min_distance: int
    secret: bytes = field(repr=False)
    max_tries: int = 10_000
    max_screened: int = 64

    def __post_init__(self) -> None:
        if len(self.secret) < 16:
            raise ValueError("a codebook secret needs at least 16 bytes")
        if not 1 <= self.k <= 256:
            raise ValueError(f"codes of 1-256 bits are supported (got {self.k})")

    def candidate(self, counter: int) -> np.ndarray:
        """Candidate number ``counter`` as 0/1 bits [k]."""
        digest = hmac.digest(self.secret, int(counter).to_bytes(8, "big"), "sha256")
        return np.unpackbits(np.frombuffer(digest, np.uint8), bitorder="little")[: self.k].copy()

    def candidate_words(self, start: int, n: int) -> np.ndarray:
        """Candidates ``start`` .. ``start + n - 1`` as packed words [n] (``k`` <= 64)."""
        if self.k > 64:
            raise ValueError("packed single-word candidates need k <= 64")
        mask = (1 << self.k) - 1
        key = self.secret
        vals = [int.from_bytes(hmac.digest(key, i.to_bytes(8, "big"), "sha256")[:8], "little") & mask
                for i in range(start, start + n)]
        return np.array(vals, np.uint64)

    def next_code(self, existing: np.ndarray, counter: int,
                  accept: Callable[[np.ndarray], bool] | None = None) -> tuple[np.ndarray, int]:
        """A new code (0/1 bits) far from ``existing`` (packed [N, W]), by a scan; returns the code and the
        new counter. For small sets (the evaluation); the registry searches its index instead.

        ``accept``, if given, is a further check on a candidate that is far enough, e.g. that the
        fingerprint model carries it (``FingerprintSystem.code_check``); at most ``max_screened``
        candidates may fail it in a row.
        """
        screened_out = 0
        for _ in range(self.max_tries):
            bits = self.candidate(counter)
            counter += 1
            if existing.shape[0] and int(hamming_packed(pack(bits), existing)[0].min()) < self.min_distance:
                continue
            if accept is not None and not accept(bits):
                screened_out += 1
                if screened_out >= self.max_screened:
                    raise ValueError(screen_failure(screened_out))
                continue
            return bits, counter
        raise ValueError(full_message(self.min_distance, self.max_tries, self.k))


def screen_failure(n: int) -> str:
    return f"the fingerprint model failed to carry {n} candidate codes in a row; its weights may be damaged"


def full_message(min_distance: int, tries: int, k: int) -> str:
    return f"no code at distance >= {min_distance} found in {tries} tries: the registry is full for k={k}"


DESIGN_CAPACITY = 1_000_000
"""Registry size the default minimum distance is chosen for."""


def default_min_distance(k: int, capacity: int = DESIGN_CAPACITY) -> int:
    """The largest minimum distance (at most k/5) at which a random draw is refused less than one time
    in ten with ``capacity`` codes enrolled: refused draws cost a draw each, and at 1,000,000 users
    a larger distance refuses most of them (k = 48: 7 bits, refusing 5 % of draws at 1,000,000 users;
    9 bits would refuse 80 %). Two codes 7 bits apart cannot both lie within 3 bits of one image."""
    best = 2
    for d in range(2, max(2, k // 5) + 1):
        # chance that one of ``capacity`` random codes lies within d - 1 bits of a random draw
        if capacity * sum(math.comb(k, i) for i in range(d)) / 2 ** k <= 0.1:
            best = d
    return best
