"""The command-line contract: fast --help, exit statuses, one-line errors, reports sub-commands."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, db: Path, check: int | None = 0) -> subprocess.CompletedProcess:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(db.parent), "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": str(ROOT)}
    import os

    env.update({k: v for k, v in os.environ.items() if k.startswith(("PYENV", "VIRTUAL_ENV", "OPENBLAS"))})
    proc = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(db), *args],
                          capture_output=True, text=True, env=env, timeout=300)
    if check is not None:
        assert proc.returncode == check, (proc.returncode, proc.stdout, proc.stderr)
    return proc


def test_help_does_not_import_torch() -> None:
    code = ("import sys; sys.argv = ['attest', '--help']; import main\n"
            "try:\n    main.main()\nexcept SystemExit:\n    pass\n"
            "heavy = [m for m in ('torch', 'transformers', 'rdflib', 'pyoxigraph', 'PySide6') if m in sys.modules]\n"
            "print('HEAVY', heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60).stdout
    assert "HEAVY []" in out, out
    for command in ("demo", "reports", "bench"):
        assert command in out


def test_bad_input_is_one_line_exit_2(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    proc = run("reports", "show", "99", db=db, check=2)
    assert proc.stderr.strip().count("\n") == 0 and "no report #99" in proc.stderr
    assert "Traceback" not in proc.stderr
    proc = run("reports", "export", "1", "--out", str(tmp_path / "x.docx"), db=db, check=2)
    assert "Traceback" not in proc.stderr


def test_environment_report_export_and_verify(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import main

    db = tmp_path / "e.db"
    monkeypatch.setattr(main, "DEMO_MODULES", ())
    assert main.main(["--db", str(db), "demo", "--out", str(tmp_path / "demo")]) == 0
    html = (tmp_path / "demo" / "report-1-environment.html").read_text(encoding="utf-8")
    assert "Environment and bundled assets" in html and "Content-Security-Policy" in html
    proc = run("reports", "list", "--json", db=db)
    [row] = json.loads(proc.stdout)["reports"]
    assert row["kind"] == "environment" and row["summary"]["assets"] >= 0
    out_pdf = tmp_path / "r.pdf"
    run("reports", "export", "1", "--out", str(out_pdf), db=db)
    assert out_pdf.read_bytes().startswith(b"%PDF-") and out_pdf.stat().st_size > 1000
    proc = run("reports", "verify", "--json", db=db)
    assert json.loads(proc.stdout)["ok"] is True
    con = sqlite3.connect(db)
    con.execute("UPDATE reports SET title = 'forged' WHERE id = 1")
    con.commit()
    con.close()
    proc = run("reports", "verify", db=db, check=3)
    assert "#1" in proc.stdout and "edited" in proc.stdout


@pytest.mark.parametrize(("exc", "status", "prefix"), [
    ("bad", 2, "attest: error: "),
    ("cancel", 130, "attest: cancelled"),
    ("bug-kind", 1, "attest: error: "),
])
def test_exit_status_follows_the_error_kind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str], exc: str, status: int,
                                            prefix: str) -> None:
    import main
    from core.errors import AttestError, Cancelled, ErrorKind

    errors = {"bad": AttestError("the file is not a model"), "cancel": Cancelled(),
              "bug-kind": AttestError("an invariant broke", kind=ErrorKind.BUG)}

    def handler(args, ctx):
        raise errors[exc]

    monkeypatch.setattr(main, "cmd_reports", handler)
    assert main.main(["--db", str(tmp_path / "x.db"), "reports", "list"]) == status
    err = capsys.readouterr().err
    assert err.startswith(prefix) and err.count("\n") == 1
