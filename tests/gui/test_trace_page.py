"""The Image tracing page: enroll, generate with preview, trace the samples, evaluate, via real workers."""

from __future__ import annotations

import re

import pytest


@pytest.fixture
def page(make_page):
    return make_page("trace", (1200, 800))


def _click_row(qtbot, table, row: int) -> None:
    from PySide6.QtCore import Qt

    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_enroll_generate_trace_evaluate(page, qtbot, tmp_path, monkeypatch, fp_evaluation):
    assert page.title == "Image tracing"
    qtbot.waitUntil(lambda: not page.running("registry"), timeout=60000)
    assert "No user is enrolled yet" in page.registry_label.text() and "enroll a user" in page.banner.text()
    assert not page.generate_btn.isEnabled() and not page.export_btn.isEnabled()  # no user to generate for
    page.enroll()  # no name: an error, nothing enrolled
    assert "user name" in (page.ctx.last_error or "")
    page.name_edit.setText("alice")
    page.enroll_btn.click()
    assert not page.enroll_btn.isEnabled() and not page.bulk_btn.isEnabled()  # while the enrollment runs
    qtbot.waitUntil(lambda: page.users_table.rowCount() == 1, timeout=60000)
    qtbot.waitUntil(page.enroll_btn.isEnabled, timeout=10000)
    assert page.generate_btn.isEnabled()  # the only user is the one generated for
    page.name_edit.setText("bob")
    page.enroll_btn.click()
    qtbot.waitUntil(lambda: page.users_table.rowCount() == 2, timeout=60000)
    qtbot.waitUntil(page.enroll_btn.isEnabled, timeout=10000)  # the button comes back when the job has ended
    page.name_edit.setText("bob")
    page.enroll_btn.click()
    qtbot.waitUntil(lambda: "already enrolled" in (page.ctx.last_error or ""), timeout=60000)
    assert page.users_table.rowCount() == 2
    assert [u.name for u in page.users] == ["alice", "bob"]
    qtbot.waitUntil(page.enroll_btn.isEnabled, timeout=10000)
    page.users_table.clearSelection()
    assert not page.generate_btn.isEnabled() and "Select a user" in page.generate_btn.toolTip()

    page.users_table.selectRow(1)
    assert page.generate_btn.isEnabled()
    page.n_spin.setValue(3)
    page.out_edit.setText(str(tmp_path / "samples"))
    page.generate_btn.click()
    assert not page.generate_btn.isEnabled()
    qtbot.waitUntil(lambda: len(page.generated) == 3, timeout=60000)
    assert page.preview_grid.count() == 3 and page.preview_empty.isHidden()
    assert all(p.startswith(str(tmp_path / "samples" / "bob")) for p in page.generated)

    # Tracing saves the report at once and says so on the page.
    qtbot.waitUntil(page.trace_generated_btn.isEnabled, timeout=10000)
    page.trace_generated_btn.click()
    assert not page.trace_generated_btn.isEnabled() and not page.add_btn.isEnabled()  # while it traces
    qtbot.waitUntil(lambda: page.trace_run is not None, timeout=60000)
    qtbot.waitUntil(page.add_btn.isEnabled, timeout=10000)
    assert page.results_table.rowCount() == 3
    assert [r.candidates[0].user for r in page.trace_run.results] == ["bob"] * 3
    assert all(r.user in ("bob", None) for r in page.trace_run.results)
    rid = page.trace_report_id
    assert rid is not None and page.trace_saved_label.text() == f"Saved as report #{rid}"
    report = page.ctx.store.get(rid)
    assert report.kind == "trace" and len([k for k in report.inputs if k.startswith("image ")]) == 3
    page.results_table.selectRow(1)
    r1 = page.trace_run.results[1]
    assert "bob" in page.banner.text() and r1.verdict.split("_")[0] in page.banner.text().lower()
    assert len(page.bits_grid.bits) >= 48
    assert page.cand_table.rowCount() == 2
    # Numbers say what they are: matching bits as m/k, the FPR and a candidate's p told apart in tooltips.
    assert page.results_table.item(1, 3).text() == f"{r1.matching_bits}/{r1.k}"
    fpr_tip = page.results_table.item(1, 4).toolTip()
    assert "False-positive rate" in fpr_tip and "x 2 users" in fpr_tip and f"{r1.best.p_value:.2e}" in fpr_tip
    assert page.cand_table.item(0, 1).text() == f"{r1.best.distance} of {r1.k}"
    assert "p-value of this one candidate" in page.cand_table.item(0, 2).toolTip()
    assert "False-positive rate" in page.banner.text() or "false-positive rate" in page.banner.text()
    page.grab().save(str(tmp_path / "trace_page.png"))

    # A sample rotated by 15 degrees, traced with the search box ticked: the banner names the view, and the
    # thumbnail, bits and candidates are those of the new image, not of the row selected before.
    from PIL import Image

    from engine.fingerprint import attacks as A
    rotated = tmp_path / "rotated.png"
    A.to_uint8_images(A.rotate(A.from_images([Image.open(page.generated[0]).convert("RGB")]), 15.0))[0].save(rotated)
    first_run = page.trace_run
    page.results_table.selectRow(0)
    page.search_check.setChecked(True)
    page.trace([str(rotated)])
    assert page.trace_run is None and page.trace_saved_label.text() == ""  # nothing stale while it runs
    assert page.cand_table.rowCount() == 0 and page.bits_grid.bits == () and page.thumb.pixmap().isNull()
    qtbot.waitUntil(lambda: page.trace_run is not None, timeout=60000)
    assert page.trace_run is not first_run
    new = page.trace_run.results[0]
    assert new.user == "bob" and page.trace_run.n_views == 10
    assert "best of 10" in page.banner.text()
    assert page.bits_grid.bits == new.bits and "rotated.png" in page.bits_label.text()
    assert [page.cand_table.item(i, 0).text() for i in range(page.cand_table.rowCount())] == \
        [c.user for c in new.candidates]
    assert page.trace_saved_label.text() == f"Saved as report #{rid + 1}"
    # Clicking the row that is selected already shows its details again.
    page._clear_details()
    _click_row(qtbot, page.results_table, 0)
    assert page.bits_grid.bits == new.bits and page.cand_table.rowCount() == len(new.candidates)
    assert not page.thumb.pixmap().isNull()

    # A batch with an unusable file: its own row, the good image still traced.
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    page.search_check.setChecked(False)
    page.trace([page.generated[0], str(empty)])
    qtbot.waitUntil(lambda: page.trace_run is not None, timeout=60000)
    assert page.results_table.rowCount() == 2 and page.results_table.item(1, 1).text() == "error"
    assert "1 image(s) traced: 1 attributed" in page.trace_summary_label.text()
    assert "1 could not be traced" in page.trace_summary_label.text()
    page.results_table.selectRow(1)
    assert "Not traced: empty.png is empty" in page.banner.text() and page.cand_table.rowCount() == 0
    # Only unusable files: the trace fails, and nothing of the last run stays on the page.
    page.trace([str(empty)])
    qtbot.waitUntil(lambda: "Trace failed" in page.banner.text(), timeout=60000)
    assert page.trace_run is None and page.results_table.rowCount() == 0 and page.trace_saved_label.text() == ""
    assert page.trace_summary_label.text() == ""
    assert page.ctx.store.count() == 3  # the failed trace saved nothing

    # The evaluation tab passes its settings to the API and renders the session's shared run.
    from engine.fingerprint import api
    seen = []

    def fake_evaluate(options, job=None, *, device="cpu", weights=None):
        seen.append((options, device))
        job.progress(1, 2, "attack none")
        return fp_evaluation

    monkeypatch.setattr(api, "evaluate", fake_evaluate)
    page.eval_users.setValue(2)
    page.eval_per_user.setValue(1)
    page.eval_search.setChecked(True)
    page.tabs.setCurrentIndex(2)
    assert page.eval_btn.isEnabled()
    page.eval_btn.click()
    qtbot.waitUntil(lambda: page.eval_result is not None, timeout=60000)
    assert seen == [(api.EvaluationOptions(n_users=2, per_user=1, search=True), "cpu")]
    n_rows = len(fp_evaluation.rows)
    assert page.eval_table.rowCount() == n_rows == 13
    assert [page.eval_table.item(i, 0).text() for i in range(n_rows)] == [r.attack for r in fp_evaluation.rows]
    assert page.eval_table.item(0, 1).text() == f"{100 * fp_evaluation.rows[0].bit_acc:.1f}"
    assert "bit accuracy" in page.eval_table.horizontalHeaderItem(1).toolTip()
    eid = page.eval_report_id
    assert page.eval_saved_label.text() == f"Saved as report #{eid}"
    assert page.ctx.store.get(eid).kind == "fingerprint-eval"
    assert "PSNR" in page.eval_label.text() and "12 goal attacks (jpeg50" in page.eval_label.text()
    goals_text = page.eval_goals_label.text()
    assert goals_text.startswith("Goals:")
    # the goal line says what the run says: met or NOT met, goal by goal
    assert ("NOT met" in goals_text) == (not fp_evaluation.goals.all_met)
    page.grab().save(str(tmp_path / "eval_page.png"))


