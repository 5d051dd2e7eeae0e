"""Failure modes of storage and export: full disk, read-only database, killed exports."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from core.draft import ArtifactDraft, ReportDraft
from core.errors import AttestError
from engine.reports.store import ReportStore

ROOT = Path(__file__).resolve().parents[2]


def _draft(title: str, **fields) -> ReportDraft:
    return ReportDraft(**{"kind": "verify", "title": title, "params": {}, "inputs": {}, "summary": {},
                          "result": {}, **fields})


def test_full_disk_gives_clear_message_and_keeps_earlier_reports(tmp_path: Path) -> None:
    store = ReportStore(tmp_path / "f.db")
    store.save(_draft("kept"))
    pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
    store.conn.execute(f"PRAGMA max_page_count = {pages + 2}")  # SQLite's own 'disk full' condition
    with pytest.raises(AttestError) as exc:
        store.save(_draft("too big", artifacts=(ArtifactDraft("blob", "application/octet-stream",
                                                               os.urandom(200_000)),)))
    assert "not saved" in str(exc.value) and "full" in str(exc.value)
    assert [r["title"] for r in store.list_reports()] == ["kept"]
    assert store.verify().ok and store.integrity_check() == "ok"


@pytest.fixture
def read_only_folder(tmp_path: Path):
    """A folder whose database cannot be written: file modes for a normal user; for root (who
    ignores modes) a read-only bind mount, or a skip where mounting is not allowed."""
    folder = tmp_path / "ro"
    folder.mkdir()
    db = folder / "r.db"
    store = ReportStore(db)
    store.save(_draft("kept"))
    store.close()
    if os.geteuid() != 0:
        os.chmod(db, 0o444)
        os.chmod(folder, 0o555)
        yield db
        os.chmod(folder, 0o755)
        os.chmod(db, 0o644)
        return
    mounted = subprocess.run(["mount", "--bind", str(folder), str(folder)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip("running as root without permission to mount: cannot make a read-only folder")
    subprocess.run(["mount", "-o", "remount,bind,ro", str(folder)], check=True, capture_output=True)
    try:
        yield db
    finally:
        import gc

        gc.collect()  # drop any connection a failed open left for the collector
        if subprocess.run(["umount", str(folder)], capture_output=True).returncode != 0:
            subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def test_read_only_database_gives_clear_message(read_only_folder: Path) -> None:
    db = read_only_folder
    with pytest.raises(AttestError) as exc:
        store = ReportStore(db)
        store.save(_draft("new"))
    assert "\n" not in str(exc.value) and ("read-only" in str(exc.value) or "readonly" in str(exc.value))


def test_read_only_database_keeps_earlier_reports(read_only_folder: Path) -> None:
    db = read_only_folder
    with contextlib.suppress(AttestError):
        ReportStore(db).save(_draft("new"))
    if os.geteuid() == 0:
        import gc

        gc.collect()
        um = subprocess.run(["umount", str(db.parent)], capture_output=True, text=True)
        assert um.returncode == 0, um.stderr
    else:
        os.chmod(db.parent, 0o755)
        os.chmod(db, 0o644)
    store = ReportStore(db)
    assert [r["title"] for r in store.list_reports()] == ["kept"] and store.verify().ok


_EXPORTER = """
import sys
sys.path.insert(0, {root!r})
from pathlib import Path
from engine.reports.store import ReportStore
from engine.reports.api import export_report
store = ReportStore({db!r})
out = Path({out!r})
print("ready", flush=True)
i = 0
while True:
    export_report(store, 1 + i % 2, out, "json")
    i += 1
"""


def test_killed_export_leaves_old_or_new_file_never_torn(tmp_path: Path) -> None:

    from engine.reports.signing import export_payload, verify_export

    db = tmp_path / "e.db"
    store = ReportStore(db)
    for i in range(2):
        store.save(_draft(f"r{i}", result={"pad": "z" * 300_000},
                          artifacts=(ArtifactDraft("a", "application/octet-stream", os.urandom(300_000)),)))
    out = tmp_path / "out.json"
    for delay in (0.3, 0.55, 0.8, 1.1):
        proc = subprocess.Popen([sys.executable, "-c", _EXPORTER.format(root=str(ROOT), db=str(db), out=str(out))],
                                stdout=subprocess.PIPE, text=True, env=dict(os.environ))
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(delay)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        if out.exists():
            data = export_payload(out.read_bytes())
            assert data["report"]["title"] in ("r0", "r1")
            assert verify_export(out.read_bytes()).ok
    leftovers = [p for p in tmp_path.iterdir() if p.name.startswith(".out.json.")]
    assert len(leftovers) <= 4  # a killed writer may leave its own temp file, never a torn out.json
