"""Image post-processing: WOUAF's training augmentations and the evaluation attack suite.

All functions take and return NCHW float tensors in [0, 1]. Training augmentations are
differentiable; JPEG uses a straight-through estimator, ``x + (jpeg(x) - x).detach()``, as
Stable Signature does, so no differentiable JPEG is needed.
"""

from __future__ import annotations

import io
import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import torch
import torch.nn.functional as F
from PIL import Image


# -- primitives -------------------------------------------------------------------------------
def to_uint8_images(x: torch.Tensor) -> list[Image.Image]:
    arr = (x.detach().clamp(0, 1).permute(0, 2, 3, 1).cpu().numpy() * 255.0 + 0.5).astype(np.uint8)
    return [Image.fromarray(a) for a in arr]


def from_images(imgs: list[Image.Image]) -> torch.Tensor:
    arr = np.stack([np.asarray(im.convert("RGB"), dtype=np.float32) / 255.0 for im in imgs])
    return torch.from_numpy(arr).permute(0, 3, 1, 2).contiguous()


def jpeg(x: torch.Tensor, quality: int | list[int]) -> torch.Tensor:
    """Real JPEG round trip through Pillow (not differentiable)."""
    qs = quality if isinstance(quality, list) else [quality] * x.shape[0]
    out = []
    for im, q in zip(to_uint8_images(x), qs, strict=True):
        buf = io.BytesIO()
        im.save(buf, format="JPEG", quality=int(q))
        buf.seek(0)
        out.append(Image.open(buf).convert("RGB"))
    return from_images(out).to(x.device, x.dtype)


def webp(x: torch.Tensor, quality: int) -> torch.Tensor:
    """Real lossy WebP round trip through Pillow."""
    out = []
    for im in to_uint8_images(x):
        buf = io.BytesIO()
        im.save(buf, format="WEBP", quality=int(quality))
        buf.seek(0)
        out.append(Image.open(buf).convert("RGB"))
    return from_images(out).to(x.device, x.dtype)


def jpeg_st(x: torch.Tensor, quality: int | list[int]) -> torch.Tensor:
    """JPEG with a straight-through gradient."""
    return x + (jpeg(x, quality) - x).detach()


def center_crop_area(x: torch.Tensor, keep_area: float) -> torch.Tensor:
    """Keep the central ``keep_area`` of the area, resize back to the original size."""
    h, w = x.shape[-2:]
    f = math.sqrt(keep_area)
    ch, cw = max(1, round(h * f)), max(1, round(w * f))
    t, left = (h - ch) // 2, (w - cw) // 2
    crop = x[..., t:t + ch, left:left + cw]
    return F.interpolate(crop, size=(h, w), mode="bilinear", align_corners=False)


def resize_back(x: torch.Tensor, factor: float) -> torch.Tensor:
    h, w = x.shape[-2:]
    small = F.interpolate(x, scale_factor=factor, mode="bilinear", align_corners=False, antialias=True)
    return F.interpolate(small, size=(h, w), mode="bilinear", align_corners=False)


def rotate(x: torch.Tensor, degrees: float | torch.Tensor) -> torch.Tensor:
    """Rotate about the centre; the corners fill with black, as an image editor does."""
    n = x.shape[0]
    a = torch.as_tensor(degrees, dtype=x.dtype, device=x.device).expand(n) * (math.pi / 180.0)
    cos, sin = torch.cos(a), torch.sin(a)
    zero = torch.zeros_like(a)
    theta = torch.stack([torch.stack([cos, -sin, zero], 1), torch.stack([sin, cos, zero], 1)], 1)
    grid = F.affine_grid(theta, list(x.shape), align_corners=False)
    return F.grid_sample(x, grid, mode="bilinear", padding_mode="zeros", align_corners=False)


