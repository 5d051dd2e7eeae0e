"""A local Hugging Face image classifier folder: loaded safely, preprocessed as its config says,
audited on the replay path (transformers models do not trace with torch.fx): the modules that ran before
the audited layer return their cached outputs, and the effects equal one plain forward per unit."""

from __future__ import annotations

import hashlib
import json

import numpy as np
import pytest
import torch
from PIL import Image

from engine.causal.api import AuditRequest, load_inputs
from engine.causal.audit import AuditParams, run_audit
from engine.causal.effects import make_batches, single_unit_effects
from engine.causal.interventions import REPLAY, ModelRunner

transformers = pytest.importorskip("transformers")

L1 = "resnet.encoder.stages.0.layers.0.layer.0.convolution"
L2 = "resnet.encoder.stages.1.layers.0.layer.1.convolution"


@pytest.fixture(scope="module")
def hf_folder(tmp_path_factory):
    from transformers import ResNetConfig, ResNetForImageClassification

    folder = tmp_path_factory.mktemp("hf") / "tiny-resnet"
    cfg = ResNetConfig(num_channels=3, embedding_size=8, hidden_sizes=[8, 16], depths=[1, 1], num_labels=3,
                       layer_type="basic")
    torch.manual_seed(0)
    ResNetForImageClassification(cfg).eval().save_pretrained(folder, safe_serialization=True)
    (folder / "preprocessor_config.json").write_text(json.dumps(
        {"image_mean": [0.5, 0.4, 0.3], "image_std": [0.2, 0.25, 0.3], "size": {"height": 24, "width": 24},
         "do_normalize": True, "do_resize": True}))
    imgs = folder.parent / "imgs"
    imgs.mkdir()
    rng = np.random.default_rng(0)
    for i in range(8):
        Image.fromarray(rng.integers(0, 256, (40, 40, 3), dtype=np.uint8)).save(imgs / f"{i}.png")
    return folder, imgs


def test_hf_folder_audit(hf_folder):
    folder, imgs = hf_folder
    li = load_inputs(AuditRequest(model=folder, data=imgs, target=1, device="cpu"))
    model, x = li.model, li.x
    assert li.loaded.kind == "huggingface" and x.shape == (8, 3, 24, 24)  # resized per the config
    # every file the model and the images were read from, by the SHA-256 of its bytes
    read = sorted(folder.glob("*.safetensors")) + [folder / "config.json", folder / "preprocessor_config.json"]
    expected = {f"model {folder.name}/{f.name}": hashlib.sha256(f.read_bytes()).hexdigest() for f in read}
    expected.update({f"image {f.name}": hashlib.sha256(f.read_bytes()).hexdigest() for f in sorted(imgs.iterdir())})
    assert {i.label: i.sha256 for i in li.inputs} == expected
    # the normalisation lives in the model: feeding [0, 1] images equals feeding normalised ones raw
    with torch.no_grad():
        got = model(x).logits
    mean = torch.tensor([0.5, 0.4, 0.3]).reshape(1, 3, 1, 1)
    std = torch.tensor([0.2, 0.25, 0.3]).reshape(1, 3, 1, 1)
    model._forward_pre_hooks.clear()
    with torch.no_grad():
        ref = model((x - mean) / std).logits
    assert torch.allclose(got, ref, atol=1e-5)
    runner = ModelRunner(model, [L1, L2])
    b = make_batches(runner, x, 1, batch_size=3)
    eff = single_unit_effects(runner, L2, b, 1, "zero", budget_rows=10)
    assert runner.mode(L2) == REPLAY and "traced" in runner.why_full(L2)
    module = dict(model.named_modules())[L2]
    with torch.no_grad():
        y0 = model(x).logits[:, 1].double()
        for u in range(eff.d_logit.shape[0]):
            def zero(_m, _i, out, u=u):
                out = out.clone()
                out[:, u] = 0
                return out
            h = module.register_forward_hook(zero)
            try:
                ref = (y0 - model(x).logits[:, 1].double()).numpy()
            finally:
                h.remove()
            assert np.abs(eff.d_logit[u] - ref).max() < 1e-5
    res = run_audit(model, x, AuditParams(target=1, layers=(L1, L2), all_samples=True, metrics=False,
                                          min_effect=0.0))
    assert res.metrics["execution"] == {L1: REPLAY, L2: REPLAY}
    assert res.layers == [L1, L2]
