"""`fingerprint enroll|list|generate|export|evaluate` and `trace --json` through main.main."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[2]


def call(capsys, *args: str) -> tuple[int, str, str]:
    import main
    rc = main.main(list(args))
    out = capsys.readouterr()
    return rc, out.out, out.err


def test_enroll_generate_trace_json(capsys, tmp_path):
    db = str(tmp_path / "cli.db")
    rc, out, _ = call(capsys, "--db", db, "trace", str(tmp_path), "--json")
    assert rc == 2  # empty registry: a clear error, not a traceback
    for name in ("alice", "bob"):
        rc, out, _ = call(capsys, "--db", db, "fingerprint", "enroll", name, "--json")
        assert rc == 0 and json.loads(out)["user"]["name"] == name
    rc, _, err = call(capsys, "--db", db, "fingerprint", "enroll", "alice")
    assert rc == 2 and "already enrolled" in err
    rc, out, _ = call(capsys, "--db", db, "--json", "fingerprint", "list")
    listed = json.loads(out)
    assert [u["name"] for u in listed["users"]] == ["alice", "bob"] and listed["k"] >= 48
    rc, out, _ = call(capsys, "--db", db, "fingerprint", "generate", "bob", "--n", "2", "--out", str(tmp_path / "g"),
                      "--seed", "31", "--json")
    images = json.loads(out)["images"]
    assert rc == 0 and len(images) == 2 and all(Path(p).exists() for p in images)
    rc, out, _ = call(capsys, "--db", db, "trace", *images, "--json")
    obj = json.loads(out)
    assert rc == 0 and set(obj) == {"results", "report_id"}
    for r, img in zip(obj["results"], images):
        assert set(r) == {"image", "user", "verdict", "bit_accuracy", "p_value", "candidates"}
        assert r["image"] == img and r["candidates"][0]["user"] == "bob" and r["user"] in ("bob", None)
        assert r["verdict"] in ("attributed", "inconclusive", "no_fingerprint")
        assert (r["user"] == "bob") == (r["verdict"] == "attributed")
        assert set(r["candidates"][0]) == {"user", "distance", "p_value"}
    rc, out, _ = call(capsys, "--db", db, "reports", "show", str(obj["report_id"]), "--json")
    assert rc == 0 and "trace" in out
    rc, out, _ = call(capsys, "--db", db, "fingerprint", "export", "alice", "--out", str(tmp_path / "a.safetensors"),
                      "--json")
    assert rc == 0 and len(json.loads(out)["sha256"]) == 64
    rc, _, err = call(capsys, "--db", db, "fingerprint", "generate", "nobody", "--n", "1", "--out", str(tmp_path))
    assert rc == 2 and "no enrolled user" in err


def test_evaluate_saves_report_with_plots(capsys, tmp_path):
    db = str(tmp_path / "ev.db")
    rc, out, _ = call(capsys, "--db", db, "fingerprint", "evaluate", "--users", "2", "--per-user", "2",
                      "--attacks", "none,jpeg70,crop90", "--json")
    assert rc == 0
    obj = json.loads(out)
    assert [a["attack"] for a in obj["attacks"]] == ["none", "jpeg70", "crop90"]
    for row in obj["attacks"]:
        assert {"bit_acc", "attr_acc", "tpr", "fpr", "auroc", "auprc"} <= set(row)
    assert obj["quality"]["psnr"] > 20
    from engine.reports.store import ReportStore
    store = ReportStore(Path(db))
    rep = store.get(obj["report_id"]) if hasattr(store, "get") else None
    if rep is not None:
        text = json.dumps(rep, default=str)
        assert "fingerprint-eval" in text
    rc, _, err = call(capsys, "--db", db, "fingerprint", "evaluate", "--attacks", "nonsense")
    assert rc == 2 and "unknown attack" in err


def test_bad_image_is_one_line_exit_2(tmp_path):
    db = tmp_path / "b.db"
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "PYTHONPATH": str(ROOT)}
    import os
    env.update({k: v for k, v in os.environ.items() if k.startswith(("PYENV", "VIRTUAL_ENV", "OPENBLAS"))})
    base = [sys.executable, str(ROOT / "main.py"), "--db", str(db)]
    subprocess.run(base + ["fingerprint", "enroll", "alice"], check=True, capture_output=True, env=env, timeout=300)
    empty = tmp_path / "zero.png"
    empty.write_bytes(b"")
    p = subprocess.run(base + ["trace", str(empty)], capture_output=True, text=True, env=env, timeout=300)
    assert p.returncode == 2 and p.stderr.count("\n") == 1 and "empty" in p.stderr and "Traceback" not in p.stderr


@pytest.mark.slow
def test_demo_and_bench(capsys, tmp_path):
    from types import SimpleNamespace
    import main
    from engine.fingerprint import bench, cli
    ctx = main.Context(SimpleNamespace(db=str(tmp_path / "d.db"), device="cpu", json=True, command="demo"))
    ids = cli.demo(ctx, tmp_path / "demo")
    assert len(ids) == 2
    assert bench.run_bench(SimpleNamespace(quick=True, json=True), ctx) == 0
    data = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert data["bench"] == "trace" and data["rows"][0].keys() >= {"case", "ours_bit_acc", "ours_attr_acc", "peer",
                                                                   "peer_bit_acc", "peer_attr_acc"}
    ctx.close()


def test_bench_bit_accuracy_interval_resamples_whole_images():
    """Errors that cluster in one image widen the interval far beyond the bits-independent one."""
    from engine.fingerprint.bench import _bit_acc_ci
    correct = np.ones((20, 48), bool)
    correct[7] = False  # one scene loses every bit: accuracy 0.95
    lo, hi = _bit_acc_ci(correct)
    naive_half_width = 1.96 * (0.95 * 0.05 / correct.size) ** 0.5  # 0.014 if the 960 bits were independent
    assert lo < 0.95 - 2 * naive_half_width and hi == 1.0
    assert _bit_acc_ci(np.ones((5, 48), bool)) == [1.0, 1.0]
