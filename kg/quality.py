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


def combine(labels: Sequence[str]) -> str:
    """The label of a text from the labels of its claims: contradictory if any claim is; else
    attributable if all are; else no_attribution if none of them is attributed; else extrapolatory."""
    if not labels:
        return "no_attribution"
    if "contradictory" in labels:
        return "contradictory"
    if all(lab == "attributable" for lab in labels):
        return "attributable"
    if all(lab == "no_attribution" for lab in labels):
        return "no_attribution"
    return "extrapolatory"


def predict(verifier: Verifier, row: dict[str, Any], document: bool = False) -> tuple[str, Any]:
    """The verifier's label for one labelled row and the result behind it.

    ``document=False`` reads ``text`` as one claim. ``document=True`` reads ``context`` + ``text`` as a
    document (segmentation, coreference), and combines the labels of the claims inside ``text``."""
    if not document:
        res = verifier.verify_sentence(row["text"])
        return res.label, res
    context = (row.get("context") or "").strip()
    doc = f"{context} {row['text']}" if context else row["text"]
    lo = len(doc) - len(row["text"])
    result = verifier.verify_text(doc)
    inside = [c for c in result.claims if c.end > lo]
    return combine([c.label for c in inside]), inside


def evaluate(verifier: Verifier, rows: list[dict[str, Any]], job: Any | None = None,
             document: bool = False) -> dict[str, Any]:
    """Verify every labelled row and score the labels (see :func:`predict` for ``document``)."""
    gold, pred, errors = [], [], []
    for i, r in enumerate(rows):
        label, res = predict(verifier, r, document)
        gold.append(r["label"])
        pred.append(label)
        if label != r["label"]:
            claims = res if isinstance(res, list) else [res]
            errors.append({"text": r["text"], "gold": r["label"], "pred": label, "id": r.get("id"),
                           "explanation": " | ".join(f"[{c.label}] {c.resolved}: {c.explanation}" for c in claims)})
        if job is not None:
            job.progress(i + 1, len(rows), "dev set")
    out = scores(gold, pred)
    out["errors"] = errors
    return out
