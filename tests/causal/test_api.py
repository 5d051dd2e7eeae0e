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


def test_a_one_channel_model_gets_grayscale_images(tmp_path):
    from engine.causal.api import load_inputs
    from tests.causal.causal_models import GrayNet

    weights = tmp_path / "gray.safetensors"
    save_safetensors(GrayNet().state_dict(), weights)
    folder = tmp_path / "imgs"
    folder.mkdir()
    rng = np.random.default_rng(0)
    for i in range(6):  # colour files: the loader converts them to what the model reads
        Image.fromarray(rng.integers(120, 256, (8, 8, 3), dtype=np.uint8)).save(folder / f"im{i}.png")
    req = AuditRequest(model=weights, model_code=f"{HERE / 'causal_models.py'}:build_gray", data=folder, target=1,
                       metrics=False, device="cpu", min_effect=0.0)
    li = load_inputs(req)
    assert tuple(li.x.shape) == (6, 1, 8, 8)
    expected = np.asarray(Image.open(folder / "im0.png").convert("L"), dtype=np.float32) / 255.0
    assert np.allclose(li.x[0, 0].numpy(), expected, atol=1e-6)
    audit = run_audit(req)
    assert {n.id for n in audit.result.nodes if n.layer == "conv"} == {"conv:0"}
    draft = audit.to_draft()  # the node maps render over the grayscale mean image
    assert any(a.name.endswith(".png") and a.data[:8] == b"\x89PNG\r\n\x1a\n" for a in draft.artifacts)