def gaussian_blur(x: torch.Tensor, sigma: float) -> torch.Tensor:
    if sigma <= 0:
        return x
    radius = max(1, int(math.ceil(3 * sigma)))
    t = torch.arange(-radius, radius + 1, dtype=x.dtype, device=x.device)
    k = torch.exp(-(t ** 2) / (2 * sigma ** 2))
    k = k / k.sum()
    c = x.shape[1]
    xp = F.pad(x, (radius, radius, radius, radius), mode="reflect")
    xp = F.conv2d(xp, k.view(1, 1, 1, -1).expand(c, 1, 1, -1), groups=c)
    return F.conv2d(xp, k.view(1, 1, -1, 1).expand(c, 1, -1, 1), groups=c)


def gaussian_noise(x: torch.Tensor, sigma: float, generator: torch.Generator | None = None) -> torch.Tensor:
    noise = torch.randn(x.shape, generator=generator, dtype=x.dtype, device=x.device)
    return (x + sigma * noise).clamp(0, 1)


def brightness(x: torch.Tensor, factor: float | torch.Tensor) -> torch.Tensor:
    return (x * factor).clamp(0, 1)


def contrast(x: torch.Tensor, factor: float | torch.Tensor) -> torch.Tensor:
    mean = x.mean(dim=(1, 2, 3), keepdim=True)
    return ((x - mean) * factor + mean).clamp(0, 1)


def erase(x: torch.Tensor, area: float, generator: torch.Generator | None = None) -> torch.Tensor:
    """Fill a random rectangle covering ``area`` of each image with grey."""
    out = x.clone()
    h, w = x.shape[-2:]
    side = math.sqrt(area)
    eh, ew = max(1, int(h * side)), max(1, int(w * side))
    for i in range(x.shape[0]):
        t = int(torch.randint(0, h - eh + 1, (1,), generator=generator))
        left = int(torch.randint(0, w - ew + 1, (1,), generator=generator))
        out[i, :, t:t + eh, left:left + ew] = 0.5
    return out


# -- the evaluation suite -----------------------------------------------------------------------
@dataclass(frozen=True)
class Attack:
    name: str
    family: str       # groups attacks of one kind for the accuracy-vs-strength plot
    strength: float   # the family's x axis
    fn: Callable[[torch.Tensor, torch.Generator], torch.Tensor]

    def __call__(self, x: torch.Tensor, seed: int = 0) -> torch.Tensor:
        g = torch.Generator().manual_seed(seed)
        return self.fn(x, g).clamp(0, 1)


def _combo(x: torch.Tensor, g: torch.Generator) -> torch.Tensor:
    return jpeg(brightness(center_crop_area(x, 0.9), 1.1), 80)


ATTACKS: tuple[Attack, ...] = (
    Attack("none", "none", 0.0, lambda x, g: x),
    Attack("jpeg90", "jpeg", 90, lambda x, g: jpeg(x, 90)),
    Attack("jpeg70", "jpeg", 70, lambda x, g: jpeg(x, 70)),
    Attack("jpeg50", "jpeg", 50, lambda x, g: jpeg(x, 50)),
    Attack("jpeg30", "jpeg", 30, lambda x, g: jpeg(x, 30)),
    Attack("webp60", "webp", 60, lambda x, g: webp(x, 60)),
    Attack("crop90", "crop", 0.9, lambda x, g: center_crop_area(x, 0.9)),
    Attack("crop50", "crop", 0.5, lambda x, g: center_crop_area(x, 0.5)),
    Attack("resize0.5", "resize", 0.5, lambda x, g: resize_back(x, 0.5)),
    Attack("rotate5", "rotate", 5, lambda x, g: rotate(x, 5.0)),
    Attack("rotate15", "rotate", 15, lambda x, g: rotate(x, 15.0)),
    Attack("blur1", "blur", 1.0, lambda x, g: gaussian_blur(x, 1.0)),
    Attack("blur2", "blur", 2.0, lambda x, g: gaussian_blur(x, 2.0)),
    Attack("noise0.02", "noise", 0.02, lambda x, g: gaussian_noise(x, 0.02, g)),
    Attack("noise0.05", "noise", 0.05, lambda x, g: gaussian_noise(x, 0.05, g)),
    Attack("brightness0.7", "brightness", 0.7, lambda x, g: brightness(x, 0.7)),
    Attack("brightness1.3", "brightness", 1.3, lambda x, g: brightness(x, 1.3)),
    Attack("contrast1.5", "contrast", 1.5, lambda x, g: contrast(x, 1.5)),
    Attack("erase10", "erase", 0.1, lambda x, g: erase(x, 0.1, g)),
    Attack("combo", "combo", 1.0, _combo),
)

