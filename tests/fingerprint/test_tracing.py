"""Tracing with the shipped weights: generated images go to their user, clean ones to nobody,
and hostile or unusable inputs are refused with a clear message."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest
import sqlite_utils
from PIL import Image

from core.errors import AttestError

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))

from tests.hostile import huge_png  # noqa: E402


@pytest.fixture(scope="module")
def system():
    from engine.fingerprint.system import load_system
    return load_system()


@pytest.fixture
def registry(system, tmp_path):
    from engine.fingerprint.registry import Registry
    reg = Registry(sqlite_utils.Database(tmp_path / "t.db"), k=system.k, model_sha256=system.sha256,
                   screen=system.code_check)
    for name in ("alice", "bob", "carol", "dave"):
        reg.enroll(name)
    return reg


def test_shipped_weights_match_manifest(system):
    import json
    from core.fileio import sha256_file
    manifest = json.loads((ROOT / "assets" / "fingerprint" / "MANIFEST.json").read_text())
    assert manifest["fingerprint.safetensors"] == sha256_file(system.path) == system.sha256
    assert system.k >= 48 and system.image_size >= 128


def _trace_generated(system, registry, tmp_path, per_user: int = 3):
    from engine.fingerprint.cli import generate_for_user
    from engine.fingerprint.tracing import trace_paths
    paths = []
    for i, name in enumerate(("bob", "dave")):
        paths += generate_for_user(system, registry, name, per_user, tmp_path / "gen", seed=777_000 + 10 * i)
    return trace_paths(system, registry, [str(p) for p in paths])


def test_generated_images_point_to_their_user(system, registry, tmp_path):
    run = _trace_generated(system, registry, tmp_path)
    expected = ["bob"] * 3 + ["dave"] * 3
    # The nearest code is the right user's, far closer than chance, and no image goes to a wrong user.
    assert [r.candidates[0].user for r in run.results] == expected, [r.bit_accuracy for r in run.results]
    assert all(r.user in (None, e) for r, e in zip(run.results, expected))
    assert all(r.bit_accuracy >= 0.85 and r.candidates[0].p_value < 1e-6 for r in run.results)
    assert all(r.candidates[0].distance < r.candidates[1].distance for r in run.results)
    # The folder form traces the same images.
    assert len(__import__("engine.fingerprint.tracing", fromlist=["x"]).trace_paths(
        system, registry, [str(tmp_path / "gen")]).results) == 6
    d = run.draft()
    assert d["kind"] == "trace" and d["result"] == run.to_dict() and len(d["inputs"]) == 6


def test_generated_images_are_attributed_at_the_default_threshold(system, registry, tmp_path):
    run = _trace_generated(system, registry, tmp_path)
    assert [r.user for r in run.results] == ["bob"] * 3 + ["dave"] * 3
    assert all(r.verdict == "attributed" and r.p_value <= 1e-6 for r in run.results)


def test_goal_attacks_are_attributed_and_clean_images_are_not(system):
    """The issue's goals at the default threshold, on the evaluation set: clean bit accuracy >= 0.99;
    attributed to the right user under JPEG 70, crop 90%, blur 1, noise 0.02 and brightness 0.7/1.3;
    nobody clean attributed; PSNR >= 30 dB. Codes are screened as the registry issues them."""
    from engine.fingerprint.evaluate import evaluate
    goal = ["jpeg70", "crop90", "blur1", "noise0.02", "brightness0.7", "brightness1.3"]
    res = evaluate(system, n_users=8, per_user=6, attacks=["none"] + goal)
    for name in goal:
        row = res.row(name)
        assert row.tpr >= 0.95 and row.wrong_attr == 0.0 and row.fpr == 0.0, row
    assert res.row("none").bit_acc >= 0.99
    assert res.psnr >= 30.0
    # The raw model on unscreened codes: a little lower, still close to the goal.
    raw = evaluate(system, n_users=8, per_user=6, attacks=["none"], screen=False)
    assert 0.985 <= raw.row("none").bit_acc <= res.row("none").bit_acc


def test_clean_images_carry_no_fingerprint(system, registry, tmp_path):
    from engine.fingerprint.scenes import render
    from engine.fingerprint.tracing import trace_paths
    from engine.fingerprint import attacks as A
    import torch
    z = system.latents([880_000 + i for i in range(6)])
    base = system.generate(None, z)
    scenes = [render(f, 880_100 + i, 128) for i, f in enumerate(("sea", "city", "forest"))]
    paths = []
    for i, im in enumerate(A.to_uint8_images(base)):
        p = tmp_path / f"base{i}.png"
        im.save(p)
        paths.append(p)
    for i, arr in enumerate(scenes):
        p = tmp_path / f"scene{i}.jpg"
        Image.fromarray((arr * 255).astype(np.uint8)).save(p, quality=90)
        paths.append(p)
    run = trace_paths(system, registry, [str(p) for p in paths])
    assert all(r.verdict != "attributed" and r.user is None for r in run.results)
    assert sum(r.verdict == "no_fingerprint" for r in run.results) >= len(paths) - 1
    del torch


def test_bad_inputs_are_refused_and_registry_kept(system, registry, tmp_path):
    from engine.fingerprint.tracing import trace_paths
    before = [u.code for u in registry.users()]
    good = tmp_path / "ok.png"
    Image.new("RGB", (128, 128), (100, 120, 140)).save(good)
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    trunc = tmp_path / "trunc.png"
    trunc.write_bytes(good.read_bytes()[:60])
    small = tmp_path / "small.png"
    Image.new("RGB", (16, 16)).save(small)
    text = tmp_path / "notes.png"
    text.write_text("not an image")
    bomb = huge_png(tmp_path / "bomb.png")
    for bad, pattern in ((empty, "empty"), (trunc, "truncated|corrupt"), (small, "too small"),
                         (text, "not a supported image"), (bomb, "bomb"), (tmp_path / "missing.png", "no such")):
        with pytest.raises(AttestError, match=pattern):
            trace_paths(system, registry, [str(good), str(bad)])
    with pytest.raises(AttestError, match="no images|no PNG"):
        (tmp_path / "emptydir").mkdir()
        trace_paths(system, registry, [str(tmp_path / "emptydir")])
    assert [u.code for u in registry.users()] == before


def test_empty_registry_is_a_clear_error(system, tmp_path):
    from engine.fingerprint.registry import Registry
    from engine.fingerprint.tracing import trace_paths
    img = tmp_path / "x.png"
    Image.new("RGB", (128, 128)).save(img)
    reg = Registry(sqlite_utils.Database(tmp_path / "e.db"), k=system.k, model_sha256=system.sha256)
    with pytest.raises(AttestError, match="registry is empty"):
        trace_paths(system, reg, [str(img)])


def test_export_bakes_the_users_fingerprint(system, registry, tmp_path):
    import torch
    from engine.fingerprint.system import load_user_generator
    bob = registry.get("bob")
    path = tmp_path / "bob.safetensors"
    system.export_user_generator(np.array(bob.code, np.uint8), path, bob.name, bob.code_hex)
    gen, enc, meta = load_user_generator(path)
    assert meta["user"] == "bob" and meta["code"] == bob.code_hex
    z = system.latents([123, 124])
    with torch.no_grad():
        baked = gen(z)
        modulated = system.fg(z, torch.tensor([bob.code, bob.code], dtype=torch.float32))
    assert torch.allclose(baked, modulated, atol=1e-5)
    with pytest.raises(AttestError):
        load_user_generator(system.path)  # the provider's file is not a user export


def test_code_screen_keeps_the_codes_the_model_reads_well(system):
    """Codes that pass the probe check decode better on other scenes than codes that fail it."""
    from engine.fingerprint.evaluate import EVAL_SEED_BASE
    codes = np.random.default_rng(4).integers(0, 2, (16, system.k)).astype(np.uint8)
    ok = np.array([system.code_check(c) for c in codes])
    z = system.latents([EVAL_SEED_BASE + 80_000 + i for i in range(8)])
    acc = np.array([((system.decode_logits(system.generate(c, z)).numpy() > 0) == c.astype(bool)).mean()
                    for c in codes])
    assert ok.any() and acc[ok].mean() >= 0.995
    if (~ok).any():
        assert acc[~ok].mean() < acc[ok].mean()


def test_search_traces_rotated_and_heavily_cropped_images(system, registry, tmp_path):
    """Rotation by 15 degrees and a crop to half the area defeat the plain decoder; the geometric search
    undoes them and attributes the right user, while clean images stay unattributed."""
    from PIL import Image
    from engine.fingerprint import attacks as A
    from engine.fingerprint.scenes import render
    from engine.fingerprint.tracing import trace_paths
    run = _trace_generated(system, registry, tmp_path, per_user=2)
    x = A.from_images([Image.open(r.image).convert("RGB") for r in run.results])
    out = tmp_path / "attacked"
    out.mkdir()
    paths = []
    for name, atk in (("rot", lambda t: A.rotate(t, 15.0)), ("crop", lambda t: A.center_crop_area(t, 0.5))):
        for i, im in enumerate(A.to_uint8_images(atk(x))):
            paths.append(out / f"{name}{i}.png")
            im.save(paths[-1])
    for i, fam in enumerate(("sunset", "city", "sea")):
        Image.fromarray((render(fam, 4242 + i, 128) * 255).round().astype(np.uint8)).save(out / f"clean{i}.png")
        paths.append(out / f"clean{i}.png")
    expected = (["bob"] * 2 + ["dave"] * 2) * 2 + [None] * 3
    plain = trace_paths(system, registry, [str(p) for p in paths])
    assert sum(r.user == e for r, e in zip(plain.results[:8], expected)) <= 4  # the plain decoder loses most
    searched = trace_paths(system, registry, [str(p) for p in paths], search=True)
    assert [r.user for r in searched.results] == expected
    assert searched.params["search_views"] == 10 and len(searched.params["view_per_image"]) == len(paths)
    assert all(r.verdict != "attributed" for r in searched.results[8:])
