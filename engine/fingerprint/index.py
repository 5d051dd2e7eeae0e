"""Nearest-code search over a large registry: multi-index hashing (MIH) on packed codes.

A code of ``k`` <= 64 bits is one unsigned 64-bit word. The word is cut into ``m`` disjoint chunks of
about 16 bits, and for each chunk the codes are bucketed by that chunk's value (a sorted order and an
offsets table, like a CSR matrix). The search rests on the pigeonhole principle (Norouzi, Punjani and
Fleet, "Fast search in Hamming space with multi-index hashing", CVPR 2012): if two codes differ in at
most ``m * (r + 1) - 1`` bits, then in at least one chunk they differ in at most ``r`` bits. So probing,
in every chunk, each bucket within ``r`` bits of the query's chunk finds *every* code within
``m * (r + 1) - 1`` bits; the candidates found are then scored exactly.

- :meth:`CodeIndex.knn`: the exact ``top`` nearest codes per query, probing ``r = 0, 1, 2, ...`` until
  the ``top``-th best distance is within the radius the probes guarantee. Exact: the same distances
  as a brute-force scan (ties may list different codes at the same distance).
- :meth:`CodeIndex.any_within`: does any code lie within ``radius`` bits (the codebook's
  minimum-distance check), probing only as far as that radius needs.

Small registries, and probes that would cost more than a scan, fall back to the scan (packed XOR and
popcount). Each search records how many codes it scored (``last_scored``) so the bench can show the
work saved.
"""

from __future__ import annotations

import itertools
from functools import cache

import numpy as np

CHUNK_BITS = 16
BRUTE_FORCE_BELOW = 32_768  # registries smaller than this are scanned: a scan of 32k codes costs ~0.1 ms


