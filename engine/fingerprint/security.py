"""Security attacks on a fingerprinted generator and on its published images.

An attacker who holds a user's exported generator (any ``nn.Module``; here an ``ImageDecoder`` whose
weights carry the user's scales) may edit its weights before generating: zero one module's weights
(:func:`module_surgery`), store it at lower precision (:func:`fp16_roundtrip`, :func:`int8_per_tensor`),
prune it (:func:`magnitude_prune`), or average it with a second user's (:func:`average_generators`,
collusion). Every function returns a new module and leaves its input untouched.

Image-side attacks: the copy attack (:func:`copy_residual`, :func:`paste_residual`) averages the
high-pass residuals of images published by one user and adds them to other images to frame that user;
:func:`regenerate` passes images through an unfingerprinted autoencoder; :func:`denoise` runs an
OpenCV denoiser. Images are float tensors [N, 3, H, W] in [0, 1].
"""

from __future__ import annotations

import copy
from collections.abc import Iterator

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

from .attacks import from_images, gaussian_blur, to_uint8_images
from .metrics import psnr_per_image, ssim_per_image


# -- attacks on the weights -----------------------------------------------------------------------
def _owns_parameters(m: nn.Module) -> bool:
    return next(m.parameters(recurse=False), None) is not None


def module_surgery(gen: nn.Module) -> Iterator[tuple[str, nn.Module]]:
    """For each module that directly owns parameters (Conv2d, Linear, GroupNorm, ...), in module order:
    (its qualified name, a deep copy of ``gen`` with exactly that module's own parameters zeroed).

    One copy is made per step, when the consumer asks for it; ``gen`` is not modified.
    """
    names = [n for n, m in gen.named_modules() if _owns_parameters(m)]
    for name in names:
        out = copy.deepcopy(gen)
        target = out.get_submodule(name)
        with torch.no_grad():
            for p in target.parameters(recurse=False):
                p.zero_()
        yield name, out


@torch.no_grad()
def fp16_roundtrip(gen: nn.Module) -> nn.Module:
    """A copy with every floating parameter and buffer rounded to float16 and back (same dtype as before)."""
    out = copy.deepcopy(gen)
    for t in [*out.parameters(), *out.buffers()]:
        if t.is_floating_point():
            t.copy_(t.half().to(t.dtype))
    return out


@torch.no_grad()
def int8_per_tensor(gen: nn.Module) -> nn.Module:
    """A copy with every floating parameter of >= 2 dims quantised to int8, symmetric per tensor, and back.

    ``scale = max|w| / 127``, ``w' = clamp(round(w / scale), -127, 127) * scale``, so ``|w' - w| <= scale / 2``.
    Biases and norm parameters (1-dim) are kept.
    """
    out = copy.deepcopy(gen)
    for p in out.parameters():
        if p.is_floating_point() and p.dim() >= 2:
            scale = p.abs().max() / 127.0
            if float(scale) > 0:
                p.copy_((p / scale).round().clamp(-127, 127) * scale)
    return out


@torch.no_grad()
def magnitude_prune(gen: nn.Module, fraction: float = 0.2) -> nn.Module:
    """A copy where, in every floating parameter of >= 2 dims, the ``round(fraction * numel)`` entries of
    smallest magnitude are set to zero (per tensor; biases and norms kept)."""
    if not 0.0 <= fraction <= 1.0:
        raise ValueError(f"fraction must be in [0, 1], not {fraction}")
    out = copy.deepcopy(gen)
    for p in out.parameters():
        if p.is_floating_point() and p.dim() >= 2:
            k = round(fraction * p.numel())
            if k > 0:
                flat = p.view(-1)
                idx = torch.argsort(flat.abs(), stable=True)[:k]
                flat[idx] = 0
    return out


@torch.no_grad()
def average_generators(a: nn.Module, b: nn.Module) -> nn.Module:
    """Collusion of two users: a copy of ``a`` holding the mean of the two state dicts.

    The two must have the same tensor names and shapes; non-floating entries are taken from ``a``.
    """
    sa, sb = a.state_dict(), b.state_dict()
    if sa.keys() != sb.keys():
        raise ValueError("the two generators have different tensors: "
                         + ", ".join(sorted(set(sa) ^ set(sb))[:5]))
    mean = {}
    for key, ta in sa.items():
        tb = sb[key]
        if ta.shape != tb.shape:
            raise ValueError(f"{key}: shapes {tuple(ta.shape)} and {tuple(tb.shape)} differ")
        mean[key] = (ta + tb.to(ta.device, ta.dtype)) / 2 if ta.is_floating_point() else ta.clone()
    out = copy.deepcopy(a)
    out.load_state_dict(mean)
    return out


