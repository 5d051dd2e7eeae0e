"""Peer watermarks from the invisible-watermark package (``imwatermark``), on the same covers as ours.

Three methods, all run through the package's own ``WatermarkEncoder`` / ``WatermarkDecoder``:

* ``dwtDct``: one Haar DWT level of the U channel, 4x4 blocks of the approximation band, the largest AC
  coefficient of each block quantised (step 36) to carry one bit; bits repeat over the blocks.
* ``dwtDctSvd``: the same blocks, but the largest singular value of each block's DCT is quantised.
* ``rivaGan``: the RivaGAN encoder/decoder (Zhang et al. 2019) shipped inside the package as ONNX
  files; a fixed 32-bit payload. Its sessions are built once from those files, on one thread.

Images are uint8 HWC RGB here; the package works in BGR, so every call converts. The package refuses
images with fewer than 256*256 pixels; :func:`decode` returns all-zero bits for such an image (what a
coin would give on average: 0.5 expected bit accuracy) instead of failing, and :func:`decodable` says
which images those are. The dwt methods read bits from the block grid of the image as it is, so a crop
or a rescale moves the grid and their bits fall to chance; nothing here searches for it.

Module top level: stdlib and numpy only (the package pulls in torch, cv2 and pywt when first used).
"""

from __future__ import annotations

import os
import threading
import time
from typing import Any

import numpy as np

PEER_METHODS: tuple[str, ...] = ("dwtDct", "dwtDctSvd", "rivaGan")
MIN_PIXELS = 256 * 256  # the package's own floor: rows * cols must reach it
_BITS = {"dwtDct": 48, "dwtDctSvd": 48, "rivaGan": 32}
_RIVA_BITS = 32
_RIVA_FILES = ("rivagan_encoder.onnx", "rivagan_decoder.onnx")
_riva_lock = threading.Lock()
_riva_threads: int | None = None  # intra-op threads of the sessions we built; None until loaded


def _error(message: str) -> Exception:
    from core.errors import AttestError
    return AttestError(message)


def _check(method: str) -> None:
    if method not in PEER_METHODS:
        raise _error(f"unknown peer watermark method {method!r}; choose one of {', '.join(PEER_METHODS)}")


def peer_bits(method: str) -> int:
    """Payload length used for ``method``: 32 for rivaGan (fixed by its model), 48 for the dwt methods
    (matching our code length k; the dwt methods take any length the block grid can hold)."""
    _check(method)
    return _BITS[method]


def _package_dir() -> str | None:
    import importlib.util
    spec = importlib.util.find_spec("imwatermark")
    if spec is None or spec.origin is None:
        return None
    return os.path.dirname(spec.origin)


def available(method: str) -> str | None:
    """None when ``method`` can run here, else one line saying why not. Raises on an unknown name."""
    _check(method)
    try:
        import imwatermark  # noqa: F401
    except ImportError as e:
        return f"the invisible-watermark package (imwatermark) is not usable: {e}"
    if method == "rivaGan":
        try:
            import onnxruntime  # noqa: F401
        except ImportError:
            return "rivaGan needs onnxruntime, which is not installed"
        folder = _package_dir() or ""
        missing = [f for f in _RIVA_FILES if not os.path.isfile(os.path.join(folder, f))]
        if missing:
            return f"rivaGan model files missing from the imwatermark package: {', '.join(missing)}"
    return None


def _require(method: str) -> None:
    reason = available(method)
    if reason is not None:
        raise _error(reason)


def _load_riva() -> None:
    """Make the package's RivaGAN sessions ready, once per process.

    The package's ``loadModel()`` builds ``onnxruntime.InferenceSession`` objects with default options
    (one thread per core) and keeps them as class attributes, returning early when they are set. We build
    the same two sessions from the package's own files with ``intra_op_num_threads=1`` and put them there
    first, then call ``loadModel()``; sessions someone else already loaded are kept as they are."""
    global _riva_threads
    with _riva_lock:
        import imwatermark.rivaGan as riva_module
        from imwatermark import WatermarkDecoder, WatermarkEncoder
        from imwatermark.rivaGan import RivaWatermark
        if not (RivaWatermark.encoder and RivaWatermark.decoder):
            import onnxruntime as ort
            opts = ort.SessionOptions()
            opts.intra_op_num_threads = 1
            opts.inter_op_num_threads = 1
            folder = os.path.dirname(os.path.abspath(riva_module.__file__))
            enc, dec = (ort.InferenceSession(os.path.join(folder, f), opts, providers=["CPUExecutionProvider"])
                        for f in _RIVA_FILES)
            RivaWatermark.encoder, RivaWatermark.decoder = enc, dec
            _riva_threads = 1
        WatermarkEncoder.loadModel()  # no-op once the sessions are set
        WatermarkDecoder.loadModel()


def _as_rgb_u8(img: np.ndarray) -> np.ndarray:
    a = np.asarray(img)
    if a.dtype != np.uint8:
        a = np.clip(np.rint(a.astype(np.float64) * (255.0 if a.dtype.kind == "f" else 1.0)), 0, 255).astype(np.uint8)
    if a.ndim == 2:
        a = np.repeat(a[:, :, None], 3, axis=2)
    if a.ndim != 3 or a.shape[2] not in (1, 3, 4):
        raise _error(f"expected an HxWx3 RGB image, got shape {tuple(np.asarray(img).shape)}")
    if a.shape[2] == 1:
        a = np.repeat(a, 3, axis=2)
    return a[:, :, :3]


def _bgr(rgb: np.ndarray) -> np.ndarray:
    return np.ascontiguousarray(rgb[:, :, ::-1])