def test_evaluation_cancel_and_busy_button(page, qtbot, monkeypatch):
    """Run evaluation is off while it runs; after a cancel the label says so, not "Running..."."""
    import threading

    from engine.fingerprint import api

    started = threading.Event()

    def endless(options, job=None, *, device="cpu", weights=None):
        started.set()
        while True:
            job.progress(0, 1, "attack none")
            threading.Event().wait(0.01)

    monkeypatch.setattr(api, "evaluate", endless)
    page.tabs.setCurrentIndex(2)
    page.eval_btn.click()
    assert not page.eval_btn.isEnabled() and "Running the attack suite" in page.eval_label.text()
    assert started.wait(10)
    page._jobs["eval"].cancel()
    qtbot.waitUntil(lambda: "cancelled" in page.eval_label.text(), timeout=10000)
    assert "Running" not in page.eval_label.text()
    qtbot.waitUntil(page.eval_btn.isEnabled, timeout=10000)


def test_evaluation_layout_at_1024_by_700(page, qtbot, fp_evaluation):
    """At the page size a 1024x700 window leaves, every legend lists all its entries, beside or under its
    plot and inside the widget, and the plots fit the width (the area scrolls only down)."""
    page.resize(790, 640)
    page.tabs.setCurrentIndex(2)
    page._show_eval(fp_evaluation)
    qtbot.wait(50)
    shown = [n for n in ("none", "jpeg50", "webp60", "screenshot", "flip", "crop80_offcentre", "crop50", "blur2")
             if n in fp_evaluation.curves][:6]
    assert len(shown) == 6 and page.roc_plot.legend_names() == page.pr_plot.legend_names() == shown
    assert page.acc_plot.legend_names() == ["bit accuracy", "nearest code right", "TPR @ threshold"]
    assert page.plots_scroll.horizontalScrollBar().maximum() == 0
    for plot in (page.acc_plot, page.strength_plot, page.roc_plot, page.pr_plot):
        assert plot.width() >= plot.minimumWidth()
        legend = plot.mapFromScene(plot.legend.sceneBoundingRect()).boundingRect()
        view = plot.mapFromScene(plot.item.vb.sceneBoundingRect()).boundingRect()
        assert plot.rect().contains(legend), plot.item.titleLabel.text
        assert not legend.intersects(view), plot.item.titleLabel.text  # never over the curves


