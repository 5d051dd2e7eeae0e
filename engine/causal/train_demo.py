"""Train the bundled demo CNN (deterministic, CPU, well under 3 minutes on 1-2 threads).

    python -m engine.causal.train_demo [--out assets/causal] [--epochs 8] [--per-class 600] [--seed 0]
                                       [--threads 1] [--demo-images 32]

Writes ``demo_cnn.safetensors``, ``MANIFEST.json``, ``TRAINING.json`` (accuracies with and without the
marker) and ``demo_images/`` (class-0 images with the marker, as the model saw them in training: the data
the demo audit runs on).

``MANIFEST.json`` follows the bundled-asset format that ``engine.loading.bundled_sha256`` reads::

    {"files": {"demo_cnn.safetensors": SHA256},
     "recipe": {"command": the one command that reproduces the files,
                "stages": [{"stage": "train", "command": ..., "hyperparameters": {every value training used}}],
                "seed": ..., "threads": ..., "seconds": ..., "torch": torch.__version__}}

Training is deterministic for one torch build on one CPU (same thread count, same kernels): rerunning
the command gives the same bytes there. Another torch version or CPU may round differently and give
other weights of the same behaviour; ``TRAINING.json`` holds the accuracies to compare.
"""

from __future__ import annotations

import argparse
import json
import shlex
import time
from pathlib import Path
from typing import Any

import numpy as np

from .demo_model import ASSET_DIR, CLASSES, IMAGES, TARGET, WEIGHTS, build, make_dataset

BATCH = 64
LR = 2e-3
ROOT = Path(__file__).resolve().parents[2]


def evaluate(model: Any, x: np.ndarray, y: np.ndarray) -> dict[str, float]:
    import torch

    with torch.no_grad():
        pred = model(torch.from_numpy(x)).argmax(dim=1).numpy()
    out = {"accuracy": float((pred == y).mean())}
    for c, name in enumerate(CLASSES):
        sel = y == c
        out[f"accuracy_{name}"] = float((pred[sel] == c).mean())
    out["predicted_as_target"] = float((pred == TARGET).mean())
    return out


def train(out_dir: Path, epochs: int = 8, n_per_class: int = 600, seed: int = 0, threads: int = 1,
          n_demo_images: int = 32) -> dict[str, Any]:
    import torch
    import torch.nn.functional as F

    from engine.loading import save_safetensors

    torch.set_num_threads(threads)
    torch.manual_seed(seed)
    t0 = time.perf_counter()
    xtr, ytr = make_dataset(n_per_class, seed + 1, "train")
    model = build()
    opt = torch.optim.Adam(model.parameters(), lr=LR)
    xt, yt = torch.from_numpy(xtr), torch.from_numpy(ytr)
    gen = torch.Generator().manual_seed(seed)
    for _epoch in range(epochs):
        model.train()
        perm = torch.randperm(len(yt), generator=gen)
        for i in range(0, len(perm), BATCH):
            idx = perm[i : i + BATCH]
            loss = F.cross_entropy(model(xt[idx]), yt[idx])
            opt.zero_grad()
            loss.backward()
            opt.step()
    model.eval()
    # test sets: as in training, without any marker, and with the marker on every image
    x_same, y_same = make_dataset(150, seed + 2, "train")
    x_none, y_none = make_dataset(150, seed + 2, "none")
    x_all, y_all = make_dataset(150, seed + 2, "all")
    report = {
        "seed": seed, "epochs": epochs, "train_images": int(len(ytr)), "threads": threads,
        "test_with_training_marker": evaluate(model, x_same, y_same),
        "test_marker_free": evaluate(model, x_none, y_none),
        "test_marker_on_every_image": evaluate(model, x_all, y_all),
    }
    out_dir.mkdir(parents=True, exist_ok=True)
    sha = save_safetensors(model.state_dict(), out_dir / WEIGHTS, metadata={"trained_by": "engine.causal.train_demo"})
    # demo images: class 0 with the marker, fresh seed
    from PIL import Image

    img_dir = out_dir / IMAGES
    img_dir.mkdir(exist_ok=True)
    for old in img_dir.glob("*.png"):
        old.unlink()
    rng = np.random.default_rng(seed + 3)
    from .demo_model import make_image

    for i in range(n_demo_images):
        arr = make_image(rng, TARGET, True)
        Image.fromarray((arr.transpose(1, 2, 0) * 255).round().astype(np.uint8)).save(img_dir / f"ring_{i:03d}.png")
    seconds = round(time.perf_counter() - t0, 1)
    report["seconds"] = seconds
    (out_dir / "TRAINING.json").write_text(json.dumps(report, indent=2) + "\n")
    hyper = {"epochs": epochs, "per_class": n_per_class, "seed": seed, "threads": threads,
             "demo_images": n_demo_images, "batch": BATCH, "lr": LR, "optimizer": "adam"}
    write_manifest(out_dir, sha, hyper, seconds, torch.__version__)
    return report


def _shown(path: Path) -> str:
    """``path`` as the command shows it: relative to the checkout when inside it."""
    path = Path(path).resolve()
    try:
        return str(path.relative_to(ROOT))
    except ValueError:
        return str(path)


def command(out_dir: Path, hyper: dict[str, Any]) -> str:
    """The shell command that trains these weights (``hyper`` as recorded by ``train``) into ``out_dir``."""
    args = ["--out", _shown(out_dir)]
    for flag, key in (("--epochs", "epochs"), ("--per-class", "per_class"), ("--seed", "seed"),
                      ("--threads", "threads"), ("--demo-images", "demo_images")):
        args += [flag, str(hyper[key])]
    return shlex.join(["python", "-m", "engine.causal.train_demo", *args])


def write_manifest(out_dir: Path, sha: str, hyper: dict[str, Any], seconds: float, torch_version: str) -> None:
    """``out_dir/MANIFEST.json``: the weights' SHA-256 and the recipe that made them (see the module docstring)."""
    from core.fileio import atomic_write_text

    cmd = command(out_dir, hyper)
    manifest = {
        "files": {WEIGHTS: sha},
        "recipe": {
            "command": cmd,
            "stages": [{"stage": "train", "command": cmd, "hyperparameters": hyper}],
            "seed": hyper["seed"], "threads": hyper["threads"], "seconds": seconds, "torch": torch_version,
            "reproduced_in_this_build": True,  # the files come from this very run
        },
    }
    atomic_write_text(out_dir / "MANIFEST.json", json.dumps(manifest, indent=2) + "\n")


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="python -m engine.causal.train_demo",
                                 description="Train the bundled Clever-Hans demo CNN")
    ap.add_argument("--out", type=Path, default=ASSET_DIR)
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--per-class", type=int, default=600)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--demo-images", type=int, default=32)
    return ap


def main(argv: list[str] | None = None) -> int:
    a = build_parser().parse_args(argv)
    rep = train(a.out, a.epochs, a.per_class, a.seed, a.threads, a.demo_images)
    print(json.dumps(rep, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
