"""The user registry: enrollment, codebook distance, duplicates and bad names leave nothing behind."""

from __future__ import annotations

import numpy as np
import pytest
import sqlite_utils

from core.errors import AttestError
from engine.fingerprint.codes import default_min_distance, hamming_naive
from engine.fingerprint.registry import Registry, bits_to_hex, hex_to_bits
from engine.fingerprint.tracing import Matcher, decide


@pytest.fixture
def db(tmp_path):
    return sqlite_utils.Database(tmp_path / "reg.db")


def test_enroll_list_and_minimum_distance(db):
    reg = Registry(db, k=48, model_sha256="x" * 64)
    for i in range(40):
        reg.enroll(f"user{i}")
    users = reg.users()
    assert [u.name for u in users] == [f"user{i}" for i in range(40)]
    codes = np.array([u.code for u in users])
    d = hamming_naive(codes, codes)
    np.fill_diagonal(d, 99)
    assert d.min() >= reg.min_distance == default_min_distance(48) == 7
    # Reopening the registry sees the same users and codes.
    again = Registry(db, k=48, model_sha256="x" * 64)
    assert [u.code for u in again.users()] == [u.code for u in users]


def test_duplicate_and_bad_names_lose_nothing(db):
    reg = Registry(db, k=48, model_sha256="x" * 64)
    alice = reg.enroll("alice")
    with pytest.raises(AttestError, match="already enrolled"):
        reg.enroll("alice")
    for bad in ("", "   ", "x" * 100, "a/b;drop", "\n"):
        with pytest.raises(AttestError):
            reg.enroll(bad)
    assert [u.name for u in reg.users()] == ["alice"]
    assert reg.get("alice").code == alice.code
    with pytest.raises(AttestError, match="no enrolled user"):
        reg.get("bob")


def test_registry_refuses_other_code_length(db):
    Registry(db, k=48, model_sha256="x" * 64).enroll("alice")
    with pytest.raises(AttestError, match="48-bit"):
        Registry(db, k=64, model_sha256="y" * 64)
    assert [u.name for u in Registry(db, k=48, model_sha256="x" * 64).users()] == ["alice"]


def test_hex_roundtrip():
    rng = np.random.default_rng(0)
    for k in (1, 7, 48, 50, 100):
        bits = rng.integers(0, 2, k, dtype=np.uint8)
        assert np.array_equal(hex_to_bits(bits_to_hex(bits), k), bits)


def test_decide_rule_on_synthetic_logits(db):
    reg = Registry(db, k=48, model_sha256="x" * 64)
    for n in ("alice", "bob", "carol"):
        reg.enroll(n)
    names, codes = reg.packed_codes()
    bob = np.array(reg.get("bob").code)
    rng = np.random.default_rng(1)
    exact = (bob * 2 - 1) * 3.0
    noisy = exact.copy()
    noisy[:4] *= -1                                  # 44/48 match: attributed
    weak = exact.copy()
    weak[:11] *= -1                                  # 37/48: p ~ 1e-4 * 3 users -> inconclusive
    random = rng.normal(size=48)                     # chance
    m = Matcher.from_names(names, codes, 48)
    res = decide(np.stack([exact, noisy, weak, random]), m, ["a", "b", "c", "d"], rule="hamming")
    assert [r.verdict for r in res[:2]] == ["attributed", "attributed"]
    assert res[0].user == "bob" and res[0].bit_accuracy == 1.0 and res[1].user == "bob"
    assert res[2].verdict == "inconclusive" and res[2].user is None
    assert res[3].user is None
    assert res[0].to_dict().keys() == {"image", "user", "verdict", "bit_accuracy", "p_value", "candidates"}
    assert res[0].candidates[0].to_dict().keys() == {"user", "distance", "p_value"}
    # The registry-corrected p-value is the best candidate's times the registry size.
    assert res[1].p_value == pytest.approx(min(1.0, 3 * res[1].candidates[0].p_value))
    # A geometric search that tried 10 views pays for them: ten times the rate, same candidates.
    searched = decide(noisy[None], m, ["b"], n_views=10, rule="hamming")[0]
    assert searched.p_value == pytest.approx(min(1.0, 30 * res[1].candidates[0].p_value))
    assert searched.candidates == res[1].candidates
    with pytest.raises(AttestError, match="empty"):
        decide(exact[None], Matcher.from_names([], codes[:0], 48), ["x"])


def test_screened_enrollment_issues_only_accepted_codes(db):
    seen = []

    def screen(bits):  # a stand-in for the model check: refuse codes whose first bit is 1
        seen.append(bits.copy())
        return bits[0] == 0

    reg = Registry(db, k=48, model_sha256="x" * 64, screen=screen)
    for i in range(24):  # each draw is refused with probability 1/2: all 24 accepted at once has p = 6e-8
        reg.enroll(f"user{i}")
    codes = np.array([u.code for u in reg.users()])
    assert (codes[:, 0] == 0).all()
    assert any(b[0] == 1 for b in seen)  # some candidates were refused, not just never drawn


def test_a_screen_that_refuses_everything_is_a_clear_error_and_loses_nothing(db):
    reg = Registry(db, k=48, model_sha256="x" * 64)
    reg.enroll("alice")
    reg.screen = lambda bits: False
    with pytest.raises(AttestError, match="failed to carry 64 candidate codes"):
        reg.enroll("bob")
    assert [u.name for u in reg.users()] == ["alice"]
