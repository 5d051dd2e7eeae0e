"""A verified graph is freed once nobody holds it: the app loads many graphs in one session."""

from __future__ import annotations

import gc
import weakref
from pathlib import Path

from kg import api

ASSETS = Path(__file__).resolve().parents[2] / "assets" / "kg"


def test_verifier_cache_does_not_keep_graphs_alive(tmp_path: Path) -> None:
    kg = api.load_graphs([ASSETS / "demo.ttl"], cache_dir=tmp_path / "cache")
    kg.wait_persisted()
    first = api.verify_document(kg, api.typed_document("Marie Curie was born in Warsaw."), use_embeddings=False)
    again = api.verify_document(kg, api.typed_document("Pierre Curie died in Paris."), use_embeddings=False)
    assert first.claims and again.claims
    assert len(kg.verifiers) == 1  # the second document reused the verifier built for the first
    ref = weakref.ref(kg)
    del kg, first, again
    gc.collect()
    assert ref() is None
