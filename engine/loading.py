"""Safe loaders shared by every audit: weights, models and images.

Untrusted files are opened here and nowhere else. The rules:

* weights come as safetensors; pickle-based formats (``.pt``, ``.pth``, ``.bin``, ``.ckpt``, ``.pkl``)
  are refused without being opened by a pickle reader, because unpickling runs code;
* a safetensors header is checked against the file size before any tensor is read, so a truncated
  or forged file fails with one clear line instead of a crash deep in the library;
* a Hugging Face folder is loaded with ``use_safetensors=True``, ``trust_remote_code=False`` and
  ``local_files_only=True``; a config that asks for custom code is refused up front;
* a ``FILE.py:FACTORY`` architecture is the user's own code and runs only when named explicitly;
* images go through Pillow with a format allow-list and a pixel limit checked from the header,
  before any pixel is decoded; Pillow's decompression-bomb warning is turned into an error.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import struct
import sys
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core.errors import AttestError
from core.fileio import sha256_bytes, sha256_file

if TYPE_CHECKING:  # annotations only: torch and Pillow are imported lazily at run time
    import torch
    from PIL import Image

PICKLE_SUFFIXES = {".pt", ".pth", ".bin", ".ckpt", ".pkl", ".pickle", ".joblib", ".npy", ".npz"}
IMAGE_FORMATS = ("PNG", "JPEG", "WEBP", "BMP")
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".webp", ".bmp"}
DEFAULT_MAX_PIXELS = 40_000_000  # ~6300 x 6300; far above any audit image, far below a bomb
MAX_SAFETENSORS_HEADER = 64 * 1024 * 1024

_PICKLE_WHY = (
    "pickle-based weight files can run arbitrary code when opened, so Attest never opens them; "
    "convert the weights to .safetensors (safetensors.torch.save_file) on a trusted machine"
)




def _looks_like_pickle(head: bytes) -> bool:
    # Protocol 2+ pickles start with 0x80 <proto>; torch.save writes a zip archive holding a pickle.
    return (len(head) >= 2 and head[0] == 0x80 and head[1] <= 5) or head.startswith(b"PK\x03\x04")


def check_safetensors_header(path: str | Path) -> dict[str, Any]:
    """Validate a safetensors file's header against its size; return the parsed header."""
    path = Path(path)
    if not path.is_file():
        raise AttestError(f"{path}: no such file")
    size = path.stat().st_size
    with open(path, "rb") as fh:
        head = fh.read(8)
        if _looks_like_pickle(head):
            raise AttestError(f"{path.name} is a pickle file, not safetensors: {_PICKLE_WHY}")
        if len(head) < 8:
            raise AttestError(f"{path.name} is not a safetensors file (only {size} bytes)")
        (n,) = struct.unpack("<Q", head)
        if n > MAX_SAFETENSORS_HEADER or n > size - 8:
            raise AttestError(
                f"{path.name} is truncated or not a safetensors file "
                f"(header says {n} bytes, the file has {size})"
            )
        raw = fh.read(n)
    try:
        header = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise AttestError(f"{path.name} has a corrupt safetensors header") from None
    if not isinstance(header, dict):
        raise AttestError(f"{path.name} has a corrupt safetensors header")
    data_len = size - 8 - n
    for name, info in header.items():
        if name == "__metadata__":
            continue
        try:
            start, end = info["data_offsets"]
        except (KeyError, TypeError, ValueError):
            raise AttestError(f"{path.name}: tensor {name!r} has no valid data offsets") from None
        if not (0 <= start <= end <= data_len):
            raise AttestError(
                f"{path.name} is truncated: tensor {name!r} needs bytes {start}..{end} "
                f"but the data section has {data_len}"
            )
    return header


def refuse_pickle_path(path: str | Path) -> None:
    path = Path(path)
    if path.suffix.lower() in PICKLE_SUFFIXES:
        raise AttestError(f"{path.name}: {_PICKLE_WHY}")


