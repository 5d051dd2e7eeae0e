"""Provider scale: the code index, the weighted decision rule, the keyed codebook, bulk enrollment and
streamed tracing with per-file errors."""

from __future__ import annotations

import itertools
import json
import sqlite3
from pathlib import Path

import numpy as np
import pytest
import sqlite_utils
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from core.errors import AttestError
from core.jobs import Job
from engine.fingerprint import api
from engine.fingerprint.codes import bit_weights, weighted_pvalue, weighted_score, weighted_tail
from engine.fingerprint.index import CodeIndex
from engine.fingerprint.registry import Registry, chain, hex_to_bits, read_names


# -- the index ---------------------------------------------------------------------------------------
@settings(max_examples=25, deadline=None)
@given(n=st.integers(1, 3000), k=st.sampled_from([20, 33, 48, 64]), seed=st.integers(0, 10_000),
       top=st.integers(1, 7))
def test_index_knn_and_radius_equal_a_full_scan(n, k, seed, top):
    rng = np.random.default_rng(seed)
    words = rng.integers(0, 1 << k, n, dtype=np.uint64) if k < 64 else rng.integers(0, 2**63, n).astype(np.uint64)
    q = rng.integers(0, 1 << min(k, 63), 12).astype(np.uint64)
    q[:4] = words[rng.integers(0, n, 4)] ^ np.uint64(0b1011)          # some queries near a code
    ix = CodeIndex(words, k, brute_force_below=0)                       # multi-index hashing even when small
    idx, dist = ix.knn(q, top)
    full = np.stack([np.bitwise_count(words ^ x) for x in q]).astype(np.int16)
    assert np.array_equal(dist, np.sort(full, axis=1)[:, :min(top, n)])
    assert np.array_equal(np.take_along_axis(full, idx, 1), dist)       # the codes listed are at those distances
    for radius in (0, 3, 6):
        assert np.array_equal(ix.any_within(q, radius), (full <= radius).any(1))


def test_index_scores_a_small_share_of_a_large_registry():
    rng = np.random.default_rng(3)
    words = rng.integers(0, 1 << 48, 300_000, dtype=np.uint64)
    ix = CodeIndex(words, 48)
    q = words[:16] ^ np.uint64(0b111)
    idx, dist = ix.knn(q, 5)
    assert (idx[:, 0] == np.arange(16)).all() and (dist[:, 0] == 3).all()
    assert ix.last_scored < 0.05 * 16 * len(words)


# -- the weighted rule --------------------------------------------------------------------------------
def test_weighted_tail_is_exact():
    rng = np.random.default_rng(0)
    w = rng.integers(0, 9, 10)
    tail = weighted_tail(w)
    signs = np.array(list(itertools.product([-1, 1], repeat=10)))
    scores = (signs * w).sum(1)
    for s in range(-int(w.sum()) - 1, int(w.sum()) + 2):
        assert weighted_pvalue(tail, s) == pytest.approx((scores >= s).mean(), abs=1e-12)


def test_weighted_pvalue_is_valid_for_images_no_code_made():
    """For an image a code did not make (the code a fair coin per bit), P(p <= alpha) <= alpha."""
    rng = np.random.default_rng(1)
    logits = rng.normal(0, 4, (40, 48))
    ps = []
    for lg in logits:
        w = bit_weights(lg)
        tail = weighted_tail(w)
        codes = rng.integers(0, 2, (500, 48), dtype=np.uint8)
        ps.append(weighted_pvalue(tail, weighted_score(w, codes == (lg > 0))))
    ps = np.concatenate(ps)
    for alpha in (0.5, 0.1, 0.01, 1e-3):
        assert (ps <= alpha).mean() <= alpha * 1.25 + 5e-4


def test_weighted_rule_forgives_uncertain_bits_but_not_confident_ones():
    """Three flipped bits at |logit| 0.3 keep a 1e-12 p-value; three flipped at |logit| 6 do not."""
    from engine.fingerprint.tracing import Matcher, decide
    rng = np.random.default_rng(2)
    code = rng.integers(0, 2, 48, dtype=np.uint8)
    others = rng.integers(0, 1 << 48, 999, dtype=np.uint64)
    words = np.concatenate([[sum(int(b) << j for j, b in enumerate(code))], others]).astype(np.uint64)
    m = Matcher.from_names([f"u{i}" for i in range(1000)], words, 48)
    clean = (code * 2.0 - 1) * 6
    soft = clean.copy()
    soft[:3] = -0.3 * np.sign(soft[:3])
    hard = clean.copy()
    hard[:3] *= -1
    res = decide(np.stack([soft, hard]), m, ["soft", "hard"], fpr_threshold=1e-9)
    assert res[0].verdict == "attributed" and res[0].user == "u0"
    ham = decide(soft[None], m, ["soft"], fpr_threshold=1e-9, rule="hamming")[0]
    assert ham.verdict != "attributed"          # 45/48 bits is not enough at 1000 users by count alone
    assert res[1].verdict != "attributed" or res[1].p_value > res[0].p_value


