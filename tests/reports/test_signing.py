"""Signed JSON exports: valid as written; any single changed byte fails verification."""

from __future__ import annotations

import json
import random
from pathlib import Path

from core.draft import ArtifactDraft, ReportDraft
from engine.reports.api import export_report
from engine.reports.signing import load_or_create_key, verify_export
from engine.reports.store import ReportStore
from tests.figures import record


def _export(tmp_path: Path) -> bytes:
    store = ReportStore(tmp_path / "s.db")
    store.save(ReportDraft("environment", "first", {}, {}, {}, {}))
    rid = store.save(ReportDraft("trace", "Trace of 2 images", {}, {}, {"attributed": 1},
                                 {"results": [{"image": "a.png", "user": "alice", "p_value": 1e-9}]},
                                 (ArtifactDraft("bits.png", "image/png", b"\x89PNG\r\n\x1a\nxyz"),)))
    out = tmp_path / "r.json"
    export_report(store, rid, out)
    return out.read_bytes()


def test_signed_export_verifies(tmp_path: Path) -> None:
    raw = _export(tmp_path)
    verdict = verify_export(raw, load_or_create_key())
    assert verdict.ok and verdict.this_installation and verdict.report_id == 2
    data = json.loads(raw)
    assert data["signature"]["algorithm"] == "Ed25519" and data["chain"]["seq"] == 2


def test_any_single_changed_byte_fails(tmp_path: Path) -> None:
    raw = _export(tmp_path)
    rng = random.Random(7)
    positions = rng.sample(range(len(raw)), 60) + [len(raw) // 2, len(raw) - 2]
    for pos in positions:
        forged = bytearray(raw)
        forged[pos] = (forged[pos] + 1 + rng.randrange(254)) % 256
        assert not verify_export(bytes(forged)).ok, pos
        record("tamper evidence", "single-byte changes to signed exports detected")


def test_resigned_forgery_is_caught_by_digests(tmp_path: Path) -> None:
    """A forger who re-signs with their own key still cannot fix the content digest silently."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from engine.reports.signing import sign_export

    data = json.loads(_export(tmp_path))
    data["report"]["result"]["results"][0]["user"] = "mallory"
    forged = json.dumps(sign_export(data, Ed25519PrivateKey.generate())).encode()
    verdict = verify_export(forged, load_or_create_key())
    assert not verdict.ok and "digest" in verdict.message
    record("tamper evidence", "re-signed forgeries detected")


def test_cli_verify_file(tmp_path: Path) -> None:
    import main

    db = tmp_path / "c.db"
    ReportStore(db).save(ReportDraft("environment", "env", {}, {}, {}, {}))
    out = tmp_path / "r.json"
    assert main.main(["--db", str(db), "reports", "export", "1", "--out", str(out)]) == 0
    assert main.main(["reports", "verify-file", str(out)]) == 0
    raw = bytearray(out.read_bytes())
    raw[raw.index(b"env")] = ord("E")
    out.write_bytes(bytes(raw))
    assert main.main(["reports", "verify-file", str(out)]) == 3
