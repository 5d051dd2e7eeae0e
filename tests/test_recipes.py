"""Every bundled weight file names the command that made it, and loaders refuse files that do not match."""

from __future__ import annotations

import json
import shlex
import shutil
from pathlib import Path

import pytest

from core.errors import AttestError
from core.fileio import sha256_file
from engine.loading import bundled_sha256, load_manifest_weights

ROOT = Path(__file__).resolve().parent.parent
MANIFESTS = sorted((ROOT / "assets").glob("*/MANIFEST.json"))


def _one_line(exc: pytest.ExceptionInfo) -> str:
    msg = str(exc.value)
    assert msg and "\n" not in msg
    return msg


def test_there_are_manifests_for_the_bundled_weights() -> None:
    areas = {p.parent.name for p in MANIFESTS}
    assert {"causal", "fingerprint"} <= areas


@pytest.mark.parametrize("manifest_path", MANIFESTS, ids=lambda p: p.parent.name)
def test_manifest_hashes_match_and_name_a_recipe(manifest_path: Path) -> None:
    manifest = json.loads(manifest_path.read_text())
    files = manifest["files"]
    assert files and all(name.endswith(".safetensors") for name in files)
    for name, digest in files.items():
        assert sha256_file(manifest_path.parent / name) == digest == bundled_sha256(manifest_path.parent, name)
    recipe = manifest["recipe"]
    assert recipe["command"].startswith("python -m engine.")
    for key in ("seed", "threads", "seconds", "torch", "reproduced_in_this_build"):
        assert key in recipe
    training = [s for s in recipe["stages"] if s["stage"] != "install"]
    assert training
    for stage in training:
        assert stage["command"].startswith("python -m engine.")
        assert stage["hyperparameters"] and stage["hyperparameters"]["seed"] == recipe["seed"]


def test_fingerprint_manifest_records_the_code_recipe() -> None:
    """The shipped stages are the ones ``recipe`` runs, and their recorded hyperparameters are what the
    training script would use for them today (a changed default would make the record wrong). The
    shipped weights are the carrier model, whose recipe is train_v1.py."""
    from engine.fingerprint import train_v1 as T

    manifest = json.loads((ROOT / "assets" / "fingerprint" / "MANIFEST.json").read_text())
    stages = [s for s in manifest["recipe"]["stages"] if s["stage"] != "install"]
    expected = T.recipe_stages(T.RECIPE_OUT)
    assert [shlex.split(s["command"])[3:] for s in stages] == expected
    for stage, argv in zip(stages, expected, strict=True):
        a = T.parse_stage(argv)
        assert stage["hyperparameters"] == T.stage_hyperparameters(a)
        assert stage["to_step"] == a.steps
    assert [s["to_step"] for s in stages] == [600, 6200, 18000, 24000]
    assert manifest["recipe"]["command"] == f"{T.PROG} recipe --out {T.RECIPE_OUT} --install"


def test_causal_manifest_records_the_code_recipe() -> None:
    from engine.causal import train_demo as D

    manifest = json.loads((ROOT / "assets" / "causal" / "MANIFEST.json").read_text())
    (stage,) = manifest["recipe"]["stages"]
    a = D.build_parser().parse_args(shlex.split(stage["command"])[3:])
    assert a.out.resolve() == D.ASSET_DIR
    hyper = stage["hyperparameters"]
    assert (a.epochs, a.per_class, a.seed, a.threads, a.demo_images) == (
        hyper["epochs"], hyper["per_class"], hyper["seed"], hyper["threads"], hyper["demo_images"])
    assert (hyper["batch"], hyper["lr"]) == (D.BATCH, D.LR)
    assert stage["command"] == manifest["recipe"]["command"] == D.command(D.ASSET_DIR, hyper)


def _bundled_copy(tmp_path: Path, area: str, name: str) -> Path:
    d = tmp_path / area
    d.mkdir()
    shutil.copyfile(ROOT / "assets" / area / name, d / name)
    shutil.copyfile(ROOT / "assets" / area / "MANIFEST.json", d / "MANIFEST.json")
    return d


def test_modified_bundled_weights_are_refused(tmp_path: Path) -> None:
    d = _bundled_copy(tmp_path, "causal", "demo_cnn.safetensors")
    assert load_manifest_weights(d, "demo_cnn.safetensors")  # the untouched copy loads
    w = d / "demo_cnn.safetensors"
    data = bytearray(w.read_bytes())
    data[-1] ^= 1  # one bit of the last tensor
    w.write_bytes(bytes(data))
    with pytest.raises(AttestError) as exc:
        load_manifest_weights(d, "demo_cnn.safetensors")
    assert "SHA-256" in _one_line(exc)


