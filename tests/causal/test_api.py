"""The audit API: a report names exactly the bytes of the files that one run read."""

from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np
from PIL import Image

from engine.causal.api import AuditRequest, run_audit
from engine.loading import save_safetensors
from tests.causal.causal_models import GroundTruthNet, target_images

HERE = Path(__file__).resolve().parent


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _tiny_request(tmp_path: Path) -> AuditRequest:
    weights = tmp_path / "gt.safetensors"
    save_safetensors(GroundTruthNet().state_dict(), weights)
    folder = tmp_path / "imgs"
    folder.mkdir()
    for i, a in enumerate(target_images(8).permute(0, 2, 3, 1).numpy()):
        Image.fromarray((a * 255).round().astype(np.uint8)).save(folder / f"im{i}.png")
    return AuditRequest(model=weights, model_code=f"{HERE / 'causal_models.py'}:build_ground_truth", data=folder,
                        target=1, metrics=False, device="cpu")


def test_inputs_are_the_sha256_of_the_files_of_this_run(tmp_path):
    req = _tiny_request(tmp_path)
    first = run_audit(req).to_draft()
    expected = {"model gt.safetensors": _sha(req.model), "model code causal_models.py": _sha(HERE / "causal_models.py")}
    expected.update({f"image {p.name}": _sha(p) for p in sorted(req.data.iterdir())})
    assert dict(first.inputs) == expected
    assert first.title == "Model audit of class 1: gt.safetensors on imgs"
    assert first.params["model_code"] == "causal_models.py:build_ground_truth"
    # one image changes on disk: the next run's report records the new bytes, the rest stays the same
    img = np.asarray(Image.open(req.data / "im0.png")).copy()
    img[0, 0, 0] ^= 1
    Image.fromarray(img).save(req.data / "im0.png")
    second = run_audit(req).to_draft()
    changed = {k for k in expected if second.inputs[k] != first.inputs[k]}
    assert changed == {"image im0.png"} and second.inputs["image im0.png"] == _sha(req.data / "im0.png")
