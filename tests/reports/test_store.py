"""The report store: round trip, atomic saves under SIGKILL, tamper evidence, redaction, two writers."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from core.draft import ArtifactDraft, ReportDraft
from core.errors import AttestError
from engine.reports.store import ReportStore
from tests.figures import record

ROOT = Path(__file__).resolve().parents[2]


def draft(i: int = 0, **extra) -> ReportDraft:
    d = {
        "kind": "verify",
        "title": f"Report {i}",
        "params": {"threshold": 0.5, "i": i},
        "inputs": {"doc.txt": "ab" * 32},
        "summary": {"kas": 0.75, "claims": 4},
        "result": {"claims": [{"text": "Paris is the capital of France", "score": 0.9}], "nan": float("nan")},
        "artifacts": (ArtifactDraft("g.graphml", "application/graphml+xml", b"<graphml/>" * 10),),
    }
    d.update(extra)
    return ReportDraft(**d)


def test_round_trip(tmp_path: Path) -> None:
    store = ReportStore(tmp_path / "a.db", device="cpu (test)")
    rid = store.save(draft(1))
    r = store.get(rid)
    assert (r.kind, r.title, r.seq, r.device) == ("verify", "Report 1", 1, "cpu (test)")
    assert r.result["claims"][0]["score"] == 0.9 and r.result["nan"] is None
    assert r.params == {"threshold": 0.5, "i": 1}
    [a] = store.artifacts(rid)
    assert a.data == b"<graphml/>" * 10 and a.name == "g.graphml"
    assert store.journal_mode == "wal"
    rows = store.list_reports()
    assert rows[0]["id"] == rid and rows[0]["summary"]["kas"] == 0.75
    v = store.verify()
    assert v.ok and v.checked == 1


def test_key_order_of_the_draft_is_kept_and_hashes_ignore_it(tmp_path: Path) -> None:
    """Tables and exports show a summary in the order its audit wrote it; the digest does not depend on it."""
    store = ReportStore(tmp_path / "o.db")
    a = store.get(store.save(draft(1, summary={"verdict": "ok", "claims": 4, "attributable": 3}, created="t")))
    b = store.get(store.save(draft(1, summary={"attributable": 3, "claims": 4, "verdict": "ok"}, created="t")))
    assert list(a.summary) == ["verdict", "claims", "attributable"]
    assert list(b.summary) == ["attributable", "claims", "verdict"]
    assert a.body_sha256 == b.body_sha256 and store.verify().ok


def test_list_reports_newest_first_with_kind_and_search_filters(tmp_path: Path) -> None:
    store = ReportStore(tmp_path / "l.db")
    store.save(draft(0, title="Claims in the press release", summary={"kas": 0.5}))
    store.save(ReportDraft("causal", "Audit of class 3", {}, {}, {"nodes": 12}, {}))
    store.save(draft(2, title="Claims in the annual report", summary={"kas": 0.9}))
    rows = store.list_reports()
    assert [r["title"] for r in rows] == ["Claims in the annual report", "Audit of class 3",
                                          "Claims in the press release"]
    assert set(rows[0]) == {"id", "seq", "kind", "title", "created", "device", "summary", "redacted", "hash"}
    assert [r["kind"] for r in store.list_reports(kind="causal")] == ["causal"]
    assert [r["title"] for r in store.list_reports(search="press")] == ["Claims in the press release"]
    assert [r["seq"] for r in store.list_reports(kind="verify", search="Claims")] == [3, 1]
    assert store.list_reports(kind="trace") == []
    store.delete(1)
    [row] = [r for r in store.list_reports() if r["id"] == 1]
    assert row["redacted"] is True and row["title"] == "(redacted by its owner)" and row["summary"] == {}
    assert store.list_reports(search="press") == []  # the title named the document: it is gone too
    assert store.verify().ok


def _three(tmp_path: Path) -> tuple[Path, list[int]]:
    path = tmp_path / "t.db"
    store = ReportStore(path)
    ids = [store.save(draft(i)) for i in range(3)]
    assert store.verify().ok
    store.close()
    return path, ids


def _raw(path: Path, sql: str, args: tuple = ()) -> None:
    con = sqlite3.connect(path)
    con.execute(sql, args)
    con.commit()
    con.close()


def test_edit_is_detected_and_named(tmp_path: Path) -> None:
    path, ids = _three(tmp_path)
    _raw(path, "UPDATE reports SET summary = ? WHERE id = ?", (json.dumps({"kas": 0.99, "claims": 4}), ids[1]))
    v = ReportStore(path).verify()
    assert not v.ok and v.first_bad_id == ids[1] and "edited" in v.problem
    record("tamper evidence", "store cases detected")


def test_artifact_edit_is_detected(tmp_path: Path) -> None:
    path, ids = _three(tmp_path)
    _raw(path, "UPDATE artifacts SET data = ? WHERE report_id = ?", (b"<graphml>forged</graphml>", ids[0]))
    v = ReportStore(path).verify()
    assert not v.ok and v.first_bad_id == ids[0] and "artifact" in v.problem
    record("tamper evidence", "store cases detected")


def test_delete_is_detected_and_named(tmp_path: Path) -> None:
    path, ids = _three(tmp_path)
    _raw(path, "DELETE FROM artifacts WHERE report_id = ?", (ids[1],))
    _raw(path, "DELETE FROM reports WHERE id = ?", (ids[1],))
    v = ReportStore(path).verify()
    assert not v.ok and v.first_bad_id == ids[2] and "missing" in v.problem
    record("tamper evidence", "store cases detected")


def test_reorder_is_detected(tmp_path: Path) -> None:
    path, ids = _three(tmp_path)
    # swap the chain positions of the first two reports
    _raw(path, "UPDATE reports SET seq = -1 WHERE id = ?", (ids[0],))
    _raw(path, "UPDATE reports SET seq = 1 WHERE id = ?", (ids[1],))
    _raw(path, "UPDATE reports SET seq = 2 WHERE id = ?", (ids[0],))
    v = ReportStore(path).verify()
    assert not v.ok and v.first_bad_id == ids[0]
    record("tamper evidence", "store cases detected")


def test_owner_redaction_keeps_chain(tmp_path: Path) -> None:
    path, ids = _three(tmp_path)
    store = ReportStore(path)
    store.delete(ids[1])
    r = store.get(ids[1])
    assert r.redacted and r.result == {} and store.artifacts(ids[1]) == []
    v = store.verify()
    assert v.ok and v.redacted == 1 and v.checked == 3
    # a forged "redaction" that changes the digest is still caught
    _raw(path, "UPDATE reports SET body_sha256 = ? WHERE id = ?", ("f" * 64, ids[1]))
    assert not ReportStore(path).verify().ok
    record("tamper evidence", "store cases detected")


def test_dict_drafts_are_refused_and_missing_report_named(tmp_path: Path) -> None:
    store = ReportStore(tmp_path / "a.db")
    as_dict = {"kind": "verify", "title": "old style", "params": {}, "inputs": {}, "summary": {}, "result": {}}
    with pytest.raises(TypeError, match="ReportDraft"):
        store.save(as_dict)  # type: ignore[arg-type]
    with pytest.raises(AttestError, match="no report #42"):
        store.get(42)
    with pytest.raises(AttestError, match="no report #42"):
        store.delete(42)
    assert store.count() == 0


def test_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "junk.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(AttestError) as exc:
        ReportStore(path)
    assert "\n" not in str(exc.value)


_WRITER = """
import sys
sys.path.insert(0, {root!r})
from core.draft import ArtifactDraft, ReportDraft
from engine.reports.store import ReportStore
store = ReportStore({db!r})
big = b"x" * {artifact_bytes}
i = 0
print("ready", flush=True)
while True:
    store.save(ReportDraft("verify", "w%d" % i, {{}}, {{}}, {{}}, {{"i": i, "pad": "y" * 5000}},
                           tuple(ArtifactDraft("a%d" % j, "application/octet-stream", big) for j in range(5))))
    i += 1