def test_rate_box_reads_and_steps_by_tenfold(page):
    box = page.fpr_spin
    assert box.text() == "1e-06"
    box.stepBy(1)
    assert box.value() == pytest.approx(1e-5)
    assert box.valueFromText("3e-8") == pytest.approx(3e-8) and re.fullmatch(r"\de-\d\d", box.textFromValue(3e-8))


def test_bulk_enrollment_from_csv_and_finding_users(page, qtbot, tmp_path):
    """The registry loads when the page opens; a CSV enrolls many users (bad names listed, not enrolled),
    and the search box finds users by name."""
    qtbot.waitUntil(lambda: "No user is enrolled" in page.registry_label.text(), timeout=60000)  # loaded on open
    csv = tmp_path / "users.csv"
    csv.write_text("name\n" + "".join(f"user{i:02d}\n" for i in range(30)) + "bad/name\nuser03\n", encoding="utf-8")
    page.bulk_screen_check.setChecked(False)
    page.enroll_csv(str(csv))
    qtbot.waitUntil(lambda: page.users_table.rowCount() == 30, timeout=60000)
    assert "30 user(s)" in page.registry_label.text()
    assert "refused 2" in (page.ctx.last_status or "") and "invalid name" in page.ctx.last_status
    page.user_search.setText("user1")
    page.refresh_users()
    qtbot.waitUntil(lambda: page.users_table.rowCount() == 10, timeout=60000)
    assert "showing 10 of 30" in page.registry_label.text()
    assert {page.users_table.item(i, 0).text() for i in range(10)} == {f"user1{i}" for i in range(10)}


