"""Codebook distance guarantee, packed matching, p-values and thresholds."""

from __future__ import annotations

import math

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from engine.fingerprint.codes import (
    Codebook,
    binom_pvalue,
    corrected_fpr,
    hamming_naive,
    hamming_packed,
    matches_needed,
    misattribution_rate,
    pack,
    unpack,
    verdict,
)


def test_codebook_minimum_distance_is_guaranteed():
    book = Codebook(k=48, min_distance=12, secret=b"test secret 5" * 3)
    codes = np.zeros((0, 1), np.uint64)
    bits_all = []
    counter = 0
    for _ in range(150):
        bits, counter = book.next_code(codes, counter)
        bits_all.append(bits)
        codes = np.vstack([codes, pack(bits)])
    b = np.array(bits_all)
    d = hamming_naive(b, b)
    np.fill_diagonal(d, 999)
    assert d.min() >= 12


def test_codebook_reports_when_full():
    book = Codebook(k=8, min_distance=8, secret=b"test secret 0" * 3, max_tries=200)
    codes = np.zeros((0, 1), np.uint64)
    counter = 0
    got = 0
    try:
        for _ in range(10):
            bits, counter = book.next_code(codes, counter)
            codes = np.vstack([codes, pack(bits)])
            got += 1
    except ValueError as exc:
        assert "full" in str(exc)
    assert got <= 2  # at distance 8 of 8 bits only a code and its complement fit


@settings(max_examples=40, deadline=None)
@given(k=st.integers(1, 200), n=st.integers(1, 30), q=st.integers(1, 4), seed=st.integers(0, 10_000))
def test_packed_hamming_equals_naive(k, n, q, seed):
    rng = np.random.default_rng(seed)
    codes = rng.integers(0, 2, (n, k), dtype=np.uint8)
    query = rng.integers(0, 2, (q, k), dtype=np.uint8)
    assert np.array_equal(hamming_packed(pack(query), pack(codes)), hamming_naive(query, codes))
    assert np.array_equal(unpack(pack(codes), k), codes)


def test_binomial_pvalues_and_thresholds_match_methods_table():
    assert binom_pvalue(48, 48) == 2.0 ** -48
    assert binom_pvalue(0, 48) == 1.0
    assert math.isclose(binom_pvalue(24, 48), sum(math.comb(48, m) for m in range(24, 49)) / 2 ** 48)
    # The method notes: bits needed for a FPR of 1e-3 / 1e-6 / 1e-9.
    assert [matches_needed(32, f) for f in (1e-3, 1e-6, 1e-9)] == [26, 30, 32]
    assert [matches_needed(48, f) for f in (1e-3, 1e-6, 1e-9)] == [36, 41, 44]
    assert [matches_needed(64, f) for f in (1e-3, 1e-6, 1e-9)] == [45, 51, 56]
    assert [matches_needed(100, f) for f in (1e-3, 1e-6, 1e-9)] == [66, 74, 80]
    # A bigger registry needs more matching bits.
    assert matches_needed(48, 1e-6, 1000) > matches_needed(48, 1e-6, 1)


def test_corrected_fpr_and_verdicts():
    assert math.isclose(corrected_fpr(1e-9, 1000), 1e-6)
    assert corrected_fpr(0.5, 1000) == 1.0
    assert verdict(1e-7) == "attributed"
    assert verdict(1e-4) == "inconclusive"
    assert verdict(0.5) == "no_fingerprint"


def test_misattribution_matches_methods_numbers():
    # Computed from the binomial tail: k=32, p=0.10: 1.1e-3 at 10 users, 0.049 at 1,000.
    assert abs(misattribution_rate(32, 0.10, 10) - 1.1e-3) < 0.3e-3
    assert abs(misattribution_rate(32, 0.10, 1000) - 0.049) < 0.01
    assert misattribution_rate(64, 0.10, 1000) < 1e-3