"""


def kill_trials(tmp_path: Path, trials: int, seed: int, artifact_bytes: int = 200_000) -> dict[str, int]:
    """Start a writer, SIGKILL it at a random moment, check the store; repeat on the same database."""
    import random

    from tests.figures import record

    rng = random.Random(seed)
    db = tmp_path / "k.db"
    partial = 0
    for _ in range(trials):
        proc = subprocess.Popen([sys.executable, "-c", _WRITER.format(root=str(ROOT), db=str(db),
                                                                    artifact_bytes=artifact_bytes)],
                                stdout=subprocess.PIPE, text=True)
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.3))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        store = ReportStore(db)
        assert store.integrity_check() == "ok"
        v = store.verify()
        assert v.ok, v.message()
        partial += sum(len(store.artifacts(r.id)) != 5 for r in store.iter_reports())
        reports = store.count()
        store.close()
    record("crash safety", "SIGKILL trials during saves", trials)
    record("crash safety", "partial reports after kills", partial)
    return {"reports": reports, "partial": partial}


def test_sigkill_during_saves_leaves_whole_reports(tmp_path: Path) -> None:
    result = kill_trials(tmp_path, trials=4, seed=1)
    assert result["partial"] == 0 and result["reports"] > 0


@pytest.mark.slow
def test_two_hundred_sigkills(tmp_path: Path) -> None:
    result = kill_trials(tmp_path, trials=200, seed=2, artifact_bytes=20_000)
    assert result["partial"] == 0 and result["reports"] > 50


def test_two_writers_lose_nothing(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    code = (
        f"import sys; sys.path.insert(0, {str(ROOT)!r})\n"
        "from core.draft import ReportDraft\n"
        "from engine.reports.store import ReportStore\n"
        f"s = ReportStore({str(db)!r})\n"
        "for i in range(25): s.save(ReportDraft('verify', sys.argv[1] + str(i), {}, {}, {}, {}))\n"
    )
    procs = [subprocess.Popen([sys.executable, "-c", code, name]) for name in ("a", "b")]
    assert [p.wait(timeout=120) for p in procs] == [0, 0]
    store = ReportStore(db)
    titles = {r["title"] for r in store.list_reports()}
    assert titles == {f"{n}{i}" for n in "ab" for i in range(25)}
    assert store.verify().ok
