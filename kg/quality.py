"""Quality on a labelled development set: per-label precision / recall / F1, macro-F1, confusion."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from core.errors import AttestError

from .verify import LABELS, Verifier


def load_devset(path: str | Path) -> list[dict[str, Any]]:
    """JSON Lines (one ``{"text", "label", ...}`` per line) or a JSON list."""
    p = Path(path)
    raw = p.read_text(encoding="utf-8")
    if raw.lstrip().startswith("["):
        rows = json.loads(raw)
    else:
        rows = [json.loads(line) for line in raw.splitlines() if line.strip()]
    for r in rows:
        if r.get("label") not in LABELS or not isinstance(r.get("text"), str):
            raise AttestError(f"{p}: every row needs a text and a label in {', '.join(LABELS)}")
    return rows


def scores(gold: Sequence[str], pred: Sequence[str]) -> dict[str, Any]:
    """Per-label P/R/F1, macro-F1, accuracy and the confusion matrix (rows gold, columns predicted)."""
    confusion = {g: {p: 0 for p in LABELS} for g in LABELS}
    for g, p in zip(gold, pred, strict=False):
        confusion[g][p] += 1
    per: dict[str, dict[str, float | int]] = {}
    f1s = []
    for lab in LABELS:
        tp = confusion[lab][lab]
        fp = sum(confusion[g][lab] for g in LABELS if g != lab)
        fn = sum(confusion[lab][p] for p in LABELS if p != lab)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        per[lab] = {"precision": round(prec, 4), "recall": round(rec, 4), "f1": round(f1, 4), "support": tp + fn}
        f1s.append(f1)
    acc = sum(g == p for g, p in zip(gold, pred, strict=False)) / max(1, len(gold))
    return {"n": len(gold), "macro_f1": round(sum(f1s) / len(f1s), 4), "accuracy": round(acc, 4),
            "per_label": per, "confusion": confusion, "labels": list(LABELS)}


def evaluate(verifier: Verifier, rows: list[dict[str, Any]], job: Any | None = None) -> dict[str, Any]:
    """Verify every dev-set claim as one stand-alone sentence and score the labels."""
    gold, pred, errors = [], [], []
    for i, r in enumerate(rows):
        res = verifier.verify_sentence(r["text"])
        gold.append(r["label"])
        pred.append(res.label)
        if res.label != r["label"]:
            errors.append({"text": r["text"], "gold": r["label"], "pred": res.label,
                           "explanation": res.explanation})
        if job is not None:
            job.progress(i + 1, len(rows), "dev set")
    out = scores(gold, pred)
    out["errors"] = errors
    return out