# -- the registry ---------------------------------------------------------------------------------------
def _reg(path: Path, **kw) -> Registry:
    return Registry(sqlite_utils.Database(path), k=48, model_sha256="x" * 64, **kw)


def test_codes_come_from_a_per_registry_secret(tmp_path):
    a, b = _reg(tmp_path / "a.db"), _reg(tmp_path / "b.db")
    for r in (a, b):
        r.enroll("alice")
        r.enroll("bob")
    assert a.get("alice").code != b.get("alice").code             # no fixed seed: fresh registries differ
    secret = bytes.fromhex(a._settings()["secret"])
    assert len(secret) == 32
    # and a registry is reproducible from its own secret
    c = _reg(tmp_path / "c.db", secret=secret)
    c.enroll("alice")
    assert c.get("alice").code == a.get("alice").code


def test_digest_is_the_documented_chain_and_the_snapshot_follows_it(tmp_path):
    reg = _reg(tmp_path / "r.db")
    for n in ("alice", "bob", "carol"):
        reg.enroll(n)
    d = ""
    for u in reg.users():
        d = chain(d, u.name, 48, u.code_hex)
    assert reg.codes_sha256() == d
    ids, words = reg.code_words()
    reg.enroll("dave")
    ids2, words2 = reg.code_words()                                 # a stale snapshot is not used
    assert len(ids2) == 4 and np.array_equal(words2[:3], words)
    bits = hex_to_bits(reg.get("dave").code_hex, 48)
    assert int(words2[3]) == sum(int(b) << j for j, b in enumerate(bits))


def test_a_registry_of_the_earlier_layout_is_upgraded_in_place(tmp_path):
    path = tmp_path / "old.db"
    con = sqlite3.connect(path)
    con.executescript("""
        CREATE TABLE fp_users (id INTEGER PRIMARY KEY, name TEXT NOT NULL, code TEXT NOT NULL, k INTEGER,
                               created TEXT, model_sha256 TEXT);
        CREATE UNIQUE INDEX idx_fp_users_name ON fp_users (name);
        CREATE TABLE fp_registry (key TEXT PRIMARY KEY, value TEXT);
        INSERT INTO fp_registry VALUES ('k', '48'), ('min_distance', '9'), ('seed', '0'), ('counter', '2');
        INSERT INTO fp_users (name, code, k, created, model_sha256) VALUES ('old1', 'a1b2c3d4e5f6', 48, '', ''),
                                                                           ('old2', '0f0f0f0f0f0f', 48, '', '');
    """)
    con.commit()
    con.close()
    reg = _reg(path)
    assert [u.code_hex for u in reg.users()] == ["a1b2c3d4e5f6", "0f0f0f0f0f0f"]
    assert reg.min_distance == 9                                    # an existing registry keeps its settings
    reg.enroll("new")
    names, codes = reg.packed_codes()
    assert names == ["old1", "old2", "new"]
    d = np.bitwise_count(codes[:, 0][:, None] ^ codes[:, 0][None, :])
    np.fill_diagonal(d, 99)
    assert d.min() >= 9


def test_bulk_enrollment_refuses_with_reasons_and_keeps_the_distance(tmp_path):
    csv = tmp_path / "users.csv"
    names = [f"user{i:04d}" for i in range(3000)]
    csv.write_text("id,name\n" + "".join(f"{i},{n}\n" for i, n in enumerate(names))
                   + "9,user0001\n10,bad/name\n11,alice\n", encoding="utf-8")
    reg = _reg(tmp_path / "r.db")
    reg.enroll("alice")
    listed, total = read_names(csv)
    out = reg.enroll_many(listed, screen=False, batch=1024, total=total)
    assert out.enrolled == 3000 and reg.count() == 3001
    assert sorted(out.reasons().items()) == [("already enrolled", 1), ("invalid name", 1),
                                             ("repeated in the file", 1)]
    _, words = reg.code_words()
    ix = CodeIndex(words, 48, brute_force_below=0)
    _, dist = ix.knn(words, 2)
    assert dist[:, 0].max() == 0 and dist[:, 1].min() >= reg.min_distance   # nearest other code far enough
    # the chain digest covers the bulk rows too
    d = ""
    for u in reg.users():
        d = chain(d, u.name, 48, u.code_hex)
    assert reg.codes_sha256() == d
    # and a single enrollment after the bulk one still checks against every code (index probes)
    reg.enroll("zed")
    _, words = reg.code_words()
    z = words[-1]
    assert int(np.bitwise_count(words[:-1] ^ z).min()) >= reg.min_distance


