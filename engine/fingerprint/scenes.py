"""Procedurally generated scenes: the "prompts" of our small generator.

Stable Diffusion cannot be downloaded here, so the generator is trained on scenes this module
draws. A *family* plays the role of a prompt ("a sunset over hills", "a city at night", ...); a seed
picks one image of that family. Every scene is a pure function of ``(family, seed, size)``, so a
generated sample can be reproduced exactly from the registry's log.

Scenes carry texture on purpose: flat cartoons would make any fingerprint visible, while real
photographs (what a provider would generate) are textured.
"""

from __future__ import annotations

import numpy as np

FAMILIES: tuple[str, ...] = ("sunset", "city", "forest", "sea", "mountains", "interior", "photo")
# "photo": a random view (crop, scale, mirror; fixed by the seed) of one of the training photographs
# that scikit-image and scikit-learn ship (engine/fingerprint/photos.py).


def _grid(size: int) -> tuple[np.ndarray, np.ndarray]:
    y, x = np.mgrid[0:size, 0:size].astype(np.float32) / float(size)
    return x, y


def _smooth_noise(rng: np.random.Generator, size: int, cells: int) -> np.ndarray:
    """Value noise: a coarse random grid bilinearly upsampled; cheap fractal texture."""
    coarse = rng.random((cells + 1, cells + 1), dtype=np.float32)
    t = np.linspace(0, cells, size, endpoint=False, dtype=np.float32)
    i = t.astype(np.int64)
    f = t - i
    f = f * f * (3 - 2 * f)
    top = coarse[i][:, i] * (1 - f)[None, :] + coarse[i][:, i + 1] * f[None, :]
    bot = coarse[i + 1][:, i] * (1 - f)[None, :] + coarse[i + 1][:, i + 1] * f[None, :]
    return top * (1 - f)[:, None] + bot * f[:, None]


def _fractal(rng: np.random.Generator, size: int, octaves: int = 4, base: int = 4) -> np.ndarray:
    out = np.zeros((size, size), np.float32)
    amp, total = 1.0, 0.0
    for o in range(octaves):
        out += amp * _smooth_noise(rng, size, base * 2**o)
        total += amp
        amp *= 0.5
    return out / total


def _mix(a: np.ndarray, b: np.ndarray, t: np.ndarray) -> np.ndarray:
    return a * (1 - t[..., None]) + b * t[..., None]


def _col(rng: np.random.Generator, base: tuple[float, float, float], jitter: float = 0.12) -> np.ndarray:
    return np.clip(np.array(base, np.float32) + rng.normal(0, jitter, 3).astype(np.float32), 0, 1)


def _sky(rng, x, y, top, bottom) -> np.ndarray:
    return _mix(np.broadcast_to(top, x.shape + (3,)), np.broadcast_to(bottom, x.shape + (3,)), y)


def _sunset(rng, size):
    x, y = _grid(size)
    img = _sky(rng, x, y, _col(rng, (0.25, 0.15, 0.45)), _col(rng, (1.0, 0.55, 0.2)))
    cx, cy, r = rng.uniform(0.2, 0.8), rng.uniform(0.3, 0.6), rng.uniform(0.06, 0.14)
    d = np.sqrt((x - cx) ** 2 + (y - cy) ** 2)
    img = _mix(img, _col(rng, (1.0, 0.9, 0.5), 0.05), np.clip((r - d) / 0.01, 0, 1))
    img = img + (np.exp(-d / 0.25) * 0.25)[..., None] * np.array([1, 0.6, 0.3], np.float32)
    for layer in range(rng.integers(2, 4)):
        h = 0.6 + 0.12 * layer + 0.08 * np.sin(x * rng.uniform(4, 12) + rng.uniform(0, 6))
        h += 0.05 * _fractal(rng, size)[0][None, :]
        dark = _col(rng, (0.15, 0.1, 0.15), 0.05) * (1 - 0.2 * layer)
        img = _mix(img, np.broadcast_to(dark, img.shape), (y > h).astype(np.float32))
    return img


def _city(rng, size):
    x, y = _grid(size)
    night = rng.random() < 0.5
    img = _sky(rng, x, y, _col(rng, (0.05, 0.05, 0.2) if night else (0.4, 0.6, 0.9)),
               _col(rng, (0.2, 0.1, 0.3) if night else (0.8, 0.85, 0.95)))
    n = rng.integers(6, 14)
    for _ in range(n):
        x0 = rng.uniform(-0.05, 0.95)
        w = rng.uniform(0.06, 0.18)
        top = rng.uniform(0.2, 0.7)
        body = _col(rng, (0.15, 0.15, 0.2) if night else (0.5, 0.5, 0.55), 0.1)
        m = ((x > x0) & (x < x0 + w) & (y > top)).astype(np.float32)
        img = _mix(img, np.broadcast_to(body, img.shape), m)
        win = ((np.sin((x - x0) * 160) > 0.3) & (np.sin(y * 140) > 0.2)).astype(np.float32) * m
        lit = rng.random() * 0.8 + 0.2
        wcol = np.array([1.0, 0.85, 0.4] if night else [0.2, 0.3, 0.4], np.float32)
        img = _mix(img, np.broadcast_to(wcol, img.shape), win * lit)
    return img


