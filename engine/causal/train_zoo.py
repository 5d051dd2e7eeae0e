"""Train small versions of the zoo's standard architectures on real photographs (deterministic, CPU).

    python -m engine.causal.train_zoo [--out assets/causal/zoo] [--steps N | --steps NAME=N,NAME=N]
                                      [--only resnet18,convnext,vit] [--seed 0] [--threads 2]

The causal audit needs trained networks to audit: random weights have no consistent mechanism. The task
is two classes of 32x32 RGB crops of scikit-learn's two sample photographs, "china" (0) and "flower" (1)
(see ``crops``): training crops come from the left 70% of each photograph, test crops from the right 30%,
so the test accuracy is measured on pixels no model has seen.

The models are ``zoo.resnet18``, ``zoo.convnext`` and ``zoo.hf_vit`` at the sizes in ``BUILDERS``, trained
with AdamW (lr 2e-3 with cosine decay to 0, weight decay 1e-4), batch 64, a fixed number of steps, fresh
crops every step from one seeded generator (random scale, position and horizontal flip are the only
augmentation), BatchNorm in train mode during training; the saved weights are those of the last step.

Writes ``<out>/<name>.safetensors`` and ``<out>/MANIFEST.json`` in the bundled-asset format that
``engine.loading.bundled_sha256`` reads::

    {"files": {"resnet18.safetensors": SHA256, ...},
     "recipe": {"command": the one command that reproduces every listed file,
                "steps": {name: steps}, "seconds": {name: seconds}, "test_accuracy": {name: accuracy},
                "builders": {name: {"fn": "resnet18", "kwargs": {...}}},
                "hyperparameters": {...}, "task": ..., "seed": ..., "threads": ..., "torch": torch.__version__}}

``--only`` retrains some models and keeps the other entries of an existing manifest (when it was made with
the same seed and thread count). ``load_zoo_model`` rebuilds a model from its ``builders`` entry and loads
its weights only after their SHA-256 matched the manifest.

Training is deterministic for one torch build on one CPU with one thread count: rerunning the command
gives the same bytes there; another build may round differently and give other weights of the same
behaviour (compare ``test_accuracy``).
"""

from __future__ import annotations

import argparse
import json
import math
import shlex
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from core.errors import AttestError

__all__ = ["BUILDERS", "CLASSES", "ZOO_DIR", "crops", "evaluate", "load_zoo_model", "train", "train_model",
           "zoo_names"]

ROOT = Path(__file__).resolve().parents[2]
ZOO_DIR = ROOT / "assets" / "causal" / "zoo"

CLASSES = ("china", "flower")  # class index = position; the photographs zoo.SAMPLE_PHOTOGRAPHS names
TRAIN_FRACTION = 0.7  # train crops lie in the left 70% of each photograph, test crops in the right 30%
SCALE = (0.15, 0.6)  # crop side as a fraction of the photograph's shorter side
SIZE = 32
TASK = ("2 classes, china (0) vs flower (1): square 32x32 RGB crops in [0, 1] of scikit-learn's sample "
        "photographs china.jpg and flower.jpg, side 0.15-0.6 of the shorter side (at most the split's width), "
        "random position, random horizontal flip, Pillow bilinear resize; train crops from the left 70% of "
        "each photograph, test crops from the right 30%")

BATCH = 64
LR = 2e-3
WEIGHT_DECAY = 1e-4
SEED = 0
THREADS = 2
TEST_CROPS = 1024  # the recorded test accuracy: this many test crops ...
TEST_SEED = 1  # ... drawn with this seed

# name -> (zoo function, keyword arguments); the manifest records these and load_zoo_model reads them back
BUILDERS: dict[str, tuple[str, dict[str, Any]]] = {
    "resnet18": ("resnet18", {"num_classes": 2, "in_channels": 3, "width": 8, "seed": SEED}),
    "convnext": ("convnext", {"num_classes": 2, "in_channels": 3, "depths": [1, 1, 2, 1], "dims": [8, 16, 32, 64],
                              "seed": SEED}),
    "vit": ("hf_vit", {"num_classes": 2, "image_size": 32, "patch_size": 4, "hidden": 32, "layers": 2,
                       "heads": 2, "mlp": 64, "channels": 3, "seed": SEED}),
}
DEFAULT_STEPS = {"resnet18": 300, "convnext": 300, "vit": 300}
_FUNCTIONS = ("resnet18", "convnext", "hf_vit")  # the only zoo functions a manifest may name


