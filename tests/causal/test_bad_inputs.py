"""Bad input gives one clear AttestError (exit 2 on the command line) and saves nothing."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import torch
from PIL import Image

from core.errors import AttestError
from engine.causal.api import AuditRequest, load_inputs
from engine.causal.audit import AuditParams, run_audit
from engine.loading import save_safetensors
from tests.causal.causal_models import TARGET, GroundTruthNet, target_images

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent


def _audit(x=None, **kw):
    params = AuditParams(**{"target": TARGET, "metrics": False, "maps": False, **kw})
    return run_audit(GroundTruthNet(), target_images(6) if x is None else x, params)


def test_unknown_layer():
    with pytest.raises(AttestError, match="no layer named 'conv9' \\(did you mean .*conv1"):
        _audit(layers=("conv9",))


def test_target_out_of_range():
    with pytest.raises(AttestError, match="target class 5 is out of range: the model has 2 classes"):
        _audit(target=5)
    with pytest.raises(AttestError, match="out of range"):
        _audit(target=-1)


def test_wrong_image_size_and_channels():
    with pytest.raises(AttestError, match="images are 3x16x16 .* model expects 3x8x8"):
        _audit(x=torch.rand(4, 3, 16, 16))
    with pytest.raises(AttestError, match="images are 1x8x8"):
        _audit(x=torch.rand(4, 1, 8, 8))


def test_wrong_channels_without_declared_shape():
    class NoShape(GroundTruthNet):
        input_shape = None

    with pytest.raises(AttestError, match="do not fit the model's input"):
        run_audit(NoShape(), torch.rand(4, 1, 8, 8), AuditParams(target=1, metrics=False, maps=False))


def test_no_correct_samples():
    with pytest.raises(AttestError, match="classified as class 0"):
        _audit(target=0)


def test_bad_intervention():
    with pytest.raises(AttestError, match="unknown intervention"):
        _audit(intervention="half")


def _write_images(folder: Path, arrs) -> None:
    folder.mkdir()
    for i, a in enumerate(arrs):
        Image.fromarray((np.asarray(a) * 255).astype(np.uint8)).save(folder / f"im{i}.png")


def test_empty_folder_and_mixed_sizes(tmp_path):
    (tmp_path / "empty").mkdir()
    weights = tmp_path / "gt.safetensors"
    save_safetensors(GroundTruthNet().state_dict(), weights)
    code = f"{HERE / 'causal_models.py'}:build_ground_truth"

    def load(folder: str) -> None:
        load_inputs(AuditRequest(model=weights, model_code=code, data=tmp_path / folder, target=1, device="cpu"))

    with pytest.raises(AttestError, match="contains no images"):
        load("empty")
    _write_images(tmp_path / "mixed", [np.zeros((8, 8, 3)), np.zeros((9, 8, 3))])
    with pytest.raises(AttestError, match="differ in size"):
        load("mixed")
    with pytest.raises(AttestError, match="not a folder"):
        load("nope")


def _cli(*args: str, db: Path, capsys) -> tuple[int, str]:
    """main.py in-process (the same parser, handler and error handling as the command line)."""
    import main

    rc = main.main(["--db", str(db), "causal", *args])
    return rc, capsys.readouterr().err


def test_cli_bad_inputs_exit_2_and_save_nothing(tmp_path, capsys):
    db = tmp_path / "a.db"
    weights = tmp_path / "gt.safetensors"
    save_safetensors(GroundTruthNet().state_dict(), weights)
    imgs = target_images(6).permute(0, 2, 3, 1).numpy()
    _write_images(tmp_path / "imgs", imgs)
    code = f"{HERE / 'causal_models.py'}:build_ground_truth"
    base = ["--model", str(weights), "--model-code", code, "--data", str(tmp_path / "imgs")]
    cases = [
        (base + ["--target", "1", "--layers", "conv1,nope"], "no layer named 'nope'"),
        (base + ["--target", "9"], "out of range"),
        (["--model", str(tmp_path / "missing.safetensors"), "--model-code", code, "--data", str(tmp_path / "imgs"),
          "--target", "1"], "does not exist"),
        (base[:-1] + [str(tmp_path / "nothing-here")] + ["--target", "1"], "not a folder"),
        (base + ["--target", "1", "--alpha", "1.5"], "--alpha must lie between 0 and 1"),
        (base + ["--target", "1", "--samples", "1"], "--samples must be at least 2"),
        (base + ["--target", "1", "--min-effect", "-0.1"], "--min-effect is a share of the layer"),
        (base + ["--target", "1", "--min-effect", "1.5"], "--min-effect is a share of the layer"),
    ]
    for args, msg in cases:
        rc, err = _cli(*args, db=db, capsys=capsys)
        assert rc == 2, err
        assert msg in err and "Traceback" not in err
        assert len(err.strip().splitlines()) == 1
    # a pickle pretending to be a model is refused
    bad = tmp_path / "model.pt"
    torch.save(GroundTruthNet().state_dict(), bad)
    rc, err = _cli("--model", str(bad), "--model-code", code, "--data", str(tmp_path / "imgs"), "--target", "1",
                   db=db, capsys=capsys)
    assert rc == 2 and "pickle" in err
    from engine.reports.store import ReportStore

    if db.exists():
        assert ReportStore(db).count() == 0


def test_cancel_stops_the_audit():
    from core.errors import Cancelled
    from core.jobs import Job

    seen = []

    def on_progress(frac, msg):
        seen.append(msg)
        if len(seen) == 3:
            job.cancel()

    job = Job(on_progress)
    with pytest.raises(Cancelled):
        run_audit(GroundTruthNet(), target_images(6), AuditParams(target=TARGET), job=job)