# -- attacks on the images --------------------------------------------------------------------------
@torch.no_grad()
def copy_residual(images: torch.Tensor, sigma: float = 1.0) -> torch.Tensor:
    """The mean high-pass residual ``x - gaussian_blur(x, sigma)`` of published images (all one size),
    as [1, 3, H, W]: the copy attack's estimate of a user's fingerprint signal."""
    if images.dim() != 4 or images.shape[0] == 0:
        raise ValueError(f"expected images [N>0, C, H, W], got {tuple(images.shape)}")
    x = images.float()
    return (x - gaussian_blur(x, sigma)).mean(0, keepdim=True)


@torch.no_grad()
def paste_residual(targets: torch.Tensor, residual: torch.Tensor, gain: float = 1.0) -> torch.Tensor:
    """``targets + gain * residual``, clamped to [0, 1]; the residual is resized (bilinear) to the
    targets' size when it differs."""
    res = residual.to(targets.device, targets.dtype)
    if res.shape[-2:] != targets.shape[-2:]:
        res = F.interpolate(res, size=tuple(targets.shape[-2:]), mode="bilinear", align_corners=False)
    return (targets + gain * res).clamp(0, 1)


@torch.no_grad()
def regenerate(images: torch.Tensor, encoder: nn.Module, decoder: nn.Module, batch: int = 8,
               multiple: int = 8) -> torch.Tensor:
    """``decoder(encoder(x))`` through an unfingerprinted autoencoder, in batches.

    ``encoder`` maps images in [0, 1] to latents (an ``Encoder``), ``decoder`` latents to images in
    [0, 1] (an ``ImageDecoder``). Each image is padded (by reflection, or replication where it is too
    small) on the right and bottom to a multiple of ``multiple`` and the output cropped back, so the
    result has the input's size. Runs on the device of the encoder's parameters; returned on ``images``'.
    """
    if images.shape[0] == 0:
        return images.clone()
    h, w = images.shape[-2:]
    ph, pw = (-h) % multiple, (-w) % multiple
    dev = next(encoder.parameters()).device
    out = []
    for i in range(0, images.shape[0], max(1, batch)):
        x = images[i:i + batch].to(dev).float()
        if ph or pw:
            mode = "reflect" if ph < h and pw < w else "replicate"
            x = F.pad(x, (0, pw, 0, ph), mode=mode)
        y = decoder(encoder(x))[..., :h, :w]
        out.append(y.clamp(0, 1).to(images.device, images.dtype))
    return torch.cat(out)


def denoise(images: torch.Tensor, method: str = "nlmeans") -> torch.Tensor:
    """An OpenCV denoiser on 8-bit images: ``nlmeans`` (``fastNlMeansDenoisingColored``, h = hColor = 5,
    7 x 7 template, 21 x 21 search), ``median`` (3 x 3) or ``bilateral`` (d = 5, sigmas 75)."""
    import cv2
    if method not in ("nlmeans", "median", "bilateral"):
        raise ValueError(f"unknown denoising method {method!r}; known: nlmeans, median, bilateral")
    from PIL import Image
    out = []
    for im in to_uint8_images(images):
        rgb = np.ascontiguousarray(np.asarray(im))
        if method == "nlmeans":
            bgr = cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR)  # OpenCV's colour denoiser expects BGR
            res = cv2.cvtColor(cv2.fastNlMeansDenoisingColored(bgr, None, 5, 5, 7, 21), cv2.COLOR_BGR2RGB)
        elif method == "median":
            res = cv2.medianBlur(rgb, 3)
        else:
            res = cv2.bilateralFilter(rgb, 5, 75, 75)
        out.append(Image.fromarray(res))
    if not out:
        return images.clone()
    return from_images(out).to(images.device, images.dtype)


# -- quality --------------------------------------------------------------------------------------
def psnr_db(a: torch.Tensor, b: torch.Tensor) -> np.ndarray:
    """PSNR in dB of each image pair (:func:`engine.fingerprint.metrics.psnr_per_image`)."""
    return psnr_per_image(a, b)


def ssim(a: torch.Tensor, b: torch.Tensor) -> np.ndarray:
    """SSIM of each image pair (:func:`engine.fingerprint.metrics.ssim_per_image`)."""
    return ssim_per_image(a, b)


__all__ = ["average_generators", "copy_residual", "denoise", "fp16_roundtrip", "int8_per_tensor",
           "magnitude_prune", "module_surgery", "paste_residual", "psnr_db", "regenerate", "ssim"]