def _grid_blocks(h: int, w: int) -> int:
    """4x4 blocks in the half-resolution DWT band the dwt methods use: (H // 8) * (W // 8)."""
    return (h // 8) * (w // 8)


def decodable(shape: tuple[int, ...], method: str, k: int | None = None) -> bool:
    """Whether an image of ``shape`` (H, W, ...) can carry / yield ``k`` bits with ``method``: at least
    256*256 pixels (the package's floor) and, for the dwt methods, one block per bit at least."""
    _check(method)
    h, w = int(shape[0]), int(shape[1])
    if h * w < MIN_PIXELS:
        return False
    return method == "rivaGan" or _grid_blocks(h, w) >= (k if k is not None else _BITS[method])


def _check_k(method: str, k: int) -> None:
    if k < 1:
        raise _error(f"{method} needs at least one bit, got k={k}")
    if method == "rivaGan" and k != _RIVA_BITS:
        raise _error(f"rivaGan carries exactly {_RIVA_BITS} bits, got k={k}")


def embed(covers: list[np.ndarray], codes: np.ndarray, method: str) -> list[np.ndarray]:
    """Watermark each cover (uint8 HWC RGB) with its row of ``codes`` ([N, k] of 0/1) using ``method``;
    returns uint8 HWC RGB images of the covers' sizes. rivaGan needs k = 32. Raises AttestError on an
    unknown method, a missing dependency, mismatched inputs, or a cover too small for the package."""
    _check(method)
    codes = np.asarray(codes)
    if codes.ndim != 2 or len(codes) != len(covers):
        raise _error(f"codes must be [N, k] with N = {len(covers)} covers, got shape {codes.shape}")
    if codes.size and not np.isin(codes, (0, 1)).all():
        raise _error("codes must hold only 0 and 1")
    k = int(codes.shape[1])
    _check_k(method, k)
    _require(method)
    from imwatermark import WatermarkEncoder
    if method == "rivaGan":
        _load_riva()
    out = []
    for i, (img, code) in enumerate(zip(covers, codes, strict=True)):
        rgb = _as_rgb_u8(img)
        if not decodable(rgb.shape, method, k):
            raise _error(f"cover {i} ({rgb.shape[1]}x{rgb.shape[0]}) is too small for {method} with {k} bits: "
                         f"it needs at least {MIN_PIXELS} pixels" + ("" if method == "rivaGan" else
                                                                     f" and {k} blocks of 8x8 pixels"))
        enc = WatermarkEncoder()
        enc.set_watermark("bits", [int(b) for b in code])
        out.append(np.ascontiguousarray(np.asarray(enc.encode(_bgr(rgb), method), dtype=np.uint8)[:, :, ::-1]))
    return out


def decode(images: list[np.ndarray], method: str, k: int) -> np.ndarray:
    """Bits [N, k] (uint8) read from each image (uint8 HWC RGB, any size) with ``method``.

    An image the package cannot read (fewer than 256*256 pixels, or for the dwt methods fewer 8x8 blocks
    than bits) gives a row of zeros: chance-level bits, never an exception. Images of another size than
    the covers are read as they are (no resizing): the package has no way to find the original grid."""
    _check(method)
    k = int(k)
    _check_k(method, k)
    _require(method)
    out = np.zeros((len(images), k), np.uint8)
    todo = [i for i, im in enumerate(images) if decodable(np.asarray(im).shape, method, k)]
    if not todo:
        return out
    from imwatermark import WatermarkDecoder
    if method == "rivaGan":
        _load_riva()
    dec = WatermarkDecoder("bits", k)
    for i in todo:
        bits = np.asarray(dec.decode(_bgr(_as_rgb_u8(images[i])), method)).reshape(-1)
        out[i] = bits.astype(bool)[:k]
    return out


def _to_nchw(img: np.ndarray):
    import torch
    return torch.from_numpy(np.ascontiguousarray(_as_rgb_u8(img).transpose(2, 0, 1))).float().div(255.0)[None]


def measure(covers: list[np.ndarray], codes: np.ndarray, method: str) -> dict[str, Any]:
    """Embed ``codes`` into ``covers`` with ``method`` and report per-image PSNR (dB) and SSIM of the
    watermarked images against the covers, the clean bit accuracy, and embed / decode seconds per image
    (model loading excluded)."""
    from .metrics import psnr_per_image, ssim_per_image
    _check(method)
    codes = np.asarray(codes)
    _require(method)
    if method == "rivaGan":
        _load_riva()
    n = max(1, len(covers))
    t0 = time.perf_counter()
    marked = embed(covers, codes, method)
    t_embed = (time.perf_counter() - t0) / n
    k = int(codes.shape[1])
    t0 = time.perf_counter()
    bits = decode(marked, method, k)
    t_decode = (time.perf_counter() - t0) / n
    psnr, ssim = [], []
    for cover, img in zip(covers, marked, strict=True):
        a, b = _to_nchw(img), _to_nchw(cover)
        psnr.append(round(float(psnr_per_image(a, b)[0]), 3))
        ssim.append(round(float(ssim_per_image(a, b)[0]), 5))
    per_image_acc = (bits == codes.astype(np.uint8)).mean(1) if len(bits) else np.zeros(0)
    return {"method": method, "bits": k, "images": len(covers),
            "psnr": psnr, "ssim": ssim,
            "psnr_mean": round(float(np.mean(psnr)), 3) if psnr else None,
            "ssim_mean": round(float(np.mean(ssim)), 5) if ssim else None,
            "clean_bit_acc": round(float(per_image_acc.mean()), 4) if len(bits) else None,
            "clean_bit_acc_per_image": [round(float(x), 4) for x in per_image_acc],
            "embed_s_per_image": round(t_embed, 4), "decode_s_per_image": round(t_decode, 4),
            "onnx_threads": _riva_threads if method == "rivaGan" else None}