def chunk_layout(k: int, chunk_bits: int = CHUNK_BITS) -> tuple[tuple[int, int], ...]:
    """(offset, width) of each chunk: ceil(k / chunk_bits) chunks of near-equal width."""
    if not 1 <= k <= 64:
        raise ValueError(f"the code index holds codes of 1-64 bits (got {k})")
    m = -(-k // chunk_bits)
    base, extra = divmod(k, m)
    out, off = [], 0
    for i in range(m):
        w = base + (1 if i < extra else 0)
        out.append((off, w))
        off += w
    return tuple(out)


@cache
def _masks(width: int, r: int) -> np.ndarray:
    """XOR masks of exactly ``r`` set bits within ``width`` bits."""
    if r > width:
        return np.zeros(0, np.int64)
    vals = [sum(1 << b for b in combo) for combo in itertools.combinations(range(width), r)]
    return np.array(vals, np.int64)


class CodeIndex:
    """Codes (uint64 words, one per code, ``k`` <= 64 bits) with exact nearest and radius search."""

    def __init__(self, words: np.ndarray, k: int, chunk_bits: int = CHUNK_BITS,
                 brute_force_below: int = BRUTE_FORCE_BELOW) -> None:
        self.k = k
        self.words = np.ascontiguousarray(np.asarray(words, dtype=np.uint64).reshape(-1))
        self.n = int(self.words.shape[0])
        self.layout = chunk_layout(k, chunk_bits)
        self.m = len(self.layout)
        self.brute = self.n < brute_force_below
        self.last_scored = 0
        self._scored = 0
        self._order: list[np.ndarray] = []
        self._offsets: list[np.ndarray] = []
        self._sorted: list[np.ndarray] = []   # the codes in each chunk's bucket order: probes read runs
        if not self.brute:
            for off, w in self.layout:
                vals = ((self.words >> np.uint64(off)) & np.uint64((1 << w) - 1)).astype(np.int64)
                order = np.argsort(vals, kind="stable").astype(np.int64)
                counts = np.bincount(vals, minlength=1 << w)
                offsets = np.zeros((1 << w) + 1, np.int64)
                np.cumsum(counts, out=offsets[1:])
                self._order.append(order)
                self._offsets.append(offsets)
                self._sorted.append(self.words[order])

    # -- helpers ------------------------------------------------------------------------------------
    def _chunks(self, q: np.ndarray) -> list[np.ndarray]:
        return [((q >> np.uint64(off)) & np.uint64((1 << w) - 1)).astype(np.int64) for off, w in self.layout]

    def _probe(self, qchunks: list[np.ndarray], r: int, q: np.ndarray,
               limit: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(query row, code index, distance) of the codes in every bucket at exactly ``r`` bits from a
        query's chunk; with ``limit`` [Q], only those at most ``limit[row]`` bits from the query."""
        rows_all, cols_all, d_all = [], [], []
        nq = qchunks[0].shape[0]
        for c, (_, w) in enumerate(self.layout):
            masks = _masks(w, r)
            if masks.size == 0:
                continue
            keys = (qchunks[c][:, None] ^ masks[None, :]).reshape(-1)          # [Q * M]
            starts = self._offsets[c][keys]
            lens = self._offsets[c][keys + 1] - starts
            total = int(lens.sum())
            self._scored += total
            if total == 0:
                continue
            rows = np.repeat(np.repeat(np.arange(nq), masks.size), lens)
            # positions starts[i] .. starts[i] + lens[i] - 1, flattened
            pos = np.repeat(starts - np.concatenate(([0], np.cumsum(lens)[:-1])), lens) + np.arange(total)
            d = np.bitwise_count(self._sorted[c][pos] ^ q[rows])
            if limit is not None:
                keep = d <= limit[rows]
                rows, pos, d = rows[keep], pos[keep], d[keep]
            rows_all.append(rows)
            cols_all.append(self._order[c][pos])
            d_all.append(d.astype(np.int64))
        if not rows_all:
            z = np.zeros(0, np.int64)
            return z, z, z
        return np.concatenate(rows_all), np.concatenate(cols_all), np.concatenate(d_all)

    def _probe_cost(self, r: int, nq: int) -> float:
        """Expected codes scored by the probes at exactly ``r`` bits (uniform buckets)."""
        return float(sum(_masks(w, r).size * self.n / (1 << w) for _, w in self.layout)) * nq

    def guaranteed(self, r: int) -> int:
        """Probing every chunk up to ``r`` bits finds every code within this many bits."""
        return self.m * (r + 1) - 1

    def brute_distances(self, queries: np.ndarray) -> np.ndarray:
        """[Q, N] distances by a full scan."""
        q = np.asarray(queries, np.uint64).reshape(-1)
        out = np.empty((q.shape[0], self.n), np.int16)
        for i in range(q.shape[0]):
            out[i] = np.bitwise_count(self.words ^ q[i])
        return out

    # -- searches -----------------------------------------------------------------------------------
    def knn(self, queries: np.ndarray, top: int = 5) -> tuple[np.ndarray, np.ndarray]:
        """(indices [Q, t], distances [Q, t]) of the ``t = min(top, N)`` nearest codes, nearest first."""
        q = np.asarray(queries, np.uint64).reshape(-1)
        nq = q.shape[0]
        t = min(top, self.n)
        if t == 0:
            return np.zeros((nq, 0), np.int64), np.zeros((nq, 0), np.int16)
        if self.brute:
            return self._knn_brute(q, t)
        k2 = self.k + 2
        self._scored = 0
        buf_c = np.full((nq, t), -1, np.int64)     # per query, the best t codes found so far
        buf_d = np.full((nq, t), k2, np.int64)
        qchunks = self._chunks(q)
        active = np.arange(nq)
        scored = 0
        r = 0
        max_r = max(w for _, w in self.layout)
        while active.size:
            if r > max_r or self._probe_cost(r, active.size) > self.n * active.size:
                idx, d = self._knn_brute(q[active], t)
                buf_c[active], buf_d[active] = idx, d
                scored += self.n * active.size
                break
            # only what can enter a query's best t
            rows, cols, dd = self._probe([c[active] for c in qchunks], r, q[active], buf_d[active, t - 1])
            if rows.size:
                # merge with the buffers; one sort key (query, distance, code) also drops repeats
                old = buf_c[active] >= 0
                all_r = np.concatenate([np.nonzero(old)[0], rows])
                all_c = np.concatenate([buf_c[active][old], cols])
                all_d = np.concatenate([buf_d[active][old], dd])
                key = np.unique((all_r * k2 + all_d) * self.n + all_c)
                kr = key // (k2 * self.n)
                kd = (key // self.n) % k2
                kc = key % self.n
                rank = np.arange(key.size) - np.searchsorted(kr, kr)
                sel = rank < t
                new_c = np.full((active.size, t), -1, np.int64)
                new_d = np.full((active.size, t), k2, np.int64)
                new_c[kr[sel], rank[sel]] = kc[sel]
                new_d[kr[sel], rank[sel]] = kd[sel]
                buf_c[active], buf_d[active] = new_c, new_d
            done = buf_d[active, t - 1] <= self.guaranteed(r)
            active = active[~done]
            r += 1
        self.last_scored = scored + self._scored
        return buf_c, buf_d.astype(np.int16)

    def _knn_brute(self, q: np.ndarray, t: int) -> tuple[np.ndarray, np.ndarray]:
        idx = np.zeros((q.shape[0], t), np.int64)
        dist = np.zeros((q.shape[0], t), np.int16)
        for i in range(q.shape[0]):
            d = np.bitwise_count(self.words ^ q[i])
            # the t-th smallest distance from a histogram, then only the codes at or below it
            cut = int(np.searchsorted(np.cumsum(np.bincount(d, minlength=65)), t))
            part = np.flatnonzero(d <= cut)
            o = np.lexsort((part, d[part]))[:t]
            idx[i], dist[i] = part[o], d[part[o]]
        self.last_scored = self.n * q.shape[0]
        return idx, dist

    def any_within(self, queries: np.ndarray, radius: int) -> np.ndarray:
        """bool [Q]: some code lies within ``radius`` bits of the query."""
        q = np.asarray(queries, np.uint64).reshape(-1)
        if self.n == 0 or radius < 0:
            return np.zeros(q.shape[0], bool)
        r_needed = -(-(radius + 1) // self.m) - 1   # smallest r with m (r + 1) - 1 >= radius
        if self.brute or sum(self._probe_cost(r, 1) for r in range(r_needed + 1)) > self.n:
            hit = np.zeros(q.shape[0], bool)
            for i in range(q.shape[0]):
                hit[i] = bool((np.bitwise_count(self.words ^ q[i]) <= radius).any())
            self.last_scored = self.n * q.shape[0]
            return hit
        qchunks = self._chunks(q)
        hit = np.zeros(q.shape[0], bool)
        self._scored = 0
        limit = np.full(q.shape[0], radius, np.int64)
        for r in range(r_needed + 1):
            rows, _, _ = self._probe(qchunks, r, q, limit)
            hit[rows] = True
        self.last_scored = self._scored
        return hit
