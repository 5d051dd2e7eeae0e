"""The bundled Clever-Hans demo: its weights are checked byte for byte, the audit of class 0 surfaces
the marker units and their maps point at the corner, the report records the exact bytes it was
computed from, and the command line and the demo entry save a report of the documented shape.

The full demo audit runs once per session (``demo_audit`` in tests/fixtures_causal.py)."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import numpy as np
import pytest
import torch

from core.errors import AttestError
from engine.causal import api
from engine.causal import demo_model as dm
from engine.causal.demo_model import ASSET_DIR, TARGET, WEIGHTS, demo_images_dir, load_demo_model, make_image
from engine.causal.interventions import ModelRunner
from engine.causal.maps import corner_share
from engine.loading import bundled_sha256, load_manifest_weights

ROOT = Path(__file__).resolve().parents[2]


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _expected_inputs(weights: Path, code: Path, images: Path) -> dict[str, str]:
    """What a report of an audit of these files must record: the SHA-256 of each file's bytes."""
    out = {f"model {weights.name}": _sha(weights), f"model code {code.name}": _sha(code)}
    out.update({f"image {p.name}": _sha(p) for p in sorted(images.iterdir()) if p.suffix == ".png"})
    return out


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


def test_bundled_weights_are_checked(tmp_path):
    # the manifest's digest is the SHA-256 of the bundled file's bytes
    assert bundled_sha256(ASSET_DIR, WEIGHTS) == _sha(ASSET_DIR / WEIGHTS)
    training = json.loads((ASSET_DIR / "TRAINING.json").read_text())
    # the shortcut: near perfect with the marker, class 0 collapses without it
    assert training["test_with_training_marker"]["accuracy_ring"] > 0.9
    assert training["test_marker_free"]["accuracy_ring"] < 0.5
    assert len(list(demo_images_dir().glob("*.png"))) >= 24
    # one changed byte in a copy of the bundled folder is refused when loading, by the loader and the audit
    area = tmp_path / "assets" / "causal"
    shutil.copytree(ASSET_DIR, area)
    raw = bytearray((area / WEIGHTS).read_bytes())
    raw[-1] ^= 0x01  # the last byte of the tensor data: the header stays valid
    (area / WEIGHTS).write_bytes(bytes(raw))
    with pytest.raises(AttestError, match="does not match its recorded SHA-256"):
        load_manifest_weights(area, WEIGHTS)
    with pytest.raises(AttestError, match="refusing modified weights"):
        api.run_audit(api.demo_request(tmp_path / "assets", device="cpu"))
    # the untouched copy loads
    shutil.copy(ASSET_DIR / WEIGHTS, area / WEIGHTS)
    assert set(load_manifest_weights(area, WEIGHTS)) == set(dm.build().state_dict())


def test_marker_units_surface_and_maps_point_at_the_corner(demo_audit):
    model = load_demo_model()
    r = demo_audit.result
    ids = {n.id for n in r.nodes}
    for layer in ("conv3", "fc1"):
        marker = _marker_units(model, layer)
        found = [u for u in marker if f"{layer}:{u}" in ids]
        assert found, (layer, marker)
        for u in found:
            m = r.node_maps[f"{layer}:{u}"]
            share = corner_share(m)["top_left"]
            # the top-left 8x8 square is 1/16 of the image: the marker units' logit drop comes from there
            assert share > 0.4, (layer, u, share)
            iy, ix = np.unravel_index(np.argmax(m), m.shape)
            assert iy < 8 and ix < 8, (layer, u)
    # the strongest supporting node of the last layer reads the corner too
    top = max((n for n in r.nodes if n.layer == "fc1"), key=lambda n: n.effect)
    m = r.node_maps[top.id]
    iy, ix = np.unravel_index(np.argmax(m), m.shape)
    assert iy < 8 and ix < 8


def test_report_records_the_bytes_it_was_computed_from(demo_audit, demo_draft):
    req = demo_audit.request
    assert req.code_file == Path(dm.__file__).resolve()
    expected = _expected_inputs(ASSET_DIR / WEIGHTS, Path(dm.__file__), demo_images_dir())
    assert dict(demo_draft.inputs) == expected
    assert len(expected) == 2 + len(list(demo_images_dir().glob("*.png")))
    # the draft is the audit: kind, class, result and the artifacts the report page shows
    assert demo_draft.kind == "causal" and demo_draft.title == api.DEMO_TITLE
    assert demo_draft.result == demo_audit.to_dict()
    assert demo_draft.params["target"] == 0 and demo_draft.params["class_name"] == "ring"
    assert demo_draft.summary["samples"] == demo_audit.result.samples.used
    names = {a.name for a in demo_draft.artifacts}
    assert {"graph.graphml", "deletion.png"} <= names
    assert {f"map-{n.id.replace(':', '_')}.png" for n in demo_audit.nodes} & names


