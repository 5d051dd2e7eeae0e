"""A chunk of interventions is the stretch between two cancel checks: ``chunked`` shrinks chunks that take
longer than its budget, and the items and their order are the same whatever the chunk size."""

from __future__ import annotations

import time

from engine.causal import effects


def test_slow_chunks_shrink_under_the_budget_and_every_item_comes_once(monkeypatch):
    monkeypatch.setattr(effects, "CHUNK_BUDGET_S", 0.05)
    sizes: list[int] = []

    def slow(chunk):
        sizes.append(len(chunk))
        time.sleep(0.01 * len(chunk))  # 10 ms an item: 64 items would take 0.64 s
        return [x * 2 for x in chunk]

    out = list(effects.chunked(list(range(100)), 64, slow))
    assert sizes[0] == 64 and max(sizes[1:]) <= 5, sizes  # 0.05 s / 0.01 s an item
    assert [y for _, ys in out for y in ys] == [2 * x for x in range(100)]


def test_fast_chunks_keep_their_size():
    sizes: list[int] = []
    list(effects.chunked(list(range(256)), 64, lambda c: sizes.append(len(c)) or c))
    assert sizes == [64, 64, 64, 64]