def test_bulk_enrollment_cancel_keeps_the_committed_batches(tmp_path):
    reg = _reg(tmp_path / "r.db")
    calls = {"n": 0}

    def progress(fraction, text):
        calls["n"] += 1
        if calls["n"] == 3:
            job.cancel()                                            # the user presses Cancel mid-run

    job = Job(progress)
    out = reg.enroll_many([f"u{i}" for i in range(500)], screen=False, batch=100, job=job)
    assert out.cancelled and out.enrolled == reg.count() == 200


def test_bulk_screen_is_batched_and_applied(tmp_path):
    seen = []

    def many(bits):
        seen.append(len(bits))
        return bits[:, 0] == 0

    reg = _reg(tmp_path / "r.db", screen_many=many)
    out = reg.enroll_many([f"u{i}" for i in range(40)], screen=True)
    codes = np.array([u.code for u in reg.users()])
    assert out.enrolled == 40 and (codes[:, 0] == 0).all() and out.screened_out > 0 and max(seen) > 1


def test_read_names_errors_are_one_line(tmp_path):
    p = tmp_path / "x.csv"
    p.write_bytes(b"\xff\xfe\x00bad")
    with pytest.raises(AttestError, match="not UTF-8|NUL"):
        read_names(p)
    with pytest.raises(AttestError, match="no such file"):
        read_names(tmp_path / "missing.csv")
    p.write_text("bob\ncarol\n", encoding="utf-8")
    assert read_names(p) == (["bob", "carol"], 2)                 # no header: the first column


# -- streamed tracing ----------------------------------------------------------------------------------
def test_streamed_trace_writes_the_same_rows_in_input_order(fp_db, fp_samples, tmp_path):
    bad = tmp_path / "thumb.png"
    Image.new("RGB", (1, 1)).save(bad)
    sub = tmp_path / "nested" / "deeper"
    sub.mkdir(parents=True)
    for p in fp_samples[:2]:
        (sub / p.name).write_bytes(p.read_bytes())
    listing = tmp_path / "list.txt"
    listing.write_text(f"# a file list\n{fp_samples[3]}\nthumb.png\n", encoding="utf-8")
    manifest = tmp_path / "m.csv"
    manifest.write_text(f"path,note\n{fp_samples[4]},x\nmissing.png,y\n", encoding="utf-8")
    inputs = api.TraceInputs((str(tmp_path / "nested"),), (str(listing),), (str(manifest),))
    batches = []
    orig = api.trace_batch

    def spy(system, matcher, entries, options, **kwargs):
        batches.append(len(entries))
        return orig(system, matcher, entries, options, **kwargs)

    api.trace_batch = spy
    try:
        out = tmp_path / "rows.jsonl"
        run = api.trace_to_jsonl(inputs, None, out, db=fp_db, batch=2)
    finally:
        api.trace_batch = orig
    assert max(batches) <= 2 and run.items == ()                   # bounded by the batch, nothing kept
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["verdict"] == "error" for r in rows] == [False, False, False, True, False, True]
    assert [r.get("user") for r in rows if r["verdict"] != "error"] == ["bob", "bob", "dave", "dave"]
    assert "too small" in rows[3]["error"] and "no such" in rows[5]["error"]
    kept = api.trace(inputs, db=fp_db)
    assert [r.to_dict() for r in kept.items] == rows                # the same rows as an ordinary trace
    d = run.to_draft()
    assert d.summary["attributed"] == 4 and d.summary["not_traced"] == 2
    assert d.inputs[f"results {out}"] == __import__("hashlib").sha256(out.read_bytes()).hexdigest()
    assert any(k.startswith("file list") for k in d.inputs) and any(k.startswith("manifest") for k in d.inputs)
    assert not out.with_name("rows.jsonl.partial").exists()


def test_a_16_bit_grey_and_a_rotated_exif_copy_are_traced(fp_db, fp_samples, tmp_path):
    rgb = np.asarray(Image.open(fp_samples[0]).convert("RGB"))
    grey = (rgb.mean(2) * 257).round().astype(np.uint16)
    p16 = tmp_path / "grey16.png"
    Image.fromarray(grey).save(p16)
    r16 = api.trace([str(p16)], db=fp_db).results[0]
    assert r16.verdict == "attributed" and r16.user == "bob"          # read as grey, not as all white
    jpg = tmp_path / "rotated.jpg"
    im = Image.open(fp_samples[0]).convert("RGB").transpose(Image.Transpose.ROTATE_90)
    exif = Image.Exif()
    exif[0x0112] = 6                                                  # viewers rotate it 90 degrees clockwise
    im.save(jpg, quality=95, exif=exif)
    r = api.trace([str(jpg)], db=fp_db).results[0]
    assert r.verdict == "attributed" and r.user == "bob"
