"""Safe loading: pickles never run, broken files fail with one clear line, bombs are refused."""

from __future__ import annotations

import json
import struct
from pathlib import Path

import pytest

from core.errors import AttestError
from engine.loading import (
    check_safetensors_header,
    load_image_folder,
    load_model,
    load_safetensors,
    open_image,
    save_safetensors,
)
from tests.hostile import gif_with_huge_extent, huge_png, pickle_bomb, torch_style_pickle


def _one_line(exc: pytest.ExceptionInfo) -> str:
    msg = str(exc.value)
    assert "\n" not in msg and msg
    return msg


@pytest.mark.parametrize("name", ["weights.pt", "weights.bin", "weights.safetensors"])
def test_pickle_is_refused_and_never_runs(tmp_path: Path, name: str) -> None:
    marker = tmp_path / "PWNED"
    path = pickle_bomb(tmp_path / name, marker)
    with pytest.raises(AttestError) as exc:
        load_safetensors(path)
    assert "pickle" in _one_line(exc)
    assert not marker.exists()


def test_torch_zip_pickle_refused_even_with_force_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TORCH_FORCE_NO_WEIGHTS_ONLY_LOAD", "1")
    marker = tmp_path / "PWNED"
    path = torch_style_pickle(tmp_path / "model.safetensors", marker)
    with pytest.raises(AttestError, match="pickle"):
        load_model(path, model_code=None)
    with pytest.raises(AttestError, match="pickle"):
        load_safetensors(path)
    assert not marker.exists()


def test_safetensors_round_trip_and_hash_check(tmp_path: Path) -> None:
    import torch

    path = tmp_path / "w.safetensors"
    sha = save_safetensors({"a": torch.arange(6.0).reshape(2, 3)}, path)
    loaded = load_safetensors(path, expected_sha256=sha)
    assert torch.equal(loaded["a"], torch.arange(6.0).reshape(2, 3))
    with pytest.raises(AttestError, match="SHA-256"):
        load_safetensors(path, expected_sha256="0" * 64)


def test_truncated_safetensors_gets_clear_error(tmp_path: Path) -> None:
    import torch

    path = tmp_path / "w.safetensors"
    save_safetensors({"a": torch.zeros(1000)}, path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 500])
    with pytest.raises(AttestError) as exc:
        load_safetensors(path)
    assert "truncated" in _one_line(exc)


def test_header_larger_than_file(tmp_path: Path) -> None:
    path = tmp_path / "w.safetensors"
    header = json.dumps({"a": {"dtype": "F32", "shape": [1], "data_offsets": [0, 4]}}).encode()
    path.write_bytes(struct.pack("<Q", 10**9) + header)
    with pytest.raises(AttestError, match="truncated"):
        check_safetensors_header(path)


def test_hf_folder_with_custom_code_refused(tmp_path: Path) -> None:
    folder = tmp_path / "model"
    folder.mkdir()
    (folder / "config.json").write_text(json.dumps({"model_type": "x", "auto_map": {"AutoModel": "evil.Model"}}))
    (folder / "evil.py").write_text("open('PWNED', 'w')\n")
    with pytest.raises(AttestError, match="custom code"):
        load_model(folder)
    assert not (folder / "PWNED").exists()


def test_factory_model_loads_and_mismatch_is_clear(tmp_path: Path) -> None:
    import torch

    code = tmp_path / "arch.py"
    code.write_text("import torch\ndef build():\n    return torch.nn.Linear(3, 2)\n")
    weights = tmp_path / "w.safetensors"
    save_safetensors(torch.nn.Linear(3, 2).state_dict(), weights)
    loaded = load_model(weights, f"{code}:build")
    assert isinstance(loaded.module, torch.nn.Linear) and len(loaded.sha256) == 64
    save_safetensors(torch.nn.Linear(4, 2).state_dict(), weights)
    with pytest.raises(AttestError, match="does not fit|size"):
        load_model(weights, f"{code}:build")
    with pytest.raises(AttestError, match="FILE.py:FACTORY"):
        load_model(weights, "arch.py")


def test_huge_png_refused_before_decoding(tmp_path: Path) -> None:
    path = huge_png(tmp_path / "bomb.png")
    with pytest.raises(AttestError) as exc:
        open_image(path)
    msg = _one_line(exc)
    assert "decompression bomb" in msg and "400000000" in msg


@pytest.mark.parametrize("content", [b"", b"\x89PNG\r\n\x1a\n\x00\x00"], ids=["zero-bytes", "truncated"])
def test_empty_and_truncated_images(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "x.png"
    path.write_bytes(content)
    with pytest.raises(AttestError) as exc:
        open_image(path)
    _one_line(exc)


def test_truncated_real_png(tmp_path: Path) -> None:
    import numpy as np
    from PIL import Image

    path = tmp_path / "noise.png"
    Image.fromarray(np.random.default_rng(0).integers(0, 255, (64, 64, 3), dtype=np.uint8)).save(path)
    path.write_bytes(path.read_bytes()[:2000])
    with pytest.raises(AttestError, match="truncated or corrupt"):
        open_image(path)


def test_gif_with_lying_extension_refused(tmp_path: Path) -> None:
    path = gif_with_huge_extent(tmp_path / "photo.png")
    with pytest.raises(AttestError, match="not a supported image"):
        open_image(path)


def test_image_folder_shapes(tmp_path: Path) -> None:
    from PIL import Image

    Image.new("RGB", (8, 8), (255, 0, 0)).save(tmp_path / "a.png")
    Image.new("RGB", (8, 8), (0, 255, 0)).save(tmp_path / "b.jpg")
    x, files = load_image_folder(tmp_path)
    assert tuple(x.shape) == (2, 3, 8, 8) and float(x[0, 0].mean()) == pytest.approx(1.0)
    Image.new("RGB", (9, 8)).save(tmp_path / "c.png")
    with pytest.raises(AttestError, match="differ in size"):
        load_image_folder(tmp_path)
    with pytest.raises(AttestError, match="no images"):
        load_image_folder(_empty(tmp_path))


def _empty(tmp_path: Path) -> Path:
    d = tmp_path / "empty"
    d.mkdir()
    return d
