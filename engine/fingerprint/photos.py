"""Natural photographs that installed packages ship, for training and for checks nobody here made.

scikit-image's ``skimage.data`` and scikit-learn's ``load_sample_images`` carry a few photographs each
(no download). They are split once, by name: the autoencoder and the fingerprint train on ``TRAIN``;
``HELD_OUT`` is only ever used to test (false attributions on natural images, quality on covers).
Grey photographs are used as three equal channels.
"""

from __future__ import annotations

import functools

import numpy as np

TRAIN = ("astronaut", "chelsea", "hubble_deep_field", "immunohistochemistry", "retina", "china",
         "brick", "camera", "coins", "grass", "gravel", "moon", "page", "text")
HELD_OUT = ("rocket", "coffee", "flower", "clock")


def _load(name: str) -> np.ndarray:
    if name in ("china", "flower"):
        from sklearn.datasets import load_sample_image
        img = np.asarray(load_sample_image(f"{name}.jpg"))
    else:
        import skimage.data
        img = np.asarray(getattr(skimage.data, name)())
    if img.ndim == 2:
        img = np.repeat(img[..., None], 3, axis=2)
    return np.ascontiguousarray(img[..., :3].astype(np.uint8))


@functools.cache
def photo(name: str) -> np.ndarray:
    """One photograph as uint8 HWC RGB."""
    if name not in TRAIN + HELD_OUT:
        raise ValueError(f"unknown photograph {name!r}")
    return _load(name)


def random_view(img: np.ndarray, size: int, rng: np.random.Generator, min_scale: float = 0.3,
                max_scale: float = 1.0) -> np.ndarray:
    """A random square crop of ``img`` at a random scale, resized to ``size``, maybe mirrored: float32 CHW in [0, 1].

    The crop's side is between ``min_scale`` and ``max_scale`` times the image's shorter side."""
    from PIL import Image
    h, w = img.shape[:2]
    side = int(round(min(h, w) * rng.uniform(min_scale, max_scale)))
    side = max(side, 8)
    top = int(rng.integers(0, h - side + 1))
    left = int(rng.integers(0, w - side + 1))
    crop = Image.fromarray(img[top:top + side, left:left + side])
    if side != size:
        crop = crop.resize((size, size), Image.Resampling.BICUBIC if side < size else Image.Resampling.LANCZOS)
    a = np.asarray(crop, np.float32) / 255.0
    if rng.random() < 0.5:
        a = a[:, ::-1]
    return np.ascontiguousarray(a.transpose(2, 0, 1))


def views(names: tuple[str, ...], n: int, size: int, seed: int, min_scale: float = 0.3,
          max_scale: float = 1.0) -> np.ndarray:
    """``n`` random views [n, 3, size, size] of the named photographs, cycling through them."""
    rng = np.random.default_rng(seed)
    out = np.empty((n, 3, size, size), np.float32)
    for i in range(n):
        out[i] = random_view(photo(names[i % len(names)]), size, rng, min_scale, max_scale)
    return out


__all__ = ["HELD_OUT", "TRAIN", "photo", "random_view", "views"]
