"""Image post-processing: WOUAF's training augmentations and the evaluation attack suite.

All functions take and return NCHW float tensors in [0, 1]. Training augmentations are
differentiable; JPEG uses a straight-through estimator, ``x + (jpeg(x) - x).detach()``, as
Stable Signature does, so no differentiable JPEG is needed.
"""

from __future__ import annotations

import functools
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


# Rec.601 luma weights (the Y of YIQ / YCbCr).
_LUMA = (0.299, 0.587, 0.114)


def luma(x: torch.Tensor) -> torch.Tensor:
    """Per-pixel Rec.601 luma [N, 1, H, W]."""
    r, g, b = x[:, 0:1], x[:, 1:2], x[:, 2:3]
    return _LUMA[0] * r + _LUMA[1] * g + _LUMA[2] * b


def saturation(x: torch.Tensor, factor: float | torch.Tensor) -> torch.Tensor:
    """Scale the chroma around each pixel's luma (0: grey, 1: unchanged); grey pixels stay as they are."""
    y = luma(x)
    return (y + (x - y) * factor).clamp(0, 1)


# RGB -> YIQ (NTSC 1953, the FCC's coefficients); the inverse is computed, so the round trip is exact.
_YIQ = ((0.299, 0.587, 0.114), (0.595716, -0.274453, -0.321263), (0.211456, -0.522591, 0.311135))


def hue_rotate(x: torch.Tensor, turns: float | torch.Tensor) -> torch.Tensor:
    """Rotate the hue by ``turns`` of a full turn: a rotation of the chroma plane (I, Q) of YIQ.

    Luma is kept; a grey image is unchanged. Differentiable in ``x``.
    """
    m = torch.tensor(_YIQ, dtype=torch.float64)
    m_inv = torch.linalg.inv(m)
    a = torch.as_tensor(turns, dtype=torch.float64) * (2 * math.pi)
    cos, sin = torch.cos(a), torch.sin(a)
    rot = torch.eye(3, dtype=torch.float64)
    rot[1, 1], rot[1, 2], rot[2, 1], rot[2, 2] = cos, -sin, sin, cos
    t = (m_inv @ rot @ m).to(x.dtype).to(x.device)
    return torch.einsum("oc,nchw->nohw", t, x).clamp(0, 1)


def gamma(x: torch.Tensor, g: float | torch.Tensor, eps: float = 1e-6) -> torch.Tensor:
    """``x ** g`` (g < 1 brightens the shadows, g > 1 darkens them); ``eps`` keeps the gradient finite at 0."""
    return x.clamp(eps, 1.0) ** g


def median_filter(x: torch.Tensor, size: int = 3) -> torch.Tensor:
    """Median over each ``size`` x ``size`` window (edges padded by reflection); same size out."""
    r = size // 2
    xp = F.pad(x, (r, r, r, r), mode="reflect")
    if size == 3:  # a 19-exchange selection network over the 9 shifted views: ~2.5x faster than sorting
        h, w = x.shape[-2:]
        v = [xp[..., i:i + h, j:j + w] for i in range(3) for j in range(3)]
        for a, b in _MEDIAN9:
            v[a], v[b] = torch.minimum(v[a], v[b]), torch.maximum(v[a], v[b])
        return v[4]
    win = xp.unfold(2, size, 1).unfold(3, size, 1)  # [N, C, H, W, size, size]
    return win.reshape(*win.shape[:4], -1).median(dim=-1).values


# Compare-exchange pairs that leave the median of 9 values in position 4 (sort the three triples, then
# select among the maxima of the minima, the medians, and the minima of the maxima).
_MEDIAN9 = ((1, 2), (4, 5), (7, 8), (0, 1), (3, 4), (6, 7), (1, 2), (4, 5), (7, 8), (0, 3), (5, 8), (4, 7),
            (3, 6), (1, 4), (2, 5), (4, 7), (4, 2), (6, 4), (4, 2))


def unsharp_mask(x: torch.Tensor, amount: float = 1.0, sigma: float = 1.0) -> torch.Tensor:
    """``x + amount * (x - gaussian_blur(x, sigma))``, clamped."""
    return (x + amount * (x - gaussian_blur(x, sigma))).clamp(0, 1)


def hflip(x: torch.Tensor) -> torch.Tensor:
    """Horizontal mirror."""
    return torch.flip(x, dims=[-1])


