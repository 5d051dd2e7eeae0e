"""The reports API: one export dispatch, chain and file verification, redaction, the environment report."""

from __future__ import annotations

import base64
import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from core.draft import ArtifactDraft, ReportDraft
from core.errors import AttestError
from engine.reports import api
from engine.reports.signing import export_payload
from engine.reports.store import ReportStore

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def store(tmp_path: Path) -> ReportStore:
    s = ReportStore(tmp_path / "api.db", device="cpu (test)")
    s.save(ReportDraft("environment", "Environment", {}, {"assets/a.bin": "ab" * 32}, {"assets": 1}, {}))
    s.save(ReportDraft("verify", "Claims in the press release", {"threshold": 0.5}, {"doc.txt": "cd" * 32},
                       {"kas": 0.75, "claims": 4}, {"claims": [{"text": "Paris is the capital of France"}]},
                       (ArtifactDraft("evidence.graphml", "application/graphml+xml", b"<graphml/>"),)))
    return s


@pytest.mark.parametrize(("name", "fmt", "expected", "magic"), [
    ("r.json", None, "json", b"{"),
    ("r.html", None, "html", b"<!DOCTYPE html>"),
    ("r.pdf", None, "pdf", b"%PDF-"),
    ("R.PDF", None, "pdf", b"%PDF-"),
    ("report.txt", "html", "html", b"<!DOCTYPE html>"),  # an explicit format wins over an unknown suffix
    ("r.PDF", "pdf", "pdf", b"%PDF-"),
])
def test_export_dispatch(store: ReportStore, tmp_path: Path, name: str, fmt: str | None, expected: str,
                         magic: bytes) -> None:
    done = api.export_report(store, 2, tmp_path / name, fmt)
    assert done == api.ExportResult(2, expected, tmp_path / name)
    assert done.path.read_bytes().startswith(magic)


def test_a_format_that_contradicts_the_suffix_is_refused(store: ReportStore, tmp_path: Path) -> None:
    with pytest.raises(AttestError) as exc:
        api.export_report(store, 2, tmp_path / "r.pdf", "html")  # would write HTML into a file named .pdf
    assert "r.pdf" in str(exc.value) and "\n" not in str(exc.value)
    assert not (tmp_path / "r.pdf").exists()


@pytest.mark.parametrize(("name", "fmt"), [("r.docx", None), ("report", None), ("r.json", "xml")])
def test_unknown_format_is_one_line_and_writes_nothing(store: ReportStore, tmp_path: Path, name: str,
                                                       fmt: str | None) -> None:
    with pytest.raises(AttestError) as exc:
        api.export_report(store, 2, tmp_path / "out" / name, fmt)
    assert "use json, html or pdf" in str(exc.value) and "\n" not in str(exc.value)
    assert not (tmp_path / "out").exists()


def test_export_of_a_missing_report(store: ReportStore, tmp_path: Path) -> None:
    with pytest.raises(AttestError, match="no report #9"):
        api.export_report(store, 9, tmp_path / "r.json")
    assert not (tmp_path / "r.json").exists()


def test_json_export_verifies_and_names_its_report(store: ReportStore, tmp_path: Path) -> None:
    out = api.export_report(store, 2, tmp_path / "r.json").path
    verdict = api.verify_file(out)
    assert verdict.ok and verdict.report_id == 2 and verdict.this_installation
    data = export_payload(out.read_bytes())
    assert data["report"]["title"] == "Claims in the press release" and data["report"]["summary"]["kas"] == 0.75
    envelope = json.loads(out.read_bytes())  # the statement travels base64-encoded inside the DSSE envelope
    statement = base64.b64decode(envelope["payload"])
    assert b"Paris" in statement
    envelope["payload"] = base64.b64encode(statement.replace(b"Paris", b"Lyon!")).decode("ascii")
    (tmp_path / "forged.json").write_text(json.dumps(envelope))
    bad = api.verify_file(tmp_path / "forged.json")
    assert not bad.ok and "signature" in bad.message


