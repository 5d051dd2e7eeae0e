"""Attacks on the fingerprint itself, on the shipped weights: no single module removes it and keeps the
image, weight transforms keep it, and pasting a user's residual does not frame them."""

from __future__ import annotations

import numpy as np
import pytest


@pytest.fixture(scope="module")
def security_run():
    from engine.fingerprint.codes import pack
    from engine.fingerprint.evaluate import evaluation_codes
    from engine.fingerprint.security_eval import SecurityOptions, run_security
    from engine.fingerprint.system import load_system
    from engine.fingerprint.tracing import Matcher
    system = load_system()
    codes = evaluation_codes(system.k, 3, seed=21, accept=system.code_check)
    matcher = Matcher.from_names(["0", "1", "2"], pack(codes), system.k)
    user_of = np.repeat(np.arange(3), 4)
    z = system.latents([880_000 + i for i in range(12)], size=128)
    fp = system.generate(codes[user_of], z)
    opts = SecurityOptions(copy_sizes=(6,), n_targets=8, per_variant=2, size=128)
    return run_security(system, matcher, codes, fp, user_of, fpr_threshold=1e-6, options=opts)


def test_no_single_module_is_a_removal_handle(security_run):
    rows = security_run.surgery
    # every parameter-owning module of the decoder was zeroed once
    assert len(rows) >= 40 and len({r.module for r in rows}) == len(rows)
    assert {r.verdict for r in rows} <= {"kept", "destroyed", "handle"}
    handles = [r.to_dict() for r in rows if r.verdict == "handle"]
    assert not handles, handles
    assert security_run.goals()["no_removal_handle"] is True


def test_weight_transforms_keep_the_fingerprint(security_run):
    by_name = {r.attack: r for r in security_run.weights}
    assert set(by_name) == {"fp16", "int8", "prune20"}
    assert by_name["fp16"].right == 1.0 and by_name["int8"].right == 1.0, by_name
    assert by_name["prune20"].right >= 0.5, by_name


def test_copy_attack_with_six_images_frames_nobody(security_run):
    rows = {r.attack: r for r in security_run.copy}
    assert set(rows) == {"copy-6 on other users", "copy-6 on base images", "copy-6 on photographs"}
    for r in rows.values():
        assert r.right <= 1 / 8, r  # at most 1 of the 8 targets framed
    d = security_run.to_dict()
    assert d["thresholds"]["destroyed_db"] == 28.0 and set(d["collusion"]) >= {"user_a", "user_b", "no_one"}
