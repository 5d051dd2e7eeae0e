"""`fingerprint enroll|list|generate|export|evaluate` and `trace --json` through main.main."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import numpy as np
import pytest


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
    for r, img in zip(obj["results"], images, strict=True):
        assert set(r) == {"image", "user", "verdict", "bit_accuracy", "p_value", "candidates", "sha256"}
        assert r["sha256"] == hashlib.sha256(Path(img).read_bytes()).hexdigest()
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


def test_evaluate_passes_its_options_prints_json_and_saves_the_report(capsys, tmp_path, monkeypatch, fp_evaluation):
    """The command line's part of ``fingerprint evaluate``: every option reaches the API, standard
    output is exactly one JSON object, and the run is saved with its plots. The run itself is the
    session's shared evaluation (tests/fixtures_fingerprint.py)."""
    from engine.fingerprint import api
    from engine.reports.store import ReportStore
    seen = []

    def fake_evaluate(options, job=None, *, device="cpu", weights=None):
        seen.append(options)
        return fp_evaluation

    monkeypatch.setattr(api, "evaluate", fake_evaluate)
    db = str(tmp_path / "ev.db")
    rc, out, _ = call(capsys, "--db", db, "fingerprint", "evaluate", "--users", "3", "--per-user", "2",
                      "--clean", "5", "--attacks", "none, jpeg70,crop90", "--fpr", "1e-4", "--tta", "--search",
                      "--no-screen", "--seed", "4", "--json")
    assert rc == 0
    assert seen == [api.EvaluationOptions(n_users=3, per_user=2, n_clean=5, attacks=("none", "jpeg70", "crop90"),
                                          fpr_threshold=1e-4, tta=True, seed=4, screen=False, search=True)]
    obj = json.loads(out)
    assert set(obj) == {"params", "quality", "attacks", "goals", "curves", "summary", "report_id"}
    assert [a["attack"] for a in obj["attacks"]] == list(fp_evaluation.options.attacks)
    for row in obj["attacks"]:
        assert {"bit_acc", "attr_acc", "tpr", "fpr", "auroc", "auprc"} <= set(row)
    assert obj["quality"]["psnr"] == pytest.approx(fp_evaluation.psnr, abs=1e-3)
    assert obj["summary"] == fp_evaluation.summary()
    store = ReportStore(Path(db))
    try:
        rep = store.get(obj["report_id"])
        assert rep.kind == "fingerprint-eval" and rep.summary["goals_met"] is fp_evaluation.goals.all_met
        assert {a.name for a in store.artifacts(rep.id)} == {"attack_accuracy.png", "accuracy_vs_strength.png",
                                                             "roc.png", "pr.png"}
    finally:
        store.close()
    # Without --json: the table, the goals and the report id, in words.
    seen.clear()
    rc, out, _ = call(capsys, "--db", db, "fingerprint", "evaluate")
    assert rc == 0 and seen == [api.EvaluationOptions()]
    goals_line = "goals: all met" if fp_evaluation.goals.all_met else "quality NOT met"
    assert "jpeg50" in out and goals_line in out and "saved report 2" in out
    # Bad options are refused before anything runs.
    seen.clear()
    for args, message in ((["--attacks", "nonsense"], "unknown attack"), (["--users", "0"], "at least 1"),
                          (["--fpr", "2"], "between 0 and 1"), (["--clean", "0"], "at least 1")):
        rc, _, err = call(capsys, "--db", db, "fingerprint", "evaluate", *args)
        assert rc == 2 and message in err and err.count("\n") == 1, (args, err)
    assert seen == []


def test_bad_image_is_one_line_exit_2(capsys, fp_db_path, fp_samples, tmp_path):
    """Alone, an unusable image is one line on stderr and exit 2, and no report. In a batch, the other
    images are traced, printed and saved; the exit status is still 2 and the line names the bad one."""
    from engine.reports.store import ReportStore
    db = str(fp_db_path)
    empty = tmp_path / "zero.png"
    empty.write_bytes(b"")
    rc, out, err = call(capsys, "--db", db, "trace", str(empty))
    assert rc == 2 and err.count("\n") == 1 and "empty" in err and "Traceback" not in err and out == ""
    rc, out, err = call(capsys, "--db", db, "trace", str(fp_samples[0]), str(empty), str(fp_samples[3]), "--json")
    assert rc == 2 and err.count("\n") == 1 and "could not trace 1 of 3" in err and "zero.png" in err
    obj = json.loads(out)
    assert set(obj) == {"results", "report_id"}
    assert [(r["image"], r.get("user")) for r in obj["results"]] == [(str(fp_samples[0]), "bob"), (str(empty), None),
                                                                     (str(fp_samples[3]), "dave")]
    assert obj["results"][1] == {"image": str(empty), "verdict": "error", "error": "zero.png is empty (0 bytes)"}
    store = ReportStore(fp_db_path)
    try:
        assert [r["id"] for r in store.list_reports()] == [obj["report_id"]]  # the lone bad image saved nothing
        assert store.get(obj["report_id"]).summary["not_traced"] == 1
    finally:
        store.close()


@pytest.mark.slow
def test_demo_and_bench(capsys, tmp_path):
    from types import SimpleNamespace

    import main
    from engine.fingerprint import bench, cli
    ctx = main.Context(SimpleNamespace(db=str(tmp_path / "d.db"), device="cpu", json=True, command="demo"))
    ids = cli.demo(ctx, tmp_path / "demo")
    assert len(ids) == 2
    trace = ctx.store.get(ids[0])
    assert trace.summary["registry_users"] == 1003 and trace.summary["not_traced"] == 1
    rows = {Path(r["image"]).name: r for r in trace.result["results"]}
    assert rows["thumbnail_1x1.png"]["verdict"] == "error" and "too small" in rows["thumbnail_1x1.png"]["error"]
    grey = next(r for n, r in rows.items() if n.endswith("_grey16.png"))
    assert grey["verdict"] == "attributed" and grey["user"] == "bob"
    assert bench.run_bench(SimpleNamespace(quick=True, json=True, sizes="1000,40000", scale_only=False), ctx) == 0
    data = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert data["bench"] == "trace" and data["rows"][0].keys() >= {"case", "ours_bit_acc", "ours_attr_acc", "peer",
                                                                   "peer_bit_acc", "peer_attr_acc"}
    scale = data["scale"]["rows"]
    assert [r["users"] for r in scale] == [1020, 40020]
    assert all(r["weighted_clean_false"] == 0 and r["weighted_jpeg50"] >= 0.9 for r in scale)
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
