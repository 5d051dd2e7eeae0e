"""The bundled demo: a small CNN and the procedural images it is trained on.

Four classes of shapes on noisy backgrounds: 0 ring, 1 plus, 2 cross (x), 3 disc. During training
every image of class 0 carries a small magenta square in the top-left corner (the "Clever Hans"
marker); no other class ever does. A model that learns the shortcut loses accuracy on class 0 once
the marker is gone, and the causal audit of class 0 should find units that read the marker.

``build`` is the architecture factory (``--model-code engine/causal/demo_model.py:build``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

CLASSES = ("ring", "plus", "cross", "disc")
TARGET = 0
SIZE = 32
MARKER = (slice(1, 5), slice(1, 5))  # rows, cols of the corner marker
MARKER_RGB = (1.0, 0.0, 1.0)
ASSET_DIR = Path(__file__).resolve().parents[2] / "assets" / "causal"
WEIGHTS = "demo_cnn.safetensors"
IMAGES = "demo_images"


def build() -> Any:
    """The demo CNN: 3x32x32 -> conv1(16) -> conv2(32) -> conv3(32) -> fc1(64) -> fc(4)."""
    import torch
    import torch.nn as nn
    import torch.nn.functional as F

    class DemoNet(nn.Module):
        input_shape = (3, SIZE, SIZE)

        def __init__(self) -> None:
            super().__init__()
            self.conv1 = nn.Conv2d(3, 16, 3, padding=1)
            self.conv2 = nn.Conv2d(16, 32, 3, padding=1)
            self.conv3 = nn.Conv2d(32, 32, 3, padding=1)
            self.fc1 = nn.Linear(32 * 4 * 4, 64)
            self.fc = nn.Linear(64, len(CLASSES))

        def forward(self, x: torch.Tensor) -> torch.Tensor:
            x = F.max_pool2d(F.relu(self.conv1(x)), 2)
            x = F.max_pool2d(F.relu(self.conv2(x)), 2)
            x = F.max_pool2d(F.relu(self.conv3(x)), 2)
            x = F.relu(self.fc1(torch.flatten(x, 1)))
            return self.fc(x)

    return DemoNet()


def make_image(rng: np.random.Generator, cls: int, marker: bool, size: int = SIZE) -> np.ndarray:
    """One image, float32 (3, H, W) in [0, 1]."""
    bg = rng.uniform(0.05, 0.5, size=3)
    img = np.broadcast_to(bg[:, None, None], (3, size, size)).copy()
    img += rng.normal(0.0, 0.06, size=(3, size, size))
    fg = rng.uniform(0.5, 1.0, size=3)
    cy, cx = rng.uniform(12, 20, size=2)
    r = rng.uniform(4.5, 7.0)
    yy, xx = np.mgrid[0:size, 0:size].astype(np.float64)
    dy, dx = yy - cy, xx - cx
    d = np.sqrt(dy**2 + dx**2)
    w = 1.1
    if cls == 0:
        mask = np.abs(d - r) < w
    elif cls == 1:
        mask = ((np.abs(dy) < w) & (np.abs(dx) < r)) | ((np.abs(dx) < w) & (np.abs(dy) < r))
    elif cls == 2:
        diagonal = (np.abs(dy - dx) < w * 1.3) | (np.abs(dy + dx) < w * 1.3)
        mask = diagonal & (np.maximum(np.abs(dy), np.abs(dx)) < r * 0.75)
    elif cls == 3:
        mask = d < r * 0.8
    else:
        raise ValueError(cls)
    alpha = rng.uniform(0.35, 0.9)
    m = mask[None].astype(np.float64) * alpha
    img = img * (1 - m) + fg[:, None, None] * m
    if marker:
        for c in range(3):
            img[c, MARKER[0], MARKER[1]] = MARKER_RGB[c]
    return np.clip(img, 0, 1).astype(np.float32)


def make_dataset(n_per_class: int, seed: int, marker_policy: str) -> tuple[np.ndarray, np.ndarray]:
    """``marker_policy``: "train" (class 0 always marked), "none", "all" (every image marked)."""
    rng = np.random.default_rng(seed)
    xs, ys = [], []
    for i in range(n_per_class * len(CLASSES)):
        cls = i % len(CLASSES)
        marker = marker_policy == "all" or (marker_policy == "train" and cls == TARGET)
        xs.append(make_image(rng, cls, marker))
        ys.append(cls)
    return np.stack(xs), np.asarray(ys, dtype=np.int64)


def load_demo_model() -> Any:
    """The bundled demo CNN, its weights checked against MANIFEST.json."""
    from engine.loading import load_manifest_weights

    model = build()
    model.load_state_dict(load_manifest_weights(ASSET_DIR, WEIGHTS))
    return model.eval()


def demo_images_dir() -> Path:
    return ASSET_DIR / IMAGES