def test_tab_moves_through_each_tab_in_reading_order(page):
    def chain(start, expected):
        seen, w = [], start
        for _ in range(300):
            if w in expected and w not in seen:
                seen.append(w)
            w = w.nextInFocusChain()
            if w is start:
                break
        return seen

    registry = [page.name_edit, page.enroll_btn, page.bulk_btn, page.bulk_screen_check, page.user_search,
                page.users_table, page.refresh_btn, page.export_btn, page.n_spin, page.seed_spin, page.family_combo,
                page.out_edit, page.generate_btn, page.trace_generated_btn]
    trace = [page.add_btn, page.tta_check, page.search_check, page.fpr_spin, page.rule_combo, page.results_table,
             page.cand_table]
    evaluation = [page.eval_users, page.eval_per_user, page.eval_tta, page.eval_search, page.eval_btn,
                  page.eval_table]
    for expected in (registry, trace, evaluation):
        assert chain(expected[0], expected) == expected


def test_generate_from_an_export_and_unfingerprinted(page, qtbot, tmp_path):
    """The two other forms of generating: an exported file alone (no registry) and the base; both are
    offered without a selected user, and the same seed gives the same images as the CLI's forms."""
    import numpy as np
    from PIL import Image

    from engine.fingerprint import api
    qtbot.waitUntil(lambda: not page.running("registry"), timeout=60000)
    assert page.gen_file_btn.isEnabled() and page.gen_base_btn.isEnabled() and not page.generate_btn.isEnabled()
    api.enroll("erin", db=page.ctx.db)
    export = tmp_path / "erin.safetensors"
    api.export_generator("erin", export, db=page.ctx.db)
    page.out_edit.setText(str(tmp_path / "out"))
    page.n_spin.setValue(2)
    page.seed_spin.setValue(12)
    page.generate_from_file(str(export))
    qtbot.waitUntil(lambda: len(page.generated) == 2 and not page.running("generate"), timeout=60000)
    from_file = sorted(page.generated)
    assert all(p.startswith(str(tmp_path / "out" / "erin")) for p in from_file)
    cli = api.generate("erin", api.GenerateOptions(n=2, seed=12), tmp_path / "cli", db=page.ctx.db)
    for a, b in zip(from_file, sorted(str(p) for p in cli.paths), strict=True):
        diff = np.abs(np.asarray(Image.open(a), float) - np.asarray(Image.open(b), float))
        assert diff.max() <= 1.0
    page.gen_base_btn.click()
    qtbot.waitUntil(lambda: not page.running("generate") and page.generated != from_file, timeout=60000)
    assert [p.split("/")[-1].split("_", 1)[1] for p in sorted(page.generated)] == \
        [p.split("/")[-1].split("_", 1)[1] for p in from_file]
    assert "generated 2 image(s) for base" in page.ctx.last_status