def crop_corner(x: torch.Tensor, keep_area: float) -> torch.Tensor:
    """Keep ``keep_area`` of the area anchored at the top-left corner, NOT resized back (the output is smaller)."""
    h, w = x.shape[-2:]
    f = math.sqrt(keep_area)
    return x[..., :max(1, round(h * f)), :max(1, round(w * f))]


def translate(x: torch.Tensor, dx: int, dy: int) -> torch.Tensor:
    """Move the content ``dx`` px right and ``dy`` px down (negative: left / up), same size.

    The rows and columns pushed out are dropped; the side uncovered is filled by reflection.
    """
    h, w = x.shape[-2:]
    dx, dy = int(dx), int(dy)
    if abs(dx) >= w or abs(dy) >= h:
        raise ValueError(f"shift ({dx}, {dy}) is not smaller than the image ({w} x {h})")
    if dx == 0 and dy == 0:
        return x
    kept = x[..., max(0, -dy):h - max(0, dy), max(0, -dx):w - max(0, dx)]
    pad = (max(0, dx), max(0, -dx), max(0, dy), max(0, -dy))  # left, right, top, bottom
    # Reflection needs a pad smaller than the part kept; replicate beyond that (only for tiny images).
    mode = "reflect" if max(pad[0], pad[1]) < kept.shape[-1] and max(pad[2], pad[3]) < kept.shape[-2] else "replicate"
    return F.pad(kept, pad, mode=mode)


def screenshot(x: torch.Tensor, scale: float = 1.5, quality: int = 85, border: int = 5) -> torch.Tensor:
    """A screenshot of a displayed image: bicubic upscale by ``scale``, JPEG, then ``border`` px cropped
    from every side. The output is larger than the input: ``round(scale * H) - 2 * border`` rows."""
    h, w = x.shape[-2:]
    up = F.interpolate(x, size=(round(h * scale), round(w * scale)), mode="bicubic", align_corners=False)
    out = jpeg(up.clamp(0, 1), quality)
    return out[..., border:out.shape[-2] - border, border:out.shape[-1] - border]