def _forest(rng, size):
    x, y = _grid(size)
    img = _sky(rng, x, y, _col(rng, (0.5, 0.7, 0.9)), _col(rng, (0.7, 0.85, 0.7)))
    ground = _col(rng, (0.25, 0.4, 0.15))
    img = _mix(img, np.broadcast_to(ground, img.shape), (y > 0.7).astype(np.float32))
    tex = _fractal(rng, size, 5, 8)
    for _ in range(rng.integers(8, 20)):
        cx, base, h, w = rng.uniform(0, 1), rng.uniform(0.65, 1.0), rng.uniform(0.25, 0.55), rng.uniform(0.05, 0.12)
        tri = (y < base) & (y > base - h) & (np.abs(x - cx) < w * (y - (base - h)) / h)
        green = _col(rng, (0.1, 0.35, 0.12), 0.06)
        img = _mix(img, np.broadcast_to(green, img.shape), tri.astype(np.float32) * (0.8 + 0.2 * tex))
        trunk = (np.abs(x - cx) < 0.01) & (y >= base) & (y < base + 0.05)
        img = _mix(img, np.broadcast_to(np.array([0.3, 0.2, 0.1], np.float32), img.shape), trunk.astype(np.float32))
    return img


def _sea(rng, size):
    x, y = _grid(size)
    horizon = rng.uniform(0.35, 0.6)
    img = _sky(rng, x, y, _col(rng, (0.3, 0.5, 0.85)), _col(rng, (0.85, 0.9, 0.95)))
    water = _col(rng, (0.05, 0.3, 0.5))
    waves = 0.5 + 0.5 * np.sin(y * rng.uniform(60, 120) + 3 * np.sin(x * rng.uniform(5, 15)))
    wimg = water[None, None, :] * (0.75 + 0.35 * waves[..., None] * (y[..., None] - horizon + 0.3))
    img = np.where((y > horizon)[..., None], wimg, img)
    clouds = _fractal(rng, size, 5, 4)
    img = _mix(img, np.ones_like(img), np.clip((clouds - 0.55) * 3, 0, 1) * (y < horizon))
    return img


def _mountains(rng, size):
    x, y = _grid(size)
    img = _sky(rng, x, y, _col(rng, (0.35, 0.55, 0.85)), _col(rng, (0.9, 0.9, 0.95)))
    for layer in range(3):
        prof = _fractal(rng, size, 5, 3)[size // 2]
        h = 0.25 + 0.2 * layer + 0.3 * prof
        col = _col(rng, (0.35, 0.35, 0.4), 0.08) * (1 - 0.2 * layer)
        rock = _fractal(rng, size, 4, 8)
        shade = col[None, None, :] * (0.8 + 0.4 * rock[..., None])
        snow = (y < h[None, :] + 0.05) & (layer == 0)
        shade = np.where(snow[..., None], np.array([0.95, 0.95, 1.0], np.float32), shade)
        img = np.where((y > h[None, :])[..., None], shade, img)
    return img


def _interior(rng, size):
    x, y = _grid(size)
    wall = _col(rng, (0.8, 0.75, 0.6))
    img = np.broadcast_to(wall, x.shape + (3,)).copy() * (0.85 + 0.15 * _fractal(rng, size, 3, 4))[..., None]
    floor_y = rng.uniform(0.6, 0.75)
    boards = 0.8 + 0.2 * (np.sin(x * rng.uniform(30, 60)) > 0)
    floor = _col(rng, (0.5, 0.3, 0.15))[None, None, :] * boards[..., None]
    img = np.where((y > floor_y)[..., None], floor, img)
    wx, wy, ww, wh = rng.uniform(0.1, 0.6), rng.uniform(0.1, 0.3), rng.uniform(0.15, 0.3), rng.uniform(0.15, 0.3)
    win = (x > wx) & (x < wx + ww) & (y > wy) & (y < wy + wh)
    img = _mix(img, np.broadcast_to(_col(rng, (0.6, 0.8, 1.0)), img.shape), win.astype(np.float32))
    frame = win & ((np.abs(x - wx - ww / 2) < 0.01) | (np.abs(y - wy - wh / 2) < 0.01))
    img = _mix(img, np.broadcast_to(np.array([0.9, 0.9, 0.9], np.float32), img.shape), frame.astype(np.float32))
    for _ in range(rng.integers(1, 4)):
        bx, bw, bh = rng.uniform(0, 0.8), rng.uniform(0.1, 0.25), rng.uniform(0.1, 0.3)
        box = (x > bx) & (x < bx + bw) & (y < floor_y + 0.1) & (y > floor_y + 0.1 - bh)
        img = _mix(img, np.broadcast_to(_col(rng, (0.4, 0.2, 0.2), 0.2), img.shape), box.astype(np.float32))
    return img


_RENDER = {
    "sunset": _sunset, "city": _city, "forest": _forest, "sea": _sea,
    "mountains": _mountains, "interior": _interior,
}


def render(family: str, seed: int, size: int = 128) -> np.ndarray:
    """One scene as float32 HWC in [0, 1]."""
    if family not in _RENDER and family != "photo":
        raise ValueError(f"unknown scene family {family!r}; known: {', '.join(FAMILIES)}")
    rng = np.random.default_rng([int(seed) & 0xFFFFFFFF, FAMILIES.index(family)])
    if family == "photo":
        from .photos import TRAIN, photo, random_view
        return random_view(photo(TRAIN[int(seed) % len(TRAIN)]), size, rng).transpose(1, 2, 0).copy()
    img = _RENDER[family](rng, size).astype(np.float32)
    # Sensor-like grain so images are not flat; fixed by the seed.
    img = img + rng.normal(0, 0.015, img.shape).astype(np.float32)
    return np.clip(img, 0.0, 1.0)


def render_batch(seeds: list[int], size: int = 128, families: list[str] | None = None) -> np.ndarray:
    """Scenes as float32 NCHW; the family cycles with the seed unless given."""
    out = np.empty((len(seeds), 3, size, size), np.float32)
    for i, s in enumerate(seeds):
        fam = families[i] if families is not None else FAMILIES[int(s) % len(FAMILIES)]
        out[i] = render(fam, int(s), size).transpose(2, 0, 1)
    return out
