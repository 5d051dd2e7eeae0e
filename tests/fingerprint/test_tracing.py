"""Tracing with the shipped weights: generated images go to their user, clean ones to nobody,
and hostile or unusable inputs are refused with a clear message."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest
import sqlite_utils
from PIL import Image

from core.errors import AttestError
from engine.fingerprint import api
from tests.hostile import huge_png

ROOT = Path(__file__).resolve().parents[2]
EXPECTED = ["bob"] * 3 + ["dave"] * 3  # the users of fp_samples, in order


@pytest.fixture(scope="module")
def system():
    from engine.fingerprint.system import load_system
    return load_system()


@pytest.fixture
def registry(fp_db):
    return api.open_session(fp_db).registry


def test_shipped_weights_match_manifest(system):
    from core.fileio import sha256_file
    from engine.loading import bundled_sha256
    listed = bundled_sha256(ROOT / "assets" / "fingerprint", "fingerprint.safetensors")
    assert listed == sha256_file(system.path) == system.sha256
    assert system.k >= 48 and system.image_size >= 128


def test_generated_images_point_to_their_user(fp_db, fp_samples):
    run = api.trace([str(p) for p in fp_samples], db=fp_db)
    # The nearest code is the right user's, far closer than chance, and no image goes to a wrong user.
    assert [r.candidates[0].user for r in run.results] == EXPECTED, [r.bit_accuracy for r in run.results]
    assert all(r.user in (None, e) for r, e in zip(run.results, EXPECTED, strict=True))
    assert all(r.bit_accuracy >= 0.85 and r.candidates[0].p_value < 1e-6 for r in run.results)
    assert all(r.candidates[0].distance < r.candidates[1].distance for r in run.results)
    assert not run.failures and run.registry_users == 4
    # The folder form traces the same images, in the same (sorted) order.
    folder = api.trace([str(fp_samples[0].parent)], db=fp_db)
    assert [r.image for r in folder.results] == sorted(str(p) for p in fp_samples)
    d = run.to_draft()
    assert d.kind == "trace" and d.result == run.to_dict() and "errors" not in d.result
    assert len([k for k in d.inputs if k.startswith("image ")]) == 6


def test_generated_images_are_attributed_at_the_default_threshold(fp_db, fp_samples):
    run = api.trace([str(p) for p in fp_samples], db=fp_db)
    assert [r.user for r in run.results] == EXPECTED
    assert all(r.verdict == "attributed" and r.p_value <= 1e-6 for r in run.results)
    assert run.counts == {"attributed": 6, "inconclusive": 0, "no_fingerprint": 0}


def test_goal_attacks_are_attributed_and_clean_images_are_not(system, fp_evaluation):
    """The issue's goals at the default threshold, on the evaluation set (screened codes, FPR 1e-6):
    clean bit accuracy >= 0.99; attributed (TPR >= 0.95) under each goal attack; nobody clean
    attributed and no image given to a wrong user under any attack; PSNR >= 33 dB and SSIM >= 0.9.
    The shipped carrier model meets the photometric goals and misses the geometric ones and quality,
    and the goal check says so; a WOUAF model must meet them all."""
    from engine.fingerprint.attacks import GOAL_ATTACKS_V2
    from engine.fingerprint.evaluate import EvaluationOptions, evaluate
    res = fp_evaluation
    assert res.options.screen and res.options.fpr_threshold == 1e-6 and not res.options.search
    for name in ("none", *GOAL_ATTACKS_V2):
        row = res.row(name)
        assert row.wrong_attr == 0.0 and row.fpr == 0.0, row
    assert res.row("none").bit_acc >= 0.99
    met = {name for name in GOAL_ATTACKS_V2 if res.row(name).tpr >= 0.95}
    goals = res.goals
    assert not goals.missing_attacks and goals.clean_bit_accuracy and goals.no_clean_attributed
    assert goals.goal_attacks_attributed == (met == set(GOAL_ATTACKS_V2))
    assert goals.quality == (res.psnr >= 33.0 and res.ssim >= 0.9)
    if system.legacy:
        assert met == set(GOAL_ATTACKS_V2) - {"flip", "crop80_offcentre"}, met
        assert res.row("flip").tpr <= 0.2 and not goals.quality and not goals.all_met
    else:
        assert goals.all_met, goals.to_dict()
    assert res.bit_acc_clean == res.row("none").bit_acc and res.max_fpr == 0.0
    # The raw model on unscreened codes: a little lower, still close to the goal.
    raw = evaluate(system, EvaluationOptions(n_users=6, per_user=4, attacks=("none",), screen=False))
    assert 0.98 <= raw.row("none").bit_acc <= 1.0
    assert raw.goals.goal_attacks_attributed is None and not raw.goals.all_met  # the goal attacks were not run


def test_evaluation_report_names_the_model_and_carries_the_plots(fp_evaluation):
    from core.fileio import sha256_file
    from engine.fingerprint.system import ASSETS, WEIGHTS_NAME
    d = fp_evaluation.to_draft()
    assert d.kind == "fingerprint-eval"
    assert dict(d.inputs) == {f"model {WEIGHTS_NAME}": sha256_file(ASSETS / WEIGHTS_NAME)}
    assert [a.name for a in d.artifacts] == ["attack_accuracy.png", "accuracy_vs_strength.png", "roc.png", "pr.png"]
    assert all(a.mime == "image/png" and a.data.startswith(b"\x89PNG") for a in d.artifacts)
    assert [r["attack"] for r in d.result["attacks"]] == list(fp_evaluation.options.attacks)
    assert d.summary["goals_met"] is fp_evaluation.goals.all_met and d.summary["max_fpr"] == 0.0
    assert d.params["n_users"] == 6 and d.params["n_clean"] == 24


def test_evaluation_with_the_search_attributes_rotated_images(system):
    """The geometric search in the evaluation: a 15-degree rotation is attributed, with the FPR
    corrected for the ten views, and the run says it searched."""
    from engine.fingerprint.evaluate import EvaluationOptions, evaluate
    res = evaluate(system, EvaluationOptions(n_users=2, per_user=2, n_clean=4, attacks=("rotate15",), search=True))
    row = res.row("rotate15")
    assert row.tpr == 1.0 and row.wrong_attr == 0.0 and row.fpr == 0.0, row
    assert res.params["search"] is True


def test_clean_images_carry_no_fingerprint(system, fp_db, tmp_path):
    from engine.fingerprint import attacks as A
    from engine.fingerprint.scenes import render
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
    run = api.trace([str(p) for p in paths], db=fp_db)
    assert all(r.verdict != "attributed" and r.user is None for r in run.results)
    assert sum(r.verdict == "no_fingerprint" for r in run.results) >= len(paths) - 1


def _bad_files(tmp_path: Path) -> list[tuple[Path, str]]:
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
    (tmp_path / "emptydir").mkdir()
    return [(empty, "empty"), (trunc, "truncated|corrupt"), (small, "too small"), (text, "not a supported image"),
            (bomb, "bomb"), (tmp_path / "missing.png", "no such"), (tmp_path / "emptydir", "no images")]


def test_bad_inputs_are_refused_and_registry_kept(fp_db, registry, tmp_path):
    """Alone, each unusable input is one clear error; next to a good image, it is that image's own
    error entry and the good one is still traced. Nothing changes the registry."""
    before = [u.code for u in registry.users()]
    good = tmp_path / "ok.png"
    for bad, pattern in _bad_files(tmp_path):
        with pytest.raises(AttestError, match=pattern):
            api.trace([str(bad)], db=fp_db)
        run = api.trace([str(bad), str(good)], db=fp_db)
        assert [r.image for r in run.results] == [str(good)]
        assert [f.image for f in run.failures] == [str(bad)]
        assert re.search(pattern, run.failures[0].error), run.failures[0]
        rows = run.to_dict()["results"]  # in input order, the bad one as its own error row
        assert rows[0] == {"image": str(bad), "verdict": "error", "error": run.failures[0].error}
        assert rows[1]["image"] == str(good) and rows[1]["verdict"] != "error"
    assert [u.code for u in registry.users()] == before


def test_a_bad_image_in_a_batch_is_its_own_error_and_the_rest_are_traced(fp_db, fp_samples, tmp_path):
    bad = _bad_files(tmp_path)
    paths = [str(fp_samples[0]), str(bad[0][0]), str(fp_samples[3]), str(bad[1][0]), str(bad[5][0]),
             str(fp_samples[5])]
    run = api.trace(paths, db=fp_db)
    # every good image traced, in order, to the right user; every bad one reported, in order
    assert [(r.image, r.user) for r in run.results] == [(paths[0], "bob"), (paths[2], "dave"), (paths[5], "dave")]
    assert [f.image for f in run.failures] == [paths[1], paths[3], paths[4]]
    assert [r["verdict"] == "error" for r in run.to_dict()["results"]] == [False, True, False, True, True, False]
    message = run.failure_message()
    assert "3 of 6" in message and "empty.png" in message and "missing.png" in message and "\n" not in message
    d = run.to_draft()
    assert d.summary["images"] == 3 and d.summary["not_traced"] == 3 and d.summary["attributed"] == 3
    assert not any("empty.png" in k or "missing.png" in k for k in d.inputs)  # only what was used
    with pytest.raises(AttestError, match="none of the 3 images could be traced"):
        api.trace([paths[1], paths[3], paths[4]], db=fp_db)


def test_trace_report_inputs_are_the_sha256_of_the_image_files_bytes(fp_db, fp_samples, tmp_path):
    """A report names the bytes it traced: two files with the same pixels but different bytes (PNG at
    two compression levels, and a BMP) have different digests, each the SHA-256 of its own file."""
    import hashlib

    from engine.fingerprint.system import ASSETS, WEIGHTS_NAME
    img = Image.open(fp_samples[0])
    copies = [tmp_path / "fast.png", tmp_path / "small.png", tmp_path / "same.bmp"]
    img.save(copies[0], compress_level=1)
    img.save(copies[1], compress_level=9)
    img.save(copies[2])
    paths = [str(fp_samples[3]), *map(str, copies)]
    run = api.trace(paths, db=fp_db)
    assert [r.user for r in run.results] == ["dave", "bob", "bob", "bob"]
    d = run.to_draft()
    expected = {f"image {p}": hashlib.sha256(Path(p).read_bytes()).hexdigest() for p in paths}
    expected[f"model {WEIGHTS_NAME}"] = hashlib.sha256((ASSETS / WEIGHTS_NAME).read_bytes()).hexdigest()
    assert dict(d.inputs) == expected
    assert len({d.inputs[f"image {p}"] for p in map(str, copies)}) == 3
    assert d.params["registry_sha256"] == api.open_session(fp_db).registry.codes_sha256()


def test_empty_registry_is_a_clear_error(tmp_path):
    img = tmp_path / "x.png"
    Image.new("RGB", (128, 128)).save(img)
    with pytest.raises(AttestError, match="registry is empty"):
        api.trace([str(img)], db=sqlite_utils.Database(tmp_path / "e.db"))


def test_export_bakes_the_users_fingerprint(system, fp_db, registry, tmp_path):
    import torch

    from engine.fingerprint.system import load_user_generator
    bob = registry.get("bob")
    path = tmp_path / "bob.safetensors"
    exported = api.export_generator("bob", path, db=fp_db)
    assert exported.path == path and exported.code_hex == bob.code_hex
    gen, enc, meta = load_user_generator(path)
    # the file names neither the user nor the code: format, size, architecture and source model only
    arch = "generator_config" if system.legacy else "ae_config"
    assert set(meta) == {"format", "k", arch, "source_sha256"}
    header = path.read_bytes()[:200_000]
    assert bob.code_hex.encode() not in header and b"bob" not in header
    z = system.latents([123, 124], size=64)
    with torch.no_grad():
        baked = gen(z)
        modulated = system.fg(z, torch.tensor([bob.code, bob.code], dtype=torch.float32))
    assert torch.allclose(baked, modulated, atol=1e-5)
    if not system.legacy:
        # the provider's decoder with the scales multiplied into the modulated layers, nothing else:
        # the base's architecture and tensor names
        from engine.fingerprint.modulation import modulation_targets
        provider, exp = system.fg.gen.state_dict(), gen.state_dict()
        assert list(provider) == list(exp) == list(system.base.state_dict())
        changed = {n for n in provider if not torch.equal(provider[n], exp[n])}
        assert changed == {f"decoder.{n}.weight" for n, _ in modulation_targets(system.fg.gen.decoder)}
    with pytest.raises(AttestError):
        load_user_generator(system.path)  # the provider's file is not a user export
    with pytest.raises(AttestError, match="safetensors"):
        api.export_generator("bob", tmp_path / "bob.pt", db=fp_db)
    assert not (tmp_path / "bob.pt").exists()


def test_a_replaced_weights_file_is_loaded_afresh(system, tmp_path):
    """A weights file changed on disk is read again, never answered from the copy loaded before."""
    import os
    import shutil

    from engine.fingerprint.system import load_system
    copy = tmp_path / "weights.safetensors"
    shutil.copyfile(system.path, copy)
    first = load_system(copy)
    assert load_system(copy) is first and first.sha256 == system.sha256
    copy.write_bytes(copy.read_bytes()[:1000])  # truncated in place
    os.utime(copy, ns=(1, 1))
    with pytest.raises(AttestError):
        load_system(copy)


@pytest.mark.slow  # an evaluation over 16 codes x 8 scenes (~9 s); run on purpose with -m slow
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


def test_search_traces_rotated_and_heavily_cropped_images(fp_db, fp_samples, tmp_path):
    """Images rotated by 15 degrees or cropped to half their area are attributed to the right user by
    the geometric search, clean images stay unattributed, and the rate is corrected for the ten views.
    Plain decoding, whatever it makes of them, never gives an image to a wrong user."""
    from engine.fingerprint import attacks as A
    from engine.fingerprint.scenes import render
    sources = [fp_samples[i] for i in (0, 1, 3, 4)]  # two of bob's, two of dave's
    x = A.from_images([Image.open(p).convert("RGB") for p in sources])
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
    searched = api.trace([str(p) for p in paths], api.TraceOptions(search=True), db=fp_db)
    assert [r.user for r in searched.results] == expected
    assert all(r.verdict == "attributed" for r in searched.results[:8])
    assert all(r.verdict != "attributed" for r in searched.results[8:])
    assert searched.n_views == 10 and searched.params["search_views"] == 10
    assert set(searched.params["view_per_image"]) == {str(p) for p in paths}
    # The rate is corrected for the views: ten times what one view over the same registry would give.
    r = searched.results[0]
    assert r.p_value == pytest.approx(min(1.0, 10 * searched.registry_users * r.candidates[0].p_value))
    plain = api.trace([str(p) for p in paths], db=fp_db)
    assert all(r.user in (None, e) for r, e in zip(plain.results, expected, strict=True))


def test_trace_report_carries_a_thumbnail_per_readable_image(fp_db, fp_samples, tmp_path):
    """The report shows what was traced: ``thumb-<i>.png`` (i = the row in ``results``) for each image that
    could be read, none for an unusable one, and never one larger than 128 px."""
    import io

    from PIL import Image

    from engine.fingerprint import api

    broken = tmp_path / "empty.png"
    broken.write_bytes(b"")
    run = api.trace([fp_samples[0], broken, fp_samples[1]], db=fp_db)
    draft = run.to_draft()
    rows = draft.result["results"]
    thumbs = {a.name: a for a in draft.artifacts if a.name.startswith("thumb-")}
    assert rows[1]["verdict"] == "error" and sorted(thumbs) == ["thumb-0.png", "thumb-2.png"]
    for a in thumbs.values():
        img = Image.open(io.BytesIO(a.data))
        assert a.mime == "image/png" and max(img.size) <= 128
