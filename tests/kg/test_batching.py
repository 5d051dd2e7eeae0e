"""A document's relation phrases go through the sentence model in a few batches (found by a dry run of
every claim), and that gives exactly the labels, scores and evidence of verifying the claims one by one."""

from __future__ import annotations

import pytest

from .conftest import ASSETS


def _fresh_vectors(monkeypatch):
    from kg import embed

    monkeypatch.setattr(embed, "_CACHE", {})


def test_a_document_is_embedded_in_batches_with_the_labels_of_one_by_one(monkeypatch):
    from kg import embed
    from kg.store import open_graphs
    from kg.verify import Verifier

    if not embed.available():
        pytest.skip("the sentence model is not installed")
    text = (ASSETS / "blind" / "register" / "claims.jsonl").read_text(encoding="utf-8")
    import json

    rows = [json.loads(line) for line in text.splitlines() if line.strip()][:60]
    doc = " ".join(r["text"] for r in rows)
    kg = open_graphs([ASSETS / "blind" / "register" / "register.ttl"], use_cache=False)

    calls: list[int] = []
    real = embed._embed_missing

    def counting(missing, *args, **kwargs):
        calls.append(len(missing))
        return real(missing, *args, **kwargs)

    monkeypatch.setattr(embed, "_embed_missing", counting)

    _fresh_vectors(monkeypatch)
    batched = Verifier(kg)
    batched.warm_up()
    calls.clear()
    result = batched.verify_text(doc)
    assert len(result.claims) >= 60
    # the predicate labels are embedded by warm_up; the document's phrases then take one batched call,
    # not one call per phrase (one-by-one took more than 50 here)
    assert len(calls) <= 2 and sum(calls) >= 40, calls

    _fresh_vectors(monkeypatch)
    single = Verifier(kg)
    single.warm_up()
    calls.clear()
    one_by_one = [single.verify_claim(c) for c in _segment(single, doc)]
    assert len(calls) > 20  # without the dry run each new phrase is a model call of its own
    assert [(c.label, round(c.score, 4), [e.to_dict() for e in c.evidence]) for c in result.claims] == \
        [(c.label, round(c.score, 4), [e.to_dict() for e in c.evidence]) for c in one_by_one]


def _segment(verifier, doc):
    from kg.claims import segment

    return segment(doc, verifier._mention_finder, verifier._fits)


def test_answers_are_kept_only_for_patterns_read_to_the_end(demo_kg):
    import pyoxigraph as ox

    kg = demo_kg
    subject = next(q.subject for q in kg.quads(None, None, None)
                   if isinstance(q.subject, ox.NamedNode) and len(list(kg.quads(q.subject, None, None))) >= 3)
    everything = list(kg.quads(subject, None, None))
    assert len(everything) >= 3
    # a reader that stops early must not leave a short answer behind for the next one
    it = kg.quads(subject, None, None, limit=None)
    next(it)
    it.close()
    kg._answers.clear()
    it = kg.quads(subject, None, None)
    next(it)
    it.close()
    assert list(kg.quads(subject, None, None)) == everything
    assert list(kg.quads(subject, None, None)) == everything  # from the memo now
    assert (subject, None, None, None) in kg._answers


def test_bfloat16_vectors_keep_the_float32_ones_direction(monkeypatch):
    """Where the CPU has native bfloat16, phrases are embedded under autocast; the vectors must stay
    within a cosine of 0.999 of float32's, and ATTEST_EMBED_FP32=1 must give float32 itself."""
    import numpy as np
    import torch

    from kg import embed

    if not embed.available():
        pytest.skip("the sentence model is not installed")
    phrases = ["was born in", "is headquartered in the city of", "'s paper on atomic constitution cites",
               "has a molecular weight of about", "the CSV file is roughly", "runs just over two hours"]
    monkeypatch.setenv("ATTEST_EMBED_FP32", "1")
    assert embed._bf16(torch) is False
    monkeypatch.setattr(embed, "_CACHE", {})
    exact = embed.embed(phrases)
    monkeypatch.delenv("ATTEST_EMBED_FP32")
    monkeypatch.setattr(embed, "_CACHE", {})
    fast = embed.embed(phrases)
    cos = np.sum(exact * fast, axis=1)
    assert cos.min() >= 0.999, cos
    if not embed._bf16(torch):
        assert np.allclose(exact, fast, atol=1e-6)
    # predicate labels (embedded once per graph, cached on disk) are always float32
    monkeypatch.setattr(embed, "_CACHE", {})
    assert np.allclose(embed.embed(phrases, exact=True), exact, atol=1e-6)