def test_cli_json_shape_and_saved_report(tmp_path, capsys):
    import main
    from engine.reports.store import ReportStore

    db = tmp_path / "a.db"
    rc = main.main(["--db", str(db), "causal", "--model", str(ASSET_DIR / WEIGHTS),
                    "--model-code", f"{ROOT / 'engine' / 'causal' / 'demo_model.py'}:build",
                    "--data", str(demo_images_dir()), "--target", "0", "--layers", "conv3,fc1", "--samples", "8",
                    "--no-metrics", "--json"])
    captured = capsys.readouterr()
    assert rc == 0, captured.err
    out = json.loads(captured.out)  # stdout is exactly one JSON object
    assert list(out) == ["target", "layers", "nodes", "edges", "metrics", "report_id"]
    assert out["target"] == 0 and out["layers"] == ["conv3", "fc1"]
    assert out["nodes"] and set(out["nodes"][0]) == {"id", "layer", "unit", "effect", "ci", "p_value"}
    assert out["edges"] and set(out["edges"][0]) == {"source", "target", "effect", "q_value", "significant"}
    assert out["metrics"]["samples"]["used"] == 8
    store = ReportStore(db)
    rep = store.get(out["report_id"])
    assert rep.kind == "causal"
    assert rep.inputs == _expected_inputs(ASSET_DIR / WEIGHTS, Path(dm.__file__), demo_images_dir())
    names = {a.name for a in store.artifacts(out["report_id"])}
    assert "graph.graphml" in names and any(n.startswith("map-") and n.endswith(".png") for n in names)


def test_demo_entry_saves_the_demo_audit(tmp_path, monkeypatch, demo_audit, demo_draft):
    """``main.py demo``'s causal part audits the demo request of the app's assets and saves its report."""
    from core.jobs import ConsoleJob
    from engine.causal import cli
    from engine.reports.store import ReportStore

    asked = []

    def run_audit(request, job=None):
        asked.append(request)
        return demo_audit  # the session's run of this very request

    monkeypatch.setattr(api, "run_audit", run_audit)
    built = []
    monkeypatch.setattr(api, "text_demo_folder", lambda cache, assets: built.append((cache, assets)) or tmp_path / "m")

    class Ctx:
        device = "cpu"
        assets = ROOT / "assets"
        json = False

        def __init__(self):
            self.store = ReportStore(tmp_path / "d.db")
            self.job = ConsoleJob(quiet=True)
            self.lines = []

        def save(self, draft):
            return self.store.save(draft)

        def out(self, line):
            self.lines.append(line)

    ctx = Ctx()
    ids = cli.demo(ctx, tmp_path)
    # the image demo, then the text demo on the MiniLM folder built next to the exported reports
    assert asked == [api.demo_request(ROOT / "assets", device="cpu"),
                     api.text_demo_request(tmp_path / "m", ROOT / "assets", device="cpu")]
    assert built == [(tmp_path, ROOT / "assets")]
    assert asked[0] == demo_audit.request
    assert len(ids) == 2
    assert any("rerun it with: python main.py causal --model" in line for line in ctx.lines)
    rep = ctx.store.get(ids[0])
    assert rep.kind == "causal" and rep.title == api.DEMO_TITLE
    assert rep.inputs == dict(demo_draft.inputs)
    assert set(rep.result["metrics"]) >= {"deletion", "stability", "agreement", "robustness"}
    names = {a.name for a in ctx.store.artifacts(ids[0])}
    assert {"graph.graphml", "deletion.png"} <= names


@pytest.mark.slow
def test_training_is_deterministic(tmp_path):
    from engine.causal.train_demo import train

    rep = train(tmp_path, threads=1)
    assert rep["test_marker_free"]["accuracy_ring"] < 0.5 < rep["test_with_training_marker"]["accuracy_ring"]
    rep2 = train(tmp_path / "again", threads=1)
    assert bundled_sha256(tmp_path, WEIGHTS) == bundled_sha256(tmp_path / "again", WEIGHTS)
    assert rep2["test_marker_free"] == rep["test_marker_free"]