@functools.lru_cache(maxsize=16)
def _logo_patch(ph: int, pw: int) -> np.ndarray:
    """A deterministic opaque logo [ph, pw, 3] in [0, 1]: a coloured rounded rectangle with text on a
    dark ground, drawn with PIL (the ground fills the rounded corners, so every pixel is covered)."""
    from PIL import ImageDraw, ImageFont
    im = Image.new("RGB", (pw, ph), (24, 24, 32))
    d = ImageDraw.Draw(im)
    inset = max(1, min(ph, pw) // 12)
    d.rounded_rectangle((inset, inset, pw - 1 - inset, ph - 1 - inset), radius=max(1, min(ph, pw) // 4),
                        fill=(230, 90, 30), outline=(255, 220, 60), width=max(1, inset // 2))
    size = max(6, ph // 3)
    font = ImageFont.load_default(size=size)
    text = "LOGO"
    box = d.textbbox((0, 0), text, font=font)
    tx = (pw - (box[2] - box[0])) // 2 - box[0]
    ty = (ph - (box[3] - box[1])) // 2 - box[1]
    d.text((tx, ty), text, fill=(255, 255, 255), font=font)
    return np.asarray(im, dtype=np.float32) / 255.0


def logo_overlay(x: torch.Tensor, area: float = 0.2) -> torch.Tensor:
    """Paste an opaque logo covering ``area`` of the image in the bottom-right corner (half the width,
    ``area / 0.5`` of the height, as a banner); the same patch for every image of one size."""
    h, w = x.shape[-2:]
    pw = max(1, min(w, round(w * 0.5)))
    ph = max(1, min(h, round(area * h * w / pw)))
    patch = torch.from_numpy(_logo_patch(ph, pw)).permute(2, 0, 1).to(x.device, x.dtype)
    out = x.clone()
    out[..., h - ph:, w - pw:] = patch
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
    # Colour and tone.
    Attack("saturation0.5", "saturation", 0.5, lambda x, g: saturation(x, 0.5)),
    Attack("saturation1.5", "saturation", 1.5, lambda x, g: saturation(x, 1.5)),
    Attack("hue0.1", "hue", 0.1, lambda x, g: hue_rotate(x, 0.1)),
    Attack("gamma0.7", "gamma", 0.7, lambda x, g: gamma(x, 0.7, eps=0.0)),
    Attack("gamma1.4", "gamma", 1.4, lambda x, g: gamma(x, 1.4, eps=0.0)),
    # Filters.
    Attack("median3", "median", 3, lambda x, g: median_filter(x, 3)),
    Attack("unsharp", "unsharp", 1.0, lambda x, g: unsharp_mask(x, 1.0, 1.0)),
    # Editing. ``screenshot`` returns a larger image (round(1.5 H) - 10 rows), ``crop80_offcentre`` a
    # smaller one (the top-left 80 % of the area, not resized back); the others keep the size.
    Attack("logo20", "logo", 0.2, lambda x, g: logo_overlay(x, 0.2)),
    Attack("screenshot", "screenshot", 1.5, lambda x, g: screenshot(x, 1.5, 85, 5)),
    Attack("flip", "flip", 1.0, lambda x, g: hflip(x)),
    Attack("crop80_offcentre", "crop_offcentre", 0.8, lambda x, g: crop_corner(x, 0.8)),
    Attack("shift8", "shift", 8, lambda x, g: translate(x, 8, 8)),
)

ATTACKS_BY_NAME = {a.name: a for a in ATTACKS}
# The goals of the issue are stated on these.
GOAL_ATTACKS = ("jpeg70", "crop90", "blur1", "noise0.02", "brightness0.7", "brightness1.3")
# The goal list of issue 14 (not yet the one goals are checked on).
GOAL_ATTACKS_V2 = ("jpeg50", "webp60", "blur1", "noise0.02", "brightness0.7", "brightness1.3",
                   "contrast1.5", "saturation1.5", "hue0.1", "screenshot", "flip", "crop80_offcentre")


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
    x: torch.Tensor, p: float, strength: float = 1.0, rng: np.random.Generator | None = None,
    geometry: bool = False,
) -> torch.Tensor:
    """WOUAF-style augmentation: each kind applied to each sample with probability ``p``.

    ``strength`` in [0, 1] scales the magnitudes so a curriculum can ramp them up.

    ``geometry`` adds, each with probability ``p``: a horizontal flip, an off-centre crop keeping
    70-100 % of the area (resized back), an integer translation of up to 12 px (reflection padding),
    and colour jitter (saturation 0.6-1.5, hue +-0.08 of a turn, gamma 0.7-1.4). Without it the draws
    from ``rng`` and the output are exactly as before. Everything but the JPEG (straight-through) keeps
    gradients.
    """
    rng = rng or np.random.default_rng()
    if p <= 0 or x.shape[0] == 0:
        return x
    n = x.shape[0]
    s = float(np.clip(strength, 0.0, 1.0))
    out = []
    for i in range(n):
        xi = x[i:i + 1]
        if geometry:
            xi = _geometry_augment(xi, p, s, rng)
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
        if geometry:
            xi = _colour_jitter(xi, p, s, rng)
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


def _geometry_augment(x: torch.Tensor, p: float, s: float, rng: np.random.Generator) -> torch.Tensor:
    """Flip, off-centre crop (70-100 % of the area, resized back), translation by up to 12 px."""
    if rng.random() < p:
        x = hflip(x)
    if rng.random() < p:
        x = _random_crop(x, 1.0 - s * rng.uniform(0.0, 0.3), rng)
    if rng.random() < p:
        h, w = x.shape[-2:]
        lim_x, lim_y = min(12, (w - 1) // 2), min(12, (h - 1) // 2)
        dx = int(round(s * rng.integers(-lim_x, lim_x + 1)))
        dy = int(round(s * rng.integers(-lim_y, lim_y + 1)))
        x = translate(x, dx, dy)
    return x


def _colour_jitter(x: torch.Tensor, p: float, s: float, rng: np.random.Generator) -> torch.Tensor:
    """Saturation 0.6-1.5, hue +-0.08 of a turn, gamma 0.7-1.4 (each moved toward 1 / 0 by ``s``)."""
    if rng.random() < p:
        x = saturation(x, 1.0 + s * (rng.uniform(0.6, 1.5) - 1.0))
    if rng.random() < p:
        x = hue_rotate(x, s * rng.uniform(-0.08, 0.08))
    if rng.random() < p:
        x = gamma(x, 1.0 + s * (rng.uniform(0.7, 1.4) - 1.0), eps=1e-4)
    return x