ATTACKS_BY_NAME = {a.name: a for a in ATTACKS}
# The goals of the issue are stated on these.
GOAL_ATTACKS = ("jpeg70", "crop90", "blur1", "noise0.02", "brightness0.7", "brightness1.3")


def get_attacks(names: list[str] | None = None) -> list[Attack]:
    if not names:
        return list(ATTACKS)
    unknown = [n for n in names if n not in ATTACKS_BY_NAME]
    if unknown:
        from core.errors import AttestError
        raise AttestError(f"unknown attack(s) {', '.join(unknown)}; known: {', '.join(ATTACKS_BY_NAME)}")
    return [ATTACKS_BY_NAME[n] for n in names]


# -- training augmentation ------------------------------------------------------------------------
def train_augment(
    x: torch.Tensor, p: float, strength: float = 1.0, rng: np.random.Generator | None = None
) -> torch.Tensor:
    """WOUAF-style augmentation: each kind applied to each sample with probability ``p``.

    ``strength`` in [0, 1] scales the magnitudes so a curriculum can ramp them up.
    """
    rng = rng or np.random.default_rng()
    if p <= 0:
        return x
    n = x.shape[0]
    s = float(np.clip(strength, 0.0, 1.0))
    out = []
    for i in range(n):
        xi = x[i:i + 1]
        if rng.random() < p:  # crop 80-100% of the area (WOUAF pads 2-10%; crop is what users do)
            if rng.random() < 0.5:
                xi = center_crop_area(xi, 1.0 - s * rng.uniform(0.0, 0.25))
            else:
                xi = _random_crop(xi, 1.0 - s * rng.uniform(0, 0.25), rng)
        if rng.random() < p * 0.5:
            xi = rotate(xi, s * rng.uniform(-15, 15))
        if rng.random() < p * 0.5:
            xi = resize_back(xi, 1.0 - s * rng.uniform(0.0, 0.5))
        if rng.random() < p:
            xi = gaussian_blur(xi, s * rng.uniform(0.3, 2.0))
        if rng.random() < p:
            b = 1.0 + s * rng.uniform(-0.35, 0.35)
            xi = xi * b if rng.random() < 0.7 else contrast(xi, 1.0 + s * rng.uniform(-0.5, 0.6))
        if rng.random() < p:
            xi = xi + s * rng.uniform(0.0, 0.06) * torch.randn_like(xi)
        if rng.random() < p * 0.5:
            xi = erase(xi, s * rng.uniform(0.02, 0.15))
        xi = xi.clamp(0, 1)
        if rng.random() < p:
            xi = jpeg_st(xi, int(round(100 - s * rng.uniform(10, 55))))
        out.append(xi)
    return torch.cat(out, 0)


def _random_crop(x: torch.Tensor, keep_area: float, rng: np.random.Generator) -> torch.Tensor:
    h, w = x.shape[-2:]
    f = math.sqrt(keep_area)
    ch, cw = max(8, round(h * f)), max(8, round(w * f))
    t = int(rng.integers(0, h - ch + 1))
    left = int(rng.integers(0, w - cw + 1))
    return F.interpolate(x[..., t:t + ch, left:left + cw], size=(h, w), mode="bilinear", align_corners=False)