def load_safetensors(
    path: str | Path, expected_sha256: str | None = None, device: str = "cpu"
) -> dict[str, torch.Tensor]:
    """Load a safetensors file after checking its header (and its hash, when one is expected)."""
    path = Path(path)
    refuse_pickle_path(path)
    check_safetensors_header(path)
    if expected_sha256 is not None:
        actual = sha256_file(path)
        if actual != expected_sha256:
            raise AttestError(
                f"{path.name} does not match its recorded SHA-256 "
                f"(expected {expected_sha256[:12]}..., got {actual[:12]}...): refusing modified weights"
            )
    from safetensors.torch import load_file

    try:
        return load_file(str(path), device=device)
    except Exception as exc:  # the library's own errors are not fit for a person
        raise AttestError(f"{path.name}: cannot read safetensors data ({type(exc).__name__})") from None


def save_safetensors(
    tensors: dict[str, torch.Tensor], path: str | Path, metadata: dict[str, str] | None = None
) -> str:
    """Write tensors atomically as safetensors; return the file's SHA-256."""
    from safetensors.torch import save

    data = save({k: v.detach().contiguous().cpu() for k, v in tensors.items()}, metadata=metadata)
    from core.fileio import atomic_write_bytes

    atomic_write_bytes(Path(path), data)
    return sha256_bytes(data)


