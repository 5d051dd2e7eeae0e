"""`trace --ray`: the Ray engine traces what the local engine traces, row for row.

The end-to-end tests share one local Ray instance (2 CPUs, loopback only, its files in a temporary
folder); starting it and the actors of each run takes seconds, so one of them, the command line end to
end, runs by default and the others are marked slow. The fast tests need no running instance."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

pytest.importorskip("ray")

from core.errors import AttestError, Cancelled
from core.fileio import sha256_file
from core.jobs import Job
from engine.fingerprint import api
from engine.fingerprint import distributed as D
from tests.fingerprint.test_cli import call

EXPECTED = ["bob"] * 3 + ["dave"] * 3  # the users of fp_samples, in order


def _folder(base: Path, samples: list[Path]) -> Path:
    """The samples and one file that is not an image (sorted last), in a folder of their own."""
    folder = base / "images"
    folder.mkdir()
    for p in samples:
        shutil.copyfile(p, folder / p.name)
    (folder / "zz_broken.png").write_bytes(b"this is not a png")
    return folder


# -- without a running instance ------------------------------------------------------------------------
def test_rows_carry_every_field_of_the_local_items(fp_db, fp_samples, tmp_path):
    """The row an actor returns, through Arrow, is the local item again: the same JSON line and the
    same bits, view and hash."""
    import pyarrow as pa
    run = api.trace([str(_folder(tmp_path, fp_samples))], db=fp_db)
    rows = [D._row(i, it) for i, it in enumerate(run.items)]
    back = [D._item(r) for r in pa.Table.from_pylist(rows, schema=D._schema()).to_pylist()]
    assert back == list(run.items)
    assert [json.dumps(b.to_dict()) for b in back] == [json.dumps(it.to_dict()) for it in run.items]
    assert [(b.bits, b.confidence, b.best_code, b.view, b.sha256) for b in back[:-1]] == \
        [(r.bits, r.confidence, r.best_code, r.view, r.sha256) for r in run.results]
    assert back[-1] == api.TraceFailure(run.items[-1].image, run.items[-1].error)


def test_an_unreachable_cluster_is_one_line(fp_db, fp_samples, tmp_path):
    import ray
    if ray.is_initialized():
        pytest.skip("this process is connected to Ray already")
    with pytest.raises(AttestError, match=r"cannot reach the Ray cluster at 127\.0\.0\.1:1\b") as err:
        D.trace_on_ray([str(fp_samples[0])], address="127.0.0.1:1", db=fp_db, jsonl=tmp_path / "out.jsonl")
    assert "\n" not in str(err.value) and not list(tmp_path.glob("out.jsonl*"))


def test_without_the_extra_the_error_says_how_to_install_it(fp_db, fp_samples, monkeypatch):
    monkeypatch.setitem(sys.modules, "ray", None)   # import ray fails as if it were not installed
    with pytest.raises(AttestError, match=r"pip install -e '\.\[scale\]'"):
        D.trace_on_ray([str(fp_samples[0])], address="local", db=fp_db)


# -- on a local instance ------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def ray_local(tmp_path_factory):
    import ray
    if ray.is_initialized():
        yield
        return
    import tempfile
    # a short folder: Ray's socket paths must stay under 108 bytes, which pytest's folders can exceed
    short = tempfile.mkdtemp(prefix="attest-ray-", dir="/tmp")
    D.start_local(2, temp_dir=short)
    try:
        yield
    finally:
        D.shutdown_local()
        shutil.rmtree(short, ignore_errors=True)


@pytest.mark.slow
def test_ray_traces_a_folder_as_the_local_engine_does(ray_local, fp_db, fp_samples, tmp_path):
    folder = _folder(tmp_path, fp_samples)
    local = api.trace([str(folder)], db=fp_db)
    run = D.trace_on_ray(api.TraceInputs((str(folder),)), address="local", workers=2, batch=4, db=fp_db)
    # every image in input order; the broken file is an error row and the others are traced
    assert run.items == local.items and len(run.items) == 7
    assert [r.user for r in run.results] == EXPECTED and all(r.verdict == "attributed" for r in run.results)
    assert [r.p_value for r in run.results] == [r.p_value for r in local.results]
    assert [(r.bits, r.sha256, r.view) for r in run.results] == [(r.bits, r.sha256, r.view) for r in local.results]
    assert [f.image for f in run.failures] == [str(folder / "zz_broken.png")]
    assert run.totals == local.totals and run.failure_message() == local.failure_message()
    # the report is the local one: same parameters and inputs (model, registry, image hashes)
    d, ld = run.to_draft(), local.to_draft()
    assert (d.params, d.inputs, d.summary, d.result) == (ld.params, ld.inputs, ld.summary, ld.result)


def test_cli_trace_on_ray_writes_the_local_jsonl_and_parquet(ray_local, capsys, fp_db, fp_db_path, fp_samples,
                                                             tmp_path):
    import pyarrow.parquet as pq
    folder = _folder(tmp_path, fp_samples)
    local = api.trace_to_jsonl([str(folder)], None, tmp_path / "local.jsonl", db=fp_db)
    out, pq_dir = tmp_path / "ray.jsonl", tmp_path / "pq"
    rc, stdout, err = call(capsys, "--db", str(fp_db_path), "trace", "--ray", "local", "--jsonl", str(out),
                           "--parquet", str(pq_dir), "--batch", "4", "--json", str(folder))
    assert rc == 2 and "could not trace 1 of 7" in err and "zz_broken.png" in err.splitlines()[-1]
    obj = json.loads(stdout)   # standard output is the one JSON object: nothing of Ray's on it
    assert obj["counts"] == {"attributed": 6, "inconclusive": 0, "no_fingerprint": 0, "error": 1}
    assert obj["results"] == [] and obj["results_file"] == str(out) and obj["results_sha256"] == sha256_file(out)
    assert out.read_bytes() == (tmp_path / "local.jsonl").read_bytes()   # line for line the local file
    assert local.totals == {**obj["counts"]}
    table = pq.read_table(pq_dir / "results.parquet")
    assert table.column("index").to_pylist() == list(range(7))
    assert table.column("user").to_pylist() == [*EXPECTED, None]
    assert table.column("verdict").to_pylist()[-1] == "error"
    assert not list(tmp_path.glob("**/*.partial"))


@pytest.mark.slow
def test_cancel_stops_the_run_and_leaves_no_file(ray_local, fp_db, fp_samples, tmp_path):
    class CancelAfterFirstRows(Job):
        def progress(self, done: float, total: float, message: str = "") -> None:
            if message.startswith("traced "):
                self.cancel()
            super().progress(done, total, message)

    folder = _folder(tmp_path, fp_samples)
    job = CancelAfterFirstRows()
    with pytest.raises(Cancelled):
        D.trace_on_ray([str(folder)], workers=1, batch=2, job=job, db=fp_db, jsonl=tmp_path / "out.jsonl")
    assert 0 < job.fraction < 1 and not list(tmp_path.glob("out.jsonl*"))