# ------------------------------------------------------------------------------------------------- data


def _draw(rng: np.random.Generator, n: int, size: int, split: str) -> tuple[np.ndarray, np.ndarray]:
    """``n`` crops (n, size, size, 3) float32 in [0, 1] and labels (n,) int64, balanced, from ``rng``."""
    from PIL import Image

    from .zoo import _sample_photographs

    if split not in ("train", "test"):
        raise ValueError(f"split must be 'train' or 'test', not {split!r}")
    photos = _sample_photographs()  # china.jpg, flower.jpg: the order of CLASSES
    labels = rng.permutation(np.arange(n, dtype=np.int64) % len(CLASSES))
    out = np.empty((n, size, size, 3), dtype=np.float32)
    for i, cls in enumerate(labels):
        img = photos[int(cls)]
        w, h = img.size
        cut = int(round(TRAIN_FRACTION * w))
        x0, x1 = (0, cut) if split == "train" else (cut, w)
        side = round(rng.uniform(*SCALE) * min(w, h))
        side = max(1, min(side, x1 - x0, h))
        left = x0 + int(rng.integers(0, x1 - x0 - side + 1))
        top = int(rng.integers(0, h - side + 1))
        crop = img.crop((left, top, left + side, top + side)).resize((size, size), Image.Resampling.BILINEAR)
        arr = np.asarray(crop, dtype=np.float32) / 255.0
        if rng.random() < 0.5:
            arr = arr[:, ::-1]
        out[i] = arr
    return out, labels


def crops(n: int, size: int = SIZE, seed: int = 0, split: str = "train") -> tuple[Any, Any]:
    """``n`` seeded crops of the task (see ``TASK``): x, a float32 tensor (n, 3, size, size) in [0, 1], and
    y, an int64 tensor (n,) with as many 0 (china) as 1 (flower) (one more 0 when n is odd), shuffled.
    Each crop is a square of side 0.15-0.6 times the photograph's shorter side (cut to the split's width),
    at a random position inside the split (``"train"``: the left 70% of the photograph; ``"test"``: the
    right 30%), resized with Pillow's bilinear filter, flipped left-right with probability 1/2. The same
    arguments give the same crops; the two splits draw from different streams."""
    import torch

    if n < 0 or size < 1:
        raise ValueError("n must be >= 0 and size >= 1")
    split_index = {"train": 0, "test": 1}.get(split)
    if split_index is None:
        raise ValueError(f"split must be 'train' or 'test', not {split!r}")
    x, y = _draw(np.random.default_rng([seed, split_index]), n, size, split)
    return torch.from_numpy(x).permute(0, 3, 1, 2).contiguous(), torch.from_numpy(y)


# ------------------------------------------------------------------------------------------------ models


def _build(fn: str, kwargs: dict[str, Any]) -> Any:
    from . import zoo

    if fn not in _FUNCTIONS:
        raise AttestError(f"unknown zoo architecture {fn!r} (known: {', '.join(_FUNCTIONS)})")
    return getattr(zoo, fn)(**kwargs)


def _logits(model: Any, x: Any) -> Any:
    out = model(x)
    return getattr(out, "logits", out)  # Hugging Face models return an output object


def evaluate(model: Any, n: int = TEST_CROPS, seed: int = TEST_SEED, batch: int = 256) -> float:
    """Accuracy of ``model`` (put in eval mode) on ``n`` test crops drawn with ``seed``."""
    import torch

    x, y = crops(n, seed=seed, split="test")
    model.eval()
    correct = 0
    with torch.no_grad():
        for i in range(0, n, batch):
            correct += int((_logits(model, x[i:i + batch]).argmax(1) == y[i:i + batch]).sum())
    return correct / max(n, 1)


def train_model(name: str, steps: int, seed: int = SEED, threads: int = THREADS) -> tuple[Any, dict[str, Any]]:
    """Train the zoo model ``name`` for ``steps`` steps on ``threads`` CPU threads (the caller's thread count
    is restored afterwards); return it in eval mode and ``{"steps", "seconds", "test_accuracy", "final_loss"}``."""
    import torch

    if name not in BUILDERS:
        raise ValueError(f"unknown zoo model {name!r} (known: {', '.join(BUILDERS)})")
    if steps < 1:
        raise ValueError("steps must be >= 1")
    previous_threads = torch.get_num_threads()
    torch.set_num_threads(threads)
    try:
        return _train(name, steps, seed)
    finally:
        torch.set_num_threads(previous_threads)