def read_json_object(path: Path, what: str) -> dict[str, Any]:
    """A small JSON file that must hold one object (a manifest, a model config); one-line errors."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise AttestError(f"{path}: cannot read the {what} ({exc.strerror or exc})") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise AttestError(f"{path}: the {what} is not valid JSON ({exc})") from None
    if not isinstance(data, dict):
        raise AttestError(f"{path}: the {what} must be a JSON object")
    return data


def bundled_sha256(area_dir: str | Path, filename: str) -> str:
    """The SHA-256 that ``area_dir/MANIFEST.json`` records for the bundled file ``filename``.

    A bundled asset folder's manifest reads ``{"files": {NAME: SHA256, ...}, "recipe": {...}}``:
    ``files`` holds the hash every loader checks, ``recipe`` how the files were made (the one command
    that reproduces them, each stage's command and hyperparameters, seed, threads, seconds, torch
    version; written by the training module that made them). Only ``files`` is read here.
    """
    area_dir = Path(area_dir)
    where = str(area_dir / "MANIFEST.json")
    manifest = read_json_object(area_dir / "MANIFEST.json", "asset manifest")
    files = manifest.get("files")
    if not isinstance(files, dict):
        raise AttestError(f"{where} has no \"files\" table of SHA-256 hashes")
    digest = files.get(filename)
    if not isinstance(digest, str) or len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
        raise AttestError(f"{filename} is not listed with a SHA-256 in {where}")
    return digest


def load_manifest_weights(area_dir: str | Path, filename: str) -> dict[str, torch.Tensor]:
    """Load bundled weights ``area_dir/filename``, refused unless they match ``area_dir/MANIFEST.json``."""
    area_dir = Path(area_dir)
    return load_safetensors(area_dir / filename, expected_sha256=bundled_sha256(area_dir, filename))


# -- models ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LoadedModel:
    module: Any  # torch.nn.Module
    sha256: str
    kind: str  # "huggingface" | "safetensors+factory"
    description: str
    path: str


def load_factory(spec: str) -> Any:
    """Import ``FILE.py:FACTORY`` (the user's own code, named explicitly) and return the callable."""
    if ":" not in spec:
        raise AttestError(f"--model-code must look like FILE.py:FACTORY, got {spec!r}")
    file_part, _, func_name = spec.rpartition(":")
    file_path = Path(file_part)
    if file_path.suffix != ".py" or not file_path.is_file():
        raise AttestError(f"model code file {file_part!r} does not exist or is not a .py file")
    mod_name = "attest_user_model_" + hashlib.sha1(str(file_path.resolve()).encode()).hexdigest()[:10]
    module_spec = importlib.util.spec_from_file_location(mod_name, file_path)
    if module_spec is None or module_spec.loader is None:
        raise AttestError(f"cannot import {file_part}")
    module = importlib.util.module_from_spec(module_spec)
    sys.modules[mod_name] = module
    try:
        module_spec.loader.exec_module(module)
    except Exception as exc:
        raise AttestError(f"{file_path.name} failed to import: {type(exc).__name__}: {exc}") from None
    factory = getattr(module, func_name, None)
    if not callable(factory):
        raise AttestError(f"{file_path.name} has no callable named {func_name!r}")
    return factory


def load_model(path: str | Path, model_code: str | None = None) -> LoadedModel:
    """Load a model for auditing, in eval mode, on the CPU.

    ``path`` is a local Hugging Face folder (config.json + *.safetensors) or a ``.safetensors`` file
    whose architecture comes from ``model_code`` = ``FILE.py:FACTORY``.
    """
    import torch

    path = Path(path)
    if not path.exists():
        raise AttestError(f"model {path} does not exist")
    if path.is_dir():
        return _load_hf_folder(path)
    refuse_pickle_path(path)
    if path.suffix != ".safetensors":
        raise AttestError(f"{path.name}: a model is a Hugging Face folder or a .safetensors file")
    state = load_safetensors(path)
    if not model_code:
        raise AttestError(
            f"{path.name} holds weights only: name its architecture with --model-code FILE.py:FACTORY"
        )
    factory = load_factory(model_code)
    try:
        module = factory()
    except Exception as exc:
        raise AttestError(f"{model_code} raised {type(exc).__name__}: {exc}") from None
    if not isinstance(module, torch.nn.Module):
        raise AttestError(f"{model_code} did not return a torch.nn.Module")
    try:
        result = module.load_state_dict(state, strict=False)
    except RuntimeError as exc:
        first = str(exc).splitlines()[1:2] or [str(exc)]
        raise AttestError(f"{path.name} does not fit {model_code}: {first[0].strip()}") from None
    if result.missing_keys or result.unexpected_keys:
        missing = ", ".join(result.missing_keys[:3])
        extra = ", ".join(result.unexpected_keys[:3])
        raise AttestError(
            f"{path.name} does not fit {model_code}: missing [{missing}] unexpected [{extra}]"
        )
    module.eval()
    return LoadedModel(module, sha256_file(path), "safetensors+factory", f"{model_code} <- {path.name}", str(path))


def check_hf_folder(folder: Path) -> tuple[dict[str, Any], list[Path], str]:
    """A local Hugging Face folder's config, weight files and combined digest; refuses custom code and
    pickle-only weights, and checks every safetensors header, before transformers reads anything."""
    config_path = folder / "config.json"
    if not config_path.is_file():
        raise AttestError(f"{folder} is not a Hugging Face model folder (no config.json)")
    config = read_json_object(config_path, "model config")
    if "auto_map" in config or config.get("trust_remote_code"):
        raise AttestError(
            f"{folder.name} asks to run custom code from its folder (auto_map); Attest never runs "
            "code shipped with a model — supply the architecture with --model-code instead"
        )
    weights = sorted(folder.glob("*.safetensors"))
    if not weights:
        if any(p.suffix in PICKLE_SUFFIXES for p in folder.iterdir()):
            raise AttestError(f"{folder.name} has only pickle weights: {_PICKLE_WHY}")
        raise AttestError(f"{folder.name} has no .safetensors weights")
    for w in weights:
        check_safetensors_header(w)
    h = hashlib.sha256()
    for w in weights + [config_path]:
        h.update(sha256_file(w).encode())
    return config, weights, h.hexdigest()


def _load_hf_folder(folder: Path) -> LoadedModel:
    config, _weights, digest = check_hf_folder(folder)
    import os

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    arch = [a for a in config.get("architectures") or [] if isinstance(a, str)]
    if any(a.endswith("ForSequenceClassification") for a in arch):
        raise AttestError(f"{folder.name} is a text classifier ({arch[0]}): give --data a .txt or .jsonl file "
                          "of texts")
    try:
        from transformers import AutoModelForImageClassification

        module = AutoModelForImageClassification.from_pretrained(
            str(folder), use_safetensors=True, trust_remote_code=False, local_files_only=True
        )
    except Exception as exc:
        first = (str(exc).splitlines() or [type(exc).__name__])[0][:200]
        raise AttestError(f"{folder.name}: transformers could not load it as an image classifier "
                          f"({type(exc).__name__}: {first})") from None
    module.eval()
    label = f"{config.get('model_type', '?')} from {folder.name}"
    return LoadedModel(module, digest, "huggingface", label, str(folder))


# -- images ------------------------------------------------------------------------------------


def open_image(path: str | Path, max_pixels: int = DEFAULT_MAX_PIXELS, mode: str = "RGB") -> Image.Image:
    """Open an image safely and return it decoded, upright, as 8-bit data in ``mode``.

    The format is sniffed from the content (the extension may lie) and must be in the allow-list;
    the pixel count is checked from the header before decoding. Animated files give their first frame.
    Whatever the file's own mode, the pixels are first brought to 8 bits per channel
    (:func:`_to_8bit`), then converted to ``mode``:

    * 16-bit grey (``I;16``, ``I;16B``...) is scaled by its range, ``round(v * 255 / 65535)``
      (= ``v / 257``), so it keeps its tones instead of clipping to white; 32-bit ``I`` is read as
      16-bit data when its values fit in 0..65535 (what a PNG holds) and is otherwise scaled by the
      image's own maximum; float ``F`` is read as 0..1 when its maximum is at most 1, else as 0..255
      (NaN reads 0); negative values read 0. 16-bit RGB(A) PNGs are reduced to 8 bits by Pillow itself
      (the high byte), which is within one level of ``v / 257``.
    * Transparency (``RGBA``, ``LA``, ``La``, ``RGBa``, ``PA``, a palette or grey or RGB ``tRNS``) is
      composited onto mid-grey (128, 128, 128) -- the background nearest to any other -- unless
      ``mode`` itself keeps alpha (``RGBA``, ``LA``...). The blend is exact integer arithmetic,
      ``(c * a + 128 * (255 - a) + 127) // 255``, so the result is the same on every machine.
    * CMYK (JPEG) is converted with its embedded ICC profile to sRGB (relative colorimetric) when it
      carries a usable CMYK profile, else with Pillow's ``R = (255 - C)(255 - K) / 255`` rule. Pillow
      decodes every CMYK JPEG with Adobe's inverted polarity; a CMYK JPEG without an Adobe (APP14)
      marker stores plain values, so it is inverted back first.
    * The EXIF orientation (or XMP ``tiff:Orientation``) is applied, so a photo taken sideways loads
      upright; a corrupt EXIF block leaves the pixels as stored.
    """
    from PIL import Image, UnidentifiedImageError

    path = Path(path)
    if not path.is_file():
        raise AttestError(f"{path}: no such image file")
    if path.stat().st_size == 0:
        raise AttestError(f"{path.name} is empty (0 bytes)")
    # Pillow's own global limit stays untouched (threads share it); our limit is checked from the
    # header, and Pillow's warning above its limit becomes an error.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # corrupt-EXIF and palette notes: handled here
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with Image.open(path, formats=IMAGE_FORMATS) as img:
                w, h = img.size
                if w * h > max_pixels:
                    raise AttestError(
                        f"{path.name} is {w}x{h} pixels, over the limit of {max_pixels:,}: "
                        "refused as a possible decompression bomb"
                    )
                img.load()
                _apply_exif_orientation(img)
                out = _to_8bit(img, keep_alpha=_has_alpha(mode))
                if out.mode != mode:
                    out = out.convert(mode)
        except AttestError:
            raise
        except UnidentifiedImageError:
            raise AttestError(
                f"{path.name} is not a supported image (allowed: {', '.join(IMAGE_FORMATS)})"
            ) from None
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
            raise AttestError(f"{path.name} is too large ({exc}): refused as a possible decompression bomb") from None
        except (OSError, SyntaxError, ValueError) as exc:
            raise AttestError(f"{path.name} is truncated or corrupt ({exc})") from None
    return out


_BACKGROUND = 128  # mid-grey: what transparent pixels are composited onto
_EIGHT_BIT_MODES = ("L", "RGB", "LA", "RGBA")
_CMYK_TRANSFORMS: dict[str, Any] = {}  # SHA-256 of an ICC profile -> its CMYK->sRGB transform, or None


def _has_alpha(mode: str) -> bool:
    return mode in ("LA", "La", "PA", "RGBA", "RGBa")


def _apply_exif_orientation(img: Image.Image) -> None:
    """Turn ``img`` upright in place from its EXIF/XMP orientation (``ImageOps.exif_transpose``)."""
    import contextlib

    from PIL import ImageOps

    with contextlib.suppress(Exception):  # orientation is metadata: a broken EXIF block must not cost the image
        ImageOps.exif_transpose(img, in_place=True)


def _to_8bit(img: Image.Image, keep_alpha: bool = False) -> Image.Image:
    """``img`` as 8-bit ``L`` or ``RGB`` (``LA``/``RGBA`` when ``keep_alpha`` and it has alpha);
    see :func:`open_image` for the rules."""
    import numpy as np
    from PIL import Image

    mode = img.mode
    transparent = "transparency" in img.info
    if mode in ("L", "RGB") and not transparent:
        return img
    if mode in ("LA", "RGBA") and keep_alpha:
        return img
    if mode.startswith("I") or mode == "F":
        arr = np.asarray(img)
        grey = _scale_to_uint8(arr, mode)
        trns = img.info.get("transparency")
        if isinstance(trns, int) and mode != "F":
            alpha = np.where(arr == trns, 0, 255).astype(np.uint8)
            return _finish_alpha(np.dstack([grey, alpha]), keep_alpha)
        return Image.fromarray(grey)
    if mode == "CMYK":
        return _cmyk_to_rgb(img)
    if mode == "1":
        return img.convert("L")
    if mode in ("LA", "La", "L"):  # L here has a tRNS grey value
        return _finish_alpha(np.asarray(img.convert("LA")), keep_alpha)
    if _has_alpha(mode) or (transparent and mode in ("P", "RGB")):
        return _finish_alpha(np.asarray(img.convert("RGBA")), keep_alpha)
    return img.convert("RGB")  # P without transparency, RGBX, YCbCr, LAB, HSV


def _scale_to_uint8(arr: Any, mode: str) -> Any:
    import numpy as np

    if mode == "F":
        v = arr.astype(np.float64)
        finite = np.isfinite(v)
        top = float(v[finite].max()) if finite.any() else 0.0
        if top <= 1.0:
            v = v * 255.0
        v = np.nan_to_num(v, nan=0.0, posinf=255.0, neginf=0.0)
        return np.rint(np.clip(v, 0.0, 255.0)).astype(np.uint8)
    v = np.clip(arr.astype(np.int64), 0, None)
    top = int(v.max()) if v.size else 0
    full = 65535 if top <= 65535 else top  # 16-bit data (every I;16 mode, and I as PNGs give it), else own max
    return ((v * 255 + full // 2) // full).astype(np.uint8)


def _finish_alpha(arr: Any, keep_alpha: bool) -> Image.Image:
    """An 8-bit H x W x (C + alpha) array: kept as it is, or composited onto mid-grey."""
    import numpy as np
    from PIL import Image

    if keep_alpha:
        return Image.fromarray(np.ascontiguousarray(arr, dtype=np.uint8))
    colour = arr[..., :-1].astype(np.uint32)
    alpha = arr[..., -1:].astype(np.uint32)
    out = (colour * alpha + _BACKGROUND * (255 - alpha) + 127) // 255
    out = out.astype(np.uint8)
    return Image.fromarray(out[..., 0] if out.shape[-1] == 1 else out)


def _cmyk_to_rgb(img: Image.Image) -> Image.Image:
    from PIL import ImageChops

    if img.format == "JPEG" and "adobe" not in img.info:
        img = ImageChops.invert(img)  # Pillow assumed Adobe's inverted polarity; this file has plain values
    profile = img.info.get("icc_profile")
    transform = _cmyk_transform(profile) if isinstance(profile, bytes) and profile else None
    if transform is not None:
        from PIL import ImageCms

        try:
            out = ImageCms.applyTransform(img, transform)
        except (ImageCms.PyCMSError, OSError, ValueError, TypeError):
            out = None
        if out is not None:
            return out
    return img.convert("RGB")


def _cmyk_transform(profile: bytes) -> Any:
    """A CMYK->sRGB transform from an embedded ICC profile (cached by its hash); None if unusable."""
    key = hashlib.sha256(profile).hexdigest()
    if key in _CMYK_TRANSFORMS:
        return _CMYK_TRANSFORMS[key]
    transform = None
    try:
        import io

        from PIL import ImageCms

        source = ImageCms.ImageCmsProfile(io.BytesIO(profile))
        if source.profile.xcolor_space.strip() == "CMYK":
            transform = ImageCms.buildTransform(
                source, ImageCms.createProfile("sRGB"), "CMYK", "RGB",
                renderingIntent=ImageCms.Intent.RELATIVE_COLORIMETRIC,
                flags=ImageCms.Flags.NOCACHE,  # no per-transform pixel cache: safe to share across threads
            )
    except Exception:  # a broken or foreign profile falls back to the plain conversion
        transform = None
    if len(_CMYK_TRANSFORMS) >= 8:
        _CMYK_TRANSFORMS.clear()
    _CMYK_TRANSFORMS[key] = transform
    return transform


def image_to_tensor(img: Image.Image) -> torch.Tensor:
    """A PIL image as a float tensor in [0, 1], CHW.

    ``L``, ``LA``, ``RGB`` and ``RGBA`` images give their channels as they are; any other mode (16-bit,
    float, palette, CMYK, bilevel...) is first brought to 8 bits as :func:`open_image` does, alpha kept.
    """
    import numpy as np
    import torch

    if img.mode not in _EIGHT_BIT_MODES:
        img = _to_8bit(img, keep_alpha=True)
    arr = np.asarray(img, dtype=np.uint8)
    if arr.ndim == 2:
        arr = arr[:, :, None]
    return torch.from_numpy(arr.copy()).permute(2, 0, 1).float().div_(255.0)


def load_image_tensor(path: str | Path, size: tuple[int, int] | None = None, mode: str = "RGB") -> torch.Tensor:
    """Open an image safely; optionally resize to ``size`` = (height, width)."""
    img = open_image(path, mode=mode)
    if size is not None and (img.height, img.width) != tuple(size):
        from PIL import Image

        img = img.resize((size[1], size[0]), Image.Resampling.BILINEAR)
    return image_to_tensor(img)


def list_images(folder: str | Path, recursive: bool = False) -> list[Path]:
    """The image files (by extension) of ``folder``, sorted.

    By default only the folder's own files are listed (symlinked files included). With
    ``recursive=True`` its subfolders are walked too; the result is sorted by path, component by
    component; names starting with "." (hidden files and folders) are skipped, and symlinked folders
    are never entered, so a link cannot lead out of the tree or round in a loop.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise AttestError(f"{folder} is not a folder")
    try:
        if recursive:
            files = sorted(_walk_images(folder))
        else:
            files = sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in IMAGE_SUFFIXES)
    except OSError as exc:
        where = exc.filename or folder
        raise AttestError(f"{where}: cannot list the folder ({exc.strerror or exc})") from None
    if not files:
        inside = " or its subfolders" if recursive else ""
        raise AttestError(f"{folder} contains no images (PNG, JPEG, WEBP or BMP){inside}")
    return files


def _walk_images(folder: Path) -> list[Path]:
    import os

    found: list[Path] = []
    with os.scandir(folder) as it:
        entries = sorted(it, key=lambda e: e.name)
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir(follow_symlinks=False):
            found += _walk_images(folder / entry.name)
        elif entry.is_file() and Path(entry.name).suffix.lower() in IMAGE_SUFFIXES:
            found.append(folder / entry.name)
    return found


def load_image_folder(
    folder: str | Path, size: tuple[int, int] | None = None, mode: str = "RGB", limit: int | None = None
) -> tuple[torch.Tensor, list[Path]]:
    """All images of a folder as one NCHW tensor; without ``size`` they must share one size."""
    import torch

    files = list_images(folder)
    if limit is not None:
        files = files[:limit]
    tensors = [load_image_tensor(p, size=size, mode=mode) for p in files]
    shapes = {tuple(t.shape) for t in tensors}
    if len(shapes) > 1:
        raise AttestError(
            f"images in {folder} differ in size or channels ({', '.join(sorted(map(str, shapes))[:3])}); "
            "resize them to one size"
        )
    return torch.stack(tensors), files
