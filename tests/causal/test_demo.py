"""The bundled Clever-Hans demo: the audit of class 0 surfaces the marker units, and their maps point
at the corner; the command line and the demo entry save a report of the documented shape."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import torch

from engine.causal.audit import AuditParams, run_audit
from engine.causal.demo_model import ASSET_DIR, TARGET, WEIGHTS, demo_images_dir, load_demo_model, make_image
from engine.causal.interventions import ModelRunner
from engine.causal.maps import corner_share
from engine.loading import load_image_folder

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def demo_audit():
    model = load_demo_model()
    x, _ = load_image_folder(demo_images_dir())
    result = run_audit(model, x, AuditParams(target=TARGET, samples=24, metrics=False))
    return model, result


def _marker_units(model, layer: str, k: int = 3) -> list[int]:
    """Units whose response changes most when only the marker is removed from the same image."""
    rng_a, rng_b = np.random.default_rng(11), np.random.default_rng(11)
    with_m = torch.from_numpy(np.stack([make_image(rng_a, TARGET, True) for _ in range(16)]))
    without = torch.from_numpy(np.stack([make_image(rng_b, TARGET, False) for _ in range(16)]))
    runner = ModelRunner(model, [layer])
    _, a, _ = runner.capture_many(with_m, [layer])
    _, b, _ = runner.capture_many(without, [layer])
    diff = (a[layer] - b[layer])
    dims = [d for d in range(diff.dim()) if d != 1]
    score = diff.mean(dim=dims)
    return torch.argsort(-score)[:k].tolist()


def test_bundled_weights_are_checked():
    manifest = json.loads((ASSET_DIR / "MANIFEST.json").read_text())
    assert WEIGHTS in manifest and len(manifest[WEIGHTS]) == 64
    training = json.loads((ASSET_DIR / "TRAINING.json").read_text())
    # the shortcut: near perfect with the marker, class 0 collapses without it
    assert training["test_with_training_marker"]["accuracy_ring"] > 0.9
    assert training["test_marker_free"]["accuracy_ring"] < 0.5
    assert len(list(demo_images_dir().glob("*.png"))) >= 24


def test_marker_units_surface_and_maps_point_at_the_corner(demo_audit):
    model, r = demo_audit
    ids = {n.id for n in r.nodes}
    for layer in ("conv3", "fc1"):
        marker = _marker_units(model, layer)
        found = [u for u in marker if f"{layer}:{u}" in ids]
        assert found, (layer, marker)
        for u in found:
            share = corner_share(r.node_maps[f"{layer}:{u}"])["top_left"]
            assert share > 0.5, (layer, u, share)  # the top-left 8x8 square is 1/16 of the image
    # the strongest supporting node of the last layer reads the corner too
    top = max((n for n in r.nodes if n.layer == "fc1"), key=lambda n: n.effect)
    m = r.node_maps[top.id]
    iy, ix = np.unravel_index(np.argmax(m), m.shape)
    assert iy < 8 and ix < 8


def test_cli_json_shape_and_saved_report(tmp_path):
    db = tmp_path / "a.db"
    proc = subprocess.run(
        [sys.executable, "main.py", "--db", str(db), "causal", "--model", str(ASSET_DIR / WEIGHTS),
         "--model-code", "engine/causal/demo_model.py:build", "--data", str(demo_images_dir()), "--target", "0",
         "--layers", "conv3,fc1", "--samples", "8", "--no-metrics", "--json"],
        capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert list(out) == ["target", "layers", "nodes", "edges", "metrics", "report_id"]
    assert out["target"] == 0 and out["layers"] == ["conv3", "fc1"]
    assert out["nodes"] and set(out["nodes"][0]) == {"id", "layer", "unit", "effect", "ci", "p_value"}
    assert out["edges"] and set(out["edges"][0]) == {"source", "target", "effect"}
    from engine.reports.store import ReportStore

    store = ReportStore(db)
    rep = store.get(out["report_id"])
    assert rep.kind == "causal"
    names = {a.name for a in store.artifacts(out["report_id"])}
    assert "graph.graphml" in names and any(n.startswith("map-") and n.endswith(".png") for n in names)


def test_demo_entry_saves_a_report(tmp_path):
    from engine.causal import cli
    from engine.reports.store import ReportStore

    class Ctx:
        device = "cpu"
        job = None

        def __init__(self):
            self.store = ReportStore(tmp_path / "d.db")

        def save(self, draft):
            return self.store.save(draft)

    ctx = Ctx()
    ids = cli.demo(ctx, tmp_path)
    assert len(ids) == 1
    rep = ctx.store.get(ids[0])
    res = rep.to_dict()
    body = json.dumps(res)
    assert "deletion" in body and "robustness" in body
    names = {a.name for a in ctx.store.artifacts(ids[0])}
    assert {"graph.graphml", "deletion.png"} <= names


@pytest.mark.slow
def test_training_is_deterministic_and_fast(tmp_path):
    from engine.causal.train_demo import train

    rep = train(tmp_path, threads=1)
    assert rep["seconds"] < 180
    assert rep["test_marker_free"]["accuracy_ring"] < 0.5 < rep["test_with_training_marker"]["accuracy_ring"]
    rep2 = train(tmp_path / "again", threads=1)
    a = json.loads((tmp_path / "MANIFEST.json").read_text())[WEIGHTS]
    b = json.loads((tmp_path / "again" / "MANIFEST.json").read_text())[WEIGHTS]
    assert a == b and rep2["test_marker_free"] == rep["test_marker_free"]