def _train(name: str, steps: int, seed: int) -> tuple[Any, dict[str, Any]]:
    import torch
    import torch.nn.functional as F

    torch.manual_seed(seed)
    fn, kwargs = BUILDERS[name]
    model = _build(fn, {**kwargs, "seed": seed})
    opt = torch.optim.AdamW(model.parameters(), lr=LR, weight_decay=WEIGHT_DECAY)
    rng = np.random.default_rng([seed, 0])  # the training stream: one batch after the other
    start = time.perf_counter()
    model.train()
    loss = torch.zeros(())
    for step in range(steps):
        for group in opt.param_groups:
            group["lr"] = LR * 0.5 * (1.0 + math.cos(math.pi * step / steps))
        xb, yb = _draw(rng, BATCH, SIZE, "train")
        x = torch.from_numpy(xb).permute(0, 3, 1, 2).contiguous()
        loss = F.cross_entropy(_logits(model, x), torch.from_numpy(yb))
        opt.zero_grad(set_to_none=True)
        loss.backward()
        opt.step()
    seconds = time.perf_counter() - start
    model.eval()
    info = {"steps": steps, "seconds": round(seconds, 1), "test_accuracy": round(evaluate(model), 4),
            "final_loss": round(float(loss.detach()), 4)}
    return model, info


# ----------------------------------------------------------------------------------------------- assets


def _shown(path: Path) -> str:
    try:
        return str(Path(path).resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


def _command(out: Path, steps: dict[str, int], seed: int, threads: int) -> str:
    args = ["--out", _shown(out), "--steps", ",".join(f"{k}={v}" for k, v in steps.items()),
            "--only", ",".join(steps), "--seed", str(seed), "--threads", str(threads)]
    return shlex.join(["python", "-m", "engine.causal.train_zoo", *args])


def train(out: Path = ZOO_DIR, steps: dict[str, int] | None = None, only: Sequence[str] | None = None,
          seed: int = SEED, threads: int = THREADS) -> dict[str, Any]:
    """Train the models ``only`` names (default all) for ``steps[name]`` steps (default ``DEFAULT_STEPS``),
    save them into ``out`` and write its MANIFEST.json; return the manifest."""
    import torch

    from core.fileio import atomic_write_text
    from engine.loading import read_json_object, save_safetensors

    names = list(only) if only else list(BUILDERS)
    for name in names:
        if name not in BUILDERS:
            raise ValueError(f"unknown zoo model {name!r} (known: {', '.join(BUILDERS)})")
    steps = {name: int((steps or {}).get(name, DEFAULT_STEPS[name])) for name in names}
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)

    keys = ("steps", "seconds", "test_accuracy", "builders")
    files: dict[str, str] = {}
    recipe: dict[str, Any] = {k: {} for k in keys}
    manifest_path = out / "MANIFEST.json"
    if manifest_path.exists():  # keep what --only does not retrain, when it was trained the same way
        old = read_json_object(manifest_path, "asset manifest")
        old_recipe = old.get("recipe", {})
        if old_recipe.get("seed") == seed and old_recipe.get("threads") == threads:
            for name in BUILDERS:
                fname = f"{name}.safetensors"
                if name not in names and fname in old.get("files", {}) and (out / fname).is_file() \
                        and all(name in old_recipe.get(k, {}) for k in keys):
                    files[fname] = old["files"][fname]
                    for k in keys:
                        recipe[k][name] = old_recipe[k][name]

    for name in names:
        model, info = train_model(name, steps[name], seed, threads)
        fname = f"{name}.safetensors"
        files[fname] = save_safetensors({k: v.detach().contiguous() for k, v in model.state_dict().items()},
                                        out / fname)
        fn, kwargs = BUILDERS[name]
        recipe["steps"][name] = info["steps"]
        recipe["seconds"][name] = info["seconds"]
        recipe["test_accuracy"][name] = info["test_accuracy"]
        recipe["builders"][name] = {"fn": fn, "kwargs": {**kwargs, "seed": seed}}
        print(f"{name}: {info}", flush=True)

    order = [n for n in BUILDERS if f"{n}.safetensors" in files]
    all_steps = {n: recipe["steps"][n] for n in order}
    manifest = {
        "files": {f"{n}.safetensors": files[f"{n}.safetensors"] for n in order},
        "recipe": {
            "command": _command(out, all_steps, seed, threads),
            "steps": all_steps,
            "seconds": {n: recipe["seconds"][n] for n in order},
            "test_accuracy": {n: recipe["test_accuracy"][n] for n in order},
            "test_set": {"split": "test", "n": TEST_CROPS, "seed": TEST_SEED},
            "builders": {n: recipe["builders"][n] for n in order},
            "hyperparameters": {"optimizer": "adamw", "lr": LR, "schedule": "cosine to 0", "weight_decay":
                                WEIGHT_DECAY, "batch": BATCH, "size": SIZE, "scale": list(SCALE),
                                "train_fraction": TRAIN_FRACTION},
            "task": TASK,
            "seed": seed,
            "threads": threads,
            "torch": torch.__version__,
        },
    }
    atomic_write_text(manifest_path, json.dumps(manifest, indent=2) + "\n")
    return manifest