def test_verify_file_errors_and_never_creates_a_key(store: ReportStore, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    out = api.export_report(store, 2, tmp_path / "r.json").path
    with pytest.raises(AttestError) as exc:
        api.verify_file(tmp_path / "missing.json")
    assert "cannot read" in str(exc.value) and "\n" not in str(exc.value)
    assert not api.verify_file(store.path).ok  # a database is not a JSON export: a verdict, not a crash
    other_key = tmp_path / "fresh-install" / "signing-key.pem"
    monkeypatch.setenv("ATTEST_KEY", str(other_key))
    verdict = api.verify_file(out)
    assert verdict.ok and not verdict.this_installation and "another installation" in verdict.message
    assert not other_key.exists()


def test_pdf_export_needs_no_qt(store: ReportStore, tmp_path: Path) -> None:
    """The command line exports PDF on a machine without a display or Qt."""
    out = tmp_path / "noqt.pdf"
    code = (
        "import sys\n"
        f"sys.path.insert(0, {str(ROOT)!r})\n"
        "sys.modules['PySide6'] = None  # any import of Qt now fails\n"
        "from engine.reports import api\n"
        "from engine.reports.store import ReportStore\n"
        f"done = api.export_report(ReportStore({str(store.path)!r}), 2, {str(out)!r})\n"
        "assert 'PySide6.QtGui' not in sys.modules\n"
        "print(done.fmt)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "pdf" and out.read_bytes().startswith(b"%PDF-")


def test_chain_check_and_redaction(store: ReportStore) -> None:
    assert api.verify_chain(store).ok
    api.redact(store, 2)
    opened = api.open_report(store, 2)
    assert opened.report.redacted and opened.report.result == {} and opened.artifacts == []
    check = api.verify_chain(store)
    assert check.ok and check.redacted == 1 and check.checked == 2
    with pytest.raises(AttestError, match="no report #5"):
        api.redact(store, 5)


def test_list_and_open(store: ReportStore) -> None:
    rows = api.list_reports(store)
    assert [(r.id, r.kind, r.redacted) for r in rows] == [(2, "verify", False), (1, "environment", False)]
    assert rows[0].summary == {"kas": 0.75, "claims": 4} and rows[0].to_dict()["title"] == rows[0].title
    assert [r.id for r in api.list_reports(store, kind="environment")] == [1]
    assert [r.id for r in api.list_reports(store, search="press")] == [2]
    opened = api.open_report(store, 2)
    assert opened.report.title == "Claims in the press release"
    assert [a.name for a in opened.artifacts] == ["evidence.graphml"]
    with pytest.raises(AttestError, match="no report #7"):
        api.open_report(store, 7)


def test_environment_draft_hashes_every_asset(tmp_path: Path) -> None:
    assets = tmp_path / "assets"
    (assets / "kg").mkdir(parents=True)
    (assets / "__pycache__").mkdir()
    (assets / "model.safetensors").write_bytes(b"weights" * 100)
    (assets / "kg" / "demo.ttl").write_text("<a> <b> <c> .")
    (assets / "__pycache__" / "x.pyc").write_bytes(b"compiled")
    draft = api.environment_draft(assets)
    assert draft.kind == "environment"
    assert draft.inputs == {
        "assets/kg/demo.ttl": hashlib.sha256(b"<a> <b> <c> .").hexdigest(),
        "assets/model.safetensors": hashlib.sha256(b"weights" * 100).hexdigest(),
    }
    assert draft.summary["assets"] == 2 and draft.summary["device"] in ("cpu", "cuda", "mps")
    assert [a["path"] for a in draft.result["assets"]] == ["kg/demo.ttl", "model.safetensors"]
    assert draft.result["packages"]["fpdf2"]  # the PDF writer is part of the recorded environment
    store = ReportStore(tmp_path / "env.db")
    report = store.get(store.save(draft))
    assert report.inputs == dict(draft.inputs) and store.verify().ok


def test_environment_draft_without_assets_folder(tmp_path: Path) -> None:
    with pytest.raises(AttestError, match="does not exist"):
        api.environment_draft(tmp_path / "nowhere")
