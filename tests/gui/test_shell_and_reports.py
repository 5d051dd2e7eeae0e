"""The main window opens offscreen; the Reports page lists, previews, exports, verifies and redacts."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from core.draft import ReportDraft
from engine.reports import api
from gui.app import MainWindow
from gui.context import AppContext
from tests.reports.pdftext import pdf_text, words


def _draft(kind: str, title: str, summary: dict | None = None, result: dict | None = None) -> ReportDraft:
    return ReportDraft(kind, title, {}, {}, summary or {}, result or {})


@pytest.fixture
def window(qtbot, tmp_path: Path):
    ctx = AppContext(tmp_path / "g.db", device="cpu")
    ctx.show_dialogs = False
    ctx.save(_draft("verify", "Claims in press release <b>", {"kas": 0.8},
                    {"claims": [{"text": "Paris is the capital of France", "label": "attributable"}]}))
    ctx.save(_draft("causal", "Audit of class 3", {"nodes": 12}))
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    yield w
    ctx.wait_for_workers(30000)


def test_window_has_a_page_per_audit(window) -> None:
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert len(titles) == 4 and titles[-1].endswith("Reports")
    window.nav.setCurrentRow(3)
    assert window.stack.currentWidget() is window.page("reports")


def test_ctrl_number_opens_each_page(window, qtbot) -> None:
    from PySide6.QtCore import Qt

    window.activateWindow()
    for i, name in enumerate(("causal", "trace", "verify", "reports")):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_1 + i), Qt.KeyboardModifier.ControlModifier)
        assert window.stack.currentWidget() is window.page(name), name
        assert f"Ctrl+{i + 1}" in window.nav.item(i).toolTip()


def test_reports_page_lists_filters_and_previews(window, qtbot) -> None:
    page = window.page("reports")
    assert sorted(page.visible_ids()) == [1, 2]
    page.search.setText("press release")
    assert page.visible_ids() == [1]
    page.search.clear()
    page.kind.setCurrentIndex(page.kind.findData("causal"))
    assert page.visible_ids() == [2]
    page.kind.setCurrentIndex(0)
    assert page.select_report(1)
    text = page.preview.toPlainText()
    assert "Claims in press release <b>" in text and "Paris is the capital of France" in text


def _export(page, qtbot, fmt: str, path: Path):
    if hasattr(page, "last_export"):
        del page.last_export
    assert page.export_selected(fmt, path) is not None
    qtbot.waitUntil(lambda: hasattr(page, "last_export"), timeout=20000)
    return page.last_export


def test_export_from_reports_page(window, qtbot, tmp_path: Path) -> None:
    page = window.page("reports")
    page.select_report(1)
    done = _export(page, qtbot, "json", tmp_path / "r.json")
    assert (done.report_id, done.fmt, done.path) == (1, "json", tmp_path / "r.json")
    verdict = api.verify_file(done.path)
    assert verdict.ok and verdict.report_id == 1
    assert json.loads(done.path.read_bytes())["report"]["title"] == "Claims in press release <b>"

    html = _export(page, qtbot, "html", tmp_path / "r.html").path.read_text(encoding="utf-8")
    assert "<h1>Claims in press release &lt;b&gt;</h1>" in html
    assert "<th>kas</th><td>0.8</td>" in html and "Paris is the capital of France" in html

    done = _export(page, qtbot, "pdf", tmp_path / "r.pdf")
    text = words(pdf_text(done.path))
    assert text.startswith("Claims in press release <b>") and "kas 0.8" in text
    assert "Paris is the capital of France attributable" in text
    assert page.export_label.text() == f"Exported report #1 as PDF to {tmp_path / 'r.pdf'}"


def test_failed_export_is_shown_and_the_page_goes_on(window, qtbot, tmp_path: Path) -> None:
    page = window.page("reports")
    page.select_report(2)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    page.export_selected("pdf", blocker / "r.pdf")
    qtbot.waitUntil(lambda: window.ctx.last_error is not None, timeout=20000)
    assert "cannot write" in window.ctx.last_error and "\n" not in window.ctx.last_error
    qtbot.waitUntil(lambda: page.export_label.text().startswith("Export failed: cannot write"), timeout=5000)
    assert all(b.isEnabled() for b in page.export_buttons.values())
    assert _export(page, qtbot, "html", tmp_path / "ok.html").report_id == 2


def test_verify_file_from_reports_page(window, qtbot, tmp_path: Path) -> None:
    page = window.page("reports")
    out = api.export_report(window.ctx.store, 2, tmp_path / "r.json").path
    page.verify_file(out)
    qtbot.waitUntil(lambda: hasattr(page, "last_file_verdict"), timeout=20000)
    assert page.last_file_verdict.ok and page.last_file_verdict.report_id == 2
    assert "r.json: OK: report #2" in page.chain_label.text()
    forged = tmp_path / "forged.json"
    forged.write_bytes(out.read_bytes().replace(b"Audit of class 3", b"Audit of class 4"))
    del page.last_file_verdict
    page.verify_file(forged)
    qtbot.waitUntil(lambda: hasattr(page, "last_file_verdict"), timeout=20000)
    assert not page.last_file_verdict.ok and "forged.json: FAILED: signature" in page.chain_label.text()


def test_verify_button_reports_tampering(window, qtbot) -> None:
    page = window.page("reports")
    page.verify_chain()
    qtbot.waitUntil(lambda: hasattr(page, "last_verify"), timeout=20000)
    assert page.last_verify.ok and "chain intact" in page.chain_label.text()
    con = sqlite3.connect(window.ctx.db_path)
    con.execute("UPDATE reports SET title = 'forged' WHERE id = 1")
    con.commit()
    con.close()
    del page.last_verify
    page.verify_chain()
    qtbot.waitUntil(lambda: hasattr(page, "last_verify"), timeout=20000)
    assert not page.last_verify.ok and page.last_verify.first_bad_id == 1
    assert "BROKEN at report #1" in page.chain_label.text()
    assert page.selected_id() == 1


def test_delete_redacts_and_chain_still_verifies(window) -> None:
    page = window.page("reports")
    page.select_report(2)
    assert page.delete_selected(confirm=False)
    assert window.ctx.store.get(2).redacted
    assert window.ctx.store.verify().ok


def test_worker_errors_reach_the_user_without_killing_the_app(window, qtbot) -> None:
    from core.errors import AttestError

    def bad(job=None):
        raise AttestError("the data folder is empty")

    window.ctx.run(bad, label="failing job")
    qtbot.waitUntil(lambda: window.ctx.last_error is not None, timeout=10000)
    assert window.ctx.last_error == "the data folder is empty"


def test_cancel_stops_a_running_job(window, qtbot) -> None:
    import time

    seen = {}

    def long(job):
        for i in range(200):
            job.progress(i, 200, "step")
            time.sleep(0.01)
        seen["finished"] = True

    worker = window.ctx.run(long, label="long job")
    qtbot.waitUntil(lambda: window.progress.isVisible(), timeout=5000)
    window.cancel_job()
    qtbot.waitUntil(lambda: not window.ctx.workers, timeout=10000)
    assert "finished" not in seen and worker.job.cancelled


def test_app_and_command_line_write_at_once(qtbot, tmp_path: Path) -> None:
    """The GUI saves while a command-line process saves to the same file: nothing lost, no lock error."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    db = tmp_path / "shared.db"
    ctx = AppContext(db, device="cpu")
    ctx.show_dialogs = False
    code = (f"import sys; sys.path.insert(0, {str(root)!r})\n"
            "import main\n"
            "from core.draft import ReportDraft\n"
            "args = main.build_parser().parse_args(['--db', sys.argv[1], '--device', 'cpu', 'reports', 'list'])\n"
            "ctx = main.Context(args)\n"
            "for i in range(40): ctx.save(ReportDraft('trace', f'cli {i}', {}, {}, {}, {'pad': 'x' * 20000}))\n")
    proc = subprocess.Popen([sys.executable, "-c", code, str(db)])
    for i in range(40):
        ctx.save(_draft("verify", f"gui {i}", result={"pad": "y" * 20000}))
    assert proc.wait(timeout=120) == 0
    titles = {r["title"] for r in ctx.store.list_reports()}
    assert titles == {f"{w} {i}" for w in ("cli", "gui") for i in range(40)}
    assert ctx.store.verify().ok and ctx.last_error is None


def test_cyclic_garbage_is_collected_on_the_gui_thread(make_page):
    """Automatic collection is off once a context exists (it could run in a worker thread and destroy Qt
    objects there); the GUI-thread timer collects cycles instead."""
    import gc
    import weakref

    from gui.context import GuiThreadCollector
    make_page("reports")
    assert not gc.isenabled() and GuiThreadCollector._instance is not None

    class Node:
        pass

    a, b = Node(), Node()
    a.other, b.other = b, a
    ref = weakref.ref(a)
    del a, b
    saved = gc.get_threshold()
    gc.set_threshold(1, 1, 1)
    try:
        for _ in range(3):
            GuiThreadCollector._instance.collect()
    finally:
        gc.set_threshold(*saved)
    assert ref() is None
