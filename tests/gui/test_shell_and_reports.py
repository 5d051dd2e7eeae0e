"""The main window opens offscreen; the Reports page lists, previews, exports, verifies and redacts."""

from __future__ import annotations

import html
import json
import re
import sqlite3
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from core.draft import ReportDraft
from engine.reports import api
from engine.reports.signing import export_payload
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
    assert export_payload(done.path.read_bytes())["report"]["title"] == "Claims in press release <b>"

    html = _export(page, qtbot, "html", tmp_path / "r.html").path.read_text(encoding="utf-8")
    assert "<h1>Claims in press release &lt;b&gt;</h1>" in html
    assert "Paris is the capital of France" in html  # (the layout of each kind is tested in tests/reports)

    done = _export(page, qtbot, "pdf", tmp_path / "r.pdf")
    text = words(pdf_text(done.path))
    assert text.startswith("Claims in press release <b>") and "Paris is the capital of France" in text
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


def _forge(raw: bytes, old: bytes, new: bytes) -> bytes:
    """The export with ``old`` replaced by ``new`` in what it says, its signature left as it was."""
    import base64

    data = json.loads(raw)
    if "payload" in data:  # a DSSE envelope: the statement is base64 in it
        data["payload"] = base64.b64encode(base64.b64decode(data["payload"]).replace(old, new)).decode()
        return json.dumps(data).encode()
    return raw.replace(old, new)


def test_verify_file_from_reports_page(window, qtbot, tmp_path: Path) -> None:
    """A signed export made by the page is checked end to end by Verify file..., and the verdict is shown
    in a coloured box above the table: green when sound, red (with the reason) when changed."""
    page = window.page("reports")
    page.select_report(2)
    out = _export(page, qtbot, "json", tmp_path / "r.json").path
    assert page.verify_file(out) is not None
    assert not page.verify_file_btn.isEnabled()  # while it verifies
    qtbot.waitUntil(lambda: hasattr(page, "last_file_verdict"), timeout=20000)
    verdict = page.last_file_verdict
    assert verdict.ok and verdict.report_id == 2 and page.verify_file_btn.isEnabled()
    assert f"r.json: OK: {html.escape(verdict.message)}" in page.chain_label.text()
    assert "background: #e3f4e6" in page.chain_label.styleSheet()
    forged = tmp_path / "forged.json"
    forged.write_bytes(_forge(out.read_bytes(), b"Audit of class 3", b"Audit of class 4"))
    del page.last_file_verdict
    page.verify_file(forged)
    qtbot.waitUntil(lambda: hasattr(page, "last_file_verdict"), timeout=20000)
    assert not page.last_file_verdict.ok and "forged.json: FAILED: signature" in page.chain_label.text()
    assert "background: #fbe4e2" in page.chain_label.styleSheet()


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


def _block_until(release: threading.Event, message: str = "step"):
    """A job that reports ``message`` and waits for ``release`` (or its cancel) before it returns."""
    def job_fn(job):
        while not release.is_set():
            job.progress(0.5, 1, message)  # raises Cancelled once cancelled
            release.wait(0.01)
        return "done"
    return job_fn


def test_status_bar_elides_progress_and_never_draws_over_the_job(window, qtbot) -> None:
    """A long progress message is cut to one line with its whole text in the tooltip; the last status
    message sits beside the job (no temporary message is painted over it)."""
    window.resize(1024, 700)
    window.ctx.status("saved report #8: Trace of 9 image(s), 1 not traced")
    release = threading.Event()
    long = "attack jpeg50, fingerprinted images: view rotate -15: decoding fingerprints " * 2
    window.ctx.run(_block_until(release, long), label="Evaluating fingerprint robustness")
    qtbot.waitUntil(lambda: long in window.job_label.text(), timeout=10000)
    bar = window.statusBar()
    assert bar.currentMessage() == ""
    assert window.job_label.is_elided() and long.strip() in window.job_label.toolTip()
    assert window.job_label.height() < 2 * window.job_label.fontMetrics().height()  # one line
    assert window.status_label.isVisible() and window.status_label.text().startswith("saved report #8")
    for a, b in ((window.job_label, window.progress), (window.progress, window.cancel_btn),
                 (window.cancel_btn, window.status_label), (window.job_label, window.status_label)):
        assert not a.geometry().intersects(b.geometry())
    assert window.device_label.isVisible() and window.db_label.isVisible() and window.db_label.width() > 40
    window.cancel_job()
    assert window.job_label.text().startswith("Cancelling")
    qtbot.waitUntil(lambda: not window.ctx.workers, timeout=10000)
    assert not window.job_label.isVisible()
    assert re.fullmatch(r"Evaluating fingerprint robustness: cancelled \(\d+\.\d s after Cancel\)",
                        window.ctx.last_status)


