"""The trained zoo models shipped in assets/causal/zoo: hash-checked loading, accuracy on unseen pixels,
and training that gives the same bytes twice."""

from __future__ import annotations

import json
import shutil

import pytest
import torch

from core.errors import AttestError
from engine.causal import train_zoo
from engine.causal.train_zoo import crops, load_zoo_model, zoo_names

NAMES = ["resnet18", "convnext", "vit"]


def _accuracy(model, x, y) -> float:
    with torch.no_grad():
        out = model(x)
    logits = getattr(out, "logits", out)
    return float((logits.argmax(1) == y).float().mean())


def test_zoo_lists_the_three_architectures():
    assert zoo_names() == NAMES


@pytest.mark.parametrize("name", NAMES)
def test_shipped_model_loads_and_tells_the_photographs_apart_on_unseen_pixels(name):
    model = load_zoo_model(name)
    assert not model.training
    x, y = crops(64, seed=2, split="test")  # the right 30% of each photograph: never trained on
    assert _accuracy(model, x, y) >= 0.85


def test_crops_are_seeded_balanced_and_split():
    x, y = crops(33, seed=5, split="train")
    assert x.shape == (33, 3, 32, 32) and x.dtype == torch.float32 and y.dtype == torch.int64
    assert float(x.min()) >= 0.0 and float(x.max()) <= 1.0
    assert int((y == 0).sum()) == 17 and int((y == 1).sum()) == 16
    x2, y2 = crops(33, seed=5, split="train")
    assert torch.equal(x, x2) and torch.equal(y, y2)
    assert not torch.equal(crops(33, seed=6, split="train")[0], x)
    assert not torch.equal(crops(33, seed=5, split="test")[0], x)
    with pytest.raises(ValueError):
        crops(4, split="validation")


def test_a_modified_weights_file_is_refused(tmp_path):
    folder = tmp_path / "zoo"
    shutil.copytree(train_zoo.ZOO_DIR, folder)
    assert _accuracy(load_zoo_model("resnet18", folder), *crops(16, seed=2, split="test")) >= 0.5  # the copy loads
    path = folder / "resnet18.safetensors"
    data = bytearray(path.read_bytes())
    data[len(data) - 100] ^= 0x01  # one bit of one weight: the header stays valid
    path.write_bytes(bytes(data))
    with pytest.raises(AttestError, match="does not match its recorded SHA-256"):
        load_zoo_model("resnet18", folder)


def test_a_model_the_manifest_does_not_list_is_refused(tmp_path):
    folder = tmp_path / "zoo"
    shutil.copytree(train_zoo.ZOO_DIR, folder)
    manifest = json.loads((folder / "MANIFEST.json").read_text())
    manifest["recipe"]["builders"]["resnet18"]["fn"] = "os.system"
    (folder / "MANIFEST.json").write_text(json.dumps(manifest))
    with pytest.raises(AttestError, match="unknown zoo architecture"):
        load_zoo_model("resnet18", folder)
    with pytest.raises(AttestError, match="lists no zoo model 'alexnet'"):
        load_zoo_model("alexnet", folder)


@pytest.mark.slow
def test_retraining_the_vit_gives_the_same_bytes(tmp_path):
    manifests = [train_zoo.train(tmp_path / run, steps={"vit": 8}, only=["vit"]) for run in ("a", "b")]
    a = (tmp_path / "a" / "vit.safetensors").read_bytes()
    b = (tmp_path / "b" / "vit.safetensors").read_bytes()
    assert a == b
    assert manifests[0]["files"] == manifests[1]["files"] and list(manifests[0]["files"]) == ["vit.safetensors"]
    assert manifests[0]["recipe"]["steps"] == {"vit": 8}
    assert not load_zoo_model("vit", tmp_path / "a").training  # what train writes, load_zoo_model reads