@pytest.mark.parametrize("text, says", [
    ('{"demo_cnn.safetensors": "' + "0" * 64 + '"}', "files"),  # the old flat format
    ('{"files": {}}', "not listed"),
    ('{"files": {"demo_cnn.safetensors": "abc"}}', "not listed"),
    ("{not json", "not valid JSON"),
])
def test_unusable_manifest_is_refused(tmp_path: Path, text: str, says: str) -> None:
    d = _bundled_copy(tmp_path, "causal", "demo_cnn.safetensors")
    (d / "MANIFEST.json").write_text(text)
    with pytest.raises(AttestError) as exc:
        load_manifest_weights(d, "demo_cnn.safetensors")
    assert says in _one_line(exc)


def test_missing_manifest_is_refused(tmp_path: Path) -> None:
    d = _bundled_copy(tmp_path, "causal", "demo_cnn.safetensors")
    (d / "MANIFEST.json").unlink()
    with pytest.raises(AttestError) as exc:
        bundled_sha256(d, "demo_cnn.safetensors")
    assert "MANIFEST.json" in _one_line(exc)


def test_fingerprint_system_refuses_weights_its_manifest_does_not_match(tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from engine.fingerprint import system

    d = _bundled_copy(tmp_path, "fingerprint", "fingerprint.safetensors")
    manifest = json.loads((d / "MANIFEST.json").read_text())
    manifest["files"]["fingerprint.safetensors"] = "f" * 64
    (d / "MANIFEST.json").write_text(json.dumps(manifest))
    monkeypatch.setattr(system, "ASSETS", d)
    with pytest.raises(AttestError) as exc:
        system.load_system()
    assert "SHA-256" in _one_line(exc)


@pytest.mark.slow
def test_recipe_resumes_skips_and_installs_a_matching_manifest(tmp_path: Path) -> None:
    """A scaled recipe: an interrupted first joint stage is resumed, every stage runs once, ``install`` writes a
    manifest whose hash is the installed file's, and a second run finds everything done."""
    from engine.fingerprint import train as T

    out, assets = tmp_path / "run", tmp_path / "assets"
    small = ["--ae-pool", "16", "--pool", "40", "--threads", "1"]
    # an interrupted run: the autoencoder, then the first joint stage stopped after a checkpoint at step 3
    T.main(["ae", "--out", str(out), "--steps", "1", *small])
    T.main(["joint", "--out", str(out), "--steps", "3", *small])
    T.main(["recipe", "--out", str(out), "--scale", "0.001", *small, "--install", "--assets", str(assets)])

    records = json.loads((out / T.STAGES_FILE).read_text())["stages"]
    assert [(r["stage"], r["from_step"], r["to_step"]) for r in records] == [
        ("ae", 0, 1), ("joint", 0, 3), ("joint", 3, 6), ("joint", 6, 18), ("joint", 18, 24)]
    assert "--resume" in shlex.split(records[2]["command"]) and all(r["finished"] for r in records)
    assert records[4]["hyperparameters"]["clean_frac"] == 0.25 and records[4]["hyperparameters"]["lr_dec"] == 1e-4

    manifest = json.loads((assets / "MANIFEST.json").read_text())
    digest = sha256_file(assets / T.WEIGHTS_NAME)
    assert manifest["files"] == {T.WEIGHTS_NAME: digest} and bundled_sha256(assets, T.WEIGHTS_NAME) == digest
    assert T.checkpoint_step(assets / T.WEIGHTS_NAME) == 24
    recipe = manifest["recipe"]
    assert recipe["stages"][:-1] == records and recipe["stages"][-1]["stage"] == "install"
    assert recipe["threads"] == 1 and recipe["seed"] == 0 and recipe["reproduced_in_this_build"] is True
    # the manual first stages left no recipe command: the record is every command in order
    assert recipe["command"] == " && ".join(s["command"] for s in recipe["stages"])

    before = {p.name: p.read_bytes() for p in (out / T.STAGES_FILE, out / T.WEIGHTS_NAME, out / "ae.safetensors")}
    T.main(["recipe", "--out", str(out), "--scale", "0.001", *small])
    assert {name: (out / name).read_bytes() for name in before} == before


def test_wouaf_recipe_parses_and_resumes() -> None:
    """The WOUAF model's recipe (train.py): every stage parses with the settings the run used, and the
    joint stage's recorded hyperparameters exclude the autoencoder's."""
    from engine.fingerprint import train as T
    stages = T.recipe_stages("/tmp/x")
    assert [s[0] for s in stages] == ["ae", "joint"]
    a = T.parse_stage(stages[1])
    hyper = T.stage_hyperparameters(a)
    assert a.lr_gen > 0 and a.batch == 32 and a.full_every > 0
    assert "ae_crop" not in hyper and "lr_gen" in hyper and hyper["pool"] == 16000