def test_status_bar_shows_the_job_still_running_when_another_ends(window, qtbot) -> None:
    first, second = threading.Event(), threading.Event()
    a = window.ctx.run(_block_until(first, "first step"), label="First job")
    qtbot.waitUntil(lambda: "First job" in window.job_label.text(), timeout=10000)
    window.ctx.run(_block_until(second, "second step"), label="Second job")
    qtbot.waitUntil(lambda: "Second job: second step" in window.job_label.text(), timeout=10000)
    second.set()
    qtbot.waitUntil(lambda: window.current_worker is a, timeout=10000)
    assert window.job_label.text() == "First job: first step" and window.cancel_btn.isEnabled()
    first.set()
    qtbot.waitUntil(lambda: not window.ctx.workers, timeout=10000)
    assert not window.progress.isVisible()


def test_reports_table_shows_titles_and_summaries_at_1024_by_700(window, qtbot) -> None:
    """Title and Summary get a useful width (a redacted report's "[redacted]" is seen whole), cut text
    ends in an ellipsis, and each cell's tooltip holds all of it."""
    window.resize(1024, 700)
    window.nav.setCurrentRow(3)
    page = window.page("reports")
    page.select_report(2)
    assert page.delete_selected(confirm=False)
    qtbot.wait(50)
    table = page.table
    fm = table.fontMetrics()
    assert table.columnWidth(2) > fm.horizontalAdvance("[redacted]") + 12
    assert table.columnWidth(4) > fm.horizontalAdvance("kas=0.8") + 12
    assert table.columnWidth(2) >= 20 * fm.averageCharWidth() and table.columnWidth(4) >= 20 * fm.averageCharWidth()
    row = next(r for r in range(page.proxy.rowCount()) if page.proxy.index(r, 0).data() == "2")
    assert page.proxy.index(row, 2).data() == "[redacted]"
    assert page.proxy.index(row, 2).data(Qt.ItemDataRole.ToolTipRole) == "[redacted]"
    assert table.textElideMode() == Qt.TextElideMode.ElideRight
    assert page.split.orientation() == Qt.Orientation.Vertical  # the preview goes under the table at this size
    window.resize(1400, 900)
    qtbot.wait(50)
    assert page.split.orientation() == Qt.Orientation.Horizontal


def test_reports_page_says_what_to_do_when_empty(qtbot, tmp_path: Path) -> None:
    ctx = AppContext(tmp_path / "empty.db", device="cpu")
    ctx.show_dialogs = False
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    page = w.page("reports")
    assert page.chain_label.text().startswith("No reports yet: run an audit")
    assert "Each finished audit is saved" in page.preview.placeholderText()
    trace = w.page("trace")
    assert trace.banner.text().startswith("No image traced yet")


def test_tab_moves_through_the_reports_page_in_reading_order(window) -> None:
    page = window.page("reports")
    expected = [page.search, page.kind, page.refresh_btn, page.verify_btn, page.verify_file_btn, page.table,
                *page.export_buttons.values(), page.delete_btn, page.preview]
    chain, w = [], page.search
    for _ in range(200):
        if w in expected and w not in chain:
            chain.append(w)
        w = w.nextInFocusChain()
        if w is page.search:
            break
    assert chain == expected


def _off_window(window) -> list[str]:
    """Visible widgets that reach past the window's right or bottom edge (outside any scroll area)."""
    from PySide6.QtWidgets import QAbstractScrollArea, QWidget

    out = []
    bounds = window.rect()
    for w in window.findChildren(QWidget):
        if not w.isVisibleTo(window) or w.width() == 0:
            continue
        parent, scrolled = w.parentWidget(), False
        while parent is not None and parent is not window:
            if isinstance(parent, QAbstractScrollArea):
                scrolled = True
                break
            parent = parent.parentWidget()
        if scrolled:
            continue
        top_left = w.mapTo(window, w.rect().topLeft())
        if top_left.x() + w.width() > bounds.width() + 1 or top_left.y() + w.height() > bounds.height() + 1:
            out.append(f"{type(w).__name__} {w.objectName() or getattr(w, 'text', lambda: '')()!r}")
    return out


def test_nothing_falls_off_at_1024_by_700(window, qtbot) -> None:
    window.resize(1024, 700)
    trace = window.page("trace")
    for row, tabs in ((1, (0, 1, 2)), (3, (None,))):
        window.nav.setCurrentRow(row)
        for tab in tabs:
            if tab is not None:
                trace.tabs.setCurrentIndex(tab)
            window.resize(1024, 700)
            qtbot.wait(30)
            assert (window.width(), window.height()) == (1024, 700), (row, tab)  # no minimum size above it
            assert _off_window(window) == [], (row, tab)
    qtbot.waitUntil(lambda: not window.ctx.workers, timeout=60000)