def _manifest(folder: Path) -> dict[str, Any]:
    from engine.loading import read_json_object

    return read_json_object(folder / "MANIFEST.json", "asset manifest")


def zoo_names(folder: str | Path | None = None) -> list[str]:
    """The trained models ``folder`` (default ``ZOO_DIR``) ships: those its manifest lists with both a
    file hash and a builder."""
    manifest = _manifest(Path(folder) if folder is not None else ZOO_DIR)
    files = manifest.get("files", {})
    builders = manifest.get("recipe", {}).get("builders", {})
    return [n for n in builders if f"{n}.safetensors" in files] if isinstance(builders, dict) else []


def load_zoo_model(name: str, folder: str | Path | None = None) -> Any:
    """The trained zoo model ``name`` from ``folder`` (default ``ZOO_DIR``), in eval mode: its architecture
    built from the manifest's ``builders`` entry, its weights loaded (strictly) only after the file's
    SHA-256 matched the manifest; other bytes raise ``AttestError``."""
    from engine.loading import load_manifest_weights

    folder = Path(folder) if folder is not None else ZOO_DIR
    manifest = _manifest(folder)
    builders = manifest.get("recipe", {}).get("builders", {})
    entry = builders.get(name) if isinstance(builders, dict) else None
    if not isinstance(entry, dict) or not isinstance(entry.get("kwargs"), dict):
        known = ", ".join(zoo_names(folder)) or "none"
        raise AttestError(f"{folder / 'MANIFEST.json'} lists no zoo model {name!r} (known: {known})")
    state = load_manifest_weights(folder, f"{name}.safetensors")  # hash checked before any tensor is read
    model = _build(str(entry.get("fn")), entry["kwargs"])
    try:
        model.load_state_dict(state, strict=True)
    except RuntimeError as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise AttestError(f"{name}.safetensors does not fit its recorded architecture ({first})") from None
    return model.eval()


# -------------------------------------------------------------------------------------------------- CLI


def _parse_steps(text: str | None) -> dict[str, int] | None:
    if text is None:
        return None
    if "=" not in text:
        return dict.fromkeys(BUILDERS, int(text))
    out = {}
    for part in text.split(","):
        key, _, value = part.partition("=")
        out[key.strip()] = int(value)
    return out


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="python -m engine.causal.train_zoo",
                                 description="Train the small zoo models (china vs flower photographs)")
    ap.add_argument("--out", type=Path, default=ZOO_DIR)
    defaults = ",".join(f"{k}={v}" for k, v in DEFAULT_STEPS.items())
    ap.add_argument("--steps", default=None, help=f"N for every model, or NAME=N,... (default {defaults})")
    ap.add_argument("--only", default=None, help=f"comma-separated subset of {','.join(BUILDERS)}")
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--threads", type=int, default=THREADS)
    return ap


def main(argv: list[str] | None = None) -> int:
    a = build_parser().parse_args(argv)
    only = [s.strip() for s in a.only.split(",") if s.strip()] if a.only else None
    manifest = train(a.out, _parse_steps(a.steps), only, a.seed, a.threads)
    print(json.dumps(manifest["recipe"], indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
